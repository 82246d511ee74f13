from django.urls import path

from tuyengiao.audit import views
from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)

app_name = "audit"
urlpatterns = [
    path("", views.entry_list, name="list"),
    path("<id:pk>/", views.detail, name="detail"),
]
