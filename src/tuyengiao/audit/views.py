"""The audit log: who changed what, when, from where; administrators see all, officers their subtree."""

import datetime
from functools import cache

from django import forms
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db.models import Q
from django.urls import reverse

from tuyengiao.audit.models import AuditEntry
from tuyengiao.core.forms import DateField, FilterForm, choice_field
from tuyengiao.core.tables import Col, Table, display
from tuyengiao.core.views import ScopedDetailView, ScopedListView
from tuyengiao.org.forms import UnitPickerInput, clean_unit_code
from tuyengiao.org.models import Unit
from tuyengiao.org.tree import subtree_q

OUR_APPS = ("org", "people", "accounts", "pledges", "audit")
# Keys written by services that are not model fields, and internals nobody needs to read.
EXTRA_LABELS = {"successor": "Đơn vị tiếp nhận", "members_transferred": "Số người chuyển sang",
                "active_to": "Hoạt động đến ngày", "level": "Cấp (độ sâu trong cây)"}
HIDDEN_KEYS = {"path", "id"}
UNIT_KEYS = {"parent_id", "unit_id", "successor", "from_unit_id", "to_unit_id"}
BULK_TYPES = {"units": "Đơn vị (nhập tệp)", "members": "Đảng viên (nhập tệp)", "pledges": "Bản đăng ký (nhập tệp)"}


@cache
def models_by_name() -> dict:
    found = {}
    for label in OUR_APPS:
        if apps.is_installed(f"tuyengiao.{label}"):
            for model in apps.get_app_config(label).get_models():
                found[model._meta.model_name] = model
    return found


def type_label(object_type: str) -> str:
    model = models_by_name().get(object_type)
    if model is not None:
        return str(model._meta.verbose_name).capitalize()
    return BULK_TYPES.get(object_type, object_type)


def _field(object_type: str, key: str):
    model = models_by_name().get(object_type)
    try:
        return model._meta.get_field(key) if model is not None else None
    except FieldDoesNotExist:
        return None


def change_rows(entry: AuditEntry) -> list[tuple[str, str, str]]:
    """(label, before, after) for each changed key, in words: choices by label, units by name."""
    changes = [change for change in entry.changes() if change[0] not in HIDDEN_KEYS]
    unit_ids = {v for key, *values in changes if key in UNIT_KEYS for v in values if isinstance(v, int)}
    unit_names = {pk: f"{name} ({code})" for pk, name, code in
                  Unit.objects.filter(pk__in=unit_ids).values_list("pk", "name", "code")}
    rows = []
    for key, before, after in changes:
        field = _field(entry.object_type, key)
        label = EXTRA_LABELS.get(key) or (str(field.verbose_name).capitalize() if field else key)
        rows.append((label, _value(field, key, before, unit_names), _value(field, key, after, unit_names)))
    return rows


def _value(field, key, value, unit_names) -> str:
    if value is None or value == "":
        return "—"
    if key in UNIT_KEYS and isinstance(value, int):
        return unit_names.get(value, f"đơn vị số {value}")
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return display(datetime.date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, bool):
        return "Có" if value else "Không"
    return display(value)


def entry_url(entry) -> str:
    return reverse("audit:detail", args=[entry.pk])


audit_table = Table(
    [
        Col("Thời điểm", lambda e: e.at, 17, css="nowrap"),
        Col("Người thực hiện", lambda e: e.actor_label or (e.user.get_username() if e.user else ""), 16),
        Col("Nguồn", lambda e: e.get_source_display(), 12),
        Col("Thao tác", lambda e: e.get_action_display(), 16),
        Col("Loại", lambda e: type_label(e.object_type), 16),
        Col("Nội dung", lambda e: e.object_repr, 40, link=entry_url),
        Col("Đơn vị", lambda e: e.unit.name if e.unit else "", 32),
        Col("Mã đối tượng", lambda e: e.object_id, 10, html=False),
    ],
    numbered=False,
)


class AuditFilterForm(FilterForm):
    action = choice_field("Thao tác", AuditEntry.ACTIONS.items())
    source = choice_field("Nguồn", AuditEntry.SOURCES.items())
    object_type = choice_field("Loại", [])
    date_from = DateField(label="Từ ngày", required=False)
    date_to = DateField(label="Đến ngày", required=False)
    unit = forms.CharField(label="Thuộc đơn vị", required=False, max_length=32,
                           widget=UnitPickerInput(write=False))
    object_id = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    lookups = {"action": "action", "source": "source", "object_type": "object_type", "object_id": "object_id",
               "date_from": "at__date__gte", "date_to": "at__date__lte"}

    def full_clean(self):
        choices = [(name, type_label(name)) for name in models_by_name()] + list(BULK_TYPES.items())
        self.fields["object_type"].choices = [("", "Tất cả"), *sorted(choices, key=lambda c: c[1])]
        super().full_clean()

    def clean_unit(self):
        return clean_unit_code(self)

    def filter_unit(self, queryset, unit):
        return queryset.filter(subtree_q(unit.path, "unit_path"))

    def filter_q(self, queryset, value):
        return queryset.filter(Q(object_repr__icontains=value) | Q(actor_label__icontains=value))


class AuditAccess:
    def check_access(self):
        if not self.scope.can_see_audit:
            raise PermissionDenied("Nhật ký thay đổi dành cho quản trị hệ thống và cán bộ tuyên giáo.")


class AuditListView(AuditAccess, ScopedListView):
    model = AuditEntry
    table = audit_table
    filter_form = AuditFilterForm
    title = "Nhật ký thay đổi"
    noun = "thay đổi"
    export_name = "nhat-ky-thay-doi"

    def base_queryset(self):
        return AuditEntry.objects.select_related("user", "unit")


class AuditDetailView(AuditAccess, ScopedDetailView):
    model = AuditEntry
    template_name = "audit/entry_detail.html"

    def base_queryset(self):
        return AuditEntry.objects.select_related("user", "unit")

    def get_context(self, entry):
        return {"entry": entry, "rows": change_rows(entry), "type_label": type_label(entry.object_type),
                "object_url": self._object_url(entry)}

    def _object_url(self, entry) -> str | None:
        routes = {"unit": "org:detail", "member": "people:detail"}
        model = models_by_name().get(entry.object_type)
        if entry.object_type not in routes or not entry.object_id.isdigit() or len(entry.object_id) > 18 or model is None:
            return None
        if not self.scope.filter(model.objects.filter(pk=int(entry.object_id))).exists():
            return None
        return reverse(routes[entry.object_type], args=[int(entry.object_id)])


entry_list = AuditListView.as_view()
detail = AuditDetailView.as_view()
