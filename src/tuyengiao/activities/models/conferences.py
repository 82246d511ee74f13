"""Study conferences (hội nghị học tập, nghiên cứu, quán triệt) and their bridge points (điểm cầu)."""

from django.db import models

from tuyengiao.activities.models.base import UnitRecord


class TopicKind(models.TextChoices):
    THEME = "theme", "Chuyên đề học tập và làm theo Bác"
    RESOLUTION = "resolution", "Nghị quyết, chỉ thị, kết luận của Đảng"
    WORK = "work", "Tác phẩm, bài viết"
    CURRENT = "current", "Thông tin thời sự, cập nhật kiến thức"
    OTHER = "other", "Khác"


class ConferenceFormat(models.TextChoices):
    IN_PERSON = "in_person", "Trực tiếp"
    ONLINE = "online", "Trực tuyến"
    HYBRID = "hybrid", "Trực tiếp kết hợp trực tuyến"


class Conference(UnitRecord):
    topic = models.CharField("nội dung học tập, quán triệt", max_length=500)
    topic_key = models.CharField(max_length=500, editable=False, default="", db_index=True)
    topic_kind = models.CharField("loại nội dung", max_length=12, choices=TopicKind.choices, default=TopicKind.THEME)
    date = models.DateField("ngày tổ chức")
    format = models.CharField("hình thức", max_length=12, choices=ConferenceFormat.choices,
                              default=ConferenceFormat.IN_PERSON)
    document = models.ForeignKey("activities.Document", verbose_name="văn bản được học tập, quán triệt", null=True,
                                 blank=True, on_delete=models.SET_NULL, related_name="conferences")
    # Attendees by category, as the seeds count them; optional, but when given they add up to the attendance.
    attendees_party = models.PositiveIntegerField("cán bộ, đảng viên", null=True, blank=True)
    attendees_civil = models.PositiveIntegerField("công chức, viên chức", null=True, blank=True)
    attendees_youth = models.PositiveIntegerField("đoàn viên", null=True, blank=True)
    attendees_association = models.PositiveIntegerField("hội viên", null=True, blank=True)

    class Meta:
        verbose_name = "hội nghị"
        verbose_name_plural = "hội nghị"
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["date"])]

    def __str__(self) -> str:
        return self.topic

    @property
    def category_fields(self) -> list[str]:
        return ["attendees_party", "attendees_civil", "attendees_youth", "attendees_association"]

    def totals(self) -> tuple[int, int, int]:
        """(bridge points, expected, attended), from the points already saved."""
        points = list(self.points.all())
        return len(points), sum(p.expected for p in points), sum(p.attended for p in points)


class BridgePoint(models.Model):
    conference = models.ForeignKey(Conference, on_delete=models.CASCADE, related_name="points")
    unit = models.ForeignKey("org.Unit", verbose_name="đơn vị đặt điểm cầu", on_delete=models.PROTECT,
                             related_name="+")
    expected = models.PositiveIntegerField("số người được triệu tập")
    attended = models.PositiveIntegerField("số người tham dự")

    class Meta:
        verbose_name = "điểm cầu"
        verbose_name_plural = "điểm cầu"
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["conference", "unit"], name="one_point_per_unit")]

    def __str__(self) -> str:
        return self.unit.name
