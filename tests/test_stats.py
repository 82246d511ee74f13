"""`tuyengiao stats`: figures equal counts taken from the rows, roll up exactly, and follow mergers."""

import datetime
import json
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tuyengiao.core.figures import (
    TIER_KEYS,
    as_at,
    collect,
    member_figures_by_child,
    unit_figures_by_child,
)
from tuyengiao.core.management.commands.stats import summary
from tuyengiao.org.lineage import Lineage
from tuyengiao.org.models import KIND_TIER, Unit, UnitKind
from tuyengiao.org.services import close_unit, create_unit, merge_into_new_unit
from tuyengiao.people.models import Category, Gender, Member, Status
from tuyengiao.people.services import create_member, end_membership, transfer_member, unit_on

pytestmark = pytest.mark.django_db

START = datetime.date(2020, 1, 1)
MERGER = datetime.date(2025, 7, 1)
YEARS = [None, 2021, 2023, 2024, 2025]


@pytest.fixture
def history(tree, system):
    """The small tree with direct rows at upper units, leavings, moves, a closed cell, a late unit and a merger.

    T ─ HA ─ XA ─ CA            (XA and XC merge into XM on 1/7/2025)
       │    └ XC ─ CD
       └ HB ─ XB ─ CB, CC (closed 2022), CE (from 2024-06-01)
    """
    t = tree
    mk = lambda code, name, kind, parent, on=START: create_unit(  # noqa: E731
        system, code=code, name=name, kind=kind, parent=parent, active_from=on)
    person = lambda unit, name, gender="male", on=START, **kw: create_member(  # noqa: E731
        system, unit=unit, full_name=name, gender=gender, birth_year=1975, joined_on=on, **kw)
    t.commune_c = mk("XC", "Đảng ủy xã Tượng Lĩnh", UnitKind.COMMUNE, t.district_a)
    t.cell_d = mk("CD", "Chi bộ thôn Thọ Cầu", UnitKind.CELL, t.commune_c)
    t.cell_c = mk("CC", "Chi bộ xóm 3", UnitKind.CELL, t.commune_b)
    close_unit(system, t.cell_c, datetime.date(2022, 3, 1))
    t.cell_e = mk("CE", "Chi bộ tổ dân phố số 2", UnitKind.CELL, t.commune_b, datetime.date(2024, 6, 1))

    person(t.district_a, "Lê Văn Cường", is_head=True)  # own row of a district
    person(t.commune_a, "Phạm Thị Dung", "female", category=Category.CIVIL)  # own row of a commune
    person(t.commune_c, "Hoàng Văn Em", on=datetime.date(2021, 5, 1))  # moves to XM with the merger
    person(t.cell_d, "Vũ Thị Gấm", "female", category=Category.YOUTH)
    person(t.cell_d, "Đỗ Văn Hùng", is_head=True)
    left = person(t.cell_a, "Bùi Thị Lan", "female")
    end_membership(system, left, Status.LEFT, datetime.date(2023, 5, 1))
    deceased = person(t.cell_b, "Ngô Văn Khải")
    end_membership(system, deceased, Status.DECEASED, datetime.date(2025, 2, 10))
    mover = person(t.cell_a, "Đặng Văn Minh", category=Category.ASSOCIATION)
    transfer_member(system, mover, t.cell_b, datetime.date(2024, 3, 1))
    person(t.cell_e, "Trịnh Thị Nga", "female", on=datetime.date(2024, 9, 1))
    person(t.cell_b, "Mai Văn Phúc", on=datetime.date(2025, 2, 1))
    t.successor = merge_into_new_unit(
        system, [t.commune_a, t.commune_c], parent=t.district_a, code="XM", name="Đảng ủy xã Kim Thanh",
        kind=UnitKind.COMMUNE, on=MERGER,
    )
    for name in ("commune_a", "commune_c", "cell_a", "cell_d"):
        getattr(t, name).refresh_from_db()
    return t


# -- the same figures the slow way, row by row -----------------------------------------------------


def _units():
    return list(Unit.objects.all())


