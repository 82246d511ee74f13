"""Issue 5's walk-through in a real Chromium: a commune registers a model and uploads its plan, the
district evaluates it and selects it for replication, a cell of another commune adopts it, and the
district's figures follow."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tuyengiao.accounts.models import Role, RoleAssignment
from tuyengiao.initiatives.figures import initiative_figures
from tuyengiao.initiatives.models import DossierItem, Initiative
from tuyengiao.org.models import UnitKind
from tuyengiao.org.services import create_unit
from tests.browser import browser_page, log_in, screenshot  # noqa: F401
from tests.test_initiatives_data import PDF, SATURDAY, media_root

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def figure(page, key: str) -> str:
    return page.locator(f"[data-figures] [data-key={key}]").inner_text()


def test_register_upload_evaluate_select_adopt_in_chromium(tree, browser_page, system, settings, tmp_path):
    page = browser_page
    media_root(settings, tmp_path)
    # The fixture's cell secretary sits inside the registering commune: take a cell of another commune.
    start = datetime.date(2020, 1, 1)
    commune_c = create_unit(system, code="XC", name="Đảng ủy xã Nhật Tân", kind=UnitKind.COMMUNE,
                            parent=tree.district_a, active_from=start)
    cell_c = create_unit(system, code="CC", name="Chi bộ thôn Quyển Sơn", kind=UnitKind.CELL, parent=commune_c,
                         active_from=start)
    secretary = get_user_model().objects.create_user("chibo2", password="demo")
    RoleAssignment.objects.create(user=secretary, role=Role.CLERK, unit=cell_c)
    for user in tree.users.values():
        user.set_password("demo")
        user.save()
    plan = tmp_path / "ke-hoach-ngay-thu-bay.pdf"
    plan.write_bytes(PDF)

    log_in(page, "huyen", "demo")
    page.goto(page.base_url + reverse("initiatives:list"))
    assert figure(page, "total") == "0"
    page.context.clear_cookies()

    log_in(page, "coso", "demo")
    page.goto(page.base_url + reverse("initiatives:list"))
    page.click("text=Đăng ký mô hình")
    page.fill("[name=name]", "Ngày thứ bảy với dân")
    page.select_option("[name=field]", "administrative")
    page.fill("[name=description]", SATURDAY)
    page.fill("[name=targets]", "100% hồ sơ trả đúng hẹn\nTrên 95% người dân hài lòng")
    page.fill("[name=people_in_charge]", "Chủ tịch UBND xã")
    screenshot(page, "initiative-1-commune-registers")
    page.click(".form-actions button[type=submit]")
    page.wait_for_selector("[data-status=registered]")
    page.click("text=Tải lên hồ sơ")
    page.select_option("[name=kind]", "plan")
    page.fill("[name=title]", "Kế hoạch số 12-KH/ĐU")
    page.set_input_files("[name=upload]", str(plan))
    page.click(".form-actions button[type=submit]")
    page.wait_for_selector("[data-item=plan]")
    assert "Kế hoạch số 12-KH/ĐU" in page.inner_text("#ho-so")
    screenshot(page, "initiative-2-commune-uploads-plan")
    initiative = Initiative.objects.get(name="Ngày thứ bảy với dân")
    assert DossierItem.objects.get(initiative=initiative).size == len(PDF)
    page.context.clear_cookies()

    log_in(page, "huyen", "demo")
    page.goto(page.base_url + reverse("initiatives:detail", args=[initiative.pk]))
    page.click(".actions >> text=Đánh giá")
    for key, score in [("practicality", "9"), ("effectiveness", "9"), ("spread", "8"), ("maintainability", "8")]:
        page.fill(f"[name={key}]", score)
    page.select_option("[name=result]", "typical")
    page.fill("[name=comments]", "Cách làm cụ thể, người dân hài lòng; đề nghị nhân rộng.")
    screenshot(page, "initiative-3-district-evaluates")
    page.click(".form-actions button[type=submit]")
    page.wait_for_selector("[data-status=typical]")
    page.click("text=Chọn để nhân rộng")
    page.click(".form-actions button[type=submit]")
    page.wait_for_selector("[data-status=replicating]")
    page.context.clear_cookies()

    log_in(page, "chibo2", "demo")
    page.goto(page.base_url + reverse("initiatives:gallery"))
    page.click("text=Ngày thứ bảy với dân")
    assert "Kế hoạch số 12-KH/ĐU" not in page.content()  # the gallery shows the model, not its files
    page.click("text=Đăng ký áp dụng cho đơn vị")
    screenshot(page, "initiative-4-cell-adopts")
    page.click(".form-actions button[type=submit]")
    page.wait_for_selector("text=Nhân rộng từ")
    adoption = Initiative.objects.get(adopted_from=initiative)
    assert adoption.unit == cell_c
    download = reverse("initiatives:download", kwargs={"pk": initiative.pk,
                                                       "item": DossierItem.objects.get(initiative=initiative).pk})
    assert page.goto(page.base_url + download).status == 404
    page.context.clear_cookies()

    log_in(page, "huyen", "demo")
    page.goto(page.base_url + reverse("initiatives:list"))
    assert [figure(page, key) for key in ("total", "with_dossier", "evaluated", "typical", "adoptions")] == [
        "2", "1", "1", "1", "1"]
    screenshot(page, "initiative-5-district-registry")
    assert initiative_figures(tree.district_a, None)["initiatives"] == {
        "total": 2, "active": 2, "maintained": 2, "with_dossier": 1, "name_only": 0, "evaluated": 1, "typical": 1,
        "adoptions": 1}
    page.goto(page.base_url + reverse("initiatives:detail", args=[initiative.pk]))
    assert page.inner_text("[data-spread-units]") == "1"
    screenshot(page, "initiative-6-spread")
