"""All-or-nothing imports of .xlsx and .csv files, with row-level Vietnamese errors.

An importer describes its columns (``Field``) and how to write one parsed row (``write_row``,
which calls the app's service functions, so every row is scoped and audited). ``run_import``
parses every row, then writes them all in one transaction; any error anywhere rolls back all of
it. A dry run goes through exactly the same writes and rolls back at the end, so the preview
cannot disagree with the real import.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field
from typing import Any, Callable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from tuyengiao.audit.services import record
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import messages_of
from tuyengiao.core.formats import vn_number
from tuyengiao.screening.normalize import clean, fold

MAX_ROWS = 50_000
MAX_BYTES = 10 * 1024 * 1024


class ImportFileError(Exception):
    """The file as a whole cannot be read (wrong type, no header, too big)."""


@dataclass
class Field:
    key: str
    header: str
    required: bool = False
    parse: Callable[[str], Any] = clean
    choices: list[str] | None = None  # shown as a drop-down in the template
    width: int = 20
    help: str = ""


@dataclass
class RowError:
    row: int
    messages: list[str]

    def __str__(self) -> str:
        return f"Dòng {self.row}: " + " ".join(self.messages)


@dataclass
class ImportResult:
    kind: str
    dry_run: bool
    total_rows: int = 0
    created: list[Any] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    file_error: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors and not self.file_error

    @property
    def written(self) -> bool:
        return self.ok and not self.dry_run


class Importer:
    kind = ""
    title = ""
    fields: list[Field] = []

    # Query parameters an importer needs (e.g. which campaign), carried from page to page.
    params: tuple[str, ...] = ()

    def __init__(self, actor: Actor, params: dict | None = None):
        self.actor = actor.for_import()
        self.values = {key: (params or {}).get(key, "") for key in self.params}

    def check_params(self) -> str:
        """A Vietnamese message when the parameters are missing or not allowed, else ""."""
        return ""

    def skip(self, raw: dict[str, str]) -> bool:
        """Rows to pass over silently, e.g. prefilled members who handed in nothing."""
        return False

    def template_rows(self) -> list[dict]:
        """Rows to prefill the template with (e.g. the cell's members)."""
        return []

    def prepare(self) -> None:
        """Load lookups once per file (units by code, existing keys ...)."""

    def write_row(self, values: dict, row: int) -> Any:
        """Create the row through a service; raise ValidationError/PermissionDenied to reject it."""
        raise NotImplementedError

    def describe(self, obj) -> list[str]:
        """The preview cells of a created object, in the order of ``fields``."""
        return [str(obj)]

    # -- template ------------------------------------------------------------------------

    def template(self, prefill: list[dict] | None = None) -> Workbook:
        prefill = self.template_rows() if prefill is None else prefill
        book = Workbook()
        sheet = book.active
        sheet.title = "Dữ liệu"
        fill = PatternFill("solid", fgColor="DDE6F0")
        for index, spec in enumerate(self.fields, start=1):
            cell = sheet.cell(row=1, column=index, value=spec.header + (" (*)" if spec.required else ""))
            cell.font = Font(bold=True)
            cell.fill = fill
            sheet.column_dimensions[get_column_letter(index)].width = spec.width
            if spec.choices:
                listing = '"' + ",".join(spec.choices) + '"'
                if len(listing) <= 255:
                    validation = DataValidation(type="list", formula1=listing, allow_blank=not spec.required)
                    validation.error = "Hãy chọn một giá trị trong danh sách."
                    sheet.add_data_validation(validation)
                    validation.add(f"{get_column_letter(index)}2:{get_column_letter(index)}{MAX_ROWS}")
        for offset, values in enumerate(prefill or [], start=2):
            for index, spec in enumerate(self.fields, start=1):
                sheet.cell(row=offset, column=index, value=values.get(spec.key, ""))
        sheet.freeze_panes = "A2"
        guide = book.create_sheet("Hướng dẫn")
        guide.column_dimensions["A"].width = 32
        guide.column_dimensions["B"].width = 90
        guide.append([f"Mẫu nhập {self.title}"])
        guide["A1"].font = Font(bold=True, size=13)
        guide.append(["Nhập dữ liệu ở trang “Dữ liệu”, mỗi dòng một bản ghi; cột có (*) là bắt buộc."])
        guide.append(["Tệp được ghi toàn bộ hoặc không ghi gì: nếu có dòng lỗi, hệ thống báo lỗi từng dòng."])
        guide.append([])
        for spec in self.fields:
            guide.append([spec.header + (" (*)" if spec.required else ""), spec.help])
        return book


# -- reading files -------------------------------------------------------------------------


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().strftime("%d/%m/%Y")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_rows(name: str, content: bytes) -> list[tuple[int, list[str]]]:
    """(row number as the user sees it, cells as text) for a .xlsx or .csv file."""
    if len(content) > MAX_BYTES:
        raise ImportFileError("Tệp lớn quá 10 MB; hãy chia thành nhiều tệp.")
    lower = name.lower()
    if lower.endswith(".xlsx"):
        try:
            book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise ImportFileError("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.") from error
        sheet = book["Dữ liệu"] if "Dữ liệu" in book.sheetnames else book.worksheets[0]
        rows = [(number, [_cell_text(v) for v in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
        book.close()
    elif lower.endswith(".csv"):
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = content.decode("cp1258")
            except UnicodeDecodeError as error:
                raise ImportFileError("Tệp CSV phải được lưu với bảng mã UTF-8.") from error
        sample = text[:4096]
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        rows = [(number, values) for number, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1)]
    else:
        raise ImportFileError("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).")
    return [(number, values) for number, values in rows if any(str(v).strip() for v in values)]


def _header_key(text: str) -> str:
    return fold(text.replace("(*)", "")).strip()


def parse_rows(importer: Importer, rows: list[tuple[int, list[str]]]) -> tuple[list[tuple[int, dict]], list[RowError]]:
    if not rows:
        raise ImportFileError("Tệp không có dữ liệu.")
    header_number, header = rows[0]
    wanted = {_header_key(spec.header): spec for spec in importer.fields}
    positions: dict[str, int] = {}
    for index, text in enumerate(header):
        spec = wanted.get(_header_key(str(text)))
        if spec:
            positions[spec.key] = index
    missing = [spec.header for spec in importer.fields if spec.required and spec.key not in positions]
    if missing:
        raise ImportFileError(
            "Dòng tiêu đề thiếu cột bắt buộc: " + ", ".join(f"“{h}”" for h in missing)
            + ". Hãy dùng tệp mẫu tải từ hệ thống."
        )
    if len(rows) - 1 > MAX_ROWS:
        raise ImportFileError(f"Tệp có quá {vn_number(MAX_ROWS)} dòng; hãy chia thành nhiều tệp.")
    parsed, errors = [], []
    for number, cells in rows[1:]:
        values, messages = {}, []
        raw_values = {
            spec.key: clean(str(cells[positions[spec.key]])) if positions.get(spec.key, len(cells)) < len(cells) else ""
            for spec in importer.fields
        }
        if importer.skip(raw_values):
            continue
        for spec in importer.fields:
            raw = raw_values[spec.key]
            if not raw:
                if spec.required:
                    messages.append(f"Thiếu “{spec.header}”.")
                values[spec.key] = None
                continue
            try:
                values[spec.key] = spec.parse(raw)
            except ValueError as error:
                messages.append(str(error))
        if messages:
            errors.append(RowError(number, messages))
        else:
            parsed.append((number, values))
    return parsed, errors


class _Rollback(Exception):
    pass


def run_import(importer: Importer, name: str, content: bytes, *, dry_run: bool) -> ImportResult:
    result = ImportResult(kind=importer.kind, dry_run=dry_run)
    try:
        rows = read_rows(name, content)
        parsed, result.errors = parse_rows(importer, rows)
    except ImportFileError as error:
        result.file_error = str(error)
        return result
    result.total_rows = len(rows) - 1
    try:
        with transaction.atomic():
            importer.prepare()
            for number, values in parsed:
                try:
                    with transaction.atomic():
                        result.created.append(importer.write_row(values, number))
                except ValidationError as error:
                    result.errors.append(RowError(number, messages_of(error)))
                except PermissionDenied as error:
                    result.errors.append(RowError(number, [str(error)]))
            result.errors.sort(key=lambda e: e.row)
            if result.errors or dry_run:
                raise _Rollback
            record(importer.actor, "import", None, object_type=importer.kind,
                   object_repr=f"{name}: {len(result.created)} dòng")
    except _Rollback:
        pass
    return result


# -- shared parsers ------------------------------------------------------------------------


def parse_date(text: str) -> datetime.date:
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"Ngày “{text}” không đúng dạng ngày/tháng/năm (ví dụ 15/6/2023).")


def parse_year(text: str) -> int:
    try:
        return int(float(text))
    except ValueError:
        raise ValueError(f"Năm “{text}” không phải là số.") from None


def parse_yes_no(text: str) -> bool:
    folded = fold(text)
    if folded in {"co", "x", "1", "yes", "true", "dung"}:
        return True
    if folded in {"khong", "0", "no", "false", "sai", ""}:
        return False
    raise ValueError(f"“{text}” phải là “Có” hoặc “Không”.")


def choice_parser(choices, what: str) -> Callable[[str], str]:
    """Accept a choice by its Vietnamese label or its code, with or without diacritics."""
    lookup = {}
    for value, label in choices:
        lookup[fold(label)] = value
        lookup[fold(value)] = value

    def parse(text: str) -> str:
        try:
            return lookup[fold(text)]
        except KeyError:
            raise ValueError(f"{what} “{text}” không hợp lệ.") from None

    return parse
