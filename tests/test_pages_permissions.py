"""Every URL of the project against every kind of user.

The matrix must name every URL pattern (the resolver is walked), so a view added without an entry
fails ``test_every_url_pattern_is_in_the_matrix``. The foundation's URLs are below; another app's
test module adds its own with a module-level ``PERMISSION_MATRIX`` (see tests/pages.py).

For each entry: anonymous users are sent to the login page; each user gets the expected status;
users who are refused (403/404) also POST to the page, and nothing in the database changes.
"""

import importlib
import pkgutil

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tuyengiao.audit.models import AuditEntry
from tuyengiao.org.models import Unit, UnitLineage
from tuyengiao.people.models import Member, MemberTransfer
import tests
from tests.pages import USERS, Row, plain_http, sign_in, statuses  # noqa: F401  (plain_http: autouse fixture)

pytestmark = pytest.mark.django_db

EVERYONE = statuses(200)
# Readers of commune XA (district HA): the officers above it, its leader, its own clerk.
XA_READERS = dict(admin=200, tinh=200, huyen=200, lanhdao=200, coso=200)
# Tree managers of XA: officers of its subtree.
XA_MANAGERS = dict(admin=200, tinh=200, huyen=200, lanhdao=403, coso=403)
# Writers of members of cell CA: officers above, the cell's clerk. Its leader and the member read only.
CA_MEMBER_WRITERS = dict(admin=200, tinh=200, huyen=200, chibo=200, lanhdao=403, dangvien=403)
ENTERERS = dict(admin=200, tinh=200, huyen=200, coso=200, chibo=200)
AUDITORS = dict(admin=200, tinh=200, huyen=200)


def unit_pk(attr):
    return lambda t: {"pk": getattr(t, attr).pk}


def entry_pk(member_attr):
    def kwargs(t):
        member = getattr(t, member_attr)
        return {"pk": AuditEntry.objects.get(object_type="member", object_id=str(member.pk), action="create").pk}
    return kwargs


UNIT_DATA = lambda t: {"code": "MOI", "name": "Chi bộ mới", "kind": "cell", "active_from": "01/01/2024"}  # noqa: E731
MEMBER_DATA = lambda t: {"full_name": "Lê Văn Mới", "gender": "male", "category": "party", "unit": "CA"}  # noqa: E731

MATRIX: dict[str, list[Row]] = {
    "home": [Row()],
    "login": [Row(expect=statuses(302), anonymous=200)],
    "logout": [Row(expect=statuses(405), anonymous=405)],
    "password_change": [Row()],
    "org:tree": [Row(), Row(query="?q=dong+hoa&open=999999999999999999&all=x")],
    "org:list": [Row(), Row(query="?format=xlsx&level=abc&kind=zzz&unit=CB&page=-3")],
    "org:search": [Row(query="?q=thanh&write=1")],
    "org:create_root": [Row(expect=statuses(403, admin=200), post=UNIT_DATA)],
    "org:detail": [
        Row(unit_pk("commune_a"), statuses(404, **XA_READERS)),
        Row(unit_pk("cell_a"), statuses(200, coso=404, noone=404)),
        Row(unit_pk("commune_b"), statuses(404, admin=200, tinh=200)),
    ],
    "org:children": [
        Row(unit_pk("commune_a"), statuses(404, **XA_READERS)),
        Row(unit_pk("district_b"), statuses(404, admin=200, tinh=200)),
    ],
    "org:create": [
        Row(unit_pk("commune_a"), statuses(404, **XA_MANAGERS), post=UNIT_DATA),
        Row(unit_pk("commune_b"), statuses(404, admin=200, tinh=200), post=UNIT_DATA),
    ],
    "org:edit": [
        Row(unit_pk("commune_a"), statuses(404, **(XA_MANAGERS | {"coso": 200})),
            post=lambda t: {"code": "XA", "name": "Tên đã sửa", "kind": "commune", "active_from": "1/1/2020"}),
        Row(unit_pk("commune_b"), statuses(404, admin=200, tinh=200),
            post=lambda t: {"code": "XB", "name": "Tên đã sửa", "kind": "commune", "active_from": "1/1/2020"}),
    ],
    "org:move": [
        Row(unit_pk("commune_a"), statuses(404, **XA_MANAGERS), post=lambda t: {"parent": "HB"}),
        Row(unit_pk("commune_b"), statuses(404, admin=200, tinh=200), post=lambda t: {"parent": "HA"}),
    ],
    "org:close": [
        Row(unit_pk("cell_a"), statuses(404, admin=200, tinh=200, huyen=200, lanhdao=403, chibo=403, dangvien=403), post=lambda t: {"on": "1/7/2025"}),
        Row(unit_pk("cell_b"), statuses(404, admin=200, tinh=200), post=lambda t: {"on": "1/7/2025"}),
    ],
    "org:merge": [
        Row(unit_pk("commune_a"), statuses(404, **XA_MANAGERS), post=lambda t: {"sources": ["XB"], "on": "1/7/2025"}),
        Row(unit_pk("commune_b"), statuses(404, admin=200, tinh=200),
            post=lambda t: {"sources": ["XA"], "on": "1/7/2025"}),
    ],
    "people:list": [Row(), Row(query="?format=xlsx&status=zzz&head=2&sort=x&unit=NOPE&page=abc")],
    "people:create": [Row(expect=statuses(403, **ENTERERS), post=MEMBER_DATA)],
    "people:detail": [
        Row(unit_pk("member_a"), statuses(404, admin=200, tinh=200, huyen=200, lanhdao=200, chibo=200, dangvien=200)),
        Row(unit_pk("member_b"), statuses(404, admin=200, tinh=200)),
    ],
    "people:edit": [
        Row(unit_pk("member_a"), statuses(404, **CA_MEMBER_WRITERS),
            post=lambda t: {"full_name": "Nguyễn Văn Sửa", "gender": "male", "category": "party"}),
        Row(unit_pk("member_b"), statuses(404, admin=200, tinh=200),
            post=lambda t: {"full_name": "Trần Thị Sửa", "gender": "female", "category": "party"}),
    ],
    "people:transfer": [
        Row(unit_pk("member_a"), statuses(404, **CA_MEMBER_WRITERS), post=lambda t: {"to_unit": "XA", "on": "1/7/2025"}),
        Row(unit_pk("member_b"), statuses(404, admin=200, tinh=200), post=lambda t: {"to_unit": "XB", "on": "1/7/2025"}),
    ],
    "people:end": [
        Row(unit_pk("member_a"), statuses(404, **CA_MEMBER_WRITERS), post=lambda t: {"status": "left", "on": "1/7/2025"}),
        Row(unit_pk("member_b"), statuses(404, admin=200, tinh=200), post=lambda t: {"status": "left", "on": "1/7/2025"}),
    ],
    "audit:list": [Row(expect=statuses(403, **AUDITORS)), Row(expect=statuses(403, **AUDITORS),
                                                              query="?date_from=31/2/2024&object_type=x&format=xlsx")],
    "audit:detail": [
        Row(entry_pk("member_a"), statuses(403, **AUDITORS)),
        Row(entry_pk("member_b"), statuses(403, admin=200, tinh=200, huyen=404)),
    ],
    "imports:upload": [Row(lambda t: {"kind": "members"}, statuses(403, **ENTERERS), post=lambda t: {}),
                       Row(lambda t: {"kind": "khong-co"}, statuses(404))],
    "imports:confirm": [Row(lambda t: {"kind": "members"}, statuses(403, **{u: 302 for u in ENTERERS}),
                            post=lambda t: {"token": "x"})],
    "imports:template": [Row(lambda t: {"kind": "members"}, statuses(403, **ENTERERS))],
}


