"""The tracking figures equal counts taken directly from the rows, and roll up exactly."""

import datetime

import pytest

from tuyengiao.org.models import Unit, UnitKind
from tuyengiao.org.services import create_unit, merge_into_new_unit
from tuyengiao.people.models import Member
from tuyengiao.people.services import create_member, transfer_member
from tuyengiao.pledges import tracking
from tuyengiao.pledges.models import DeedResult, OwnerKind, Pledge
from tuyengiao.pledges.services import (
    accept_pledge, confirm_assessment, create_theme, open_campaign, return_pledge, save_pledge, self_assess,
    submit_pledge,
)
from tests.test_pledges_workflow import AFTER, BEFORE, DEADLINE, DEED

pytestmark = pytest.mark.django_db
START = datetime.date(2020, 1, 1)


@pytest.fixture
def province(tree, system):
    """Five members per cell in CA and CB; pledges in every state; collective pledges of some units."""
    theme = create_theme(system, unit=tree.province, title="Chuyên đề năm 2025", year_from=2025)
    campaign = open_campaign(system, theme=theme, unit=tree.province, year=2025, registration_deadline=DEADLINE,
                             assessment_deadline=datetime.date(2025, 12, 15))
    names = ["Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Gấm"]
    for cell in (tree.cell_a, tree.cell_b):
        for name in names:
            create_member(system, unit=cell, full_name=name, gender="male", birth_year=1980, joined_on=START)
    members = list(Member.objects.order_by("id"))
    # cell A: 3 submitted (1 late, 1 returned, 1 accepted and assessed), 1 draft, 1 missing
    a = [m for m in members if m.unit_id == tree.cell_a.pk]
    for member, when in zip(a[:3], [BEFORE, AFTER, BEFORE]):
        submit_pledge(system, save_pledge(system, campaign=campaign, member=member, deeds=[DEED, DEED]), now=when)
    return_pledge(system, Pledge.objects.get(member=a[1]), "Sửa lại")
    accepted = accept_pledge(system, Pledge.objects.get(member=a[2]))
    deeds = list(accepted.deeds.all())
    self_assess(system, accepted, {d.pk: {"result": DeedResult.COMPLETED} for d in deeds})
    confirm_assessment(system, accepted, {deeds[0].pk: {"result": DeedResult.COMPLETED},
                                          deeds[1].pk: {"result": DeedResult.NOT_DONE}})
    save_pledge(system, campaign=campaign, member=a[3], deeds=[DEED])
    # cell B: 2 on time
    b = [m for m in members if m.unit_id == tree.cell_b.pk]
    for member in b[:2]:
        submit_pledge(system, save_pledge(system, campaign=campaign, member=member, deeds=[DEED]), now=BEFORE)
    # collectives: commune A on time, cell B late
    submit_pledge(system, save_pledge(system, campaign=campaign, unit=tree.commune_a, deeds=[DEED]), now=BEFORE)
    submit_pledge(system, save_pledge(system, campaign=campaign, unit=tree.cell_b, deeds=[DEED]), now=AFTER)
    return campaign


def direct_counts(campaign, root):
    """The same figures the slow way: row by row, in Python."""
    from tuyengiao.people.services import unit_on

    out = {}
    members = [m for m in Member.objects.filter(category="party")
               if (u := unit_on(m, DEADLINE)) and Unit.objects.get(pk=u).path.startswith(root.path)]
    pledges = {p.member_id: p for p in Pledge.objects.filter(campaign=campaign, owner_kind=OwnerKind.INDIVIDUAL)}
    mine = [pledges[m.pk] for m in members if m.pk in pledges and pledges[m.pk].first_submitted_at]
    out["individual"] = {"expected": len(members), "submitted": len(mine), "late": sum(p.late for p in mine),
                         "deeds": sum(p.deeds.count() for p in mine),
                         "completed_deeds": sum(p.deeds.filter(result="completed").count() for p in mine)}
    units = [u for u in Unit.objects.filter(kind__in=campaign.collective_kinds) if u.path.startswith(root.path)
             and u.active_from <= DEADLINE and (u.active_to is None or u.active_to >= DEADLINE)]
    sent = [p for p in Pledge.objects.filter(campaign=campaign, owner_kind=OwnerKind.COLLECTIVE, unit__in=units)
            if p.first_submitted_at]
    out["collective"] = {"expected": len(units), "submitted": len(sent), "late": sum(p.late for p in sent)}
    return out


