"""The activity registers' own rules: Party number-and-symbol, conference attendance, awards,
inspections; their figures equal counts taken from the rows; coverage and overdue pages."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tuyengiao.accounts.scope import Scope
from tuyengiao.activities.figures import period_figures, period_figures_by_child
from tuyengiao.activities.models import Conference, Document, Inspection, Recommendation
from tuyengiao.activities.models.documents import parse_symbol
from tuyengiao.activities.registers import BY_KIND
from tuyengiao.audit.models import AuditEntry
from tuyengiao.core.imports import run_import
from tuyengiao.core.register_imports import importer_for
from tuyengiao.core.registers import save_record
from tests.activity_samples import DAY, data, import_row, make
from tests.conftest import SYSTEM
from tests.pages import plain_http, sign_in  # noqa: F401
from tests.test_activities_registers import xlsx_file

pytestmark = pytest.mark.django_db
YEAR = (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))


@pytest.mark.parametrize("typed,expected", [
    ("01-KL/TW", ("01", "KL", "TW")), ("15-BC/BTGTU", ("15", "BC", "BTGTU")), ("08-QĐi/TW", ("08", "QĐi", "TW")),
    ("08-QÐi/TW", ("08", "QĐi", "TW")),  # Ð (U+00D0), the look-alike of Đ
    ("Số 7-bc/btgtu", ("07", "BC", "BTGTU")), ("125 - QĐ / TU", ("125", "QĐ", "TU")), ("36-HD/VPTW", ("36", "HD", "VPTW")),
    ("12-CTr/ĐUK", ("12", "CTr", "ĐUK")),
])
def test_party_number_and_symbol(typed, expected):
    assert parse_symbol(typed) == expected


@pytest.mark.parametrize("typed", ["KL/TW", "01-KL", "01-XYZ/TW", "abc", "", "01/KL-TW"])
def test_malformed_symbols_are_refused_in_vietnamese(typed):
    with pytest.raises(ValueError, match="(?i)ký hiệu"):
        parse_symbol(typed)


def test_a_document_number_is_unique_per_issuer_and_year(tree):
    make("documents", tree, tree.commune_a)
    again = data("documents", tree, tree.commune_a)
    with pytest.raises(ValidationError) as error:
        save_record(SYSTEM, BY_KIND["documents"], None, again)
    assert "đã có văn bản số" in str(error.value)
    assert Document.objects.count() == 1
    next_year = {**again, "issued_on": DAY.replace(year=2027)}
    save_record(SYSTEM, BY_KIND["documents"], None, next_year)
    assert Document.objects.count() == 2


@pytest.mark.parametrize("change,message", [
    ({"points": []}, "ít nhất một điểm cầu"),
    ({"points": "same-host"}, "chỉ đặt một điểm cầu"),
    ({"attendees_party": 10, "attendees_civil": 5}, "phải bằng số người tham dự"),
    ({"document_symbol": "99-NQ/TW"}, "Không có văn bản số 99-NQ/TW"),
])
def test_a_conference_that_does_not_add_up_is_refused_and_nothing_is_written(tree, change, message):
    values = data("conferences", tree, tree.commune_a)
    if change.get("points") == "same-host":
        change = {"points": [{"unit": tree.cell_a, "expected": 5, "attended": 5}] * 2}
    audit = AuditEntry.objects.count()
    with pytest.raises(ValidationError) as error:
        save_record(SYSTEM, BY_KIND["conferences"], None, {**values, **change})
    assert message in str(error.value)
    assert Conference.objects.count() == 0 and AuditEntry.objects.count() == audit


def test_conference_categories_that_add_up_are_kept(tree):
    values = data("conferences", tree, tree.commune_a)  # 38 + 19 attend
    conference = save_record(SYSTEM, BY_KIND["conferences"], None,
                             {**values, "attendees_party": 40, "attendees_youth": 17})
    assert (conference.attendees_party, conference.attendees_youth, conference.attendees_civil) == (40, 17, None)


def test_award_rules(tree):
    register = BY_KIND["awards"]
    values = data("awards", tree, tree.commune_a)
    with pytest.raises(ValidationError, match="mã số đảng viên"):
        save_record(SYSTEM, register, None, {**values, "member": None})
    with pytest.raises(ValidationError, match="cần ngày quyết định"):
        save_record(SYSTEM, register, None, {**values, "status": "decided"})
    decision = make("documents", tree, tree.district_a)  # a decision of the district above the commune
    award = save_record(SYSTEM, register, None, {**values, "status": "decided", "decided_on": DAY,
                                                 "decision_symbol": decision.symbol})
    assert award.decision == decision
    elsewhere = make("documents", tree, tree.district_b)  # not above, not below: cannot be cited
    with pytest.raises(ValidationError, match="Không có văn bản số"):
        save_record(SYSTEM, register, None, {**values, "decision_symbol": elsewhere.symbol})


def test_a_collective_award_drops_a_stray_member(tree):
    values = {**data("awards", tree, tree.commune_a), "nominee_kind": "collective", "nominee_unit": tree.cell_a}
    award = save_record(SYSTEM, BY_KIND["awards"], None, values)
    assert award.member is None and award.nominee_name == "Chi bộ thôn Bút Đông"


def test_conference_import_groups_rows_into_one_conference_with_its_bridge_points(tree):
    rows = []
    for code, expected, attended in (("CA", "1.200", "1.150"), ("XA", "50", "49")):
        row = import_row("conferences", tree, tree.commune_a, "một hội nghị")
        rows.append({**row, "Mã đơn vị đặt điểm cầu": code, "Số người được triệu tập": expected,
                     "Số người tham dự": attended})
    result = run_import(importer_for(BY_KIND["conferences"])(tree.actor("huyen")), "a.xlsx", xlsx_file(rows),
                        dry_run=False)
    assert result.ok, [str(e) for e in result.errors]
    conference = Conference.objects.get()
    assert sorted((p.unit.code, p.expected, p.attended) for p in conference.points.all()) == [
        ("CA", 1200, 1150), ("XA", 50, 49)]


def test_import_reports_bad_cells_per_row(tree):
    row = import_row("classes", tree, tree.commune_a, "x")
    rows = [row, {**row, "Số học viên": "năm mươi"}, {**row, "Ngày khai giảng": "31/2/2026"}]
    result = run_import(importer_for(BY_KIND["classes"])(tree.actor("huyen")), "a.xlsx", xlsx_file(rows),
                        dry_run=False)
    assert [e.row for e in result.errors] == [3, 4]
    assert "Số học viên" in str(result.errors[0]) and "31/2/2026" in str(result.errors[1])
    assert BY_KIND["classes"].model.objects.count() == 0


# -- figures ------------------------------------------------------------------------------------


def _inspection(tree, unit, inspected, recommendations):
    values = {**data("inspections", tree, unit), "inspected": inspected, "recommendations": recommendations}
    return save_record(SYSTEM, BY_KIND["inspections"], None, values)


def test_figures_equal_the_rows(tree):
    for unit in (tree.commune_a, tree.commune_a, tree.cell_a, tree.commune_b, tree.district_a):
        for kind in BY_KIND:
            if kind != "documents":
                make(kind, tree, unit, f"{unit.code}-{Conference.objects.count()}-{kind}")
    make("documents", tree, tree.commune_a)
    make("documents", tree, tree.commune_b)
    save_record(SYSTEM, BY_KIND["classes"], None, {**data("classes", tree, tree.commune_a),
                                                         "start_date": datetime.date(2025, 6, 1),
                                                         "end_date": datetime.date(2025, 6, 3)})
    past_due = datetime.date(2026, 1, 15)
    _inspection(tree, tree.district_a, [tree.commune_a, tree.cell_a], [
        {"text": "Quá hạn", "due_date": past_due},
        {"text": "Xong", "due_date": past_due, "status": "done", "done_on": past_due}])

    figures = period_figures(tree.province, *YEAR)
    conferences = list(Conference.objects.prefetch_related("points"))
    points = [p for c in conferences for p in c.points.all()]
    assert figures["conferences"]["held"] == len(conferences) == 5
    assert figures["conferences"]["bridge_points"] == len(points)
    assert figures["conferences"]["expected"] == sum(p.expected for p in points)
    assert figures["conferences"]["attendees"] == sum(p.attended for p in points)
    assert figures["conferences"]["participation_rate"] == round(sum(p.attended for p in points)
                                                                 / sum(p.expected for p in points), 4)
    assert (figures["conferences"]["grassroots"], figures["conferences"]["grassroots_held"]) == (2, 2)
    assert figures["classes"]["held"] == 5 and figures["classes"]["learners"] == 5 * 45  # 2025's class left out
    assert figures["classes"]["by_kind"]["awareness"] == {"held": 5, "learners": 225}
    assert figures["awards"]["individuals"] == 5 and figures["awards"]["proposed"] == 5
    inspections = Inspection.objects.count()
    assert figures["inspections"]["held"] == inspections == 6
    assert figures["inspections"]["units_inspected"] == 5 + 2
    assert figures["inspections"]["recommendations"] == Recommendation.objects.count() == 5 + 2
    assert figures["documents"] == {"total": 2, "by_type": {**{k: 0 for k in figures["documents"]["by_type"]},
                                                            "plan": 2}}
    assert figures["outreach"]["by_kind"]["film_week"] == {"count": 5, "quantity": 15, "audience": 2500}

    # Every sample recommendation is due on DAY (10/3/2026), open: overdue by today, as is the one due in January.
    assert figures["inspections"]["recommendations_overdue"] == 6 and figures["inspections"]["recommendations_done"] == 1

    children = period_figures_by_child(tree.province, *YEAR)
    assert set(children) == {"HA", "HB"}
    assert children["HA"]["conferences"]["held"] == 4 and children["HB"]["conferences"]["held"] == 1
    assert children["HA"]["inspections"]["held"] + children["HB"]["inspections"]["held"] == 6
    assert period_figures(tree.district_b, *YEAR)["conferences"] == children["HB"]["conferences"]
    half = period_figures(tree.province, datetime.date(2026, 1, 1), datetime.date(2026, 3, 9))
    assert half["conferences"]["held"] == 0 and half["classes"]["held"] == 0


def test_grassroots_coverage_counts_hosts_and_units_below(tree):
    # Only cell CA (under commune XA) hosts a point of the district's conference: XA counts as held, XB not.
    values = {**data("conferences", tree, tree.district_a), "points": [{"unit": tree.cell_a, "expected": 9,
                                                                       "attended": 9}]}
    save_record(SYSTEM, BY_KIND["conferences"], None, values)
    figures = period_figures(tree.province, *YEAR)["conferences"]
    assert (figures["grassroots"], figures["grassroots_held"]) == (2, 1)


def test_coverage_page_lists_who_has_not_held_one(tree, client):
    make("conferences", tree, tree.commune_a, "chuyên đề")
    sign_in(client, tree, "tinh")
    response = client.get(reverse("activities:coverage") + "?year=2026")
    assert [u.code for u in response.context["held"]] == ["XA"]
    assert [u.code for u in response.context["missing"]] == ["XB"]
    assert "1/2" in response.content.decode()
    sign_in(client, tree, "huyen")
    response = client.get(reverse("activities:coverage") + "?year=2026")
    assert response.context["total"] == 1  # only district A's grassroots committee


def test_overdue_recommendations_stay_in_scope(tree, client):
    due = datetime.date(2026, 1, 1)
    _inspection(tree, tree.commune_a, [tree.cell_a], [{"text": "Khắc phục A", "due_date": due}])
    _inspection(tree, tree.commune_b, [tree.cell_b], [{"text": "Khắc phục B", "due_date": due}])
    sign_in(client, tree, "huyen")
    page = client.get(reverse("activities:overdue")).content.decode()
    assert "Khắc phục A" in page and "Khắc phục B" not in page


def test_a_document_lists_the_records_citing_it_that_the_reader_may_open(tree, client):
    from tuyengiao.pledges.services import create_theme, open_campaign, save_pledge
    from tests.test_pledges_workflow import DEED

    theme = create_theme(SYSTEM, unit=tree.province, title="Học tập và làm theo Bác", year_from=2026)
    theme_campaign = open_campaign(SYSTEM, theme=theme, unit=tree.province, year=2026,
                                   registration_deadline=datetime.date(2026, 6, 15),
                                   assessment_deadline=datetime.date(2026, 12, 15))
    pledge_a = save_pledge(SYSTEM, campaign=theme_campaign, member=tree.member_a, deeds=[DEED])
    pledge_b = save_pledge(SYSTEM, campaign=theme_campaign, member=tree.member_b, deeds=[DEED])
    values = {**data("documents", tree, tree.province), "campaigns": [theme_campaign], "pledges": [pledge_a, pledge_b]}
    document = save_record(SYSTEM, BY_KIND["documents"], None, values)
    assert set(document.pledges.all()) == {pledge_a, pledge_b} and list(document.campaigns.all()) == [theme_campaign]
    conference = make("conferences", tree, tree.commune_b)
    conference.document = document
    conference.save()

    sign_in(client, tree, "huyen")  # reads district A: member A's pledge, not member B's nor commune B's conference
    assert client.get(BY_KIND["documents"].url("detail", document)).status_code == 404  # the province's document
    sign_in(client, tree, "tinh")
    page = client.get(BY_KIND["documents"].url("detail", document)).content.decode()
    assert str(pledge_a) in page and str(pledge_b) in page and str(conference) in page
    rows = BY_KIND["documents"].sections(document, Scope(tree.users["huyen"]))[0]["rows"]
    texts = [row["cells"][1].text for row in rows]
    assert str(pledge_a) in texts and str(pledge_b) not in texts and str(conference) not in texts


def test_docs_list_every_import_column_of_every_register():
    from pathlib import Path

    from tuyengiao.activities.registers import REGISTERS

    doc = (Path(__file__).resolve().parent.parent / "docs" / "activities.md").read_text(encoding="utf-8")
    for register in REGISTERS:
        assert f"(`{register.kind}`, `/hoat-dong/{register.slug}/`)" in doc, register.kind
        section = doc.split(f"(`{register.kind}`,")[1].split("### ")[0]
        for field in register.import_fields:
            assert f"| {field.header} | {'yes' if field.required else ''} |" in section, (register.kind, field.header)


def test_an_award_links_the_initiative_that_earned_it(tree, client):
    from tuyengiao.initiatives.services import register_initiative

    initiative = register_initiative(SYSTEM, unit=tree.commune_a, name="Ngày thứ bảy với dân", year=2026,
                                     field="administrative", description="Cán bộ xã tiếp dân và giải quyết thủ tục "
                                     "vào sáng thứ bảy hằng tuần.")
    values = {**data("awards", tree, tree.commune_a), "initiative": initiative}
    award = save_record(SYSTEM, BY_KIND["awards"], None, values)
    assert award.initiative == initiative
    sign_in(client, tree, "huyen")
    page = client.get(BY_KIND["awards"].url("detail", award)).content.decode()
    assert "Ngày thứ bảy với dân" in page and reverse("initiatives:detail", args=[initiative.pk]) in page
