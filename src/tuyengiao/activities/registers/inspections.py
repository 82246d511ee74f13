"""Inspections and supervision: inspected units, findings, recommendations with due dates."""

from django import forms
from django.utils import timezone

from tuyengiao.activities.models import Inspection, InspectionKind, Recommendation
from tuyengiao.activities.registers.common import (
    UNIT_COL, UNIT_FIELD, DateField, UnitRecordForm, date_range_error, long_text, make_filter_form, parse_date,
    text, unit_by_code,
)
from tuyengiao.activities.registers.documents import related_document
from tuyengiao.core.forms import choice_field
from tuyengiao.core.imports import Field, choice_parser
from tuyengiao.core.inline import InlineRows, RowForm
from tuyengiao.core.registers import Register
from tuyengiao.core.tables import Col, Table
from tuyengiao.org.models import Unit


class RecommendationRow(RowForm):
    required = ("text", "due_date")
    text = forms.CharField(label="Kiến nghị", max_length=1000)
    due_date = DateField(label="Hạn thực hiện")
    status = choice_field("Tình trạng", Recommendation.Status.choices, blank=None)
    done_on = DateField(label="Ngày thực hiện xong")


class InspectionForm(UnitRecordForm):
    unit_label = "Đơn vị kiểm tra, giám sát"
    kind = choice_field("Hình thức", InspectionKind.choices, blank=None, required=True)
    title = text("Nội dung")
    plan_symbol = forms.CharField(label="Số, ký hiệu kế hoạch, quyết định", required=False, max_length=64)
    start_date = DateField(label="Từ ngày")
    end_date = DateField(label="Đến ngày")
    inspected = text("Mã các đơn vị được kiểm tra, giám sát", max_length=2000,
                     help_text="Cách nhau bởi dấu phẩy, ví dụ: HN.KB.03, HN.KB.05.")
    findings = long_text("Kết quả, nhận xét")
    note = long_text("Ghi chú")

    def make_inlines(self, data):
        initial = None
        if self.obj is not None and data is None:
            initial = [{"text": r.text, "due_date": r.due_date, "status": r.status, "done_on": r.done_on}
                       for r in self.obj.recommendations.all()]
        return [InlineRows("recommendations", RecommendationRow, data=data, initial=initial, scope=self.scope,
                           title="Kiến nghị và theo dõi thực hiện", add_label="Thêm kiến nghị")]

    def clean_inspected(self):
        codes = [code.strip().upper() for code in self.cleaned_data["inspected"].replace(";", ",").split(",")]
        return units_in_scope(self.scope, [code for code in codes if code])


def units_in_scope(scope, codes: list[str]) -> list[Unit]:
    units = {u.code: u for u in scope.filter(Unit.objects.filter(code__in=codes))} if scope else \
        {u.code: u for u in Unit.objects.filter(code__in=codes)}
    missing = [code for code in codes if code not in units]
    if missing:
        raise forms.ValidationError("Không tìm thấy đơn vị có mã " + ", ".join(f"“{c}”" for c in missing)
                                    + " trong phạm vi của bạn.")
    return [units[code] for code in dict.fromkeys(codes)]


def _overdue(inspection) -> int:
    return sum(1 for r in inspection.recommendations.all() if r.is_overdue)


RECOMMENDATION_TABLE = Table([
    Col("Kiến nghị", lambda r: r.text, 50),
    Col("Hạn thực hiện", lambda r: r.due_date, 12, css="nowrap"),
    Col("Tình trạng", lambda r: "Quá hạn" if r.is_overdue else r.get_status_display(), 14),
    Col("Ngày thực hiện xong", lambda r: r.done_on, 12, css="nowrap"),
], row_css=lambda r: "warn" if r.is_overdue else "")


