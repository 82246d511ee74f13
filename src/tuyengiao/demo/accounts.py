"""The demo accounts, one per role, all with the password "demo" (demo mode only)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ImproperlyConfigured

from tuyengiao.accounts.models import Role, RoleAssignment
from tuyengiao.audit.services import record, snapshot
from tuyengiao.demo.names import person_name
from tuyengiao.demo.registry import DemoContext, demo_step
from tuyengiao.people.models import Category, Member, Status

DEMO_PASSWORD = "demo"

# username, role (None: a member with no role), unit key in ctx.data["account_units"], description
ACCOUNTS = [
    ("admin", Role.ADMIN, None, "Quản trị hệ thống"),
    ("tinh", Role.OFFICER, "tinh", "Cán bộ Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("huyen", Role.OFFICER, "huyen", "Cán bộ tuyên giáo Huyện ủy"),
    ("coso", Role.CLERK, "coso", "Văn phòng Đảng ủy cơ sở"),
    ("chibo", Role.CLERK, "chibo", "Bí thư chi bộ"),
    ("dangvien", None, "chibo", "Đảng viên"),
]


def require_demo_mode() -> None:
    if not settings.DEMO_MODE:
        raise ImproperlyConfigured(
            "Tài khoản mẫu (mật khẩu “demo”) chỉ được tạo bằng lệnh “tuyengiao demo” (chế độ dùng thử)."
        )


@demo_step(order=30, name="accounts", label="Tạo tài khoản dùng thử")
def create_accounts(ctx: DemoContext) -> None:
    require_demo_mode()
    User = get_user_model()
    password = make_password(DEMO_PASSWORD)  # hashed once: six PBKDF2 rounds would cost seconds
    codes = ctx.data["account_units"]
    cell = ctx.units[codes["chibo"]]
    in_cell = Member.objects.filter(unit=cell, status=Status.ACTIVE).order_by("id")
    linked = {
        "chibo": in_cell.filter(is_head=True).first(),
        "dangvien": in_cell.filter(is_head=False, category=Category.PARTY, position="Đảng viên").first()
        or in_cell.filter(is_head=False, category=Category.PARTY).first(),
    }
    for username, role, unit_key, description in ACCOUNTS:
        unit = ctx.units[codes[unit_key]] if unit_key else None
        member = linked.get(username)
        if member is not None:
            full_name = member.full_name
        else:
            gender = "female" if ctx.rng.random() < 0.45 else "male"
            full_name = person_name(ctx.rng, gender, ctx.rng.randint(1972, 1990))
        user = User(username=username, first_name=full_name, password=password, is_staff=role == Role.ADMIN)
        user.save()
        ctx.accounts[username] = user
        ctx.account_units[username] = unit if role is not None else (member.unit if member else unit)
        if role is not None:
            assignment = RoleAssignment.objects.create(user=user, role=role, unit=unit)
            record(ctx.actor, "role", assignment, unit=unit, object_type="roleassignment",
                   object_repr=f"{username}: {assignment.get_role_display()}", after=snapshot(assignment))
        if member is not None:
            before = snapshot(member, ["user"])
            Member.objects.filter(pk=member.pk).update(user=user)
            member.user = user
            record(ctx.actor, "update", member, before=before, after=snapshot(member, ["user"]))
    ctx.data["account_descriptions"] = {username: description for username, _, _, description in ACCOUNTS}
    ctx.log(f"{len(ACCOUNTS)} tài khoản, mật khẩu “{DEMO_PASSWORD}”")
