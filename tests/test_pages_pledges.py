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


# -- the permission matrix rows of the pledge pages (collected by test_pages_permissions.py) ----------

def pledge_data(t):
    """A campaign with a submitted pledge of member A, of member B, and of commune A; made once."""
    if not hasattr(t, "pledge_data"):
        from tests.conftest import SYSTEM
        from tuyengiao.people.services import create_member
        from tuyengiao.pledges.services import save_pledge, submit_pledge

        theme = create_theme(SYSTEM, unit=t.province, title="Chuyên đề", year_from=2026)
        campaign = open_campaign(SYSTEM, theme=theme, unit=t.province, year=2026,
                                 registration_deadline=datetime.date(2026, 6, 15),
                                 assessment_deadline=datetime.date(2026, 12, 15))
        deeds = [{"action": "Việc cụ thể"}]
        t.pledge_data = {
            "campaign": campaign,
            "a": submit_pledge(SYSTEM, save_pledge(SYSTEM, campaign=campaign, member=t.member_a, deeds=deeds)),
            "b": submit_pledge(SYSTEM, save_pledge(SYSTEM, campaign=campaign, member=t.member_b, deeds=deeds)),
            "xa": submit_pledge(SYSTEM, save_pledge(SYSTEM, campaign=campaign, unit=t.commune_a, deeds=deeds)),
            "new": create_member(SYSTEM, unit=t.cell_a, full_name="Lê Văn Chưa", gender="male", birth_year=1990,
                                 joined_on=datetime.date(2020, 1, 1)),
        }
    return t.pledge_data


def campaign_kw(t):
    return {"campaign": pledge_data(t)["campaign"].pk}


def pledge_kw(key):
    return lambda t: {"pk": pledge_data(t)[key].pk}


from tests.pages import Row, statuses  # noqa: E402

TRACKERS = dict(dangvien=403, noone=404)
CA_READERS = dict(admin=200, tinh=200, huyen=200, lanhdao=200, chibo=200, dangvien=200)
XA_PLEDGE_READERS = dict(admin=200, tinh=200, huyen=200, lanhdao=200, coso=200)
REFUSED_POST = lambda t: {"comment": "x", "deed1_action": "Sửa trái phép", "submit": "1"}  # noqa: E731

PERMISSION_MATRIX = {
    "pledges:campaigns": [Row()],
    "pledges:campaign_create": [Row(expect=statuses(403, admin=200, tinh=200, huyen=200),
                                    post=lambda t: {"year": "2030"})],
    "pledges:theme_create": [Row(expect=statuses(403, admin=200, tinh=200, huyen=200),
                                 post=lambda t: {"title": "Trái phép", "kind": "year", "year_from": "2030"})],
    "pledges:tracking": [
        Row(campaign_kw, statuses(200, **TRACKERS)),
        Row(campaign_kw, statuses(404, admin=200, tinh=200), query=lambda t: f"?unit={t.district_b.pk}"),
        Row(campaign_kw, statuses(404), query="?unit=999999999999999999"),
        Row(campaign_kw, statuses(200, **TRACKERS), query="?unit=abc&sort=zzz"),
    ],
    "pledges:names": [Row(campaign_kw, statuses(200, **TRACKERS), query="?kind=zzz&status=nope&page=x&format=xlsx")],
    "pledges:overdue": [Row(campaign_kw, statuses(200, **TRACKERS))],
    "pledges:review_queue": [Row(campaign_kw, statuses(200, noone=404))],
    "pledges:mine": [Row(campaign_kw, statuses(404, dangvien=302))],
    "pledges:edit_member": [
        Row(lambda t: campaign_kw(t) | {"member": pledge_data(t)["new"].pk},
            statuses(404, admin=200, tinh=200, huyen=200, chibo=200, lanhdao=403),
            post=REFUSED_POST),
        Row(lambda t: campaign_kw(t) | {"member": t.member_b.pk}, statuses(404, admin=403, tinh=403),
            post=REFUSED_POST),
    ],
    "pledges:edit_unit": [
        Row(lambda t: campaign_kw(t) | {"unit": t.cell_a.pk},
            statuses(404, admin=200, tinh=200, huyen=200, chibo=200, lanhdao=403, dangvien=403), post=REFUSED_POST),
        Row(lambda t: campaign_kw(t) | {"unit": t.commune_b.pk}, statuses(404, admin=200, tinh=200),
            post=REFUSED_POST),
    ],
    "pledges:pledge": [Row(pledge_kw("a"), statuses(404, **CA_READERS)),
                       Row(pledge_kw("xa"), statuses(404, **XA_PLEDGE_READERS))],
    "pledges:self_assess": [Row(pledge_kw("a"), statuses(404, **{u: 403 for u in CA_READERS}), post=REFUSED_POST)],
    "pledges:confirm": [Row(pledge_kw("b"), statuses(404, admin=403, tinh=403), post=REFUSED_POST)],
    "pledges:action": [
        Row(lambda t: pledge_kw("b")(t) | {"action": "duyet"}, statuses(404, admin=302, tinh=302), post=REFUSED_POST),
        Row(lambda t: pledge_kw("xa")(t) | {"action": "tra-lai"}, statuses(404, **{u: 302 for u in XA_PLEDGE_READERS}),
            post=REFUSED_POST),
    ],
}


def test_home_shows_what_is_overdue_to_clerks_and_members(client, tree, campaign):
    sign_in(client, tree, "chibo")
    page = client.get(reverse("home")).content.decode()
    assert "Chi bộ thôn Bút Đông: bản đăng ký tập thể của đơn vị và 1 đảng viên chưa nộp" in page
    sign_in(client, tree, "dangvien")
    assert "Đồng chí chưa gửi bản đăng ký làm theo Bác năm 2026" in client.get(reverse("home")).content.decode()
    sign_in(client, tree, "huyen")
    assert "chưa nộp bản đăng ký" not in client.get(reverse("home")).content.decode()