class InspectionRegister(Register):
    kind, slug = "inspections", "kiem-tra"
    model = Inspection
    title, noun, add_label = "Kiểm tra, giám sát", "cuộc", "Thêm cuộc kiểm tra, giám sát"
    form = InspectionForm
    fields = ("kind", "title", "start_date", "end_date", "findings", "note")
    related = ("unit", "plan")
    table = Table([
        Col("Nội dung", lambda i: i.title, 44, link=lambda i: InspectionRegister().url("detail", i)),
        Col("Hình thức", lambda i: i.get_kind_display(), 10, css="hide-sm"),
        Col("Từ ngày", lambda i: i.start_date, 12, css="nowrap"),
        Col("Đơn vị được kiểm tra", lambda i: ", ".join(u.name for u in i.inspected_units.all()), 36),
        Col("Kiến nghị", lambda i: len(i.recommendations.all()), 10, css="num"),
        Col("Quá hạn", _overdue, 10, css="num"),
        UNIT_COL,
    ])
    filter_form = make_filter_form(date_field="start_date", search="title",
                                   choices={"kind": ("Hình thức", InspectionKind.choices, "kind")})
    import_fields = [
        UNIT_FIELD,
        Field("kind", "Hình thức", parse=choice_parser(InspectionKind.choices, "Hình thức"),
              choices=[label for _, label in InspectionKind.choices], width=12, help="Kiểm tra hoặc Giám sát"),
        Field("title", "Nội dung", required=True, width=40),
        Field("start_date", "Từ ngày", required=True, parse=parse_date, width=12),
        Field("end_date", "Đến ngày", required=True, parse=parse_date, width=12),
        Field("inspected", "Mã đơn vị được kiểm tra", required=True, width=30, help="Cách nhau bởi dấu phẩy"),
        Field("findings", "Kết quả, nhận xét", width=40),
        Field("recommendation", "Kiến nghị", width=40, help="Một kiến nghị; thêm kiến nghị khác trên trang"),
        Field("due_date", "Hạn thực hiện kiến nghị", parse=parse_date, width=14),
    ]

    def queryset(self):
        return super().queryset().prefetch_related("inspected_units", "recommendations")

    def initial(self, obj):
        data = super().initial(obj)
        data["inspected"] = ", ".join(u.code for u in obj.inspected_units.all())
        data["plan_symbol"] = obj.plan.symbol if obj.plan_id else ""
        return data

    def details(self, obj):
        return [("Hình thức", obj.get_kind_display()), ("Nội dung", obj.title),
                ("Kế hoạch, quyết định", obj.plan.symbol if obj.plan_id else ""), ("Từ ngày", obj.start_date),
                ("Đến ngày", obj.end_date), ("Đơn vị kiểm tra, giám sát", obj.unit.name),
                ("Đơn vị được kiểm tra, giám sát", ", ".join(u.name for u in obj.inspected_units.all())),
                ("Kết quả, nhận xét", obj.findings), ("Ghi chú", obj.note)]

    def sections(self, obj, scope):
        rows = list(obj.recommendations.all())
        overdue = sum(1 for r in rows if r.is_overdue)
        summary = f"{len(rows)} kiến nghị, {overdue} quá hạn chưa thực hiện." if rows else ""
        return [{"title": "Kiến nghị", "table": RECOMMENDATION_TABLE, "rows": RECOMMENDATION_TABLE.html_rows(rows),
                 "summary": summary, "empty": "Chưa có kiến nghị."}]

    def validate(self, data, errors, obj):
        message = date_range_error(data.get("start_date"), data.get("end_date"))
        if message:
            errors.add("end_date", message)
        for number, row in enumerate(data.get("recommendations", []), start=1):
            if row.get("status") == Recommendation.Status.DONE and not row.get("done_on"):
                errors.add("__all__", f"Kiến nghị {number}: đã thực hiện thì cần ngày thực hiện xong.")
        symbol = (data.get("plan_symbol") or "").strip()
        data["plan"] = related_document(symbol, data.get("unit")) if symbol else None
        if symbol and data["plan"] is None:
            errors.add("plan_symbol", f"Không có văn bản số {symbol} của đơn vị này hoặc cấp trên, cấp dưới trong sổ văn bản.")

    def assign(self, obj, data):
        super().assign(obj, data)
        obj.plan = data.get("plan")

    def save_related(self, obj, data):
        obj.inspected_units.set(data["inspected"])
        if "recommendations" in data:
            obj.recommendations.all().delete()
            Recommendation.objects.bulk_create([
                Recommendation(inspection=obj, text=row["text"], due_date=row["due_date"],
                               status=row.get("status") or Recommendation.Status.OPEN, done_on=row.get("done_on"))
                for row in data["recommendations"]])

    def from_import(self, importer, values):
        codes = [c.strip().upper() for c in values["inspected"].replace(";", ",").split(",") if c.strip()]
        try:
            inspected = units_in_scope(importer.scope, codes)
        except forms.ValidationError as error:
            raise ValueError(error.messages[0]) from None
        recommendations = []
        if values.get("recommendation"):
            if not values.get("due_date"):
                raise ValueError("Kiến nghị cần hạn thực hiện.")
            recommendations.append({"text": values["recommendation"], "due_date": values["due_date"]})
        return {"unit": unit_by_code(importer, values["unit"], "đơn vị kiểm tra"),
                "kind": values.get("kind") or InspectionKind.INSPECTION, "title": values["title"],
                "start_date": values["start_date"], "end_date": values["end_date"], "inspected": inspected,
                "findings": values.get("findings") or "", "note": "", "recommendations": recommendations}

    def import_value(self, obj, key):
        if key == "inspected":
            return ", ".join(u.code for u in obj.inspected_units.all())
        if key == "recommendation":
            return "; ".join(r.text for r in obj.recommendations.all())
        return super().import_value(obj, key)


def overdue_recommendations(scope):
    """Open recommendations past their due date, in the user's scope, oldest first."""
    inspections = scope.filter(Inspection.objects.all())
    return (Recommendation.objects.filter(inspection__in=inspections, status=Recommendation.Status.OPEN,
                                          due_date__lt=timezone.localdate())
            .select_related("inspection", "inspection__unit").order_by("due_date", "id"))
