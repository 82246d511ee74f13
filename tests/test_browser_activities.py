"""Issue 6's check in a real Chromium: a district officer records a conference with three bridge
points and their attendance; the participation rate on the unit's page matches."""

import datetime

import pytest
from django.urls import reverse

from tuyengiao.activities.models import Conference
from tests.browser import ARTIFACTS, browser_page, log_in, screenshot  # noqa: F401

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

POINTS = [("HA", 120, 115), ("XA", 80, 76), ("CA", 40, 38)]  # 229 of 240 attend: 95,4%


def test_conference_with_three_bridge_points_and_the_rate_on_the_unit_page(tree, browser_page):
    page = browser_page
    for user in tree.users.values():
        user.set_password("demo")
        user.save()
    log_in(page, "huyen", "demo")
    page.goto(page.base_url + reverse("activities:conferences_list"))
    page.click("text=Ghi hội nghị")
    page.select_option("select[name=unit]", "HA")
    page.fill("input[name=topic]", "Học tập chuyên đề năm về chuyển đổi số, phục vụ nhân dân")
    page.fill("input[name=date]", datetime.date.today().strftime("%d/%m/%Y"))
    page.select_option("select[name=format]", "hybrid")
    rows = [0, 1, 3]  # the third blank row is left empty; the last comes from "Thêm điểm cầu"
    page.click("text=Thêm điểm cầu")
    for index, (code, expected, attended) in zip(rows, POINTS):
        page.select_option(f"select[name=points-{index}-unit]", code)
        page.fill(f"input[name=points-{index}-expected]", str(expected))
        page.fill(f"input[name=points-{index}-attended]", str(attended))
    screenshot(page, "activities-conference-form")
    page.click("form.record-form button[type=submit], main form[method=post] button[type=submit]")
    page.wait_for_selector("text=Đã lưu")
    screenshot(page, "activities-conference-page")

    conference = Conference.objects.get()
    assert sorted((p.unit.code, p.expected, p.attended) for p in conference.points.select_related("unit")) \
        == sorted(POINTS)
    page_text = page.inner_text("main")
    assert "95,4%" in page_text and "229" in page_text

    page.goto(page.base_url + reverse("org:detail", args=[tree.district_a.pk]))
    rate = page.inner_text("[data-figure=participation-rate] .stat-value")
    assert rate == "95,4%"
    page.locator("#hoat-dong").screenshot(path=str(ARTIFACTS / "activities-unit-panel.png"))
