# No namespace: settings.LOGIN_URL is "login".
from django.urls import path

from tuyengiao.accounts import views

urlpatterns = [
    path("dang-nhap/", views.login, name="login"),
    path("dang-xuat/", views.logout, name="logout"),
    path("doi-mat-khau/", views.password_change, name="password_change"),
]
