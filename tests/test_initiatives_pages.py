"""Initiative pages: the permission matrix, uploads through the page, downloads by URL, exports."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from tuyengiao.accounts.models import Role, RoleAssignment
from tuyengiao.initiatives import dossier
from tuyengiao.initiatives.models import DossierItem, Initiative, InitiativeFlag
from tests.conftest import SYSTEM
from tests.pages import Row, plain_http, sign_in, statuses  # noqa: F401  (plain_http: autouse fixture)
from tests.test_initiatives_data import PDF, matrix_data, media_root, pdf, register, selected, stored_files

pytestmark = pytest.mark.django_db

XA_READERS = dict(admin=200, tinh=200, huyen=200, lanhdao=200, coso=200)
XA_WRITERS = dict(admin=200, tinh=200, huyen=200, coso=200, lanhdao=403)
XA_REVIEWERS = dict(admin=200, tinh=200, huyen=200, coso=403, lanhdao=403)
EVERY_UNIT = dict(admin=200, tinh=200, huyen=200, lanhdao=200, coso=200, chibo=200, dangvien=200)


def pk(name):
    return lambda t: {"pk": matrix_data(t)[name].pk}


def item(initiative, item_name):
    return lambda t: {"pk": matrix_data(t)[initiative].pk, "item": matrix_data(t)[item_name].pk}


EDIT_POST = lambda t: {"name": "Trái phép", "field": "reading", "description": "Sửa trái phép"}  # noqa: E731

PERMISSION_MATRIX = {
    "initiatives:list": [Row(), Row(query="?format=xlsx&year=abc&status=zzz&flag=nope&unit=NOPE&sort=x&page=-1")],
    "initiatives:gallery": [Row(), Row(query="?format=xlsx&field=zzz")],
    "initiatives:create": [Row(expect=statuses(403, admin=200, tinh=200, huyen=200, coso=200, chibo=200),
                               post=lambda t: {"name": "Trái phép", "unit": "XA", "field": "reading",
                                               "description": "Không được phép"})],
    "initiatives:detail": [
        Row(pk("a"), statuses(404, **XA_READERS)),
        Row(pk("b"), statuses(404, admin=200, tinh=200)),
        # Selected for replication over the province: the gallery opens it to every unit in it.
        Row(pk("r"), statuses(404, **EVERY_UNIT)),
    ],
    "initiatives:edit": [Row(pk("a"), statuses(404, **XA_WRITERS), post=EDIT_POST),
                         Row(pk("b"), statuses(404, admin=200, tinh=200), post=EDIT_POST)],
    "initiatives:status": [Row(pk("a"), statuses(404, **XA_WRITERS), post=lambda t: {"action": "stopped",
                                                                                  "on": "1/1/2025"})],
    "initiatives:year": [Row(pk("a"), statuses(404, **XA_WRITERS), post=lambda t: {"year": "2025", "maintained": "0"})],
    "initiatives:adopt": [
        Row(pk("a"), statuses(404, **{u: 403 for u in XA_READERS}), post=lambda t: {"unit": "CA", "description": "x"}),
        # Units in the province other than XA may adopt "r"; XA itself, the leader and the member may not.
        Row(pk("r"), statuses(404, **EVERY_UNIT | dict(coso=403, lanhdao=403, dangvien=403)),
            post=lambda t: {"unit": "XA", "description": "x"}),
    ],
    "initiatives:evaluate": [Row(pk("a"), statuses(404, **XA_REVIEWERS),
                                 post=lambda t: {"practicality": "9", "effectiveness": "9", "spread": "9",
                                                 "maintainability": "9", "result": "typical"})],
    "initiatives:select": [Row(pk("a"), statuses(404, **XA_REVIEWERS), post=lambda t: {"replication_unit": "1"})],
    "initiatives:upload": [Row(pk("a"), statuses(404, **XA_WRITERS), post=lambda t: {"kind": "plan"}),
                           Row(pk("b"), statuses(404, admin=200, tinh=200), post=lambda t: {"kind": "plan"})],
    # Files: only within the tree. The gallery opens "r" to the cell and the member, not its files.
    "initiatives:download": [Row(item("r", "item_r"), statuses(404, **XA_READERS)),
                             Row(item("b", "item_b"), statuses(404, admin=200, tinh=200))],
    "initiatives:delete_item": [Row(item("r", "item_r"), statuses(404, **{u: 302 for u in XA_READERS}),
                                    post=lambda t: {}),
                                Row(item("b", "item_b"), statuses(404, admin=302, tinh=302), post=lambda t: {})],
    "initiatives:dismiss": [Row(lambda t: {"pk": matrix_data(t)["a"].pk, "flag": matrix_data(t)["flag_a"].pk},
                                statuses(404, **{u: 302 for u in XA_READERS}), post=lambda t: {"reason": "x"})],
}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    return media_root(settings, tmp_path)


def test_refused_posts_change_no_initiative(tree, client):
    data = matrix_data(tree)
    before = (list(Initiative.objects.order_by("pk").values_list("name", "status", "description")),
              DossierItem.objects.count(), list(InitiativeFlag.objects.values_list("status", flat=True)))
    sign_in(client, tree, "chibo")
    for name, kwargs, post in [("edit", {"pk": data["a"].pk}, EDIT_POST(tree)),
                               ("upload", {"pk": data["b"].pk}, {"kind": "plan", "upload": pdf()}),
                               ("delete_item", {"pk": data["b"].pk, "item": data["item_b"].pk}, {}),
                               ("dismiss", {"pk": data["a"].pk, "flag": data["flag_a"].pk}, {"reason": "x"})]:
        assert client.post(reverse(f"initiatives:{name}", kwargs=kwargs), post).status_code == 404
    sign_in(client, tree, "lanhdao")
    assert client.post(reverse("initiatives:delete_item", kwargs={"pk": data["r"].pk, "item": data["item_r"].pk}),
                       {}).status_code == 403
    after = (list(Initiative.objects.order_by("pk").values_list("name", "status", "description")),
             DossierItem.objects.count(), list(InitiativeFlag.objects.values_list("status", flat=True)))
    assert after == before


def test_download_in_scope_and_not_by_url_outside(tree, client):
    initiative = register(tree.commune_a)
    found = dossier.add_item(SYSTEM, initiative, kind="plan", upload=pdf(), title="Kế hoạch số 12-KH/ĐU")
    url = reverse("initiatives:download", kwargs={"pk": initiative.pk, "item": found.pk})
    sign_in(client, tree, "huyen")
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf" and "attachment" in response["Content-Disposition"]
    # Another district's clerk, even after the initiative is offered to the whole province.
    outsider = get_user_model().objects.create_user("xb")
    RoleAssignment.objects.create(user=outsider, role=Role.CLERK, unit=tree.commune_b)
    client.force_login(outsider, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get(url).status_code == 404
    assert client.get(reverse("initiatives:detail", args=[initiative.pk])).status_code == 404
    other = register(tree.commune_b, name="Đường hoa")
    wrong_pair = reverse("initiatives:download", kwargs={"pk": other.pk, "item": found.pk})
    assert client.get(wrong_pair).status_code == 404  # an item is only reachable under its own initiative


def test_upload_page_errors_are_vietnamese_and_store_nothing(tree, client, settings):
    initiative = register(tree.commune_a)
    url = reverse("initiatives:upload", args=[initiative.pk])
    sign_in(client, tree, "coso")
    response = client.post(url, {"kind": "plan", "upload": SimpleUploadedFile("ke-hoach.exe", b"MZ\x90\x00")})
    assert response.status_code == 200
    assert "Không nhận tệp “ke-hoach.exe”: chỉ nhận PDF" in response.content.decode()
    assert "tệp chưa được tải lên" in response.content.decode()
    settings.INITIATIVE_UPLOAD_MAX_BYTES = 100
    response = client.post(url, {"kind": "plan", "upload": pdf(content=PDF + b"x" * 500)})
    assert "vượt giới hạn 100 byte" in response.content.decode()
    response = client.post(url, {"kind": "plan"})
    assert "Chưa chọn tệp để tải lên." in response.content.decode()
    assert not DossierItem.objects.exists() and stored_files() == []
    settings.INITIATIVE_UPLOAD_MAX_BYTES = 10_000
    response = client.post(url, {"kind": "plan", "title": "Kế hoạch", "upload": pdf()})
    assert response.status_code == 302 and DossierItem.objects.get().title == "Kế hoạch"
    assert len(stored_files()) == 1


def test_registry_filters_figures_and_export(tree, client):
    register(tree.commune_a, on=datetime.date.today() - datetime.timedelta(days=200))
    selected(tree, name="Ngày thứ bảy với dân")
    register(tree.commune_b, name="Đường hoa tự quản", field="environment")
    sign_in(client, tree, "huyen")
    page = client.get(reverse("initiatives:list")).content.decode()
    assert "Không gian văn hóa đọc" in page and "Đường hoa" not in page
    assert 'data-key="total">2<' in page and 'data-key="name_only">1<' in page
    flagged = client.get(reverse("initiatives:list") + "?flag=name_only").content.decode()
    assert "Không gian văn hóa đọc" in flagged and "Ngày thứ bảy" not in flagged
    response = client.get(reverse("initiatives:list") + "?format=xlsx&status=replicating")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert "Ngày thứ bảy với dân" in values and "Không gian văn hóa đọc" not in values
    gallery = client.get(reverse("initiatives:gallery")).content.decode()
    assert "Ngày thứ bảy với dân" in gallery and "Không gian văn hóa đọc" not in gallery


def test_detail_shows_dossier_only_within_the_tree(tree, client):
    chosen = selected(tree)
    dossier.add_item(SYSTEM, chosen, kind="plan", upload=pdf(), title="Kế hoạch triển khai")
    sign_in(client, tree, "coso")
    assert "Kế hoạch triển khai" in client.get(reverse("initiatives:detail", args=[chosen.pk])).content.decode()
    sign_in(client, tree, "chibo")  # cell CA: in the district's gallery, not in the commune's tree
    page = client.get(reverse("initiatives:detail", args=[chosen.pk])).content.decode()
    assert "Kế hoạch triển khai" not in page and "Hồ sơ chỉ do đơn vị có mô hình" in page
    assert "Đăng ký áp dụng cho đơn vị" in page


def test_import_pages_offer_initiatives(tree, client):
    sign_in(client, tree, "coso")
    page = client.get(reverse("imports:upload", kwargs={"kind": "initiatives"}))
    assert page.status_code == 200 and "mô hình học tập và làm theo Bác" in page.content.decode()
    template = client.get(reverse("imports:template", kwargs={"kind": "initiatives"}))
    sheet = load_workbook(io.BytesIO(template.content))["Dữ liệu"]
    assert [cell.value for cell in sheet[1]][:3] == ["Mã đơn vị (*)", "Tên mô hình (*)", "Lĩnh vực (*)"]
