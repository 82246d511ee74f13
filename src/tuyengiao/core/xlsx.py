"""Writing lists to .xlsx, the format commission officers live in."""

import datetime
import io
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from django.http import HttpResponse
from django.utils.text import slugify
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    width: int = 18


def _cell_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, (int, float, datetime.date, datetime.datetime)):
        if isinstance(value, datetime.datetime) and value.tzinfo is not None:
            return value.astimezone().replace(tzinfo=None)
        return value
    return str(value)


def workbook(title: str, columns: list[Column], rows: Iterable[Any], *, subtitle: str = "") -> Workbook:
    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = title[:31]
    header_row = 1
    if subtitle:
        sheet.cell(row=1, column=1, value=subtitle).font = Font(bold=True, size=12)
        header_row = 3
    fill = PatternFill("solid", fgColor="DDE6F0")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=header_row, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for offset, row in enumerate(rows, start=1):
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row=header_row + offset, column=index, value=_cell_value(column.value(row)))
            if isinstance(cell.value, datetime.date):
                cell.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    return book


def to_bytes(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_response(book: Workbook, filename: str) -> HttpResponse:
    safe = slugify(filename) or "danh-sach"
    response = HttpResponse(to_bytes(book), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{safe}.xlsx"'
    return response
