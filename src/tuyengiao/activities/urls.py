from django.urls import path

from tuyengiao.activities import views
from tuyengiao.activities.registers import REGISTERS
from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)
from tuyengiao.core.register_views import register_urls

app_name = "activities"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("hoi-nghi/pham-vi/", views.coverage, name="coverage"),
    path("kiem-tra/kien-nghi-qua-han/", views.overdue, name="overdue"),
    *register_urls(REGISTERS),
]
