"""The unit tree browser and the unit page: counts per subtree, lazy children, scope."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tuyengiao.org.models import UnitKind
from tuyengiao.org.services import close_unit, create_unit, merge_units
from tuyengiao.people.services import create_member, end_membership
from tests.conftest import SYSTEM
from tests.pages import plain_http, sign_in  # noqa: F401

pytestmark = pytest.mark.django_db


def counts(response):
    return {node.unit.code: (node.subunits, node.members) for node in response.context["nodes"]}


def test_children_fragment_counts_subunits_and_members_of_each_subtree(tree, client):
    create_unit(SYSTEM, code="CA2", name="Chi bộ thôn Đông", kind=UnitKind.CELL, parent=tree.commune_a)
    create_member(SYSTEM, unit=tree.commune_a, full_name="Phạm Văn Cường", gender="male")
    gone = create_member(SYSTEM, unit=tree.cell_a, full_name="Hà Thị Cũ", gender="female")
    end_membership(SYSTEM, gone, "left")  # no longer counted
    closed = create_unit(SYSTEM, code="CB9", name="Chi bộ đã giải thể", kind=UnitKind.CELL, parent=tree.commune_b)
    close_unit(SYSTEM, closed, datetime.date(2024, 1, 1))  # not counted unless asked for
    sign_in(client, tree, "admin")
    response = client.get(reverse("org:children", args=[tree.province.pk]))
    assert response.status_code == 200
    assert counts(response) == {"HA": (3, 2), "HB": (2, 1)}
    content = response.content.decode()
    assert "3 đơn vị" in content and "2 người" in content
    assert "<html" not in content  # a fragment
    response = client.get(reverse("org:children", args=[tree.province.pk]), {"all": "1"})
    assert counts(response) == {"HA": (3, 2), "HB": (3, 1)}


def test_counts_take_one_grouped_query_per_table_whatever_the_number_of_children(tree, client):
    sign_in(client, tree, "tinh")
    url = reverse("org:children", args=[tree.province.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(12):
        district = create_unit(SYSTEM, code=f"H{n}", name=f"Huyện ủy số {n}", kind=UnitKind.DISTRICT, parent=tree.province)
        create_unit(SYSTEM, code=f"X{n}", name=f"Đảng ủy xã số {n}", kind=UnitKind.COMMUNE, parent=district)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(counts(response)) == 14
    assert counts(response)["H3"] == (1, 0)
    assert len(many) == len(few)
    grouped = [q["sql"] for q in many.captured_queries if "GROUP BY" in q["sql"].upper()]
    assert len(grouped) == 2  # sub-units, members


def test_counts_follow_the_scope(tree, client):
    sign_in(client, tree, "coso")  # a clerk reads their own unit only, not the cells under it
    response = client.get(reverse("org:tree"))
    assert counts(response) == {"XA": (0, 0)}
    assert response.context["nodes"][0].children is None
    sign_in(client, tree, "huyen")
    response = client.get(reverse("org:tree"))
    assert counts(response) == {"HA": (2, 1)}
    assert [node.unit.code for node in response.context["nodes"][0].children] == ["XA"]


def test_tree_opens_down_to_a_unit_without_javascript(tree, client):
    sign_in(client, tree, "admin")
    response = client.get(reverse("org:tree"), {"open": tree.commune_a.pk})
    province = response.context["nodes"][0]
    district_a = next(node for node in province.children if node.unit.code == "HA")
    district_b = next(node for node in province.children if node.unit.code == "HB")
    assert [node.unit.code for node in district_a.children] == ["XA"]
    assert [node.unit.code for node in district_a.children[0].children] == ["CA"]
    assert district_b.children is None
    content = response.content.decode()
    assert f'href="{reverse("org:tree")}?open={tree.district_b.pk}#u{tree.district_b.pk}"' in content
    assert f'data-children-url="{reverse("org:children", args=[tree.district_b.pk])}"' in content


def test_tree_ignores_a_unit_outside_scope_in_open(tree, client):
    sign_in(client, tree, "huyen")
    response = client.get(reverse("org:tree"), {"open": tree.cell_b.pk})
    assert response.status_code == 200
    assert "Phú Gia" not in response.content.decode()


def test_closed_units_are_greyed_and_hidden_by_default(tree, client):
    closed = create_unit(SYSTEM, code="CA9", name="Chi bộ đã giải thể", kind=UnitKind.CELL, parent=tree.commune_a)
    close_unit(SYSTEM, closed, datetime.date(2024, 1, 1))
    sign_in(client, tree, "huyen")
    url = reverse("org:children", args=[tree.commune_a.pk])
    assert "giải thể" not in client.get(url).content.decode()
    content = client.get(url, {"all": "1"}).content.decode()
    assert 'class="tree-node closed"' in content and "Đã ngừng, hoạt động đến 31/12/2023" in content


def test_unit_page_shows_chain_lineage_children_members_and_figures(tree, client):
    create_member(SYSTEM, unit=tree.cell_a, full_name="Lê Thị Hoa", gender="female", category="youth")
    merge_units(SYSTEM, [tree.commune_b], tree.commune_a, datetime.date(2025, 7, 1), "Nghị quyết 1288")
    sign_in(client, tree, "tinh")
    response = client.get(reverse("org:detail", args=[tree.commune_a.pk]))
    content = response.content.decode()
    assert [a.code for a, readable in response.context["ancestors"]] == ["T", "HA"]
    assert "Được hợp nhất từ" in content and "Đảng ủy xã Thanh Hà" in content and "1/7/2025" in content
    assert [node.unit.code for node in response.context["children"]] == ["CA", "CB"]
    figures, total = response.context["by_category"]
    assert total == 3 and ("Đoàn viên", 1, 3) in figures
    assert response.context["by_kind"] == [("Chi bộ trực thuộc", 2)]
    # The merged-away unit says where it went.
    content = client.get(reverse("org:detail", args=[tree.commune_b.pk])).content.decode()
    assert "đã hợp nhất vào" in content and "Đảng ủy xã Đồng Hóa" in content


def test_unit_page_buttons_follow_permissions(tree, client):
    url = reverse("org:detail", args=[tree.commune_a.pk])
    sign_in(client, tree, "huyen")
    labels = [action.label for action in client.get(url).context["actions"]]
    assert labels == ["Thêm đảng viên", "Sửa thông tin", "Thêm đơn vị trực thuộc", "Chuyển cấp trên",
                      "Hợp nhất đơn vị khác vào", "Ngừng hoạt động"]
    sign_in(client, tree, "coso")
    assert [a.label for a in client.get(url).context["actions"]] == ["Thêm đảng viên", "Sửa thông tin"]
    sign_in(client, tree, "lanhdao")
    assert client.get(url).context["actions"] == []
    # A leader above does not get links to units outside his scope in the breadcrumb.
    assert [readable for _, readable in client.get(url).context["ancestors"]] == [False, True]
