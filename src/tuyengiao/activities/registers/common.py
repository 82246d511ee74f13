"""What the six registers share: the unit field, filters by unit/period/choice, import parsers."""

import datetime
import re

from django import forms
from django.db.models import Q
from django.urls import reverse

from tuyengiao.core.forms import DateField, FilterForm, choice_field
from tuyengiao.core.imports import Field, parse_date
from tuyengiao.core.inline import RecordForm
from tuyengiao.core.tables import Col
from tuyengiao.org.forms import UnitChoiceField, UnitPickerInput, clean_unit_code, writable_units
from tuyengiao.org.models import Unit
from tuyengiao.org.tree import subtree_q


def unit_url(obj) -> str:
    return reverse("org:detail", args=[obj.unit_id])


UNIT_COL = Col("Đơn vị", lambda o: o.unit.name, 32, link=unit_url, css="hide-sm")


class UnitRecordForm(RecordForm):
    """The owning unit comes first, chosen among the units the user may write."""

    unit_label = "Đơn vị"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"] = UnitChoiceField(writable_units(self.scope), label=self.unit_label)
        self.order_fields(["unit", *[name for name in self.fields if name != "unit"]])


def positive(label: str, required=True, **kwargs):
    field = forms.IntegerField(label=label, required=required, min_value=0, **kwargs)
    field.error_messages.update({
        "invalid": f"{label} phải là số nguyên.", "min_value": f"{label} không được âm.",
        "required": f"Chưa nhập {label.lower()}.",
    })
    return field


def text(label: str, required=True, max_length=500, **kwargs):
    field = forms.CharField(label=label, required=required, max_length=max_length, **kwargs)
    field.error_messages.update({"required": f"Chưa nhập {label.lower()}.",
                                 "max_length": f"{label} dài quá {max_length} ký tự."})
    return field


def long_text(label: str, required=False, **kwargs):
    field = forms.CharField(label=label, required=required, widget=forms.Textarea(attrs={"rows": 4}), **kwargs)
    field.error_messages["required"] = f"Chưa nhập {label.lower()}."
    return field


def make_filter_form(*, date_field: str, search: str, choices: dict | None = None):
    """A register's filters: search, unit subtree, year, date range and its own drop-downs.

    ``choices`` maps a field name to (label, choices, lookup)."""
    attrs = {
        "unit": forms.CharField(label="Thuộc đơn vị", required=False, max_length=32,
                                widget=UnitPickerInput(write=False)),
        "year": forms.IntegerField(label="Năm", required=False, min_value=1990, max_value=2100,
                                   error_messages={"invalid": "Năm phải là số, ví dụ 2023."}),
        "date_from": DateField(label="Từ ngày", required=False),
        "date_to": DateField(label="Đến ngày", required=False),
        "search_fields": None,
        "sorts": {"date": ("Mới nhất trước", (f"-{date_field}", "-id")),
                  "unit": ("Theo đơn vị", ("unit__path", f"-{date_field}", "-id"))},
        "lookups": {},
        "clean_unit": lambda self: clean_unit_code(self),
        "filter_unit": lambda self, qs, unit: qs.filter(subtree_q(unit.path, "unit__path")),
        "filter_q": lambda self, qs, value: qs.filter(**{f"{search}__icontains": value}),
        "filter_year": lambda self, qs, value: qs.filter(**{f"{date_field}__year": value}),
        "filter_date_from": lambda self, qs, value: qs.filter(**{f"{date_field}__gte": value}),
        "filter_date_to": lambda self, qs, value: qs.filter(**{f"{date_field}__lte": value}),
    }
    for name, (label, options, lookup) in (choices or {}).items():
        attrs[name] = choice_field(label, options)
        attrs["lookups"][name] = lookup
    return type("RegisterFilterForm", (FilterForm,), attrs)


# -- import --------------------------------------------------------------------------------------

UNIT_FIELD = Field("unit", "Mã đơn vị", required=True, width=14, help="Mã của đơn vị trong hệ thống, ví dụ HN.KB.")


def unit_by_code(importer, code: str, what: str = "đơn vị") -> Unit:
    """A unit the importing user may write, by code; ValueError in Vietnamese otherwise."""
    if not hasattr(importer, "_units"):
        importer._units = {}
    code = (code or "").strip().upper()
    if code not in importer._units:
        scope = importer.scope
        queryset = Unit.objects.filter(code=code)
        importer._units[code] = scope.filter(queryset, write=True).first() if scope else queryset.first()
    unit = importer._units[code]
    if unit is None:
        raise ValueError(f"Không tìm thấy {what} có mã “{code}” trong phạm vi được cập nhật của bạn.")
    return unit


def parse_int(label: str):
    """Whole numbers as typed in Vietnam ("1.500" is fifteen hundred) or as Excel stores them."""
    def parse(value: str) -> int:
        value = value.strip()
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", value):
            value = value.replace(".", "")
        try:
            number = int(value)
        except ValueError:
            raise ValueError(f"{label} “{value}” không phải là số nguyên.") from None
        if number < 0:
            raise ValueError(f"{label} không được âm.")
        return number
    return parse


def date_range_error(start: datetime.date | None, end: datetime.date | None) -> str:
    if start and end and end < start:
        return "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu."
    return ""


__all__ = ["DateField", "Q", "UNIT_COL", "UNIT_FIELD", "UnitRecordForm", "date_range_error", "long_text",
           "make_filter_form", "parse_date", "parse_int", "positive", "text", "unit_by_code", "unit_url"]
