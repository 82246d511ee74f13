"""Initiatives kept in a spreadsheet (the registers units already have), registered row by row."""

from django.core.exceptions import ValidationError

from tuyengiao.core.imports import Field, Importer, choice_parser, parse_date
from tuyengiao.initiatives.models import Field as InitiativeField
from tuyengiao.initiatives.services import register_initiative
from tuyengiao.org.models import Unit
from tuyengiao.org.services import normalize_code

FIELD_LABELS = [label for _, label in InitiativeField.choices]


class InitiativeImporter(Importer):
    kind = "initiatives"
    title = "mô hình học tập và làm theo Bác"
    fields = [
        Field("unit", "Mã đơn vị", required=True, parse=normalize_code, width=16,
              help="Mã của đơn vị có mô hình, ví dụ HN.KB.DH"),
        Field("name", "Tên mô hình", required=True, width=36, help="Ví dụ: Ngày thứ bảy với dân"),
        Field("field", "Lĩnh vực", required=True, width=24, choices=FIELD_LABELS,
              parse=choice_parser(InitiativeField.choices, "Lĩnh vực"), help="Một trong: " + "; ".join(FIELD_LABELS)),
        Field("registered_on", "Ngày đăng ký", parse=parse_date, width=14,
              help="Ngày/tháng/năm; để trống là ngày nhập. Năm đăng ký lấy theo ngày này."),
        Field("description", "Nội dung, cách làm", required=True, width=60),
        Field("goals", "Mục tiêu", width=40),
        Field("targets", "Chỉ tiêu đo được", width=40, help="Nhiều chỉ tiêu: cách nhau bằng dấu “;”"),
        Field("people_in_charge", "Người phụ trách", width=28),
    ]

    def prepare(self) -> None:
        self.units = {}

    def write_row(self, values: dict, row: int):
        code = values["unit"]
        if code not in self.units:
            self.units[code] = Unit.objects.filter(code=code).first()
        unit = self.units[code]
        if unit is None:
            raise ValidationError(f"Không tìm thấy đơn vị có mã “{code}”.")
        targets = "\n".join(part.strip() for part in (values["targets"] or "").split(";") if part.strip())
        return register_initiative(
            self.actor, unit=unit, registered_on=values["registered_on"], name=values["name"], field=values["field"],
            description=values["description"], goals=values["goals"] or "", targets=targets,
            people_in_charge=values["people_in_charge"] or "")

    def describe(self, initiative) -> list[str]:
        return [initiative.unit.code, initiative.name, initiative.get_field_display(),
                initiative.registered_on.strftime("%d/%m/%Y"), initiative.description[:200], initiative.goals[:100],
                "; ".join(initiative.target_list()), initiative.people_in_charge]


IMPORTERS = [InitiativeImporter]
