import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.db.models.functions import Substr

from tuyengiao.audit.models import AuditEntry
from tuyengiao.org.models import Unit, UnitKind, UnitLineage
from tuyengiao.org.services import (
    close_unit, create_unit, merge_into_new_unit, move_unit, predecessors, successor_of, update_unit,
)
from tuyengiao.org.tree import SEGMENT, ancestor_ids, subtree_q
from tuyengiao.people.models import Member, MemberTransfer

pytestmark = pytest.mark.django_db


def assert_paths_consistent():
    """Every unit's path is its parent's path plus its own id, and its level matches."""
    for unit in Unit.objects.select_related("parent"):
        expected = (unit.parent.path if unit.parent else "") + f"{unit.pk:0{SEGMENT}d}"
        assert unit.path == expected, unit
        assert unit.level == len(unit.path) // SEGMENT
        assert ancestor_ids(unit.path)[-1] == unit.pk


def test_create_builds_paths_and_levels(tree):
    assert tree.cell_a.level == 4
    assert tree.cell_a.path.startswith(tree.commune_a.path)
    assert_paths_consistent()
    subtree = set(Unit.objects.filter(subtree_q(tree.district_a.path)).values_list("code", flat=True))
    assert subtree == {"HA", "XA", "CA"}


def test_duplicate_code_is_a_vietnamese_error(tree, system):
    with pytest.raises(ValidationError) as error:
        create_unit(system, code="xa", name="Trùng mã", kind=UnitKind.COMMUNE, parent=tree.district_a)
    assert "Mã đơn vị “XA” đã có." in error.value.message_dict["code"]
    assert Unit.objects.count() == 7


def test_move_subtree_rewrites_descendants(tree, system):
    move_unit(system, tree.commune_a, tree.district_b)
    assert_paths_consistent()
    district_b = Unit.objects.get(pk=tree.district_b.pk)
    codes = set(Unit.objects.filter(subtree_q(district_b.path)).values_list("code", flat=True))
    assert codes == {"HB", "XB", "CB", "XA", "CA"}
    assert AuditEntry.objects.filter(action="move", object_id=str(tree.commune_a.pk)).exists()


def test_cannot_move_into_own_subtree(tree, system):
    with pytest.raises(ValidationError):
        move_unit(system, tree.district_a, tree.cell_a)
    assert_paths_consistent()


def test_merge_keeps_paths_lineage_members_and_audit(tree, system):
    on = datetime.date(2025, 7, 1)
    merged = merge_into_new_unit(
        system, [tree.commune_a, tree.commune_b], parent=tree.province, code="XM",
        name="Đảng ủy xã Kim Thanh", kind=UnitKind.COMMUNE, on=on,
    )
    assert_paths_consistent()
    cells = Unit.objects.filter(parent=merged).values_list("code", flat=True)
    assert set(cells) == {"CA", "CB"}
    for code in ("XA", "XB"):
        source = Unit.objects.get(code=code)
        assert source.active_to == datetime.date(2025, 6, 30)
        assert UnitLineage.objects.filter(predecessor=source, successor=merged, date=on).exists()
        assert successor_of(source) == merged
        assert AuditEntry.objects.filter(action="merge", object_id=str(source.pk)).exists()
    assert {u.code for u in predecessors(merged)} == {"XA", "XB"}
    # members of the cells moved with their cells: counted under the new commune
    assert Member.objects.filter(subtree_q(merged.path, "unit__path")).count() == 2


def test_merge_transfers_direct_members(tree, system):
    from tuyengiao.people.services import create_member

    direct = create_member(system, unit=tree.commune_a, full_name="Lê Văn Cường", gender="male", birth_year=1970)
    on = datetime.date(2025, 7, 1)
    from tuyengiao.org.services import merge_units

    merge_units(system, [tree.commune_a], tree.commune_b, on)
    direct.refresh_from_db()
    assert direct.unit == tree.commune_b
    assert MemberTransfer.objects.filter(member=direct, from_unit=tree.commune_a, to_unit=tree.commune_b, date=on).exists()


def test_merge_is_all_or_nothing(tree, system):
    from tuyengiao.org.services import merge_units

    before = list(Unit.objects.values_list("id", "path", "active_to"))
    with pytest.raises(ValidationError):
        merge_units(system, [tree.commune_a, tree.district_b], tree.commune_b, datetime.date(2025, 7, 1))
    assert list(Unit.objects.values_list("id", "path", "active_to")) == before
    assert not UnitLineage.objects.exists()


def test_close_refuses_units_with_active_children(tree, system):
    with pytest.raises(ValidationError):
        close_unit(system, tree.commune_a)
    assert Unit.objects.get(pk=tree.commune_a.pk).active_to is None


def test_rollup_per_child_is_one_group_by(tree):
    prefix = tree.province.path
    width = len(prefix) + SEGMENT
    rows = (
        Member.objects.filter(subtree_q(prefix, "unit__path"))
        .values(child=Substr("unit__path", 1, width))
        .annotate(n=Count("id"))
    )
    counts = {Unit.objects.get(path=row["child"]).code: row["n"] for row in rows}
    assert counts == {"HA": 1, "HB": 1}


def test_officer_cannot_change_outside_subtree(tree):
    huyen = tree.actor("huyen")
    with pytest.raises(PermissionDenied):
        update_unit(huyen, tree.commune_b, name="Đổi tên trái phép")
    with pytest.raises(PermissionDenied):
        move_unit(huyen, tree.commune_a, tree.district_b)
    with pytest.raises(PermissionDenied):
        create_unit(huyen, code="X9", name="Xã mới", kind=UnitKind.COMMUNE, parent=tree.district_b)
    assert Unit.objects.get(pk=tree.commune_b.pk).name == "Đảng ủy xã Thanh Hà"
    update_unit(huyen, tree.commune_a, name="Đảng ủy xã Đồng Hoá")
    entry = AuditEntry.objects.get(action="update", object_id=str(tree.commune_a.pk))
    assert entry.before["name"] == "Đảng ủy xã Đồng Hóa" and entry.after["name"] == "Đảng ủy xã Đồng Hoá"
    assert entry.user == tree.users["huyen"] and entry.source == "web"


def test_transfer_history_answers_where_a_member_was(tree, system):
    from tuyengiao.people.services import end_membership, transfer_member, unit_on

    member = tree.member_a
    MemberTransfer.objects.filter(member=member).update(date=datetime.date(2020, 1, 1))
    transfer_member(system, member, tree.cell_b, datetime.date(2023, 3, 1))
    end_membership(system, Member.objects.get(pk=member.pk), "transferred", datetime.date(2024, 5, 1))
    assert unit_on(member, datetime.date(2022, 12, 31)) == tree.cell_a.pk
    assert unit_on(member, datetime.date(2023, 3, 1)) == tree.cell_b.pk
    assert unit_on(member, datetime.date(2024, 4, 30)) == tree.cell_b.pk
    assert unit_on(member, datetime.date(2024, 5, 1)) is None
    assert unit_on(member, datetime.date(2019, 12, 31)) is None


def test_a_member_cannot_edit_or_end_their_own_record(tree):
    from tuyengiao.people.services import end_membership, update_member

    with pytest.raises(PermissionDenied):
        update_member(tree.actor("dangvien"), tree.member_a, position="Bí thư tự phong")
    with pytest.raises(PermissionDenied):
        end_membership(tree.actor("dangvien"), tree.member_a, "left")
    update_member(tree.actor("chibo"), tree.member_a, position="Trưởng thôn")
    assert Member.objects.get(pk=tree.member_a.pk).position == "Trưởng thôn"
