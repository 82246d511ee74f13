"""The pledge pages: the whole workflow through the web, and the tracking figures as shown."""

import datetime

import pytest
from django.urls import reverse

from tuyengiao.pledges import tracking
from tuyengiao.pledges.models import Pledge, PledgeState
from tuyengiao.pledges.services import create_theme, open_campaign
from tests.pages import plain_http, sign_in  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(tree, system):
    theme = create_theme(system, unit=tree.province, title="Chuyên đề năm 2026", year_from=2026,
                         key_points="Chuyển đổi số\nGần dân")
    return open_campaign(system, theme=theme, unit=tree.province, year=2026,
                         registration_deadline=datetime.date(2026, 6, 15),
                         assessment_deadline=datetime.date(2026, 12, 15))


DEED = {"deed1_action": "Hướng dẫn 30 hộ dân cài ứng dụng định danh điện tử", "deed1_target": "30 hộ",
        "deed1_timeframe": "Quý III/2026", "deed1_duty": "Trưởng thôn"}


def test_write_return_revise_accept_through_pages(client, tree, campaign):
    sign_in(client, tree, "dangvien")
    response = client.get(reverse("pledges:mine", args=[campaign.pk]), follow=True)
    assert "Việc sẽ làm" in response.content.decode()
    response = client.post(reverse("pledges:edit_member", args=[campaign.pk, tree.member_a.pk]),
                           DEED | {"submit": "1"}, follow=True)
    page = response.content.decode()
    assert "Đã gửi bản đăng ký" in page and "nộp muộn" in page  # today is after the June deadline
    pledge = Pledge.objects.get(member=tree.member_a)
    assert pledge.state == PledgeState.SUBMITTED

    sign_in(client, tree, "chibo")
    queue = client.get(reverse("pledges:review_queue", args=[campaign.pk])).content.decode()
    assert "Nguyễn Văn An" in queue
    response = client.post(reverse("pledges:action", args=[pledge.pk, "tra-lai"]), {"comment": ""})
    assert response.status_code == 400 and "Hãy ghi ý kiến" in response.content.decode()
    client.post(reverse("pledges:action", args=[pledge.pk, "tra-lai"]), {"comment": "Ghi rõ thời hạn."})
    assert Pledge.objects.get(pk=pledge.pk).state == PledgeState.RETURNED

    sign_in(client, tree, "dangvien")
    page = client.get(reverse("pledges:edit_member", args=[campaign.pk, tree.member_a.pk])).content.decode()
    assert "Ghi rõ thời hạn." in page and "Hướng dẫn 30 hộ dân" in page
    client.post(reverse("pledges:edit_member", args=[campaign.pk, tree.member_a.pk]),
                DEED | {"deed1_timeframe": "Trước 30/9/2026", "submit": "1"})
    assert Pledge.objects.get(pk=pledge.pk).state == PledgeState.SUBMITTED

    sign_in(client, tree, "chibo")
    client.post(reverse("pledges:action", args=[pledge.pk, "duyet"]), {"comment": ""})
    assert Pledge.objects.get(pk=pledge.pk).state == PledgeState.ACCEPTED


def test_form_errors_keep_input(client, tree, campaign):
    sign_in(client, tree, "dangvien")
    data = {"deed1_target": "30 hộ", "deed2_action": "x" * 2001}
    response = client.post(reverse("pledges:edit_member", args=[campaign.pk, tree.member_a.pk]), data)
    page = response.content.decode()
    assert response.status_code == 200 and "Chưa lưu được" in page and "30 hộ" in page
    assert not Pledge.objects.exists()


def test_tracking_page_shows_the_computed_figures(client, tree, campaign, system):
    from tuyengiao.pledges.services import save_pledge, submit_pledge

    submit_pledge(system, save_pledge(system, campaign=campaign, member=tree.member_a,
                                      deeds=[{"action": "Việc cụ thể"}]))
    sign_in(client, tree, "huyen")
    page = client.get(reverse("pledges:tracking", args=[campaign.pk])).content.decode()
    figures = tracking.compute(campaign, tree.district_a).total
    assert figures["individual"].submitted == 1 and figures["individual"].expected == 1
    assert "1/1 cá nhân" in page and "Đảng ủy xã Đồng Hóa" in page
    assert "Thanh Liêm" not in page  # the other district is out of huyen's scope
    names = client.get(reverse("pledges:names", args=[campaign.pk]),
                       {"unit": tree.district_a.pk, "kind": "individual", "status": "late"}).content.decode()
    assert "Nguyễn Văn An" in names
    outside = client.get(reverse("pledges:tracking", args=[campaign.pk]), {"unit": tree.district_b.pk})
    assert outside.status_code == 404
    export = client.get(reverse("pledges:names", args=[campaign.pk]),
                        {"unit": tree.district_a.pk, "status": "expected", "format": "xlsx"})
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")
