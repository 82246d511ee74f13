"""Vagueness: stock phrases and nothing a reviewer could check at year end.

A deed is vague when it uses stock phrases and has no quantity and no time frame, and neither a
measurable target nor a concrete act makes up for it: a target or an act outweighs one or two
stock phrases, not a string of them. A concrete deed that uses one stock phrase is not vague.
A pledge is vague when one of its deeds is.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tuyengiao.screening.analysis import Features
from tuyengiao.screening.lexicon import STOCK, Lexicon
from tuyengiao.screening.normalize import syllable_spans

MISSING_LABELS = {
    "quantity": "số lượng cụ thể",
    "time": "thời hạn",
    "target": "chỉ tiêu đo được",
    "action": "việc làm cụ thể",
}


@dataclass(frozen=True)
class VagueRule:
    """Thresholds of the rule; the defaults are the documented rule."""

    target_outweighs_below: int = 3  # a target saves a deed with fewer stock phrases than this
    action_outweighs_below: int = 2  # a concrete act saves a deed with fewer stock phrases than this


def vague_deeds(features: Features, rule: VagueRule = VagueRule()) -> np.ndarray:
    """Boolean per deed."""
    f = features
    return (
        (f.stock >= 1) & (f.quantity == 0) & (f.time == 0)
        & ((f.target == 0) | (f.stock >= rule.target_outweighs_below))
        & ((f.action == 0) | (f.stock >= rule.action_outweighs_below))
    )


def vague_scores(features: Features) -> np.ndarray:
    """0..1 per deed: how much of it is stock phrase, and how many there are."""
    share = features.stock_tokens / np.maximum(features.deed_tokens, 1)
    return np.clip(0.5 + 0.05 * features.stock + 0.5 * share, 0.0, 1.0)


def _stock_by_doc(features: Features, lexicon: Lexicon) -> tuple[np.ndarray, np.ndarray]:
    """Kept stock-phrase matches grouped by deed (computed once per batch): their indexes, and
    the deed of each in ascending order, for a binary search per deed."""
    cached = features.__dict__.get("_stock_by_doc")
    if cached is None:
        m = features.matches
        stock = np.flatnonzero(features.kept & (lexicon.kind[m.entry] == STOCK)) if len(m.entry) else \
            np.zeros(0, np.int64)
        stock = stock[np.argsort(m.doc[stock], kind="stable")]
        cached = features.__dict__["_stock_by_doc"] = (stock, m.doc[stock])
    return cached


def deed_evidence(features: Features, lexicon: Lexicon, deed: int, text: str) -> dict:
    """Stock phrases found in one deed, quoted as written in ``text`` (the deed), and what it lacks."""
    m = features.matches
    order, docs = _stock_by_doc(features, lexicon)
    chosen = order[np.searchsorted(docs, deed, "left"):np.searchsorted(docs, deed, "right")]
    base = int(features.deed_starts[deed])
    shown, spans = syllable_spans(text)
    quoted: list[str] = []
    for i in chosen[np.argsort(m.start[chosen], kind="stable")]:
        first, last = int(m.start[i]) - base, int(m.start[i]) - base + int(m.length[i]) - 1
        if 0 <= first and last < len(spans):
            phrase = shown[spans[first][0] : spans[last][1]]
            if phrase not in quoted:
                quoted.append(phrase)
    missing = [label for key, label in MISSING_LABELS.items() if getattr(features, key)[deed] == 0]
    return {"phrases": quoted, "missing": missing}
