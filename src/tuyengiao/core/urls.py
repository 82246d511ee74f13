# No namespace: settings name "home" (LOGIN_REDIRECT_URL) and "login" (LOGIN_URL) as they are.
from django.urls import path

from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)
from tuyengiao.core import views

urlpatterns = [
    path("", views.home, name="home"),
]
