"""Report submissions up the tree: the figures equal counts taken row by row, roll up exactly,
and the services refuse what they should."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tuyengiao.audit.models import AuditEntry
from tuyengiao.core.figures import collect
from tuyengiao.org.models import Unit
from tuyengiao.org.services import close_unit, create_unit
from tuyengiao.reports import services, submissions
from tuyengiao.reports.models import ReportSubmission
from tuyengiao.reports.periods import Period

pytestmark = pytest.mark.django_db
DEADLINE = datetime.date(2025, 6, 20)


@pytest.fixture
def call(tree, system):
    """Province call for 2025H1 with 3 days' grace: HA on the deadline, XA 5 days late, XB within
    the grace days, HB missing. Cells owe nothing (not a reporting kind by default)."""
    call = services.open_call(system, unit=tree.province, period="2025h1", deadline=DEADLINE, grace_days=3)
    for unit, day in ((tree.district_a, 20), (tree.commune_a, 25), (tree.commune_b, 22)):
        services.record_submission(system, call=call, unit=unit, submitted_on=datetime.date(2025, 6, day))
    return call


def direct(call, root) -> dict:
    """The figures the slow way, unit by unit."""
    units = [u for u in Unit.objects.all() if u.path.startswith(root.path) and u.path.startswith(call.unit.path)
             and u.pk != call.unit_id and u.kind in call.reporter_kinds and u.active_from <= call.deadline
             and (u.active_to is None or u.active_to >= call.deadline)]
    sent = [s for s in ReportSubmission.objects.filter(call=call) if s.unit in units]
    on_time = sum(1 for s in sent if s.submitted_on <= call.deadline + datetime.timedelta(days=call.grace_days))
    return {"expected": len(units), "submitted": len(sent), "on_time": on_time, "late": len(sent) - on_time,
            "missing": len(units) - len(sent)}


def figures(counts) -> dict:
    data = counts.as_dict()
    return {key: data[key] for key in ("expected", "submitted", "on_time", "late", "missing")}


def test_figures_equal_the_rows_and_children_sum_to_the_parent(tree, call):
    result = submissions.compute([call], tree.province)
    assert figures(result.total) == direct(call, tree.province) == {
        "expected": 4, "submitted": 3, "on_time": 2, "late": 1, "missing": 1}
    children = {child.code: figures(counts) for child, counts in result.children}
    assert children == {"HA": direct(call, tree.district_a), "HB": direct(call, tree.district_b)}
    assert children["HA"] == {"expected": 2, "submitted": 2, "on_time": 1, "late": 1, "missing": 0}
    assert figures(result.by_tier["upper"]) == {"expected": 2, "submitted": 1, "on_time": 1, "late": 0, "missing": 1}
    assert figures(result.by_tier["grassroots"]) == {"expected": 2, "submitted": 2, "on_time": 1, "late": 1,
                                                    "missing": 0}
    assert result.total.reporting_rate == 0.75 and result.total.on_time_rate == 0.5
    assert [s.unit.code for s in submissions.late_submissions(call, tree.province)] == ["XA"]
    assert [u.code for u in submissions.missing_units(call, tree.province)] == ["HB"]


def test_a_district_sees_its_own_subtree_of_the_province_call(tree, call):
    assert submissions.calls_for(tree.district_b, Period.parse("2025H1")) == [call]
    result = submissions.compute([call], tree.district_b)
    assert figures(result.total) == direct(call, tree.district_b)
    assert figures(result.own) == {"expected": 1, "submitted": 0, "on_time": 0, "late": 0, "missing": 1}


def test_units_closed_before_or_opened_after_the_deadline_owe_nothing(tree, call, system):
    closed = create_unit(system, code="XC", name="Đảng ủy xã Thanh Tân", kind="commune", parent=tree.district_b,
                         active_from=datetime.date(2020, 1, 1))
    close_unit(system, closed, on=datetime.date(2025, 3, 1))
    create_unit(system, code="XD", name="Đảng ủy xã Liêm Cần", kind="commune", parent=tree.district_b,
                active_from=datetime.date(2025, 7, 1))
    result = submissions.compute([call], tree.province)
    assert figures(result.total) == direct(call, tree.province)
    assert result.total.expected == 4


def test_stats_reports_keys_roll_up_by_child(tree, call):
    data = collect(tree.province, 2025, by_child=True)
    assert data["reports"] == {"year": 2025, "expected": 4, "submitted": 3, "on_time": 2, "late": 1, "missing": 1,
                               "reporting_rate": 0.75, "on_time_rate": 0.5}
    for key in ("expected", "submitted", "on_time", "late", "missing"):
        assert sum(child["reports"][key] for child in data["children"].values()) == data["reports"][key]
    assert "reports" not in collect(tree.province, 2024)
    assert collect(tree.province)["reports"]["year"] == 2025  # without a year: the latest with a call


def test_a_unit_owes_one_report_per_period_whoever_asks(tree, call, system):
    with pytest.raises(ValidationError) as error:
        services.open_call(system, unit=tree.district_a, period="2025H1", deadline=DEADLINE)
    assert "Đã có đợt báo cáo sơ kết 6 tháng đầu năm 2025 của Tỉnh ủy Hà Nam" in str(error.value)
    with pytest.raises(ValidationError) as error:
        services.open_call(system, unit=tree.province, period="2025H3", deadline=datetime.date(2027, 1, 1))
    assert "Kỳ báo cáo “2025H3” không hợp lệ" in str(error.value)
    services.open_call(system, unit=tree.district_a, period="2025", deadline=datetime.date(2025, 12, 15))


def test_only_writers_of_a_unit_record_its_report_and_bad_input_is_refused(tree, call):
    with pytest.raises(PermissionDenied):
        services.record_submission(tree.actor("lanhdao"), call=call, unit=tree.district_a,
                                   submitted_on=datetime.date(2025, 6, 1))
    with pytest.raises(PermissionDenied):
        services.record_submission(tree.actor("huyen"), call=call, unit=tree.district_b,
                                   submitted_on=datetime.date(2025, 6, 1))
    with pytest.raises(ValidationError) as error:
        services.record_submission(tree.actor("huyen"), call=call, unit=tree.cell_a,
                                   submitted_on=datetime.date(2999, 1, 1), today=datetime.date(2025, 7, 1))
    messages = error.value.message_dict
    assert messages["unit"] == ["Chi bộ thôn Bút Đông không thuộc diện phải gửi báo cáo của đợt này."]
    assert messages["submitted_on"] == ["Ngày gửi không được sau ngày hôm nay."]
    before = AuditEntry.objects.count()
    services.record_submission(tree.actor("tinh"), call=call, unit=tree.district_b,
                               submitted_on=datetime.date(2025, 7, 1), number=" 12-BC/HU ")
    entry = AuditEntry.objects.latest("id")
    assert AuditEntry.objects.count() == before + 1 and entry.object_type == "reportsubmission"
    assert entry.after["number"] == "12-BC/HU" and entry.unit_path == tree.district_b.path


def test_every_reports_key_is_documented(tree, call):
    from tests.test_docs_stats import assert_documented, stats_json

    data = stats_json("--unit", "T", "--year", "2025", "--by-child")
    assert "reports" in data and "reports" in data["children"]["HA"]
    assert_documented(data)


def test_demo_step_opens_past_calls_with_on_time_late_and_missing_reports(tree):
    import random

    from tuyengiao.reports import demo
    from tuyengiao.reports.models import ReportCall

    counts = demo.generate(random.Random(3), datetime.date(2025, 9, 1))
    assert list(counts) == ["2024H1", "2024", "2025H1", "2025"]
    for call in ReportCall.objects.all():
        assert figures(submissions.compute([call], tree.province).total) == direct(call, tree.province)
        assert all(s.submitted_on >= call.period_obj.start for s in call.submissions.all())
    open_call = ReportCall.objects.get(period="2025")  # due 15/12/2025, after "today"
    assert all(s.submitted_on <= datetime.date(2025, 9, 1) for s in open_call.submissions.all())


def test_a_receipt_is_withdrawn_only_by_a_writer_of_the_unit_and_with_a_reason(tree, call):
    receipt = ReportSubmission.objects.get(call=call, unit=tree.commune_a)
    with pytest.raises(PermissionDenied):
        services.withdraw_submission(tree.actor("lanhdao"), receipt, "Ghi nhầm")
    with pytest.raises(ValidationError):
        services.withdraw_submission(tree.actor("coso"), receipt, " ")
    services.withdraw_submission(tree.actor("coso"), receipt, "Ghi nhầm ngày")
    assert figures(submissions.compute([call], tree.province).total)["submitted"] == 2
