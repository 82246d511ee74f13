"""Live registration figures for a campaign over any unit's subtree, per direct child unit.

Every figure is a GROUP BY over the rows, at most a few queries per request whatever the size of
the subtree. Individuals count where they were on the registration deadline (their stay in the
transfer history); units merged away count in their successor.
"""

import datetime
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from django.db.models import Count, Q

from tuyengiao.org.lineage import Lineage
from tuyengiao.org.models import Unit
from tuyengiao.org.tree import subtree_q
from tuyengiao.people.models import Category, MemberTransfer
from tuyengiao.people.services import stay_on_q
from tuyengiao.pledges.models import Campaign, Deed, DeedResult, OwnerKind, Pledge, PledgeState

KINDS = (OwnerKind.INDIVIDUAL, OwnerKind.COLLECTIVE)


@dataclass
class Counts:
    expected: int = 0
    submitted: int = 0
    on_time: int = 0
    late: int = 0
    missing: int = 0
    drafts: int = 0
    pending: int = 0
    returned: int = 0
    accepted: int = 0
    deeds: int = 0
    assessed_deeds: int = 0
    completed_deeds: int = 0

    def add(self, other: "Counts") -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def submitted_rate(self) -> float | None:
        return self.submitted / self.expected if self.expected else None

    @property
    def completion_rate(self) -> float | None:
        return self.completed_deeds / self.deeds if self.deeds else None


@dataclass
class Figures:
    unit: Unit
    campaign: Campaign
    total: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    own: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    children: list[tuple[Unit, dict[str, Counts]]] = field(default_factory=list)


def subtree_or_merged_q(field_path: str, field_id: str, root: Unit, lineage: Lineage) -> Q:
    """Rows of units in the subtree of ``root``, and of units merged away into it."""
    return subtree_q(root.path, field_path) | Q(**{f"{field_id}__in": lineage.predecessors_into(root.path)})


def expected_members(campaign: Campaign, root: Unit, lineage: Lineage | None = None):
    """Stays (MemberTransfer rows) of the party members expected to register, as at the deadline."""
    lineage = lineage or Lineage()
    return MemberTransfer.objects.filter(
        stay_on_q(campaign.registration_deadline),
        subtree_or_merged_q("to_unit__path", "to_unit_id", root, lineage),
        member__category=Category.PARTY,
    )


def expected_units(campaign: Campaign, root: Unit, lineage: Lineage | None = None):
    lineage = lineage or Lineage()
    deadline = campaign.registration_deadline
    return Unit.objects.filter(
        subtree_or_merged_q("path", "id", root, lineage),
        subtree_q(campaign.unit.path),
        kind__in=campaign.collective_kinds,
        active_from__lte=deadline,
    ).filter(Q(active_to__isnull=True) | Q(active_to__gte=deadline))


