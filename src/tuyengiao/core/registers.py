"""A register: one model of unit-owned records with its form, table, filters and import columns.

Each register is a small subclass of ``Register`` (see ``tuyengiao.activities.registers``); the
generic views in ``core.register_views`` and the one service below serve all of them, so a new
register is a definition, not a copy of six views.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse

from tuyengiao.accounts.scope import require_unit_write
from tuyengiao.audit.services import record, snapshot
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import Errors
from tuyengiao.core.forms import FilterForm, ScopedForm
from tuyengiao.core.imports import Field
from tuyengiao.core.tables import Table


class Register:
    namespace = "activities"  # the URL namespace its views are included under
    kind = ""  # "conferences": URL names and the import kind
    slug = ""  # "hoi-nghi": the URL
    model: Any = None
    title = ""  # the list's title
    noun = "mục"  # "12 hội nghị"
    add_label = "Thêm"
    form: type[ScopedForm] = ScopedForm
    table: Table
    filter_form: type[FilterForm] = FilterForm
    import_fields: list[Field] = []
    fields: tuple[str, ...] = ()  # model fields the form sets directly
    related = ("unit",)  # select_related for lists and pages

    # -- reading ----------------------------------------------------------------------------

    def queryset(self):
        return self.model._default_manager.select_related(*self.related)

    def details(self, obj) -> list[tuple[str, Any]]:
        """(label, value) rows of the record's page."""
        return [(obj._meta.get_field(name).verbose_name.capitalize(), self.display(obj, name)) for name in self.fields]

    def display(self, obj, name: str):
        getter = getattr(obj, f"get_{name}_display", None)
        return getter() if getter else getattr(obj, name)

    def sections(self, obj, scope) -> list[dict]:
        """Inline tables on the record's page: {"title", "table", "rows"}; only what ``scope`` reads."""
        return []

    def url(self, name: str, obj=None) -> str:
        return reverse(f"{self.namespace}:{self.kind}_{name}", args=[obj.pk] if obj is not None else [])

    @property
    def url_list(self) -> str:
        return self.url("list")

    def initial(self, obj) -> dict:
        data = {name: getattr(obj, name) for name in self.fields}
        data["unit"] = obj.unit
        return data

    # -- writing (inside save_record's transaction) --------------------------------------------

    def validate(self, data: dict, errors: Errors, obj) -> None:
        """Rules that span fields; add Vietnamese messages to ``errors``."""

    def assign(self, obj, data: dict) -> None:
        for name in self.fields:
            if name in data:
                setattr(obj, name, data[name])
        obj.unit = data["unit"]

    def save_related(self, obj, data: dict) -> None:
        """Inline rows and many-to-many links, after the record itself is saved."""

    def units_written(self, obj, data: dict) -> list:
        """Every unit whose data this write touches (the user must cover each)."""
        return [data["unit"]]

    # -- import --------------------------------------------------------------------------------

    def import_value(self, obj, key: str):
        """A saved record's value for an import column (the import preview shows these)."""
        if key == "unit":
            return obj.unit.code
        getter = getattr(obj, f"get_{key}_display", None)
        return getter() if getter else getattr(obj, key, "")

    def import_row(self, importer, values: dict):
        """Write one parsed import row; a register whose rows group (bridge points) overrides it."""
        return save_record(importer.actor, self, None, self.from_import(importer, values))

    def from_import(self, importer, values: dict) -> dict:
        """The data of ``save_record`` from one parsed import row."""
        return dict(values)


def save_record(actor: Actor, register: Register, obj, data: dict):
    """Create (``obj`` None) or update one record of ``register``, audited; all or nothing."""
    with transaction.atomic():
        before = None
        if obj is not None:
            obj = register.model._default_manager.select_for_update().get(pk=obj.pk)
            require_unit_write(actor, obj.unit)
            before = snapshot(obj)
        for unit in register.units_written(obj, data):
            require_unit_write(actor, unit)
        errors = Errors()
        register.validate(data, errors, obj)
        errors.raise_if_any()
        created = obj is None
        obj = obj or register.model()
        register.assign(obj, data)
        try:
            obj.full_clean(exclude=["unit"])
        except ValidationError as error:
            raise ValidationError(error.message_dict) from error
        obj.save()
        register.save_related(obj, data)
        record(actor, "create" if created else "update", obj, before=before, after=snapshot(obj))
    return obj


def delete_record(actor: Actor, register: Register, obj) -> None:
    with transaction.atomic():
        obj = register.model._default_manager.select_for_update().get(pk=obj.pk)
        require_unit_write(actor, obj.unit)
        before = snapshot(obj)
        record(actor, "delete", obj, before=before)
        obj.delete()