def rows_of(unit, year, *, own_only=False):
    """(units, members) counted for ``unit``'s subtree (or its own rows only), straight from the rows."""
    on = as_at(year)
    lineage = Lineage()
    prefix = unit.path if unit is not None else ""

    def counted(unit_id, path):
        effective = lineage.effective_path(unit_id, path)
        return effective == prefix if own_only else effective.startswith(prefix)

    units = [u for u in _units() if u.active_from <= on and counted(u.pk, u.path)]
    if year is None:
        members = [m for m in Member.objects.select_related("unit")
                   if m.status == Status.ACTIVE and counted(m.unit_id, m.unit.path)]
    else:
        paths = dict(Unit.objects.values_list("id", "path"))
        members = []
        for member in Member.objects.all():
            unit_id = unit_on(member, on)
            if unit_id is not None and counted(unit_id, paths[unit_id]):
                members.append(member)
    return units, members


def figures_from_rows(units, members, on):
    active = [u for u in units if u.active_to is None or u.active_to >= on]
    by_kind = Counter(u.kind for u in active)
    by_tier = Counter(TIER_KEYS[KIND_TIER[u.kind]] for u in active)
    by_category = Counter(m.category for m in members)
    by_gender = Counter(m.gender for m in members)
    return {
        "units": {
            "total": len(units), "active": len(active), "closed": len(units) - len(active),
            "by_kind": {kind: by_kind[kind] for kind in UnitKind.values},
            "by_tier": {tier: by_tier[tier] for tier in TIER_KEYS.values()},
        },
        "members": {
            "total": len(members),
            "by_category": {c: by_category[c] for c in Category.values},
            "by_gender": {g: by_gender[g] for g in Gender.values},
            "heads": sum(m.is_head for m in members),
        },
    }


def direct(unit, year, own_only=False):
    return figures_from_rows(*rows_of(unit, year, own_only=own_only), as_at(year))


def core(figures):
    return {"units": figures["units"], "members": figures["members"]}


def add(total, other):
    for key, value in other.items():
        if isinstance(value, dict):
            add(total.setdefault(key, {}), value)
        else:
            total[key] = total.get(key, 0) + value
    return total


def check_rollup(unit, year):
    """Parent = sum of its children + its own rows; each child block = that child's own figures."""
    figures = collect(unit, year, by_child=True)
    summed = direct(unit, year, own_only=True) if unit is not None else figures_from_rows([], [], as_at(year))
    for code, child in figures["children"].items():
        add(summed, core(child))
        child_unit = Unit.objects.get(code=code)
        assert core(child) == core(collect(child_unit, year)), (code, year)
    assert summed == core(figures), (unit and unit.code, year)
    return figures


# -- tests ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("year", YEARS)
def test_figures_equal_counts_taken_from_rows(history, year):
    for unit in [None, *_units()]:
        assert core(collect(unit, year)) == direct(unit, year), (unit and unit.code, year)


@pytest.mark.parametrize("year", YEARS)
def test_parent_is_sum_of_children_plus_own_rows_at_every_level(history, year):
    for unit in [None, *_units()]:
        check_rollup(unit, year)


def test_hand_counted_figures(history):
    t = history
    today = collect(t.province)
    assert today["units"]["total"] == 12 and today["units"]["closed"] == 3  # CC, XA, XC
    assert today["units"]["by_tier"] == {"province": 1, "upper": 2, "grassroots": 2, "cell": 4}
    # active today: An, Bình, Cường, Dung, Em, Gấm, Hùng, Minh, Nga, Phúc (Lan left, Khải died)
    assert today["members"]["total"] == 10
    assert today["members"]["heads"] == 2
    assert today["members"]["by_category"] == {"party": 7, "civil": 1, "youth": 1, "association": 1}
    y2023 = collect(t.province, 2023)
    assert y2023["as_at"] == "2023-12-31"
    # 2023: no Lan (left May 2023), Khải still there, no Nga / Phúc yet
    assert y2023["members"]["total"] == 9
    assert y2023["units"]["active"] == 9 and y2023["units"]["closed"] == 1  # CC closed; no XM, no CE
    # the mover counts in cell A's commune for 2023, in cell B's for 2024
    by_code = collect(t.province, 2023, by_child=True)["children"]
    assert list(by_code) == ["HA", "HB"]
    a23 = collect(t.district_a, 2023, by_child=True)["children"]
    assert collect(t.cell_b, 2023)["members"]["total"] == 2
    assert collect(t.cell_b, 2024)["members"]["total"] == 3
    assert "XA" not in a23 and "XC" not in a23 and "XM" in a23


