from django.urls import path

from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)
from tuyengiao.pledges import campaign_views, tracking_views, views

app_name = "pledges"
urlpatterns = [
    path("", campaign_views.campaigns, name="campaigns"),
    path("mo-dot/", campaign_views.campaign_create, name="campaign_create"),
    path("chuyen-de/them/", campaign_views.theme_create, name="theme_create"),
    path("<id:campaign>/", tracking_views.tracking_page, name="tracking"),
    path("<id:campaign>/danh-sach/", tracking_views.names, name="names"),
    path("<id:campaign>/chua-nop/", tracking_views.overdue, name="overdue"),
    path("<id:campaign>/cho-duyet/", tracking_views.review_queue, name="review_queue"),
    path("<id:campaign>/cua-toi/", views.mine, name="mine"),
    path("<id:campaign>/ca-nhan/<id:member>/", views.edit, name="edit_member"),
    path("<id:campaign>/tap-the/<id:unit>/", views.edit, name="edit_unit"),
    path("ban/<id:pk>/", views.detail, name="pledge"),
    path("ban/<id:pk>/tu-danh-gia/", views.self_assess, name="self_assess"),
    path("ban/<id:pk>/xac-nhan/", views.confirm, name="confirm"),
    path("ban/<id:pk>/<slug:action>/", views.action, name="action"),
]
