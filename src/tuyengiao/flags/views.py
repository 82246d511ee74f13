"""Screening pages: flags per child unit of a campaign, the flagged pledges behind a figure,
dismissing a flag, and the administrators' stock-phrase list."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import messages_of
from tuyengiao.core.tables import Col, Table
from tuyengiao.core.views import ScopedView
from tuyengiao.flags import figures, services
from tuyengiao.flags.models import CODE_LABELS, SHORT_LABELS, Flag
from tuyengiao.org.lineage import Lineage
from tuyengiao.pledges.models import Pledge
from tuyengiao.pledges.tracking import subtree_or_merged_q
from tuyengiao.pledges.tracking_views import CampaignScopedView
from tuyengiao.pledges.views import PledgeDetailView

SORTS = {
    "name": "Tên đơn vị",
    "clean_share": "Tỷ lệ không có cảnh báo (thấp trước)",
    "flagged": "Số bản có cảnh báo",
}


class CampaignFlagsView(CampaignScopedView):
    def get(self, request, campaign):
        campaign, unit = self.load()
        found = figures.buckets(campaign, unit)
        rows = figures.by_child(campaign, unit, found)
        sort = request.GET.get("sort", "name")
        sort = sort if sort in SORTS else "name"
        if sort == "clean_share":
            rows.sort(key=lambda row: (row[1].clean_share if row[1].clean_share is not None else 2, row[0].name))
        elif sort == "flagged":
            rows.sort(key=lambda row: (-row[1].flagged, row[0].name))
        else:
            rows.sort(key=lambda row: row[0].name)
        return render(request, "flags/campaign.html", {
            **self.base_context(), "rows": rows, "total": figures.total(found), "own": found.get(""),
            "unscreened": figures.submitted(campaign).filter(
                subtree_or_merged_q("unit__path", "unit_id", unit, Lineage()), screened__isnull=True).count(),
            "codes": CODE_LABELS, "short": SHORT_LABELS, "sort": sort, "sorts": SORTS, "is_admin": self.scope.is_admin,
        })


def flagged_pledges(campaign, unit, code: str | None):
    """Submitted pledges of the campaign in ``unit``'s subtree (merged-away units included) with an
    open flag (of ``code``)."""
    flags = figures.open_flags(campaign)
    if code:
        flags = flags.filter(code=code)
    return (Pledge.objects.filter(subtree_or_merged_q("unit__path", "unit_id", unit, Lineage()),
                                  id__in=flags.values("pledge_id"))
            .select_related("member", "unit").order_by("unit__path", "member__sort_key", "id"))


def _flag_text(pledge) -> str:
    return "; ".join(flag.label for flag in pledge.open_flags)


FLAGGED_TABLE = Table([
    Col("Người / đơn vị đăng ký", lambda p: p.owner_name, 28, link=lambda p: reverse("pledges:pledge", args=[p.pk])),
    Col("Loại", lambda p: p.get_owner_kind_display(), 10),
    Col("Nơi sinh hoạt", lambda p: p.unit.name, 30),
    Col("Cảnh báo", _flag_text, 36),
    Col("Lý do", lambda p: " ".join(flag.message for flag in p.open_flags), 60, html=False),
])


class FlaggedListView(CampaignScopedView):
    """The pledges behind a figure: ?unit=…&code=vague (no code: any open flag)."""

    def get(self, request, campaign):
        campaign, unit = self.load()
        code = request.GET.get("code", "")
        code = code if code in CODE_LABELS else ""
        pledges = flagged_pledges(campaign, unit, code)
        label = CODE_LABELS[code].lower() if code else "có cảnh báo"
        title = f"Bản đăng ký {label} – {unit.name} – năm {campaign.year}"

        def attach(objects):
            objects = list(objects)
            by_pledge = {}
            for flag in Flag.objects.filter(pledge__in=objects, current=True, status=Flag.Status.OPEN):
                by_pledge.setdefault(flag.pledge_id, []).append(flag)
            for pledge in objects:
                pledge.open_flags = by_pledge.get(pledge.pk, [])
            return objects

        if request.GET.get("format") == "xlsx":
            return FLAGGED_TABLE.xlsx_response(title, attach(pledges[:50_000]), f"canh-bao-{campaign.year}",
                                               subtitle=title)
        page = Paginator(pledges, 100).get_page(request.GET.get("page"))
        rows = FLAGGED_TABLE.html_rows(attach(page.object_list), page.start_index())
        return render(request, "flags/flagged.html", {
            **self.base_context(), "title": title, "page": page, "code": code, "codes": CODE_LABELS,
            "table": FLAGGED_TABLE, "rows": rows,
        })


class DismissView(PledgeDetailView):
    """POST: dismiss one flag of a pledge the user may review, with a reason."""

    def get(self, request, *args, **kwargs):
        return redirect("pledges:pledge", pk=self.get_pledge().pk)

    def post(self, request, *args, **kwargs):
        pledge = self.get_pledge()
        flag = get_object_or_404(Flag.objects.filter(pledge=pledge), pk=self.kwargs["flag"])
        try:
            services.dismiss_flag(Actor.from_request(request), flag, request.POST.get("reason", ""))
        except ValidationError as error:
            for message in messages_of(error):
                messages.error(request, message)
        else:
            messages.success(request, f"Đã bỏ qua cảnh báo “{flag.label}”.")
        return redirect(reverse("pledges:pledge", args=[pledge.pk]) + "#canh-bao")


class StockPhrasesView(ScopedView):
    def check_access(self):
        if not self.scope.is_admin:
            raise PermissionDenied("Chỉ quản trị hệ thống sửa được danh sách cụm từ sáo rỗng.")

    def show(self, request, text, errors=(), status=200):
        return render(request, "flags/phrases.html", {"text": text, "errors": errors}, status=status)

    def get(self, request):
        return self.show(request, "\n".join(services.stock_phrases()))

    def post(self, request):
        text = request.POST.get("phrases", "")
        try:
            phrases = services.set_stock_phrases(Actor.from_request(request), text)
        except ValidationError as error:
            return self.show(request, text, messages_of(error), status=400)
        messages.success(request, f"Đã lưu {len(phrases)} cụm từ. Các bản đăng ký mới sẽ được kiểm tra theo danh "
                                  "sách này; chạy lại sàng lọc đợt đăng ký để áp dụng cho bản đã có.")
        return redirect("flags:phrases")


campaign_flags = CampaignFlagsView.as_view()
flagged = FlaggedListView.as_view()
dismiss = DismissView.as_view()
phrases = StockPhrasesView.as_view()
