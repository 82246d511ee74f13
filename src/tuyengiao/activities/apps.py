from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "tuyengiao.activities"
    verbose_name = "Sổ theo dõi hoạt động"
