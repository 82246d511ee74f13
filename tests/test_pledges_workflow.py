import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tuyengiao.audit.models import AuditEntry
from tuyengiao.pledges.models import DeedResult, Pledge, PledgeState
from tuyengiao.pledges.services import (
    accept_pledge, confirm_assessment, create_theme, open_campaign, return_pledge, save_pledge, self_assess,
    submit_pledge,
)

pytestmark = pytest.mark.django_db

DEADLINE = datetime.date(2025, 6, 15)
BEFORE = timezone.make_aware(datetime.datetime(2025, 6, 1, 9, 0))
AFTER = timezone.make_aware(datetime.datetime(2025, 6, 20, 9, 0))
DEED = {"action": "Hướng dẫn 20 hộ dân thôn Bút Đông làm hồ sơ trực tuyến", "target": "20 hộ",
        "timeframe": "Quý III/2025", "duty": "Trưởng thôn"}


@pytest.fixture
def campaign(tree, system):
    theme = create_theme(system, unit=tree.province, title="Học tập và làm theo Bác về xây dựng văn hóa, con người",
                         year_from=2025, key_points="Nêu gương\nTrách nhiệm với nhân dân", document="01-KL/TW")
    return open_campaign(system, theme=theme, unit=tree.province, year=2025, registration_deadline=DEADLINE,
                         assessment_deadline=datetime.date(2025, 12, 15))


def test_member_writes_cell_returns_member_revises_cell_accepts(tree, campaign):
    dangvien, chibo = tree.actor("dangvien"), tree.actor("chibo")
    pledge = save_pledge(dangvien, campaign=campaign, member=tree.member_a, deeds=[DEED])
    pledge = submit_pledge(dangvien, pledge, now=BEFORE)
    assert pledge.state == PledgeState.SUBMITTED and not pledge.late
    with pytest.raises(ValidationError):
        return_pledge(chibo, pledge, comment="  ")
    pledge = return_pledge(chibo, pledge, comment="Ghi rõ số hộ và thời gian hoàn thành.")
    assert pledge.state == PledgeState.RETURNED
    pledge = save_pledge(dangvien, campaign=campaign, member=tree.member_a,
                         deeds=[DEED | {"target": "20 hộ, xong trước 30/9/2025"}])
    pledge = submit_pledge(dangvien, pledge, now=AFTER)
    assert not pledge.late, "lateness is decided by the first submission"
    pledge = accept_pledge(chibo, pledge)
    assert pledge.state == PledgeState.ACCEPTED and pledge.reviewed_by == tree.users["chibo"]
    with pytest.raises(ValidationError):
        save_pledge(dangvien, campaign=campaign, member=tree.member_a, deeds=[DEED])
    deed = pledge.deeds.get()
    self_assess(dangvien, pledge, {deed.pk: {"result": DeedResult.COMPLETED, "self_note": "Đã hướng dẫn 22 hộ"}})
    with pytest.raises(PermissionDenied):
        confirm_assessment(dangvien, pledge, {deed.pk: {"result": DeedResult.COMPLETED}})
    confirm_assessment(chibo, pledge, {deed.pk: {"result": DeedResult.PARTLY, "result_note": "Thiếu minh chứng"}})
    deed.refresh_from_db()
    assert deed.self_result == DeedResult.COMPLETED and deed.result == DeedResult.PARTLY
    actions = AuditEntry.objects.filter(object_type="pledge", object_id=str(pledge.pk)).count()
    assert actions == 8


def test_late_submission_is_accepted_and_marked(tree, campaign):
    pledge = save_pledge(tree.actor("chibo"), campaign=campaign, member=tree.member_a, deeds=[DEED])
    pledge = submit_pledge(tree.actor("chibo"), pledge, now=AFTER)
    assert pledge.state == PledgeState.SUBMITTED and pledge.late


