from django.urls import path

from tuyengiao.core import import_views

app_name = "imports"
urlpatterns = [
    path("<slug:kind>/", import_views.upload, name="upload"),
    path("<slug:kind>/xac-nhan/", import_views.confirm, name="confirm"),
    path("<slug:kind>/mau.xlsx", import_views.template_download, name="template"),
]
