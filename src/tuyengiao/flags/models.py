"""What the screening engine found on each pledge, and what it needs to find it again.

``Flag`` rows are derived from a pledge's text; a person may dismiss one with a reason, and a
dismissed flag stays dismissed when the pledge is screened again. ``BandKey`` rows are the LSH
band keys of every screened pledge: a new pledge is compared with history by one indexed lookup.
"""

from django.conf import settings
from django.db import models

from tuyengiao.screening.records import CODES

CODE_LABELS = {
    "too_long": "Quá dài",
    "vague": "Chung chung, thiếu cụ thể",
    "off_theme": "Không gắn chuyên đề năm",
    "off_duty": "Không sát chức trách, nhiệm vụ",
    "copied_past": "Sao chép năm trước",
    "copied_peer": "Trùng với người khác",
    "overlap": "Lặp lại bản đăng ký tập thể",
}
SHORT_LABELS = {
    "too_long": "Quá dài", "vague": "Chung chung", "off_theme": "Lạc chuyên đề", "off_duty": "Không sát nhiệm vụ",
    "copied_past": "Chép năm trước", "copied_peer": "Trùng người khác", "overlap": "Lặp bản tập thể",
}
assert set(CODE_LABELS) == set(CODES) == set(SHORT_LABELS)


class Flag(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Cần xem lại"
        DISMISSED = "dismissed", "Đã bỏ qua"

    pledge = models.ForeignKey("pledges.Pledge", on_delete=models.CASCADE, related_name="flags")
    code = models.CharField("loại cảnh báo", max_length=16, choices=list(CODE_LABELS.items()))
    score = models.FloatField("mức độ", default=0)
    message = models.TextField("lý do")
    evidence = models.JSONField("bằng chứng", default=dict)
    matched_pledge = models.ForeignKey("pledges.Pledge", null=True, blank=True, on_delete=models.SET_NULL,
                                       related_name="+")
    # False when the latest screening no longer finds it; kept only if someone dismissed it.
    current = models.BooleanField(default=True)
    status = models.CharField("trạng thái", max_length=12, choices=Status.choices, default=Status.OPEN)
    dismissed_reason = models.TextField("lý do bỏ qua", blank=True)
    dismissed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    dismissed_at = models.DateTimeField(null=True, blank=True)
    screened_at = models.DateTimeField()

    scope_path = "pledge__unit__path"
    scope_unit = "pledge__unit_id"
    scope_member = "pledge__member_id"

    class Meta:
        verbose_name = "cảnh báo"
        ordering = ["pledge", "code"]
        constraints = [models.UniqueConstraint(fields=["pledge", "code"], name="one_flag_per_code")]
        indexes = [models.Index(fields=["code", "status", "current"])]

    def __str__(self) -> str:
        return f"{self.label} ({self.pledge_id})"

    @property
    def label(self) -> str:
        return CODE_LABELS.get(self.code, self.code)

    @property
    def is_open(self) -> bool:
        return self.current and self.status == self.Status.OPEN

    def unit_for_scope(self):
        return self.pledge.unit


class BandKey(models.Model):
    """One LSH band key of a pledge's text (``screening.sketch.band_keys``)."""

    pledge = models.ForeignKey("pledges.Pledge", on_delete=models.CASCADE, related_name="band_keys")
    key = models.BigIntegerField(db_index=True)

    class Meta:
        verbose_name = "khóa so trùng"


class ScreenedText(models.Model):
    """Which text of a pledge was screened, with which engine version, and when."""

    pledge = models.OneToOneField("pledges.Pledge", on_delete=models.CASCADE, related_name="screened")
    version = models.CharField(max_length=64)
    digest = models.CharField(max_length=64)
    screened_at = models.DateTimeField()


class StockPhrase(models.Model):
    """The editable list of stock phrases (cụm từ sáo rỗng) behind the ``vague`` flag.

    Empty table: the engine's shipped list. Administrators replace it from the phrase page."""

    text = models.CharField("cụm từ", max_length=200, unique=True)

    class Meta:
        verbose_name = "cụm từ sáo rỗng"
        ordering = ["text"]

    def __str__(self) -> str:
        return self.text
