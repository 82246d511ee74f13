"""Filling the editable Word template (docxtpl: Jinja2 inside a .docx) with a report's figures.

The template shipped in ``templates_docx/bao-cao.docx`` is made by ``make_template.py``; an
administrator replaces it by putting their own file at ``<data dir>/mau-bao-cao/bao-cao.docx``
(or at the path of the ``REPORT_TEMPLATE_PATH`` setting). docs/reports.md lists the variables
and the filters below, which give figures the Vietnamese style of Party documents.
"""

import datetime
import io
import math
import zipfile
from pathlib import Path

import jinja2
from django.conf import settings
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from lxml import etree

from tuyengiao.core.formats import vn_date, vn_number

SHIPPED = Path(__file__).resolve().parent / "templates_docx" / "bao-cao.docx"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class TemplateError(Exception):
    """The template cannot be read or filled; the message is Vietnamese, for the page or command."""


def template_path() -> Path:
    """The administrator's template when there is one, else the shipped one."""
    configured = getattr(settings, "REPORT_TEMPLATE_PATH", None)
    override = Path(configured) if configured else Path(settings.DATA_DIR) / "mau-bao-cao" / "bao-cao.docx"
    return override if override.is_file() else SHIPPED


# -- filters -------------------------------------------------------------------------------------


def number(value) -> str:
    """1500 → "1.500"; None → "0"; text stays text."""
    return vn_number(value or 0) if isinstance(value, (int, float)) or not value else str(value)


def count(value) -> str:
    """A count in running text: below ten with a leading zero, as Party documents write them ("08 lớp")."""
    if not isinstance(value, int):
        return number(value)
    return f"{value:02d}" if 0 <= value < 10 else vn_number(value)


def percent(rate) -> str:
    """A rate 0–1 as "98%"; one decimal when rounding would say 0% or 100% and that is not so."""
    if rate is None:
        return "—"
    whole = round(100 * rate)
    if whole == 100 and rate < 1:
        return vn_number(math.floor(1000 * rate) / 10, 1) + "%"
    if whole == 0 and rate > 0:
        return vn_number(math.ceil(1000 * rate) / 10, 1) + "%"
    return vn_number(whole) + "%"


def ratio(part, whole) -> str:
    """part / whole as a percentage of counts, "—" when nothing is expected."""
    return percent(part / whole) if whole else "—"


def short_date(value: datetime.date | None) -> str:
    return vn_date(value) if value else "…"


def long_date(value: datetime.date | None, year: int | None = None) -> str:
    """The date line of Hướng dẫn 36: "ngày 05 tháng 02 năm 2023" (days below 10 and the months
    January and February with a leading zero); without a date, blanks to write in by hand."""
    if value is None:
        return f"ngày      tháng      năm {year or ''}".rstrip()
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


FILTERS = {"so": number, "dem": count, "tyle": percent, "phantram": ratio, "ngay": short_date, "ngaydai": long_date}


def environment() -> jinja2.Environment:
    # Lenient: a variable an edited template names but this report lacks prints nothing.
    env = jinja2.Environment(autoescape=True, undefined=jinja2.ChainableUndefined)
    env.filters.update(FILTERS)
    return env


def render_docx(context: dict, path: Path | None = None) -> bytes:
    path = path or template_path()
    try:
        document = DocxTemplate(str(path))
        document.render(context, environment(), autoescape=True)
    except jinja2.TemplateError as error:
        raise TemplateError(f"Mẫu báo cáo “{path.name}” có lỗi ở phần trường trộn: {error}.") from error
    except (OSError, zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise TemplateError(f"Không đọc được mẫu báo cáo “{path.name}”: tệp không phải .docx hợp lệ.") from error
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
