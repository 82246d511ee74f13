"""What officers of higher units do with an initiative: evaluate it, select it for replication,
dismiss its flags. Each is audited; the decision and who made it stay on the record."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from tuyengiao.accounts.scope import actor_scope
from tuyengiao.audit.services import record, snapshot
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import Errors
from tuyengiao.initiatives.access import reviewer_units
from tuyengiao.initiatives.models import CRITERIA, Evaluation, Initiative, InitiativeFlag, Result, Status
from tuyengiao.initiatives.services import _status, clean_text
from tuyengiao.org.models import Unit

SCORE_MIN, SCORE_MAX = 1, 10
NOT_REVIEWER = "Chỉ cán bộ của cấp ủy cấp trên mới đánh giá, lựa chọn mô hình của đơn vị này."


def _reviewer_units(actor: Actor, initiative: Initiative) -> list[Unit] | None:
    """Units the actor reviews from (None: the system itself, which may use any ancestor)."""
    scope = actor_scope(actor)
    if scope is None:
        return None
    units = reviewer_units(scope, initiative.unit)
    if not units:
        raise PermissionDenied(NOT_REVIEWER)
    return units


@transaction.atomic
def evaluate(actor: Actor, initiative: Initiative, *, scores: dict[str, int], result: str, comments: str = "",
             on: datetime.date | None = None, unit: Unit | None = None) -> Evaluation:
    initiative = Initiative.objects.select_for_update(of=("self",)).select_related("unit").get(pk=initiative.pk)
    units = _reviewer_units(actor, initiative)
    on = on or timezone.localdate()
    errors = Errors()
    for key, label in CRITERIA:
        value = scores.get(key)
        errors.check(isinstance(value, int) and SCORE_MIN <= value <= SCORE_MAX, key,
                     f"Điểm “{label}” phải từ {SCORE_MIN} đến {SCORE_MAX}.")
    errors.check(result in Result.values, "result", "Chưa chọn kết quả đánh giá.")
    errors.check(initiative.status != Status.STOPPED, "result", "Mô hình đã dừng thực hiện, không đánh giá được.")
    errors.check(initiative.registered_on <= on <= timezone.localdate(), "on",
                 "Ngày đánh giá phải từ ngày đăng ký mô hình đến hôm nay.")
    if units is not None and unit is not None:
        errors.check(unit in units, "unit", "Đơn vị đánh giá không phải cấp trên của đơn vị có mô hình.")
    errors.raise_if_any()
    if unit is None:
        unit = units[0] if units else (initiative.unit.parent or initiative.unit)
    evaluation = Evaluation.objects.create(initiative=initiative, evaluator=actor.user, evaluator_unit=unit, date=on,
                                           comments=clean_text(comments), result=result,
                                           **{key: scores[key] for key, _ in CRITERIA})
    before = snapshot(initiative, ["status"])
    # A new evaluation replaces the earlier verdict, except that a selection for replication stands.
    if initiative.status != Status.REPLICATING or result != Result.TYPICAL:
        status = Status.TYPICAL if result == Result.TYPICAL else Status.EVALUATED
        if initiative.status == Status.REPLICATING:
            initiative.replication_unit = None
        _status(actor, initiative, status, on, f"{unit.name}: {Result(result).label.lower()}")
        initiative.save(update_fields=["status", "replication_unit", "updated_at"])
    record(actor, "evaluate", initiative,
           object_repr=f"Đánh giá mô hình “{initiative.name}”: {Result(result).label}"[:255], before=before,
           after={"status": initiative.status, **snapshot(evaluation, ["result", "date", "evaluator_unit",
                                                                        *[k for k, _ in CRITERIA]])})
    return evaluation


@transaction.atomic
def select_for_replication(actor: Actor, initiative: Initiative, replication_unit: Unit,
                           note: str = "", on: datetime.date | None = None) -> Initiative:
    """Offer an initiative judged typical to the units of ``replication_unit``'s subtree."""
    initiative = Initiative.objects.select_for_update(of=("self",)).select_related("unit").get(pk=initiative.pk)
    units = _reviewer_units(actor, initiative)
    on = on or timezone.localdate()
    latest = initiative.evaluations.order_by("-date", "-id").first()
    errors = Errors()
    errors.check(latest is not None and latest.result == Result.TYPICAL, "replication_unit",
                 "Mô hình cần được đánh giá “Tiêu biểu” trước khi chọn để nhân rộng.")
    errors.check(initiative.status != Status.REPLICATING, "replication_unit", "Mô hình đã được chọn để nhân rộng.")
    errors.check(initiative.adopted_from_id is None, "replication_unit",
                 "Đây là mô hình áp dụng từ nơi khác; hãy nhân rộng mô hình gốc.")
    if units is not None:
        errors.check(replication_unit in units, "replication_unit",
                     "Phạm vi nhân rộng phải là cấp ủy cấp trên mà bạn phụ trách.")
    else:
        errors.check(initiative.unit.path.startswith(replication_unit.path), "replication_unit",
                     "Phạm vi nhân rộng phải chứa đơn vị có mô hình.")
    errors.raise_if_any()
    before = snapshot(initiative, ["status", "replication_unit"])
    initiative.replication_unit = replication_unit
    _status(actor, initiative, Status.REPLICATING, on,
            clean_text(note) or f"Nhân rộng trong phạm vi {replication_unit.name}")
    initiative.save(update_fields=["status", "replication_unit", "updated_at"])
    record(actor, "select", initiative, object_repr=f"Chọn nhân rộng mô hình “{initiative.name}”"[:255],
           before=before, after=snapshot(initiative, ["status", "replication_unit"]))
    return initiative


def can_dismiss(scope, flag: InitiativeFlag) -> bool:
    return scope.is_admin or bool(reviewer_units(scope, flag.initiative.unit))


@transaction.atomic
def dismiss_flag(actor: Actor, flag: InitiativeFlag, reason: str) -> InitiativeFlag:
    flag = (InitiativeFlag.objects.select_for_update(of=("self",)).select_related("initiative", "initiative__unit")
            .get(pk=flag.pk))
    scope = actor_scope(actor)
    if scope is not None and not can_dismiss(scope, flag):
        raise PermissionDenied("Bạn không có quyền bỏ qua cảnh báo này.")
    reason = clean_text(reason)
    errors = Errors()
    errors.check(flag.status == InitiativeFlag.State.OPEN, "status", "Cảnh báo này đã được bỏ qua.")
    errors.check(bool(reason), "reason", "Hãy ghi lý do bỏ qua cảnh báo.")
    errors.raise_if_any()
    before = snapshot(flag, ["status", "dismissed_reason"])
    flag.status = InitiativeFlag.State.DISMISSED
    flag.dismissed_reason = reason
    flag.dismissed_by = actor.user
    flag.dismissed_at = timezone.now()
    flag.save(update_fields=["status", "dismissed_reason", "dismissed_by", "dismissed_at"])
    record(actor, "dismiss", flag, object_repr=f"Bỏ qua cảnh báo “{flag.label}” – {flag.initiative.name}"[:255],
           before=before, after=snapshot(flag, ["status", "dismissed_reason"]))
    return flag
