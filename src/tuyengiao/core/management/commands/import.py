from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tuyengiao.core.actor import Actor
from tuyengiao.core.import_registry import importer_for, importers
from tuyengiao.core.imports import run_import


class Command(BaseCommand):
    help = "Nhập dữ liệu từ tệp .xlsx hoặc .csv: ghi toàn bộ hoặc không ghi gì, báo lỗi từng dòng."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(importers()), help="loại dữ liệu")
        parser.add_argument("file", help="tệp .xlsx hoặc .csv")
        parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
        parser.add_argument("--user", help="nhập với quyền của tài khoản này (mặc định: quyền hệ thống)")
        parser.add_argument("--template", action="store_true", help="ghi tệp mẫu ra FILE thay vì nhập")
        parser.add_argument("--param", action="append", default=[], metavar="KHÓA=GIÁ_TRỊ",
                            help="tham số của loại dữ liệu, ví dụ --param campaign=3 --param unit=HN.KB.DH.01")

    def handle(self, *args, kind, file, dry_run, user, template, param, **options):
        importer_class = importer_for(kind)
        params = dict(item.split("=", 1) for item in param if "=" in item)
        if template:
            importer_class(Actor.system(), params).template().save(file)
            self.stdout.write(f"Đã ghi tệp mẫu: {file}")
            return
        path = Path(file)
        if not path.exists():
            raise CommandError(f"Không tìm thấy tệp {file}.")
        actor = Actor.system("import", f"lệnh import {path.name}")
        if user:
            account = get_user_model().objects.filter(username=user).first()
            if account is None:
                raise CommandError(f"Không có tài khoản “{user}”.")
            actor = Actor(user=account, source="import", label=user)
        importer = importer_class(actor, params)
        problem = importer.check_params()
        if problem:
            raise CommandError(problem)
        result = run_import(importer, path.name, path.read_bytes(), dry_run=dry_run)
        if result.file_error:
            raise CommandError(result.file_error)
        for error in result.errors:
            self.stderr.write(str(error))
        if result.errors:
            raise CommandError(f"Có {len(result.errors)} dòng lỗi trên {result.total_rows} dòng; chưa ghi dòng nào.")
        if dry_run:
            self.stdout.write(f"Kiểm tra xong: {len(result.created)} dòng hợp lệ, chưa ghi (chạy thử).")
        else:
            self.stdout.write(f"Đã ghi {len(result.created)} dòng.")
