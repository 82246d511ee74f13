"""Screening inside the system: flags as pledges are saved and for whole campaigns, band keys in
the database, dismissals, figures, pages and the ``screen`` command."""

import datetime
import io
import unicodedata

import pytest
from django.core.management import call_command
from django.urls import reverse

from tuyengiao.audit.models import AuditEntry
from tuyengiao.core.figures import collect
from tuyengiao.flags import figures
from tuyengiao.flags.models import BandKey, Flag, StockPhrase
from tuyengiao.flags.services import check_deeds, dismiss_flag, screen_campaign
from tuyengiao.org.models import UnitKind
from tuyengiao.org.services import create_unit, merge_units
from tuyengiao.pledges.models import Pledge
from tuyengiao.pledges.services import create_theme, open_campaign, save_pledge, submit_pledge
from tests.pages import Row, plain_http, sign_in, statuses  # noqa: F401

pytestmark = pytest.mark.django_db

THEME_POINTS = "Dịch vụ công trực tuyến, định danh điện tử\nGần dân, sát dân, giải quyết kiến nghị"
DEEDS_2025 = [
    {"action": "Hướng dẫn 40 hộ dân thôn Bút Đông cài đặt và kích hoạt tài khoản định danh điện tử mức 2",
     "target": "40 tài khoản được kích hoạt", "timeframe": "Trước 30/9/2025"},
    {"action": "Tổ chức 4 buổi đối thoại với nhân dân tại nhà văn hóa thôn về giải quyết kiến nghị",
     "target": "4 buổi, trả lời 100% kiến nghị", "timeframe": "Mỗi quý 1 buổi"},
]
# The same two deeds next year: reordered, new numbers, NFD and old tone marks ("hoà").
DEEDS_2026_COPY = [
    {"action": unicodedata.normalize("NFD", DEEDS_2025[1]["action"].replace("4 buổi", "5 buổi")),
     "target": "5 buổi, trả lời 100% kiến nghị", "timeframe": "Mỗi quý 1 buổi"},
    {"action": DEEDS_2025[0]["action"].replace("40 hộ", "60 hộ").replace("hóa", "hoá"),
     "target": "60 tài khoản được kích hoạt", "timeframe": "Trước 30/9/2026"},
]
OWN_2026 = [{"action": "Dạy 12 buổi tin học văn phòng miễn phí cho đoàn viên thanh niên xã Đồng Hóa vào tối thứ Sáu",
             "target": "30 đoàn viên sử dụng thành thạo dịch vụ công trực tuyến", "timeframe": "Quý III/2026"}]
VAGUE = [{"action": "Tích cực học tập và làm theo Bác, không ngừng nâng cao nhận thức, thực hiện tốt nhiệm vụ được "
                    "giao, giữ gìn phẩm chất đạo đức, lối sống", "target": "", "timeframe": "Thường xuyên"}]


def _campaign(system, tree, year):
    theme = create_theme(system, unit=tree.province, title=f"Chuyên đề năm {year}: chuyển đổi số, gần dân",
                         year_from=year, key_points=THEME_POINTS)
    return open_campaign(system, theme=theme, unit=tree.province, year=year,
                         registration_deadline=datetime.date(year, 6, 15),
                         assessment_deadline=datetime.date(year, 12, 15))


@pytest.fixture
def years(tree, system):
    return _campaign(system, tree, 2025), _campaign(system, tree, 2026)


def codes(pledge):
    return {f.code: f for f in Flag.objects.filter(pledge=pledge, current=True)}


def test_saving_finds_a_copy_of_last_year_through_stored_band_keys(tree, system, years):
    past, current = years
    old = save_pledge(system, campaign=past, member=tree.member_a, deeds=DEEDS_2025)
    assert BandKey.objects.filter(pledge=old).count() == 24  # one key per LSH band, indexed
    new = save_pledge(system, campaign=current, member=tree.member_a, deeds=DEEDS_2026_COPY)
    flag = codes(new)["copied_past"]
    assert flag.matched_pledge_id == old.pk and flag.evidence["match"]["year"] == 2025
    assert flag.evidence["similarity"] >= 0.8 and "2025" in flag.message
    assert "Hướng dẫn 40 hộ dân" in flag.evidence["match"]["text"]
    assert "Nguyễn Văn An" in flag.evidence["match"]["owner"]
    # Rewritten as something new, the flag goes away.
    save_pledge(system, campaign=current, member=tree.member_a, deeds=OWN_2026)
    assert "copied_past" not in codes(new)


