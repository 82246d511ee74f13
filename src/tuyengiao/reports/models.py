from django.conf import settings
from django.db import models

from tuyengiao.org.models import UnitKind

DEFAULT_REPORTER_KINDS = [
    UnitKind.DISTRICT, UnitKind.BLOC, UnitKind.MILITARY, UnitKind.POLICE,
    UnitKind.COMMUNE, UnitKind.AGENCY, UnitKind.BASE_CELL,
]


class ReportCall(models.Model):
    """A call for periodic reports (đợt báo cáo): every unit of the listed kinds below ``unit``
    owes its report of ``period`` to the unit above it, by ``deadline``. As in DHIS2, a report is
    on time when it arrives by the deadline plus ``grace_days``."""

    unit = models.ForeignKey("org.Unit", verbose_name="đơn vị yêu cầu", on_delete=models.PROTECT,
                             related_name="report_calls")
    period = models.CharField("kỳ báo cáo", max_length=8, help_text="2023H1: 6 tháng đầu năm; 2023: cả năm")
    deadline = models.DateField("hạn nộp")
    grace_days = models.PositiveSmallIntegerField("số ngày cho phép nộp sau hạn", default=0)
    reporter_kinds = models.JSONField("loại hình đơn vị phải báo cáo", default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    scope_path = "unit__path"
    scope_unit = "unit_id"

    class Meta:
        verbose_name = "đợt báo cáo"
        ordering = ["-deadline", "unit__path"]
        unique_together = [("unit", "period")]

    def __str__(self) -> str:
        return f"Báo cáo {self.period_obj.review} – {self.unit.name}"

    def unit_for_scope(self):
        return self.unit

    @property
    def period_obj(self):
        from tuyengiao.reports.periods import Period

        return Period.parse(self.period)

    @property
    def on_time_until(self):
        import datetime

        return self.deadline + datetime.timedelta(days=self.grace_days)


class ReportSubmission(models.Model):
    """A unit's report of a call, received by the unit above: when, and under which number."""

    call = models.ForeignKey(ReportCall, on_delete=models.PROTECT, related_name="submissions")
    unit = models.ForeignKey("org.Unit", verbose_name="đơn vị báo cáo", on_delete=models.PROTECT,
                             related_name="report_submissions")
    submitted_on = models.DateField("ngày gửi")
    number = models.CharField("số, ký hiệu văn bản", max_length=64, blank=True)
    note = models.TextField("ghi chú", blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    scope_path = "unit__path"
    scope_unit = "unit_id"

    class Meta:
        verbose_name = "báo cáo đã nhận"
        ordering = ["call", "unit__path"]
        unique_together = [("call", "unit")]

    def __str__(self) -> str:
        return f"Báo cáo {self.call.period} của {self.unit.name}"

    def unit_for_scope(self):
        return self.unit

    @property
    def on_time(self) -> bool:
        return self.submitted_on <= self.call.on_time_until
