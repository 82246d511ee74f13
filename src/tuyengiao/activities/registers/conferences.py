"""Study conferences: topic, format, bridge points with expected and actual attendance."""

from django import forms

from tuyengiao.activities.models import BridgePoint, Conference, ConferenceFormat, TopicKind
from tuyengiao.activities.registers.common import (
    UNIT_COL, UNIT_FIELD, DateField, UnitRecordForm, long_text, make_filter_form, parse_date, parse_int, positive,
    text, unit_by_code,
)
from tuyengiao.activities.registers.documents import related_document
from tuyengiao.core.formats import vn_number
from tuyengiao.core.forms import choice_field
from tuyengiao.core.imports import Field, choice_parser
from tuyengiao.core.inline import InlineRows, RowForm
from tuyengiao.core.registers import Register, save_record
from tuyengiao.core.tables import Col, Table
from tuyengiao.org.forms import UnitChoiceField
from tuyengiao.org.models import Unit
from tuyengiao.org.tables import open_q
from tuyengiao.screening.normalize import canonical

CATEGORIES = (("attendees_party", "Cán bộ, đảng viên"), ("attendees_civil", "Công chức, viên chức"),
              ("attendees_youth", "Đoàn viên"), ("attendees_association", "Hội viên"))


def rate_text(attended: int, expected: int) -> str:
    """"98%" as the seeds write it; one decimal only when it matters ("97,5%")."""
    if not expected:
        return ""
    rate = round(100 * attended / expected, 1)
    return f"{vn_number(rate, 0 if rate == int(rate) else 1)}%"


class BridgePointRow(RowForm):
    required = ("unit", "expected", "attended")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        units = self.scope.filter(Unit.objects.filter(open_q()))
        self.fields["unit"] = UnitChoiceField(units, label="Đơn vị đặt điểm cầu", required=False)
        self.fields["expected"] = positive("Số người được triệu tập", required=False)
        self.fields["attended"] = positive("Số người tham dự", required=False)


class ConferenceForm(UnitRecordForm):
    unit_label = "Đơn vị tổ chức"
    topic = text("Nội dung học tập, quán triệt")
    topic_kind = choice_field("Loại nội dung", TopicKind.choices, blank=None, required=True)
    date = DateField(label="Ngày tổ chức")
    format = choice_field("Hình thức", ConferenceFormat.choices, blank=None, required=True)
    document_symbol = forms.CharField(label="Số, ký hiệu văn bản được học tập, quán triệt", required=False,
                                      max_length=64, help_text="Nếu có, ví dụ 01-KL/TW.")
    attendees_party = positive("Cán bộ, đảng viên", required=False)
    attendees_civil = positive("Công chức, viên chức", required=False)
    attendees_youth = positive("Đoàn viên", required=False)
    attendees_association = positive("Hội viên", required=False)
    note = long_text("Ghi chú")

    def make_inlines(self, data):
        initial = None
        if self.obj is not None and data is None:
            initial = [{"unit": p.unit, "expected": p.expected, "attended": p.attended} for p in self.obj.points.all()]
        return [InlineRows(
            "points", BridgePointRow, data=data, initial=initial, scope=self.scope, extra=3,
            title="Điểm cầu và số người tham dự", add_label="Thêm điểm cầu",
            help="Mỗi điểm cầu một dòng; hội nghị trực tiếp ghi một dòng cho hội trường của đơn vị tổ chức.")]


def _points(conference) -> list[BridgePoint]:
    return list(conference.points.all())


def _expected(conference) -> int:
    return sum(p.expected for p in _points(conference))


def _attended(conference) -> int:
    return sum(p.attended for p in _points(conference))


POINT_TABLE = Table([
    Col("Điểm cầu", lambda p: p.unit.name, 40),
    Col("Được triệu tập", lambda p: p.expected, 12, css="num"),
    Col("Tham dự", lambda p: p.attended, 12, css="num"),
    Col("Tỷ lệ", lambda p: rate_text(p.attended, p.expected), 10, css="num"),
])


