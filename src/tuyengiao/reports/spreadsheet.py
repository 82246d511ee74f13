"""The report's figures as .xlsx: the key figures, the table per child unit, who is missing.

Same ``context`` as the Word document, so both always say the same. The first sheet is built by
``core.xlsx``; the others are copied into the same workbook (``core.xlsx`` makes one sheet a book).
"""

from copy import copy

from openpyxl import Workbook

from tuyengiao.core import xlsx
from tuyengiao.core.xlsx import Column


def _key_figures(ctx: dict) -> list[tuple[str, object]]:
    rows = [("Đơn vị", ctx["unit"]["name"]), ("Kỳ báo cáo", ctx["period"]["review"]),
            ("Tổ chức cơ sở đảng", ctx["grassroots"]), ("Chi bộ trực thuộc", ctx["cells"]),
            ("Đảng viên", ctx["party_members"])]
    pledges = ctx["pledges"]
    if pledges:
        rows.append(("Hạn đăng ký làm theo Bác", pledges["deadline"]))
        for kind, noun in (("collective", "Tập thể"), ("individual", "Cá nhân")):
            counts = pledges[kind]
            rows += [(f"{noun} phải đăng ký", counts["expected"]), (f"{noun} đã gửi", counts["submitted"]),
                     (f"{noun} gửi đúng hạn", counts["on_time"]), (f"{noun} gửi muộn", counts["late"]),
                     (f"{noun} chưa nộp", counts["missing"])]
        rows += [("Việc đã đăng ký", pledges["deeds"]), ("Việc hoàn thành", pledges["completed_deeds"])]
    if ctx["flags"]:
        rows += [("Bản đăng ký có cảnh báo hình thức", ctx["flags"].get("flagged")),
                 ("Bản đăng ký không có cảnh báo", ctx["flags"].get("clean"))]
    for section in ctx["extra"]:
        rows += [(f"{section['title']}: {line['label']}", line["value"]) for line in section["lines"]]
    if ctx["submissions"]:
        s = ctx["submissions"]
        rows += [("Báo cáo phải gửi", s["expected"]), ("Báo cáo đã gửi", s["submitted"]),
                 ("Báo cáo đúng hạn", s["on_time"]), ("Báo cáo muộn", s["late"]), ("Báo cáo chưa gửi", s["missing"])]
    return rows


CHILD_COLUMNS = [
    Column("Đơn vị", lambda r: r["name"], 40),
    Column("Đảng viên", lambda r: r["party"], 12),
    *[Column(f"{noun} {label}", (lambda r, k=kind, f=field: r[k][f]), 14)
      for kind, noun in (("collective", "Tập thể"), ("individual", "Cá nhân"))
      for field, label in (("expected", "phải đăng ký"), ("submitted", "đã gửi"), ("on_time", "đúng hạn"),
                           ("late", "gửi muộn"), ("missing", "chưa nộp"))],
    Column("Việc đăng ký", lambda r: r["collective"]["deeds"] + r["individual"]["deeds"], 12),
    Column("Việc hoàn thành", lambda r: r["collective"]["completed_deeds"] + r["individual"]["completed_deeds"], 14),
]


def _copy_sheet(source, target) -> None:
    for row in source.iter_rows():
        for cell in row:
            new = target.cell(row=cell.row, column=cell.column, value=cell.value)
            if cell.has_style:
                new.font, new.fill, new.alignment = copy(cell.font), copy(cell.fill), copy(cell.alignment)
                new.number_format = cell.number_format
    for key, dimension in source.column_dimensions.items():
        target.column_dimensions[key].width = dimension.width
    target.freeze_panes = source.freeze_panes


def workbook(ctx: dict, missing_people: list[dict]) -> Workbook:
    title = f"Báo cáo {ctx['period']['review']} – {ctx['unit']['name']}"
    columns = [Column("Chỉ tiêu", lambda r: r[0], 48), Column("Số liệu", lambda r: r[1], 16)]
    book = xlsx.workbook("Số liệu chung", columns, _key_figures(ctx), subtitle=title)
    sheets = [
        ("Đơn vị trực thuộc", CHILD_COLUMNS, [*ctx["children"], ctx["total"]]),
        ("Tập thể chưa nộp", [Column("STT", lambda r: r[0], 6), Column("Tập thể", lambda r: r[1], 50)],
         list(enumerate(ctx["missing_units"], start=1))),
        ("Cá nhân chưa nộp", [Column("STT", lambda r: r[0], 6), Column("Họ và tên", lambda r: r[1].full_name, 30),
                              Column("Chức vụ", lambda r: r[1].position, 30),
                              Column("Đơn vị", lambda r: r[2], 40)],
         [(n, member, unit) for n, (member, unit) in enumerate(
             ((m, group["unit"].name) for group in missing_people for m in group["members"]), start=1)]),
    ]
    for name, columns, rows in sheets:
        _copy_sheet(xlsx.workbook(name, columns, rows, subtitle=title).active, book.create_sheet(name))
    return book
