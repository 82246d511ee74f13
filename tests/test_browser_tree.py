"""Issue 2's check in a real Chromium: the district officer opens the unit tree and sees only the
district's subtree; expanding a unit loads its children in place."""

import pytest
from django.urls import reverse

from tests.browser import browser_page, log_in, screenshot  # noqa: F401

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_district_officer_sees_only_the_district_subtree(tree, browser_page):
    page = browser_page
    for user in tree.users.values():
        user.set_password("demo")
        user.save()
    log_in(page, "huyen", "demo")
    page.goto(page.base_url + reverse("org:tree"))
    names = page.locator(".tree-name").all_inner_texts()
    assert names[0] == "Huyện ủy Kim Bảng"
    assert not any(n in " ".join(names) for n in ("Tỉnh ủy Hà Nam", "Huyện ủy Thanh Liêm", "Đảng ủy xã Thanh Hà"))
    toggle = page.locator(f"#u{tree.commune_a.pk} > .tree-row .tree-toggle")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    page.wait_for_selector(f"#u{tree.cell_a.pk}")
    assert "Chi bộ thôn Bút Đông" in page.inner_text(".tree-root")
    assert "Chi bộ thôn Phú Gia" not in page.content()
    screenshot(page, "tree-huyen-subtree")
    # URL guessing: another district's unit page is a 404 for this officer.
    response = page.goto(page.base_url + reverse("org:detail", args=[tree.district_b.pk]))
    assert response.status == 404
