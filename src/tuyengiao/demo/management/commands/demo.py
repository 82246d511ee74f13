"""`tuyengiao demo`: prepare a database with the demo province and serve the site on 127.0.0.1."""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from tuyengiao.core.formats import vn_number
from tuyengiao.demo.generator import DEFAULT_SEED, account_rows, generate
from tuyengiao.demo.registry import SIZES

HOST = "127.0.0.1"  # the demo is never reachable from other machines


def seconds(value: float) -> str:
    return f"{vn_number(value, 1)} giây"


def database_label() -> str:
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"SQLite, tệp {db['NAME']}"
    host = db.get("HOST") or "localhost"
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"PostgreSQL, máy chủ {host}{port}, cơ sở dữ liệu “{db['NAME']}”"


class Command(BaseCommand):
    help = "Dùng thử: tạo cơ sở dữ liệu với một tỉnh mẫu (dữ liệu hư cấu), tài khoản mẫu, rồi mở trang web."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="cổng của trang web (mặc định 8000)")
        parser.add_argument("--no-serve", action="store_true", help="chỉ chuẩn bị dữ liệu rồi thoát")
        parser.add_argument("--size", choices=sorted(SIZES), default="default",
                            help="cỡ dữ liệu mẫu: small (vài trăm người), default (~30.000), large (~300.000)")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="hạt giống ngẫu nhiên (cùng hạt giống, "
                            "cùng dữ liệu)")

    def say(self, message: str = "") -> None:
        self.stdout.write(message)
        self.stdout.flush()

    def handle(self, *args, port: int, no_serve: bool, size: str, seed: int, **options):
        if not settings.DEMO_MODE:
            raise CommandError("Hãy chạy lệnh dùng thử bằng “tuyengiao demo” (chế độ dùng thử đặt TUYENGIAO_DEMO=1).")
        if not 0 < port < 65536:
            raise CommandError(f"Cổng {port} không hợp lệ.")
        started = time.perf_counter()
        self.say(f"Cơ sở dữ liệu: {database_label()}")

        self.say("Cập nhật cấu trúc cơ sở dữ liệu (migrate)...")
        step = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        self.say(f"  xong trong {seconds(time.perf_counter() - step)}")

        from tuyengiao.org.models import Unit

        if Unit.objects.exists():
            self.say("Cơ sở dữ liệu đã có dữ liệu (đã có đơn vị): không tạo thêm dữ liệu mẫu.")
        else:
            self.say(f"Tạo tỉnh mẫu (cỡ “{size}”, hạt giống {seed}); dữ liệu hư cấu, chỉ để dùng thử:")

            def progress(step, elapsed, messages):
                detail = f": {'; '.join(messages)}" if messages else ""
                self.say(f"  • {step.label} ({seconds(elapsed)}){detail}")

            step = time.perf_counter()
            generate(size, seed, progress=progress)
            self.say(f"  xong trong {seconds(time.perf_counter() - step)}")

        self.print_accounts()
        self.say(f"Chuẩn bị xong trong {seconds(time.perf_counter() - started)}.")
        if no_serve:
            return
        self.serve(port)

    def print_accounts(self) -> None:
        rows = account_rows()
        if not rows:
            self.say("Không có tài khoản mẫu trong cơ sở dữ liệu này.")
            return
        headers = {"username": "Tài khoản", "role": "Vai trò", "unit": "Đơn vị", "person": "Họ và tên"}
        widths = {key: max(len(label), *(len(row[key]) for row in rows)) for key, label in headers.items()}
        self.say("")
        self.say("Tài khoản dùng thử (mật khẩu của tất cả: demo)")
        self.say("  ".join(label.ljust(widths[key]) for key, label in headers.items()))
        self.say("  ".join("-" * widths[key] for key in headers))
        for row in rows:
            self.say("  ".join(row[key].ljust(widths[key]) for key in headers))
        self.say("")

    def serve(self, port: int) -> None:
        from waitress import serve

        from tuyengiao.wsgi import application

        self.say(f"Mở trình duyệt tại http://{HOST}:{port}/ (nhấn Ctrl+C để dừng).")
        try:
            serve(application, host=HOST, port=port, threads=8)
        except OSError as error:
            raise CommandError(f"Không mở được cổng {port} trên {HOST}: {error}. Hãy thử --port khác.") from error
        except KeyboardInterrupt:
            self.say("Đã dừng.")
