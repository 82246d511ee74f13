"""Batch screening: every pledge of a campaign year against each other and against history.

    screener = BatchScreener(Campaign(year=2025, theme=theme_text))
    for chunk in chunks:            # any size; pledges of the year and of earlier years, any order
        screener.add(chunk)
    result = screener.finish()      # flags of every pledge of the year, clusters of copies

``screen_batch(pledges, campaign)`` does the same for a list in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count, repeat
from operator import attrgetter, eq, is_
from typing import Callable, Iterable, Sequence

import numpy as np

from tuyengiao.screening import flags as F
from tuyengiao.screening.copies import DeedSets, best_per_left, measure, overlap_copy, past_copy, possible_hits
from tuyengiao.screening.memory import gc_paused, release_free_memory
from tuyengiao.screening.minhash import band_key_matrix, signatures
from tuyengiao.screening.peers import PledgeTable, cluster_summaries, find_peers
from tuyengiao.screening.records import COLLECTIVE, DEFAULT_SETTINGS, INDIVIDUAL, Campaign, Flag, Pledge, Settings
from tuyengiao.screening.shingles import jaccard_and_containment
from tuyengiao.screening.single import match_info
from tuyengiao.screening.sketch import Sketch, prepare
from tuyengiao.screening.textflags import TextScreen

Progress = Callable[[str, int], None]
PIECE = 2_000  # pledges prepared at a time: the working arrays of a piece stay small


@dataclass
class BatchResult:
    flags: list[tuple[object, list[Flag]]]  # (id, flags) of every screened pledge, input order
    clusters: list[dict]  # copy clusters holding a screened pledge, largest first
    stats: dict = field(default_factory=dict)

    def by_id(self) -> dict:
        return dict(self.flags)


class _Codes:
    """value -> int code, and back; a batch's values are coded in C loops (``map``), not a Python
    call per pledge. Codes are unique but not dense: a value's code is where the counter stood."""

    def __init__(self):
        self._code: dict = {}
        self._value: dict[int, object] = {}
        self._counter = count()

    def codes(self, values: list) -> np.ndarray:
        start = next(self._counter)
        found = np.fromiter(map(self._code.setdefault, values, self._counter), np.int64, len(values))
        for i in np.flatnonzero(found == np.arange(start + 1, start + 1 + len(values))).tolist():
            self._value[int(found[i])] = values[i]  # first seen here
        return found

    def value(self, code: int):
        return self._value[int(code)]