def check_rollup(campaign, root):
    figures = tracking.compute(campaign, root)
    for kind in tracking.KINDS:
        summed = tracking.Counts()
        summed.add(figures.own[kind])
        for _, counts in figures.children:
            summed.add(counts[kind])
        assert summed == figures.total[kind], (root.code, kind)
    for child, counts in figures.children:
        child_figures = tracking.compute(campaign, child)
        assert child_figures.total == counts, child.code
        check_rollup(campaign, child)
    return figures


def test_figures_equal_rows_and_roll_up_at_every_level(tree, province):
    figures = check_rollup(province, tree.province)
    individual = figures.total["individual"]
    assert individual.as_dict() == {
        "expected": 10, "submitted": 5, "on_time": 4, "late": 1, "missing": 5, "drafts": 1, "pending": 3,
        "returned": 1, "accepted": 1, "deeds": 8, "assessed_deeds": 2, "completed_deeds": 1,
    }
    collective = figures.total["collective"]
    assert (collective.expected, collective.submitted, collective.late, collective.missing) == (6, 2, 1, 4)
    for unit in Unit.objects.all():
        got = tracking.compute(province, unit).total
        want = direct_counts(province, unit)
        for kind, values in want.items():
            for name, value in values.items():
                assert getattr(got[kind], name) == value, (unit.code, kind, name)


def test_members_count_where_they_were_on_the_deadline(tree, province, system):
    mover = Member.objects.filter(unit=tree.cell_a).order_by("id").first()
    transfer_member(system, mover, tree.cell_b, datetime.date(2025, 9, 1))
    late_joiner = create_member(system, unit=tree.cell_b, full_name="Đặng Văn Phúc", gender="male",
                                birth_year=1990, joined_on=datetime.date(2025, 8, 1))
    figures = tracking.compute(province, tree.province)
    by_code = {child.code: counts for child, counts in figures.children}
    assert by_code["HA"]["individual"].expected == 5 and by_code["HB"]["individual"].expected == 5
    overdue = tracking.overdue(province, tree.province)
    names = {m.full_name for entry in overdue.values() for m in entry["members"]}
    assert late_joiner.full_name not in names


def test_units_merged_during_the_year_count_in_their_successor(tree, province, system):
    merged = merge_into_new_unit(system, [tree.commune_a, tree.commune_b], parent=tree.district_a, code="XM",
                                 name="Đảng ủy xã Kim Thanh", kind=UnitKind.COMMUNE, on=datetime.date(2025, 7, 1))
    figures = check_rollup(province, tree.province)
    by_code = {child.code: counts for child, counts in figures.children}
    # commune B's two collectives (itself and its cell) and its members now count under district A
    assert by_code["HA"]["collective"].expected == 5 and by_code["HB"]["collective"].expected == 1
    assert by_code["HA"]["individual"].expected == 10 and by_code["HB"]["individual"].expected == 0
    district = tracking.compute(province, Unit.objects.get(pk=tree.district_a.pk))
    assert [child.code for child, _ in district.children] == ["XM"]
    assert district.children[0][1]["collective"].expected == 4
    assert figures.total["individual"].expected == 10
    assert merged.active_from == datetime.date(2025, 7, 1)


def test_overdue_lists_missing_people_and_units(tree, province):
    overdue = tracking.overdue(province, tree.province)
    by_code = {unit.code: entry for unit, entry in overdue.items()}
    assert len(by_code["CA"]["members"]) == 2  # the draft and the missing one
    assert len(by_code["CB"]["members"]) == 3
    assert {code for code, entry in by_code.items() if entry["unit"]} == {"HA", "HB", "XB", "CA"}


def test_new_unit_created_after_deadline_is_not_expected(tree, province, system):
    create_unit(system, code="CN", name="Chi bộ mới", kind=UnitKind.CELL, parent=tree.commune_a,
                active_from=datetime.date(2025, 9, 1))
    assert tracking.compute(province, tree.province).total["collective"].expected == 6


def test_overdue_command_lists_by_unit(tree, province, capsys):
    import json

    from django.core.management import call_command

    call_command("overdue", "--year", "2025", "--json")
    rows = {row["unit"]: row for row in json.loads(capsys.readouterr().out)}
    assert len(rows["CA"]["individuals"]) == 2 and rows["CA"]["collective_missing"]
    call_command("overdue", "--unit", "HB", "--year", "2025")
    text = capsys.readouterr().out
    assert "còn 2 tập thể và 3 cá nhân chưa nộp" in text
    assert "Chi bộ thôn Bút Đông" not in text
