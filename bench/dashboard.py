"""Benchmark: the province's dashboard (and its six-month report) in the large demo.

    uv run python bench/dashboard.py [--size large] [--data-dir DIR] [--repeat N] [--year YYYY]

Builds the demo province of the given size once into DIR (default var/bench-<size>/, shared with
bench/tracking.py and reused by later runs), then measures in one process, each repeated (median):

  (a) a plain ``SELECT COUNT(*)`` over the pledges table, the largest the dashboard reads (baseline);
  (a') plain ``COUNT(*)`` over every table the dashboard aggregates, one after another;
  (b) ``reports.dashboard.dashboard_context`` for the province: every figure of `tuyengiao stats`
      for the province and each child unit (units, members, pledges, flags, activity registers,
      initiatives, report submissions) plus the past years' trend and the charts;
  (c) the whole dashboard page rendered for the province officer ``tinh`` (Django test client);
  (d) the province's six-month report as .docx (figures, names of everyone missing, Word file).

and prints the times and the ratios to (a).
"""

import argparse
from pathlib import Path

from tracking import median_time, open_demo  # bench/ is the script's directory, first on sys.path

TABLES = ["pledges_pledge", "pledges_deed", "people_member", "people_membertransfer", "org_unit", "flags_flag",
          "reports_reportsubmission", "initiatives_initiative", "activities_conference", "activities_award"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", choices=["small", "default", "large"])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--year", type=int, help="the dashboard's year (default: the latest campaign's)")
    args = parser.parse_args()
    open_demo(args.size, args.data_dir)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings
    from django.urls import reverse

    from tuyengiao.core.formats import vn_number
    from tuyengiao.org.models import Unit
    from tuyengiao.pledges.models import Campaign, Pledge
    from tuyengiao.reports import exports
    from tuyengiao.reports.dashboard import dashboard_context
    from tuyengiao.reports.periods import Period

    province = Unit.objects.get(parent__isnull=True)
    year = args.year or Campaign.objects.filter(unit=province).order_by("-year").first().year
    existing = set(connection.introspection.table_names())
    tables = [table for table in TABLES if table in existing]
    print(f"Tỉnh: {province.name}; năm {year}; {vn_number(Pledge.objects.count())} bản đăng ký; "
          f"{vn_number(Unit.objects.count())} đơn vị; bảng đếm ở (a'): {', '.join(tables)}")

    def count(names):
        def run():
            with connection.cursor() as cursor:
                for table in names:
                    cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 (names from the list above)
                    cursor.fetchone()
        return run

    client = Client()
    client.force_login(get_user_model().objects.get(username="tinh"),
                       backend="django.contrib.auth.backends.ModelBackend")
    url = reverse("reports:dashboard", args=[province.pk]) + f"?year={year}"

    def render_page():
        response = client.get(url)
        assert response.status_code == 200, response.status_code

    with override_settings(SECURE_SSL_REDIRECT=False, ALLOWED_HOSTS=["testserver"]):
        render_page()  # warm caches once, as a user's second visit would
        baseline = median_time(count(["pledges_pledge"]), args.repeat * 4)
        all_tables = median_time(count(tables), args.repeat * 4)
        figures = median_time(lambda: dashboard_context(province, year), args.repeat)
        page = median_time(render_page, args.repeat)
        report = median_time(lambda: exports.docx_bytes(province, Period(year, 1)), args.repeat)
    print(f"(a)  COUNT(*) trên bảng bản đăng ký:        {baseline * 1000:9.2f} ms")
    print(f"(a') COUNT(*) trên {len(tables):2d} bảng:                  {all_tables * 1000:9.2f} ms   "
          f"= {all_tables / baseline:7.1f} × (a)")
    print(f"(b)  số liệu và biểu đồ tổng quan toàn tỉnh: {figures * 1000:9.2f} ms   = {figures / baseline:7.1f} × (a)"
          f"   = {figures / all_tables:5.1f} × (a')")
    print(f"(c)  trang tổng quan toàn tỉnh (HTML):      {page * 1000:9.2f} ms   = {page / baseline:7.1f} × (a)")
    print(f"(d)  báo cáo sơ kết 6 tháng (.docx):        {report * 1000:9.2f} ms   = {report / baseline:7.1f} × (a)")


if __name__ == "__main__":
    main()
