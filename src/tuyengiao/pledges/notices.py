"""Home-page notices: what of the user's own is overdue in the current campaign."""

import datetime

from django.urls import reverse
from django.utils import timezone

from tuyengiao.accounts.scope import Scope
from tuyengiao.core.formats import vn_date, vn_number
from tuyengiao.org.models import Unit
from tuyengiao.people.models import Member
from tuyengiao.pledges import tracking
from tuyengiao.pledges.models import Pledge


def notices(scope: Scope, today: datetime.date | None = None) -> list[dict]:
    today = today or timezone.localdate()
    found = []
    for unit in Unit.objects.filter(pk__in=list(scope.clerk_units)):
        campaign = tracking.current_campaign(unit)
        if campaign is None or campaign.is_closed:
            continue
        entry = tracking.overdue(campaign, unit).get(unit)
        if not entry:
            continue
        past = today > campaign.registration_deadline
        parts = []
        if entry["unit"]:
            parts.append("bản đăng ký tập thể của đơn vị")
        if entry["members"]:
            parts.append(f"{vn_number(len(entry['members']))} đảng viên")
        found.append({
            "level": "warn" if past else "info",
            "text": (f"{unit.name}: {' và '.join(parts)} chưa nộp bản đăng ký làm theo Bác năm {campaign.year} "
                     f"({'đã quá' if past else 'hạn'} {vn_date(campaign.registration_deadline)})."),
            "url": reverse("pledges:overdue", args=[campaign.pk]) + f"?unit={unit.pk}",
            "link": "Xem danh sách",
        })
    for member in Member.objects.filter(pk__in=scope.member_ids).select_related("unit"):
        campaign = tracking.current_campaign(member.unit)
        if campaign is None or campaign.is_closed:
            continue
        pledge = Pledge.objects.filter(campaign=campaign, member=member).first()
        if pledge is not None and pledge.first_submitted_at and pledge.state != "returned":
            continue
        text = ("Bản đăng ký của đồng chí bị trả lại để sửa." if pledge and pledge.state == "returned"
                else f"Đồng chí chưa gửi bản đăng ký làm theo Bác năm {campaign.year} "
                     f"(hạn {vn_date(campaign.registration_deadline)}).")
        found.append({"level": "warn", "text": text, "url": reverse("pledges:mine", args=[campaign.pk]),
                      "link": "Viết, sửa bản đăng ký"})
    return found
