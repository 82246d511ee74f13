from django.urls import path

from tuyengiao.core import converters  # noqa: F401  (registers <id:…>)
from tuyengiao.reports import call_views, dashboard, views

app_name = "reports"
urlpatterns = [
    path("", views.index, name="index"),
    path("don-vi/<id:pk>/", views.unit_report, name="unit"),
    path("don-vi/<id:pk>/tong-quan/", dashboard.dashboard, name="dashboard"),
    path("dot/mo/", call_views.call_create, name="call_create"),
    path("dot/<id:pk>/", call_views.call_page, name="call"),
    path("dot/<id:pk>/nop/<id:unit>/", call_views.submission_create, name="submit"),
    path("da-nhan/<id:pk>/huy/", call_views.withdraw, name="withdraw"),
]
