from django.urls import path  # noqa: F401

from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)

app_name = "activities"
urlpatterns = []
