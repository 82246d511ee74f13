from django.urls import path

from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)
from tuyengiao.flags import views

app_name = "flags"
urlpatterns = [
    path("<id:campaign>/canh-bao/", views.campaign_flags, name="campaign"),
    path("<id:campaign>/canh-bao/danh-sach/", views.flagged, name="flagged"),
    path("ban/<id:pk>/canh-bao/<id:flag>/bo-qua/", views.dismiss, name="dismiss"),
    path("cum-tu-sao-rong/", views.phrases, name="phrases"),
]
