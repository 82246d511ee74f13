"""Political-theory classes (lớp bồi dưỡng lý luận chính trị)."""

from django.db import models

from tuyengiao.activities.models.base import UnitRecord


class ClassKind(models.TextChoices):
    AWARENESS = "awareness", "Bồi dưỡng nhận thức về Đảng (quần chúng ưu tú)"
    NEW_MEMBERS = "new_members", "Bồi dưỡng lý luận chính trị cho đảng viên mới"
    UPDATE = "update", "Cập nhật kiến thức cho cán bộ"
    OTHER = "other", "Khác"


class TheoryClass(UnitRecord):
    kind = models.CharField("loại lớp", max_length=12, choices=ClassKind.choices)
    title = models.CharField("tên lớp", max_length=300)
    start_date = models.DateField("khai giảng")
    end_date = models.DateField("bế giảng")
    learners = models.PositiveIntegerField("số học viên")

    class Meta:
        verbose_name = "lớp bồi dưỡng"
        verbose_name_plural = "lớp bồi dưỡng"
        ordering = ["-start_date", "-id"]
        indexes = [models.Index(fields=["start_date"])]

    def __str__(self) -> str:
        return self.title
