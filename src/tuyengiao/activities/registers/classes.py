"""Political-theory classes: kind, dates, organiser, learners."""

from tuyengiao.activities.models import ClassKind, TheoryClass
from tuyengiao.activities.registers.common import (
    UNIT_COL, UNIT_FIELD, DateField, UnitRecordForm, date_range_error, long_text, make_filter_form, parse_date,
    parse_int, positive, text, unit_by_code,
)
from tuyengiao.core.forms import choice_field
from tuyengiao.core.imports import Field, choice_parser
from tuyengiao.core.registers import Register
from tuyengiao.core.tables import Col, Table


class ClassForm(UnitRecordForm):
    unit_label = "Đơn vị tổ chức"
    kind = choice_field("Loại lớp", ClassKind.choices, blank="— Chọn loại lớp —", required=True)
    title = text("Tên lớp", max_length=300)
    start_date = DateField(label="Ngày khai giảng")
    end_date = DateField(label="Ngày bế giảng")
    learners = positive("Số học viên")
    note = long_text("Ghi chú")


class ClassRegister(Register):
    kind, slug = "classes", "lop-boi-duong"
    model = TheoryClass
    title, noun, add_label = "Lớp bồi dưỡng lý luận chính trị", "lớp", "Thêm lớp bồi dưỡng"
    form = ClassForm
    fields = ("kind", "title", "start_date", "end_date", "learners", "note")
    table = Table([
        Col("Tên lớp", lambda c: c.title, 40, link=lambda c: ClassRegister().url("detail", c)),
        Col("Loại lớp", lambda c: c.get_kind_display(), 30, css="hide-sm"),
        Col("Khai giảng", lambda c: c.start_date, 12, css="nowrap"),
        Col("Bế giảng", lambda c: c.end_date, 12, css="nowrap hide-sm"),
        Col("Học viên", lambda c: c.learners, 10, css="num"),
        UNIT_COL,
    ])
    filter_form = make_filter_form(date_field="start_date", search="title",
                                   choices={"kind": ("Loại lớp", ClassKind.choices, "kind")})
    import_fields = [
        UNIT_FIELD,
        Field("kind", "Loại lớp", required=True, parse=choice_parser(ClassKind.choices, "Loại lớp"),
              choices=[label for _, label in ClassKind.choices], width=30),
        Field("title", "Tên lớp", required=True, width=40),
        Field("start_date", "Ngày khai giảng", required=True, parse=parse_date, width=14),
        Field("end_date", "Ngày bế giảng", required=True, parse=parse_date, width=14),
        Field("learners", "Số học viên", required=True, parse=parse_int("Số học viên"), width=12),
        Field("note", "Ghi chú", width=30),
    ]

    def validate(self, data, errors, obj):
        message = date_range_error(data.get("start_date"), data.get("end_date"))
        if message:
            errors.add("end_date", message)

    def from_import(self, importer, values):
        return {**values, "unit": unit_by_code(importer, values["unit"]), "note": values.get("note") or ""}
