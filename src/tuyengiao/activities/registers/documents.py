"""Issued documents: number and symbol checked in the Party format; cited by the other registers."""

from django import forms
from django.urls import reverse

from tuyengiao.activities.models import Document, DocumentType
from tuyengiao.activities.models.documents import SYMBOL_EXAMPLE, parse_symbol
from tuyengiao.activities.registers.common import (
    UNIT_COL, UNIT_FIELD, DateField, UnitRecordForm, long_text, make_filter_form, parse_date, text, unit_by_code,
)
from tuyengiao.core.imports import Field
from tuyengiao.core.registers import Register
from tuyengiao.core.tables import Col, Table
from tuyengiao.pledges.models import Campaign, Pledge


def related_document(symbol: str, unit):
    """A document of ``unit``, one above it or one below it: the only ones a record may cite."""
    if unit is None:
        return None
    for document in Document.objects.filter(symbol=symbol).select_related("unit").order_by("-issued_on"):
        path = document.unit.path
        if unit.path.startswith(path) or path.startswith(unit.path):
            return document
    return None


class DocumentForm(UnitRecordForm):
    unit_label = "Đơn vị ban hành"
    symbol = text("Số, ký hiệu", max_length=64, help_text=f"Theo Hướng dẫn 36-HD/VPTW, {SYMBOL_EXAMPLE}.")
    issued_on = DateField(label="Ngày ban hành")
    title = text("Trích yếu")
    campaigns = forms.ModelMultipleChoiceField(
        label="Đợt đăng ký làm theo Bác trích dẫn văn bản", required=False, queryset=Campaign.objects.none(),
        widget=forms.CheckboxSelectMultiple)
    pledges = forms.CharField(label="Mã các bản đăng ký trích dẫn văn bản", required=False, max_length=2000,
                              help_text="Mã số ở trang của bản đăng ký, cách nhau bởi dấu phẩy.")
    note = long_text("Ghi chú")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["campaigns"].queryset = self.scope.filter(Campaign.objects.select_related("theme")).order_by("-year")

    def clean_pledges(self):
        text = self.cleaned_data["pledges"].replace(";", ",")
        try:
            ids = [int(part) for part in text.split(",") if part.strip()]
        except ValueError:
            raise forms.ValidationError("Mã bản đăng ký là các số, cách nhau bởi dấu phẩy.") from None
        found = list(self.scope.filter(Pledge.objects.filter(pk__in=ids)))
        missing = sorted(set(ids) - {p.pk for p in found})
        if missing:
            raise forms.ValidationError("Không tìm thấy bản đăng ký mã số " + ", ".join(map(str, missing))
                                        + " trong phạm vi của bạn.")
        return found

    def clean_symbol(self):
        try:
            number, kind, issuer = parse_symbol(self.cleaned_data["symbol"])
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        return f"{number}-{kind}/{issuer}"


CITATION_TABLE = Table([
    Col("Loại", lambda row: row[0], 18),
    Col("Trích dẫn", lambda row: row[1], 60, link=lambda row: row[2]),
], numbered=False)


class DocumentRegister(Register):
    kind, slug = "documents", "van-ban"
    model = Document
    title, noun, add_label = "Văn bản đã ban hành", "văn bản", "Thêm văn bản"
    form = DocumentForm
    fields = ("symbol", "issued_on", "title", "note")
    table = Table([
        Col("Số, ký hiệu", lambda d: d.symbol, 16, link=lambda d: DocumentRegister().url("detail", d), css="nowrap"),
        Col("Ngày ban hành", lambda d: d.issued_on, 12, css="nowrap"),
        Col("Loại", lambda d: d.get_doc_type_display(), 14, css="hide-sm"),
        Col("Trích yếu", lambda d: d.title, 60),
        UNIT_COL,
    ])
    filter_form = make_filter_form(date_field="issued_on", search="title",
                                   choices={"doc_type": ("Loại văn bản", DocumentType.choices, "doc_type")})
    import_fields = [
        UNIT_FIELD,
        Field("symbol", "Số, ký hiệu", required=True, width=16, help=SYMBOL_EXAMPLE),
        Field("issued_on", "Ngày ban hành", required=True, parse=parse_date, width=14, help="Ngày/tháng/năm"),
        Field("title", "Trích yếu", required=True, width=60),
        Field("note", "Ghi chú", width=30),
    ]

    def details(self, obj):
        return [("Số, ký hiệu", obj.symbol), ("Loại văn bản", obj.get_doc_type_display()),
                ("Ngày ban hành", obj.issued_on), ("Trích yếu", obj.title), ("Đơn vị ban hành", obj.unit.name),
                ("Ghi chú", obj.note)]

    def initial(self, obj):
        return {**super().initial(obj), "campaigns": list(obj.campaigns.all()),
                "pledges": ", ".join(str(pk) for pk in obj.pledges.values_list("pk", flat=True))}

    def sections(self, obj, scope):
        """The records citing this document that the reader may open."""
        rows = [("Đợt đăng ký", str(c), reverse("pledges:tracking", args=[c.pk]))
                for c in scope.filter(obj.campaigns.all())]
        rows += [("Bản đăng ký", str(p), reverse("pledges:pledge", args=[p.pk]))
                 for p in scope.filter(obj.pledges.select_related("campaign", "member", "unit"))]
        rows += [("Hội nghị", str(c), reverse("activities:conferences_detail", args=[c.pk]))
                 for c in scope.filter(obj.conferences.all())]
        rows += [("Kiểm tra, giám sát", str(i), reverse("activities:inspections_detail", args=[i.pk]))
                 for i in scope.filter(obj.inspections.all())]
        rows += [("Khen thưởng", str(a), reverse("activities:awards_detail", args=[a.pk]))
                 for a in scope.filter(obj.awards.select_related("member", "nominee_unit"))]
        return [{"title": "Được trích dẫn", "table": CITATION_TABLE, "rows": CITATION_TABLE.html_rows(rows),
                 "empty": "Chưa có hồ sơ nào trích dẫn văn bản này."}]

    def save_related(self, obj, data):
        if "campaigns" in data:
            obj.campaigns.set(data["campaigns"])
        if "pledges" in data:
            obj.pledges.set(data["pledges"])

    def assign(self, obj, data):
        super().assign(obj, data)
        obj.number, obj.doc_type, obj.issuer = parse_symbol(obj.symbol)
        obj.symbol = f"{obj.number}-{obj.doc_type}/{obj.issuer}"

    def validate(self, data, errors, obj):
        try:
            number, kind, issuer = parse_symbol(data.get("symbol", ""))
        except ValueError as error:
            errors.add("symbol", str(error))
            return
        symbol = f"{number}-{kind}/{issuer}"
        same = Document.objects.filter(unit=data["unit"], symbol=symbol, issued_on__year=data["issued_on"].year)
        if obj is not None:
            same = same.exclude(pk=obj.pk)
        if same.exists():
            errors.add("symbol", f"{data['unit'].name} đã có văn bản số {symbol} năm {data['issued_on'].year}.")

    def from_import(self, importer, values):
        return {**values, "unit": unit_by_code(importer, values["unit"], "đơn vị ban hành"),
                "note": values.get("note") or ""}
