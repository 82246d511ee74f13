"""Figures over a unit's subtree: a registry of providers, and the org/people figures themselves.

A provider is ``fn(unit, year) -> dict`` of nested figures for the subtree of ``unit`` (``None``:
the whole tree, all roots), as at 31/12 of ``year`` (``None``: today). It may come with a
``by_child(unit, year) -> {child code: dict}`` that computes the same figures for every direct
child at once (grouped queries); without one, ``collect`` calls the provider once per child. For
the whole tree (``unit`` None) the children are the top-level units, few: ``collect`` then calls
``fn(root, year)`` for each, so ``by_child`` is only ever called with a unit.

Each app registers its providers in ``<app>/figures.py``, imported on first use::

    from tuyengiao.core.figures import register

    def pledge_figures(unit, year): ...            # -> {"pledges": {...}}
    def pledge_figures_by_child(unit, year): ...   # -> {"HN.KB": {"pledges": {...}}, ...}

    register("pledges", pledge_figures, by_child=pledge_figures_by_child, order=100)

or ``@provider("name")`` on a function. Every key a provider emits must be documented in
docs/stats.md (tests/test_docs_stats.py checks it).

``Rollup`` is the helper the providers here use, for other apps too: one GROUP BY over the path
prefix of the root's direct children, with rows of merged-away units counted in their successor.
"""

import datetime
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.db.models.functions import Substr
from django.utils import timezone

from tuyengiao.core.discovery import app_modules
from tuyengiao.org.lineage import Lineage
from tuyengiao.org.models import KIND_TIER, Unit, UnitKind, UnitLineage
from tuyengiao.org.tree import SEGMENT, subtree_q

Figures = dict
Provider = Callable[[Unit | None, int | None], Figures]
ByChild = Callable[[Unit | None, int | None], dict[str, Figures]]


@dataclass(frozen=True)
class FigureProvider:
    name: str
    figures: Provider
    by_child: ByChild | None = None
    order: int = 100
    # For the text of `tuyengiao stats`: the section's Vietnamese title, and labels of its keys
    # (a key path inside the section such as "individual.late", or a bare key such as "late").
    title: str = ""
    labels: dict[str, str] | None = None


_providers: dict[str, FigureProvider] = {}
_discovered = False


def register(name: str, figures: Provider, *, by_child: ByChild | None = None, order: int = 100,
             title: str = "", labels: dict[str, str] | None = None) -> None:
    _providers[name] = FigureProvider(name, figures, by_child, order, title, labels)


def provider(name: str, *, order: int = 100, by_child: ByChild | None = None, title: str = "",
             labels: dict[str, str] | None = None):
    """Decorator form of ``register``."""

    def decorate(function: Provider) -> Provider:
        register(name, function, by_child=by_child, order=order, title=title, labels=labels)
        return function

    return decorate


def autodiscover() -> None:
    global _discovered
    if not _discovered:
        app_modules("figures")
        _discovered = True


def providers() -> list[FigureProvider]:
    autodiscover()
    return sorted(_providers.values(), key=lambda p: (p.order, p.name))


# -- dates ---------------------------------------------------------------------------------------


def as_at(year: int | None, today: datetime.date | None = None) -> datetime.date:
    """The date figures describe: 31/12 of ``year`` (today if that is still ahead), else today."""
    today = today or timezone.localdate()
    if year is None:
        return today
    return min(datetime.date(year, 12, 31), today)


# -- roll-up -------------------------------------------------------------------------------------


