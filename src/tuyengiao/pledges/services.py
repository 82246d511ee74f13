"""The pledge workflow: draft → submitted → returned → accepted, then year-end assessment.

Each function is one transaction, checks its actor inside it, and writes the audit log.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from tuyengiao.accounts.scope import actor_scope, require_tree_manage
from tuyengiao.audit.services import record, snapshot
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import Errors
from tuyengiao.flags.services import screen_pledge
from tuyengiao.org.models import Unit, UnitKind
from tuyengiao.people.models import Member, Status
from tuyengiao.pledges import permissions
from tuyengiao.pledges.models import (
    DEFAULT_COLLECTIVE_KINDS, Campaign, Deed, DeedResult, OwnerKind, Pledge, PledgeState, Theme,
)
from tuyengiao.screening.normalize import clean

DEED_FIELDS = ("action", "target", "timeframe", "duty")


def _text(value) -> str:
    return "\n".join(clean(line) for line in str(value or "").splitlines()).strip()


def pledge_snapshot(pledge: Pledge) -> dict:
    data = snapshot(pledge)
    data["deeds"] = [snapshot(deed, ["action", "target", "timeframe", "duty", "self_result", "result"])
                     for deed in pledge.deeds.all()]
    return data


@transaction.atomic
def create_theme(actor: Actor, *, unit: Unit, title: str, year_from: int, year_to: int | None = None,
                 kind: str = Theme.Kind.YEAR, text: str = "", key_points: str = "", document: str = "") -> Theme:
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    require_tree_manage(actor, unit)
    errors = Errors()
    errors.check(bool(clean(title)), "title", "Chưa nhập tên chuyên đề.")
    errors.check(kind in Theme.Kind.values, "kind", "Loại chuyên đề không hợp lệ.")
    year_to = year_to or year_from
    errors.check(year_from <= year_to, "year_to", "Năm kết thúc phải sau năm bắt đầu.")
    errors.raise_if_any()
    theme = Theme.objects.create(unit=unit, kind=kind, title=clean(title), text=_text(text),
                                 key_points=_text(key_points), document=clean(document), year_from=year_from,
                                 year_to=year_to)
    record(actor, "create", theme, after=snapshot(theme))
    return theme


@transaction.atomic
def open_campaign(actor: Actor, *, theme: Theme, unit: Unit, year: int, registration_deadline: datetime.date,
                  assessment_deadline: datetime.date, collective_kinds: list[str] | None = None,
                  min_deeds: int = 1, max_deeds: int = 2, length_guide: int = 400,
                  term_theme: Theme | None = None) -> Campaign:
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    require_tree_manage(actor, unit)
    kinds = list(collective_kinds if collective_kinds is not None else DEFAULT_COLLECTIVE_KINDS)
    errors = Errors()
    errors.check(1 <= min_deeds <= max_deeds <= 10, "max_deeds", "Số việc tối thiểu, tối đa không hợp lệ.")
    errors.check(registration_deadline < assessment_deadline, "assessment_deadline",
                 "Hạn đánh giá phải sau hạn đăng ký.")
    errors.check(registration_deadline.year == year, "registration_deadline", "Hạn đăng ký phải trong năm của đợt.")
    errors.check(all(kind in UnitKind.values for kind in kinds), "collective_kinds", "Loại hình đơn vị không hợp lệ.")
    errors.check(not Campaign.objects.filter(unit=unit, year=year).exists(), "year",
                 f"Đơn vị này đã có đợt đăng ký năm {year}.")
    errors.raise_if_any()
    campaign = Campaign.objects.create(
        theme=theme, term_theme=term_theme, unit=unit, year=year, registration_deadline=registration_deadline,
        assessment_deadline=assessment_deadline, collective_kinds=kinds, min_deeds=min_deeds,
        max_deeds=max_deeds, length_guide=length_guide,
    )
    record(actor, "create", campaign, after=snapshot(campaign))
    return campaign


def _check_deeds(errors: Errors, campaign: Campaign, deeds: list[dict]) -> list[dict]:
    cleaned = []
    for deed in deeds:
        values = {field: _text(deed.get(field)) for field in DEED_FIELDS}
        if any(values.values()):
            cleaned.append(values)
    if len(cleaned) < campaign.min_deeds or len(cleaned) > campaign.max_deeds:
        errors.add("deeds", f"Mỗi bản đăng ký có từ {campaign.min_deeds} đến {campaign.max_deeds} việc làm; "
                            f"bản này có {len(cleaned)} việc.")
    for number, deed in enumerate(cleaned, start=1):
        errors.check(bool(deed["action"]), "deeds", f"Việc {number}: chưa ghi việc sẽ làm.")
    return cleaned


def campaign_covers(campaign: Campaign, unit: Unit) -> bool:
    return unit.path.startswith(campaign.unit.path)


@transaction.atomic
def save_pledge(actor: Actor, *, campaign: Campaign, deeds: list[dict], member: Member | None = None,
                unit: Unit | None = None) -> Pledge:
    """Create or rewrite the deeds of an individual (``member``) or collective (``unit``) pledge."""
    campaign = Campaign.objects.select_related("unit").get(pk=campaign.pk)
    errors = Errors()
    if member is not None:
        member = Member.objects.select_related("unit").get(pk=member.pk)
        owner_unit = member.unit
        errors.check(member.status == Status.ACTIVE, "member", "Người này không còn sinh hoạt.")
        pledge = Pledge.objects.select_for_update().filter(campaign=campaign, member=member).first()
        kind = OwnerKind.INDIVIDUAL
    else:
        owner_unit = Unit.objects.get(pk=unit.pk)
        errors.check(owner_unit.kind in campaign.collective_kinds, "unit",
                     "Loại hình đơn vị này không đăng ký tập thể trong đợt này.")
        pledge = Pledge.objects.select_for_update().filter(
            campaign=campaign, unit=owner_unit, owner_kind=OwnerKind.COLLECTIVE).first()
        kind = OwnerKind.COLLECTIVE
    errors.check(campaign_covers(campaign, owner_unit), "unit", "Đơn vị không thuộc phạm vi của đợt đăng ký.")
    errors.check(not campaign.is_closed, "campaign", "Đợt đăng ký đã kết thúc.")
    scope = actor_scope(actor)
    if pledge is None:
        if scope is not None and not (scope.covers(owner_unit) or (member and member.pk in scope.member_ids)):
            raise PermissionDenied("Bạn không có quyền đăng ký cho người hoặc đơn vị này.")
    else:
        if scope is not None and not scope.can_write(pledge):
            raise PermissionDenied("Bạn không có quyền sửa bản đăng ký này.")
        errors.check(pledge.state in (PledgeState.DRAFT, PledgeState.RETURNED), "state",
                     "Bản đăng ký đã gửi hoặc đã duyệt thì không sửa được.")
    cleaned = _check_deeds(errors, campaign, deeds)
    errors.raise_if_any()
    if pledge is None:
        pledge = Pledge.objects.create(campaign=campaign, owner_kind=kind, member=member, unit=owner_unit,
                                       entered_by=actor.user)
        before = None
    else:
        before = pledge_snapshot(pledge)
        pledge.deeds.all().delete()
        pledge.unit = owner_unit
        pledge.save(update_fields=["unit", "updated_at"])
    Deed.objects.bulk_create(Deed(pledge=pledge, position=i, **values) for i, values in enumerate(cleaned, 1))
    screen_pledge(pledge)  # flags for the author to see at once, and band keys for later lookups
    record(actor, "update" if before else "create", pledge, before=before, after=pledge_snapshot(pledge))
    return pledge


def _locked(pledge: Pledge) -> Pledge:
    return (Pledge.objects.select_for_update(of=("self",))
            .select_related("campaign", "unit", "unit__parent").get(pk=pledge.pk))


def _transition(actor: Actor, pledge: Pledge, check, change) -> Pledge:
    with transaction.atomic():
        pledge = _locked(pledge)
        scope = actor_scope(actor)
        check(scope, pledge)
        before = pledge_snapshot(pledge)
        change(pledge)
        pledge.save()
        record(actor, "update", pledge, before=before, after=pledge_snapshot(pledge))
    return pledge


def submit_pledge(actor: Actor, pledge: Pledge, now: datetime.datetime | None = None) -> Pledge:
    now = now or timezone.now()

    def check(scope, pledge):
        if scope is not None and not scope.can_write(pledge):
            raise PermissionDenied("Bạn không có quyền gửi bản đăng ký này.")
        errors = Errors()
        errors.check(pledge.state in (PledgeState.DRAFT, PledgeState.RETURNED), "state",
                     "Bản đăng ký đã được gửi.")
        errors.check(pledge.deeds.exists(), "deeds", "Bản đăng ký chưa có việc làm nào.")
        errors.check(not pledge.campaign.is_closed, "campaign", "Đợt đăng ký đã kết thúc.")
        errors.raise_if_any()

    def change(pledge):
        if pledge.first_submitted_at is None:
            pledge.first_submitted_at = now
            # Late is decided once, by the first submission: a pledge sent on time and returned for
            # revision is not late because the revision comes after the deadline.
            pledge.late = timezone.localdate(now) > pledge.campaign.registration_deadline
        pledge.submitted_at = now
        pledge.state = PledgeState.SUBMITTED

    return _transition(actor, pledge, check, change)


def _require_reviewer(scope, pledge):
    if scope is not None and not permissions.can_review(scope, pledge):
        raise PermissionDenied("Bạn không có quyền duyệt bản đăng ký này.")


def return_pledge(actor: Actor, pledge: Pledge, comment: str) -> Pledge:
    comment = _text(comment)

    def check(scope, pledge):
        _require_reviewer(scope, pledge)
        errors = Errors()
        errors.check(pledge.state == PledgeState.SUBMITTED, "state", "Chỉ trả lại được bản đăng ký đang chờ duyệt.")
        errors.check(bool(comment), "review_comment", "Hãy ghi ý kiến để người đăng ký biết cần sửa gì.")
        errors.raise_if_any()

    def change(pledge):
        pledge.state = PledgeState.RETURNED
        pledge.review_comment = comment
        pledge.reviewed_by, pledge.reviewed_at = actor.user, timezone.now()

    return _transition(actor, pledge, check, change)


def accept_pledge(actor: Actor, pledge: Pledge, comment: str = "") -> Pledge:
    def check(scope, pledge):
        _require_reviewer(scope, pledge)
        errors = Errors()
        errors.check(pledge.state == PledgeState.SUBMITTED, "state", "Chỉ duyệt được bản đăng ký đang chờ duyệt.")
        errors.raise_if_any()

    def change(pledge):
        pledge.state = PledgeState.ACCEPTED
        pledge.review_comment = _text(comment)
        pledge.reviewed_by, pledge.reviewed_at = actor.user, timezone.now()

    return _transition(actor, pledge, check, change)


def _apply_results(pledge: Pledge, results: dict, result_field: str, note_fields: tuple[str, ...]) -> Errors:
    errors = Errors()
    deeds = {deed.pk: deed for deed in pledge.deeds.all()}
    for deed_id, values in results.items():
        deed = deeds.get(int(deed_id))
        if deed is None:
            errors.add("deeds", "Việc đăng ký không thuộc bản đăng ký này.")
            continue
        if values.get("result") not in DeedResult.values:
            errors.add("deeds", f"Việc {deed.position}: chưa chọn mức hoàn thành.")
            continue
        setattr(deed, result_field, values["result"])
        for field in note_fields:
            setattr(deed, field, _text(values.get(field, "")))
    missing = set(deeds) - {int(k) for k in results}
    if missing:
        errors.add("deeds", "Cần đánh giá tất cả các việc đã đăng ký.")
    if not errors.by_field:
        Deed.objects.bulk_update(deeds.values(), [result_field, *note_fields])
    return errors


def self_assess(actor: Actor, pledge: Pledge, results: dict) -> Pledge:
    """``results``: {deed id: {"result": ..., "self_note": ..., "evidence": ...}}."""

    def check(scope, pledge):
        if scope is not None and not scope.can_write(pledge):
            raise PermissionDenied("Bạn không có quyền đánh giá bản đăng ký này.")
        errors = Errors()
        errors.check(pledge.state == PledgeState.ACCEPTED, "state", "Chỉ tự đánh giá bản đăng ký đã được duyệt.")
        errors.check(pledge.confirmed_at is None, "state", "Kết quả đã được xác nhận.")
        errors.raise_if_any()

    def change(pledge):
        _apply_results(pledge, results, "self_result", ("self_note", "evidence")).raise_if_any()
        pledge.self_assessed_at = timezone.now()

    return _transition(actor, pledge, check, change)


def confirm_assessment(actor: Actor, pledge: Pledge, results: dict) -> Pledge:
    """The reviewer confirms or corrects: {deed id: {"result": ..., "result_note": ...}}."""

    def check(scope, pledge):
        _require_reviewer(scope, pledge)
        errors = Errors()
        errors.check(pledge.self_assessed_at is not None, "state", "Người đăng ký chưa tự đánh giá.")
        errors.raise_if_any()

    def change(pledge):
        _apply_results(pledge, results, "result", ("result_note",)).raise_if_any()
        pledge.confirmed_at, pledge.confirmed_by = timezone.now(), actor.user

    return _transition(actor, pledge, check, change)


@transaction.atomic
def close_campaign(actor: Actor, campaign: Campaign) -> Campaign:
    campaign = Campaign.objects.select_for_update().select_related("unit").get(pk=campaign.pk)
    require_tree_manage(actor, campaign.unit)
    errors = Errors()
    errors.check(not campaign.is_closed, "closed_at", "Đợt đăng ký đã kết thúc.")
    errors.raise_if_any()
    campaign.closed_at = timezone.now()
    campaign.save(update_fields=["closed_at"])
    record(actor, "close", campaign, after=snapshot(campaign, ["closed_at"]))
    return campaign

