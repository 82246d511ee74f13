"""Importing members from a spreadsheet, e.g. a cell's list typed from paper."""

from django.core.exceptions import ValidationError

from tuyengiao.core.imports import Field, Importer, choice_parser, parse_date, parse_year, parse_yes_no
from tuyengiao.org.models import Unit
from tuyengiao.org.services import normalize_code
from tuyengiao.people.models import Category, Gender, Member, Status
from tuyengiao.people.services import create_member
from tuyengiao.screening.normalize import canonical


class MemberImporter(Importer):
    kind = "members"
    title = "đảng viên, cán bộ"
    fields = [
        Field("full_name", "Họ và tên", required=True, width=28),
        Field("gender", "Giới tính", required=True, parse=choice_parser(Gender.choices, "Giới tính"),
              choices=[label for _, label in Gender.choices], width=10, help="Nam hoặc Nữ"),
        Field("birth_year", "Năm sinh", parse=parse_year, width=10, help="Ví dụ 1985"),
        Field("unit", "Mã đơn vị", required=True, parse=normalize_code, width=16,
              help="Mã đơn vị (chi bộ) nơi sinh hoạt, xem ở trang đơn vị"),
        Field("position", "Chức vụ", width=28),
        Field("duties", "Chức trách, nhiệm vụ", width=50),
        Field("is_head", "Người đứng đầu", parse=parse_yes_no, choices=["Có", "Không"], width=14,
              help="Có hoặc Không"),
        Field("category", "Đối tượng", parse=choice_parser(Category.choices, "Đối tượng"),
              choices=[label for _, label in Category.choices], width=20,
              help="Một trong: " + "; ".join(label for _, label in Category.choices) + " (mặc định: Đảng viên)"),
        Field("joined_on", "Ngày bắt đầu sinh hoạt", parse=parse_date, width=16, help="Ngày/tháng/năm"),
    ]

    def prepare(self) -> None:
        self.units: dict[str, Unit] = {}
        self.seen: dict[tuple, int] = {}

    def _unit(self, code: str) -> Unit:
        if code not in self.units:
            unit = Unit.objects.filter(code=code).first()
            if unit is None:
                raise ValidationError(f"Không tìm thấy đơn vị có mã “{code}”.")
            self.units[code] = unit
        return self.units[code]

    def write_row(self, values: dict, row: int) -> Member:
        unit = self._unit(values["unit"])
        key = (canonical(values["full_name"]), values["birth_year"], unit.pk)
        if key in self.seen:
            raise ValidationError(
                f"Trùng với dòng {self.seen[key]}: cùng họ tên, năm sinh và đơn vị."
            )
        duplicate = Member.objects.filter(
            unit=unit, name_key=key[0], birth_year=values["birth_year"], status=Status.ACTIVE
        ).exists()
        if duplicate:
            raise ValidationError(
                f"“{values['full_name']}” ({values['birth_year'] or 'không rõ năm sinh'}) đã có trong {unit.name}."
            )
        member = create_member(
            self.actor,
            unit=unit,
            full_name=values["full_name"],
            gender=values["gender"],
            birth_year=values["birth_year"],
            position=values["position"] or "",
            duties=values["duties"] or "",
            is_head=bool(values["is_head"]),
            category=values["category"] or Category.PARTY,
            joined_on=values["joined_on"],
        )
        self.seen[key] = row
        return member

    def describe(self, member: Member) -> list[str]:
        return [member.full_name, member.get_gender_display(), str(member.birth_year or ""), member.unit.code,
                member.position, member.duties, "Có" if member.is_head else "", member.get_category_display(), ""]


IMPORTERS = [MemberImporter]