def test_merged_units_count_in_their_successor(history):
    t = history
    # today: the cells moved under XM, XC's own member was transferred to XM, XA's own member too
    now = collect(t.successor)
    assert now["members"]["total"] == 5  # An (CA), Dung (XA), Em (XC), Gấm and Hùng (CD); Minh moved to CB
    assert Member.objects.filter(unit=t.successor).count() == 2
    # before the merger the successor did not exist, yet its history is that of XA and XC
    before = collect(t.successor, 2024)
    assert before["members"]["total"] == 5
    assert before["units"]["by_kind"]["commune"] == 2 and before["units"]["by_kind"]["cell"] == 2
    children = collect(t.district_a, 2024, by_child=True)["children"]
    assert list(children) == ["XM"]
    assert children["XM"]["members"] == before["members"]
    # the merged-away units themselves hold nothing of their own any more
    assert collect(t.commune_c)["members"]["total"] == 0


def test_by_child_is_a_constant_number_of_queries(settings):
    from tuyengiao.demo.generator import generate

    settings.DEMO_MODE = True
    generate("small", seed=3)
    province, district = Unit.objects.get(code="HN"), Unit.objects.get(code="HN.KB")
    counts = []
    for unit in (province, district, None):
        for function in (unit_figures_by_child, member_figures_by_child):
            with CaptureQueriesContext(connection) as queries:
                function(unit, None)
                function(unit, 2024)
            counts.append(len(queries))
    assert len(set(counts)) == 1, counts
    assert province.children.count() > 3


def test_rollup_on_the_demo_province_at_every_level(settings):
    from tuyengiao.demo.generator import generate

    settings.DEMO_MODE = True
    generate("small", seed=2)
    for unit in [None, *Unit.objects.filter(children__isnull=False).distinct()]:
        for year in (None, 2024):
            check_rollup(unit, year)
    total = collect(None)["members"]["total"]
    assert total == Member.objects.filter(status=Status.ACTIVE).count()


def test_command_json_text_and_errors(history):
    out = StringIO()
    call_command("stats", "--unit", "ha", "--json", "--by-child", stdout=out)
    data = json.loads(out.getvalue())
    assert data["unit"]["code"] == "HA" and list(data["children"]) == ["XM"]
    assert data["children"]["XM"]["unit"]["name"] == "Đảng ủy xã Kim Thanh"
    out = StringIO()
    call_command("stats", "--unit", "T", "--year", "2024", "--by-child", stdout=out)
    text = out.getvalue()
    assert "Tỉnh ủy Hà Nam (T), tính đến ngày 31/12/2024" in text
    assert "Huyện ủy Kim Bảng" in text and "Đang sinh hoạt" in text
    with pytest.raises(CommandError, match="Không tìm thấy đơn vị có mã “NOPE”"):
        call_command("stats", "--unit", "nope")


def test_summary_formats_vietnamese_numbers():
    figures = {
        "unit": {"code": "HN", "name": "Tỉnh ủy Hà Nam"}, "year": None, "as_at": "2026-01-05",
        "units": {"active": 1500, "closed": 2, "by_tier": {k: 0 for k in TIER_KEYS.values()},
                  "by_kind": {"cell": 1499}},
        "members": {"total": 30012, "heads": 903, "by_category": {"party": 27000}, "by_gender": {"male": 16000}},
        "pledges": {"year": 2025, "individual": {"expected": 3787, "late": 223, "submitted_rate": 0.9786}},
        "unregistered": {"total": 1234, "copied": 12, "share": 0.5},
    }
    text = "\n".join(summary(figures))
    assert "Tổ chức đảng đang hoạt động: 1.500" in text
    assert "Đang sinh hoạt: 30.012 người" in text and "ngày 5/1/2026" in text
    assert "Đăng ký làm theo Bác (năm 2025):" in text
    assert "Cá nhân: phải đăng ký 3.787; nộp muộn 223; tỷ lệ đã nộp 97,9%" in text
    assert "unregistered (tổng số 1.234; copied 12; share 0,50):" in text
