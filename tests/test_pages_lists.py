"""Lists: scoping of pages and exports, search with and without diacritics, filters, counts."""

import io
import unicodedata

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tuyengiao.audit.models import AuditEntry
from tuyengiao.org.models import UnitKind
from tuyengiao.org.services import create_unit
from tuyengiao.people.models import Member
from tuyengiao.people.services import create_member, end_membership
from tests.conftest import SYSTEM
from tests.pages import plain_http, sign_in  # noqa: F401

pytestmark = pytest.mark.django_db


def add_member(unit, name, gender="male", **extra):
    return create_member(SYSTEM, unit=unit, full_name=name, gender=gender, **extra)


def sheet_rows(response, header_row=3):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    headers = rows[header_row - 1]
    return [dict(zip(headers, row)) for row in rows[header_row:]]


def test_member_export_of_an_officer_holds_only_his_subtree(tree, client):
    add_member(tree.commune_a, "Phạm Văn Cường")
    add_member(tree.commune_b, "Hồ Thị Dung", "female")
    add_member(tree.province, "Đỗ Văn Em")
    sign_in(client, tree, "huyen")
    rows = sheet_rows(client.get(reverse("people:list") + "?format=xlsx"))
    assert sorted(row["Họ và tên"] for row in rows) == ["Nguyễn Văn An", "Phạm Văn Cường"]
    assert {row["Mã đơn vị"] for row in rows} == {"CA", "XA"}
    assert [row["STT"] for row in rows] == [1, 2]
    # The same columns as the page, in the same order, plus the export-only ones.
    page = client.get(reverse("people:list"))
    headers = [header for header in rows[0] if header != "STT"]
    assert [c.header for c in page.context["table"].headers] == headers[: len(page.context["table"].headers)]


def test_export_keeps_the_filters_and_says_so(tree, client):
    add_member(tree.cell_a, "Lê Thị Hoa", "female", category="youth")
    sign_in(client, tree, "admin")
    response = client.get(reverse("people:list") + "?format=xlsx&category=youth")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert "Đối tượng: Đoàn viên" in sheet["A1"].value
    assert [row["Họ và tên"] for row in sheet_rows(response)] == ["Lê Thị Hoa"]


@pytest.mark.parametrize("query", ["binh", "Bình", "BÌNH", "tran thi", unicodedata.normalize("NFD", "Bình")])
def test_member_search_with_and_without_diacritics(tree, client, query):
    add_member(tree.cell_b, "Trần Thị Bính", "female")
    sign_in(client, tree, "admin")
    response = client.get(reverse("people:list"), {"q": query})
    names = [row["object"].full_name for row in response.context["rows"]]
    assert "Trần Thị Bình" in names
    assert ("Trần Thị Bính" in names) == (query in {"binh", "tran thi"})


@pytest.mark.parametrize("query", ["dong hoa", "Đồng Hóa", "đồng hoá", "XA", "xa dong"])
def test_tree_search_with_and_without_diacritics(tree, client, query):
    sign_in(client, tree, "huyen")
    response = client.get(reverse("org:tree"), {"q": query})
    found = {unit.code: unit for unit in response.context["results"]}
    assert "XA" in found
    assert found["XA"].ancestry == ["Tỉnh ủy Hà Nam", "Huyện ủy Kim Bảng"]
    assert "Đảng ủy xã Đồng Hóa" in response.content.decode()


def test_tree_search_stays_in_scope(tree, client):
    sign_in(client, tree, "huyen")
    response = client.get(reverse("org:tree"), {"q": "thanh"})
    assert response.context["results"] == []
    response = client.get(reverse("org:search"), {"q": "thanh"})
    assert "Thanh Hà" not in response.content.decode()
    sign_in(client, tree, "tinh")
    response = client.get(reverse("org:search"), {"q": "thanh ha", "write": "1"})
    assert 'data-code="XB"' in response.content.decode()


