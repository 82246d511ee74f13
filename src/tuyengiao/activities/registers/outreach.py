"""Propaganda products and events: quantities, audiences and contest prizes."""

from tuyengiao.activities.models import Outreach, OutreachKind
from tuyengiao.activities.registers.common import (
    UNIT_COL, UNIT_FIELD, DateField, UnitRecordForm, long_text, make_filter_form, parse_date, parse_int, positive,
    text, unit_by_code,
)
from tuyengiao.core.forms import choice_field
from tuyengiao.core.imports import Field, choice_parser
from tuyengiao.core.registers import Register
from tuyengiao.core.tables import Col, Table

PRIZES = (("prizes_first", "Giải Nhất"), ("prizes_second", "Giải Nhì"), ("prizes_third", "Giải Ba"),
          ("prizes_consolation", "Giải Khuyến khích"))


class OutreachForm(UnitRecordForm):
    kind = choice_field("Loại", OutreachKind.choices, blank="— Chọn loại —", required=True)
    title = text("Tên, nội dung")
    date = DateField(label="Ngày")
    quantity = positive("Số lượng", help_text="Số cuốn phát hành, số bản tin, số tin, số bài ...")
    audience = positive("Lượt người tham dự, xem", required=False)
    prizes_first = positive("Giải Nhất", required=False)
    prizes_second = positive("Giải Nhì", required=False)
    prizes_third = positive("Giải Ba", required=False)
    prizes_consolation = positive("Giải Khuyến khích", required=False)
    note = long_text("Ghi chú")


def _prizes(outreach) -> str:
    return ", ".join(f"{getattr(outreach, key):02d} {label.lower()}" for key, label in PRIZES if getattr(outreach, key))


class OutreachRegister(Register):
    kind, slug = "outreach", "tuyen-truyen"
    model = Outreach
    title, noun, add_label = "Sản phẩm, hoạt động tuyên truyền", "mục", "Thêm sản phẩm, hoạt động"
    form = OutreachForm
    fields = ("kind", "title", "date", "quantity", "audience", *(key for key, _ in PRIZES), "note")
    table = Table([
        Col("Tên, nội dung", lambda o: o.title, 40, link=lambda o: OutreachRegister().url("detail", o)),
        Col("Loại", lambda o: o.get_kind_display(), 26, css="hide-sm"),
        Col("Ngày", lambda o: o.date, 12, css="nowrap"),
        Col("Số lượng", lambda o: o.quantity, 10, css="num"),
        Col("Lượt người", lambda o: o.audience, 10, css="num"),
        Col("Giải thưởng", _prizes, 24, css="hide-sm"),
        UNIT_COL,
    ])
    filter_form = make_filter_form(date_field="date", search="title",
                                   choices={"kind": ("Loại", OutreachKind.choices, "kind")})
    import_fields = [
        UNIT_FIELD,
        Field("kind", "Loại", required=True, parse=choice_parser(OutreachKind.choices, "Loại"),
              choices=[label for _, label in OutreachKind.choices], width=30),
        Field("title", "Tên, nội dung", required=True, width=40),
        Field("date", "Ngày", required=True, parse=parse_date, width=12),
        Field("quantity", "Số lượng", parse=parse_int("Số lượng"), width=10, help="Mặc định 1"),
        Field("audience", "Lượt người tham dự, xem", parse=parse_int("Lượt người"), width=12),
        *(Field(key, label, parse=parse_int(label), width=10) for key, label in PRIZES),
        Field("note", "Ghi chú", width=30),
    ]

    def details(self, obj):
        return [*super().details(obj)[:-1], ("Giải thưởng", _prizes(obj)), ("Đơn vị", obj.unit.name),
                ("Ghi chú", obj.note)]

    def assign(self, obj, data):
        super().assign(obj, data)
        for key, _ in PRIZES:
            setattr(obj, key, data.get(key) or 0)
        if data.get("quantity") is None:
            obj.quantity = 1

    def from_import(self, importer, values):
        return {**values, "unit": unit_by_code(importer, values["unit"]), "note": values.get("note") or ""}
