"""Propaganda products and events: bulletins, reportages, articles, film weeks, contests, briefings."""

from django.db import models

from tuyengiao.activities.models.base import UnitRecord


class OutreachKind(models.TextChoices):
    INTERNAL_BULLETIN = "internal_bulletin", "Thông báo nội bộ, tài liệu sinh hoạt chi bộ"
    NEWS_BULLETIN = "news_bulletin", "Bản tin thời sự"
    REPORTAGE = "reportage", "Phóng sự"
    NEWS = "news", "Tin đăng báo, tạp chí, trang thông tin"
    ARTICLE = "article", "Bài viết đăng báo, tạp chí, trang thông tin"
    FILM_WEEK = "film_week", "Tuần phim"
    CONTEST = "contest", "Hội thi, cuộc thi"
    BRIEFING = "briefing", "Giao ban báo cáo viên, cộng tác viên"


class Outreach(UnitRecord):
    kind = models.CharField("loại", max_length=20, choices=OutreachKind.choices)
    title = models.CharField("tên, nội dung", max_length=500)
    date = models.DateField("ngày")
    quantity = models.PositiveIntegerField("số lượng (cuốn, bản tin, tin, bài ...)", default=1)
    audience = models.PositiveIntegerField("lượt người tham dự, xem", null=True, blank=True)
    prizes_first = models.PositiveSmallIntegerField("giải Nhất", default=0)
    prizes_second = models.PositiveSmallIntegerField("giải Nhì", default=0)
    prizes_third = models.PositiveSmallIntegerField("giải Ba", default=0)
    prizes_consolation = models.PositiveSmallIntegerField("giải Khuyến khích", default=0)

    class Meta:
        verbose_name = "sản phẩm, hoạt động tuyên truyền"
        verbose_name_plural = "sản phẩm, hoạt động tuyên truyền"
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["date", "kind"])]

    def __str__(self) -> str:
        return self.title

    @property
    def prizes(self) -> int:
        return self.prizes_first + self.prizes_second + self.prizes_third + self.prizes_consolation
