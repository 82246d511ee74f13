"""Issue 3's walk-through in a real Chromium: a pledge written, returned, revised, accepted, counted."""

import datetime

import pytest
from django.urls import reverse

from tuyengiao.pledges.models import Pledge, PledgeState
from tuyengiao.pledges.services import create_theme, open_campaign
from tests.browser import browser_page, log_in, screenshot  # noqa: F401

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def submitted_count(page) -> str:
    return page.locator(".stat-value").nth(1).inner_text()


def test_pledge_round_trip_in_chromium(tree, browser_page, system):
    page = browser_page
    theme = create_theme(system, unit=tree.province, title="Học tập và làm theo Bác về chuyển đổi số",
                         year_from=2026, key_points="Dịch vụ công trực tuyến\nGần dân")
    campaign = open_campaign(system, theme=theme, unit=tree.province, year=2026,
                             registration_deadline=datetime.date(2026, 6, 15),
                             assessment_deadline=datetime.date(2026, 12, 15))
    for user in tree.users.values():
        user.set_password("demo")
        user.save()

    log_in(page, "huyen", "demo")
    page.goto(page.base_url + reverse("pledges:tracking", args=[campaign.pk]))
    assert submitted_count(page) == "0/1 cá nhân"
    page.context.clear_cookies()

    log_in(page, "dangvien", "demo")
    page.goto(page.base_url + reverse("pledges:mine", args=[campaign.pk]))
    page.fill("[name=deed1_action]", "Hướng dẫn 30 hộ dân thôn Bút Đông cài ứng dụng định danh điện tử")
    page.fill("[name=deed1_target]", "30 hộ")
    screenshot(page, "pledge-1-member-writes")
    page.click("button[name=submit]")
    page.wait_for_selector("[data-state=submitted]")
    page.context.clear_cookies()

    log_in(page, "chibo", "demo")
    page.goto(page.base_url + reverse("pledges:review_queue", args=[campaign.pk]))
    page.click("text=Xem và duyệt")
    page.fill("[name=comment]", "Đề nghị ghi rõ thời gian hoàn thành.")
    screenshot(page, "pledge-2-secretary-reviews")
    page.click("text=Trả lại để sửa")
    page.wait_for_selector("[data-state=returned]")
    page.context.clear_cookies()

    log_in(page, "dangvien", "demo")
    page.goto(page.base_url + reverse("pledges:mine", args=[campaign.pk]))
    assert "Đề nghị ghi rõ thời gian hoàn thành." in page.content()
    page.click("text=Sửa bản đăng ký")
    page.fill("[name=deed1_timeframe]", "Trước 30/9/2026")
    page.click("button[name=submit]")
    page.wait_for_selector("[data-state=submitted]")
    page.context.clear_cookies()

    log_in(page, "chibo", "demo")
    pledge = Pledge.objects.get(member=tree.member_a)
    page.goto(page.base_url + reverse("pledges:pledge", args=[pledge.pk]))
    page.click("#review-form button:has-text('Duyệt')")
    page.wait_for_selector("[data-state=accepted]")
    assert Pledge.objects.get(pk=pledge.pk).state == PledgeState.ACCEPTED
    page.context.clear_cookies()

    log_in(page, "huyen", "demo")
    page.goto(page.base_url + reverse("pledges:tracking", args=[campaign.pk]))
    assert submitted_count(page) == "1/1 cá nhân"
    screenshot(page, "pledge-3-district-figures")