def test_copy_of_last_year_is_found_after_a_merger(tree, system, years):
    past, current = years
    old_commune = create_unit(system, code="XC", name="Đảng ủy xã Tượng Lĩnh", kind=UnitKind.COMMUNE,
                              parent=tree.district_a, active_from=datetime.date(2020, 1, 1))
    old = save_pledge(system, campaign=past, unit=old_commune, deeds=DEEDS_2025)
    merge_units(system, [old_commune], tree.commune_a, datetime.date(2025, 7, 1))
    new = save_pledge(system, campaign=current, unit=tree.commune_a, deeds=DEEDS_2026_COPY)
    flag = codes(new)["copied_past"]
    assert flag.matched_pledge_id == old.pk


def test_peer_copy_and_overlap_with_the_unit(tree, system, years):
    _, current = years
    unit_pledge = save_pledge(system, campaign=current, unit=tree.cell_a, deeds=DEEDS_2025)
    mine = save_pledge(system, campaign=current, member=tree.member_a, deeds=DEEDS_2025)
    assert codes(mine)["overlap"].matched_pledge_id == unit_pledge.pk
    assert "copied_peer" not in codes(mine)  # a member and their own unit: overlap, not a peer copy
    other = save_pledge(system, campaign=current, member=tree.member_b, deeds=DEEDS_2025)
    peer = codes(other)["copied_peer"]
    assert peer.matched_pledge_id in (unit_pledge.pk, mine.pk)
    assert peer.evidence["cluster"]["size"] >= 2


def test_vague_uses_the_administrators_phrase_list(tree, system, years):
    _, current = years
    pledge = save_pledge(system, campaign=current, member=tree.member_a, deeds=VAGUE)
    assert "nâng cao nhận thức" in codes(pledge)["vague"].message
    concrete = [{"action": "Luôn chăm chỉ, hăng say với công việc chung", "target": "", "timeframe": ""}]
    assert "vague" not in {f.code for f in check_deeds(current, concrete, member=tree.member_b)}
    StockPhrase.objects.create(text="chăm chỉ, hăng say")
    assert "vague" in {f.code for f in check_deeds(current, concrete, member=tree.member_b)}


def test_batch_screening_agrees_with_screening_on_save_and_keeps_dismissals(tree, system, years):
    past, current = years
    save_pledge(system, campaign=past, member=tree.member_a, deeds=DEEDS_2025)
    copy = submit_pledge(system, save_pledge(system, campaign=current, member=tree.member_a, deeds=DEEDS_2026_COPY))
    vague = submit_pledge(system, save_pledge(system, campaign=current, member=tree.member_b, deeds=VAGUE))
    on_save = {p.pk: set(codes(p)) for p in (copy, vague)}
    flag = codes(vague)["vague"]
    dismiss_flag(tree.actor("tinh"), flag, "Đồng chí đã bổ sung kế hoạch chi tiết bằng văn bản.")
    summary = screen_campaign(system, current)
    assert summary["screened"] == 2 and summary["flags"]["copied_past"] == 1
    assert {p.pk: set(codes(p)) for p in (copy, vague)} == on_save
    flag.refresh_from_db()
    assert flag.status == Flag.Status.DISMISSED and flag.current  # still raised, still dismissed
    assert AuditEntry.objects.filter(action="screen", object_type="screening").count() == 1


def test_dismissal_needs_a_reason_a_reviewer_and_is_audited(tree, system, years):
    _, current = years
    pledge = submit_pledge(system, save_pledge(system, campaign=current, member=tree.member_a, deeds=VAGUE))
    flag = codes(pledge)["vague"]
    from django.core.exceptions import PermissionDenied, ValidationError

    with pytest.raises(PermissionDenied):
        dismiss_flag(tree.actor("dangvien"), flag, "Tôi thấy ổn")  # the author does not dismiss their own flags
    other = submit_pledge(system, save_pledge(system, campaign=current, member=tree.member_b, deeds=VAGUE))
    with pytest.raises(PermissionDenied):
        dismiss_flag(tree.actor("huyen"), codes(other)["vague"], "ngoài phạm vi")  # another district's member
    with pytest.raises(ValidationError):
        dismiss_flag(tree.actor("chibo"), flag, "   ")
    assert Flag.objects.get(pk=flag.pk).status == Flag.Status.OPEN
    dismiss_flag(tree.actor("chibo"), flag, "Đã trao đổi, bổ sung chỉ tiêu ở buổi sinh hoạt chi bộ.")
    entry = AuditEntry.objects.get(action="dismiss")
    assert entry.before["status"] == "open" and entry.after["status"] == "dismissed"
    assert entry.user == tree.users["chibo"]


