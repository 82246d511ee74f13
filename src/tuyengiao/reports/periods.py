"""Reporting periods: a half-year ("2023H1", sơ kết 6 tháng) or a year ("2023", tổng kết năm)."""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError

PATTERN = re.compile(r"^\s*(\d{4})\s*(?:[Hh]([12]))?\s*$")


@dataclass(frozen=True)
class Period:
    year: int
    half: int | None = None  # 1 or 2 for a half-year, None for the whole year

    @classmethod
    def parse(cls, text: str) -> "Period":
        match = PATTERN.match(str(text or ""))
        if not match or not 1900 <= int(match.group(1)) <= 2100:
            raise ValidationError(f"Kỳ báo cáo “{text}” không hợp lệ: ghi năm (2023) hoặc nửa năm (2023H1, 2023H2).")
        return cls(int(match.group(1)), int(match.group(2)) if match.group(2) else None)

    @property
    def code(self) -> str:
        return f"{self.year}H{self.half}" if self.half else str(self.year)

    @property
    def is_annual(self) -> bool:
        return self.half is None

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.year, 7 if self.half == 2 else 1, 1)

    @property
    def end(self) -> datetime.date:
        return datetime.date(self.year, 6, 30) if self.half == 1 else datetime.date(self.year, 12, 31)

    @property
    def label(self) -> str:
        """"6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "năm 2023"."""
        if self.half == 1:
            return f"6 tháng đầu năm {self.year}"
        if self.half == 2:
            return f"6 tháng cuối năm {self.year}"
        return f"năm {self.year}"

    @property
    def review(self) -> str:
        """The kind of report: "sơ kết 6 tháng đầu năm 2023" or "tổng kết năm 2023"."""
        return f"sơ kết {self.label}" if self.half else f"tổng kết {self.label}"

    @property
    def next_label(self) -> str:
        """What the closing section plans for: the second half, or the next year."""
        return f"6 tháng cuối năm {self.year}" if self.half == 1 else f"năm {self.year + 1}"

    def __str__(self) -> str:
        return self.code


def choices(today: datetime.date, years: int = 4) -> list[tuple[str, str]]:
    """Recent periods, newest first, for a form's select."""
    result = []
    for year in range(today.year, today.year - years, -1):
        for period in (Period(year), Period(year, 2), Period(year, 1)):
            if period.start <= today:
                result.append((period.code, period.review[0].upper() + period.review[1:]))
    return result
