from django.apps import AppConfig


class PledgesConfig(AppConfig):
    name = "tuyengiao.pledges"
    verbose_name = "Đăng ký làm theo Bác"
