"""Which campaigns and units a user may look at for pledges.

Campaigns are opened high in the tree (usually the province) and cover many subtrees: a user
sees a campaign when it covers any unit of theirs, and sees its figures only for their units.
"""

from django.db.models import Q

from tuyengiao.accounts.scope import Scope
from tuyengiao.org.models import Unit
from tuyengiao.org.tree import SEGMENT
from tuyengiao.pledges.models import Campaign


def own_units(scope: Scope) -> list[Unit]:
    return scope.root_units()


def visible_campaigns(scope: Scope):
    if scope.is_admin:
        return Campaign.objects.all()
    prefixes = set()
    for unit in own_units(scope):
        prefixes.update(unit.path[:end] for end in range(SEGMENT, len(unit.path) + 1, SEGMENT))
    return Campaign.objects.filter(Q(unit__path__in=prefixes) | scope.q(Campaign))


def default_unit(scope: Scope, campaign: Campaign) -> Unit | None:
    """The unit whose figures a user sees first: the campaign's own unit if in scope, else theirs."""
    if scope.can_read(campaign.unit):
        return campaign.unit
    units = [u for u in own_units(scope) if u.path.startswith(campaign.unit.path)]
    return units[0] if units else None


def can_track(scope: Scope, unit: Unit) -> bool:
    """Figures and name lists of a subtree: officers and leaders of it, clerks of the unit itself."""
    return scope.is_admin or any(unit.path.startswith(p) for p in scope.read_prefixes) or unit.pk in scope.clerk_units
