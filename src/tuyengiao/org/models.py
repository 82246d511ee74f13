from django.db import models
from django.utils import timezone

from tuyengiao.org.tree import ancestor_ids, subtree_q
from tuyengiao.screening.normalize import search_keys


class UnitKind(models.TextChoices):
    PROVINCE = "province", "Tỉnh ủy, Thành ủy"
    DISTRICT = "district", "Huyện ủy, Thị ủy, Thành ủy thuộc tỉnh"
    BLOC = "bloc", "Đảng ủy Khối"
    MILITARY = "military", "Đảng ủy Quân sự"
    POLICE = "police", "Đảng ủy Công an"
    COMMUNE = "commune", "Đảng bộ xã, phường, thị trấn"
    AGENCY = "agency", "Đảng bộ cơ sở cơ quan, doanh nghiệp"
    BASE_CELL = "base_cell", "Chi bộ cơ sở"
    CELL = "cell", "Chi bộ trực thuộc"
    OTHER = "other", "Khác"


# The tier a kind sits at, whatever the depth of the tree: 1 province, 2 upper-grassroots,
# 3 grassroots, 4 cell. Figures such as "116/121 cấp ủy cơ sở" count by tier, not by depth.
KIND_TIER = {
    UnitKind.PROVINCE: 1,
    UnitKind.DISTRICT: 2,
    UnitKind.BLOC: 2,
    UnitKind.MILITARY: 2,
    UnitKind.POLICE: 2,
    UnitKind.COMMUNE: 3,
    UnitKind.AGENCY: 3,
    UnitKind.BASE_CELL: 3,
    UnitKind.CELL: 4,
    UnitKind.OTHER: 3,
}
GRASSROOTS_KINDS = [kind for kind, tier in KIND_TIER.items() if tier == 3]
UPPER_KINDS = [kind for kind, tier in KIND_TIER.items() if tier == 2]


class UnitQuerySet(models.QuerySet):
    def subtree(self, unit: "Unit") -> "UnitQuerySet":
        return self.filter(subtree_q(unit.path))

    def active(self, on=None) -> "UnitQuerySet":
        on = on or timezone.localdate()
        return self.filter(active_from__lte=on).filter(models.Q(active_to__isnull=True) | models.Q(active_to__gte=on))


class Unit(models.Model):
    code = models.CharField("mã đơn vị", max_length=32, unique=True)
    name = models.CharField("tên đơn vị", max_length=255)
    short_name = models.CharField("tên viết tắt", max_length=64, blank=True)
    kind = models.CharField("loại hình", max_length=16, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self", verbose_name="đơn vị cấp trên", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField(max_length=255, unique=True, editable=False)
    level = models.PositiveSmallIntegerField("cấp", editable=False)
    active_from = models.DateField("hoạt động từ ngày")
    active_to = models.DateField("hoạt động đến ngày", null=True, blank=True)
    name_key = models.CharField(max_length=255, editable=False, default="")
    name_fold = models.CharField(max_length=255, editable=False, default="")
    updated_at = models.DateTimeField(auto_now=True)

    objects = UnitQuerySet.as_manager()

    # Where the access rules find the unit of a row (see accounts.scope).
    scope_path = "path"
    scope_unit = "id"

    class Meta:
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        ordering = ["path"]
        indexes = [models.Index(fields=["level", "kind"]), models.Index(fields=["name_fold"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name_key, self.name_fold = search_keys(f"{self.name} {self.short_name} {self.code}")
        super().save(*args, **kwargs)

    @property
    def tier(self) -> int:
        return KIND_TIER.get(self.kind, 3)

    @property
    def is_active(self) -> bool:
        return self.active_to is None or self.active_to >= timezone.localdate()

    def ancestors(self) -> list["Unit"]:
        ids = ancestor_ids(self.path)[:-1]
        by_id = Unit.objects.in_bulk(ids)
        return [by_id[i] for i in ids if i in by_id]

    def unit_for_scope(self) -> "Unit":
        return self


class LineageKind(models.TextChoices):
    MERGE = "merge", "Hợp nhất, sáp nhập"
    SPLIT = "split", "Chia tách"


class UnitLineage(models.Model):
    """Predecessor -> successor, so that history (pledges, figures) follows a unit across mergers."""

    predecessor = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="successor_links")
    successor = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="predecessor_links")
    kind = models.CharField(max_length=8, choices=LineageKind.choices)
    date = models.DateField("ngày hiệu lực")
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = "lịch sử sáp nhập"
        unique_together = [("predecessor", "successor")]
        ordering = ["-date"]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor} ({self.date:%d/%m/%Y})"
