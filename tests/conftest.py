import datetime

import pytest
from django.contrib.auth import get_user_model

from tuyengiao.accounts.models import Role, RoleAssignment
from tuyengiao.core.actor import Actor
from tuyengiao.org.models import UnitKind
from tuyengiao.org.services import create_unit
from tuyengiao.people.services import create_member

SYSTEM = Actor.system("command", "test")


@pytest.fixture
def system():
    return SYSTEM


class SmallTree:
    """A province with two districts, each with a commune and a cell; plus users for every role."""

    def __init__(self):
        start = datetime.date(2020, 1, 1)
        mk = lambda code, name, kind, parent=None: create_unit(  # noqa: E731
            SYSTEM, code=code, name=name, kind=kind, parent=parent, active_from=start
        )
        self.province = mk("T", "Tỉnh ủy Hà Nam", UnitKind.PROVINCE)
        self.district_a = mk("HA", "Huyện ủy Kim Bảng", UnitKind.DISTRICT, self.province)
        self.district_b = mk("HB", "Huyện ủy Thanh Liêm", UnitKind.DISTRICT, self.province)
        self.commune_a = mk("XA", "Đảng ủy xã Đồng Hóa", UnitKind.COMMUNE, self.district_a)
        self.commune_b = mk("XB", "Đảng ủy xã Thanh Hà", UnitKind.COMMUNE, self.district_b)
        self.cell_a = mk("CA", "Chi bộ thôn Bút Đông", UnitKind.CELL, self.commune_a)
        self.cell_b = mk("CB", "Chi bộ thôn Phú Gia", UnitKind.CELL, self.commune_b)
        self.member_a = create_member(
            SYSTEM, unit=self.cell_a, full_name="Nguyễn Văn An", gender="male", birth_year=1980, joined_on=start
        )
        self.member_b = create_member(
            SYSTEM, unit=self.cell_b, full_name="Trần Thị Bình", gender="female", birth_year=1985, joined_on=start
        )
        User = get_user_model()
        self.users = {}
        for name, role, unit in [
            ("admin", Role.ADMIN, None),
            ("tinh", Role.OFFICER, self.province),
            ("huyen", Role.OFFICER, self.district_a),
            ("lanhdao", Role.LEADER, self.district_a),
            ("coso", Role.CLERK, self.commune_a),
            ("chibo", Role.CLERK, self.cell_a),
        ]:
            user = User.objects.create_user(name, password="pw-" + name)
            RoleAssignment.objects.create(user=user, role=role, unit=unit)
            self.users[name] = user
        member_user = User.objects.create_user("dangvien", password="pw-dangvien")
        self.member_a.user = member_user
        self.member_a.save()
        self.users["dangvien"] = member_user
        self.users["noone"] = User.objects.create_user("noone", password="pw-noone")

    def actor(self, name):
        return Actor(user=self.users[name], source="web", label=name)


@pytest.fixture
def tree(db):
    return SmallTree()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Real hashing (PBKDF2) is tested by Django itself; here it would only cost seconds per user.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session", autouse=True)
def plain_http_everywhere():
    """Tests speak plain http, as the demo does; production's https-only settings are checked by
    tests/test_settings.py in a separate process. Session-wide so that the live server used by the
    browser tests (built once) sees it too."""
    from django.test.utils import override_settings

    with override_settings(SECURE_SSL_REDIRECT=False, SECURE_HSTS_SECONDS=0, SESSION_COOKIE_SECURE=False,
                           CSRF_COOKIE_SECURE=False):
        yield
