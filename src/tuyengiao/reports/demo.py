"""Demo data: calls for the six-month and annual reports of the past two years, and the reports
received, most on time, some late, a few never sent; the latest call still has stragglers."""

import datetime

from tuyengiao.audit.services import record
from tuyengiao.core.actor import Actor
from tuyengiao.demo.registry import demo_step
from tuyengiao.org.models import Unit
from tuyengiao.reports import services, submissions
from tuyengiao.reports.models import ReportSubmission
from tuyengiao.reports.periods import Period

ACTOR = Actor.system("command", "dữ liệu mẫu")


def _deadline(period: Period) -> datetime.date:
    """Six-month reports by 20/6, annual ones by 15/12: both written before the period ends."""
    return datetime.date(period.year, 6, 20) if period.half == 1 else datetime.date(period.year, 12, 15)


def generate(rng, today: datetime.date) -> dict[str, int]:
    province = Unit.objects.filter(parent__isnull=True).order_by("id").first()
    periods = [Period(year, half) for year in (today.year - 1, today.year) for half in (1, None)]
    counts = {}
    for period in periods:
        deadline = _deadline(period)
        if period.start > today:
            continue
        call = services.open_call(ACTOR, unit=province, period=period.code, deadline=deadline, grace_days=3)
        closed = deadline < today
        rows = []
        for unit in submissions.expected_units(call, province).only("id"):
            roll = rng.random()
            if not closed:  # still open: a part has reported, all before the deadline
                if roll < 0.45:
                    rows.append((unit.pk, today - datetime.timedelta(days=rng.randint(0, 10))))
            elif roll < 0.78:
                rows.append((unit.pk, deadline - datetime.timedelta(days=rng.randint(0, 12))))
            elif roll < 0.82:
                rows.append((unit.pk, deadline + datetime.timedelta(days=rng.randint(1, 3))))  # within the grace
            elif roll < 0.93:
                rows.append((unit.pk, deadline + datetime.timedelta(days=rng.randint(4, 30))))
        ReportSubmission.objects.bulk_create(
            ReportSubmission(call=call, unit_id=unit_id, submitted_on=max(period.start, min(day, today)),
                             number=f"{rng.randint(1, 60)}-BC") for unit_id, day in rows)
        record(ACTOR, "import", call, object_type="reportsubmission",
               object_repr=f"Dữ liệu mẫu: {len(rows)} báo cáo {period.review}")
        counts[period.code] = len(rows)
    return counts


@demo_step(order=300, label="Báo cáo định kỳ: các đợt sơ kết, tổng kết và báo cáo đã nhận")
def reports_step(ctx) -> None:
    counts = generate(ctx.rng, ctx.today)
    ctx.log(", ".join(f"{code}: {n} báo cáo" for code, n in counts.items()))
