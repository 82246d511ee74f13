"""Issue 4 in a real Chromium: the author sees flags before sending, the secretary dismisses one
with a reason, the district officer sees the campaign's flag figures and the flagged pledge."""

import datetime

import pytest
from django.urls import reverse

from tuyengiao.flags.models import Flag
from tuyengiao.pledges.services import create_theme, open_campaign, save_pledge, submit_pledge
from tests.browser import browser_page, log_in, screenshot  # noqa: F401

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

LAST_YEAR = [{"action": "Hướng dẫn 40 hộ dân thôn Bút Đông cài đặt và kích hoạt tài khoản định danh điện tử mức 2",
              "target": "40 tài khoản được kích hoạt", "timeframe": "Trước 30/9/2025"}]
VAGUE = ("Tích cực học tập và làm theo Bác, không ngừng nâng cao nhận thức, thực hiện tốt nhiệm vụ được giao, "
         "giữ gìn phẩm chất đạo đức, lối sống")


def test_flags_while_writing_and_reviewing_in_chromium(tree, browser_page, system):
    page = browser_page
    campaigns = {}
    for year in (2025, 2026):
        theme = create_theme(system, unit=tree.province, title=f"Học tập và làm theo Bác về chuyển đổi số {year}",
                             year_from=year, key_points="Dịch vụ công trực tuyến, định danh điện tử\nGần dân")
        campaigns[year] = open_campaign(system, theme=theme, unit=tree.province, year=year,
                                        registration_deadline=datetime.date(year, 6, 15),
                                        assessment_deadline=datetime.date(year, 12, 15))
    submit_pledge(system, save_pledge(system, campaign=campaigns[2025], member=tree.member_a, deeds=LAST_YEAR))
    for user in tree.users.values():
        user.set_password("demo")
        user.save()

    log_in(page, "dangvien", "demo")
    page.goto(page.base_url + reverse("pledges:mine", args=[campaigns[2026].pk]))
    page.fill("[name=deed1_action]", LAST_YEAR[0]["action"].replace("40 hộ", "50 hộ"))
    page.fill("[name=deed2_action]", VAGUE)
    page.click("button[name=check]")
    page.wait_for_selector("#canh-bao")
    warning = page.inner_text("#canh-bao")
    assert "Sao chép năm trước" in warning and "Chung chung, thiếu cụ thể" in warning
    page.click("#canh-bao summary:has-text('Xem hai văn bản')")
    screenshot(page, "flags-1-author-checks")
    page.click("button[name=submit]")
    page.wait_for_selector("[data-state=submitted]")
    page.context.clear_cookies()

    log_in(page, "chibo", "demo")
    pledge = Flag.objects.get(code="vague").pledge
    page.goto(page.base_url + reverse("pledges:pledge", args=[pledge.pk]))
    page.click("[data-flag=vague] summary:has-text('Bỏ qua cảnh báo này')")
    page.fill("[data-flag=vague] textarea[name=reason]", "Việc 2 là cam kết chung, chi bộ đã yêu cầu bổ sung chỉ tiêu.")
    page.click("[data-flag=vague] button:has-text('Bỏ qua')")
    page.wait_for_selector("text=Đã bỏ qua cảnh báo")
    screenshot(page, "flags-2-secretary-dismisses")
    assert Flag.objects.get(code="vague").status == Flag.Status.DISMISSED
    page.context.clear_cookies()

    log_in(page, "huyen", "demo")
    page.goto(page.base_url + reverse("pledges:tracking", args=[campaigns[2026].pk]))
    page.click("text=Cảnh báo hình thức")
    assert page.inner_text("[data-code=copied_past]") == "1"
    assert page.inner_text("[data-code=vague]") == "0"  # dismissed
    screenshot(page, "flags-3-district-figures")
    page.click("[data-code=copied_past]")
    assert "Nguyễn Văn An" in page.inner_text("table")
