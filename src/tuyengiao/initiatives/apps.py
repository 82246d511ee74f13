from django.apps import AppConfig


class InitiativesConfig(AppConfig):
    name = "tuyengiao.initiatives"
    verbose_name = "Mô hình học tập và làm theo Bác"
