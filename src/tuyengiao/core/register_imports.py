"""The .xlsx/.csv importer of a register: its columns, each row saved through ``save_record``."""

from functools import cached_property

from django.core.exceptions import ValidationError

from tuyengiao.accounts.scope import actor_scope
from tuyengiao.core.imports import Importer
from tuyengiao.core.registers import Register
from tuyengiao.core.tables import display


class RegisterImporter(Importer):
    register: Register

    @cached_property
    def scope(self):
        return actor_scope(self.actor)

    def write_row(self, values: dict, row: int):
        try:
            return self.register.import_row(self, values)
        except ValueError as error:
            raise ValidationError(str(error)) from error

    def describe(self, obj) -> list[str]:
        """The preview row, in the order of the file's columns."""
        return [display(self.register.import_value(obj, spec.key)) for spec in self.fields]


def importer_for(register: Register) -> type[RegisterImporter]:
    return type(f"{register.model.__name__}Importer", (RegisterImporter,), {
        "kind": register.kind, "title": register.title.lower(), "fields": register.import_fields,
        "register": register,
    })