def test_members_sort_by_given_name_then_by_unit(tree, client):
    add_member(tree.cell_b, "Bùi Văn Chung")
    add_member(tree.cell_a, "Vũ Thị Ánh", "female")
    sign_in(client, tree, "admin")
    names = [row["object"].full_name for row in client.get(reverse("people:list")).context["rows"]]
    assert names == ["Nguyễn Văn An", "Vũ Thị Ánh", "Trần Thị Bình", "Bùi Văn Chung"]
    rows = client.get(reverse("people:list"), {"sort": "unit"}).context["rows"]
    assert [row["object"].unit.code for row in rows] == ["CA", "CA", "CB", "CB"]


def test_member_filters(tree, client):
    head = add_member(tree.cell_a, "Lê Văn Trưởng", is_head=True, category="civil")
    gone = add_member(tree.cell_a, "Hà Thị Cũ", "female")
    end_membership(SYSTEM, gone, "left")
    sign_in(client, tree, "admin")

    def names(**params):
        response = client.get(reverse("people:list"), params)
        return sorted(row["object"].full_name for row in response.context["rows"])

    assert names(head="1") == [head.full_name]
    assert names(category="civil", unit="HA") == [head.full_name]
    assert names(gender="female") == ["Trần Thị Bình"]
    assert names(gender="female", status="all") == ["Hà Thị Cũ", "Trần Thị Bình"]
    assert names(status="left") == ["Hà Thị Cũ"]
    assert names(unit="hb") == ["Trần Thị Bình"]
    # An unknown unit is an error beside the filter, not a crash.
    response = client.get(reverse("people:list"), {"unit": "KHONGCO"})
    assert response.status_code == 200
    assert "Không tìm thấy đơn vị có mã “KHONGCO” trong phạm vi của bạn." in response.content.decode()


def test_an_officer_cannot_filter_on_a_unit_outside_his_scope(tree, client):
    sign_in(client, tree, "huyen")
    response = client.get(reverse("people:list"), {"unit": "CB"})
    assert "Không tìm thấy đơn vị có mã “CB”" in response.content.decode()
    assert "Trần Thị Bình" not in response.content.decode()


def test_count_in_vietnamese_format_and_pagination(tree, client):
    Member.objects.bulk_create(
        Member(unit=tree.cell_a, full_name=f"Người Số {n:04d}", gender="male", sort_key=f"9{n:04d}") for n in range(1232)
    )
    sign_in(client, tree, "admin")
    response = client.get(reverse("people:list"))
    content = response.content.decode()
    assert "1.234 người" in content
    assert len(response.context["rows"]) == 50
    assert "Trang 1 / 25" in content
    response = client.get(reverse("people:list"), {"page": "2"})
    assert [row["number"] for row in response.context["rows"]][:2] == [51, 52]
    assert client.get(reverse("people:list"), {"page": "999"}).context["page"].number == 25


def test_unit_list_filters_and_export(tree, client):
    create_unit(SYSTEM, code="CA2", name="Chi bộ thôn Đông", kind=UnitKind.CELL, parent=tree.commune_a)
    sign_in(client, tree, "huyen")
    response = client.get(reverse("org:list"), {"kind": "cell"})
    assert sorted(row["object"].code for row in response.context["rows"]) == ["CA", "CA2"]
    assert "2 đơn vị" in response.content.decode()
    rows = sheet_rows(client.get(reverse("org:list"), {"format": "xlsx", "level": "3"}))
    assert [row["Mã đơn vị"] for row in rows] == ["XA"]


def test_audit_log_is_scoped_filtered_and_exported(tree, client):
    sign_in(client, tree, "huyen")
    response = client.get(reverse("audit:list"), {"action": "create", "object_type": "member"})
    entries = [row["object"] for row in response.context["rows"]]
    assert [entry.object_repr for entry in entries] == ["Nguyễn Văn An"]
    rows = sheet_rows(client.get(reverse("audit:list"), {"format": "xlsx"}))
    assert {row["Đơn vị"] for row in rows} <= {"Huyện ủy Kim Bảng", "Đảng ủy xã Đồng Hóa", "Chi bộ thôn Bút Đông"}
    assert len(rows) == AuditEntry.objects.filter(unit_path__startswith=tree.district_a.path).count()


