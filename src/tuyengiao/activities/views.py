"""The activities overview (six registers' figures for a unit and a year), which grassroots
committees have or have not held a conference on a topic, and overdue recommendations."""

import datetime

from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from tuyengiao.activities.figures import held_prefixes, period_figures, period_figures_by_child
from tuyengiao.activities.models import Conference
from tuyengiao.activities.registers import REGISTERS
from tuyengiao.activities.registers.conferences import rate_text
from tuyengiao.activities.registers.inspections import overdue_recommendations
from tuyengiao.core.tables import Col, Table
from tuyengiao.core.views import ScopedView
from tuyengiao.org.models import GRASSROOTS_KINDS, Unit
from tuyengiao.org.tree import subtree_q
from tuyengiao.screening.normalize import canonical


def _unit_and_year(view) -> tuple[Unit | None, int, str]:
    """The unit asked for (?unit=CODE, within the scope's subtree reading) and year; else an error."""
    scope, get = view.scope, view.request.GET
    year = int(get["year"]) if get.get("year", "").isdigit() and 1990 <= int(get["year"]) <= 2100 \
        else timezone.localdate().year
    code = get.get("unit", "").strip().upper()
    if code:
        unit = Unit.objects.filter(code=code).first()
        if unit is None or not scope.reads_subtree(unit):
            return None, year, f"Không tìm thấy đơn vị có mã “{code}” trong phạm vi của bạn."
        return unit, year, ""
    roots = [u for u in scope.root_units() if scope.reads_subtree(u)]
    # A clerk reads their own unit's rows, not a subtree: the registers, without subtree figures.
    return (roots[0] if roots else None), year, ""


class OverviewView(ScopedView):
    def get(self, request):
        unit, year, error = _unit_and_year(self)
        context = {"registers": REGISTERS, "year": year, "unit": unit, "error": error,
                   "years": range(timezone.localdate().year, timezone.localdate().year - 5, -1)}
        if unit is not None:
            start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
            figures = period_figures(unit, start, end)
            children = period_figures_by_child(unit, start, end)
            names = dict(Unit.objects.filter(code__in=children).values_list("code", "name"))
            context.update({
                "f": figures, "rate": rate_text(figures["conferences"]["attendees"], figures["conferences"]["expected"]),
                "children": [(code, names.get(code, code), data,
                              rate_text(data["conferences"]["attendees"], data["conferences"]["expected"]))
                             for code, data in children.items()],
                "query": f"?unit={unit.code}&year={year}",
            })
        return render(request, "activities/overview.html", context)


class CoverageView(ScopedView):
    """"116/121 cấp ủy cơ sở": grassroots units under a unit that organised or hosted a bridge
    point of a conference on the chosen topic in the year, and those that did not."""

    def get(self, request):
        unit, year, error = _unit_and_year(self)
        topics, held, missing, topic = [], [], [], request.GET.get("topic", "")
        if unit is not None:
            conferences = Conference.objects.filter(subtree_q(unit.path, "unit__path"), date__year=year)
            topics = list(conferences.order_by("topic_key").values_list("topic_key", "topic").distinct())
            topics = list(dict(topics).items())
            key = canonical(topic) if topic else (topics[0][0] if topics else "")
            topic = dict(topics).get(key, topic)
            prefixes = held_prefixes(conferences.filter(topic_key=key))
            grassroots = Unit.objects.filter(subtree_q(unit.path), kind__in=GRASSROOTS_KINDS).filter(
                Q(active_to__isnull=True) | Q(active_to__gte=datetime.date(year, 12, 31)),
                active_from__lte=datetime.date(year, 12, 31)).order_by("path")
            for candidate in grassroots:
                (held if candidate.path in prefixes else missing).append(candidate)
        return render(request, "activities/coverage.html", {
            "unit": unit, "year": year, "error": error, "topics": topics, "topic": topic, "held": held,
            "missing": missing, "total": len(held) + len(missing)})


OVERDUE_TABLE = Table([
    Col("Kiến nghị", lambda r: r.text, 50),
    Col("Hạn thực hiện", lambda r: r.due_date, 12, css="nowrap"),
    Col("Cuộc kiểm tra, giám sát", lambda r: r.inspection.title, 40,
        link=lambda r: reverse("activities:inspections_detail", args=[r.inspection_id])),
    Col("Đơn vị kiểm tra", lambda r: r.inspection.unit.name, 30, css="hide-sm"),
])


class OverdueView(ScopedView):
    def get(self, request):
        recommendations = overdue_recommendations(self.scope)
        if request.GET.get("format") == "xlsx":
            return OVERDUE_TABLE.xlsx_response("Kiến nghị quá hạn", recommendations.iterator(), "kien-nghi-qua-han")
        rows = list(recommendations[:500])
        return render(request, "activities/overdue.html", {
            "rows": OVERDUE_TABLE.html_rows(rows), "table": OVERDUE_TABLE, "count": recommendations.count()})


overview = OverviewView.as_view()
coverage = CoverageView.as_view()
overdue = OverdueView.as_view()
