"""Every change to the unit tree: each function is one transaction and writes the audit log."""

import datetime
import uuid

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Concat, Substr
from django.utils import timezone

from tuyengiao.accounts.scope import require_tree_manage, require_unit_write
from tuyengiao.audit.services import record, snapshot
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import Errors
from tuyengiao.org.models import LineageKind, Unit, UnitKind, UnitLineage
from tuyengiao.org.tree import segment, subtree_q
from tuyengiao.screening.normalize import clean

EDITABLE_FIELDS = ("code", "name", "short_name", "kind", "active_from")


def normalize_code(code: str) -> str:
    return clean(code).upper().replace(" ", "")


def _locked(unit: Unit) -> Unit:
    """Re-read a unit inside the transaction, so checks see its current path."""
    return Unit.objects.select_for_update().get(pk=unit.pk)


def _validate(errors: Errors, *, code: str, name: str, kind: str, exclude_pk=None) -> None:
    errors.check(bool(code), "code", "Chưa nhập mã đơn vị.")
    errors.check(len(code) <= 32, "code", "Mã đơn vị dài quá 32 ký tự.")
    errors.check(bool(name), "name", "Chưa nhập tên đơn vị.")
    errors.check(kind in UnitKind.values, "kind", f"Loại hình đơn vị “{kind}” không hợp lệ.")
    if code and Unit.objects.filter(code=code).exclude(pk=exclude_pk).exists():
        errors.add("code", f"Mã đơn vị “{code}” đã có.")


@transaction.atomic
def create_unit(
    actor: Actor,
    *,
    code: str,
    name: str,
    kind: str,
    parent: Unit | None = None,
    short_name: str = "",
    active_from: datetime.date | None = None,
) -> Unit:
    code, name, short_name = normalize_code(code), clean(name), clean(short_name)
    errors = Errors()
    _validate(errors, code=code, name=name, kind=kind)
    if parent is not None:
        parent = _locked(parent)
        require_tree_manage(actor, parent)
        errors.check(parent.active_to is None, "parent", "Đơn vị cấp trên đã ngừng hoạt động.")
    elif actor.user is not None:
        require_tree_manage(actor, Unit(path=""))
    errors.raise_if_any()
    unit = Unit(
        code=code,
        name=name,
        short_name=short_name,
        kind=kind,
        parent=parent,
        # The path needs the new id; a unique placeholder holds its place for one statement.
        path=f"new-{uuid.uuid4().hex}",
        level=(parent.level if parent else 0) + 1,
        active_from=active_from or timezone.localdate(),
    )
    unit.save()
    unit.path = (parent.path if parent else "") + segment(unit.pk)
    Unit.objects.filter(pk=unit.pk).update(path=unit.path)
    record(actor, "create", unit, after=snapshot(unit))
    return unit


