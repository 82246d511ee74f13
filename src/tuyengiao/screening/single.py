"""Screening one pledge as it is submitted, against candidates the caller fetched.

The web application keeps every pledge's ``band_keys`` in an indexed column. For a new pledge:

    keys = band_keys(text)
    candidates = pledges WHERE band_key IN keys          -- possible near-duplicates
               + the owner's earlier pledges            -- by owner, whatever their keys
    flags = screen_pledge(pledge, campaign, candidates, unit_pledge=the unit's collective pledge)

Candidates of the same owner and an earlier year are checked for ``copied_past``; those of other
owners (same year or earlier) for ``copied_peer``; ``unit_pledge`` for ``overlap``. Every
reported similarity is exact, whatever way the candidates were found.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np

from tuyengiao.screening import flags as F
from tuyengiao.screening.copies import DeedSets, measure, overlap_copy, past_copy
from tuyengiao.screening.records import COLLECTIVE, DEFAULT_SETTINGS, Campaign, Flag, Pledge, Settings
from tuyengiao.screening.shingles import jaccard_and_containment
from tuyengiao.screening.sketch import prepare
from tuyengiao.screening.textflags import TextScreen


def match_info(other: Pledge, similarity: float, jaccard: float, containment: float,
               deed_share: float = 0.0, deed: int = -1) -> dict:
    return {"id": other.id, "owner": other.owner, "kind": other.kind, "unit": other.unit, "year": other.year,
            "text": other.text, "similarity": round(float(similarity), 4), "jaccard": round(float(jaccard), 4),
            "containment": round(float(containment), 4), "deed_share": round(float(deed_share), 4),
            "deed": int(deed)}


def _unit_relation(a: Pledge, b: Pledge) -> bool:
    return (a.kind == COLLECTIVE) != (b.kind == COLLECTIVE) and a.unit is not None and a.unit == b.unit


class PledgeChecker:
    """Compiled once per campaign and settings; ``check`` is then a few milliseconds."""

    def __init__(self, campaign: Campaign, settings: Settings = DEFAULT_SETTINGS):
        self.campaign = campaign
        self.settings = settings
        self.text_screen = TextScreen(campaign, settings)

    def check(self, pledge: Pledge, candidates: Sequence[Pledge] = (), unit_pledge: Pledge | None = None) -> list[Flag]:
        settings = self.settings
        others = [c for c in candidates if c.id != pledge.id and c.year <= pledge.year]
        if unit_pledge is not None and unit_pledge.id != pledge.id:
            others = [c for c in others if c.id != unit_pledge.id] + [unit_pledge]
        prepared = prepare([pledge.text] + [c.text for c in others], settings.lsh)
        found = self.text_screen.flags(prepared, [0], [pledge.duties or ""])[0]
        if not others or prepared.sets.sizes[0] == 0:
            return found
        deeds = None
        if prepared.deed_counts[0] > 1:
            count = int(prepared.deed_counts[0])
            deeds = DeedSets(prepared.deed_sets(settings.lsh.ngram, np.arange(count)),
                             np.zeros(count, np.int64), np.arange(count))
        positions = np.arange(1, len(others) + 1)
        past = [i for i, c in enumerate(others) if c.owner == pledge.owner and c.year < pledge.year]
        if past:
            m = measure(prepared.sets, np.zeros(len(past), np.int64), positions[past], deeds, settings)
            hit, score = past_copy(m, settings)
            if hit.any():
                best = max(np.flatnonzero(hit), key=lambda i: (score[i], others[past[i]].year))
                found.append(F.copied_past(match_info(others[past[best]], score[best], m.jaccard[best],
                                                      m.containment[best], m.deed_share[best], m.deed_number[best]),
                                           pledge.text, int(prepared.deed_counts[0])))
        peers = [i for i, c in enumerate(others) if c.owner != pledge.owner and not _unit_relation(pledge, c)]
        if peers:
            jaccard, contained = jaccard_and_containment(prepared.sets, np.zeros(len(peers), np.int64), positions[peers])
            hit = np.flatnonzero(jaccard >= settings.copy_jaccard)
            if len(hit):
                best = min(hit, key=lambda i: (-jaccard[i], others[peers[i]].year, i))
                owners = {others[peers[i]].owner for i in hit} | {pledge.owner}
                cluster = {"size": len(hit) + 1, "owners": len(owners),
                           "sample_ids": [pledge.id] + [others[peers[i]].id for i in hit[:9]]}
                found.append(F.copied_peer(match_info(others[peers[best]], jaccard[best], jaccard[best],
                                                      contained[best]), pledge.text, cluster))
        if unit_pledge is not None and pledge.kind != COLLECTIVE and unit_pledge.id != pledge.id:
            m = measure(prepared.sets, np.zeros(1, np.int64), positions[-1:], deeds, settings)
            hit, score = overlap_copy(m, settings)
            if hit[0]:
                found.append(F.overlap(match_info(unit_pledge, score[0], m.jaccard[0], m.containment[0],
                                                  m.deed_share[0], m.deed_number[0]), pledge.text))
        return found


@lru_cache(maxsize=16)
def checker(campaign: Campaign, settings: Settings = DEFAULT_SETTINGS) -> PledgeChecker:
    return PledgeChecker(campaign, settings)


def screen_pledge(pledge: Pledge, campaign: Campaign, candidates: Sequence[Pledge] = (),
                  unit_pledge: Pledge | None = None, settings: Settings = DEFAULT_SETTINGS) -> list[Flag]:
    """All flags of one pledge: its text, and copies among ``candidates`` and of ``unit_pledge``."""
    return checker(campaign, settings).check(pledge, candidates, unit_pledge)
