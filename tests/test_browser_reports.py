"""Reports in a real Chromium: the dashboard's charts link to the rows they count, the report
downloads as a Word file with the figures, a report received is recorded on its call's page."""

import datetime
import io

import docx
import pytest
from django.urls import reverse
from django.utils import timezone

from tuyengiao.people.services import create_member
from tuyengiao.pledges.services import create_theme, open_campaign, save_pledge, submit_pledge
from tuyengiao.reports import services
from tests.browser import browser_page, log_in, screenshot  # noqa: F401

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]
DEED = {"action": "Hướng dẫn 20 hộ dân làm hồ sơ trực tuyến", "target": "20 hộ", "timeframe": "Quý III/2025"}


def build(tree, system):
    """2025: three more members in each cell; in district A four of five registered (one late), in B one."""
    theme = create_theme(system, unit=tree.province, title="Học tập và làm theo Bác về chuyển đổi số", year_from=2025)
    campaign = open_campaign(system, theme=theme, unit=tree.province, year=2025,
                             registration_deadline=datetime.date(2025, 6, 15),
                             assessment_deadline=datetime.date(2025, 12, 15))
    members = {tree.cell_a: [tree.member_a], tree.cell_b: [tree.member_b]}
    for cell, names in ((tree.cell_a, ["Lê Văn Cường", "Phạm Thị Dung", "Vũ Văn Giang", "Đỗ Thị Hoa"]),
                        (tree.cell_b, ["Hoàng Văn Khánh", "Bùi Thị Lan", "Ngô Văn Minh", "Đặng Thị Nga"])):
        for name in names:
            members[cell].append(create_member(system, unit=cell, full_name=name, gender="male", birth_year=1980,
                                               joined_on=datetime.date(2020, 1, 1)))
    on_time = timezone.make_aware(datetime.datetime(2025, 6, 1, 9))
    late = timezone.make_aware(datetime.datetime(2025, 6, 20, 9))
    for member, when in zip(members[tree.cell_a][:4], [on_time, on_time, on_time, late]):
        submit_pledge(system, save_pledge(system, campaign=campaign, member=member, deeds=[DEED]), now=when)
    submit_pledge(system, save_pledge(system, campaign=campaign, member=members[tree.cell_b][0], deeds=[DEED]),
                  now=on_time)
    call = services.open_call(system, unit=tree.province, period="2025H1", deadline=datetime.date(2025, 6, 20))
    services.record_submission(system, call=call, unit=tree.district_a, submitted_on=datetime.date(2025, 6, 18))
    services.record_submission(system, call=call, unit=tree.commune_a, submitted_on=datetime.date(2025, 6, 28))
    for user in tree.users.values():
        user.set_password("demo")
        user.save()
    return campaign, call


def test_dashboard_report_and_submissions_in_chromium(tree, browser_page, system):
    page = browser_page
    campaign, call = build(tree, system)
    log_in(page, "tinh", "demo")
    page.goto(page.base_url + reverse("reports:index"))
    page.click("text=Tổng quan")
    page.fill("[name=year]", "2025")
    page.click("text=Xem")
    page.wait_for_selector("svg.chart")
    assert "5/10 cá nhân" in page.locator(".stat-value").nth(2).inner_text()
    screenshot(page, "reports-1-dashboard")

    # A bar of the registration chart opens the names it counts: district A's four registered.
    page.locator("svg.chart a", has_text="Huyện ủy Kim Bảng").first.click()
    page.wait_for_selector("p.count")
    assert page.locator("p.count").inner_text() == "4 cá nhân"
    assert "status=submitted" in page.url and f"unit={tree.district_a.pk}" in page.url

    page.goto(page.base_url + reverse("reports:unit", args=[tree.province.pk]))
    page.select_option("[name=period]", "2025H1")
    page.fill("[name=number]", "15")
    page.fill("[name=date]", "20/6/2025")
    page.fill("[name=signer_name]", "Nguyễn Thị Lan")
    page.click("text=Xem số liệu")
    page.wait_for_selector(".report-preview")
    screenshot(page, "reports-2-unit-report")
    with page.expect_download() as info:
        page.click("text=Tải báo cáo (.docx)")
    document = docx.Document(io.BytesIO(open(info.value.path(), "rb").read()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "có 0/6 tập thể và 4/10 cá nhân đã gửi kế hoạch" in text
    assert "sau hạn, có thêm 00 tập thể và 01 cá nhân gửi muộn" in text
    assert "Có 2/4 đơn vị đã gửi báo cáo sơ kết 6 tháng đầu năm 2025 (đạt 50%)" in text

    page.goto(page.base_url + reverse("reports:call", args=[call.pk]))
    assert "Đảng ủy xã Đồng Hóa – gửi ngày 28/6/2025, muộn 8 ngày" in page.content()
    page.click("#chua-gui >> text=Đảng ủy xã Thanh Hà")
    page.fill("[name=submitted_on]", "19/6/2025")
    page.fill("[name=number]", "07-BC/ĐU")
    page.click("button:has-text('Ghi nhận')")
    page.wait_for_selector(".stats")
    assert page.locator(".stat-value").first.inner_text() == "3/4"
    screenshot(page, "reports-3-call")
