from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "tuyengiao.audit"
    verbose_name = "Nhật ký thay đổi"