def test_flag_figures_roll_up_and_equal_the_rows(tree, system, years):
    _, current = years
    for member, deeds in ((tree.member_a, VAGUE), (tree.member_b, VAGUE)):
        submit_pledge(system, save_pledge(system, campaign=current, member=member, deeds=deeds))
    submit_pledge(system, save_pledge(system, campaign=current, unit=tree.commune_a, deeds=OWN_2026))
    save_pledge(system, campaign=current, unit=tree.commune_b, deeds=VAGUE)  # a draft: not counted
    whole = collect(tree.province, 2026, by_child=True)
    flags = whole["flags"]
    open_rows = Flag.objects.filter(current=True, status="open", pledge__first_submitted_at__isnull=False)
    assert flags["pledges"] == Pledge.objects.filter(first_submitted_at__isnull=False).count() == 3
    assert flags["vague"] == open_rows.filter(code="vague").count() == 2
    assert flags["flagged"] == len(set(open_rows.values_list("pledge_id", flat=True)))
    assert flags["clean"] == flags["pledges"] - flags["flagged"]
    children = whole["children"]
    for key in ("pledges", "flagged", "clean", "vague", "copied_peer", "off_theme"):
        assert sum(child["flags"][key] for child in children.values()) == flags[key], key
    district = figures.flag_figures(tree.district_a, 2026)["flags"]
    assert district["pledges"] == 2 and district["vague"] == 1


def test_author_checks_before_saving_and_reviewer_sees_and_dismisses(client, tree, system, years):
    _, current = years
    sign_in(client, tree, "dangvien")
    url = reverse("pledges:edit_member", args=[current.pk, tree.member_a.pk])
    data = {"deed1_action": VAGUE[0]["action"], "deed1_timeframe": "Thường xuyên", "check": "1"}
    page = client.post(url, data).content.decode()
    assert "Chung chung, thiếu cụ thể" in page and "nâng cao nhận thức" in page
    assert not Pledge.objects.exists()  # checking writes nothing
    data.pop("check")
    client.post(url, data | {"submit": "1"})
    pledge = Pledge.objects.get()
    page = client.get(reverse("pledges:pledge", args=[pledge.pk])).content.decode()
    assert "Cảnh báo bệnh hình thức" in page and "Bỏ qua cảnh báo này" not in page

    sign_in(client, tree, "chibo")
    page = client.get(reverse("pledges:pledge", args=[pledge.pk])).content.decode()
    assert "Bỏ qua cảnh báo này" in page
    flag = codes(pledge)["vague"]
    response = client.post(reverse("flags:dismiss", args=[pledge.pk, flag.pk]), {"reason": ""}, follow=True)
    assert "Hãy ghi lý do" in response.content.decode()
    client.post(reverse("flags:dismiss", args=[pledge.pk, flag.pk]), {"reason": "Đã bổ sung chỉ tiêu bằng lời."})
    assert Flag.objects.get(pk=flag.pk).status == Flag.Status.DISMISSED


def test_campaign_flag_page_and_drill_down(client, tree, system, years):
    _, current = years
    a = submit_pledge(system, save_pledge(system, campaign=current, member=tree.member_a, deeds=VAGUE))
    b = submit_pledge(system, save_pledge(system, campaign=current, member=tree.member_b, deeds=VAGUE))
    sign_in(client, tree, "huyen")
    page = client.get(reverse("flags:campaign", args=[current.pk])).content.decode()
    assert "Đảng ủy xã Đồng Hóa" in page and "Thanh Liêm" not in page
    listing = client.get(reverse("flags:flagged", args=[current.pk]), {"code": "vague"}).content.decode()
    assert "Nguyễn Văn An" in listing and "Trần Thị Bình" not in listing
    assert client.get(reverse("flags:flagged", args=[current.pk]), {"unit": tree.district_b.pk}).status_code == 404
    export = client.get(reverse("flags:flagged", args=[current.pk]), {"format": "xlsx"})
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")
    sign_in(client, tree, "tinh")
    page = client.get(reverse("flags:campaign", args=[current.pk])).content.decode()
    assert "Thanh Liêm" in page and a.pk != b.pk


