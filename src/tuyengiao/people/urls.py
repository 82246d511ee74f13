from django.urls import path

from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)
from tuyengiao.people import views

app_name = "people"
urlpatterns = [
    path("", views.member_list, name="list"),
    path("them/", views.create, name="create"),
    path("<id:pk>/", views.detail, name="detail"),
    path("<id:pk>/sua/", views.edit, name="edit"),
    path("<id:pk>/chuyen-sinh-hoat/", views.transfer, name="transfer"),
    path("<id:pk>/thoi-sinh-hoat/", views.end, name="end"),
]
