"""Copy measures for pairs of pledges, and the rules that turn them into copy flags.

For a screened pledge A and another pledge B, all exact (set arithmetic on shingle sets):

* ``jaccard``: |A ∩ B| / |A ∪ B| of the whole pledges;
* ``containment``: |A ∩ B| / |A|: how much of A is found in B;
* ``deed``: the largest share of one deed of A found in B (deeds of at least ``min_deed_shingles``
  shingles), and which deed: one whole deed reused is a copy even if the rest is new.

Rules (``Settings``): copied_past: jaccard or deed share reaches its threshold; copied_peer:
jaccard (found through LSH); overlap: containment in the unit's pledge, deed share or jaccard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from tuyengiao.screening.bitmaps import bounds
from tuyengiao.screening.records import Settings
from tuyengiao.screening.shingles import ShingleSets, jaccard_and_containment


@dataclass
class DeedSets:
    """Shingle sets of the deeds of some pledges: deed d belongs to ``pledge[d]`` (a position in
    the pledge store) and is deed number ``number[d]`` (0-based) of it."""

    sets: ShingleSets
    pledge: np.ndarray
    number: np.ndarray

    @classmethod
    def build(cls, sets: ShingleSets, deed_pledge: np.ndarray, deed_counts: np.ndarray) -> "DeedSets":
        first = np.concatenate([[0], np.cumsum(deed_counts)[:-1]]) if len(deed_counts) else np.zeros(0, np.int64)
        number = np.arange(len(deed_pledge)) - first[deed_pledge] if len(deed_pledge) else np.zeros(0, np.int64)
        return cls(sets, deed_pledge, number)

    @classmethod
    def concat(cls, parts: list["DeedSets"]) -> "DeedSets":
        if not parts:
            empty = np.zeros(0, np.int64)
            return cls(ShingleSets.concat([]), empty, empty)
        return cls(ShingleSets.concat([p.sets for p in parts]), np.concatenate([p.pledge for p in parts]),
                   np.concatenate([p.number for p in parts]))


@dataclass
class PairMeasures:
    left: np.ndarray
    right: np.ndarray
    jaccard: np.ndarray
    containment: np.ndarray
    deed_share: np.ndarray  # best single-deed share; 0 where no deed qualifies
    deed_number: np.ndarray  # which deed (0-based), -1 if none

    def select(self, mask: np.ndarray) -> "PairMeasures":
        return PairMeasures(*(getattr(self, name)[mask] for name in
                              ("left", "right", "jaccard", "containment", "deed_share", "deed_number")))


Rule = Callable[[PairMeasures, Settings], tuple[np.ndarray, np.ndarray]]  # (is a copy, score) per pair


def measure(sets: ShingleSets, left: np.ndarray, right: np.ndarray, deeds: DeedSets | None,
            settings: Settings, rule: Rule | None = None) -> PairMeasures:
    """Measures for pairs (left screened, right other) of positions in ``sets``.

    ``deeds`` holds the deeds of the left pledges (pledges with one deed need none: their deed
    share is their containment). With the ``rule`` the measures are for, a pair that the rule
    rejects gets the deed share of its qualifying deeds only: the same hits and scores as without
    it, and the deeds of the bulk of unrelated pairs are not compared.
    """
    left = np.asarray(left, dtype=np.int64)
    right = np.asarray(right, dtype=np.int64)
    jaccard, contained = jaccard_and_containment(sets, left, right)
    share = np.zeros(len(left))
    number = np.full(len(left), -1, dtype=np.int64)
    single = np.ones(len(left), dtype=bool)
    if deeds is not None and len(deeds.pledge) and len(left):
        order = np.argsort(deeds.pledge, kind="stable")
        first = np.searchsorted(deeds.pledge[order], left, "left")
        last = np.searchsorted(deeds.pledge[order], left, "right")
        many = last - first
        single = many <= 1
        pair = np.repeat(np.arange(len(left)), many)
        rank = np.arange(many.sum()) - np.repeat(np.cumsum(many) - many, many)
        deed = order[np.repeat(first, many) + rank]
        big = deeds.sets.sizes[deed] >= settings.min_deed_shingles
        if rule is not None:
            # A deed lies inside its pledge, so it shares at most |A ∩ B| shingles with B. Where
            # the pair is no hit without its deeds, only deeds that could reach the threshold count.
            without = PairMeasures(left, right, jaccard, contained, np.where(single, contained, 0.0), number)
            hit = rule(without, settings)[0]
            inter = np.rint(contained * sets.sizes[left])
            size = deeds.sets.sizes[deed]  # (a deed of one word has its own shingle, the exception)
            big &= hit[pair] | (inter[pair] >= settings.deed_containment * size - 1e-9) | (size == 1)
        pair, deed = pair[big], deed[big]
        if len(pair):
            _, deed_contained = jaccard_and_containment(deeds.sets, deed, right[pair], sets)
            best = np.zeros(len(left))
            np.maximum.at(best, pair, deed_contained)
            winner = deed_contained >= best[pair]
            number[pair[winner]] = deeds.number[deed[winner]]
            share = best
    enough = sets.sizes[left] >= settings.min_deed_shingles
    one = single & enough
    share[one] = contained[one]
    number[one] = 0
    return PairMeasures(left, right, jaccard, contained, share, number)


def possible_hits(sets: ShingleSets, bitmaps: np.ndarray, left: np.ndarray, right: np.ndarray,
                  deeds: DeedSets | None, settings: Settings, rule: Rule) -> np.ndarray:
    """Per pair, whether ``rule`` may find a copy: the rule applied to upper bounds of every
    measure, from the sets' bitmaps (``bitmaps.bounds``). Rules only ask for measures to reach
    thresholds, so a pair it rejects on upper bounds is no copy: only the others need ``measure``."""
    sizes = sets.sizes
    size_left, size_right = sizes[left], sizes[right]
    shared = np.minimum(bounds(bitmaps, sizes, left, right), np.minimum(size_left, size_right))
    union = size_left + size_right - shared
    with np.errstate(invalid="ignore", divide="ignore"):
        jaccard = np.where(union > 0, shared / union, 0.0)
        contained = np.where(size_left > 0, shared / size_left, 0.0)
        # One deed shares at most ``shared`` shingles: the smallest deed that counts could be all shared.
        smallest = np.full(len(sizes), np.inf)
        has_deeds = np.zeros(len(sizes), dtype=bool)
        if deeds is not None and len(deeds.pledge):
            has_deeds[deeds.pledge] = True
            counted = deeds.sets.sizes >= settings.min_deed_shingles
            np.minimum.at(smallest, deeds.pledge[counted], deeds.sets.sizes[counted])
        share = np.where(has_deeds[left], np.minimum(1.0, shared / smallest[left]),
                         np.where(size_left >= settings.min_deed_shingles, contained, 0.0))
    upper = PairMeasures(left, right, jaccard, contained, share, np.full(len(left), -1, dtype=np.int64))
    return rule(upper, settings)[0]


def past_copy(m: PairMeasures, settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """(is copy, score) per pair: the owner's earlier pledge reused."""
    hit = (m.jaccard >= settings.copy_jaccard) | (m.deed_share >= settings.deed_containment)
    return hit, np.maximum(m.jaccard, np.where(m.deed_share >= settings.deed_containment, m.deed_share, 0))


def overlap_copy(m: PairMeasures, settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """(is overlap, score) per pair: an individual pledge repeating its unit's pledge."""
    hit = ((m.containment >= settings.overlap_containment) | (m.deed_share >= settings.deed_containment)
           | (m.jaccard >= settings.copy_jaccard))
    return hit, np.maximum.reduce([m.jaccard, m.containment, np.where(hit, m.deed_share, 0)])


def best_per_left(left: np.ndarray, score: np.ndarray, tiebreak: np.ndarray) -> np.ndarray:
    """Index of the best pair for each distinct left (highest score, then highest tiebreak)."""
    if len(left) == 0:
        return np.zeros(0, np.int64)
    order = np.lexsort((-tiebreak, -score, left))
    first = np.ones(len(order), dtype=bool)
    first[1:] = left[order][1:] != left[order][:-1]
    return order[first]
