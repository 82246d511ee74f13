"""`tuyengiao stats`: the figures of a unit's subtree (docs/stats.md lists every key)."""

import datetime
import json as jsonlib

from django.core.management.base import BaseCommand, CommandError

from tuyengiao.core.figure_labels import flatten, labeller
from tuyengiao.core.figures import collect
from tuyengiao.core.formats import vn_date, vn_number
from tuyengiao.org.models import Unit, UnitKind
from tuyengiao.org.services import normalize_code

TIER_LABELS = {"province": "cấp tỉnh", "upper": "cấp trên cơ sở", "grassroots": "cơ sở", "cell": "chi bộ trực thuộc"}
CATEGORY_LABELS = {"party": "đảng viên", "civil": "công chức, viên chức", "youth": "đoàn viên",
                   "association": "hội viên"}
GENDER_LABELS = {"male": "nam", "female": "nữ"}


def _n(value, key: str = "") -> str:
    if isinstance(value, bool) or value is None:
        return {True: "có", False: "không", None: "—"}[value]
    if key.endswith("year") and isinstance(value, int):
        return str(value)
    if key.endswith("_rate") and isinstance(value, (int, float)):
        return vn_number(100 * value, 1).removesuffix(",0") + "%"
    if isinstance(value, float):
        return vn_number(value, 2)
    if isinstance(value, int):
        return vn_number(value)
    return str(value)


def _section(name: str, values: dict) -> list[str]:
    """A later provider's section as text: labelled from its registration, else common words."""
    label = labeller(name)
    title = label.title
    scalars = [(key, value) for key, value in values.items() if not isinstance(value, dict)]
    heading = title + (" (" + "; ".join(f"{label(k)} {_n(v, k)}" for k, v in scalars) + ")" if scalars else "")
    lines = [heading + ":"]
    for key, value in values.items():
        if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            # A breakdown (per kind, per level): one line per part, named.
            for part, figures in value.items():
                items = flatten(figures, f"{key}.{part}.")
                lines.append(f"  {label(key)}, {label(f'{key}.{part}')}: "
                             + "; ".join(f"{label(path)} {_n(v, path)}" for path, v in items))
        elif isinstance(value, dict):
            items = flatten(value, f"{key}.")
            lines.append(f"  {label(key)}: " + "; ".join(f"{label(path)} {_n(v, path)}" for path, v in items))
    return lines


def summary(figures: dict) -> list[str]:
    """The figures as Vietnamese text; sections of later providers follow, labelled by their provider."""
    unit, units, members = figures["unit"], figures.get("units", {}), figures.get("members", {})
    title = f"của {unit['name']} ({unit['code']})" if unit["code"] else "toàn bộ hệ thống"
    when = "ngày " + vn_date(datetime.date.fromisoformat(figures["as_at"]))
    lines = [f"Số liệu {title}, tính đến {when}"]
    if units:
        lines.append(f"Tổ chức đảng đang hoạt động: {_n(units['active'])} (đã ngừng hoạt động hoặc hợp nhất: "
                     f"{_n(units['closed'])})")
        lines.append("  theo cấp: " + "; ".join(
            f"{label} {_n(units['by_tier'][key])}" for key, label in TIER_LABELS.items()))
        lines.append("  theo loại hình: " + "; ".join(
            f"{UnitKind(kind).label} {_n(count)}" for kind, count in units["by_kind"].items() if count))
    if members:
        lines.append(f"Đang sinh hoạt: {_n(members['total'])} người, trong đó "
                     f"{_n(members['heads'])} người đứng đầu")
        lines.append("  theo đối tượng: " + "; ".join(
            f"{CATEGORY_LABELS.get(key, key)} {_n(count)}" for key, count in members["by_category"].items()))
        lines.append("  theo giới tính: " + "; ".join(
            f"{GENDER_LABELS.get(key, key)} {_n(count)}" for key, count in members["by_gender"].items()))
    for section, values in figures.items():
        if section in {"unit", "year", "as_at", "units", "members", "children"} or not isinstance(values, dict):
            continue
        lines.extend(_section(section, values))
    return lines


def children_table(children: dict) -> list[str]:
    headers = ["Mã", "Đơn vị trực thuộc", "Tổ chức đảng", "Cơ sở", "Chi bộ", "Đang sinh hoạt", "Đảng viên"]
    rows = []
    for code, child in children.items():
        units, members = child.get("units", {}), child.get("members", {})
        tiers = units.get("by_tier", {})
        rows.append([code, child["unit"]["name"], _n(units.get("active", 0)), _n(tiers.get("grassroots", 0)),
                     _n(tiers.get("cell", 0)), _n(members.get("total", 0)),
                     _n(members.get("by_category", {}).get("party", 0))])
    widths = [max(len(headers[i]), *(len(row[i]) for row in rows)) if rows else len(headers[i])
              for i in range(len(headers))]

    def line(cells):
        return "  ".join(cell.ljust(widths[i]) if i < 2 else cell.rjust(widths[i]) for i, cell in enumerate(cells))

    return [line(headers), line(["-" * w for w in widths]), *(line(row) for row in rows)]


class Command(BaseCommand):
    help = "Số liệu tổng hợp của một đơn vị và toàn bộ đơn vị trực thuộc (mặc định: toàn hệ thống)."

    def add_arguments(self, parser):
        parser.add_argument("--unit", metavar="MÃ", help="mã đơn vị, ví dụ HN.KB (mặc định: toàn hệ thống)")
        parser.add_argument("--year", type=int, metavar="NĂM", help="số liệu tính đến 31/12 của năm này")
        parser.add_argument("--json", action="store_true", help="in ra JSON (các khóa xem docs/stats.md)")
        parser.add_argument("--by-child", action="store_true", help="thêm số liệu của từng đơn vị trực thuộc")

    def handle(self, *args, unit, year, json: bool, by_child: bool, **options):
        target = None
        if unit:
            code = normalize_code(unit)
            target = Unit.objects.filter(code=code).first()
            if target is None:
                raise CommandError(f"Không tìm thấy đơn vị có mã “{code}”.")
        if year is not None and not 1900 <= year <= 2100:
            raise CommandError(f"Năm {year} không hợp lệ.")
        figures = collect(target, year, by_child=by_child)
        if json:
            self.stdout.write(jsonlib.dumps(figures, ensure_ascii=False, indent=2))
            return
        for text in summary(figures):
            self.stdout.write(text)
        if by_child:
            self.stdout.write("")
            if figures["children"]:
                for text in children_table(figures["children"]):
                    self.stdout.write(text)
            else:
                self.stdout.write("Không có đơn vị trực thuộc.")

