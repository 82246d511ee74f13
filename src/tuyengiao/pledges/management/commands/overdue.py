import json

from django.core.management.base import BaseCommand, CommandError

from tuyengiao.core.formats import vn_date, vn_number
from tuyengiao.org.models import Unit
from tuyengiao.pledges import tracking


class Command(BaseCommand):
    help = "Liệt kê tập thể, cá nhân chưa nộp bản đăng ký làm theo Bác, theo từng đơn vị."

    def add_arguments(self, parser):
        parser.add_argument("--unit", help="mã đơn vị (mặc định: toàn bộ cây)")
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--json", action="store_true", help="in JSON")

    def handle(self, *args, unit, year, **options):
        if unit:
            roots = list(Unit.objects.filter(code=unit.strip().upper()))
            if not roots:
                raise CommandError(f"Không có đơn vị mã “{unit}”.")
        else:
            roots = list(Unit.objects.filter(parent__isnull=True))
        output = []
        for root in roots:
            campaign = tracking.current_campaign(root, year)
            if campaign is None:
                raise CommandError(f"{root.name} không có đợt đăng ký năm {year}.")
            for owing_unit, entry in tracking.overdue(campaign, root).items():
                output.append({
                    "unit": owing_unit.code, "name": owing_unit.name, "collective_missing": entry["unit"],
                    "individuals": [{"id": m.pk, "name": m.full_name} for m in entry["members"]],
                    "deadline": campaign.registration_deadline.isoformat(),
                })
        if options["json"]:
            self.stdout.write(json.dumps(output, ensure_ascii=False, indent=2))
            return
        if not output:
            self.stdout.write(f"Năm {year}: tất cả tập thể và cá nhân đã nộp bản đăng ký.")
            return
        units = sum(1 for row in output if row["collective_missing"])
        people = sum(len(row["individuals"]) for row in output)
        deadline = vn_date(tracking.current_campaign(roots[0], year).registration_deadline)
        self.stdout.write(f"Năm {year}, hạn nộp {deadline}: còn {vn_number(units)} tập thể và "
                          f"{vn_number(people)} cá nhân chưa nộp.\n")
        for row in output:
            parts = []
            if row["collective_missing"]:
                parts.append("chưa nộp bản đăng ký tập thể")
            if row["individuals"]:
                names = ", ".join(person["name"] for person in row["individuals"])
                parts.append(f"{vn_number(len(row['individuals']))} cá nhân chưa nộp: {names}")
            self.stdout.write(f"{row['name']} ({row['unit']}): " + "; ".join(parts))

