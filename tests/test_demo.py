"""The demo province: deterministic, with the six accounts, the 2025 merger and a consistent tree."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from tuyengiao.accounts.models import Role, RoleAssignment
from tuyengiao.accounts.scope import Scope
from tuyengiao.audit.models import AuditEntry
from tuyengiao.demo.generator import generate
from tuyengiao.demo.registry import DemoContext, demo_step, steps
from tuyengiao.org.models import KIND_TIER, Unit, UnitKind, UnitLineage
from tuyengiao.org.tree import segment
from tuyengiao.people.models import Member, MemberTransfer, Status
from tuyengiao.screening.normalize import name_sort_key, search_keys

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_mode(settings):
    settings.DEMO_MODE = True


@pytest.fixture
def province(demo_mode):
    return generate("small", seed=7)


class Rollback(Exception):
    pass


def snapshot(seed: int) -> dict:
    """Generate in a savepoint, read what matters, roll back: ids differ between runs, the rest must not."""
    result = {}
    try:
        with transaction.atomic():
            generate("small", seed=seed)
            result["units"] = list(Unit.objects.order_by("code").values_list("code", "name", "kind", "active_to"))
            result["members"] = list(Member.objects.order_by("id").values_list(
                "unit__code", "full_name", "gender", "birth_year", "position", "duties", "is_head", "category",
                "status"))
            result["transfers"] = list(MemberTransfer.objects.order_by("id").values_list(
                "member__full_name", "from_unit__code", "to_unit__code", "date", "until"))
            result["accounts"] = sorted(RoleAssignment.objects.values_list("user__username", "role", "unit__code"))
            raise Rollback
    except Rollback:
        pass
    return result


def test_same_seed_same_province(demo_mode):
    first, again, other = snapshot(11), snapshot(11), snapshot(12)
    assert first == again
    assert first["members"] != other["members"]
    assert 300 <= len(first["members"]) <= 500
    assert not Unit.objects.exists()  # rolled back


def test_the_tree_is_a_plausible_province(province):
    root = Unit.objects.get(parent__isnull=True)
    assert (root.code, root.name, root.kind) == ("HN", "Tỉnh ủy Hà Nam", UnitKind.PROVINCE)
    names = set(Unit.objects.values_list("name", flat=True))
    assert {"Huyện ủy Kim Bảng", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Đảng ủy Quân sự tỉnh",
            "Đảng ủy Công an tỉnh", "Đảng ủy xã Đồng Hóa"} <= names
    tiers = {tier: Unit.objects.filter(kind__in=[k for k, t in KIND_TIER.items() if t == tier]).count()
             for tier in (1, 2, 3, 4)}
    assert tiers[1] == 1 and tiers[2] >= 5 and tiers[3] >= 10 and tiers[4] >= 20
    assert Unit.objects.filter(code="HN.KB.DH.01", name="Chi bộ Cơ quan xã Đồng Hóa").exists()
    assert not Unit.objects.filter(active_from__gt=datetime.date(2015, 1, 1)).exclude(code="HN.KB.TSO").exists()


def test_paths_levels_and_history_are_consistent(province):
    units = {unit.pk: unit for unit in Unit.objects.all()}
    for unit in units.values():
        parent = units.get(unit.parent_id)
        assert unit.path == (parent.path if parent else "") + segment(unit.pk), unit.code
        assert unit.level == (parent.level + 1 if parent else 1) == len(unit.path) // 8
        if parent is not None:  # cells moved by the merger keep their codes
            assert unit.code.startswith(parent.code + ".") or parent.code == "HN.KB.TSO", unit.code
    open_stays = {}
    for stay in MemberTransfer.objects.filter(to_unit__isnull=False, until__isnull=True):
        assert stay.member_id not in open_stays
        open_stays[stay.member_id] = stay.to_unit_id
    joins = set(MemberTransfer.objects.filter(from_unit__isnull=True).values_list("member_id", flat=True))
    for member in Member.objects.all():
        assert member.pk in joins
        assert (member.name_key, member.name_fold) == search_keys(member.full_name)
        assert member.sort_key == name_sort_key(member.full_name)
        assert len(member.full_name.split()) >= 3
        if member.status == Status.ACTIVE:
            assert open_stays[member.pk] == member.unit_id, member.full_name
            assert units[member.unit_id].active_to is None
        else:
            assert member.pk not in open_stays
        assert 18 <= datetime.date.today().year - member.birth_year <= 95, member.birth_year
        assert not (member.gender == "male" and " Thị " in member.full_name)
    # every cell (and chi bộ cơ sở) has members and one secretary flagged as head
    for unit in Unit.objects.filter(kind__in=[UnitKind.CELL, UnitKind.BASE_CELL]):
        people = Member.objects.filter(unit=unit)
        assert people.count() >= 4 and people.filter(is_head=True).exists(), unit.code


def test_six_accounts_with_their_roles_and_scopes(province):
    User = get_user_model()
    users = {user.username: user for user in User.objects.all()}
    assert set(users) == {"admin", "tinh", "huyen", "coso", "chibo", "dangvien"}
    assert all(user.check_password("demo") for user in users.values())
    roles = {a.user.username: (a.role, a.unit) for a in RoleAssignment.objects.select_related("user", "unit")}
    assert roles["admin"] == (Role.ADMIN, None)
    assert roles["tinh"][0] == Role.OFFICER and roles["tinh"][1].code == "HN"
    assert roles["huyen"][0] == Role.OFFICER and roles["huyen"][1].name == "Huyện ủy Kim Bảng"
    commune, cell = roles["coso"][1], roles["chibo"][1]
    assert roles["coso"][0] == Role.CLERK and commune.kind == UnitKind.COMMUNE and commune.parent.code == "HN.KB"
    assert roles["chibo"][0] == Role.CLERK and cell.kind == UnitKind.CELL and cell.parent_id == commune.pk
    assert "dangvien" not in roles
    secretary = Member.objects.get(user=users["chibo"])
    assert secretary.unit_id == cell.pk and secretary.is_head and secretary.position.startswith("Bí thư chi bộ")
    member = Member.objects.get(user=users["dangvien"])
    assert member.unit_id == cell.pk and not member.is_head and member.status == Status.ACTIVE
    scopes = {name: Scope(user) for name, user in users.items()}
    assert scopes["admin"].is_admin
    assert scopes["tinh"].covers(cell) and scopes["huyen"].covers(cell) and scopes["coso"].covers(commune)
    assert scopes["chibo"].covers(cell) and not scopes["chibo"].covers(commune)
    assert not scopes["huyen"].covers(Unit.objects.get(code="HN.TL"))
    assert scopes["dangvien"].member_ids == [member.pk] and not scopes["dangvien"].covers(cell)


def test_the_2025_merger_has_lineage(province):
    links = list(UnitLineage.objects.select_related("predecessor", "successor"))
    assert len(links) == 2
    successor = links[0].successor
    assert {link.successor_id for link in links} == {successor.pk}
    assert successor.code == "HN.KB.TSO" and successor.active_from == datetime.date(2025, 7, 1)
    assert successor.parent.code == "HN.KB"
    for link in links:
        assert link.date == datetime.date(2025, 7, 1)
        assert link.predecessor.active_to == datetime.date(2025, 6, 30)
        assert link.predecessor.kind == UnitKind.COMMUNE
        assert not Unit.objects.filter(parent=link.predecessor, active_to__isnull=True).exists()
        assert AuditEntry.objects.filter(action="merge", object_id=str(link.predecessor_id)).exists()
    moved = Unit.objects.filter(parent=successor)
    assert moved.count() >= 2 and all(u.path.startswith(successor.path) for u in moved)
    assert Member.objects.filter(unit__parent=successor, status=Status.ACTIVE).exists()


def test_bulk_load_is_audited(province):
    holders = Unit.objects.filter(kind__in=[UnitKind.CELL, UnitKind.BASE_CELL]).count()
    assert AuditEntry.objects.filter(action="import", object_type="member").count() == holders
    assert AuditEntry.objects.filter(action="create", object_type="unit").count() == Unit.objects.count()
    assert AuditEntry.objects.filter(action="role").count() == 5


def test_demo_passwords_need_demo_mode(settings):
    settings.DEMO_MODE = False
    with pytest.raises(ImproperlyConfigured):
        generate("small", seed=1)
    assert not Unit.objects.exists() and not get_user_model().objects.exists()
    with pytest.raises(CommandError, match="tuyengiao demo"):
        call_command("demo", "--no-serve", "--size", "small")


def test_command_fills_once_and_prints_the_accounts(demo_mode):
    out = StringIO()
    call_command("demo", "--no-serve", "--size", "small", "--seed", "3", stdout=out)
    text = out.getvalue()
    assert "Cơ sở dữ liệu:" in text and "Tạo tỉnh mẫu" in text and "Nạp đảng viên, cán bộ" in text
    for username in ("admin", "tinh", "huyen", "coso", "chibo", "dangvien"):
        assert f"\n{username} " in text
    assert "mật khẩu của tất cả: demo" in text and "Huyện ủy Kim Bảng (HN.KB)" in text
    units = Unit.objects.count()
    out = StringIO()
    call_command("demo", "--no-serve", "--size", "small", stdout=out)
    assert "đã có dữ liệu" in out.getvalue() and Unit.objects.count() == units


def test_features_register_their_own_steps(demo_mode):
    seen = []

    @demo_step(order=1000, name="test-extra", label="Bước thử")
    def extra(ctx: DemoContext):
        seen.append((ctx.size.name, ctx.units["HN"].code, sorted(ctx.accounts), ctx.unit_of("chibo").kind))
        ctx.log("xong")

    try:
        base = ["units", "members", "accounts", "merger"]
        assert [s.name for s in steps() if s.name in base] == base and steps()[-1].name == "test-extra"
        progress = []
        generate("small", seed=1, progress=lambda step, seconds, messages: progress.append((step.label, messages)))
        assert seen == [("small", "HN", ["admin", "chibo", "coso", "dangvien", "huyen", "tinh"], UnitKind.CELL)]
        assert ("Bước thử", ["xong"]) in progress
    finally:
        from tuyengiao.demo import registry

        registry._steps.pop("test-extra")
