"""Writing initiatives: register, edit, change status, record a year's upkeep, adopt.

Each function checks the actor's scope inside its transaction, validates (Vietnamese errors,
nothing written on error), writes the audit log and re-screens what it changed.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from tuyengiao.accounts.scope import NO_PERMISSION, actor_scope
from tuyengiao.audit.services import record, snapshot
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import Errors
from tuyengiao.initiatives import checks
from tuyengiao.initiatives.models import RUNNING, Field, Initiative, InitiativeYear, Status, StatusChange
from tuyengiao.org.models import Unit
from tuyengiao.screening.normalize import clean, fold

EDITABLE = ("name", "field", "description", "goals", "targets", "people_in_charge", "theme")
AUDITED = ("name", "unit", "year", "registered_on", "field", "description", "goals", "targets", "people_in_charge",
           "theme", "status", "adopted_from", "replication_unit")


def clean_text(text) -> str:
    """NFC, each line trimmed, no empty lines at either end."""
    return "\n".join(clean(line) for line in str(text or "").splitlines()).strip()


def require_writer(actor: Actor, unit: Unit) -> None:
    scope = actor_scope(actor)
    if scope is not None and not scope.covers(unit):
        raise PermissionDenied(NO_PERMISSION)


def _validate(errors: Errors, values: dict) -> None:
    errors.check(bool(values["name"]), "name", "Chưa nhập tên mô hình.")
    errors.check(len(values["name"]) <= 255, "name", "Tên mô hình dài tối đa 255 ký tự.")
    errors.check(values["field"] in Field.values, "field", "Chưa chọn lĩnh vực của mô hình.")
    errors.check(bool(values["description"]), "description",
                 "Chưa nhập nội dung, cách làm: mô hình không thể chỉ có tên.")
    errors.check(len(values["people_in_charge"]) <= 500, "people_in_charge", "Người phụ trách dài tối đa 500 ký tự.")


def _duplicate(unit: Unit, year: int, name: str, exclude: int | None = None) -> bool:
    same = Initiative.objects.filter(unit=unit, year=year, name_fold=fold(name))
    return same.exclude(pk=exclude).exists() if exclude else same.exists()


def _values(data: dict) -> dict:
    return {"name": clean(data.get("name")), "field": data.get("field") or "",
            "description": clean_text(data.get("description")), "goals": clean_text(data.get("goals")),
            "targets": clean_text(data.get("targets")), "people_in_charge": clean(data.get("people_in_charge")),
            "theme": data.get("theme")}


def _status(actor: Actor, initiative: Initiative, status: str, on: datetime.date, note: str = "") -> None:
    initiative.status = status
    StatusChange.objects.create(initiative=initiative, status=status, date=on, note=note, changed_by=actor.user)


@transaction.atomic
def register_initiative(actor: Actor, *, unit: Unit, registered_on: datetime.date | None = None,
                        adopted_from: Initiative | None = None, screen: bool = True, **data) -> Initiative:
    unit = Unit.objects.get(pk=unit.pk)
    require_writer(actor, unit)
    registered_on = registered_on or timezone.localdate()
    values = _values(data)
    errors = Errors()
    _validate(errors, values)
    errors.check(registered_on <= timezone.localdate(), "registered_on", "Ngày đăng ký không được sau hôm nay.")
    errors.check(registered_on >= unit.active_from, "registered_on",
                 f"Ngày đăng ký trước ngày {unit.name} bắt đầu hoạt động.")
    errors.check(unit.active_to is None or registered_on <= unit.active_to, "unit",
                 f"{unit.name} đã ngừng hoạt động.")
    if values["name"]:
        errors.check(not _duplicate(unit, registered_on.year, values["name"]), "name",
                     f"{unit.name} đã đăng ký mô hình “{values['name']}” năm {registered_on.year}.")
    errors.raise_if_any()
    initiative = Initiative(unit=unit, year=registered_on.year, registered_on=registered_on, adopted_from=adopted_from,
                            created_by=actor.user, **values)
    initiative.save()
    StatusChange.objects.create(initiative=initiative, status=Status.REGISTERED, date=registered_on,
                                changed_by=actor.user)
    InitiativeYear.objects.create(initiative=initiative, year=registered_on.year, maintained=True)
    what = f"Nhân rộng mô hình “{adopted_from.name}”" if adopted_from else "Đăng ký mô hình"
    record(actor, "create", initiative, object_repr=f"{what}: {initiative.name}"[:255],
           after=snapshot(initiative, list(AUDITED)))
    if screen:
        checks.screen_initiative(initiative)
    return initiative


@transaction.atomic
def update_initiative(actor: Actor, initiative: Initiative, **data) -> Initiative:
    initiative = Initiative.objects.select_for_update(of=("self",)).select_related("unit").get(pk=initiative.pk)
    require_writer(actor, initiative.unit)
    values = _values(data)
    errors = Errors()
    _validate(errors, values)
    if values["name"]:
        errors.check(not _duplicate(initiative.unit, initiative.year, values["name"], exclude=initiative.pk), "name",
                     f"{initiative.unit.name} đã có mô hình “{values['name']}” năm {initiative.year}.")
    errors.raise_if_any()
    before = snapshot(initiative, list(AUDITED))
    for name, value in values.items():
        setattr(initiative, name, value)
    initiative.save()
    record(actor, "update", initiative, before=before, after=snapshot(initiative, list(AUDITED)))
    checks.screen_initiative(initiative)
    return initiative


# The unit's own transitions; evaluation and selection are the reviewers' (review.py).
UNIT_TRANSITIONS = {
    "implementing": ([Status.REGISTERED], "Bắt đầu triển khai"),
    "stopped": (RUNNING, "Dừng thực hiện"),
    "resumed": ([Status.STOPPED], "Thực hiện trở lại"),
}


@transaction.atomic
def change_status(actor: Actor, initiative: Initiative, action: str, on: datetime.date | None = None,
                  note: str = "") -> Initiative:
    initiative = Initiative.objects.select_for_update(of=("self",)).select_related("unit").get(pk=initiative.pk)
    require_writer(actor, initiative.unit)
    on = on or timezone.localdate()
    errors = Errors()
    allowed, label = UNIT_TRANSITIONS.get(action, ([], ""))
    errors.check(bool(label), "action", "Thao tác không hợp lệ.")
    errors.check(not label or initiative.status in allowed, "action",
                 f"Mô hình đang ở trạng thái “{initiative.get_status_display()}”, không thể {label.lower()}.")
    errors.check(on <= timezone.localdate(), "on", "Ngày không được sau hôm nay.")
    errors.check(on >= initiative.registered_on, "on", "Ngày không được trước ngày đăng ký mô hình.")
    errors.raise_if_any()
    before = snapshot(initiative, ["status"])
    status = Status.IMPLEMENTING if action in ("implementing", "resumed") else Status.STOPPED
    _status(actor, initiative, status, on, clean_text(note))
    initiative.save(update_fields=["status", "updated_at"])
    record(actor, "update", initiative, object_repr=f"{label}: {initiative.name}"[:255], before=before,
           after=snapshot(initiative, ["status"]))
    return initiative


@transaction.atomic
def record_year(actor: Actor, initiative: Initiative, year: int, maintained: bool, note: str = "") -> InitiativeYear:
    """The unit's report for a year: the initiative was kept up (or not), with what it achieved."""
    initiative = Initiative.objects.select_related("unit").get(pk=initiative.pk)
    require_writer(actor, initiative.unit)
    errors = Errors()
    errors.check(initiative.year <= year <= timezone.localdate().year, "year",
                 f"Năm phải từ {initiative.year} (năm đăng ký) đến năm nay.")
    errors.raise_if_any()
    row, created = InitiativeYear.objects.update_or_create(
        initiative=initiative, year=year, defaults={"maintained": maintained, "note": clean_text(note)})
    state = "có duy trì" if maintained else "không duy trì"
    record(actor, "create" if created else "update", initiative,
           object_repr=f"{initiative.name}: năm {year} {state}"[:255],
           after={"year": year, "maintained": maintained, "note": row.note})
    return row


