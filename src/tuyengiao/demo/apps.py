from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "tuyengiao.demo"
    verbose_name = "Dữ liệu mẫu"
