"""Inspections and supervision (kiểm tra, giám sát) with recommendations followed up to a due date."""

from django.db import models
from django.utils import timezone

from tuyengiao.activities.models.base import UnitRecord


class InspectionKind(models.TextChoices):
    INSPECTION = "inspection", "Kiểm tra"
    SUPERVISION = "supervision", "Giám sát"


class Inspection(UnitRecord):
    """The unit is the inspecting one; the inspected units are listed."""

    kind = models.CharField("hình thức", max_length=12, choices=InspectionKind.choices,
                            default=InspectionKind.INSPECTION)
    title = models.CharField("nội dung", max_length=500)
    plan = models.ForeignKey("activities.Document", verbose_name="kế hoạch, quyết định", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="inspections")
    start_date = models.DateField("từ ngày")
    end_date = models.DateField("đến ngày")
    inspected_units = models.ManyToManyField("org.Unit", verbose_name="đơn vị được kiểm tra, giám sát",
                                             related_name="+")
    findings = models.TextField("kết quả, nhận xét", blank=True)

    class Meta:
        verbose_name = "cuộc kiểm tra, giám sát"
        verbose_name_plural = "kiểm tra, giám sát"
        ordering = ["-start_date", "-id"]
        indexes = [models.Index(fields=["start_date"])]

    def __str__(self) -> str:
        return self.title


class Recommendation(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Đang thực hiện"
        DONE = "done", "Đã thực hiện"

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="recommendations")
    text = models.TextField("kiến nghị")
    due_date = models.DateField("hạn thực hiện")
    status = models.CharField("tình trạng", max_length=8, choices=Status.choices, default=Status.OPEN)
    done_on = models.DateField("ngày thực hiện xong", null=True, blank=True)

    class Meta:
        verbose_name = "kiến nghị"
        ordering = ["due_date", "id"]
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self) -> str:
        return self.text

    @property
    def is_overdue(self) -> bool:
        return self.status == self.Status.OPEN and self.due_date < timezone.localdate()