@transaction.atomic
def adopt(actor: Actor, original: Initiative, unit: Unit, registered_on: datetime.date | None = None,
          **data) -> Initiative:
    """``unit`` takes up an initiative selected for replication: its own initiative, linked to the original."""
    from tuyengiao.initiatives.access import adoptable_units

    original = Initiative.objects.select_related("replication_unit").get(pk=original.pk)
    scope = actor_scope(actor)
    errors = Errors()
    errors.check(original.status == Status.REPLICATING, "unit", "Mô hình này chưa được chọn để nhân rộng.")
    errors.check(original.adopted_from_id is None, "unit", "Hãy áp dụng từ mô hình gốc.")
    errors.check(unit.pk != original.unit_id, "unit", "Đơn vị của mô hình gốc không tự nhân rộng mô hình của mình.")
    errors.check(not Initiative.objects.filter(adopted_from=original, unit=unit).exists(), "unit",
                 f"{unit.name} đã áp dụng mô hình này.")
    errors.raise_if_any()
    if scope is not None and not adoptable_units(scope, original).filter(pk=unit.pk).exists():
        raise PermissionDenied("Đơn vị này không thuộc phạm vi nhân rộng của mô hình, hoặc bạn không có quyền.")
    data = {"name": original.name, "field": original.field, "description": original.description,
            "goals": original.goals, "targets": original.targets, "theme": original.theme, **data}
    return register_initiative(actor, unit=unit, registered_on=registered_on, adopted_from=original, **data)
