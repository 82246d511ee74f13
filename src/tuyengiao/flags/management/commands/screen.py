"""``tuyengiao screen --campaign ID|YEAR [--unit CODE]``: re-screen a whole campaign, with a progress bar."""

import sys

from django.core.management.base import BaseCommand, CommandError

from tuyengiao.core.actor import Actor
from tuyengiao.core.formats import vn_number
from tuyengiao.flags.models import CODE_LABELS
from tuyengiao.flags.services import screen_campaign
from tuyengiao.org.models import Unit
from tuyengiao.pledges import tracking
from tuyengiao.pledges.models import Campaign

STAGES = {"read": "Đọc bản đăng ký", "compared": "Đã so sánh, đang ghi kết quả", "done": "Xong"}


class Command(BaseCommand):
    help = "Sàng lọc lại toàn bộ bản đăng ký của một đợt: chung chung, lạc chuyên đề, sao chép, chồng chéo."

    def add_arguments(self, parser):
        parser.add_argument("--campaign", required=True,
                            help="mã số đợt đăng ký, hoặc năm (đợt của năm đó phủ đơn vị --unit hay gốc cây)")
        parser.add_argument("--unit", help="mã đơn vị (khi --campaign là năm)")
        parser.add_argument("--history-years", type=int, default=None,
                            help="chỉ so với bản đăng ký của N năm trước (mặc định: mọi năm trước)")

    def campaign(self, value: str, unit_code: str | None) -> Campaign:
        if not value.isdigit():
            raise CommandError(f"“{value}” không phải mã số hay năm của đợt đăng ký.")
        number = int(value)
        if 1900 <= number <= 2200:
            if unit_code:
                unit = Unit.objects.filter(code=unit_code).first()
                if unit is None:
                    raise CommandError(f"Không có đơn vị mã “{unit_code}”.")
            else:
                unit = Unit.objects.filter(parent__isnull=True).order_by("id").first()
            campaign = tracking.current_campaign(unit, number) if unit else None
        else:
            campaign = Campaign.objects.filter(pk=number).first()
        if campaign is None:
            raise CommandError(f"Không tìm thấy đợt đăng ký “{value}”.")
        return campaign

    def handle(self, *args, campaign, unit, history_years, **options):
        campaign = self.campaign(campaign, unit)
        verbose = options.get("verbosity", 1) >= 1
        tty = sys.stderr.isatty()

        def progress(stage, done, total):
            if not verbose:
                return
            width = 30
            filled = int(width * done / total) if total else width
            line = (f"[{'#' * filled}{'.' * (width - filled)}] {STAGES.get(stage, stage)} "
                    f"{vn_number(done)}/{vn_number(total)}")
            if tty:
                self.stderr.write("\r" + line, ending="")
            elif stage != "read" or done == total:
                self.stderr.write(line)

        if history_years is not None and history_years < 0:
            raise CommandError("--history-years phải là số không âm.")
        summary = screen_campaign(Actor.system("command", "tuyengiao screen"), campaign, progress=progress,
                                  history_years=history_years)
        if verbose and tty:
            self.stderr.write("")
        self.stdout.write(
            f"{campaign}: đã sàng lọc {vn_number(summary['screened'])} bản đăng ký (so với "
            f"{vn_number(summary['history'])} bản các năm trước); {vn_number(summary['flagged'])} bản có cảnh báo, "
            f"{vn_number(summary['clusters'])} nhóm bản gần trùng nhau.")
        for code, label in CODE_LABELS.items():
            if summary["flags"].get(code):
                self.stdout.write(f"  {label}: {vn_number(summary['flags'][code])}")
