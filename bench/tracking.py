"""Benchmark: the registration tracking page of the province in the large demo.

    uv run python bench/tracking.py [--size large] [--data-dir DIR] [--repeat N]

Builds the demo province of the given size once into DIR (default var/bench-<size>/, reused by
later runs), then measures in one process, each repeated (median):

  (a) a plain ``SELECT COUNT(*)`` over the pledges table (the baseline);
  (b) ``pledges.tracking.compute`` for the province and the current campaign: every figure of
      the page (expected/submitted/late/missing... per child unit, individuals at their unit on
      the deadline, merged units in their successor);
  (c) the whole tracking page rendered for the province officer ``tinh`` (Django test client).

and prints the times and the ratios b/a and c/a.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_time(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def open_demo(size: str, data_dir: Path | None) -> None:
    """Build the demo province of ``size`` into ``data_dir`` once (SQLite), then set Django up on it."""
    data_dir = (data_dir or ROOT / "var" / f"bench-{size}").resolve()
    env = {**os.environ, "TUYENGIAO_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    if not (data_dir / "tuyengiao.sqlite3").exists():
        print(f"Đang tạo tỉnh mẫu cỡ {size} trong {data_dir} (chỉ lần đầu)...", flush=True)
        subprocess.run([sys.executable, "-m", "tuyengiao", "demo", "--size", size, "--no-serve"],
                       env=env, check=True)
    os.environ.update(TUYENGIAO_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="tuyengiao.settings")
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", choices=["small", "default", "large"])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    open_demo(args.size, args.data_dir)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings
    from django.urls import reverse

    from tuyengiao.org.models import Unit
    from tuyengiao.pledges import tracking
    from tuyengiao.pledges.models import Campaign, Deed, Pledge

    province = Unit.objects.get(parent__isnull=True)
    campaign = Campaign.objects.filter(unit=province).order_by("-year").first()
    rows = Pledge.objects.count()
    from tuyengiao.core.formats import vn_number

    print(f"Tỉnh: {province.name}; đợt {campaign.year}; {vn_number(rows)} bản đăng ký, "
          f"{vn_number(Deed.objects.count())} việc; {vn_number(Unit.objects.count())} đơn vị")

    def count_all():
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM pledges_pledge")
            cursor.fetchone()

    client = Client()
    client.force_login(get_user_model().objects.get(username="tinh"),
                       backend="django.contrib.auth.backends.ModelBackend")
    url = reverse("pledges:tracking", args=[campaign.pk])

    def render_page():
        response = client.get(url)
        assert response.status_code == 200, response.status_code

    with override_settings(SECURE_SSL_REDIRECT=False, ALLOWED_HOSTS=["testserver"]):
        render_page()  # warm caches once, as a user's second visit would
        tracking.compute(campaign, province)
        baseline = median_time(count_all, args.repeat * 4)
        figures = median_time(lambda: tracking.compute(campaign, province), args.repeat)
        page = median_time(render_page, args.repeat)
    print(f"(a) COUNT(*) trên bảng bản đăng ký:     {baseline * 1000:9.2f} ms")
    print(f"(b) số liệu theo dõi toàn tỉnh:          {figures * 1000:9.2f} ms   = {figures / baseline:7.1f} × (a)")
    print(f"(c) trang theo dõi toàn tỉnh (HTML):     {page * 1000:9.2f} ms   = {page / baseline:7.1f} × (a)")


if __name__ == "__main__":
    main()
