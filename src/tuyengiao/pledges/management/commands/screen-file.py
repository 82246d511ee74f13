"""``tuyengiao screen-file PLEDGES.jsonl --theme THEME.txt --year YYYY --out FLAGS.jsonl``.

A thin wrapper: the whole logic is ``tuyengiao.screening.files.screen_file`` (no database).
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tuyengiao.core.formats import vn_number
from tuyengiao.screening.files import ScreeningInputError, screen_file
from tuyengiao.screening.lexicon import read_lines
from tuyengiao.screening.records import DEFAULT_SETTINGS, Settings

LABELS = {
    "too_long": "quá dài", "vague": "chung chung", "off_theme": "không gắn chuyên đề",
    "off_duty": "không sát chức trách", "copied_past": "sao chép năm trước",
    "copied_peer": "trùng với người khác", "overlap": "chồng chéo với tập thể",
}
STAGES = {"read": "Đã đọc", "near-duplicates": "Đang tìm bản gần trùng trong", "copies": "Đang so sánh",
          "done": "Xong"}


class Command(BaseCommand):
    help = "Sàng lọc bản đăng ký làm theo Bác từ tệp JSONL: quá dài, chung chung, lạc chuyên đề, sao chép."

    def add_arguments(self, parser):
        parser.add_argument("pledges", help="tệp JSONL, mỗi dòng một bản đăng ký")
        parser.add_argument("--theme", required=True, help="tệp văn bản chuyên đề năm (tên, nội dung trọng tâm)")
        parser.add_argument("--year", type=int, required=True, help="năm được sàng lọc; các năm trước là lịch sử")
        parser.add_argument("--out", required=True, help="tệp JSONL kết quả, mỗi bản đăng ký một dòng")
        parser.add_argument("--length-guide", type=int, default=400, help="độ dài khuyến nghị mỗi việc (ký tự)")
        parser.add_argument("--max-deeds", type=int, default=2, help="số việc tối đa theo hướng dẫn")
        parser.add_argument("--stock-phrases", help="tệp cụm từ sáo rỗng thay cho danh sách mặc định")
        parser.add_argument("--clusters", help="tệp JSONL ghi các nhóm bản đăng ký gần trùng nhau")

    def handle(self, *args, pledges, theme, year, out, length_guide, max_deeds, stock_phrases, clusters, **options):
        for path, what in ((pledges, "tệp bản đăng ký"), (theme, "tệp chuyên đề")):
            if not Path(path).is_file():
                raise CommandError(f"Không tìm thấy {what} “{path}”.")
        settings = DEFAULT_SETTINGS
        if stock_phrases:
            if not Path(stock_phrases).is_file():
                raise CommandError(f"Không tìm thấy tệp cụm từ “{stock_phrases}”.")
            settings = Settings(stock_phrases=tuple(read_lines(Path(stock_phrases))))
        verbose = options.get("verbosity", 1) >= 1

        def progress(stage, done):
            if verbose and stage in STAGES and sys.stderr.isatty():
                self.stderr.write(f"\r{STAGES[stage]} {vn_number(done)} bản đăng ký…", ending="")

        try:
            summary = screen_file(pledges, Path(theme).read_text(encoding="utf-8"), year, out, progress=progress,
                                  settings=settings, length_guide=length_guide, max_deeds=max_deeds,
                                  clusters_path=clusters)
        except ScreeningInputError as error:
            raise CommandError(str(error)) from None
        if verbose and sys.stderr.isatty():
            self.stderr.write("")
        self.stdout.write(
            f"Năm {year}: đã sàng lọc {vn_number(summary['screened'])} bản đăng ký (so với tổng số "
            f"{vn_number(summary['pledges'])}), {vn_number(summary['flagged'])} bản có cảnh báo; "
            f"{vn_number(summary['clusters'])} nhóm bản đăng ký gần trùng nhau. Kết quả: {out}")
        for code, label in LABELS.items():
            if summary["flags"].get(code):
                self.stdout.write(f"  {label}: {vn_number(summary['flags'][code])}")
