"""Forms: Vietnamese errors beside the fields with the input kept; writes go through the services."""

import datetime

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from tuyengiao.audit.models import AuditEntry
from tuyengiao.org.models import Unit, UnitLineage
from tuyengiao.people.models import Member, MemberTransfer, Status
from tests.pages import plain_http, sign_in  # noqa: F401

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return response.content.decode()


# Signing in and out

def test_wrong_password_is_a_vietnamese_error_and_keeps_the_username(tree, client):
    response = client.post(reverse("login"), {"username": "huyen", "password": "sai"})
    assert response.status_code == 200
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in text(response)
    assert 'value="huyen"' in text(response)


def test_sign_in_goes_home_or_to_next(tree, client):
    response = client.post(reverse("login"), {"username": "huyen", "password": "pw-huyen"})
    assert response.status_code == 302 and response["Location"] == reverse("home")
    client.post(reverse("logout"))
    target = reverse("people:list")
    response = client.post(reverse("login") + f"?next={target}", {"username": "huyen", "password": "pw-huyen",
                                                                   "next": target})
    assert response["Location"] == target


def test_repeated_failures_lock_the_login_for_thirty_minutes(tree, client):
    for _ in range(5):
        response = client.post(reverse("login"), {"username": "huyen", "password": "sai"})
    response = client.post(reverse("login"), {"username": "huyen", "password": "pw-huyen"})
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in text(response) and "30 phút" in text(response)
    assert SESSION_KEY not in client.session


def test_logout_is_a_post(tree, client):
    sign_in(client, tree, "huyen")
    assert client.get(reverse("logout")).status_code == 405
    response = client.post(reverse("logout"))
    assert response["Location"] == reverse("login")
    assert SESSION_KEY not in client.session
    assert "Bạn đã đăng xuất." in text(client.get(response["Location"]))


def test_password_change(tree, client):
    sign_in(client, tree, "huyen")
    response = client.post(reverse("password_change"), {"old_password": "sai", "new_password1": "x",
                                                         "new_password2": "y"})
    assert "Mật khẩu hiện tại không đúng." in text(response)
    new = "Hoc-tap-lam-theo-Bac-2025"
    response = client.post(reverse("password_change"), {"old_password": "pw-huyen", "new_password1": new,
                                                         "new_password2": new})
    assert response.status_code == 302
    tree.users["huyen"].refresh_from_db()
    assert tree.users["huyen"].check_password(new)


# Members

def test_member_form_errors_are_vietnamese_and_keep_the_input(tree, client):
    sign_in(client, tree, "chibo")
    url = reverse("people:create")
    response = client.post(url, {"full_name": "", "gender": "", "birth_year": "19x0", "unit": "CA",
                                 "position": "Trưởng thôn", "category": "party", "joined_on": "31/2/2024"})
    content = text(response)
    assert response.status_code == 200
    for message in ["Chưa lưu được.", "Chưa nhập họ và tên.", "Chưa chọn giới tính.", "Năm sinh phải là số, ví dụ 1980.",
                    "Ngày không hợp lệ (ví dụ: 15/6/2023)."]:
        assert message in content
    assert 'value="19x0"' in content and 'value="Trưởng thôn"' in content and 'value="31/2/2024"' in content
    # Errors the service finds show the same way.
    response = client.post(url, {"full_name": "An", "gender": "male", "birth_year": "1850", "unit": "CA",
                                 "category": "party"})
    content = text(response)
    assert "Họ và tên cần có ít nhất họ và tên (hai từ trở lên)." in content
    assert "Năm sinh 1850 không hợp lệ" in content
    assert 'value="An"' in content and 'value="1850"' in content
    assert not Member.objects.filter(full_name="An").exists()


def test_member_created_through_the_service(tree, client):
    sign_in(client, tree, "chibo")
    response = client.get(reverse("people:create") + "?unit=CA")
    assert response.context["form"]["unit"].value() == "CA"
    response = client.post(reverse("people:create"), {
        "full_name": "  Phạm   Văn Dũng ", "gender": "male", "birth_year": "1979", "unit": "CA", "category": "party",
        "is_head": "on", "joined_on": "1/7/2025",
    })
    member = Member.objects.get(full_name="Phạm Văn Dũng")
    assert response["Location"] == reverse("people:detail", args=[member.pk])
    assert member.is_head and member.birth_year == 1979 and member.unit == tree.cell_a
    assert member.transfers.get().date == datetime.date(2025, 7, 1)
    entry = AuditEntry.objects.get(object_type="member", object_id=str(member.pk))
    assert entry.source == "web" and entry.user == tree.users["chibo"]
    assert "Đã thêm “Phạm Văn Dũng”." in text(client.get(response["Location"]))


