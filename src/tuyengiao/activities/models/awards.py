"""Commendations (khen thưởng): nominations of collectives and members as typical examples."""

from django.db import models

from tuyengiao.activities.models.base import UnitRecord


class NomineeKind(models.TextChoices):
    COLLECTIVE = "collective", "Tập thể"
    INDIVIDUAL = "individual", "Cá nhân"


class AwardLevel(models.TextChoices):
    GRASSROOTS = "gk_grassroots", "Giấy khen của Đảng ủy cơ sở"
    UPPER = "gk_upper", "Giấy khen của Ban Thường vụ cấp ủy cấp trên cơ sở"
    PROVINCE_PARTY = "bk_province_party", "Bằng khen của Ban Thường vụ Tỉnh ủy"
    PROVINCE_CHAIR = "bk_province_chair", "Bằng khen của Chủ tịch UBND tỉnh"
    PRIME_MINISTER = "bk_prime_minister", "Bằng khen của Thủ tướng Chính phủ"
    CENTRAL_COMMISSION = "bk_central", "Bằng khen của Trưởng Ban Tuyên giáo và Dân vận Trung ương"
    OTHER = "other", "Hình thức khác"


class AwardStatus(models.TextChoices):
    PROPOSED = "proposed", "Đề nghị"
    DECIDED = "decided", "Đã quyết định"
    REFUSED = "refused", "Không được duyệt"


class Award(UnitRecord):
    """The unit is the one that proposes (and whose officers see the nomination)."""

    proposed_on = models.DateField("ngày đề nghị")
    nominee_kind = models.CharField("đối tượng", max_length=12, choices=NomineeKind.choices)
    nominee_unit = models.ForeignKey("org.Unit", verbose_name="tập thể được đề nghị", null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="+")
    member = models.ForeignKey("people.Member", verbose_name="cá nhân được đề nghị", null=True, blank=True,
                               on_delete=models.PROTECT, related_name="awards")
    level = models.CharField("hình thức khen thưởng", max_length=20, choices=AwardLevel.choices)
    achievement = models.TextField("thành tích")
    status = models.CharField("trạng thái", max_length=10, choices=AwardStatus.choices, default=AwardStatus.PROPOSED)
    decision = models.ForeignKey("activities.Document", verbose_name="quyết định khen thưởng", null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="awards")
    decided_on = models.DateField("ngày quyết định", null=True, blank=True)
    pledge = models.ForeignKey("pledges.Pledge", verbose_name="bản đăng ký làm theo Bác", null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="awards")
    initiative = models.ForeignKey("initiatives.Initiative", verbose_name="mô hình học tập và làm theo Bác", null=True,
                                   blank=True, on_delete=models.SET_NULL, related_name="awards")

    class Meta:
        verbose_name = "khen thưởng"
        verbose_name_plural = "khen thưởng"
        ordering = ["-proposed_on", "-id"]
        indexes = [models.Index(fields=["proposed_on", "status"])]

    def __str__(self) -> str:
        return f"{self.get_level_display()}: {self.nominee_name}"

    @property
    def nominee_name(self) -> str:
        if self.nominee_kind == NomineeKind.INDIVIDUAL:
            return self.member.full_name if self.member_id else ""
        return self.nominee_unit.name if self.nominee_unit_id else ""