def test_screen_command(tree, system, years):
    _, current = years
    submit_pledge(system, save_pledge(system, campaign=current, member=tree.member_a, deeds=VAGUE))
    out = io.StringIO()
    call_command("screen", "--campaign", "2026", stdout=out, stderr=io.StringIO())
    assert "đã sàng lọc 1 bản đăng ký" in out.getvalue() and "Chung chung, thiếu cụ thể: 1" in out.getvalue()
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="Không tìm thấy"):
        call_command("screen", "--campaign", "1999", stdout=io.StringIO())


def test_stock_phrase_page_is_for_administrators(client, tree):
    sign_in(client, tree, "admin")
    page = client.get(reverse("flags:phrases")).content.decode()
    assert "nâng cao nhận thức" in page  # the shipped list while none is stored
    response = client.post(reverse("flags:phrases"), {"phrases": "  "})
    assert response.status_code == 400 and "không được để trống" in response.content.decode()
    client.post(reverse("flags:phrases"), {"phrases": "Chăm chỉ, hăng say\nthực hiện tốt"})
    assert sorted(StockPhrase.objects.values_list("text", flat=True)) == ["chăm chỉ, hăng say", "thực hiện tốt"]
    assert AuditEntry.objects.filter(object_type="stockphrase").exists()


# -- the permission matrix rows of the flag pages (collected by test_pages_permissions.py) ----------

def _flag_kw(key):
    from tests.test_pages_pledges import pledge_data

    def kwargs(t):
        from django.utils import timezone

        pledge = pledge_data(t)[key]  # its text raises no flag: give it one to act on
        flag, _ = Flag.objects.get_or_create(pledge=pledge, code="vague", defaults={
            "message": "Chung chung.", "screened_at": timezone.now()})
        return {"pk": pledge.pk, "flag": flag.pk}
    return kwargs


def _campaign_kw(t):
    from tests.test_pages_pledges import campaign_kw

    return campaign_kw(t)


TRACKERS = dict(dangvien=403, noone=404)
REVIEWERS_OF_A = dict(admin=302, tinh=302, huyen=302, chibo=302, lanhdao=200, dangvien=200)
DISMISS = lambda t: {"reason": "Bỏ qua trái phép"}  # noqa: E731

PERMISSION_MATRIX = {
    "flags:campaign": [
        Row(_campaign_kw, statuses(200, **TRACKERS)),
        Row(_campaign_kw, statuses(404, admin=200, tinh=200), query=lambda t: f"?unit={t.district_b.pk}"),
        Row(_campaign_kw, statuses(200, **TRACKERS), query="?unit=abc&sort=zzz"),
    ],
    "flags:flagged": [
        Row(_campaign_kw, statuses(200, **TRACKERS), query="?code=zzz&page=x&format=xlsx"),
        Row(_campaign_kw, statuses(404, admin=200, tinh=200), query=lambda t: f"?unit={t.district_b.pk}"),
    ],
    "flags:dismiss": [
        Row(_flag_kw("a"), statuses(404, admin=302, tinh=302, huyen=302, lanhdao=302, chibo=302, dangvien=302),
            post=DISMISS),
        Row(_flag_kw("b"), statuses(404, admin=302, tinh=302), post=DISMISS),
    ],
    "flags:phrases": [Row(expect=statuses(403, admin=200), post=lambda t: {"phrases": "trái phép"})],
}


def test_campaign_page_says_when_pledges_were_never_screened(client, tree, system, years):
    from tuyengiao.flags.models import ScreenedText

    _, current = years
    submit_pledge(system, save_pledge(system, campaign=current, member=tree.member_a, deeds=VAGUE))
    sign_in(client, tree, "huyen")
    assert "chưa được sàng lọc" not in client.get(reverse("flags:campaign", args=[current.pk])).content.decode()
    ScreenedText.objects.all().delete()  # as after an import from another system
    page = client.get(reverse("flags:campaign", args=[current.pk])).content.decode()
    assert "1 bản đăng ký đã gửi chưa được sàng lọc" in page
    screen_campaign(system, current)
    assert "chưa được sàng lọc" not in client.get(reverse("flags:campaign", args=[current.pk])).content.decode()
