"""Report pages: who may open them (PERMISSION_MATRIX), downloads, and the report calls' pages."""

import datetime
import io

import docx
import openpyxl
import pytest
from django.urls import reverse

from tuyengiao.audit.models import AuditEntry
from tuyengiao.reports import services
from tuyengiao.reports.models import ReportCall, ReportSubmission
from tests.pages import Row, sign_in, statuses

pytestmark = pytest.mark.django_db


def province_call(t) -> ReportCall:
    call = ReportCall.objects.filter(unit=t.province, period="2025H1").first()
    return call or services.open_call(t.actor("admin"), unit=t.province, period="2025H1",
                                      deadline=datetime.date(2025, 6, 20))


def district_call(t) -> ReportCall:
    """A call opened by the other district (HB): outside the HA users' view."""
    call = ReportCall.objects.filter(unit=t.district_b, period="2025").first()
    return call or services.open_call(t.actor("admin"), unit=t.district_b, period="2025",
                                      deadline=datetime.date(2025, 12, 20))


def receipt(attr):
    """A receipt of the province call from the tree's unit ``attr``."""
    def kwargs(t):
        call = province_call(t)
        unit = getattr(t, attr)
        found = ReportSubmission.objects.filter(call=call, unit=unit).first()
        found = found or services.record_submission(t.actor("admin"), call=call, unit=unit,
                                                    submitted_on=datetime.date(2025, 6, 10))
        return {"pk": found.pk}
    return kwargs


def unit_pk(attr):
    return lambda t: {"pk": getattr(t, attr).pk}


# Who compiles a report of commune XA: officers above it, its leader, its own clerk.
XA_REPORTERS = dict(admin=200, tinh=200, huyen=200, lanhdao=200, coso=200)
SUBMISSION = lambda t: {"submitted_on": "1/6/2025", "number": "05-BC/ĐU"}  # noqa: E731

PERMISSION_MATRIX = {
    "reports:index": [Row()],
    "reports:unit": [
        Row(unit_pk("commune_a"), statuses(404, **XA_REPORTERS)),
        Row(unit_pk("commune_a"), statuses(404, **XA_REPORTERS), query="?period=2025H1&format=docx"),
        Row(unit_pk("commune_a"), statuses(404, **XA_REPORTERS), query="?period=zzz&date=31/2/2024&format=xlsx"),
        Row(unit_pk("cell_a"), statuses(404, admin=200, tinh=200, huyen=200, lanhdao=200, chibo=200, dangvien=403)),
        Row(unit_pk("commune_b"), statuses(404, admin=200, tinh=200)),
    ],
    "reports:dashboard": [
        Row(unit_pk("commune_a"), statuses(404, **XA_REPORTERS)),
        Row(unit_pk("province"), statuses(404, admin=200, tinh=200), query="?year=2025"),
        Row(unit_pk("cell_a"), statuses(404, admin=200, tinh=200, huyen=200, lanhdao=200, chibo=200, dangvien=403),
            query="?year=abc"),
    ],
    "reports:call_create": [Row(expect=statuses(403, admin=200, tinh=200, huyen=200),
                                post=lambda t: {"period": "2026H1", "deadline": "20/6/2026", "grace_days": "0"})],
    "reports:call": [
        Row(lambda t: {"pk": province_call(t).pk}, statuses(404, admin=200, tinh=200, huyen=200, lanhdao=200,
                                                             coso=200, chibo=200)),
        Row(lambda t: {"pk": province_call(t).pk}, statuses(404, admin=200, tinh=200, huyen=200, lanhdao=200,
                                                             coso=200, chibo=200), query=lambda t: "?unit=abc"),
        Row(lambda t: {"pk": province_call(t).pk}, statuses(404, admin=200, tinh=200),
            query=lambda t: f"?unit={t.district_b.pk}"),
        Row(lambda t: {"pk": district_call(t).pk}, statuses(404, admin=200, tinh=200)),
    ],
    "reports:withdraw": [
        Row(receipt("commune_a"), statuses(404, admin=200, tinh=200, huyen=200, coso=200, lanhdao=403),
            post=lambda t: {"reason": "Ghi nhầm"}),
        Row(receipt("commune_b"), statuses(404, admin=200, tinh=200), post=lambda t: {"reason": "Ghi nhầm"}),
    ],
    "reports:submit": [
        Row(lambda t: {"pk": province_call(t).pk, "unit": t.commune_a.pk},
            statuses(404, admin=200, tinh=200, huyen=200, coso=200, lanhdao=403), post=SUBMISSION),
        Row(lambda t: {"pk": province_call(t).pk, "unit": t.commune_b.pk}, statuses(404, admin=200, tinh=200),
            post=SUBMISSION),
    ],
}


