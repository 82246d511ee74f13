"""The engine's input and output types, its settings, and how a pledge text splits into deeds."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from itertools import compress
from typing import Any

import numpy as np

from tuyengiao.screening.minhash import DEFAULT_PARAMS, LSHParams
from tuyengiao.screening.normalize import LOOKALIKES, clean, nfc_lines
from tuyengiao.screening.relatedness import RelatednessRule
from tuyengiao.screening.vague import VagueRule

INDIVIDUAL, COLLECTIVE = "individual", "collective"
CODES = ("too_long", "vague", "off_theme", "off_duty", "copied_past", "copied_peer", "overlap")


@dataclass(frozen=True)
class Pledge:
    """One registration. ``owner`` is the caller's identity of the member or unit, with mergers
    already resolved (a merged unit's old pledges carry the successor's owner id)."""

    id: Any
    owner: Any
    kind: str = INDIVIDUAL  # or COLLECTIVE
    unit: Any = None
    year: int = 0
    text: str = ""
    duties: str = ""  # the member's position and duties (or the unit's functions)


@dataclass(frozen=True)
class Campaign:
    """What pledges are screened against: the year, the theme and the length guide."""

    year: int
    theme: str  # title, text and key points of the year's theme, as one text
    length_guide: int = 400  # characters per deed
    max_deeds: int = 2


@dataclass(frozen=True)
class Flag:
    code: str
    score: float  # 0..1, how strongly the flag applies
    message: str  # Vietnamese, says why
    evidence: dict

    def as_dict(self) -> dict:
        return plain(asdict(self))


def plain(value):
    """JSON-ready: numpy scalars to Python numbers, tuples to lists."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


@dataclass(frozen=True)
class Settings:
    """Every threshold of the engine, with the documented defaults."""

    lsh: LSHParams = DEFAULT_PARAMS
    copy_jaccard: float = 0.45  # whole-pledge Jaccard of shingle sets for a copy
    deed_containment: float = 0.8  # share of one deed found in the other pledge, for a copy
    min_deed_shingles: int = 6  # shorter deeds are not compared one by one
    overlap_containment: float = 0.5  # share of an individual pledge found in the unit's pledge
    too_long_factor: float = 1.5  # "far beyond" the length guide
    bucket_window: int = 32  # an LSH bucket of more than this + 1 pledges is crowded (lsh._buckets)
    stock_phrases: tuple[str, ...] | None = None  # None: the shipped default list
    vague: VagueRule = field(default_factory=VagueRule)
    relatedness: RelatednessRule = field(default_factory=RelatednessRule)


DEFAULT_SETTINGS = Settings()

# A new deed starts on a new line, or after ";"/"." when the next words are numbered ("2.", "b)").
_INLINE_ITEM = re.compile(r"(?<=[;.])\s+(?=(?:\d{1,2}|[a-zđ])[.)]\s)", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s+", re.IGNORECASE)


def split_deeds(text: str | None) -> list[str]:
    """The deeds of a pledge, as display text (``clean``), numbering and bullets removed."""
    deeds = []
    for line in (text or "").replace("\r", "\n").split("\n"):
        for part in _INLINE_ITEM.split(line) if ";" in line or "." in line else (line,):
            part = clean(part)
            if part and _BULLET.match(part):
                part = clean(_BULLET.sub("", part))
            if part:
                deeds.append(part)
    return deeds


# The same rules over a whole batch joined by lines: "\s" becomes "whitespace but not a new line"
# so that nothing matches across lines, and a bullet needs text after it (as in a cleaned line).
# Each pattern starts with a literal character, which the regex engine scans for quickly.
_BATCH_INLINE_ITEM = re.compile(r"([;.])[^\S\n]+(?=(?:\d{1,2}|[a-zđ])[.)][^\S\n])", re.IGNORECASE)
_BATCH_BULLET = re.compile(r"\n[^\S\n]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])[^\S\n]+(?=\S)", re.IGNORECASE)
# Whitespace that ``clean`` turns into a space (U+3000 is the last whitespace character; tested).
OTHER_SPACES = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n")
_TEXT_END = "\x00"


def split_deeds_batch(texts: list[str | None]) -> tuple[list[str], list[int]]:
    """``split_deeds`` of every text (deeds end to end, and how many per text), with one pass of
    each rule over the whole batch instead of a Python loop per line."""
    lines, counts = deed_lines_batch(texts)
    return clean_spaces(lines), counts


def deed_lines_batch(texts: list[str | None]) -> tuple[list[str], list[int]]:
    """``split_deeds_batch`` but for spacing: a deed may still hold runs of spaces and other
    whitespace inside (``clean_spaces`` removes them). Its words are the deed's words: what
    tokenising needs, without cleaning every deed of a batch for display."""
    if not texts:
        return [], []
    joined = "\n" + f"\n{_TEXT_END}\n".join(text or "" for text in texts)
    if joined.count(_TEXT_END) != len(texts) - 1:  # a text holds the separator itself: line by line
        parts = [split_deeds(text) for text in texts]
        return [deed for deeds in parts for deed in deeds], [len(deeds) for deeds in parts]
    joined = nfc_lines(_BATCH_INLINE_ITEM.sub("\\1\n", joined.replace("\r", "\n")))
    if not joined.isascii():
        for lookalike, letter in LOOKALIKES.items():
            joined = joined.replace(lookalike, letter)
    joined = _BATCH_BULLET.sub("\n", joined)
    # Loops in C (map, compress): stripped lines (``strip`` takes every whitespace character, as
    # ``clean`` does), the non-empty ones are deeds, text ends counted.
    lines = list(map(str.strip, joined[1:].split("\n")))
    ends = np.fromiter(map(_TEXT_END.__eq__, lines), dtype=bool, count=len(lines))
    kept = np.fromiter(map(bool, lines), dtype=bool, count=len(lines)) & ~ends
    deeds = list(compress(lines, kept.tolist()))
    before_end = np.cumsum(kept)[np.flatnonzero(ends)]
    counts = np.diff(np.concatenate([[0], before_end, [len(deeds)]]))
    return deeds, counts.tolist()


def clean_spaces(lines: list[str]) -> list[str]:
    """Deeds of ``deed_lines_batch`` as ``clean`` shows them: other whitespace as a space, one
    space between words (lines end to end, a pass of each rule)."""
    if not lines:
        return []
    joined = "\n".join(lines)
    for space in OTHER_SPACES:  # str.replace and ``in`` are fast scans; a regex here is not
        if space in joined:
            joined = joined.replace(space, " ")
    while "  " in joined:
        joined = joined.replace("  ", " ")
    return joined.split("\n")