def test_units_offered_are_only_those_in_scope(tree, client):
    sign_in(client, tree, "huyen")
    form = client.get(reverse("people:create")).context["form"]
    assert sorted(form.fields["unit"].queryset.values_list("code", flat=True)) == ["CA", "HA", "XA"]
    response = client.post(reverse("people:create"), {"full_name": "Hồ Thị Mai", "gender": "female", "unit": "CB",
                                                      "category": "party"})
    assert "Không tìm thấy đơn vị có mã “CB” trong phạm vi của bạn." in text(response)
    assert not Member.objects.filter(full_name="Hồ Thị Mai").exists()
    response = client.post(reverse("people:transfer", args=[tree.member_a.pk]), {"to_unit": "CB", "on": "1/7/2025"})
    assert "Không tìm thấy đơn vị có mã “CB” trong phạm vi của bạn." in text(response)
    assert Member.objects.get(pk=tree.member_a.pk).unit == tree.cell_a


def test_member_edit_transfer_and_end(tree, client):
    sign_in(client, tree, "huyen")
    member = tree.member_a
    response = client.get(reverse("people:edit", args=[member.pk]))
    assert response.context["form"]["full_name"].value() == "Nguyễn Văn An"
    client.post(reverse("people:edit", args=[member.pk]), {"full_name": "Nguyễn Văn Ân", "gender": "male",
                                                           "birth_year": "1980", "category": "civil",
                                                           "position": "Bí thư chi bộ"})
    member.refresh_from_db()
    assert (member.full_name, member.category, member.position) == ("Nguyễn Văn Ân", "civil", "Bí thư chi bộ")

    response = client.post(reverse("people:transfer", args=[member.pk]),
                           {"to_unit": "XA", "on": "1/7/2025", "reason": "Điều động"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.unit == tree.commune_a
    page = text(client.get(reverse("people:detail", args=[member.pk])))
    assert "Điều động" in page and "1/7/2025" in page and "Chi bộ thôn Bút Đông" in page

    response = client.post(reverse("people:end", args=[member.pk]), {"status": "deceased", "on": "2/7/2025"})
    member.refresh_from_db()
    assert member.status == Status.DECEASED
    assert MemberTransfer.objects.filter(member=member, to_unit=None).exists()
    # No more transfer once ended: the service's error shows on the page.
    response = client.post(reverse("people:transfer", args=[member.pk]), {"to_unit": "CA", "on": "3/7/2025"})
    assert "Chỉ chuyển sinh hoạt được cho người đang sinh hoạt." in text(response)


# Units

def test_unit_form_service_errors_keep_the_input(tree, client):
    sign_in(client, tree, "huyen")
    url = reverse("org:create", args=[tree.commune_a.pk])
    response = client.post(url, {"code": "xa", "name": "Chi bộ thôn Mới", "kind": "cell"})
    content = text(response)
    assert "Mã đơn vị “XA” đã có." in content
    assert 'value="xa"' in content and 'value="Chi bộ thôn Mới"' in content
    response = client.post(url, {"code": "", "name": "", "kind": "zzz"})
    content = text(response)
    assert "Chưa nhập mã đơn vị." in content and "Chưa nhập tên đơn vị." in content
    assert "Giá trị “zzz” không có trong danh sách loại hình." in content
    response = client.post(url, {"code": "ca3", "name": "Chi bộ thôn Mới", "kind": "cell", "active_from": "1/7/2025"})
    unit = Unit.objects.get(code="CA3")
    assert response["Location"] == reverse("org:detail", args=[unit.pk])
    assert unit.parent == tree.commune_a and unit.active_from == datetime.date(2025, 7, 1)


def test_unit_edit_move_close_and_merge(tree, client):
    sign_in(client, tree, "tinh")
    client.post(reverse("org:edit", args=[tree.commune_a.pk]),
                {"code": "XA", "name": "Đảng ủy xã Đồng Hóa (mới)", "kind": "commune", "active_from": "1/1/2020"})
    assert Unit.objects.get(pk=tree.commune_a.pk).name == "Đảng ủy xã Đồng Hóa (mới)"

    move_form = client.get(reverse("org:move", args=[tree.commune_a.pk])).context["form"]
    offered = set(move_form.fields["parent"].queryset.values_list("code", flat=True))
    assert offered == {"T", "HB", "XB", "CB"}  # not itself, its subtree, or its current parent
    client.post(reverse("org:move", args=[tree.commune_a.pk]), {"parent": "HB"})
    assert Unit.objects.get(pk=tree.cell_a.pk).path.startswith(tree.district_b.path)

    response = client.post(reverse("org:close", args=[tree.commune_a.pk]), {"on": "1/7/2025"})
    assert "Đơn vị còn đơn vị trực thuộc đang hoạt động" in text(response)
    assert Unit.objects.get(pk=tree.commune_a.pk).active_to is None

    response = client.post(reverse("org:merge", args=[tree.commune_b.pk]),
                           {"sources": ["XA"], "on": "1/7/2025", "note": "Nghị quyết 1288"})
    assert response["Location"] == reverse("org:detail", args=[tree.commune_b.pk])
    assert UnitLineage.objects.filter(predecessor=tree.commune_a, successor=tree.commune_b).exists()
    assert Unit.objects.get(pk=tree.commune_a.pk).active_to == datetime.date(2025, 6, 30)
    assert "Đã hợp nhất 1 đơn vị vào “Đảng ủy xã Thanh Hà”." in text(client.get(response["Location"]))

    response = client.post(reverse("org:close", args=[tree.commune_a.pk]), {"on": "1/7/2025"})
    assert "Đơn vị này đã ngừng hoạt động." in text(response)


def test_merge_requires_a_choice_and_offers_units_of_the_same_level(tree, client):
    sign_in(client, tree, "huyen")
    url = reverse("org:merge", args=[tree.commune_a.pk])
    form = client.get(url).context["form"]
    assert list(form.fields["sources"].queryset) == []  # XB is outside his scope
    response = client.post(url, {"on": ""})
    assert "Chưa chọn đơn vị nào để hợp nhất." in text(response)
    assert "Chưa nhập ngày hợp nhất có hiệu lực." in text(response)


def test_close_an_empty_unit(tree, client):
    sign_in(client, tree, "huyen")
    Member.objects.filter(pk=tree.member_a.pk).update(status=Status.LEFT)
    response = client.post(reverse("org:close", args=[tree.cell_a.pk]), {"on": "1/7/2025"})
    assert response.status_code == 302
    assert Unit.objects.get(pk=tree.cell_a.pk).active_to == datetime.date(2025, 6, 30)
    assert AuditEntry.objects.filter(action="close", user=tree.users["huyen"]).exists()


# Error pages

def test_error_pages_are_vietnamese(tree, client):
    from django.template.loader import render_to_string

    sign_in(client, tree, "huyen")
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404 and "Không tìm thấy trang này" in text(response)
    response = client.get(reverse("org:detail", args=[tree.commune_b.pk]))
    assert response.status_code == 404 and "ngoài phạm vi" in text(response)
    sign_in(client, tree, "lanhdao")
    response = client.get(reverse("org:edit", args=[tree.commune_a.pk]))
    assert response.status_code == 403 and "Bạn không có quyền thực hiện thao tác này." in text(response)
    response = client.get(reverse("audit:list"))
    assert "Nhật ký thay đổi dành cho quản trị hệ thống và cán bộ tuyên giáo." in text(response)
    assert "Hệ thống gặp sự cố" in render_to_string("500.html")
    assert "Phiên làm việc đã hết hạn" in render_to_string("403_csrf.html")


def test_csrf_failure_page(tree):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("login"), {"username": "huyen", "password": "pw-huyen"})
    assert response.status_code == 403 and "Phiên làm việc đã hết hạn" in text(response)


def test_many_units_become_a_code_box_with_search(tree, client, monkeypatch):
    monkeypatch.setattr("tuyengiao.org.forms.SELECT_LIMIT", 2)
    sign_in(client, tree, "huyen")
    content = text(client.get(reverse("people:create") + "?unit=XA"))
    assert f'data-search-url="{reverse("org:search")}?write=1"' in content
    assert 'name="unit" value="XA"' in content
    response = client.post(reverse("people:create"), {"full_name": "Hồ Thị Mai", "gender": "female", "unit": " xa ",
                                                      "category": "party"})
    assert response.status_code == 302
    assert Member.objects.get(full_name="Hồ Thị Mai").unit == tree.commune_a
