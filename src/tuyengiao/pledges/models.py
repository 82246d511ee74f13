from django.conf import settings
from django.db import models

from tuyengiao.org.models import UnitKind


class Theme(models.Model):
    """The year's theme (chuyên đề năm) or the whole-term theme (chuyên đề toàn khóa)."""

    class Kind(models.TextChoices):
        YEAR = "year", "Chuyên đề năm"
        TERM = "term", "Chuyên đề toàn khóa"

    kind = models.CharField("loại chuyên đề", max_length=8, choices=Kind.choices, default=Kind.YEAR)
    title = models.CharField("tên chuyên đề", max_length=500)
    text = models.TextField("nội dung", blank=True)
    key_points = models.TextField("các nội dung trọng tâm", blank=True, help_text="Mỗi nội dung một dòng.")
    document = models.CharField("văn bản ban hành", max_length=64, blank=True, help_text="Ví dụ: 01-KL/TW")
    year_from = models.PositiveSmallIntegerField("từ năm")
    year_to = models.PositiveSmallIntegerField("đến năm")
    unit = models.ForeignKey("org.Unit", verbose_name="đơn vị ban hành", on_delete=models.PROTECT, related_name="+")

    scope_path = "unit__path"
    scope_unit = "unit_id"

    class Meta:
        verbose_name = "chuyên đề"
        ordering = ["-year_from", "kind"]

    def __str__(self) -> str:
        return self.title

    def key_point_list(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.key_points.splitlines() if line.strip(" -•\t")]

    def unit_for_scope(self):
        return self.unit


DEFAULT_COLLECTIVE_KINDS = [
    UnitKind.DISTRICT, UnitKind.BLOC, UnitKind.MILITARY, UnitKind.POLICE,
    UnitKind.COMMUNE, UnitKind.AGENCY, UnitKind.BASE_CELL, UnitKind.CELL,
]


class Campaign(models.Model):
    """A theme opened for a year over a unit's subtree: who must register, by when, and the rules."""

    theme = models.ForeignKey(Theme, verbose_name="chuyên đề năm", on_delete=models.PROTECT, related_name="campaigns")
    term_theme = models.ForeignKey(Theme, verbose_name="chuyên đề toàn khóa", null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("org.Unit", verbose_name="phạm vi", on_delete=models.PROTECT, related_name="campaigns")
    year = models.PositiveSmallIntegerField("năm")
    registration_deadline = models.DateField("hạn đăng ký")
    assessment_deadline = models.DateField("hạn đánh giá cuối năm")
    collective_kinds = models.JSONField("loại hình đơn vị đăng ký tập thể", default=list)
    min_deeds = models.PositiveSmallIntegerField("số việc tối thiểu", default=1)
    max_deeds = models.PositiveSmallIntegerField("số việc tối đa", default=2)
    length_guide = models.PositiveIntegerField("độ dài khuyến nghị mỗi việc (ký tự)", default=400)
    closed_at = models.DateTimeField("ngày kết thúc", null=True, blank=True)

    scope_path = "unit__path"
    scope_unit = "unit_id"

    class Meta:
        verbose_name = "đợt đăng ký"
        ordering = ["-year"]
        unique_together = [("unit", "year")]

    def __str__(self) -> str:
        return f"Đăng ký làm theo Bác năm {self.year}"

    def unit_for_scope(self):
        return self.unit

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class PledgeState(models.TextChoices):
    DRAFT = "draft", "Đang soạn"
    SUBMITTED = "submitted", "Đã gửi, chờ duyệt"
    RETURNED = "returned", "Trả lại để sửa"
    ACCEPTED = "accepted", "Đã duyệt"


class OwnerKind(models.TextChoices):
    INDIVIDUAL = "individual", "Cá nhân"
    COLLECTIVE = "collective", "Tập thể"


class Pledge(models.Model):
    """An individual's (cá nhân) or a unit's (tập thể) registration of 1–2 deeds for a campaign."""

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="pledges")
    owner_kind = models.CharField("loại", max_length=12, choices=OwnerKind.choices)
    member = models.ForeignKey("people.Member", null=True, blank=True, on_delete=models.PROTECT, related_name="pledges")
    # The owning unit for a collective pledge; the member's unit when it was written for an individual.
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="pledges")
    state = models.CharField("trạng thái", max_length=12, choices=PledgeState.choices, default=PledgeState.DRAFT)
    first_submitted_at = models.DateTimeField("gửi lần đầu", null=True, blank=True)
    submitted_at = models.DateTimeField("gửi lần cuối", null=True, blank=True)
    late = models.BooleanField("nộp muộn", default=False)
    review_comment = models.TextField("ý kiến người duyệt", blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    self_assessed_at = models.DateTimeField("tự đánh giá lúc", null=True, blank=True)
    confirmed_at = models.DateTimeField("xác nhận đánh giá lúc", null=True, blank=True)
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    scope_path = "unit__path"
    scope_unit = "unit_id"
    scope_member = "member_id"

    class Meta:
        verbose_name = "bản đăng ký"
        verbose_name_plural = "bản đăng ký làm theo Bác"
        constraints = [
            models.UniqueConstraint(fields=["campaign", "member"], condition=models.Q(owner_kind="individual"),
                                    name="one_individual_pledge_per_campaign"),
            models.UniqueConstraint(fields=["campaign", "unit"], condition=models.Q(owner_kind="collective"),
                                    name="one_collective_pledge_per_campaign"),
        ]
        indexes = [models.Index(fields=["campaign", "owner_kind", "state"])]

    def __str__(self) -> str:
        owner = self.member.full_name if self.member_id else self.unit.name
        return f"Đăng ký năm {self.campaign.year} của {owner}"

    def unit_for_scope(self):
        return self.unit

    @property
    def owner_name(self) -> str:
        return self.member.full_name if self.member_id else self.unit.name

    @property
    def is_submitted(self) -> bool:
        return self.first_submitted_at is not None

    def text(self) -> str:
        """All deeds as one text, for screening and search."""
        return "\n".join(deed.text() for deed in self.deeds.all())


class DeedResult(models.TextChoices):
    COMPLETED = "completed", "Hoàn thành"
    PARTLY = "partly", "Hoàn thành một phần"
    NOT_DONE = "not_done", "Chưa hoàn thành"


class Deed(models.Model):
    """One registered deed: what will be done, the measurable target, when, and which duty it serves."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="deeds")
    position = models.PositiveSmallIntegerField(default=1)
    action = models.TextField("việc làm")
    target = models.CharField("chỉ tiêu, kết quả đo được", max_length=500, blank=True)
    timeframe = models.CharField("thời gian thực hiện", max_length=200, blank=True)
    duty = models.CharField("gắn với chức trách, nhiệm vụ", max_length=500, blank=True)
    self_result = models.CharField("tự đánh giá", max_length=12, choices=DeedResult.choices, blank=True)
    self_note = models.TextField("kết quả đã làm", blank=True)
    evidence = models.TextField("minh chứng", blank=True)
    result = models.CharField("kết quả xác nhận", max_length=12, choices=DeedResult.choices, blank=True)
    result_note = models.TextField("ý kiến xác nhận", blank=True)

    class Meta:
        verbose_name = "việc đăng ký"
        ordering = ["pledge", "position"]

    def __str__(self) -> str:
        return self.action[:80]

    def text(self) -> str:
        return " ".join(part for part in (self.action, self.target, self.timeframe) if part)
