"""Report submissions up the tree, counted from rows as DHIS2 counts them.

For a call and any unit in its subtree: *expected* are the units of the call's kinds active on
the deadline (the calling unit itself owes nothing: it receives), *submitted* those with a
submission row, *on time* those received by the deadline plus the allowed days, *late* the rest
of the submitted, *missing* expected minus submitted. Rates are over expected. Every figure is a
GROUP BY over the unit tree's path prefix (``core.figures.Rollup``), per direct child and per
kind, so the children sum to the parent; units merged away count in their successor.
"""

import datetime
from dataclasses import asdict, dataclass, field

from django.db.models import Count, Q

from tuyengiao.core.figures import Rollup
from tuyengiao.org.models import KIND_TIER, Unit
from tuyengiao.org.tree import SEGMENT, subtree_q
from tuyengiao.reports.models import ReportCall, ReportSubmission
from tuyengiao.reports.periods import Period

TIERS = {1: "province", 2: "upper", 3: "grassroots", 4: "cell"}
TIER_LABELS = {"province": "Cấp tỉnh", "upper": "Cấp trên cơ sở", "grassroots": "Cơ sở", "cell": "Chi bộ trực thuộc"}


@dataclass
class Counts:
    expected: int = 0
    submitted: int = 0
    on_time: int = 0

    @property
    def late(self) -> int:
        return self.submitted - self.on_time

    @property
    def missing(self) -> int:
        return self.expected - self.submitted

    @property
    def reporting_rate(self) -> float | None:
        return self.submitted / self.expected if self.expected else None

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.expected if self.expected else None

    def add(self, other: "Counts") -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)

    def as_dict(self) -> dict:
        rate = lambda value: round(value, 4) if value is not None else None  # noqa: E731
        return {**asdict(self), "late": self.late, "missing": self.missing,
                "reporting_rate": rate(self.reporting_rate), "on_time_rate": rate(self.on_time_rate)}


@dataclass
class Result:
    unit: Unit
    calls: list[ReportCall]
    total: Counts = field(default_factory=Counts)
    own: Counts = field(default_factory=Counts)
    children: list[tuple[Unit, Counts]] = field(default_factory=list)
    by_tier: dict[str, Counts] = field(default_factory=lambda: {key: Counts() for key in TIERS.values()})


def expected_units(call: ReportCall, root: Unit):
    """The units that owe a report of ``call`` within ``root``'s subtree."""
    deadline = call.deadline
    return (Unit.objects.filter(subtree_q(call.unit.path), subtree_q(root.path), kind__in=call.reporter_kinds,
                                active_from__lte=deadline)
            .filter(Q(active_to__isnull=True) | Q(active_to__gte=deadline)).exclude(pk=call.unit_id))


def calls_for(unit: Unit, period: Period) -> list[ReportCall]:
    """The calls of ``period`` that cover part of ``unit``'s subtree: the call at the unit or the
    nearest unit above it, else every call opened below it (calls never overlap in a chain)."""
    ancestors = [unit.path[:end] for end in range(SEGMENT, len(unit.path) + 1, SEGMENT)]
    calls = ReportCall.objects.filter(period=period.code).select_related("unit")
    above = calls.filter(unit__path__in=ancestors).order_by("-unit__level").first()
    return [above] if above else list(calls.filter(subtree_q(unit.path, "unit__path")).order_by("unit__path"))


def compute(calls: list[ReportCall], root: Unit) -> Result:
    """Expected, submitted and on-time reports of ``calls`` within ``root``, per direct child and tier."""
    result = Result(unit=root, calls=calls)
    buckets: dict[str, Counts] = {}
    rollup = Rollup(root)
    for call in calls:
        units = expected_units(call, root)
        expected = rollup.count(units, path="path", unit_id="id", group=["kind"], n=Count("id"))
        sent = rollup.count(
            ReportSubmission.objects.filter(call=call, unit__in=units), path="unit__path", unit_id="unit_id",
            group=["unit__kind"], n=Count("id"),
            on_time=Count("id", filter=Q(submitted_on__lte=call.on_time_until)),
        )
        for source, name in ((expected, "expected"), (sent, "submitted")):
            for bucket, groups in source.items():
                for (kind,), values in groups.items():
                    counts = Counts(**{name: values["n"]}, on_time=values.get("on_time", 0))
                    buckets.setdefault(bucket, Counts()).add(counts)
                    result.by_tier[TIERS[KIND_TIER.get(kind, 3)]].add(counts)
    children = {u.path: u for u in Unit.objects.filter(path__in=[b for b in buckets if b])}
    for path in sorted(children, key=lambda p: children[p].name):
        result.children.append((children[path], buckets[path]))
    result.own = buckets.get("", Counts())
    for counts in buckets.values():
        result.total.add(counts)
    return result


def summary(unit: Unit, period: Period) -> dict | None:
    """The report's "Công tác báo cáo" figures over ``unit``'s subtree, None without a call."""
    calls = calls_for(unit, period)
    if not calls:
        return None
    return {**compute(calls, unit).total.as_dict(), "title": period.review}


def missing_units(call: ReportCall, root: Unit):
    return expected_units(call, root).exclude(
        pk__in=ReportSubmission.objects.filter(call=call).values("unit_id")).order_by("path")


def received(call: ReportCall, root: Unit):
    """Reports received from ``root``'s subtree, newest first."""
    return (ReportSubmission.objects.filter(call=call, unit__in=expected_units(call, root))
            .select_related("unit", "call").order_by("-submitted_on", "-id"))


def late_submissions(call: ReportCall, root: Unit):
    return (ReportSubmission.objects.filter(call=call, unit__in=expected_units(call, root),
                                            submitted_on__gt=call.on_time_until)
            .select_related("unit", "unit__parent").order_by("unit__path"))


def days_late(submission: ReportSubmission) -> int:
    return (submission.submitted_on - submission.call.on_time_until).days


def days_overdue(call: ReportCall, today: datetime.date) -> int:
    return max(0, (today - call.on_time_until).days)
