"""The materialised path of the unit tree.

A unit's path is its ancestors' ids and its own, each as a fixed-width run of digits, with no
separator: the root 12 is "00000012", its child 345 is "0000001200000345". So:

* a subtree is one range on an indexed column: ``prefix <= path < next_prefix(prefix)``;
* the ancestor at level k of any unit is ``path[: k * SEGMENT]``, which is what DHIS2 keeps in its
  level columns: a roll-up per child unit is one GROUP BY over ``Substr(path, 1, (level+1)*SEGMENT)``;
* digits alone compare the same under every collation, on SQLite and PostgreSQL alike.
"""

from django.db.models import Q

SEGMENT = 8
MAX_ID = 10**SEGMENT - 1


def segment(unit_id: int) -> str:
    if not 0 < unit_id <= MAX_ID:
        raise ValueError(f"unit id {unit_id} does not fit a path segment")
    return f"{unit_id:0{SEGMENT}d}"


def next_prefix(prefix: str) -> str:
    """The smallest path greater than every path that starts with ``prefix``."""
    return f"{int(prefix) + 1:0{len(prefix)}d}"


def subtree_q(prefix: str, field: str = "path") -> Q:
    return Q(**{f"{field}__gte": prefix, f"{field}__lt": next_prefix(prefix)})


def level_of(path: str) -> int:
    return len(path) // SEGMENT


def ancestor_ids(path: str) -> list[int]:
    return [int(path[i : i + SEGMENT]) for i in range(0, len(path), SEGMENT)]
