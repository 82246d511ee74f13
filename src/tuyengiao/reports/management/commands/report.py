"""`tuyengiao report`: the six-month or annual report of a unit, as .docx (or .xlsx)."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tuyengiao.core.imports import parse_date
from tuyengiao.org.models import Unit
from tuyengiao.org.services import normalize_code
from tuyengiao.reports import exports
from tuyengiao.reports.content import Options
from tuyengiao.reports.periods import Period
from tuyengiao.reports.render import TemplateError, template_path


class Command(BaseCommand):
    help = "Lập báo cáo sơ kết 6 tháng (2023H1) hoặc tổng kết năm (2023) của một đơn vị, ra tệp .docx hoặc .xlsx."

    def add_arguments(self, parser):
        parser.add_argument("--unit", metavar="MÃ", help="mã đơn vị (mặc định: đơn vị gốc của cây)")
        parser.add_argument("--period", required=True, metavar="KỲ", help="2023H1, 2023H2 hoặc 2023")
        parser.add_argument("--out", required=True, metavar="TỆP", help="tệp ra: .docx (báo cáo) hoặc .xlsx (số liệu)")
        parser.add_argument("--number", default="", help="số văn bản, ví dụ 15 (mặc định: để trống)")
        parser.add_argument("--date", default="", metavar="NGÀY", help="ngày ký, ví dụ 20/6/2023 (mặc định: để trống)")
        parser.add_argument("--place", default="", help="địa danh (mặc định: tên tỉnh)")
        parser.add_argument("--signer-title", default="BÍ THƯ", help="chức vụ người ký")
        parser.add_argument("--signer-name", default="", help="họ và tên người ký")

    def handle(self, *args, unit, period, out, **options):
        try:
            parsed = Period.parse(period)
        except ValidationError as error:
            raise CommandError(error.messages[0]) from None
        target = self._unit(unit)
        path = Path(out)
        if path.suffix.lower() not in (".docx", ".xlsx"):
            raise CommandError("Tệp ra phải có đuôi .docx hoặc .xlsx.")
        try:
            date = parse_date(options["date"]) if options["date"] else None
        except ValueError as error:
            raise CommandError(str(error)) from None
        choices = Options(number=options["number"], place=options["place"], date=date,
                          signer_title=options["signer_title"], signer_name=options["signer_name"])
        try:
            write = exports.docx_bytes if path.suffix.lower() == ".docx" else exports.xlsx_bytes
            data = write(target, parsed, choices)
        except TemplateError as error:
            raise CommandError(str(error)) from None
        try:
            path.write_bytes(data)
        except OSError as error:
            raise CommandError(f"Không ghi được tệp {path}: {error.strerror}.") from None
        source = f" theo mẫu {template_path()}" if path.suffix.lower() == ".docx" else ""
        self.stdout.write(f"Đã ghi báo cáo {parsed.review} của {target.name} vào {path}{source}.")

    def _unit(self, code: str | None) -> Unit:
        if code:
            unit = Unit.objects.filter(code=normalize_code(code)).first()
            if unit is None:
                raise CommandError(f"Không tìm thấy đơn vị có mã “{normalize_code(code)}”.")
            return unit
        roots = list(Unit.objects.filter(parent__isnull=True)[:2])
        if len(roots) != 1:
            raise CommandError("Hãy chọn đơn vị bằng --unit MÃ (cây có nhiều hơn một đơn vị gốc)." if roots
                               else "Chưa có đơn vị nào.")
        return roots[0]
