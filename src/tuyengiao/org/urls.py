from django.urls import path

from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)
from tuyengiao.org import views

app_name = "org"
urlpatterns = [
    path("", views.tree, name="tree"),
    path("danh-sach/", views.unit_list, name="list"),
    path("tim/", views.search, name="search"),
    path("them/", views.create_root, name="create_root"),
    path("<id:pk>/", views.detail, name="detail"),
    path("<id:pk>/cay/", views.children, name="children"),
    path("<id:pk>/them-don-vi/", views.create, name="create"),
    path("<id:pk>/sua/", views.edit, name="edit"),
    path("<id:pk>/chuyen-cap-tren/", views.move, name="move"),
    path("<id:pk>/ngung-hoat-dong/", views.close, name="close"),
    path("<id:pk>/hop-nhat/", views.merge, name="merge"),
]
