"""Which units a user may compile reports for, and which report calls they see."""

from django.db.models import Q

from tuyengiao.accounts.scope import Scope
from tuyengiao.org.models import Unit
from tuyengiao.org.tree import SEGMENT
from tuyengiao.pledges.access import can_track
from tuyengiao.pledges.campaign_views import manageable_units
from tuyengiao.reports.models import ReportCall

__all__ = ["can_track", "report_units", "visible_calls", "default_unit", "manageable_units"]


def report_units(scope: Scope) -> list[Unit]:
    """The top units whose figures the user may compile (officers, leaders, clerks of their unit)."""
    return [unit for unit in scope.root_units() if can_track(scope, unit)]


def visible_calls(scope: Scope):
    """Calls opened at or above any of the user's units, or inside what they read."""
    if scope.is_admin:
        return ReportCall.objects.all()
    prefixes = set()
    for unit in report_units(scope):
        prefixes.update(unit.path[:end] for end in range(SEGMENT, len(unit.path) + 1, SEGMENT))
    return ReportCall.objects.filter(Q(unit__path__in=prefixes) | scope.q(ReportCall))


def default_unit(scope: Scope, call: ReportCall) -> Unit | None:
    """Where a user's view of a call starts: the calling unit if theirs, else their unit inside it."""
    if can_track(scope, call.unit):
        return call.unit
    units = [u for u in report_units(scope) if u.path.startswith(call.unit.path)]
    return units[0] if units else None
