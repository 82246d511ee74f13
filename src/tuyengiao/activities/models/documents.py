"""Issued documents (văn bản) with their number and symbol in the Party format: ``15-BC/BTGTU``."""

import re

from django.db import models

from tuyengiao.activities.models.base import UnitRecord
from tuyengiao.screening.normalize import clean


class DocumentType(models.TextChoices):
    # The value is the abbreviation written in the symbol (Hướng dẫn 36-HD/VPTW), case included:
    # "QĐ" is a decision, "QĐi" a regulation.
    RESOLUTION = "NQ", "Nghị quyết"
    DIRECTIVE = "CT", "Chỉ thị"
    CONCLUSION = "KL", "Kết luận"
    REGULATION = "QĐi", "Quy định"
    DECISION = "QĐ", "Quyết định"
    RULES = "QC", "Quy chế"
    GUIDANCE = "HD", "Hướng dẫn"
    PLAN = "KH", "Kế hoạch"
    PROGRAMME = "CTr", "Chương trình"
    REPORT = "BC", "Báo cáo"
    NOTICE = "TB", "Thông báo"
    SUBMISSION = "TTr", "Tờ trình"
    SCHEME = "ĐA", "Đề án"
    LETTER = "CV", "Công văn"


# Stable ASCII keys for `tuyengiao stats` (documents.types.<key>).
TYPE_KEYS = {
    "NQ": "resolution", "CT": "directive", "KL": "conclusion", "QĐi": "regulation", "QĐ": "decision",
    "QC": "rules", "HD": "guidance", "KH": "plan", "CTr": "programme", "BC": "report", "TB": "notice",
    "TTr": "submission", "ĐA": "scheme", "CV": "letter",
}

SYMBOL_RE = re.compile(r"^(\d{1,5})-([A-Za-zĐđ]{1,4})/([A-Za-zĐđ0-9]+(?:[-/][A-Za-zĐđ0-9]+)*)$")
SYMBOL_EXAMPLE = "ví dụ 01-KL/TW, 15-BC/BTGTU, 08-QĐi/TW"


def parse_symbol(text: str) -> tuple[str, str, str]:
    """(number, type, issuer) of a number-and-symbol, normalised; ValueError in Vietnamese otherwise.

    Accepts "Số 1-kh/btgtu"-style typing only as far as it stays unambiguous: the type keeps its
    case, because "QĐ" (decision) and "QĐi" (regulation) differ only by it."""
    value = clean(text or "").replace("Ð", "Đ").replace("ð", "đ")
    value = re.sub(r"^(số|so)\s*", "", value, flags=re.IGNORECASE)
    value = re.sub(r"\s+", "", value)
    match = SYMBOL_RE.match(value)
    if not match:
        raise ValueError(f"Số, ký hiệu “{text}” không đúng dạng số-loại/cơ quan ({SYMBOL_EXAMPLE}).")
    number, kind, issuer = match.groups()
    if kind not in TYPE_KEYS:
        known = {key.upper(): key for key in TYPE_KEYS}
        kind = known.get(kind.upper(), kind) if kind.upper() != "QĐI" else "QĐi"
    if kind not in TYPE_KEYS:
        raise ValueError(f"Ký hiệu loại văn bản “{match.group(2)}” không có trong danh mục (NQ, CT, KL, QĐi, QĐ, "
                         "QC, HD, KH, CTr, BC, TB, TTr, ĐA, CV).")
    return number.zfill(2), kind, issuer.upper()


class Document(UnitRecord):
    symbol = models.CharField("số, ký hiệu", max_length=64, help_text=SYMBOL_EXAMPLE)
    number = models.CharField("số", max_length=8, editable=False)
    doc_type = models.CharField("loại văn bản", max_length=4, choices=DocumentType.choices)
    issuer = models.CharField("cơ quan ban hành (ký hiệu)", max_length=48, editable=False)
    issued_on = models.DateField("ngày ban hành")
    title = models.CharField("trích yếu", max_length=500)
    campaigns = models.ManyToManyField("pledges.Campaign", verbose_name="đợt đăng ký trích dẫn", blank=True,
                                       related_name="documents")
    pledges = models.ManyToManyField("pledges.Pledge", verbose_name="bản đăng ký trích dẫn", blank=True,
                                     related_name="documents")

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        ordering = ["-issued_on", "-id"]
        indexes = [models.Index(fields=["issued_on"]), models.Index(fields=["symbol"])]

    def __str__(self) -> str:
        return f"{self.symbol} – {self.title}"