@transaction.atomic
def update_unit(actor: Actor, unit: Unit, **changes) -> Unit:
    """Rename, change short name, kind, code or start date. Moving has its own function."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"update_unit cannot change {sorted(unknown)}")
    unit = _locked(unit)
    require_unit_write(actor, unit)
    before = snapshot(unit)
    for field, value in changes.items():
        if field == "code":
            value = normalize_code(value)
        elif field in {"name", "short_name"}:
            value = clean(value)
        setattr(unit, field, value)
    errors = Errors()
    _validate(errors, code=unit.code, name=unit.name, kind=unit.kind, exclude_pk=unit.pk)
    errors.raise_if_any()
    unit.save()
    record(actor, "update", unit, before=before, after=snapshot(unit))
    return unit


def _move_subtree(unit: Unit, new_parent: Unit) -> None:
    old_path = unit.path
    new_path = new_parent.path + segment(unit.pk)
    delta = new_parent.level + 1 - unit.level
    # Every path ends with its own row's id, so no intermediate state can collide on the unique index.
    Unit.objects.filter(subtree_q(old_path)).update(
        path=Concat(Value(new_path), Substr("path", len(old_path) + 1)),
        level=F("level") + delta,
    )
    Unit.objects.filter(pk=unit.pk).update(parent=new_parent)
    unit.refresh_from_db()


@transaction.atomic
def move_unit(actor: Actor, unit: Unit, new_parent: Unit) -> Unit:
    unit, new_parent = _locked(unit), _locked(new_parent)
    require_tree_manage(actor, unit)
    require_tree_manage(actor, new_parent)
    errors = Errors()
    errors.check(
        not new_parent.path.startswith(unit.path),
        "parent",
        "Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.",
    )
    errors.check(new_parent.active_to is None, "parent", "Đơn vị cấp trên mới đã ngừng hoạt động.")
    errors.raise_if_any()
    before = snapshot(unit, ["parent", "path", "level"])
    _move_subtree(unit, new_parent)
    record(actor, "move", unit, before=before, after=snapshot(unit, ["parent", "path", "level"]))
    return unit


@transaction.atomic
def close_unit(actor: Actor, unit: Unit, on: datetime.date | None = None) -> Unit:
    """The unit stops on ``on`` (its last active day is the day before)."""
    from tuyengiao.people.models import Member, Status

    unit = _locked(unit)
    require_tree_manage(actor, unit.parent or unit)
    on = on or timezone.localdate()
    errors = Errors()
    errors.check(unit.active_to is None, "active_to", "Đơn vị này đã ngừng hoạt động.")
    errors.check(
        not Unit.objects.filter(parent=unit, active_to__isnull=True).exists(),
        "active_to",
        "Đơn vị còn đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc cho ngừng các đơn vị đó trước.",
    )
    errors.check(
        not Member.objects.filter(unit=unit, status=Status.ACTIVE).exists(),
        "active_to",
        "Đơn vị còn đảng viên đang sinh hoạt: hãy chuyển sinh hoạt cho họ trước.",
    )
    errors.raise_if_any()
    before = snapshot(unit, ["active_to"])
    unit.active_to = on - datetime.timedelta(days=1)
    unit.save(update_fields=["active_to", "updated_at"])
    record(actor, "close", unit, before=before, after=snapshot(unit, ["active_to"]))
    return unit


@transaction.atomic
def merge_units(
    actor: Actor, sources: list[Unit], successor: Unit, on: datetime.date, note: str = ""
) -> list[UnitLineage]:
    """Merge ``sources`` into ``successor`` on date ``on`` (the 2025 reorganisation).

    Their sub-units move under the successor, their active members are transferred to it, they
    close the day before ``on``, and a lineage row predecessor → successor is kept for each.
    """
    from tuyengiao.people.services import transfer_members_on_merge

    successor = _locked(successor)
    sources = [_locked(source) for source in sources]
    require_tree_manage(actor, successor)
    errors = Errors()
    errors.check(bool(sources), "sources", "Chưa chọn đơn vị để hợp nhất.")
    errors.check(successor.active_to is None, "successor", "Đơn vị tiếp nhận đã ngừng hoạt động.")
    for source in sources:
        require_tree_manage(actor, source)
        errors.check(source.pk != successor.pk, "sources", "Đơn vị tiếp nhận không thể hợp nhất vào chính nó.")
        errors.check(
            not successor.path.startswith(source.path) or source.pk == successor.pk,
            "sources",
            f"“{source.name}” là cấp trên của đơn vị tiếp nhận, không thể hợp nhất.",
        )
        errors.check(source.active_to is None, "sources", f"“{source.name}” đã ngừng hoạt động.")
    errors.raise_if_any()

    lineage = []
    for source in sources:
        before = snapshot(source, ["parent", "path", "active_to"])
        for child in list(Unit.objects.filter(parent=source, active_to__isnull=True)):
            _move_subtree(child, successor)
        moved_members = transfer_members_on_merge(actor, source, successor, on)
        source.refresh_from_db()
        source.active_to = on - datetime.timedelta(days=1)
        source.save(update_fields=["active_to", "updated_at"])
        link = UnitLineage.objects.create(
            predecessor=source, successor=successor, kind=LineageKind.MERGE, date=on, note=clean(note)
        )
        lineage.append(link)
        after = snapshot(source, ["parent", "path", "active_to"])
        after.update(successor=successor.pk, members_transferred=moved_members)
        record(actor, "merge", source, before=before, after=after)
    return lineage


@transaction.atomic
def merge_into_new_unit(
    actor: Actor, sources: list[Unit], *, parent: Unit, code: str, name: str, kind: str, on: datetime.date,
    short_name: str = "", note: str = "",
) -> Unit:
    """Several units become one new unit: the usual shape of the 2025 commune mergers."""
    successor = create_unit(
        actor, code=code, name=name, kind=kind, parent=parent, short_name=short_name, active_from=on
    )
    merge_units(actor, sources, successor, on, note)
    return successor


def predecessors(unit: Unit, *, transitive: bool = True) -> list[Unit]:
    """The units that merged into ``unit``, and theirs, for history across mergers."""
    found, frontier = [], [unit.pk]
    seen = {unit.pk}
    while frontier:
        links = UnitLineage.objects.filter(successor_id__in=frontier).select_related("predecessor")
        frontier = []
        for link in links:
            if link.predecessor_id not in seen:
                seen.add(link.predecessor_id)
                found.append(link.predecessor)
                frontier.append(link.predecessor_id)
        if not transitive:
            break
    return found


def successor_of(unit: Unit, on: datetime.date | None = None) -> Unit:
    """The unit that carries ``unit``'s history today (itself unless it was merged away)."""
    current, seen = unit, {unit.pk}
    while True:
        link = (
            UnitLineage.objects.filter(predecessor=current, **({"date__lte": on} if on else {}))
            .select_related("successor")
            .order_by("-date")
            .first()
        )
        if link is None or link.successor_id in seen:
            return current
        current = link.successor
        seen.add(current.pk)
