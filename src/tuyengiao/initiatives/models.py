"""Exemplary models (mô hình học tập và làm theo Bác), called initiatives in code.

An ``Initiative`` belongs to one unit and is registered in a year. What happens to it over time is
kept as rows: ``StatusChange`` (registered → implementing → evaluated → typical → replicating, or
stopped), ``InitiativeYear`` (was it maintained that year), ``DossierItem`` (its hồ sơ, files on
disk), ``Evaluation`` (scores by an officer of a higher unit). A replication is the adopting unit's
own initiative with ``adopted_from`` pointing at the original.
"""

from django.conf import settings
from django.db import models

from tuyengiao.screening.normalize import search_keys


class Field(models.TextChoices):
    ADMINISTRATIVE = "administrative", "Cải cách hành chính"
    DIGITAL = "digital", "Chuyển đổi số"
    ENVIRONMENT = "environment", "Bảo vệ môi trường"
    READING = "reading", "Văn hóa đọc"
    CULTURE = "culture", "Văn hóa, nếp sống"
    SECURITY = "security", "An ninh trật tự"
    ECONOMY = "economy", "Phát triển kinh tế"
    WELFARE = "welfare", "An sinh xã hội"
    EDUCATION = "education", "Giáo dục, khuyến học"
    HEALTH = "health", "Y tế, chăm sóc sức khỏe"
    PARTY = "party", "Xây dựng Đảng"
    OTHER = "other", "Lĩnh vực khác"


class Status(models.TextChoices):
    REGISTERED = "registered", "Đã đăng ký"
    IMPLEMENTING = "implementing", "Đang triển khai"
    EVALUATED = "evaluated", "Đã đánh giá"
    TYPICAL = "typical", "Được công nhận tiêu biểu"
    REPLICATING = "replicating", "Được chọn nhân rộng"
    STOPPED = "stopped", "Đã dừng"


RUNNING = [Status.REGISTERED, Status.IMPLEMENTING, Status.EVALUATED, Status.TYPICAL, Status.REPLICATING]
TYPICAL = [Status.TYPICAL, Status.REPLICATING]


