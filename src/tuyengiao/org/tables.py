"""Unit tables, and the counts shown beside units: sub-units and members of each subtree.

Counts go through the user's scope too, and are computed for all units on a page at once: one
GROUP BY over the path prefix per table (``Substr(path, 1, len(unit_path))``), not a query per unit.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.urls import reverse
from django.utils import timezone

from tuyengiao.core.formats import vn_date
from tuyengiao.core.tables import Col, Table
from tuyengiao.org.models import Unit
from tuyengiao.org.tree import SEGMENT, ancestor_ids, next_prefix
from tuyengiao.screening.normalize import query_matches


# Kinds as a tree node's badge shows them: the full labels are too long for a row.
KIND_SHORT = {
    "province": "Tỉnh ủy", "district": "Cấp huyện", "bloc": "Đảng ủy Khối", "military": "Quân sự", "police": "Công an",
    "commune": "Xã, phường", "agency": "Cơ quan, doanh nghiệp", "base_cell": "Chi bộ cơ sở", "cell": "Chi bộ",
    "other": "Khác",
}


def open_q(prefix: str = "") -> Q:
    """Units not closed today (a unit whose start date is still ahead is shown too)."""
    return Q(**{f"{prefix}active_to__isnull": True}) | Q(**{f"{prefix}active_to__gte": timezone.localdate()})


def unit_url(unit) -> str:
    return reverse("org:detail", args=[unit.pk])


def subtree_counts(scope, units, include_closed: bool = False) -> dict[int, tuple[int, int]]:
    """unit id -> (sub-units, active members) in its subtree, as far as ``scope`` may read."""
    from tuyengiao.people.models import Member, Status

    result = {unit.pk: (0, 0) for unit in units}
    by_length = defaultdict(list)
    for unit in units:
        by_length[len(unit.path)].append(unit)
    for length, group in by_length.items():
        low, high = min(u.path for u in group), next_prefix(max(u.path for u in group))
        pk_of = {u.path: u.pk for u in group}
        unit_rows = Unit.objects.filter(path__gte=low, path__lt=high, level__gt=length // SEGMENT)
        if not include_closed:
            unit_rows = unit_rows.filter(open_q())
        unit_counts = _grouped(scope.filter(unit_rows), "path", length)
        member_rows = Member.objects.filter(status=Status.ACTIVE, unit__path__gte=low, unit__path__lt=high)
        member_counts = _grouped(scope.filter(member_rows), "unit__path", length)
        for prefix, pk in pk_of.items():
            result[pk] = (unit_counts.get(prefix, 0), member_counts.get(prefix, 0))
    return result


def _grouped(queryset, path_field: str, length: int) -> dict[str, int]:
    rows = (queryset.order_by().annotate(prefix=Substr(path_field, 1, length))
            .values("prefix").annotate(n=Count("id")).values_list("prefix", "n"))
    return dict(rows)


def subtree_totals(scope, unit) -> dict:
    subunits, members = subtree_counts(scope, [unit])[unit.pk]
    return {"subunits": subunits, "members": members}


@dataclass
class Node:
    unit: Unit
    subunits: int
    members: int
    children: list["Node"] | None = field(default=None)

    @property
    def kind_short(self) -> str:
        return KIND_SHORT.get(self.unit.kind, self.unit.get_kind_display())

    @property
    def expandable(self) -> bool:
        return self.subunits > 0


def nodes_for(scope, units, include_closed: bool = False) -> list[Node]:
    counts = subtree_counts(scope, units, include_closed)
    return [Node(unit, *counts[unit.pk]) for unit in units]


def child_nodes(scope, parent, include_closed: bool = False) -> list[Node]:
    children = Unit.objects.filter(parent=parent)
    if not include_closed:
        children = children.filter(open_q())
    return nodes_for(scope, list(scope.filter(children).order_by("path")), include_closed)


def search_units(scope, query: str, *, write: bool = False, limit: int = 50) -> tuple[list[Unit], bool]:
    """Units whose name, short name or code contains ``query``, with or without diacritics."""
    kind, key = query_matches(query)
    if not key:
        return [], False
    lookup = "name_key__contains" if kind == "canonical" else "name_fold__contains"
    queryset = scope.filter(Unit.objects.filter(**{lookup: key}), write=write).order_by("level", "path")
    found = list(queryset[: limit + 1])
    for unit in found:
        unit.closed = not unit.is_active
    found.sort(key=lambda unit: unit.closed)
    return found[:limit], len(found) > limit


def attach_ancestry(units) -> None:
    """Set ``unit.ancestry``: the names above each unit, loaded in one query for all of them."""
    wanted = {pk for unit in units for pk in ancestor_ids(unit.path)[:-1]}
    names = dict(Unit.objects.filter(pk__in=wanted).values_list("pk", "name"))
    for unit in units:
        unit.ancestry = [names[pk] for pk in ancestor_ids(unit.path)[:-1] if pk in names]


def _status(unit) -> str:
    return "Đang hoạt động" if unit.is_active else f"Ngừng hoạt động (đến {vn_date(unit.active_to)})"


unit_table = Table(
    [
        Col("Mã đơn vị", lambda u: u.code, 12, css="nowrap"),
        Col("Tên đơn vị", lambda u: u.name, 40, link=unit_url),
        Col("Tên viết tắt", lambda u: u.short_name, 16, html=False),
        Col("Loại hình", lambda u: u.get_kind_display(), 30),
        Col("Đơn vị cấp trên", lambda u: u.parent.name if u.parent else "", 36),
        Col("Cấp", lambda u: u.level, 6, css="num"),
        Col("Hoạt động từ ngày", lambda u: u.active_from, 14, css="nowrap"),
        Col("Hoạt động đến ngày", lambda u: u.active_to, 14, css="nowrap"),
        Col("Trạng thái", _status, 24, html=False),
    ],
    row_css=lambda u: "" if u.is_active else "closed",
)
