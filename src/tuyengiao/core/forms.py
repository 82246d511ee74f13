"""Forms shared by the registers: scoped forms, list filters, Vietnamese date and number fields."""

from django import forms

from tuyengiao.core.formats import vn_date
from tuyengiao.screening.normalize import query_matches

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]


class DateField(forms.DateField):
    """A date typed the Vietnamese way, "15/6/2023" (a browser date picker would follow the
    browser's language and show month/day/year on an English system)."""

    def __init__(self, *, label, required=True, **kwargs):
        kwargs.setdefault("input_formats", DATE_INPUT_FORMATS)
        kwargs.setdefault("widget", forms.DateInput(
            format="%d/%m/%Y", attrs={"placeholder": "ngày/tháng/năm", "autocomplete": "off", "class": "date"}))
        super().__init__(label=label, required=required, **kwargs)
        self.error_messages["invalid"] = "Ngày không hợp lệ (ví dụ: 15/6/2023)."
        self.error_messages["required"] = f"Chưa nhập {label.lower()}."


def choice_field(label, choices, *, blank: str | None = "Tất cả", required=False, **kwargs):
    """A drop-down; ``blank`` is the label of the empty choice (None for no empty choice)."""
    choices = ([("", blank)] if blank is not None else []) + list(choices)
    field = forms.ChoiceField(label=label, choices=choices, required=required, **kwargs)
    field.error_messages["invalid_choice"] = f"Giá trị “%(value)s” không có trong danh sách {label.lower()}."
    field.error_messages["required"] = f"Chưa chọn {label.lower()}."
    return field


class ScopedForm(forms.Form):
    """A form that knows whose scope it serves (to offer only units in it) and the object at hand."""

    def __init__(self, *args, scope=None, obj=None, **kwargs):
        self.scope, self.obj = scope, obj
        super().__init__(*args, **kwargs)


class FilterForm(ScopedForm):
    """The GET filters of a list. Invalid values never crash a page: they show as errors beside
    their field and the other filters still apply.

    Subclasses add fields; ``lookups`` maps a field to the lookup its value filters on, a method
    ``filter_<field>(queryset, value)`` does anything else; ``defaults`` gives the value a filter
    takes when the URL does not set it (the first choice of its drop-down, so the page shows it);
    ``sorts`` maps a ``sort`` value to a label and an ordering (the first one is the default).
    """

    q = forms.CharField(label="Tìm kiếm", required=False, max_length=200, widget=forms.TextInput(
        attrs={"type": "search", "placeholder": "Nhập tên cần tìm"}))
    lookups: dict[str, str] = {}
    defaults: dict[str, object] = {}
    search_fields: tuple[str, str] | None = ("name_key", "name_fold")  # (with, without diacritics)
    sorts: dict[str, tuple[str, tuple[str, ...]]] = {}

    def __init__(self, data=None, **kwargs):
        super().__init__(data if data is not None else {}, **kwargs)
        if self.sorts:
            self.fields["sort"] = forms.ChoiceField(
                label="Sắp xếp", required=False, choices=[(key, label) for key, (label, _) in self.sorts.items()]
            )
        self.is_valid()

    def valid_data(self) -> dict:
        given = {name: value for name, value in self.cleaned_data.items() if value not in (None, "", [], ())}
        return {**{name: value for name, value in self.defaults.items() if name not in self.errors}, **given}

    def apply(self, queryset):
        for name, value in self.valid_data().items():
            method = getattr(self, f"filter_{name}", None)
            if method is not None:
                queryset = method(queryset, value)
            elif name in self.lookups:
                queryset = queryset.filter(**{self.lookups[name]: value})
        if self.sorts:
            key = self.cleaned_data.get("sort") or next(iter(self.sorts))
            queryset = queryset.order_by(*self.sorts[key][1])
        return queryset

    def filter_q(self, queryset, value):
        if not self.search_fields:
            return queryset
        kind, key = query_matches(value)
        if not key:
            return queryset
        field = self.search_fields[0] if kind == "canonical" else self.search_fields[1]
        return queryset.filter(**{f"{field}__contains": key})

    def filter_sort(self, queryset, value):
        return queryset  # applied last, in apply()

    def describe(self) -> str:
        """The active filters in words, for the export's subtitle."""
        parts = []
        for name, value in self.valid_data().items():
            if name == "sort":
                continue
            field = self.fields[name]
            if name == "q":
                parts.append(f"tìm “{value}”")
                continue
            if isinstance(field, forms.ChoiceField):
                value = dict(field.choices).get(value, value)
            elif hasattr(value, "year") and hasattr(value, "day"):
                value = vn_date(value)
            parts.append(f"{field.label}: {value}")
        return "; ".join(parts)

    @property
    def is_filtered(self) -> bool:
        return any(name != "sort" for name in self.valid_data())

    @property
    def active_filters(self) -> int:
        """How many filters other than the search box the URL sets (shown on the phone's "Bộ lọc")."""
        return sum(1 for name in self.fields if name not in ("q", "sort") and self.data.get(name))

    def search_field(self):
        return self["q"]

    def other_fields(self):
        return [field for field in self.visible_fields() if field.name != "q"]
