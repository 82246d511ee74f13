"""One entry point for the page and the command: a unit and a period in, document bytes out."""

from tuyengiao.core import xlsx
from tuyengiao.org.models import Unit
from tuyengiao.reports import content, render, spreadsheet
from tuyengiao.reports.periods import Period


def docx_bytes(unit: Unit, period: Period, options: content.Options | None = None) -> bytes:
    return render.render_docx(content.context(content.build(unit, period, options)))


def xlsx_bytes(unit: Unit, period: Period, options: content.Options | None = None) -> bytes:
    report = content.build(unit, period, options)
    return xlsx.to_bytes(spreadsheet.workbook(content.context(report), report.missing_people))


def filename(unit: Unit, period: Period, extension: str) -> str:
    return f"bao-cao-{period.code.lower()}-{unit.code.lower().replace('.', '-')}.{extension}"