def _collect() -> dict[str, list[Row]]:
    """This module's matrix plus every ``PERMISSION_MATRIX`` of the other test modules."""
    matrix = dict(MATRIX)
    for info in pkgutil.iter_modules(tests.__path__):
        if not info.name.startswith("test_") or info.name == __name__.rsplit(".", 1)[-1]:
            continue
        extra = getattr(importlib.import_module(f"tests.{info.name}"), "PERMISSION_MATRIX", {})
        for name, rows in extra.items():
            assert name not in matrix, f"{name} is in two permission matrices"
            matrix[name] = rows
    return matrix


ALL = _collect()


def url_names() -> set[str]:
    found, unnamed = set(), []

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = ":".join(part for part in (namespace, pattern.namespace) if part)
                walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern):
                if not pattern.name:
                    unnamed.append(str(pattern.pattern))
                found.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver().url_patterns, "")
    assert not unnamed, f"URL patterns without a name: {unnamed}"
    return found


def test_every_url_pattern_is_in_the_matrix():
    names = url_names()
    assert names - set(ALL) == set(), "views without a permission-matrix entry"
    assert set(ALL) - names == set(), "matrix entries for URLs that no longer exist"


def fingerprint():
    return (
        list(Unit.objects.order_by("pk").values_list("pk", "code", "name", "kind", "path", "active_to")),
        list(Member.objects.order_by("pk").values_list("pk", "full_name", "unit_id", "status", "category")),
        MemberTransfer.objects.count(),
        UnitLineage.objects.count(),
        AuditEntry.objects.count(),
    )


CASES = [(name, index) for name, rows in ALL.items() for index in range(len(rows))]


@pytest.mark.parametrize("name,index", CASES, ids=[f"{n}[{i}]" for n, i in CASES])
def test_permission_matrix(tree, client, name, index):
    row = ALL[name][index]
    url = reverse(name, kwargs=row.kwargs(tree) or None) + (row.query(tree) if callable(row.query) else row.query)
    response = client.get(url)
    assert response.status_code == row.anonymous, f"anonymous GET {url}"
    if row.anonymous == 302:
        assert response["Location"].startswith(reverse("login") + "?next=")

    before = fingerprint()
    for user in USERS:
        sign_in(client, tree, user)
        response = client.get(url)
        expected = row.expect[user]
        assert response.status_code == expected, f"{user} GET {url}: {response.status_code}, expected {expected}"
        if expected in (403, 404) and row.post is not None:
            response = client.post(url, row.post(tree))
            assert response.status_code == expected, f"{user} POST {url}: {response.status_code}"
            assert fingerprint() == before, f"{user} POST {url} changed data"
        client.logout()


def test_anonymous_post_to_a_write_view_changes_nothing(tree, client):
    before = fingerprint()
    response = client.post(reverse("org:edit", args=[tree.commune_a.pk]), {"code": "XA", "name": "X", "kind": "commune"})
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert fingerprint() == before
