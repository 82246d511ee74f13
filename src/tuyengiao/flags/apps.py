from django.apps import AppConfig


class FlagsConfig(AppConfig):
    name = "tuyengiao.flags"
    verbose_name = "Cảnh báo bệnh hình thức"
