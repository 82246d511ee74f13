"""Writes of the reports app: opening a call for periodic reports, recording a report received.

Each function is one transaction, checks its actor inside it, and writes the audit log.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from tuyengiao.accounts.scope import actor_scope, require_tree_manage
from tuyengiao.audit.services import record, snapshot
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import Errors
from tuyengiao.org.models import Unit, UnitKind
from tuyengiao.org.tree import SEGMENT, subtree_q
from tuyengiao.reports import submissions
from tuyengiao.reports.models import DEFAULT_REPORTER_KINDS, ReportCall, ReportSubmission
from tuyengiao.reports.periods import Period
from tuyengiao.screening.normalize import clean


def _overlapping(unit: Unit, period: Period):
    """Calls of the period above or below ``unit``: a unit may owe one report per period, not two."""
    ancestors = [unit.path[:end] for end in range(SEGMENT, len(unit.path), SEGMENT)]
    return ReportCall.objects.filter(period=period.code).filter(
        subtree_q(unit.path, "unit__path") | Q(unit__path__in=ancestors))


@transaction.atomic
def open_call(actor: Actor, *, unit: Unit, period: str, deadline: datetime.date, grace_days: int = 0,
              reporter_kinds: list[str] | None = None) -> ReportCall:
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    require_tree_manage(actor, unit)
    errors = Errors()
    try:
        parsed = Period.parse(period)
    except ValidationError as error:
        errors.add("period", error.messages[0])
        parsed = None
    kinds = list(reporter_kinds if reporter_kinds else DEFAULT_REPORTER_KINDS)
    errors.check(all(kind in UnitKind.values for kind in kinds), "reporter_kinds", "Loại hình đơn vị không hợp lệ.")
    errors.check(0 <= grace_days <= 90, "grace_days", "Số ngày cho phép nộp sau hạn phải từ 0 đến 90.")
    if parsed is not None:
        errors.check(parsed.year <= deadline.year <= parsed.year + 1, "deadline",
                     f"Hạn nộp phải trong năm {parsed.year} hoặc năm {parsed.year + 1}.")
        existing = _overlapping(unit, parsed).select_related("unit").first()
        if existing is not None:
            errors.add("period", f"Đã có đợt báo cáo {parsed.review} của {existing.unit.name}; mỗi đơn vị chỉ "
                                 "báo cáo một lần mỗi kỳ.")
    errors.raise_if_any()
    call = ReportCall.objects.create(unit=unit, period=parsed.code, deadline=deadline, grace_days=grace_days,
                                     reporter_kinds=kinds)
    record(actor, "create", call, after=snapshot(call))
    return call


def _require_receiver(actor: Actor, unit: Unit) -> None:
    """The reporting unit's own writers, or the officers above it who receive the report."""
    scope = actor_scope(actor)
    if scope is not None and not scope.covers(unit):
        raise PermissionDenied("Bạn không có quyền ghi nhận báo cáo của đơn vị này.")


@transaction.atomic
def record_submission(actor: Actor, *, call: ReportCall, unit: Unit, submitted_on: datetime.date, number: str = "",
                      note: str = "", today: datetime.date | None = None) -> ReportSubmission:
    call = ReportCall.objects.select_for_update().select_related("unit").get(pk=call.pk)
    unit = Unit.objects.get(pk=unit.pk)
    _require_receiver(actor, unit)
    today = today or timezone.localdate()
    errors = Errors()
    errors.check(submissions.expected_units(call, call.unit).filter(pk=unit.pk).exists(), "unit",
                 f"{unit.name} không thuộc diện phải gửi báo cáo của đợt này.")
    errors.check(not ReportSubmission.objects.filter(call=call, unit=unit).exists(), "unit",
                 f"Đã ghi nhận báo cáo của {unit.name} trong đợt này.")
    errors.check(submitted_on <= today, "submitted_on", "Ngày gửi không được sau ngày hôm nay.")
    errors.check(submitted_on >= call.period_obj.start, "submitted_on", "Ngày gửi phải sau ngày bắt đầu kỳ báo cáo.")
    errors.raise_if_any()
    submission = ReportSubmission.objects.create(call=call, unit=unit, submitted_on=submitted_on,
                                                 number=clean(number), note=clean(note), entered_by=actor.user)
    record(actor, "create", submission, after=snapshot(submission))
    return submission


@transaction.atomic
def withdraw_submission(actor: Actor, submission: ReportSubmission, reason: str) -> ReportCall:
    """Undo a receipt recorded by mistake (wrong unit or date); the log keeps what it said and why."""
    submission = ReportSubmission.objects.select_for_update().select_related("call", "unit").get(pk=submission.pk)
    _require_receiver(actor, submission.unit)
    errors = Errors()
    errors.check(bool(clean(reason)), "reason", "Hãy ghi lý do hủy ghi nhận.")
    errors.raise_if_any()
    before = snapshot(submission)
    record(actor, "delete", submission, before=before, after={"reason": clean(reason)})
    submission.delete()
    return submission.call
