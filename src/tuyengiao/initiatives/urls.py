from django.urls import path

from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)
from tuyengiao.initiatives import review_views, views

app_name = "initiatives"
urlpatterns = [
    path("", views.registry, name="list"),
    path("nhan-rong/", views.gallery, name="gallery"),
    path("dang-ky/", views.create, name="create"),
    path("<id:pk>/", views.detail, name="detail"),
    path("<id:pk>/sua/", views.edit, name="edit"),
    path("<id:pk>/trang-thai/", views.status, name="status"),
    path("<id:pk>/duy-tri/", views.year, name="year"),
    path("<id:pk>/ap-dung/", views.adopt, name="adopt"),
    path("<id:pk>/danh-gia/", review_views.evaluate, name="evaluate"),
    path("<id:pk>/chon-nhan-rong/", review_views.select, name="select"),
    path("<id:pk>/ho-so/them/", review_views.upload, name="upload"),
    path("<id:pk>/ho-so/<id:item>/", review_views.download, name="download"),
    path("<id:pk>/ho-so/<id:item>/xoa/", review_views.delete_item, name="delete_item"),
    path("<id:pk>/canh-bao/<id:flag>/bo-qua/", review_views.dismiss, name="dismiss"),
]
