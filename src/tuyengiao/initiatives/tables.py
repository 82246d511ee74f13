"""The registry's columns, for the page and the .xlsx export alike."""

from django.urls import reverse

from tuyengiao.core.tables import Col, Table


def initiative_url(initiative) -> str:
    return reverse("initiatives:detail", args=[initiative.pk])


def _parent_name(initiative) -> str:
    parent = initiative.unit.parent
    return (parent.short_name or parent.name) if parent else ""


def _flags(initiative) -> str:
    return "; ".join(flag.label for flag in getattr(initiative, "open_flags", []))


def _origin(initiative) -> str:
    original = initiative.adopted_from
    return f"Nhân rộng từ {original.unit.name}" if original else ""


def _row_css(initiative) -> str:
    return "closed" if initiative.status == "stopped" else ""


NAME = Col("Tên mô hình", lambda i: i.name, 40, link=initiative_url, css="strong", note=_origin)
UNIT = Col("Đơn vị", lambda i: i.unit.name, 32, note=_parent_name)
COLUMNS = [
    Col("Năm đăng ký", lambda i: i.year, 10, text=lambda i: str(i.year), css="num"),
    Col("Lĩnh vực", lambda i: i.get_field_display(), 20, css="hide-sm"),
    Col("Trạng thái", lambda i: i.get_status_display(), 20, css="nowrap"),
    Col("Tài liệu hồ sơ", lambda i: i.item_count, 10, css="num hide-sm"),
    Col("Đơn vị nhân rộng", lambda i: i.adoption_count, 10, css="num hide-sm"),
    Col("Cảnh báo", _flags, 28),
]
EXPORT_ONLY = [
    Col("Mã đơn vị", lambda i: i.unit.code, 12, html=False),
    Col("Ngày đăng ký", lambda i: i.registered_on, 12, html=False),
    Col("Nội dung, cách làm", lambda i: i.description, 60, html=False),
    Col("Mục tiêu", lambda i: i.goals, 40, html=False),
    Col("Chỉ tiêu", lambda i: i.targets, 40, html=False),
    Col("Người phụ trách", lambda i: i.people_in_charge, 28, html=False),
    Col("Nhân rộng từ mô hình", lambda i: i.adopted_from.name if i.adopted_from else "", 30, html=False),
    Col("Mã số", lambda i: i.pk, 9, html=False),
]

initiative_table = Table([NAME, UNIT, *COLUMNS, *EXPORT_ONLY], row_css=_row_css)
gallery_table = Table([NAME, UNIT, COLUMNS[0], COLUMNS[1], COLUMNS[4],
                       Col("Phạm vi nhân rộng", lambda i: i.replication_unit.name, 30)])
