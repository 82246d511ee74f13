"""Every change to members: one transaction each, checked against scope, written to the audit log."""

import datetime

from django.db import transaction
from django.utils import timezone

from tuyengiao.accounts.scope import require_unit_write
from tuyengiao.audit.services import record, snapshot
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import Errors
from tuyengiao.org.models import Unit
from tuyengiao.people.models import Category, Gender, Member, MemberTransfer, Status
from tuyengiao.screening.normalize import clean

EDITABLE_FIELDS = ("full_name", "gender", "birth_year", "position", "duties", "is_head", "category", "user")
MIN_BIRTH_YEAR = 1900


def validate_member_fields(errors: Errors, data: dict) -> None:
    today = timezone.localdate()
    errors.check(bool(data.get("full_name")), "full_name", "Chưa nhập họ và tên.")
    if data.get("full_name") and len(data["full_name"].split()) < 2:
        errors.add("full_name", "Họ và tên cần có ít nhất họ và tên (hai từ trở lên).")
    errors.check(data.get("gender") in Gender.values, "gender", "Giới tính phải là “Nam” hoặc “Nữ”.")
    errors.check(data.get("category") in Category.values, "category", "Đối tượng không hợp lệ.")
    year = data.get("birth_year")
    if year is not None:
        errors.check(
            MIN_BIRTH_YEAR <= int(year) <= today.year - 16,
            "birth_year",
            f"Năm sinh {year} không hợp lệ (từ {MIN_BIRTH_YEAR} đến {today.year - 16}).",
        )


def _clean_fields(data: dict) -> dict:
    cleaned = dict(data)
    for field in ("full_name", "position"):
        if field in cleaned:
            cleaned[field] = clean(cleaned[field])
    if "duties" in cleaned:
        # Duties are a paragraph: keep line breaks, normalise each line.
        cleaned["duties"] = "\n".join(clean(line) for line in (cleaned["duties"] or "").splitlines()).strip()
    return cleaned


@transaction.atomic
def create_member(
    actor: Actor,
    *,
    unit: Unit,
    full_name: str,
    gender: str,
    birth_year: int | None = None,
    position: str = "",
    duties: str = "",
    is_head: bool = False,
    category: str = Category.PARTY,
    joined_on: datetime.date | None = None,
    user=None,
) -> Member:
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    require_unit_write(actor, unit)
    data = _clean_fields(
        dict(full_name=full_name, gender=gender, birth_year=birth_year, position=position, duties=duties,
             is_head=is_head, category=category, user=user)
    )
    errors = Errors()
    validate_member_fields(errors, data)
    errors.check(unit.active_to is None, "unit", "Đơn vị đã ngừng hoạt động.")
    errors.raise_if_any()
    member = Member.objects.create(unit=unit, **data)
    MemberTransfer.objects.create(member=member, to_unit=unit, date=joined_on or timezone.localdate(),
                                  reason="Bắt đầu sinh hoạt")
    record(actor, "create", member, after=snapshot(member))
    return member


@transaction.atomic
def update_member(actor: Actor, member: Member, **changes) -> Member:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"update_member cannot change {sorted(unknown)}")
    member = Member.objects.select_for_update().select_related("unit").get(pk=member.pk)
    # Whoever keeps the unit's records, not the member: a member may not edit their own party record.
    require_unit_write(actor, member.unit)
    before = snapshot(member)
    for field, value in _clean_fields(changes).items():
        setattr(member, field, value)
    errors = Errors()
    validate_member_fields(errors, snapshot(member) | {"full_name": member.full_name})
    errors.raise_if_any()
    member.save()
    record(actor, "update", member, before=before, after=snapshot(member))
    return member


def _move(member: Member, to_unit: Unit | None, on: datetime.date, reason: str) -> None:
    MemberTransfer.objects.filter(member=member, until__isnull=True, to_unit__isnull=False).update(until=on)
    MemberTransfer.objects.create(member=member, from_unit=member.unit, to_unit=to_unit, date=on, reason=reason)


@transaction.atomic
def transfer_member(actor: Actor, member: Member, to_unit: Unit, on: datetime.date | None = None,
                    reason: str = "") -> Member:
    """Move a member to another unit; both ends must be in the actor's scope."""
    member = Member.objects.select_for_update().select_related("unit").get(pk=member.pk)
    to_unit = Unit.objects.select_for_update().get(pk=to_unit.pk)
    require_unit_write(actor, member.unit)
    require_unit_write(actor, to_unit)
    errors = Errors()
    errors.check(member.status == Status.ACTIVE, "unit", "Chỉ chuyển sinh hoạt được cho người đang sinh hoạt.")
    errors.check(to_unit.pk != member.unit_id, "unit", "Đơn vị mới trùng với đơn vị hiện tại.")
    errors.check(to_unit.active_to is None, "unit", "Đơn vị mới đã ngừng hoạt động.")
    errors.raise_if_any()
    before = snapshot(member, ["unit"])
    _move(member, to_unit, on or timezone.localdate(), clean(reason) or "Chuyển sinh hoạt")
    member.unit = to_unit
    member.save(update_fields=["unit", "updated_at"])
    record(actor, "transfer", member, before=before, after=snapshot(member, ["unit"]))
    return member


@transaction.atomic
def end_membership(actor: Actor, member: Member, status: str, on: datetime.date | None = None,
                   reason: str = "") -> Member:
    """Transferred out of the province, left, or deceased: the row stays, for history and counts."""
    member = Member.objects.select_for_update().select_related("unit").get(pk=member.pk)
    require_unit_write(actor, member.unit)
    errors = Errors()
    errors.check(status in Status.values and status != Status.ACTIVE, "status", "Trạng thái không hợp lệ.")
    errors.check(member.status == Status.ACTIVE, "status", "Người này không còn sinh hoạt.")
    errors.raise_if_any()
    before = snapshot(member, ["status"])
    _move(member, None, on or timezone.localdate(), clean(reason) or Status(status).label)
    member.status = status
    member.save(update_fields=["status", "updated_at"])
    record(actor, "update", member, before=before, after=snapshot(member, ["status"]))
    return member


def transfer_members_on_merge(actor: Actor, source: Unit, successor: Unit, on: datetime.date) -> int:
    """Part of org.services.merge_units, inside its transaction and authorisation."""
    members = list(Member.objects.filter(unit=source, status=Status.ACTIVE))
    reason = f"Hợp nhất {source.name} vào {successor.name}"
    MemberTransfer.objects.filter(member__in=members, until__isnull=True, to_unit__isnull=False).update(until=on)
    MemberTransfer.objects.bulk_create(
        MemberTransfer(member=m, from_unit=source, to_unit=successor, date=on, reason=reason) for m in members
    )
    Member.objects.filter(pk__in=[m.pk for m in members]).update(unit=successor, updated_at=timezone.now())
    return len(members)


def unit_on(member: Member, on: datetime.date) -> int | None:
    """The id of the unit a member belonged to on a date, from the transfer history."""
    stay = member.transfers.filter(stay_on_q(on)).order_by("-date", "-id").first()
    return stay.to_unit_id if stay else None


def stay_on_q(on: datetime.date, prefix: str = ""):
    """Filter on MemberTransfer rows: the stays that cover date ``on``."""
    from django.db.models import Q

    return Q(**{f"{prefix}to_unit__isnull": False, f"{prefix}date__lte": on}) & (
        Q(**{f"{prefix}until__isnull": True}) | Q(**{f"{prefix}until__gt": on})
    )
