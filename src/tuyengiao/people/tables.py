"""Member tables: the same columns for the page and the .xlsx export."""

from django.urls import reverse

from tuyengiao.core.tables import Col, Table
from tuyengiao.people.models import Status


def member_url(member) -> str:
    return reverse("people:detail", args=[member.pk])


def _unit_url(member) -> str:
    return reverse("org:detail", args=[member.unit_id])


def _year(member) -> str:
    return str(member.birth_year) if member.birth_year else ""


def _row_css(member) -> str:
    return "" if member.status == Status.ACTIVE else "closed"


NAME = Col("Họ và tên", lambda m: m.full_name, 28, link=member_url, css="strong")
def _parent_name(member) -> str:
    """Cells of different communes share names ("Chi bộ thôn 1"): say which commune."""
    parent = member.unit.parent
    return (parent.short_name or parent.name) if parent else ""


UNIT = Col("Đơn vị", lambda m: m.unit.name, 36, link=_unit_url, note=_parent_name)
DETAILS = [
    Col("Giới tính", lambda m: m.get_gender_display(), 9, css="hide-sm"),
    Col("Năm sinh", lambda m: m.birth_year, 9, text=_year, css="num hide-sm"),
]
ROLE = [
    Col("Chức vụ", lambda m: m.position, 30),
    Col("Người đứng đầu", lambda m: m.is_head, 10, css="center hide-sm"),
    Col("Đối tượng", lambda m: m.get_category_display(), 18, css="hide-sm"),
    Col("Trạng thái", lambda m: m.get_status_display(), 18, css="nowrap hide-sm"),
]
EXPORT_ONLY = [
    Col("Mã đơn vị", lambda m: m.unit.code, 12, html=False),
    Col("Đơn vị cấp trên", lambda m: m.unit.parent.name if m.unit.parent else "", 30, html=False),
    Col("Chức trách, nhiệm vụ", lambda m: m.duties, 50, html=False),
    Col("Mã số", lambda m: m.pk, 9, html=False),
]

member_table = Table([NAME, *DETAILS, UNIT, *ROLE, *EXPORT_ONLY], row_css=_row_css)
# On a unit's own page the unit column says nothing new.
unit_member_table = Table([NAME, *DETAILS, *ROLE], row_css=_row_css)
