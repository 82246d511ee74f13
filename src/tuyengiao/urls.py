from django.urls import include, path

urlpatterns = [
    path("", include("tuyengiao.core.urls")),
    path("", include("tuyengiao.accounts.urls")),
    path("don-vi/", include("tuyengiao.org.urls")),
    path("dang-vien/", include("tuyengiao.people.urls")),
    path("nhat-ky/", include("tuyengiao.audit.urls")),
    path("nhap-du-lieu/", include("tuyengiao.core.import_urls")),
    path("dang-ky/", include("tuyengiao.pledges.urls")),
    path("dang-ky/", include("tuyengiao.flags.urls")),
    path("mo-hinh/", include("tuyengiao.initiatives.urls")),
    path("hoat-dong/", include("tuyengiao.activities.urls")),
    path("bao-cao/", include("tuyengiao.reports.urls")),
]