class ConferenceRegister(Register):
    kind, slug = "conferences", "hoi-nghi"
    model = Conference
    title, noun, add_label = "Hội nghị học tập, quán triệt", "hội nghị", "Ghi hội nghị"
    form = ConferenceForm
    fields = ("topic", "topic_kind", "date", "format", *(key for key, _ in CATEGORIES), "note")
    related = ("unit", "document")
    table = Table([
        Col("Nội dung", lambda c: c.topic, 46, link=lambda c: ConferenceRegister().url("detail", c)),
        Col("Ngày", lambda c: c.date, 12, css="nowrap"),
        Col("Hình thức", lambda c: c.get_format_display(), 14, css="hide-sm"),
        Col("Điểm cầu", lambda c: len(_points(c)), 9, css="num"),
        Col("Triệu tập", _expected, 10, css="num hide-sm"),
        Col("Tham dự", _attended, 10, css="num"),
        Col("Tỷ lệ", lambda c: rate_text(_attended(c), _expected(c)), 8, css="num"),
        UNIT_COL,
    ])
    filter_form = make_filter_form(date_field="date", search="topic", choices={
        "topic_kind": ("Loại nội dung", TopicKind.choices, "topic_kind"),
        "format": ("Hình thức", ConferenceFormat.choices, "format"),
    })
    import_fields = [
        UNIT_FIELD,
        Field("topic", "Nội dung học tập, quán triệt", required=True, width=40,
              help="Các dòng cùng đơn vị, ngày và nội dung là các điểm cầu của một hội nghị"),
        Field("topic_kind", "Loại nội dung", parse=choice_parser(TopicKind.choices, "Loại nội dung"),
              choices=[label for _, label in TopicKind.choices], width=30),
        Field("date", "Ngày tổ chức", required=True, parse=parse_date, width=12),
        Field("format", "Hình thức", parse=choice_parser(ConferenceFormat.choices, "Hình thức"),
              choices=[label for _, label in ConferenceFormat.choices], width=16),
        Field("point", "Mã đơn vị đặt điểm cầu", required=True, width=16),
        Field("expected", "Số người được triệu tập", required=True, parse=parse_int("Số người được triệu tập"),
              width=12),
        Field("attended", "Số người tham dự", required=True, parse=parse_int("Số người tham dự"), width=12),
    ]

    def queryset(self):
        return super().queryset().prefetch_related("points__unit")

    def initial(self, obj):
        data = super().initial(obj)
        data["document_symbol"] = obj.document.symbol if obj.document_id else ""
        return data

    def details(self, obj):
        expected, attended = _expected(obj), _attended(obj)
        categories = "; ".join(f"{label}: {vn_number(getattr(obj, key))}" for key, label in CATEGORIES
                               if getattr(obj, key) is not None)
        return [("Nội dung", obj.topic), ("Loại nội dung", obj.get_topic_kind_display()), ("Ngày tổ chức", obj.date),
                ("Hình thức", obj.get_format_display()), ("Đơn vị tổ chức", obj.unit.name),
                ("Văn bản được học tập, quán triệt", str(obj.document) if obj.document_id else ""),
                ("Số điểm cầu", len(_points(obj))), ("Được triệu tập", expected), ("Tham dự", attended),
                ("Tỷ lệ tham dự", rate_text(attended, expected)), ("Thành phần tham dự", categories),
                ("Ghi chú", obj.note)]

    def sections(self, obj, scope):
        points = _points(obj)
        return [{"title": "Điểm cầu", "table": POINT_TABLE, "rows": POINT_TABLE.html_rows(points),
                 "empty": "Chưa có điểm cầu."}]

    def validate(self, data, errors, obj):
        points = data.get("points", [])
        if not points:
            errors.add("__all__", "Cần ít nhất một điểm cầu (hội nghị trực tiếp: ghi hội trường của đơn vị tổ chức).")
        hosts = [row["unit"].pk for row in points]
        if len(hosts) != len(set(hosts)):
            errors.add("__all__", "Mỗi đơn vị chỉ đặt một điểm cầu; hãy gộp các dòng trùng đơn vị.")
        given = [data.get(key) for key, _ in CATEGORIES if data.get(key) is not None]
        attended = sum(row["attended"] for row in points)
        if given and sum(given) != attended:
            errors.add("attendees_party", f"Tổng số theo thành phần ({vn_number(sum(given))}) phải bằng số người "
                                          f"tham dự ở các điểm cầu ({vn_number(attended)}).")
        symbol = (data.get("document_symbol") or "").strip()
        data["document"] = related_document(symbol, data.get("unit")) if symbol else None
        if symbol and data["document"] is None:
            errors.add("document_symbol", f"Không có văn bản số {symbol} của đơn vị này hoặc cấp trên, cấp dưới "
                                          "trong sổ văn bản.")

    def assign(self, obj, data):
        super().assign(obj, data)
        obj.topic_key = canonical(obj.topic)
        obj.document = data.get("document")

    def save_related(self, obj, data):
        obj.points.all().delete()
        BridgePoint.objects.bulk_create([BridgePoint(conference=obj, unit=row["unit"], expected=row["expected"],
                                                     attended=row["attended"]) for row in data.get("points", [])])

    def import_row(self, importer, values):
        unit = unit_by_code(importer, values["unit"], "đơn vị tổ chức")
        host = Unit.objects.filter(code=values["point"].strip().upper()).first()
        if host is None or (importer.scope is not None and not importer.scope.filter(
                Unit.objects.filter(pk=host.pk)).exists()):
            raise ValueError(f"Không tìm thấy đơn vị đặt điểm cầu có mã “{values['point']}” trong phạm vi của bạn.")
        point = {"unit": host, "expected": values["expected"], "attended": values["attended"]}
        key = (unit.pk, values["date"], canonical(values["topic"]))
        grouped = importer.__dict__.setdefault("_conferences", {})
        if key in grouped:
            conference = grouped[key]
            points = [{"unit": p.unit, "expected": p.expected, "attended": p.attended} for p in conference.points.all()]
            data = {**self.initial(conference), "points": [*points, point]}
            return save_record(importer.actor, self, conference, data)
        data = {"unit": unit, "topic": values["topic"], "topic_kind": values.get("topic_kind") or TopicKind.THEME,
                "date": values["date"], "format": values.get("format") or ConferenceFormat.ONLINE, "note": "",
                "points": [point]}
        grouped[key] = conference = save_record(importer.actor, self, None, data)
        return conference

    def import_value(self, obj, key):
        points = _points(obj)
        if key == "point":
            return ", ".join(p.unit.code for p in points)
        if key == "expected":
            return _expected(obj)
        if key == "attended":
            return _attended(obj)
        return super().import_value(obj, key)
