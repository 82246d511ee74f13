"""Who may see, change, evaluate and adopt an initiative, on top of the general scope rules.

* Reading follows the tree (``Scope.filter``), with one deliberate widening, the **gallery**: an
  initiative selected for replication is readable by every user with a unit (role or membership)
  inside the subtree of its ``replication_unit``, the unit whose officer selected it. A district's
  choice is offered to the district's units, the province's to the whole province.
* The gallery shows the initiative, not its dossier: files download only within ``Scope.filter``.
* Writing (edit, dossier, status, yearly upkeep): whoever writes the initiative's unit.
* Evaluating, selecting for replication and dismissing flags: an officer of a strictly higher
  unit (their write scope covers the unit, and their role unit is an ancestor, not the unit itself);
  a top-level unit has no higher one, so its own officers do.
* Adopting: a unit the user writes, inside the replication subtree, other than the original's
  unit and units that adopted it already.
"""

from django.db.models import Q

from tuyengiao.accounts.scope import Scope
from tuyengiao.initiatives.models import Initiative, Status
from tuyengiao.org.forms import writable_units
from tuyengiao.org.models import Unit
from tuyengiao.org.tree import SEGMENT, subtree_q


def _ancestor_prefixes(path: str) -> list[str]:
    return [path[:end] for end in range(SEGMENT, len(path) + 1, SEGMENT)]


def own_unit_paths(scope: Scope) -> set[str]:
    """Paths of every unit the user holds a role on or belongs to."""
    paths = set(scope.read_prefixes) | set(scope.clerk_units.values())
    if scope.member_unit_ids:
        paths.update(Unit.objects.filter(pk__in=scope.member_unit_ids).values_list("path", flat=True))
    return paths


def gallery_q(scope: Scope) -> Q:
    """Initiatives selected for replication that this user may browse (and, with a writable unit, adopt)."""
    selected = Q(status=Status.REPLICATING, replication_unit__isnull=False)
    if scope.is_admin:
        return selected
    prefixes = {prefix for path in own_unit_paths(scope) for prefix in _ancestor_prefixes(path)}
    return selected & Q(replication_unit__path__in=prefixes)


def readable(scope: Scope, queryset=None):
    """The tree's initiatives plus the gallery: what a detail page may show."""
    queryset = Initiative.objects.all() if queryset is None else queryset
    if scope.is_admin:  # Q() | other would be just other
        return queryset
    return queryset.filter(scope.q(Initiative) | gallery_q(scope))


def can_register(scope: Scope) -> bool:
    return scope.is_admin or bool(scope.write_prefixes or scope.clerk_units)


def can_write(scope: Scope, initiative: Initiative) -> bool:
    return scope.covers(initiative.unit)


def reviewer_units(scope: Scope, unit: Unit) -> list[Unit]:
    """The strictly higher units from which this user may evaluate ``unit``'s initiatives, nearest first."""
    if scope.is_anonymous:
        return []
    # A top-level unit has no higher one: its own officers recognise its models.
    ancestors = _ancestor_prefixes(unit.path)[:-1] or [unit.path]
    if scope.is_admin:
        prefixes = ancestors
    else:
        prefixes = [p for p in ancestors if p in scope.write_prefixes]
    return sorted(Unit.objects.filter(path__in=prefixes), key=lambda u: -len(u.path))


def can_review(scope: Scope, initiative: Initiative) -> bool:
    return bool(reviewer_units(scope, initiative.unit))


def adoptable_units(scope: Scope, initiative: Initiative):
    """Units this user may register an adoption of ``initiative`` for."""
    if initiative.status != Status.REPLICATING or initiative.replication_unit_id is None:
        return Unit.objects.none()
    taken = Initiative.objects.filter(adopted_from=initiative).values("unit_id")
    return (writable_units(scope).filter(subtree_q(initiative.replication_unit.path))
            .exclude(pk=initiative.unit_id).exclude(pk__in=taken))
