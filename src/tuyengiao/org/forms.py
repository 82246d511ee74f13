"""Unit forms. Every unit a form offers comes from the user's scope."""

from django import forms
from django.db.models import Q

from tuyengiao.core.forms import DateField, FilterForm, ScopedForm, choice_field
from tuyengiao.org.models import Unit, UnitKind
from tuyengiao.org.tables import open_q
from tuyengiao.org.tree import subtree_q

# Above this many units a drop-down is unusable: the field becomes a code box with a search helper.
SELECT_LIMIT = 300


def writable_units(scope):
    """Open units whose rows (members ...) the user may write."""
    return scope.filter(Unit.objects.filter(open_q()), write=True)


def manageable_units(scope):
    """Open units under which the user may change the tree (create, move, merge, close)."""
    if scope.is_admin:
        return Unit.objects.filter(open_q())
    allowed = Q(pk__in=[])
    for prefix in scope.write_prefixes:
        allowed |= subtree_q(prefix)
    return Unit.objects.filter(open_q()).filter(allowed)


class UnitPickerInput(forms.TextInput):
    template_name = "org/widgets/unit_picker.html"

    def __init__(self, write: bool = True, attrs=None):
        super().__init__({"autocomplete": "off", "placeholder": "Gõ tên hoặc mã đơn vị", **(attrs or {})})
        self.write = write

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["write"] = self.write
        return context


class UnitChoiceField(forms.ModelChoiceField):
    """A unit chosen by code among ``queryset`` (already scoped): a drop-down when there are few,
    a code box with search-as-you-type when there are many (or when ``picker`` is forced)."""

    def __init__(self, queryset, *, label="Đơn vị", picker: bool | None = None, write: bool = True, **kwargs):
        queryset = queryset.order_by("path")
        super().__init__(queryset, to_field_name="code", label=label, **kwargs)
        if picker is None:
            picker = queryset.count() > SELECT_LIMIT
        if picker:
            self.widget = UnitPickerInput(write=write)
        else:
            self.top_level = min(queryset.values_list("level", flat=True), default=1)
        self.error_messages["invalid_choice"] = "Không tìm thấy đơn vị có mã “%(value)s” trong phạm vi của bạn."
        self.error_messages["required"] = f"Chưa chọn {label.lower()}."
        self.empty_label = "— Chọn đơn vị —"

    def to_python(self, value):
        return super().to_python(value.strip().upper() if isinstance(value, str) else value)

    def label_from_instance(self, unit):
        indent = "\u00a0\u00a0\u00a0" * max(unit.level - getattr(self, "top_level", unit.level), 0)
        return f"{indent}{unit.name} ({unit.code})"


class UnitForm(ScopedForm):
    code = forms.CharField(label="Mã đơn vị", max_length=32, error_messages={"required": "Chưa nhập mã đơn vị."},
                           help_text="Viết liền, không dấu, ví dụ HKB hoặc XDH.01; không trùng với đơn vị khác.")
    name = forms.CharField(label="Tên đơn vị", max_length=255, error_messages={"required": "Chưa nhập tên đơn vị."})
    short_name = forms.CharField(label="Tên viết tắt", max_length=64, required=False)
    kind = choice_field("Loại hình", UnitKind.choices, blank="— Chọn loại hình —", required=True)
    active_from = DateField(label="Hoạt động từ ngày", required=False,
                            help_text="Để trống là ngày hôm nay.")

    def clean_code(self):
        return self.cleaned_data["code"].strip()


class UnitEditForm(UnitForm):
    active_from = DateField(label="Hoạt động từ ngày")


class MoveForm(ScopedForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit = self.obj
        candidates = manageable_units(self.scope).exclude(subtree_q(unit.path)).exclude(pk=unit.parent_id)
        self.fields["parent"] = UnitChoiceField(candidates, label="Đơn vị cấp trên mới")


class CloseForm(ScopedForm):
    on = DateField(label="Ngừng hoạt động từ ngày",
                   help_text="Ngày đầu tiên đơn vị không còn hoạt động; ngày hoạt động cuối cùng là ngày hôm trước.")


class MergeForm(ScopedForm):
    sources = forms.ModelMultipleChoiceField(Unit.objects.none(), label="Các đơn vị hợp nhất vào đơn vị này",
                                             widget=forms.CheckboxSelectMultiple)
    on = DateField(label="Ngày hợp nhất có hiệu lực",
                   help_text="Đảng viên và đơn vị trực thuộc được chuyển sang từ ngày này; "
                             "các đơn vị cũ ngừng hoạt động từ ngày này.")
    note = forms.CharField(label="Căn cứ, ghi chú", max_length=500, required=False,
                           help_text="Ví dụ: Quyết định số 123-QĐ/TU ngày 30/6/2025.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit = self.obj
        candidates = (manageable_units(self.scope).filter(level=unit.level).exclude(pk=unit.pk)
                      .select_related("parent").order_by("path"))
        field = forms.ModelMultipleChoiceField(candidates, to_field_name="code", label=self.fields["sources"].label,
                                               widget=forms.CheckboxSelectMultiple)
        field.label_from_instance = lambda u: f"{u.name} ({u.code})" + (f" – {u.parent.name}" if u.parent else "")
        field.error_messages.update(
            required="Chưa chọn đơn vị nào để hợp nhất.",
            invalid_choice="Không tìm thấy đơn vị có mã “%(value)s” trong phạm vi của bạn.",
            invalid_pk_value="Mã đơn vị “%(pk)s” không hợp lệ.",
        )
        self.fields["sources"] = field


class UnitFilterForm(FilterForm):
    unit = forms.CharField(label="Thuộc đơn vị", required=False, max_length=32,
                           widget=UnitPickerInput(write=False))
    kind = choice_field("Loại hình", UnitKind.choices)
    level = choice_field("Cấp", [(str(n), f"Cấp {n}") for n in range(1, 9)])
    state = choice_field("Trạng thái", [("open", "Đang hoạt động"), ("closed", "Đã ngừng hoạt động")])
    lookups = {"kind": "kind", "level": "level"}

    def clean_unit(self):
        return clean_unit_code(self)

    def filter_unit(self, queryset, unit):
        return queryset.filter(subtree_q(unit.path))

    def filter_state(self, queryset, value):
        return queryset.filter(open_q()) if value == "open" else queryset.exclude(open_q())


def clean_unit_code(form, field: str = "unit"):
    """A filter's unit code, resolved among the units the user may read."""
    code = form.cleaned_data.get(field, "").strip().upper()
    if not code:
        return None
    unit = form.scope.filter(Unit.objects.filter(code=code)).first()
    if unit is None:
        raise forms.ValidationError(f"Không tìm thấy đơn vị có mã “{code}” trong phạm vi của bạn.")
    return unit