def test_deed_count_rules(tree, campaign):
    with pytest.raises(ValidationError, match="từ 1 đến 2 việc"):
        save_pledge(tree.actor("dangvien"), campaign=campaign, member=tree.member_a, deeds=[DEED, DEED, DEED])
    with pytest.raises(ValidationError):
        save_pledge(tree.actor("dangvien"), campaign=campaign, member=tree.member_a, deeds=[])
    assert not Pledge.objects.exists()


def test_scope_of_writers_and_reviewers(tree, campaign):
    with pytest.raises(PermissionDenied):
        save_pledge(tree.actor("dangvien"), campaign=campaign, member=tree.member_b, deeds=[DEED])
    with pytest.raises(PermissionDenied):
        save_pledge(tree.actor("huyen"), campaign=campaign, member=tree.member_b, deeds=[DEED])
    pledge = save_pledge(tree.actor("dangvien"), campaign=campaign, member=tree.member_a, deeds=[DEED])
    submit_pledge(tree.actor("dangvien"), pledge, now=BEFORE)
    with pytest.raises(PermissionDenied):
        accept_pledge(tree.actor("dangvien"), pledge)  # nobody reviews their own pledge
    with pytest.raises(PermissionDenied):
        accept_pledge(tree.actor("lanhdao"), pledge)  # leaders only read
    accept_pledge(tree.actor("huyen"), pledge)  # an officer above may review


def test_collective_pledge_is_reviewed_by_the_unit_above(tree, campaign):
    pledge = save_pledge(tree.actor("coso"), campaign=campaign, unit=tree.commune_a, deeds=[DEED])
    submit_pledge(tree.actor("coso"), pledge, now=BEFORE)
    with pytest.raises(PermissionDenied):
        accept_pledge(tree.actor("coso"), pledge)
    accept_pledge(tree.actor("huyen"), pledge)
    pledge = save_pledge(tree.actor("huyen"), campaign=campaign, unit=tree.district_a, deeds=[DEED])
    submit_pledge(tree.actor("huyen"), pledge, now=BEFORE)
    with pytest.raises(PermissionDenied):
        accept_pledge(tree.actor("huyen"), pledge)  # a district's own pledge goes to the province
    accept_pledge(tree.actor("tinh"), pledge)


def test_cell_secretary_imports_paper_pledges_from_prefilled_template(tree, campaign, system):
    import io

    from openpyxl import load_workbook

    from tuyengiao.core.imports import run_import
    from tuyengiao.core.xlsx import to_bytes
    from tuyengiao.people.services import create_member
    from tuyengiao.pledges.imports import PledgeImporter

    other = create_member(system, unit=tree.cell_a, full_name="Lê Thị Cúc", gender="female", birth_year=1990,
                          joined_on=datetime.date(2020, 1, 1))
    importer = PledgeImporter(tree.actor("chibo"), {"campaign": str(campaign.pk), "unit": "CA"})
    assert importer.check_params() == ""
    book = load_workbook(io.BytesIO(to_bytes(importer.template())))
    sheet = book["Dữ liệu"]
    rows = {sheet.cell(row=r, column=2).value: r for r in range(2, sheet.max_row + 1)}
    assert set(rows) == {"Nguyễn Văn An", "Lê Thị Cúc"}
    r = rows["Lê Thị Cúc"]
    sheet.cell(row=r, column=3, value="Vận động 15 hộ phân loại rác tại nguồn")
    sheet.cell(row=r, column=4, value="15 hộ")
    sheet.cell(row=r, column=11, value="20/6/2025")
    buffer = io.BytesIO()
    book.save(buffer)
    result = run_import(importer, "dk.xlsx", buffer.getvalue(), dry_run=False)
    assert result.ok, result.errors
    pledge = Pledge.objects.get(member=other)
    assert pledge.state == PledgeState.SUBMITTED and pledge.late and pledge.entered_by == tree.users["chibo"]
    assert not Pledge.objects.filter(member=tree.member_a).exists(), "a blank prefilled row is skipped"
    outsider = PledgeImporter(tree.actor("chibo"), {"campaign": str(campaign.pk), "unit": "CB"})
    assert "không có quyền" in outsider.check_params()
