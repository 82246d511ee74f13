from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "tuyengiao.people"
    verbose_name = "Đảng viên"
