"""Pledges collected on paper, typed into a template prefilled with the cell's members."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from tuyengiao.accounts.scope import Scope
from tuyengiao.core.imports import Field, Importer, parse_date
from tuyengiao.org.models import Unit
from tuyengiao.people.models import Member, Status
from tuyengiao.pledges.models import Campaign, Pledge
from tuyengiao.pledges.services import save_pledge, submit_pledge


def parse_id(text: str) -> int:
    try:
        return int(float(text))
    except ValueError:
        raise ValueError(f"Mã số “{text}” không đúng; đừng sửa cột này trong tệp mẫu.") from None


DEED_COLUMNS = [("action", "việc làm", 50), ("target", "chỉ tiêu, kết quả", 30), ("timeframe", "thời gian", 18),
                ("duty", "gắn với nhiệm vụ", 30)]


class PledgeImporter(Importer):
    kind = "pledges"
    title = "bản đăng ký làm theo Bác của đảng viên"
    params = ("campaign", "unit")
    fields = [
        Field("member_id", "Mã số", required=True, parse=parse_id, width=9,
              help="Mã số đảng viên trong hệ thống (có sẵn trong tệp mẫu; không sửa)"),
        Field("full_name", "Họ và tên", width=26, help="Để đối chiếu; hệ thống nhận người theo Mã số"),
        *[Field(f"{key}_{n}", f"Việc {n}: {label}", required=(key == "action" and n == 1), width=width)
          for n in (1, 2) for key, label, width in DEED_COLUMNS],
        Field("submitted_on", "Ngày nộp", parse=parse_date, width=12,
              help="Ngày đảng viên nộp bản giấy; để trống là ngày nhập. Nộp sau hạn được ghi là nộp muộn."),
    ]

    def _campaign_and_unit(self) -> tuple[Campaign | None, Unit | None]:
        campaign = Campaign.objects.select_related("unit").filter(pk=self.values.get("campaign") or 0).first() \
            if str(self.values.get("campaign", "")).isdigit() else None
        unit = Unit.objects.filter(code=self.values.get("unit", "")).first()
        return campaign, unit

    def check_params(self) -> str:
        campaign, unit = self._campaign_and_unit()
        if campaign is None or unit is None:
            return "Hãy mở trang nhập từ trang đợt đăng ký của chi bộ (thiếu đợt đăng ký hoặc đơn vị)."
        if self.actor.user is not None and not Scope(self.actor.user).covers(unit):
            return "Bạn không có quyền nhập bản đăng ký cho đơn vị này."
        if not unit.path.startswith(campaign.unit.path):
            return "Đơn vị không thuộc phạm vi của đợt đăng ký."
        return ""

    def template_rows(self) -> list[dict]:
        campaign, unit = self._campaign_and_unit()
        if campaign is None or unit is None:
            return []
        done = set(Pledge.objects.filter(campaign=campaign, member__unit=unit, first_submitted_at__isnull=False)
                   .values_list("member_id", flat=True))
        members = Member.objects.filter(unit=unit, status=Status.ACTIVE).exclude(pk__in=done)
        return [{"member_id": m.pk, "full_name": m.full_name} for m in members]

    def skip(self, raw: dict[str, str]) -> bool:
        return not any(raw[f"{key}_{n}"] for n in (1, 2) for key, _, _ in DEED_COLUMNS)

    def prepare(self) -> None:
        self.campaign, self.unit = self._campaign_and_unit()

    def write_row(self, values: dict, row: int):
        member = Member.objects.filter(pk=values["member_id"], unit=self.unit).first()
        if member is None:
            raise ValidationError(f"Mã số {values['member_id']} không phải đảng viên của {self.unit.name}.")
        deeds = [{key: values.get(f"{key}_{n}") or "" for key, _, _ in DEED_COLUMNS} for n in (1, 2)]
        pledge = save_pledge(self.actor, campaign=self.campaign, member=member, deeds=deeds)
        when = values.get("submitted_on")
        now = timezone.make_aware(datetime.datetime.combine(when, datetime.time(12))) if when else None
        return submit_pledge(self.actor, pledge, now=now)

    def describe(self, pledge) -> list[str]:
        deeds = list(pledge.deeds.all()) + [None]
        cells = [str(pledge.member_id), pledge.member.full_name]
        for deed in deeds[:2]:
            cells += [getattr(deed, key, "") if deed else "" for key, _, _ in DEED_COLUMNS]
        cells.append("Nộp muộn" if pledge.late else "Đúng hạn")
        return cells


IMPORTERS = [PledgeImporter]
