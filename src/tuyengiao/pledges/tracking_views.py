"""Tracking pages: figures per child unit, drill-down to names, who has not submitted, review queue."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from tuyengiao.core.tables import Col, Table
from tuyengiao.core.views import ScopedView
from tuyengiao.org.models import Unit
from tuyengiao.pledges import permissions, tracking
from tuyengiao.pledges.access import can_track, default_unit, visible_campaigns
from tuyengiao.pledges.models import OwnerKind, Pledge, PledgeState

SORTS = {
    "name": ("Tên đơn vị", lambda row: row["unit"].name),
    "collective_rate": ("Tỷ lệ tập thể đã gửi", lambda row: row["collective"].submitted_rate or 0),
    "individual_rate": ("Tỷ lệ cá nhân đã gửi", lambda row: row["individual"].submitted_rate or 0),
    "missing": ("Số cá nhân chưa nộp", lambda row: -row["individual"].missing),
    "late": ("Số nộp muộn", lambda row: -(row["individual"].late + row["collective"].late)),
}
STATUSES = {
    "expected": "phải đăng ký", "submitted": "đã gửi", "on_time": "gửi đúng hạn", "late": "gửi muộn",
    "missing": "chưa nộp", "pending": "chờ duyệt", "returned": "bị trả lại", "accepted": "đã duyệt",
}


class CampaignScopedView(ScopedView):
    def load(self):
        self.campaign = get_object_or_404(visible_campaigns(self.scope).select_related("unit", "theme"),
                                           pk=self.kwargs["campaign"])
        unit_id = self.request.GET.get("unit", "")
        if unit_id.isdigit():
            unit = get_object_or_404(self.scope.filter(Unit.objects.all()), pk=int(unit_id))
        else:
            unit = default_unit(self.scope, self.campaign)
            if unit is None:
                raise PermissionDenied("Bạn không theo dõi được đợt đăng ký này.")
        if not can_track(self.scope, unit) or not unit.path.startswith(self.campaign.unit.path):
            raise PermissionDenied("Bạn không theo dõi được đơn vị này.")
        self.unit = unit
        return self.campaign, unit

    def base_context(self):
        return {"campaign": self.campaign, "unit": self.unit, "ancestors": [
            u for u in self.unit.ancestors() if can_track(self.scope, u) and u.path.startswith(self.campaign.unit.path)
        ]}


class TrackingView(CampaignScopedView):
    def get(self, request, campaign):
        campaign, unit = self.load()
        figures = tracking.compute(campaign, unit)
        rows = [{"unit": child, **counts} for child, counts in figures.children]
        sort = request.GET.get("sort", "name")
        key = SORTS.get(sort, SORTS["name"])[1]
        rows.sort(key=key, reverse=sort.endswith("_rate"))
        own = figures.own
        return render(request, "pledges/tracking.html", {
            **self.base_context(), "figures": figures, "rows": rows, "sort": sort, "sorts": SORTS,
            "own": own, "has_own": any(own[k].expected for k in tracking.KINDS),
        })


def _member_rows(campaign, unit):
    stays = list(tracking.expected_members(campaign, unit).select_related("member", "to_unit")
                 .order_by("to_unit__path", "member__sort_key"))
    pledges = {p.member_id: p for p in Pledge.objects.filter(
        campaign=campaign, owner_kind=OwnerKind.INDIVIDUAL, member_id__in=[s.member_id for s in stays])}
    return [{"name": s.member.full_name, "position": s.member.position, "unit": s.to_unit, "campaign": campaign,
             "pledge": pledges.get(s.member_id), "member": s.member} for s in stays]


def _unit_rows(campaign, unit):
    units = list(tracking.expected_units(campaign, unit).order_by("path"))
    pledges = {p.unit_id: p for p in Pledge.objects.filter(campaign=campaign, owner_kind=OwnerKind.COLLECTIVE,
                                                            unit__in=units)}
    return [{"name": u.name, "position": u.get_kind_display(), "unit": u.parent or u, "pledge": pledges.get(u.pk),
             "owner_unit": u, "campaign": campaign} for u in units]


def status_matches(status: str, pledge) -> bool:
    sent = pledge is not None and pledge.first_submitted_at is not None
    return {
        "expected": True, "submitted": sent, "on_time": sent and not pledge.late, "late": sent and pledge.late,
        "missing": not sent, "pending": sent and pledge.state == PledgeState.SUBMITTED,
        "returned": sent and pledge.state == PledgeState.RETURNED, "accepted": sent and pledge.state == PledgeState.ACCEPTED,
    }[status]


def _state(row) -> str:
    pledge = row["pledge"]
    if pledge is None:
        return "Chưa đăng ký"
    if pledge.first_submitted_at is None:
        return "Đang soạn, chưa gửi"
    return pledge.get_state_display() + (" (nộp muộn)" if pledge.late else "")


def _row_link(row) -> str:
    if row["pledge"]:
        return reverse("pledges:pledge", args=[row["pledge"].pk])
    if "member" in row:
        return reverse("pledges:edit_member", args=[row["campaign"].pk, row["member"].pk])
    return reverse("pledges:edit_unit", args=[row["campaign"].pk, row["owner_unit"].pk])


NAMES_TABLE = Table([
    Col("Họ và tên / Đơn vị", lambda r: r["name"], 30, link=_row_link),
    Col("Chức vụ / Loại hình", lambda r: r["position"], 28),
    Col("Nơi sinh hoạt / Cấp trên", lambda r: r["unit"].name, 30),
    Col("Tình trạng", _state, 24),
    Col("Ngày gửi", lambda r: r["pledge"].first_submitted_at if r["pledge"] else None, 16),
])


class NamesView(CampaignScopedView):
    """The people or units behind a figure: ?kind=individual|collective&status=missing ..."""

    def get(self, request, campaign):
        campaign, unit = self.load()
        kind = request.GET.get("kind", "individual")
        kind = kind if kind in (OwnerKind.INDIVIDUAL, OwnerKind.COLLECTIVE) else OwnerKind.INDIVIDUAL
        status = request.GET.get("status", "expected")
        status = status if status in STATUSES else "expected"
        rows = _member_rows(campaign, unit) if kind == OwnerKind.INDIVIDUAL else _unit_rows(campaign, unit)
        rows = [row for row in rows if status_matches(status, row["pledge"])]
        noun = "cá nhân" if kind == OwnerKind.INDIVIDUAL else "tập thể"
        title = f"{noun.capitalize()} {STATUSES[status]} – {unit.name} – năm {campaign.year}"
        if request.GET.get("format") == "xlsx":
            return NAMES_TABLE.xlsx_response(title, rows, f"dang-ky-{campaign.year}-{status}", subtitle=title)
        page = Paginator(rows, 100).get_page(request.GET.get("page"))
        return render(request, "pledges/names.html", {
            **self.base_context(), "title": title, "page": page, "noun": noun, "kind": kind, "status": status,
            "statuses": STATUSES, "table": NAMES_TABLE, "rows": NAMES_TABLE.html_rows(page.object_list, page.start_index()),
        })


class OverdueView(CampaignScopedView):
    def get(self, request, campaign):
        campaign, unit = self.load()
        groups = tracking.overdue(campaign, unit)
        people = sum(len(entry["members"]) for entry in groups.values())
        units = sum(1 for entry in groups.values() if entry["unit"])
        return render(request, "pledges/overdue.html", {**self.base_context(), "groups": groups,
                                                        "people": people, "units": units})


class ReviewQueueView(CampaignScopedView):
    """Pledges waiting for this user's review."""

    def get(self, request, campaign):
        self.campaign = get_object_or_404(visible_campaigns(self.scope).select_related("unit", "theme"),
                                          pk=self.kwargs["campaign"])
        waiting = Pledge.objects.filter(campaign=self.campaign, state=PledgeState.SUBMITTED).select_related(
            "member", "unit", "unit__parent")
        candidates = self.scope.filter(waiting) | waiting.filter(
            owner_kind=OwnerKind.COLLECTIVE, unit__parent__in=self.scope.filter(Unit.objects.all()))
        pledges = [p for p in candidates.order_by("unit__path", "submitted_at")[:500]
                   if permissions.can_review(self.scope, p)]
        return render(request, "pledges/review_queue.html", {"campaign": self.campaign, "pledges": pledges})


tracking_page = TrackingView.as_view()
names = NamesView.as_view()
overdue = OverdueView.as_view()
review_queue = ReviewQueueView.as_view()