class Rollup:
    """Counts rows of a subtree per bucket: the path of the ancestor at ``level`` (default: the
    root's direct children), "" for rows of the root itself.

    Rows of units that were merged away count where their final successor now is (one extra
    GROUP BY over those few units, by id). Every call is a constant number of queries, whatever
    the number of children.
    """

    def __init__(self, root: Unit | None, level: int | None = None, lineage: Lineage | None = None):
        self.root = root
        self.prefix = root.path if root is not None else ""
        self.width = (level if level is not None else len(self.prefix) // SEGMENT + 1) * SEGMENT
        self.lineage = lineage if lineage is not None else Lineage()

    def bucket_of(self, path: str) -> str | None:
        if not path.startswith(self.prefix):
            return None
        bucket = path[: self.width]
        return "" if bucket == self.prefix else bucket

    def queryset(self, queryset, *, path: str, unit_id: str, group: list[str] | tuple[str, ...] = (), **aggregates):
        """The main GROUP BY (rows of units not merged away), as the ORM query the app runs."""
        rows = queryset
        if self.root is not None:
            rows = rows.filter(subtree_q(self.prefix, path))
        if self.lineage.final:
            rows = rows.exclude(**{f"{unit_id}__in": UnitLineage.objects.values("predecessor_id")})
        return rows.order_by().values(bucket=Substr(path, 1, self.width), *group).annotate(**aggregates)

    def count(self, queryset, *, path: str, unit_id: str, group: list[str] | tuple[str, ...] = (),
              **aggregates) -> dict[str, dict[tuple, dict[str, int]]]:
        """{bucket: {group values: {aggregate: value}}}; ``aggregates`` are summable (Count, Sum)."""
        result: dict[str, dict[tuple, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))

        def add(bucket: str | None, row: dict) -> None:
            if bucket is None:
                return
            cell = result[bucket][tuple(row[g] for g in group)]
            for name in aggregates:
                cell[name] += row[name] or 0

        for row in self.queryset(queryset, path=path, unit_id=unit_id, group=group, **aggregates):
            add(self.bucket_of(row["bucket"]), row)
        if self.lineage.final:
            merged = queryset.filter(**{f"{unit_id}__in": UnitLineage.objects.values("predecessor_id")})
            rows = merged.order_by().values(_unit=F(unit_id), _path=F(path), *group).annotate(**aggregates)
            for row in rows:
                add(self.bucket_of(self.lineage.effective_path(row["_unit"], row["_path"])), row)
        return result


def children_of(unit: Unit | None, on: datetime.date, buckets=()) -> list[Unit]:
    """Direct children of a by-child table: those started by ``on`` (closed ones too, they count in
    ``units.closed``), and any other holding counted rows.

    A unit merged away never shows: its rows count in its successor, for every date."""
    siblings = Unit.objects.filter(parent=unit) if unit is not None else Unit.objects.filter(parent__isnull=True)
    paths = {bucket for bucket in buckets if bucket}
    shown = siblings.filter(active_from__lte=on).exclude(id__in=UnitLineage.objects.values("predecessor_id"))
    return list(siblings.filter(Q(pk__in=shown.values("pk")) | Q(path__in=paths)).order_by("path"))


def _split(unit: Unit | None, year: int | None, compute: Callable[[dict], Figures], buckets: dict) -> dict:
    on = as_at(year)
    return {child.code: compute(_only(buckets, child.path)) for child in children_of(unit, on, buckets)}


def _only(buckets: dict, path: str) -> dict:
    return {path: buckets[path]} if path in buckets else {}


# -- org: units ----------------------------------------------------------------------------------

TIER_KEYS = {1: "province", 2: "upper", 3: "grassroots", 4: "cell"}


def _unit_buckets(unit: Unit | None, year: int | None) -> dict:
    on = as_at(year)
    rollup = Rollup(unit)
    return rollup.count(
        Unit.objects.filter(active_from__lte=on), path="path", unit_id="id", group=["kind"],
        total=Count("id"), active=Count("id", filter=Q(active_to__isnull=True) | Q(active_to__gte=on)),
    )


def _unit_figures(buckets: dict) -> Figures:
    by_kind = {kind: 0 for kind in UnitKind.values}
    by_tier = {key: 0 for key in TIER_KEYS.values()}
    total = active = 0
    for groups in buckets.values():
        for (kind,), values in groups.items():
            total += values["total"]
            active += values["active"]
            by_kind[kind] = by_kind.get(kind, 0) + values["active"]
            by_tier[TIER_KEYS[KIND_TIER.get(kind, 3)]] += values["active"]
    return {"units": {"total": total, "active": active, "closed": total - active, "by_kind": by_kind,
                      "by_tier": by_tier}}


def unit_figures(unit: Unit | None, year: int | None) -> Figures:
    return _unit_figures(_unit_buckets(unit, year))


def unit_figures_by_child(unit: Unit | None, year: int | None) -> dict[str, Figures]:
    return _split(unit, year, _unit_figures, _unit_buckets(unit, year))


# -- people: members -----------------------------------------------------------------------------


def member_counts(rollup: Rollup, year: int | None, group=("category", "gender"), on: datetime.date | None = None):
    """Active members per bucket. Today: the Member rows (status, current unit). For a past year:
    the stays in the transfer history that cover 31/12 of that year (where each person was then);
    category, gender and head flag are the person's current ones."""
    from tuyengiao.people.models import Member, MemberTransfer, Status
    from tuyengiao.people.services import stay_on_q

    if year is None:
        return rollup.count(
            Member.objects.filter(status=Status.ACTIVE), path="unit__path", unit_id="unit_id", group=list(group),
            n=Count("id"), heads=Count("id", filter=Q(is_head=True)),
        )
    on = on or as_at(year)
    return rollup.count(
        MemberTransfer.objects.filter(stay_on_q(on)), path="to_unit__path", unit_id="to_unit_id",
        group=[f"member__{g}" for g in group], n=Count("id"), heads=Count("id", filter=Q(member__is_head=True)),
    )


def _member_buckets(unit: Unit | None, year: int | None) -> dict:
    return member_counts(Rollup(unit), year)


def _member_figures(buckets: dict) -> Figures:
    from tuyengiao.people.models import Category, Gender

    by_category = {category: 0 for category in Category.values}
    by_gender = {gender: 0 for gender in Gender.values}
    total = heads = 0
    for groups in buckets.values():
        for (category, gender), values in groups.items():
            total += values["n"]
            heads += values["heads"]
            by_category[category] = by_category.get(category, 0) + values["n"]
            by_gender[gender] = by_gender.get(gender, 0) + values["n"]
    return {"members": {"total": total, "by_category": by_category, "by_gender": by_gender, "heads": heads}}


def member_figures(unit: Unit | None, year: int | None) -> Figures:
    return _member_figures(_member_buckets(unit, year))


def member_figures_by_child(unit: Unit | None, year: int | None) -> dict[str, Figures]:
    return _split(unit, year, _member_figures, _member_buckets(unit, year))


register("units", unit_figures, by_child=unit_figures_by_child, order=10, title="Tổ chức đảng")
register("members", member_figures, by_child=member_figures_by_child, order=20, title="Đảng viên, cán bộ")


# -- collecting ----------------------------------------------------------------------------------


def unit_info(unit: Unit | None) -> dict:
    if unit is None:
        return {"code": None, "name": "Toàn bộ hệ thống", "kind": None, "level": 0, "active_from": None,
                "active_to": None}
    return {
        "code": unit.code, "name": unit.name, "kind": unit.kind, "level": unit.level,
        "active_from": unit.active_from.isoformat(),
        "active_to": unit.active_to.isoformat() if unit.active_to else None,
    }


def merge(into: dict, other: dict) -> dict:
    """Deep merge of nested figure dicts (later providers add keys, never replace sections)."""
    for key, value in other.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            merge(into[key], value)
        else:
            into[key] = value
    return into


def collect(unit: Unit | None, year: int | None = None, *, by_child: bool = False) -> Figures:
    """All registered figures of ``unit``'s subtree, optionally with ``children``: {code: figures}."""
    on = as_at(year)
    result: Figures = {"unit": unit_info(unit), "year": year, "as_at": on.isoformat()}
    for item in providers():
        merge(result, item.figures(unit, year) or {})
    if not by_child:
        return result
    per_provider = []
    for item in providers():
        if item.by_child is not None and unit is not None:
            per_provider.append(item.by_child(unit, year) or {})
        else:
            # The whole tree's children are its few roots; providers without by_child go child by child.
            per_provider.append({child.code: item.figures(child, year) or {} for child in children_of(unit, on)})
    codes = list(dict.fromkeys(code for figures in per_provider for code in figures))
    units = {u.code: u for u in Unit.objects.filter(code__in=codes)}
    ordered = sorted(codes, key=lambda code: units[code].path)
    children = {}
    for code in ordered:
        child: Figures = {"unit": unit_info(units[code])}
        for figures in per_provider:
            merge(child, figures.get(code, {}))
        children[code] = child
    result["children"] = children
    return result
