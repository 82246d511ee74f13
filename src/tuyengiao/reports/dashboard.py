"""The dashboard of a unit's subtree for a year: key figures and charts per direct child unit.

Every number is a figure of `tuyengiao stats` (``core.figures.collect``, one computation for the
unit and its children) or of the registration tracking for the past years' trend; every bar and
number links to the page listing the rows it counts (names, flagged pledges, reports, models).
"""

import datetime

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from tuyengiao.core.figure_labels import labeller
from tuyengiao.core.figures import collect
from tuyengiao.core.formats import vn_number, vn_percent
from tuyengiao.core.views import ScopedView
from tuyengiao.org.models import Unit
from tuyengiao.pledges import tracking
from tuyengiao.pledges.figures import pledge_figures
from tuyengiao.reports import charts, submissions
from tuyengiao.reports.charts import Bar, Part
from tuyengiao.reports.periods import Period
from tuyengiao.reports.views import _unit_for_report

TREND_YEARS = 4
ON_TIME, LATE = Part(0, "bar-main", "gửi đúng hạn"), Part(0, "bar-late", "gửi muộn")
FLAGGED = Part(0, "bar-warn", "có cảnh báo hình thức")
DONE = Part(0, "bar-ok", "tỷ lệ việc hoàn thành")
REGISTERED = Part(0, "bar-main", "tỷ lệ cá nhân đã đăng ký")
REPORTED = Part(0, "bar-main", "báo cáo đúng hạn")
ATTENDED = Part(0, "bar-main", "người tham dự / được triệu tập")


def _year(request) -> int:
    text = request.GET.get("year", "")
    return int(text) if text.isdigit() and 2000 <= int(text) <= 2100 else timezone.localdate().year


def _names(campaign, unit: Unit, kind: str, status: str) -> str:
    return f"{reverse('pledges:names', args=[campaign.pk])}?unit={unit.pk}&kind={kind}&status={status}"


def _ratio(part: int, whole: int) -> str:
    return f"{vn_number(part)}/{vn_number(whole)} · {vn_percent(part, whole)}"


def _registration_bars(rows, campaign) -> list[Bar]:
    bars = []
    for unit, figures in rows:
        counts = figures["pledges"]["individual"]
        expected = counts["expected"] or 1
        bars.append(Bar(unit.name, _ratio(counts["submitted"], counts["expected"]),
                        _names(campaign, unit, "individual", "submitted"),
                        [Part(counts["on_time"] / expected, "bar-main", "gửi đúng hạn"),
                         Part(counts["late"] / expected, "bar-late", "gửi muộn")]))
    return bars


def _flag_bars(rows, campaign) -> list[Bar]:
    bars = []
    for unit, figures in rows:
        flags = figures.get("flags") or {}
        pledges = flags.get("pledges", 0)
        bars.append(Bar(unit.name, _ratio(flags.get("flagged", 0), pledges),
                        f"{reverse('flags:flagged', args=[campaign.pk])}?unit={unit.pk}",
                        [Part(flags.get("flagged", 0) / (pledges or 1), "bar-warn", "có cảnh báo")]))
    return bars


def _completion_bars(rows, campaign) -> list[Bar]:
    bars = []
    for unit, figures in rows:
        counts = figures["pledges"]["individual"]
        bars.append(Bar(unit.name, _ratio(counts["completed_deeds"], counts["deeds"]),
                        f"{reverse('pledges:tracking', args=[campaign.pk])}?unit={unit.pk}",
                        [Part(counts["completed_deeds"] / (counts["deeds"] or 1), "bar-ok", "hoàn thành")]))
    return bars


def _report_bars(rows, call) -> list[Bar]:
    bars = []
    for unit, figures in rows:
        counts = figures["reports"]
        expected = counts["expected"] or 1
        bars.append(Bar(unit.name, _ratio(counts["submitted"], counts["expected"]),
                        f"{reverse('reports:call', args=[call.pk])}?unit={unit.pk}",
                        [Part(counts["on_time"] / expected, "bar-main", "đúng hạn"),
                         Part(counts["late"] / expected, "bar-late", "muộn")]))
    return bars


def _conference_bars(rows, year: int) -> list[Bar]:
    """Attendance against those summoned, per child unit, linked to its conferences of the year."""
    bars = []
    for unit, figures in rows:
        counts = figures["conferences"]
        bars.append(Bar(unit.name, _ratio(counts["attendees"], counts["expected"]),
                        f"{reverse('activities:conferences_list')}?unit={unit.code}&year={year}",
                        [Part(counts["attendees"] / (counts["expected"] or 1), "bar-main", "tham dự")]))
    return bars


def _initiative_chart(unit: Unit, initiatives: dict):
    """The subtree's models by stage, each bar out of all registered, linked to the register."""
    label, total, url = labeller("initiatives"), initiatives["total"], f"{reverse('initiatives:list')}?unit={unit.code}"
    rows = [Bar(label(key).capitalize(), vn_number(value), url, [Part(value / total, css, label(key))])
            for key, value in initiatives.items() if isinstance(value, int)
            for css in ["bar-warn" if key == "name_only" else "bar-main"]]
    return charts.bars("Mô hình", rows)


