from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    """One write made through a service, whoever made it (web, import, command, job)."""

    ACTIONS = {
        "create": "Tạo mới",
        "update": "Cập nhật",
        "delete": "Xóa",
        "move": "Chuyển cấp trên",
        "close": "Ngừng hoạt động",
        "merge": "Hợp nhất",
        "transfer": "Chuyển sinh hoạt",
        "import": "Nhập từ tệp",
        "role": "Phân quyền",
    }
    SOURCES = {"web": "Trang web", "import": "Nhập tệp", "command": "Dòng lệnh", "job": "Tác vụ nền"}

    at = models.DateTimeField("thời điểm", auto_now_add=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    actor_label = models.CharField("người thực hiện", max_length=150, blank=True)
    source = models.CharField("nguồn", max_length=16, choices=list(SOURCES.items()))
    action = models.CharField("thao tác", max_length=16, choices=list(ACTIONS.items()))
    object_type = models.CharField("đối tượng", max_length=64)
    object_id = models.CharField(max_length=64, blank=True)
    object_repr = models.CharField("mô tả", max_length=255, blank=True)
    # The unit the change belongs to, and its path at the time, so officers see their subtree's log.
    unit = models.ForeignKey("org.Unit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    unit_path = models.CharField(max_length=255, blank=True, db_index=True)
    before = models.JSONField("trước", null=True, blank=True)
    after = models.JSONField("sau", null=True, blank=True)

    scope_path = "unit_path"
    scope_unit = "unit_id"

    class Meta:
        verbose_name = "nhật ký"
        verbose_name_plural = "nhật ký thay đổi"
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.object_type} {self.object_repr}"

    def changes(self) -> list[tuple[str, object, object]]:
        before, after = self.before or {}, self.after or {}
        keys = list(dict.fromkeys([*before.keys(), *after.keys()]))
        return [(key, before.get(key), after.get(key)) for key in keys if before.get(key) != after.get(key)]