def compute(campaign: Campaign, root: Unit) -> Figures:
    lineage = Lineage()
    deadline = campaign.registration_deadline
    buckets: dict[str, dict[str, Counts]] = defaultdict(lambda: {k: Counts() for k in KINDS})

    def put(kind: str, unit_id: int, path: str, **values) -> None:
        bucket = lineage.bucket(unit_id, path, root.path)
        if bucket is None:
            return
        counts = buckets[bucket][kind]
        for name, value in values.items():
            setattr(counts, name, getattr(counts, name) + value)

    # -- individuals: expected by stay on the deadline, pledges joined to the same stay
    for row in expected_members(campaign, root, lineage).values("to_unit_id", "to_unit__path").annotate(n=Count("id")):
        put(OwnerKind.INDIVIDUAL, row["to_unit_id"], row["to_unit__path"], expected=row["n"])
    stay = "member__transfers__"
    pledges = Pledge.objects.filter(
        stay_on_q(deadline, stay), subtree_or_merged_q(f"{stay}to_unit__path", f"{stay}to_unit_id", root, lineage),
        campaign=campaign, owner_kind=OwnerKind.INDIVIDUAL, member__category=Category.PARTY,
    )
    for row in pledges.values(f"{stay}to_unit_id", f"{stay}to_unit__path", "state", "late").annotate(n=Count("id")):
        _put_pledge_row(put, OwnerKind.INDIVIDUAL, row[f"{stay}to_unit_id"], row[f"{stay}to_unit__path"], row)
    deeds = Deed.objects.filter(
        stay_on_q(deadline, f"pledge__{stay}"),
        subtree_or_merged_q(f"pledge__{stay}to_unit__path", f"pledge__{stay}to_unit_id", root, lineage),
        pledge__campaign=campaign, pledge__owner_kind=OwnerKind.INDIVIDUAL, pledge__member__category=Category.PARTY,
        pledge__first_submitted_at__isnull=False,
    )
    for row in deeds.values(f"pledge__{stay}to_unit_id", f"pledge__{stay}to_unit__path").annotate(
        n=Count("id"), done=Count("id", filter=Q(result=DeedResult.COMPLETED)), assessed=Count("id", filter=~Q(result=""))
    ):
        put(OwnerKind.INDIVIDUAL, row[f"pledge__{stay}to_unit_id"], row[f"pledge__{stay}to_unit__path"],
            deeds=row["n"], completed_deeds=row["done"], assessed_deeds=row["assessed"])

    # -- collectives: the units of the listed kinds that existed on the deadline
    units = expected_units(campaign, root, lineage)
    for unit_id, path in units.values_list("id", "path"):
        put(OwnerKind.COLLECTIVE, unit_id, path, expected=1)
    pledges = Pledge.objects.filter(campaign=campaign, owner_kind=OwnerKind.COLLECTIVE, unit__in=units)
    for row in pledges.values("unit_id", "unit__path", "state", "late").annotate(n=Count("id")):
        _put_pledge_row(put, OwnerKind.COLLECTIVE, row["unit_id"], row["unit__path"], row)
    deeds = Deed.objects.filter(pledge__in=pledges, pledge__first_submitted_at__isnull=False)
    for row in deeds.values("pledge__unit_id", "pledge__unit__path").annotate(
        n=Count("id"), done=Count("id", filter=Q(result=DeedResult.COMPLETED)), assessed=Count("id", filter=~Q(result=""))
    ):
        put(OwnerKind.COLLECTIVE, row["pledge__unit_id"], row["pledge__unit__path"], deeds=row["n"],
            completed_deeds=row["done"], assessed_deeds=row["assessed"])

    figures = Figures(unit=root, campaign=campaign)
    for counts in buckets.values():
        for kind in KINDS:
            counts[kind].missing = counts[kind].expected - counts[kind].submitted
    children = {u.path: u for u in Unit.objects.filter(parent=root)}
    for path, counts in buckets.items():
        if path and path not in children:  # a child that is itself closed but not merged
            children[path] = Unit.objects.get(path=path)
    for path, child in sorted(children.items(), key=lambda item: item[1].name):
        counts = buckets.get(path) or {k: Counts() for k in KINDS}
        if path in buckets or child.active_to is None:
            figures.children.append((child, counts))
    figures.own = buckets.get("", figures.own)
    for counts in [figures.own, *(c for _, c in figures.children)]:
        for kind in KINDS:
            figures.total[kind].add(counts[kind])
    return figures


def _put_pledge_row(put, kind, unit_id, path, row) -> None:
    state, n = row["state"], row["n"]
    if state == PledgeState.DRAFT:
        put(kind, unit_id, path, drafts=n)
        return
    put(kind, unit_id, path, submitted=n, late=n if row["late"] else 0, on_time=0 if row["late"] else n,
        pending=n if state == PledgeState.SUBMITTED else 0, returned=n if state == PledgeState.RETURNED else 0,
        accepted=n if state == PledgeState.ACCEPTED else 0)


def overdue(campaign: Campaign, root: Unit) -> dict[Unit, dict[str, list]]:
    """Who has not submitted, grouped by (effective) unit: {unit: {"members": [...], "unit": bool}}."""
    lineage = Lineage()
    deadline = campaign.registration_deadline
    submitted_members = Pledge.objects.filter(
        campaign=campaign, owner_kind=OwnerKind.INDIVIDUAL, first_submitted_at__isnull=False
    ).values("member_id")
    stays = (expected_members(campaign, root, lineage).exclude(member_id__in=submitted_members)
             .select_related("member", "to_unit").order_by("to_unit__path", "member__sort_key"))
    submitted_units = Pledge.objects.filter(
        campaign=campaign, owner_kind=OwnerKind.COLLECTIVE, first_submitted_at__isnull=False
    ).values("unit_id")
    result: dict[int, dict] = {}
    units: dict[int, Unit] = {}

    def entry(unit: Unit) -> dict:
        successor_id = lineage.final.get(unit.pk)
        if successor_id:
            unit = units.get(successor_id) or Unit.objects.get(pk=successor_id)
        units[unit.pk] = unit
        return result.setdefault(unit.pk, {"members": [], "unit": False})

    for stay_row in stays:
        entry(stay_row.to_unit)["members"].append(stay_row.member)
    for unit in expected_units(campaign, root, lineage).exclude(id__in=submitted_units):
        entry(unit)["unit"] = True
    return {units[pk]: value for pk, value in sorted(result.items(), key=lambda item: units[item[0]].path)}


def current_campaign(unit: Unit, year: int | None = None, today: datetime.date | None = None) -> Campaign | None:
    """The campaign of ``year`` (default: the latest) that covers ``unit``."""
    ancestors = [unit.path[:i] for i in range(len(unit.path), 0, -8)]
    campaigns = Campaign.objects.filter(unit__path__in=ancestors).select_related("unit", "theme")
    if year:
        campaigns = campaigns.filter(year=year)
    return campaigns.order_by("-year", "-unit__level").first()


