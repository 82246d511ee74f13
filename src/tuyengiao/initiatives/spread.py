"""How far an initiative has spread: the units that adopted it, counted by tier."""

from dataclasses import dataclass

from tuyengiao.initiatives import access
from tuyengiao.initiatives.models import Initiative
from tuyengiao.org.models import KIND_TIER

TIER_LABELS = {1: "Cấp tỉnh", 2: "Cấp huyện và tương đương", 3: "Cấp cơ sở (xã, phường, cơ quan, trường học)",
               4: "Chi bộ trực thuộc"}


@dataclass
class Spread:
    original: Initiative
    adoptions: list  # (adoption, readable by this user)
    by_tier: list[tuple[str, int]]

    @property
    def units(self) -> int:
        return len({adoption.unit_id for adoption, _ in self.adoptions})


def spread(original: Initiative, scope) -> Spread:
    adoptions = list(Initiative.objects.filter(adopted_from=original).select_related("unit", "unit__parent")
                     .order_by("unit__path"))
    readable = set(access.readable(scope).filter(pk__in=[a.pk for a in adoptions]).values_list("pk", flat=True))
    tiers: dict[int, set[int]] = {}
    for adoption in adoptions:
        tiers.setdefault(KIND_TIER.get(adoption.unit.kind, 3), set()).add(adoption.unit_id)
    by_tier = [(TIER_LABELS[tier], len(units)) for tier, units in sorted(tiers.items())]
    return Spread(original, [(a, a.pk in readable) for a in adoptions], by_tier)
