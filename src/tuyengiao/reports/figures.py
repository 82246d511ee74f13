"""The `reports.*` figures of `tuyengiao stats`: periodic reports owed, received, on time, late
and missing over a unit's subtree, for every reporting period of the year (docs/stats.md)."""

from django.db.models import Q

from tuyengiao.core.figures import register
from tuyengiao.org.models import Unit
from tuyengiao.org.tree import SEGMENT, subtree_q
from tuyengiao.reports import submissions
from tuyengiao.reports.models import ReportCall
from tuyengiao.reports.periods import Period


def latest_year(unit: Unit) -> int | None:
    """The latest year with a call above, at or below the unit."""
    ancestors = [unit.path[:end] for end in range(SEGMENT, len(unit.path) + 1, SEGMENT)]
    periods = ReportCall.objects.filter(Q(unit__path__in=ancestors) | subtree_q(unit.path, "unit__path"))
    years = [int(code[:4]) for code in periods.values_list("period", flat=True)]
    return max(years) if years else None


def _year_results(unit: Unit, year: int | None):
    year = year or latest_year(unit)
    if year is None:
        return None, []
    periods = (Period(year, 1), Period(year, 2), Period(year))
    return year, [submissions.compute(calls, unit)
                  for period in periods if (calls := submissions.calls_for(unit, period))]


def report_figures(unit: Unit | None, year: int | None) -> dict:
    """{"reports": {"year", "expected", ...}}, or {} when no call covers the subtree that year."""
    roots = [unit] if unit is not None else list(Unit.objects.filter(parent__isnull=True))
    total, found = submissions.Counts(), None
    for root in roots:
        root_year, results = _year_results(root, year)
        for result in results:
            total.add(result.total)
            found = root_year
    if found is None:
        return {}
    return {"reports": {"year": found, **total.as_dict()}}


def report_figures_by_child(unit: Unit, year: int | None) -> dict[str, dict]:
    found, results = _year_results(unit, year)
    children: dict[str, submissions.Counts] = {}
    for result in results:
        for child, counts in result.children:
            children.setdefault(child.code, submissions.Counts()).add(counts)
    return {code: {"reports": {"year": found, **counts.as_dict()}} for code, counts in children.items()}


register("reports", report_figures, by_child=report_figures_by_child, order=300, title="Báo cáo định kỳ", labels={
    "expected": "phải gửi", "submitted": "đã gửi", "on_time": "đúng hạn", "late": "gửi muộn", "missing": "chưa gửi",
    "reporting_rate": "tỷ lệ đã gửi", "on_time_rate": "tỷ lệ đúng hạn",
})
