"""Importing units from a spreadsheet: a whole branch at once, parents before children."""

from django.core.exceptions import ValidationError

from tuyengiao.core.imports import Field, Importer, choice_parser, parse_date
from tuyengiao.org.models import Unit, UnitKind
from tuyengiao.org.services import create_unit, normalize_code


class UnitImporter(Importer):
    kind = "units"
    title = "đơn vị, tổ chức đảng"
    fields = [
        Field("code", "Mã đơn vị", required=True, parse=normalize_code, width=16,
              help="Mã ổn định, không trùng, ví dụ HN.KB.DH"),
        Field("name", "Tên đơn vị", required=True, width=40, help="Ví dụ: Đảng ủy xã Đồng Hóa"),
        Field("short_name", "Tên viết tắt", width=16),
        Field("kind", "Loại hình", required=True, width=36, parse=choice_parser(UnitKind.choices, "Loại hình"),
              choices=[label for _, label in UnitKind.choices],
              help="Một trong: " + "; ".join(label for _, label in UnitKind.choices)),
        Field("parent", "Mã đơn vị cấp trên", parse=normalize_code, width=18,
              help="Mã của đơn vị đã có, hoặc của một dòng phía trên trong cùng tệp"),
        Field("active_from", "Hoạt động từ ngày", parse=parse_date, width=16, help="Ngày/tháng/năm, ví dụ 01/7/2025"),
    ]

    def write_row(self, values: dict, row: int) -> Unit:
        parent = None
        if values["parent"]:
            parent = Unit.objects.filter(code=values["parent"]).first()
            if parent is None:
                raise ValidationError(f"Không tìm thấy đơn vị cấp trên có mã “{values['parent']}”.")
        return create_unit(
            self.actor,
            code=values["code"],
            name=values["name"],
            short_name=values["short_name"] or "",
            kind=values["kind"],
            parent=parent,
            active_from=values["active_from"],
        )

    def describe(self, unit: Unit) -> list[str]:
        return [unit.code, unit.name, unit.short_name, unit.get_kind_display(),
                unit.parent.code if unit.parent else "", unit.active_from.strftime("%d/%m/%Y")]


IMPORTERS = [UnitImporter]
