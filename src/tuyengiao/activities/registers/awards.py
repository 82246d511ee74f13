"""Commendations: a collective or a member proposed for an award level, decided or refused."""

from django import forms
from django.urls import reverse

from tuyengiao.activities.models import Award, AwardLevel, AwardStatus, NomineeKind
from tuyengiao.activities.registers.common import (
    UNIT_COL, UNIT_FIELD, DateField, UnitRecordForm, long_text, make_filter_form, parse_date, unit_by_code,
)
from tuyengiao.activities.registers.documents import related_document
from tuyengiao.core.forms import choice_field
from tuyengiao.core.imports import Field, choice_parser
from tuyengiao.core.registers import Register
from tuyengiao.core.tables import Cell, Col, Table
from tuyengiao.initiatives.models import Initiative
from tuyengiao.pledges.models import Pledge
from tuyengiao.org.models import Unit
from tuyengiao.people.models import Member


def _member(scope, pk):
    queryset = Member.objects.filter(pk=pk)
    return scope.filter(queryset).select_related("unit").first() if scope else queryset.first()


class AwardForm(UnitRecordForm):
    unit_label = "Đơn vị đề nghị"
    proposed_on = DateField(label="Ngày đề nghị")
    nominee_kind = choice_field("Đối tượng", NomineeKind.choices, blank=None, required=True)
    nominee_unit = forms.CharField(label="Mã tập thể được đề nghị", required=False, max_length=32,
                                   help_text="Với tập thể: mã đơn vị, ví dụ HN.KB.03.")
    member = forms.IntegerField(label="Mã số đảng viên được đề nghị", required=False,
                                help_text="Với cá nhân: mã số ở trang của đảng viên.")
    level = choice_field("Hình thức khen thưởng", AwardLevel.choices, blank="— Chọn hình thức —", required=True)
    achievement = long_text("Thành tích", required=True)
    status = choice_field("Trạng thái", AwardStatus.choices, blank=None, required=True)
    decision_symbol = forms.CharField(label="Số, ký hiệu quyết định", required=False, max_length=64,
                                      help_text="Văn bản đã có trong sổ văn bản, ví dụ 125-QĐ/TU.")
    decided_on = DateField(label="Ngày quyết định", required=False)
    pledge = forms.IntegerField(label="Mã bản đăng ký làm theo Bác", required=False,
                                help_text="Nếu thành tích từ việc làm đã đăng ký: mã số ở trang của bản đăng ký.")

    initiative = forms.IntegerField(label="Mã mô hình học tập và làm theo Bác", required=False,
                                    help_text="Nếu thành tích từ một mô hình: mã số ở trang của mô hình.")

    def clean_initiative(self):
        pk = self.cleaned_data["initiative"]
        if pk is None:
            return None
        initiative = self.scope.filter(Initiative.objects.filter(pk=pk)).first()
        if initiative is None:
            raise forms.ValidationError(f"Không tìm thấy mô hình mã số {pk} trong phạm vi của bạn.")
        return initiative

    def clean_pledge(self):
        pk = self.cleaned_data["pledge"]
        if pk is None:
            return None
        pledge = self.scope.filter(Pledge.objects.filter(pk=pk)).first()
        if pledge is None:
            raise forms.ValidationError(f"Không tìm thấy bản đăng ký mã số {pk} trong phạm vi của bạn.")
        return pledge

    def clean_nominee_unit(self):
        code = self.cleaned_data["nominee_unit"].strip().upper()
        if not code:
            return None
        unit = self.scope.filter(Unit.objects.filter(code=code)).first()
        if unit is None:
            raise forms.ValidationError(f"Không tìm thấy đơn vị có mã “{code}” trong phạm vi của bạn.")
        return unit

    def clean_member(self):
        pk = self.cleaned_data["member"]
        if pk is None:
            return None
        member = _member(self.scope, pk)
        if member is None:
            raise forms.ValidationError(f"Không tìm thấy đảng viên mã số {pk} trong phạm vi của bạn.")
        return member


def _decision(award) -> str:
    return award.decision.symbol if award.decision_id else ""