def test_audit_detail_shows_changes_in_words(tree, client):
    from tuyengiao.org.services import update_unit

    update_unit(tree.actor("huyen"), tree.commune_a, name="Đảng ủy xã Đồng Hóa mới", kind=UnitKind.AGENCY)
    entry = AuditEntry.objects.get(action="update", object_type="unit")
    sign_in(client, tree, "huyen")
    response = client.get(reverse("audit:detail", args=[entry.pk]))
    rows = response.context["rows"]
    assert ("Tên đơn vị", "Đảng ủy xã Đồng Hóa", "Đảng ủy xã Đồng Hóa mới") in rows
    assert ("Loại hình", "Đảng bộ xã, phường, thị trấn", "Đảng bộ cơ sở cơ quan, doanh nghiệp") in rows


def test_home_shows_scope_counts_and_own_record(tree, client):
    sign_in(client, tree, "huyen")
    response = client.get(reverse("home"))
    assert [(root["unit"].code, root["subunits"], root["members"]) for root in response.context["roots"]] == [
        ("HA", 2, 1)
    ]
    assert "Cán bộ tuyên giáo" in response.content.decode()
    sign_in(client, tree, "dangvien")
    response = client.get(reverse("home"))
    assert list(response.context["own_records"]) == [tree.member_a]
    assert reverse("people:detail", args=[tree.member_a.pk]) in response.content.decode()
    sign_in(client, tree, "noone")
    assert "chưa được phân quyền" in client.get(reverse("home")).content.decode()


def test_navigation_shows_the_audit_log_only_to_those_who_may_see_it(tree, client):
    sign_in(client, tree, "huyen")
    assert reverse("audit:list") in client.get(reverse("home")).content.decode()
    sign_in(client, tree, "lanhdao")
    assert reverse("audit:list") not in client.get(reverse("home")).content.decode()


BAD_PARAMS = [
    {"page": "-1"}, {"page": "abc"}, {"page": "9" * 30}, {"q": "x" * 1000}, {"q": "%00\x00'\";--"},
    {"unit": "Đ" * 40}, {"unit": "'; drop table"}, {"date_from": "99/99/9999", "date_to": "0/0/0"},
    {"level": "9" * 30}, {"kind": "province' or 1=1"}, {"sort": "../../etc"}, {"format": "pdf"},
    {"status": ["active", "left"]}, {"head": "yes"}, {"open": "-1"}, {"open": "9" * 40}, {"all": "1", "write": "x"},
    {"object_id": "9" * 80}, {"object_type": "member", "object_id": "abc"},
]


@pytest.mark.parametrize("name", ["home", "org:tree", "org:list", "org:search", "people:list", "audit:list"])
def test_bad_query_parameters_never_crash_a_list(tree, client, name):
    for user in ("admin", "huyen", "chibo"):
        sign_in(client, tree, user)
        for params in BAD_PARAMS:
            response = client.get(reverse(name), params)
            assert response.status_code in (200, 403), (user, params, response.status_code)


def test_bad_form_input_never_crashes(tree, client):
    sign_in(client, tree, "tinh")
    posts = [
        (reverse("org:merge", args=[tree.commune_a.pk]), {"sources": ["XB", "NOPE", "x" * 100], "on": "1/13/2025"}),
        (reverse("org:move", args=[tree.commune_a.pk]), {"parent": "Đ" * 100}),
        (reverse("org:create", args=[tree.commune_a.pk]), {"code": "x" * 100, "name": "y" * 300, "kind": "cell",
                                                           "active_from": "2025-99-01"}),
        (reverse("people:create"), {"full_name": "Lê Văn Nam", "gender": "male", "birth_year": "9" * 30, "unit": "CA",
                                    "category": "party"}),
        (reverse("people:end", args=[tree.member_a.pk]), {"status": "active", "on": "1/1/2025"}),
        (reverse("people:transfer", args=[tree.member_a.pk]), {"to_unit": "X\x00A", "on": "1/1/2025\x00"}),
        (reverse("org:merge", args=[tree.commune_a.pk]), {"sources": ["X\x00B"], "on": "1/7/2025"}),
        (reverse("org:edit", args=[tree.commune_a.pk]), {"code": "X\x00", "name": "A\x00", "kind": "commune"}),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 200, (url, response.status_code)
        assert "Chưa lưu được." in response.content.decode()