class Initiative(models.Model):
    name = models.CharField("tên mô hình", max_length=255)
    unit = models.ForeignKey("org.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="initiatives")
    year = models.PositiveSmallIntegerField("năm đăng ký")
    registered_on = models.DateField("ngày đăng ký")
    theme = models.ForeignKey("pledges.Theme", verbose_name="chuyên đề", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    field = models.CharField("lĩnh vực", max_length=16, choices=Field.choices)
    description = models.TextField("nội dung, cách làm")
    goals = models.TextField("mục tiêu", blank=True)
    targets = models.TextField("chỉ tiêu đo được", blank=True, help_text="Mỗi chỉ tiêu một dòng.")
    people_in_charge = models.CharField("người phụ trách", max_length=500, blank=True)
    status = models.CharField("trạng thái", max_length=16, choices=Status.choices, default=Status.REGISTERED)
    adopted_from = models.ForeignKey("self", verbose_name="nhân rộng từ mô hình", null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="adoptions")
    # Where the gallery offers it: the subtree of the unit whose officer selected it for replication.
    replication_unit = models.ForeignKey("org.Unit", verbose_name="phạm vi nhân rộng", null=True, blank=True,
                                         on_delete=models.PROTECT, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    name_key = models.CharField(max_length=255, editable=False, default="")
    name_fold = models.CharField(max_length=255, editable=False, default="")
    updated_at = models.DateTimeField(auto_now=True)

    scope_path = "unit__path"
    scope_unit = "unit_id"

    class Meta:
        verbose_name = "mô hình"
        verbose_name_plural = "mô hình học tập và làm theo Bác"
        ordering = ["-year", "name"]
        indexes = [models.Index(fields=["status"]), models.Index(fields=["year", "field"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name_key, self.name_fold = search_keys(self.name)
        super().save(*args, **kwargs)

    def unit_for_scope(self):
        return self.unit

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("initiatives:detail", args=[self.pk])

    @property
    def original(self) -> "Initiative":
        return self.adopted_from if self.adopted_from_id else self

    def target_list(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.targets.splitlines() if line.strip(" -•\t")]


class StatusChange(models.Model):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField("trạng thái", max_length=16, choices=Status.choices)
    date = models.DateField("ngày")
    note = models.TextField("ghi chú", blank=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "thay đổi trạng thái mô hình"
        ordering = ["date", "id"]
        indexes = [models.Index(fields=["initiative", "date"])]


class InitiativeYear(models.Model):
    """Whether the initiative was kept up in a year (“đang duy trì”), as its unit reported it."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="years")
    year = models.PositiveSmallIntegerField("năm")
    maintained = models.BooleanField("duy trì", default=True)
    note = models.TextField("kết quả trong năm", blank=True)

    class Meta:
        verbose_name = "năm duy trì mô hình"
        ordering = ["year"]
        constraints = [models.UniqueConstraint(fields=["initiative", "year"], name="one_row_per_initiative_year")]


class ItemKind(models.TextChoices):
    PLAN = "plan", "Kế hoạch"
    DECISION = "decision", "Quyết định ra mắt, thành lập"
    PROGRESS = "progress", "Báo cáo tiến độ"
    RESULTS = "results", "Báo cáo kết quả"
    PHOTO = "photo", "Hình ảnh"
    OTHER = "other", "Tài liệu khác"


class DossierItem(models.Model):
    """One file of an initiative's dossier. The file lives under MEDIA_ROOT (``path``, relative) and is
    only ever sent through the scoped download view."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField("loại tài liệu", max_length=12, choices=ItemKind.choices)
    title = models.CharField("tên tài liệu", max_length=255)
    path = models.CharField(max_length=255, editable=False)
    original_name = models.CharField("tên tệp", max_length=255)
    extension = models.CharField(max_length=8)
    size = models.PositiveBigIntegerField("dung lượng")
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    uploaded_at = models.DateTimeField()

    scope_path = "initiative__unit__path"
    scope_unit = "initiative__unit_id"

    class Meta:
        verbose_name = "tài liệu hồ sơ mô hình"
        ordering = ["initiative", "kind", "uploaded_at", "id"]

    def __str__(self) -> str:
        return self.title

    def unit_for_scope(self):
        return self.initiative.unit

    @property
    def size_text(self) -> str:
        from tuyengiao.initiatives.files import size_text

        return size_text(self.size)


class Result(models.TextChoices):
    TYPICAL = "typical", "Tiêu biểu"
    GOOD = "good", "Đạt"
    NOT_MET = "not_met", "Chưa đạt"


CRITERIA = [
    ("practicality", "Tính thiết thực"),
    ("effectiveness", "Hiệu quả"),
    ("spread", "Sức lan tỏa"),
    ("maintainability", "Tính bền vững, duy trì được"),
]


class Evaluation(models.Model):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="evaluations")
    evaluator = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    evaluator_unit = models.ForeignKey("org.Unit", verbose_name="đơn vị đánh giá", on_delete=models.PROTECT,
                                       related_name="+")
    date = models.DateField("ngày đánh giá")
    practicality = models.PositiveSmallIntegerField("tính thiết thực")
    effectiveness = models.PositiveSmallIntegerField("hiệu quả")
    spread = models.PositiveSmallIntegerField("sức lan tỏa")
    maintainability = models.PositiveSmallIntegerField("tính bền vững")
    comments = models.TextField("nhận xét", blank=True)
    result = models.CharField("kết quả", max_length=8, choices=Result.choices)

    class Meta:
        verbose_name = "đánh giá mô hình"
        ordering = ["date", "id"]

    def __str__(self) -> str:
        return f"Đánh giá {self.initiative} ngày {self.date:%d/%m/%Y}"

    @property
    def average(self) -> float:
        return sum(getattr(self, key) for key, _ in CRITERIA) / len(CRITERIA)

    def scores(self) -> list[tuple[str, int]]:
        return [(label, getattr(self, key)) for key, label in CRITERIA]


FLAG_LABELS = {
    "name_only": "Chỉ có tên, không có hồ sơ",
    "copied": "Sao chép mô hình khác",
    "overlap": "Trùng bản đăng ký tập thể",
}


class InitiativeFlag(models.Model):
    """Formalism found on an initiative; same rules as ``flags.Flag``: re-screening rewrites open
    flags, a dismissed one keeps its status (and is marked not current once no longer raised)."""

    class State(models.TextChoices):
        OPEN = "open", "Cần xem lại"
        DISMISSED = "dismissed", "Đã bỏ qua"

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="flags")
    code = models.CharField("loại cảnh báo", max_length=16, choices=list(FLAG_LABELS.items()))
    score = models.FloatField("mức độ", default=0)
    message = models.TextField("lý do")
    evidence = models.JSONField("bằng chứng", default=dict)
    matched_initiative = models.ForeignKey(Initiative, null=True, blank=True, on_delete=models.SET_NULL,
                                           related_name="+")
    current = models.BooleanField(default=True)
    status = models.CharField("trạng thái", max_length=12, choices=State.choices, default=State.OPEN)
    dismissed_reason = models.TextField("lý do bỏ qua", blank=True)
    dismissed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    dismissed_at = models.DateTimeField(null=True, blank=True)
    screened_at = models.DateTimeField()

    scope_path = "initiative__unit__path"
    scope_unit = "initiative__unit_id"

    class Meta:
        verbose_name = "cảnh báo mô hình"
        ordering = ["initiative", "code"]
        constraints = [models.UniqueConstraint(fields=["initiative", "code"], name="one_initiative_flag_per_code")]
        indexes = [models.Index(fields=["code", "status", "current"])]

    def __str__(self) -> str:
        return f"{self.label} ({self.initiative_id})"

    @property
    def label(self) -> str:
        return FLAG_LABELS.get(self.code, self.code)

    @property
    def is_open(self) -> bool:
        return self.current and self.status == self.State.OPEN

    def unit_for_scope(self):
        return self.initiative.unit


class InitiativeBandKey(models.Model):
    """LSH band keys of an initiative's name and description: copies are found by one indexed lookup."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="band_keys")
    key = models.BigIntegerField(db_index=True)
