"""Initiative forms. The services validate; these forms parse what was typed and offer only what
the user's scope allows."""

from django import forms
from django.utils import timezone

from tuyengiao.core.forms import DateField, FilterForm, ScopedForm, choice_field
from tuyengiao.initiatives import access
from tuyengiao.initiatives.files import ACCEPTED, ACCEPTED_TEXT, max_bytes, size_text
from tuyengiao.initiatives.models import CRITERIA, FLAG_LABELS, Field, ItemKind, Result, Status
from tuyengiao.org.forms import UnitChoiceField, UnitPickerInput, clean_unit_code, writable_units
from tuyengiao.org.models import Unit
from tuyengiao.org.tree import subtree_q
from tuyengiao.pledges.models import Theme


def _text(label, rows=3, required=False, help_text=""):
    return forms.CharField(label=label, required=required, help_text=help_text,
                           widget=forms.Textarea(attrs={"rows": rows}),
                           error_messages={"required": f"Chưa nhập {label.lower()}."})


class InitiativeForm(ScopedForm):
    """Register (with unit and date) or edit an initiative."""

    name = forms.CharField(label="Tên mô hình", max_length=255, error_messages={"required": "Chưa nhập tên mô hình."},
                           help_text="Ví dụ: “Ngày thứ bảy với dân”, “Không gian văn hóa đọc”.")
    field = choice_field("Lĩnh vực", Field.choices, blank="— Chọn lĩnh vực —", required=True)
    theme = forms.ModelChoiceField(Theme.objects.order_by("-year_from", "kind"), label="Gắn với chuyên đề",
                                   required=False, empty_label="— Không chọn —")
    description = _text("Nội dung, cách làm", rows=5, required=True)
    goals = _text("Mục tiêu")
    targets = _text("Chỉ tiêu đo được", help_text="Mỗi chỉ tiêu một dòng, ví dụ: 100% hồ sơ trả đúng hạn.")
    people_in_charge = forms.CharField(label="Người phụ trách", max_length=500, required=False,
                                       help_text="Họ tên, chức vụ của người chịu trách nhiệm chính.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].error_messages["invalid_choice"] = "Chuyên đề không hợp lệ."
        self.fields["theme"].label_from_instance = lambda t: f"{t.title} ({t.year_from}–{t.year_to})"
        if self.obj is not None:
            return
        self.fields["unit"] = UnitChoiceField(writable_units(self.scope), label="Đơn vị đăng ký")
        self.fields["registered_on"] = DateField(label="Ngày đăng ký", required=False,
                                                 help_text="Để trống là ngày hôm nay.")
        self.order_fields(["name", "unit", "registered_on"])


class AdoptForm(ScopedForm):
    """Adopt an initiative for one's own unit; name and content start as the original's."""

    people_in_charge = InitiativeForm.base_fields["people_in_charge"]
    description = _text("Nội dung, cách làm tại đơn vị", rows=5, required=True,
                        help_text="Điều chỉnh cho phù hợp với đơn vị mình.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"] = UnitChoiceField(access.adoptable_units(self.scope, self.obj), label="Đơn vị áp dụng")
        self.order_fields(["unit", "description", "people_in_charge"])


STATUS_ACTIONS = [("implementing", "Bắt đầu triển khai"), ("stopped", "Dừng thực hiện"),
                  ("resumed", "Thực hiện trở lại")]


class StatusForm(ScopedForm):
    action = choice_field("Thay đổi", STATUS_ACTIONS, blank="— Chọn —", required=True)
    on = DateField(label="Từ ngày")
    note = forms.CharField(label="Ghi chú, lý do", max_length=1000, required=False)


class YearForm(ScopedForm):
    year = forms.IntegerField(label="Năm", min_value=1990, max_value=2100, error_messages={
        "required": "Chưa nhập năm.", "invalid": "Năm phải là số, ví dụ 2025.",
        "min_value": "Năm không hợp lệ.", "max_value": "Năm không hợp lệ."})
    maintained = choice_field("Trong năm", [("1", "Có duy trì"), ("0", "Không duy trì")], blank=None, required=True)
    note = _text("Kết quả trong năm", help_text="Việc đã làm, số liệu đạt được.")


class UploadForm(ScopedForm):
    kind = choice_field("Loại tài liệu", ItemKind.choices, blank="— Chọn loại —", required=True)
    title = forms.CharField(label="Tên tài liệu", max_length=255, required=False,
                            help_text="Ví dụ: Kế hoạch số 12-KH/ĐU ngày 15/3/2025. Để trống là tên tệp.")
    upload = forms.FileField(label="Tệp", required=False, allow_empty_file=True, widget=forms.ClearableFileInput(
        attrs={"accept": ",".join(f".{ext}" for ext in ACCEPTED)}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["upload"].help_text = f"Nhận {ACCEPTED_TEXT}; tối đa {size_text(max_bytes())} mỗi tệp."


SCORE_ATTRS = {"inputmode": "numeric", "class": "score", "min": 1, "max": 10}


class EvaluationForm(ScopedForm):
    result = choice_field("Kết quả", Result.choices, blank="— Chọn kết quả —", required=True)
    comments = _text("Nhận xét", rows=4)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in CRITERIA:
            self.fields[key] = forms.IntegerField(
                label=f"{label} (1–10 điểm)", min_value=1, max_value=10, widget=forms.NumberInput(attrs=SCORE_ATTRS),
                error_messages={"required": f"Chưa chấm điểm “{label}”.", "invalid": "Điểm phải là số từ 1 đến 10.",
                                "min_value": "Điểm phải từ 1 đến 10.", "max_value": "Điểm phải từ 1 đến 10."})
        units = access.reviewer_units(self.scope, self.obj.unit)
        # Nearest higher unit first: it is the one that normally evaluates.
        nearest_first = Unit.objects.filter(pk__in=[u.pk for u in units]).order_by("-path")
        self.fields["unit"] = forms.ModelChoiceField(nearest_first, label="Cấp ủy đánh giá", empty_label=None)
        self.fields["unit"].error_messages["invalid_choice"] = "Đơn vị đánh giá không hợp lệ."
        self.order_fields(["unit"] + [key for key, _ in CRITERIA] + ["result", "comments"])

class SelectForm(ScopedForm):
    note = forms.CharField(label="Ghi chú, căn cứ", max_length=1000, required=False,
                           help_text="Ví dụ: Thông báo số 25-TB/HU về nhân rộng mô hình.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        units = access.reviewer_units(self.scope, self.obj.unit)
        field = forms.ModelChoiceField(Unit.objects.filter(pk__in=[u.pk for u in units]).order_by("path"),
                                       label="Nhân rộng trong phạm vi", empty_label=None,
                                       help_text="Các đơn vị thuộc phạm vi này sẽ thấy mô hình trong danh sách "
                                                 "mô hình nhân rộng và có thể đăng ký áp dụng.")
        field.error_messages["invalid_choice"] = "Phạm vi nhân rộng không hợp lệ."
        self.fields["replication_unit"] = field
        self.order_fields(["replication_unit", "note"])


FLAG_ANY = "any"


class InitiativeFilterForm(FilterForm):
    unit = forms.CharField(label="Thuộc đơn vị", required=False, max_length=32, widget=UnitPickerInput(write=False))
    year = forms.IntegerField(label="Năm đăng ký", required=False, min_value=1990, max_value=2100,
                              error_messages={"invalid": "Năm phải là số.", "min_value": "Năm không hợp lệ.",
                                              "max_value": "Năm không hợp lệ."},
                              widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "year"}))
    field = choice_field("Lĩnh vực", Field.choices)
    status = choice_field("Trạng thái", Status.choices)
    flag = choice_field("Cảnh báo", [(FLAG_ANY, "Có cảnh báo"), *FLAG_LABELS.items()])
    lookups = {"year": "year", "field": "field", "status": "status"}
    sorts = {
        "recent": ("Mới đăng ký trước", ("-registered_on", "-id")),
        "name": ("Theo tên", ("name_key", "id")),
        "unit": ("Theo đơn vị", ("unit__path", "-year", "id")),
    }

    def clean_unit(self):
        return clean_unit_code(self)

    def filter_unit(self, queryset, unit):
        return queryset.filter(subtree_q(unit.path, "unit__path"))

    def filter_flag(self, queryset, value):
        from tuyengiao.initiatives.models import InitiativeFlag

        flags = InitiativeFlag.objects.filter(current=True, status=InitiativeFlag.State.OPEN)
        if value != FLAG_ANY:
            flags = flags.filter(code=value)
        return queryset.filter(pk__in=flags.values("initiative_id"))


def this_year() -> int:
    return timezone.localdate().year