class BatchScreener:
    def __init__(self, campaign: Campaign, settings: Settings = DEFAULT_SETTINGS, keep_texts: bool = True,
                 progress: Progress | None = None):
        self.campaign = campaign
        self.settings = settings
        self.text_screen = TextScreen(campaign, settings)
        self.keep_texts = keep_texts
        self.progress = progress or (lambda stage, done: None)
        self.ids: list = []
        self.texts: list[str] = []
        self._owners, self._units = _Codes(), _Codes()
        self._columns: dict[str, list[np.ndarray]] = {"owner": [], "unit": [], "year": [], "collective": []}
        self._sketches: list[Sketch] = []
        self._deeds: list[DeedSets] = []
        self._deed_counts: list[np.ndarray] = []
        self.text_flags: dict[int, list[Flag]] = {}
        self.skipped_later = 0

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, pledges: Iterable[Pledge]) -> None:
        """Add pledges of the screened year (checked now for their text flags) and of earlier years."""
        pledges = list(pledges)
        with gc_paused():
            for begin in range(0, len(pledges), PIECE):
                self._add(pledges[begin : begin + PIECE])
        self.progress("read", len(self.ids))

    def _add(self, pledges: list[Pledge]) -> None:
        year = self.campaign.year
        chunk = [p for p in pledges if p.year <= year]
        self.skipped_later += len(pledges) - len(chunk)
        if not chunk:
            return
        base = len(self.ids)
        params = self.settings.lsh
        prepared = prepare([p.text for p in chunk], params)
        self._sketches.append(Sketch.of(prepared.sets, params).compact())  # 32-bit keys: kept until the end
        self.ids.extend(p.id for p in chunk)
        if self.keep_texts:
            self.texts.extend(p.text for p in chunk)
        # Small integer types: these columns are kept for every pledge until ``finish``.
        self._columns["owner"].append(self._owners.codes(list(map(attrgetter("owner"), chunk))).astype(np.int32))
        units = list(map(attrgetter("unit"), chunk))
        no_unit = np.fromiter(map(is_, units, repeat(None)), bool, len(chunk))
        self._columns["unit"].append(np.where(no_unit, -1, self._units.codes(units)).astype(np.int32))
        self._columns["year"].append(np.fromiter(map(attrgetter("year"), chunk), np.int16, len(chunk)))
        kinds = map(attrgetter("kind"), chunk)
        self._columns["collective"].append(np.fromiter(map(eq, kinds, repeat(COLLECTIVE)), bool, len(chunk)))
        self._deed_counts.append(prepared.deed_counts.astype(np.int32))
        screened = np.flatnonzero(self._columns["year"][-1] == year)
        if len(screened):
            found = self.text_screen.flags(prepared, screened, [chunk[i].duties or "" for i in screened])
            for local, flags in zip(screened, found):
                if flags:
                    self.text_flags[base + int(local)] = flags
            # Deeds of screened pledges with several deeds, for "one whole deed was copied".
            many = screened[prepared.deed_counts[screened] > 1]
            if len(many):
                chosen = np.flatnonzero(np.isin(prepared.deed_pledge, many))
                first = np.concatenate([[0], np.cumsum(prepared.deed_counts)[:-1]])
                owner = prepared.deed_pledge[chosen]
                self._deeds.append(DeedSets(prepared.deed_sets(params.ngram, chosen), owner + base,
                                            chosen - first[owner]))

    def finish(self, text_of: Callable[[int], str] | None = None) -> BatchResult:
        """Compare everything added; ``text_of(position)`` gives texts when ``keep_texts`` is off."""
        with gc_paused():
            return self._finish(text_of)

    def _finish(self, text_of: Callable[[int], str] | None) -> BatchResult:
        text_of = text_of or self.texts.__getitem__
        settings = self.settings
        sketch = Sketch.merge(self._sketches, settings.lsh)
        self._sketches = [sketch]
        release_free_memory()  # the pieces' memory, before the large arrays of the comparisons
        table = PledgeTable(*(np.concatenate(self._columns[name]) if self._columns[name] else np.zeros(0, np.int64)
                              for name in ("owner", "unit", "year", "collective")),
                            screened=np.zeros(0, bool))
        table.collective = table.collective.astype(bool)
        table.screened = table.year == self.campaign.year
        deeds = DeedSets.concat(self._deeds)
        self.progress("near-duplicates", len(self.ids))
        peers = find_peers(sketch, table, settings.copy_jaccard, settings.bucket_window)
        release_free_memory()
        self.progress("copies", len(self.ids))
        past = self._past(sketch, table, deeds)
        overlap = self._overlap(sketch, table, deeds)
        release_free_memory()
        clusters = cluster_summaries(peers.component, table, sorted(peers.match), self.ids)
        peer_left = np.fromiter(peers.match, np.int64, len(peers.match))
        peer_right = np.array([peers.match[p][0] for p in peer_left.tolist()], dtype=np.int64)
        peer_jaccard, peer_contained = jaccard_and_containment(sketch.sets, peer_left, peer_right)
        peer_match = {int(p): (int(m), float(j), float(j), float(c), 0.0, -1) for p, m, j, c in
                      zip(peer_left, peer_right, peer_jaccard, peer_contained)}
        results = []
        for p in np.flatnonzero(table.screened):
            p = int(p)
            found = list(self.text_flags.get(p, []))
            text = None
            for code, matched in (("copied_past", past.get(p)), ("copied_peer", peer_match.get(p)),
                                  ("overlap", overlap.get(p))):
                if matched is None:
                    continue
                text = text if text is not None else text_of(p)
                found.append(self._copy_flag(code, p, matched, text, text_of, sketch, table, clusters,
                                             peers.component))
            results.append((self.ids[p], found))
        summaries = sorted(clusters.values(), key=lambda c: (-c["size"], c["id"]))
        stats = {"pledges": len(self.ids), "screened": int(table.screened.sum()), "lsh_candidates": peers.candidates,
                 "near_duplicate_edges": peers.edges, "clusters": len(summaries)}
        self.progress("done", len(self.ids))
        return BatchResult(results, summaries, stats)

    def _past(self, sketch: Sketch, table: PledgeTable, deeds: DeedSets) -> dict:
        order = np.lexsort((np.arange(len(table.owner)), table.year, table.owner))
        left, right = [], []
        distance = 0
        while True:  # every earlier pledge of the owner: a merged unit's successor may own dozens
            distance += 1
            later, earlier = order[distance:], order[:-distance]
            same = table.owner[later] == table.owner[earlier]
            if not same.any():  # sorted by owner: no pair this far apart, none farther either
                break
            ok = same & table.screened[later] & (table.year[earlier] < table.year[later])
            left.append(later[ok])
            right.append(earlier[ok])
        empty = np.zeros(0, np.int64)
        return self._best(sketch, np.concatenate(left or [empty]), np.concatenate(right or [empty]), table, deeds,
                          past_copy)

    def _overlap(self, sketch: Sketch, table: PledgeTable, deeds: DeedSets) -> dict:
        collective = np.flatnonzero(table.screened & table.collective & (table.unit >= 0))
        unit_pledge = dict(zip(table.unit[collective][::-1].tolist(), collective[::-1].tolist()))
        individuals = np.flatnonzero(table.screened & ~table.collective & (table.unit >= 0))
        target = np.array([unit_pledge.get(u, -1) for u in table.unit[individuals].tolist()], dtype=np.int64)
        keep = target >= 0
        return self._best(sketch, individuals[keep], target[keep], table, deeds, overlap_copy)

    def _best(self, sketch, left, right, table, deeds, rule) -> dict:
        maybe = possible_hits(sketch.sets, sketch.bits, left, right, deeds, self.settings, rule)
        left, right = left[maybe], right[maybe]
        m = measure(sketch.sets, left, right, deeds, self.settings, rule)
        hit, score = rule(m, self.settings)
        m, score = m.select(hit), score[hit]
        chosen = best_per_left(m.left, score, table.year[m.right])
        return {int(m.left[i]): (int(m.right[i]), float(score[i]), float(m.jaccard[i]), float(m.containment[i]),
                                 float(m.deed_share[i]), int(m.deed_number[i])) for i in chosen}

    def _copy_flag(self, code, p, matched, text, text_of, sketch, table, clusters, component) -> Flag:
        other, score, jaccard, contained, deed_share, deed_number = matched
        pledge = Pledge(self.ids[other], self._owners.value(table.owner[other]),
                        COLLECTIVE if table.collective[other] else INDIVIDUAL,
                        self._units.value(table.unit[other]) if table.unit[other] >= 0 else None,
                        int(table.year[other]), text_of(other))
        info = match_info(pledge, score, jaccard, contained, deed_share, deed_number)
        if code == "copied_past":
            return F.copied_past(info, text, int(self._deed_count(p)))
        if code == "overlap":
            return F.overlap(info, text)
        return F.copied_peer(info, text, clusters.get(int(component[p])))

    def band_keys(self) -> tuple[list, np.ndarray]:
        """The ids of the added pledges that have any text, and their LSH band keys (a row each),
        for storing: a later single pledge finds them by one indexed lookup."""
        params = self.settings.lsh
        sketch = Sketch.merge(self._sketches, params)
        self._sketches = [sketch]
        rows = np.flatnonzero(sketch.sets.sizes > 0)
        # The batch kept 32-bit bucket keys only; the full keys come again from the shingle sets.
        keys = np.empty((len(rows), params.bands), dtype=np.int64)
        for begin in range(0, len(rows), PIECE):
            sets = sketch.sets.take(rows[begin : begin + PIECE])
            keys[begin : begin + PIECE] = band_key_matrix(signatures(sets, params), params)
        return [self.ids[int(i)] for i in rows], keys

    def _deed_count(self, p: int) -> int:
        if not hasattr(self, "_all_deed_counts"):
            self._all_deed_counts = np.concatenate(self._deed_counts) if self._deed_counts else np.zeros(0, np.int64)
        return int(self._all_deed_counts[p])


def screen_batch(pledges: Sequence[Pledge], campaign: Campaign, settings: Settings = DEFAULT_SETTINGS,
                 chunk: int = 20_000, progress: Progress | None = None) -> BatchResult:
    """Screen the pledges of ``campaign.year`` in ``pledges`` against all of them."""
    screener = BatchScreener(campaign, settings, keep_texts=False, progress=progress)
    for begin in range(0, len(pledges), chunk):
        screener.add(pledges[begin : begin + chunk])
    kept = [p for p in pledges if p.year <= campaign.year]
    return screener.finish(lambda position: kept[position].text)
