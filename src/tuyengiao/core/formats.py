"""Vietnamese number and date style: "1.500", "98%", "3,5%", "ngày 15/6/2023"."""

import datetime


def vn_number(value, decimals: int = 0) -> str:
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


def vn_percent(part, whole, decimals: int = 0) -> str:
    if not whole:
        return "—"
    return vn_number(100 * part / whole, decimals) + "%"


def vn_date(value: datetime.date | None) -> str:
    return f"{value.day}/{value.month}/{value.year}" if value else ""


def vn_long_date(value: datetime.date) -> str:
    return f"ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"
