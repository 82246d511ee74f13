"""`tuyengiao screen-initiatives`: re-screen every exemplary model (copies, overlap, no dossier).

Run daily (cron): a model registered without a dossier becomes "chỉ có tên" the day its grace period
(``INITIATIVE_NAME_ONLY_DAYS``) ends, with no save to trigger it. ``--name-only`` does just that part.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from tuyengiao.audit.services import record
from tuyengiao.core.actor import Actor
from tuyengiao.core.formats import vn_number
from tuyengiao.initiatives import checks
from tuyengiao.initiatives.models import FLAG_LABELS


class Command(BaseCommand):
    help = "Sàng lọc lại toàn bộ mô hình: sao chép, trùng bản đăng ký tập thể, chỉ có tên không có hồ sơ."

    def add_arguments(self, parser):
        parser.add_argument("--name-only", action="store_true",
                            help="chỉ cập nhật cảnh báo “chỉ có tên, không có hồ sơ” (nhanh, chạy hằng ngày)")

    def handle(self, *args, **options):
        actor = Actor.system("command", "screen-initiatives")
        with transaction.atomic():
            if options["name_only"]:
                summary = {"flags": {"name_only": checks.refresh_name_only()}}
            else:
                summary = checks.screen_all(progress=lambda year: self.stdout.write(f"  đã sàng lọc năm {year}"))
            record(actor, "screen", None, object_type="initiatives", object_repr="Sàng lọc mô hình", after=summary)
        parts = [f"{FLAG_LABELS[code].lower()}: {vn_number(n)}" for code, n in sorted(summary["flags"].items())]
        total = f"{vn_number(summary['initiatives'])} mô hình; " if "initiatives" in summary else ""
        self.stdout.write(f"Đã sàng lọc {total}cảnh báo đang mở – " + ("; ".join(parts) or "không có"))
