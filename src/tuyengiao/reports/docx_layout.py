"""python-docx helpers for the report template: paragraphs in the Party's document style, tags
for docxtpl, borderless and fixed-width tables, page numbers (Hướng dẫn 36-HD/VPTW)."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT
NBSP = "\u00a0"


def para(container, text="", *, bold=False, italic=False, underline=False, size=14, align=JUSTIFY, indent=True,
         before=0, after=6):
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent and align == JUSTIFY:
        fmt.first_line_indent = Cm(1.27)
    if text:
        run = paragraph.add_run(text)
        run.bold, run.italic, run.underline, run.font.size = bold, italic, underline, Pt(size)
    return paragraph


def tag(container, text):
    """A paragraph holding only a docxtpl ``{%p ... %}`` tag (the whole paragraph is replaced)."""
    return para(container, text, align=LEFT, indent=False, after=0)


def heading(container, text):
    return para(container, text, bold=True, before=6)


def no_borders(table):
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def widths(table, cms):
    """Fixed column widths; LibreOffice reads the grid, Word the cells: set both."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, cm in zip(table.columns, cms):
        column.width = Cm(cm)
    for row in table.rows:
        for cell, cm in zip(row.cells, cms):
            cell.width = Cm(cm)


def page_numbers(document):
    """Page numbers at the top centre from the second page on (Hướng dẫn 36)."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def two_columns(document, cms=(7.0, 9.5)):
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(table)
    widths(table, cms)
    left, right = table.rows[0].cells
    for cell in (left, right):
        cell._tc.remove(cell.paragraphs[0]._p)  # each cell starts with an empty paragraph
    return left, right


def setup(document):
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    normal.paragraph_format.line_spacing = 1.1
    document.core_properties.title = "Báo cáo"
    document.core_properties.author = "tuyengiao"


def cell_text(cell, text, *, bold=False, align=CENTER, size=12):
    para(cell, text, bold=bold, size=size, align=align, indent=False, after=0)


def row_flags(row, *flags):
    """``tblHeader``: repeat the row on every page; ``cantSplit``: keep a row on one page."""
    properties = row._tr.get_or_add_trPr()
    for name in flags:
        element = OxmlElement(f"w:{name}")
        properties.append(element)
