from django.conf import settings
from django.db import models


class Role(models.TextChoices):
    ADMIN = "admin", "Quản trị hệ thống"
    OFFICER = "officer", "Cán bộ tuyên giáo"
    CLERK = "clerk", "Văn phòng, bí thư chi bộ"
    LEADER = "leader", "Lãnh đạo (chỉ xem)"


class RoleAssignment(models.Model):
    """A user's role on a unit. Members need no row: a Member linked to the user is enough."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField("vai trò", max_length=16, choices=Role.choices)
    unit = models.ForeignKey("org.Unit", null=True, blank=True, on_delete=models.CASCADE, related_name="role_assignments")

    class Meta:
        verbose_name = "phân quyền"
        unique_together = [("user", "role", "unit")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role="admin") | models.Q(unit__isnull=False), name="role_needs_unit_unless_admin"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} – {self.unit or 'toàn hệ thống'}"