class AwardRegister(Register):
    kind, slug = "awards", "khen-thuong"
    model = Award
    title, noun, add_label = "Khen thưởng điển hình học tập và làm theo Bác", "đề nghị", "Thêm đề nghị khen thưởng"
    form = AwardForm
    fields = ("proposed_on", "nominee_kind", "nominee_unit", "member", "level", "achievement", "status", "decided_on")
    related = ("unit", "nominee_unit", "member", "decision", "pledge__campaign", "pledge__member", "pledge__unit",
               "initiative")
    table = Table([
        Col("Tập thể, cá nhân", lambda a: a.nominee_name, 32, link=lambda a: AwardRegister().url("detail", a)),
        Col("Đối tượng", lambda a: a.get_nominee_kind_display(), 10, css="hide-sm"),
        Col("Hình thức", lambda a: a.get_level_display(), 36),
        Col("Thành tích", lambda a: a.achievement, 50, css="hide-sm"),
        Col("Ngày đề nghị", lambda a: a.proposed_on, 12, css="nowrap"),
        Col("Trạng thái", lambda a: a.get_status_display(), 14),
        Col("Quyết định", _decision, 14, css="hide-sm"),
        UNIT_COL,
    ])
    filter_form = make_filter_form(date_field="proposed_on", search="achievement", choices={
        "nominee_kind": ("Đối tượng", NomineeKind.choices, "nominee_kind"),
        "level": ("Hình thức", AwardLevel.choices, "level"),
        "status": ("Trạng thái", AwardStatus.choices, "status"),
    })
    import_fields = [
        UNIT_FIELD,
        Field("proposed_on", "Ngày đề nghị", required=True, parse=parse_date, width=14),
        Field("nominee_kind", "Đối tượng", required=True, parse=choice_parser(NomineeKind.choices, "Đối tượng"),
              choices=[label for _, label in NomineeKind.choices], width=10, help="Tập thể hoặc Cá nhân"),
        Field("nominee_unit", "Mã tập thể", width=14, help="Với tập thể"),
        Field("member", "Mã số đảng viên", width=12, help="Với cá nhân"),
        Field("level", "Hình thức khen thưởng", required=True, parse=choice_parser(AwardLevel.choices, "Hình thức"),
              choices=[label for _, label in AwardLevel.choices], width=40),
        Field("achievement", "Thành tích", required=True, width=50),
        Field("status", "Trạng thái", parse=choice_parser(AwardStatus.choices, "Trạng thái"),
              choices=[label for _, label in AwardStatus.choices], width=14, help="Mặc định: Đề nghị"),
        Field("decision_symbol", "Số, ký hiệu quyết định", width=16),
        Field("decided_on", "Ngày quyết định", parse=parse_date, width=14),
    ]

    def initial(self, obj):
        data = super().initial(obj)
        data["nominee_unit"] = obj.nominee_unit.code if obj.nominee_unit_id else ""
        data["member"] = obj.member_id
        data["decision_symbol"] = obj.decision.symbol if obj.decision_id else ""
        data["pledge"] = obj.pledge_id
        data["initiative"] = obj.initiative_id
        return data

    def details(self, obj):
        return [("Tập thể, cá nhân", obj.nominee_name), ("Đối tượng", obj.get_nominee_kind_display()),
                ("Hình thức khen thưởng", obj.get_level_display()), ("Ngày đề nghị", obj.proposed_on),
                ("Thành tích", obj.achievement), ("Trạng thái", obj.get_status_display()),
                ("Quyết định", _decision(obj)), ("Ngày quyết định", obj.decided_on), ("Đơn vị đề nghị", obj.unit.name),
                ("Bản đăng ký làm theo Bác", Cell(str(obj.pledge), reverse("pledges:pledge", args=[obj.pledge_id]))
                 if obj.pledge_id else ""),
                ("Mô hình học tập và làm theo Bác", Cell(str(obj.initiative),
                                                         reverse("initiatives:detail", args=[obj.initiative_id]))
                 if obj.initiative_id else "")]

    def validate(self, data, errors, obj):
        kind = data.get("nominee_kind")
        if kind == NomineeKind.COLLECTIVE and not data.get("nominee_unit"):
            errors.add("nominee_unit", "Đề nghị khen tập thể cần mã tập thể được đề nghị.")
        if kind == NomineeKind.INDIVIDUAL and not data.get("member"):
            errors.add("member", "Đề nghị khen cá nhân cần mã số đảng viên được đề nghị.")
        if data.get("status") == AwardStatus.DECIDED and not data.get("decided_on"):
            errors.add("decided_on", "Đã quyết định thì cần ngày quyết định.")
        symbol = (data.get("decision_symbol") or "").strip()
        if symbol:
            data["decision"] = related_document(symbol, data.get("unit"))
            if data["decision"] is None:
                errors.add("decision_symbol", f"Không có văn bản số {symbol} của đơn vị này hoặc cấp trên, cấp dưới của đơn vị trong sổ văn bản; hãy thêm văn bản trước.")
        else:
            data["decision"] = None

    def assign(self, obj, data):
        super().assign(obj, data)
        obj.decision = data.get("decision")
        obj.pledge = data.get("pledge")
        obj.initiative = data.get("initiative")
        obj.status = data.get("status") or AwardStatus.PROPOSED
        if obj.nominee_kind == NomineeKind.COLLECTIVE:
            obj.member = None
        else:
            obj.nominee_unit = None

    def from_import(self, importer, values):
        data = {**values, "unit": unit_by_code(importer, values["unit"], "đơn vị đề nghị")}
        if values.get("nominee_unit"):
            queryset = Unit.objects.filter(code=values["nominee_unit"].strip().upper())
            data["nominee_unit"] = (importer.scope.filter(queryset) if importer.scope else queryset).first()
            if data["nominee_unit"] is None:
                raise ValueError(f"Không tìm thấy tập thể có mã “{values['nominee_unit']}” trong phạm vi của bạn.")
        if values.get("member"):
            try:
                data["member"] = _member(importer.scope, int(values["member"]))
            except ValueError:
                data["member"] = None
            if data["member"] is None:
                raise ValueError(f"Không tìm thấy đảng viên mã số “{values['member']}” trong phạm vi của bạn.")
        return data
