from django.conf import settings
from django.db import models

from tuyengiao.screening.normalize import name_sort_key, search_keys


class Gender(models.TextChoices):
    MALE = "male", "Nam"
    FEMALE = "female", "Nữ"


class Category(models.TextChoices):
    """The groups the seeds count: "CBĐV, CCVC, đoàn viên, hội viên"."""

    PARTY = "party", "Đảng viên"
    CIVIL = "civil", "Công chức, viên chức"
    YOUTH = "youth", "Đoàn viên"
    ASSOCIATION = "association", "Hội viên"


class Status(models.TextChoices):
    ACTIVE = "active", "Đang sinh hoạt"
    TRANSFERRED = "transferred", "Đã chuyển sinh hoạt ra ngoài"
    LEFT = "left", "Đã thôi sinh hoạt"
    DECEASED = "deceased", "Đã từ trần"


class Member(models.Model):
    """A person who studies and registers deeds. Only what the work needs: no ID-card numbers."""

    full_name = models.CharField("họ và tên", max_length=120)
    gender = models.CharField("giới tính", max_length=8, choices=Gender.choices)
    birth_year = models.PositiveSmallIntegerField("năm sinh", null=True, blank=True)
    unit = models.ForeignKey("org.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="members")
    position = models.CharField("chức vụ", max_length=255, blank=True)
    duties = models.TextField("chức trách, nhiệm vụ", blank=True)
    is_head = models.BooleanField("người đứng đầu", default=False)
    category = models.CharField("đối tượng", max_length=16, choices=Category.choices, default=Category.PARTY)
    status = models.CharField("trạng thái", max_length=16, choices=Status.choices, default=Status.ACTIVE)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="member_records"
    )
    name_key = models.CharField(max_length=255, editable=False, default="")
    name_fold = models.CharField(max_length=255, editable=False, default="")
    sort_key = models.CharField(max_length=255, editable=False, default="")
    updated_at = models.DateTimeField(auto_now=True)

    scope_path = "unit__path"
    scope_unit = "unit_id"
    scope_member = "id"

    class Meta:
        verbose_name = "đảng viên"
        verbose_name_plural = "đảng viên, cán bộ"
        ordering = ["sort_key", "id"]
        indexes = [
            models.Index(fields=["unit", "status"]),
            models.Index(fields=["sort_key"]),
            models.Index(fields=["name_fold"]),
        ]

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args, **kwargs):
        self.name_key, self.name_fold = search_keys(self.full_name)
        self.sort_key = name_sort_key(self.full_name)
        super().save(*args, **kwargs)

    def unit_for_scope(self):
        return self.unit


class MemberTransfer(models.Model):
    """Where a member was when: joins (no from_unit), moves, and leavings (no to_unit).

    A row with a ``to_unit`` is also the interval the member spent there, ``[date, until)``, so
    "who was in this subtree on the deadline" is one indexed range query.
    """

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="transfers")
    from_unit = models.ForeignKey("org.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    to_unit = models.ForeignKey("org.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    date = models.DateField("ngày")
    until = models.DateField("đến ngày", null=True, blank=True)
    reason = models.CharField("lý do", max_length=255, blank=True)

    class Meta:
        verbose_name = "chuyển sinh hoạt"
        ordering = ["date", "id"]
        indexes = [models.Index(fields=["member", "date"]), models.Index(fields=["to_unit", "date", "until"])]

    def __str__(self) -> str:
        return f"{self.member}: {self.from_unit or '—'} → {self.to_unit or '—'} ({self.date:%d/%m/%Y})"
