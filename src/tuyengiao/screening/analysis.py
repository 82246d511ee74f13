"""Per-deed and per-pledge text features, computed for a whole batch with a few numpy passes.

Input: the deeds of a batch of pledges as ``Tokens`` (one document per deed) and which pledge
each deed belongs to. Output (``Features``): per deed the counts that decide vagueness, per
pledge the concept weights and the content-word bigrams that decide relatedness.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tuyengiao.screening.lexicon import (ACTION, CONCEPT, NOT_QUANTITY, QUANTITY, STOCK, TARGET, TIME,
                                         Lexicon, Matches)
from tuyengiao.screening.shingles import U64, Tokens, distinct, extend_hash, mix64

_CUES = (QUANTITY, TIME, TARGET, ACTION, NOT_QUANTITY)


@dataclass
class Features:
    deed_tokens: np.ndarray  # per deed: number of syllables
    stock: np.ndarray  # per deed: stock phrases found (outermost matches)
    stock_tokens: np.ndarray  # per deed: syllables inside stock phrases
    quantity: np.ndarray  # per deed: numbers that are quantities (not years, not document numbers)
    time: np.ndarray  # per deed: time-frame cues
    target: np.ndarray  # per deed: measurable-target cues
    action: np.ndarray  # per deed: concrete-act cues
    concepts: np.ndarray  # (pledges, concepts) float: weight of each concept's phrases
    strong: np.ndarray  # (pledges, concepts) float: the same, counting unambiguous phrases only
    bigram_keys: np.ndarray  # uint64 (pledge << 40 | bigram hash >> 24), sorted, distinct
    matches: Matches  # everything found, for evidence
    kept: np.ndarray  # per match: counted (not inside a longer competing match)
    deed_starts: np.ndarray  # per deed: index of its first token in the batch


def _per_doc(values_doc: np.ndarray, count: int, weights=None) -> np.ndarray:
    return np.bincount(values_doc, weights=weights, minlength=count)[:count]


def analyze(deeds: Tokens, deed_pledge: np.ndarray, pledges: int, lexicon: Lexicon) -> Features:
    n = len(deeds)
    matches = lexicon.match(deeds)
    kind = lexicon.kind[matches.entry] if len(matches.entry) else np.zeros(0, np.int64)

    # Stock phrases and concepts compete for the same words ("phong trào thi đua" is stock, not
    # the field "thi đua"); cues compete among themselves ("trước 0" is a date, not a quantity).
    lexical = np.isin(kind, (STOCK, CONCEPT))
    keep = np.zeros(len(kind), dtype=bool)
    keep[lexical] = matches.select(lexical).outermost()
    cue = np.isin(kind, _CUES)
    keep[cue] = matches.select(cue).outermost()
    # A cue inside a stock phrase is part of the formula, not a concrete act or target
    # ("thực hiện tốt lời dạy của Bác" teaches nothing).
    in_stock = _inside(matches, keep & (kind == STOCK), len(deeds.hashes))
    keep &= ~(cue & in_stock)
    kept_kind = np.where(keep, kind, -1)

    def count(which: int) -> np.ndarray:
        return _per_doc(matches.doc[kept_kind == which], n).astype(np.int64)

    stock_mask = kept_kind == STOCK
    stock_tokens = _per_doc(matches.doc[stock_mask], n, matches.length[stock_mask]).astype(np.int64)

    concept_mask = kept_kind == CONCEPT
    columns = max(len(lexicon.concepts), 1)
    concept_pledge = deed_pledge[matches.doc[concept_mask]]
    concept_id = lexicon.concept[matches.entry[concept_mask]]
    weights = lexicon.weight[matches.entry[concept_mask]]
    cells = concept_pledge * columns + concept_id

    def matrix(values: np.ndarray) -> np.ndarray:
        return np.bincount(cells, weights=values, minlength=pledges * columns)[: pledges * columns].reshape(
            pledges, columns)

    concepts, strong = matrix(weights), matrix(np.where(weights >= 1.0, weights, 0.0))

    return Features(
        deed_tokens=deeds.lengths.astype(np.int64), stock=count(STOCK), stock_tokens=stock_tokens,
        quantity=count(QUANTITY), time=count(TIME), target=count(TARGET), action=count(ACTION),
        concepts=concepts, strong=strong,
        bigram_keys=_content_bigrams(deeds, deed_pledge, matches, lexicon.masking[matches.entry]),
        matches=matches, kept=keep, deed_starts=deeds.starts[:-1],
    )


def _inside(matches: Matches, spans: np.ndarray, total: int) -> np.ndarray:
    """Per match: all its tokens lie inside the matches selected by ``spans``."""
    depth = np.zeros(total + 1, dtype=np.int64)
    np.add.at(depth, matches.start[spans], 1)
    np.add.at(depth, matches.start[spans] + matches.length[spans], -1)
    covered = np.concatenate([[0], np.cumsum(np.cumsum(depth)[:total] > 0)])
    return covered[matches.start + matches.length] - covered[matches.start] == matches.length


def _content_bigrams(deeds: Tokens, deed_pledge: np.ndarray, matches: Matches, general: np.ndarray) -> np.ndarray:
    """Adjacent pairs of content syllables (not stop words, not in stock phrases), per pledge."""
    total = len(deeds.hashes)
    if total < 2:
        return np.zeros(0, U64)
    covered = np.zeros(total + 1, dtype=np.int64)
    np.add.at(covered, matches.start[general], 1)
    np.add.at(covered, matches.start[general] + matches.length[general], -1)
    content = np.cumsum(covered)[:total] == 0
    doc = deeds.doc_index()
    pair = content[:-1] & content[1:] & (doc[:-1] == doc[1:])
    first = np.flatnonzero(pair)
    h = extend_hash(deeds.hashes[first], deeds.hashes[first + 1])
    keys = (deed_pledge[doc[first]].astype(U64) << U64(40)) | (mix64(h) >> U64(24))
    return distinct(keys)


def shared_bigrams(keys: np.ndarray, other_keys: np.ndarray) -> np.ndarray:
    """For each pledge-tagged key of ``keys``, whether ``other_keys`` holds the same key."""
    if len(other_keys) == 0 or len(keys) == 0:
        return np.zeros(len(keys), dtype=bool)
    where = np.minimum(np.searchsorted(other_keys, keys), len(other_keys) - 1)
    return other_keys[where] == keys
