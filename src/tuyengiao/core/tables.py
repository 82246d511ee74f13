"""Table definitions: one list of columns drives both the HTML table and the .xlsx export.

A ``Col`` gives a header and how to get the value from a row object. The raw value goes to
Excel as is (numbers stay numbers, dates stay dates); the page shows it in Vietnamese style
("1.500", "15/6/2023", "Có"), optionally as a link.
"""

import datetime
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from django.utils import timezone

from tuyengiao.core import xlsx
from tuyengiao.core.formats import vn_date, vn_number


def display(value) -> str:
    """A value as a Vietnamese reader expects it on a page."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "Có" if value else ""
    if isinstance(value, int):
        return vn_number(value)
    if isinstance(value, float):
        return vn_number(value, 1)
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return f"{vn_date(value.date())} {value:%H:%M}"
    if isinstance(value, datetime.date):
        return vn_date(value)
    return str(value)


@dataclass(frozen=True)
class Col:
    header: str
    value: Callable[[Any], Any]
    width: int = 18  # in Excel characters
    link: Callable[[Any], str | None] | None = None  # where the HTML cell links to
    text: Callable[[Any], str] | None = None  # HTML text, when it differs from display(value)
    note: Callable[[Any], str] | None = None  # a second, smaller line in the HTML cell
    css: str = ""  # "num" right-aligns, "nowrap", "muted" ...
    html: bool = True
    export: bool = True


@dataclass(frozen=True)
class Cell:
    text: str
    url: str | None = None
    css: str = ""
    note: str = ""


class Table:
    """Columns, plus an optional row number ("STT") as Excel lists have."""

    def __init__(self, columns: list[Col], *, numbered: bool = True, row_css: Callable[[Any], str] | None = None):
        self.columns = columns
        self.numbered = numbered
        self.row_css = row_css

    @property
    def headers(self) -> list[Col]:
        return [column for column in self.columns if column.html]

    def html_rows(self, objects: Iterable[Any], start: int = 1) -> list[dict]:
        rows = []
        for number, obj in enumerate(objects, start=start):
            cells = []
            for column in self.headers:
                value = column.value(obj)
                text = column.text(obj) if column.text else display(value)
                url = column.link(obj) if column.link else None
                cells.append(Cell(text, url, column.css, column.note(obj) if column.note else ""))
            rows.append({"number": number, "object": obj, "cells": cells,
                         "css": self.row_css(obj) if self.row_css else ""})
        return rows

    def workbook(self, title: str, objects: Iterable[Any], subtitle: str = ""):
        """The same columns as the page, every filtered row (not one page), numbered."""
        columns = [xlsx.Column(c.header, (lambda pair, c=c: c.value(pair[1])), c.width)
                   for c in self.columns if c.export]
        if self.numbered:
            columns.insert(0, xlsx.Column("STT", lambda pair: pair[0], 6))
        return xlsx.workbook(title, columns, enumerate(objects, start=1), subtitle=subtitle)

    def xlsx_response(self, title: str, objects: Iterable[Any], filename: str, subtitle: str = ""):
        return xlsx.xlsx_response(self.workbook(title, objects, subtitle), filename)