def test_the_report_page_downloads_a_docx_and_an_xlsx_of_the_unit(tree, client):
    sign_in(client, tree, "huyen")
    url = reverse("reports:unit", args=[tree.district_a.pk])
    response = client.get(url, {"period": "2025H1", "number": "7", "date": "20/6/2025", "format": "docx"})
    assert response.status_code == 200 and response["Content-Disposition"].endswith('.docx"')
    document = docx.Document(io.BytesIO(response.content))
    left, right = document.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs] == ["ĐẢNG BỘ TỈNH HÀ NAM", "HUYỆN ỦY KIM BẢNG", "*", "Số 7-BC/HU"]
    assert right.paragraphs[-1].text == "Hà Nam, ngày 20 tháng 6 năm 2025"
    response = client.get(url, {"period": "2025H1", "format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content))["Số liệu chung"]
    assert ["Đơn vị", "Huyện ủy Kim Bảng"] in [[c.value for c in row] for row in sheet.iter_rows(max_col=2)]


def test_bad_report_input_shows_vietnamese_errors_not_a_file(tree, client):
    sign_in(client, tree, "tinh")
    response = client.get(reverse("reports:unit", args=[tree.province.pk]),
                          {"period": "2099H3", "date": "31/2/2025", "format": "docx"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert "Ngày không hợp lệ" in response.content.decode()


def test_a_call_page_lists_who_is_late_and_missing_and_a_receipt_can_be_recorded(tree, client):
    call = province_call(tree)
    services.record_submission(tree.actor("admin"), call=call, unit=tree.district_a,
                               submitted_on=datetime.date(2025, 6, 25))
    sign_in(client, tree, "tinh")
    page = client.get(reverse("reports:call", args=[call.pk])).content.decode()
    assert "Huyện ủy Kim Bảng – gửi ngày 25/6/2025, muộn 5 ngày" in page
    assert reverse("reports:submit", args=[call.pk, tree.commune_b.pk]) in page
    response = client.post(reverse("reports:submit", args=[call.pk, tree.commune_b.pk]),
                           {"submitted_on": "18/6/2025", "number": "3-BC/ĐU"})
    assert response.status_code == 302
    submission = ReportSubmission.objects.get(call=call, unit=tree.commune_b)
    assert submission.on_time and submission.entered_by == tree.users["tinh"]
    again = client.post(reverse("reports:submit", args=[call.pk, tree.commune_b.pk]), {"submitted_on": "19/6/2025"})
    assert "Đã ghi nhận báo cáo của Đảng ủy xã Thanh Hà trong đợt này." in again.content.decode()

    # Recorded by mistake: withdrawn with a reason, which the log keeps with what was recorded.
    url = reverse("reports:withdraw", args=[submission.pk])
    assert "Hãy ghi lý do hủy ghi nhận." in client.post(url, {"reason": "  "}).content.decode()
    assert client.post(url, {"reason": "Ghi nhầm ngày gửi"}).status_code == 302
    assert not ReportSubmission.objects.filter(pk=submission.pk).exists()
    entry = AuditEntry.objects.filter(object_type="reportsubmission", action="delete").get()
    assert entry.before["submitted_on"] == "2025-06-18" and entry.after == {"reason": "Ghi nhầm ngày gửi"}


def test_the_dashboard_figures_are_the_stats_figures_and_link_to_their_rows(tree, client, system):
    from tuyengiao.core.figures import collect
    from tests.test_browser_reports import build

    campaign, call = build(tree, system)
    sign_in(client, tree, "tinh")
    response = client.get(reverse("reports:dashboard", args=[tree.province.pk]), {"year": "2025"})
    assert response.context["figures"] == collect(tree.province, 2025, by_child=True)
    page = response.content.decode()
    # registration, flags, report submissions (nothing assessed yet, no past years)
    assert page.count('<svg class="chart"') == 3
    names = (f"{reverse('pledges:names', args=[campaign.pk])}?unit={tree.district_a.pk}"
             "&amp;kind=individual&amp;status=submitted")
    assert names in page and "4/5 · 80%" in page
    listed = client.get(names.replace("&amp;", "&"))
    assert "4 cá nhân" in listed.content.decode()
    assert f"{reverse('reports:call', args=[call.pk])}?unit={tree.district_b.pk}" in page and "0/2 · 0%" in page


def test_the_dashboard_shows_conferences_per_child_and_links_to_them(tree, client):
    from tuyengiao.activities.registers import BY_KIND
    from tuyengiao.core.registers import save_record
    from tests.activity_samples import data
    from tests.conftest import SYSTEM

    save_record(SYSTEM, BY_KIND["conferences"], None, data("conferences", tree, tree.commune_a))  # 57 of 60 attend
    sign_in(client, tree, "tinh")
    page = client.get(reverse("reports:dashboard", args=[tree.province.pk]), {"year": "2026"}).content.decode()
    assert "Hội nghị học tập, quán triệt: tỷ lệ tham dự" in page and "57/60 · 95%" in page
    rows_url = f"{reverse('activities:conferences_list')}?unit=HA&amp;year=2026"
    assert rows_url in page
    listed = client.get(rows_url.replace("&amp;", "&"))
    assert "1 hội nghị" in listed.content.decode()