def _trend(unit: Unit, year: int, current: dict | None):
    """Registration and completion of the individual pledges, year by year; ``current`` is the
    year's own `pledges` section, already computed (each past year costs a tracking computation)."""
    groups = []
    for past in range(year - TREND_YEARS + 1, year + 1):
        campaign = tracking.current_campaign(unit, past)
        if campaign is None or campaign.year != past:
            continue
        counts = (current if past == year and current else pledge_figures(unit, past)["pledges"])["individual"]
        parts = [Part(counts["submitted_rate"] or 0, REGISTERED.css, REGISTERED.label)]
        if counts["assessed_deeds"]:  # before the year-end assessment there is no completion to show
            parts.append(Part(counts["completion_rate"] or 0, DONE.css, DONE.label))
        groups.append((f"Năm {past}", parts, f"{reverse('pledges:tracking', args=[campaign.pk])}?unit={unit.pk}"))
    return groups


def _pledge_part(context: dict, unit: Unit, rows, campaign, pledges: dict) -> None:
    """Registration, formalism flags and year-end completion: cards' links and charts."""
    with_pledges = [(u, f) for u, f in rows if f.get("pledges")]
    context["charts"] += [
        ("Tỷ lệ cá nhân đã gửi bản đăng ký, theo đơn vị trực thuộc",
         charts.bars("Tỷ lệ đăng ký", _registration_bars(with_pledges, campaign), legend=[ON_TIME, LATE])),
        ("Bản đăng ký có cảnh báo bệnh hình thức",
         charts.bars("Cảnh báo hình thức", _flag_bars([(u, f) for u, f in with_pledges if f.get("flags")], campaign),
                     legend=[FLAGGED])),
    ]
    if pledges["individual"]["assessed_deeds"]:
        context["charts"].append(("Việc đăng ký đã hoàn thành (đánh giá cuối năm)",
                                  charts.bars("Hoàn thành", _completion_bars(with_pledges, campaign), legend=[DONE])))
    statuses = ("submitted", "missing", "late", "expected")
    context["links"] = {kind: {status: _names(campaign, unit, kind, status) for status in statuses}
                        for kind in ("individual", "collective")}
    context["flags_url"] = f"{reverse('flags:flagged', args=[campaign.pk])}?unit={unit.pk}"
    context["tracking_url"] = f"{reverse('pledges:tracking', args=[campaign.pk])}?unit={unit.pk}"


def dashboard_context(unit: Unit, year: int) -> dict:
    figures = collect(unit, year, by_child=True)
    children = figures.get("children") or {}
    units = {u.code: u for u in Unit.objects.filter(code__in=list(children))}
    rows = [(units[code], child) for code, child in children.items()]
    campaign = tracking.current_campaign(unit, year)
    campaign = campaign if campaign is not None and campaign.year == year else None
    context = {"unit": unit, "year": year, "figures": figures, "campaign": campaign, "charts": [],
               "as_at": datetime.date.fromisoformat(figures["as_at"])}
    if campaign is not None and figures.get("pledges"):
        _pledge_part(context, unit, rows, campaign, figures["pledges"])
    calls = [call for half in (None, 2, 1) for call in submissions.calls_for(unit, Period(year, half))]
    if figures.get("reports") and calls:
        context["call"] = calls[0]
        context["charts"].append(("Báo cáo định kỳ đã gửi lên cấp trên", charts.bars(
            "Báo cáo định kỳ", _report_bars([(u, f) for u, f in rows if f.get("reports")], calls[0]),
            legend=[REPORTED, Part(0, "bar-late", "muộn")])))
    with_conferences = [(u, f) for u, f in rows if f.get("conferences", {}).get("expected")]
    if with_conferences:
        context["charts"].append(("Hội nghị học tập, quán triệt: tỷ lệ tham dự", charts.bars(
            "Tỷ lệ tham dự", _conference_bars(with_conferences, year), legend=[ATTENDED])))
    if figures.get("initiatives", {}).get("total"):
        context["charts"].append(("Mô hình học tập và làm theo Bác", _initiative_chart(unit, figures["initiatives"])))
    trend = _trend(unit, year, figures.get("pledges"))
    if len(trend) > 1:
        context["charts"].append(("Qua các năm", charts.columns("Qua các năm", trend, legend=[REGISTERED, DONE])))
    return context


class DashboardView(ScopedView):
    def get(self, request, pk):
        unit = _unit_for_report(self)
        context = dashboard_context(unit, _year(request))
        context["initiatives_url"] = f"{reverse('initiatives:list')}?unit={unit.code}"
        return render(request, "reports/dashboard.html", context)


dashboard = DashboardView.as_view()
