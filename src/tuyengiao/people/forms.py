"""Member forms. The service functions validate; these forms only parse what was typed."""

from django import forms

from tuyengiao.core.forms import DateField, FilterForm, ScopedForm, choice_field
from tuyengiao.org.forms import UnitChoiceField, UnitPickerInput, clean_unit_code, writable_units
from tuyengiao.org.tree import subtree_q
from tuyengiao.people.models import Category, Gender, Status


class MemberForm(ScopedForm):
    """Create (with unit and start date) or edit (without: a move is a transfer)."""

    full_name = forms.CharField(label="Họ và tên", max_length=120,
                                error_messages={"required": "Chưa nhập họ và tên."})
    gender = choice_field("Giới tính", Gender.choices, blank="— Chọn —", required=True)
    birth_year = forms.IntegerField(label="Năm sinh", required=False, min_value=0, max_value=9999,
                                    error_messages={"invalid": "Năm sinh phải là số, ví dụ 1980.",
                                                    "min_value": "Năm sinh không hợp lệ.",
                                                    "max_value": "Năm sinh không hợp lệ."},
                                    widget=forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 4, "class": "year"}))
    category = choice_field("Đối tượng", Category.choices, blank=None, required=True)
    position = forms.CharField(label="Chức vụ", max_length=255, required=False)
    is_head = forms.BooleanField(label="Là người đứng đầu cơ quan, đơn vị", required=False)
    duties = forms.CharField(label="Chức trách, nhiệm vụ", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                             help_text="Bản đăng ký làm theo Bác cần gắn với chức trách, nhiệm vụ này.")
    joined_on = DateField(label="Bắt đầu sinh hoạt từ ngày", required=False, help_text="Để trống là ngày hôm nay.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.obj is not None:
            del self.fields["joined_on"]
            return
        self.fields["unit"] = UnitChoiceField(writable_units(self.scope), label="Đơn vị sinh hoạt")
        self.order_fields(["full_name", "gender", "birth_year", "unit"])


class TransferForm(ScopedForm):
    on = DateField(label="Chuyển từ ngày")
    reason = forms.CharField(label="Lý do, căn cứ", max_length=255, required=False,
                             help_text="Ví dụ: Quyết định số 45-QĐ/ĐU ngày 1/7/2025.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        candidates = writable_units(self.scope).exclude(pk=self.obj.unit_id)
        self.fields["to_unit"] = UnitChoiceField(candidates, label="Chuyển đến đơn vị")
        self.order_fields(["to_unit"])


class EndForm(ScopedForm):
    status = choice_field("Lý do thôi sinh hoạt", [(s.value, s.label) for s in Status if s != Status.ACTIVE],
                          blank="— Chọn —", required=True)
    on = DateField(label="Từ ngày")
    reason = forms.CharField(label="Ghi chú, căn cứ", max_length=255, required=False)


STATUS_ALL = "all"


class MemberFilterForm(FilterForm):
    unit = forms.CharField(label="Thuộc đơn vị", required=False, max_length=32,
                           widget=UnitPickerInput(write=False))
    category = choice_field("Đối tượng", Category.choices)
    status = choice_field("Trạng thái", [*Status.choices, (STATUS_ALL, "Tất cả trạng thái")], blank=None)
    gender = choice_field("Giới tính", Gender.choices)
    head = choice_field("Người đứng đầu", [("1", "Người đứng đầu"), ("0", "Không phải người đứng đầu")])
    lookups = {"category": "category", "gender": "gender"}
    defaults = {"status": Status.ACTIVE}  # the list people expect: those who are members today
    sorts = {
        "name": ("Theo tên", ("sort_key", "id")),
        "unit": ("Theo đơn vị", ("unit__path", "sort_key", "id")),
    }

    def clean_unit(self):
        return clean_unit_code(self)

    def filter_unit(self, queryset, unit):
        return queryset.filter(subtree_q(unit.path, "unit__path"))

    def filter_status(self, queryset, value):
        return queryset if value == STATUS_ALL else queryset.filter(status=value)

    def filter_head(self, queryset, value):
        return queryset.filter(is_head=value == "1")
