from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "tuyengiao.org"
    verbose_name = "Tổ chức đảng"
