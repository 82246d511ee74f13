"""The engine's language data and a vectorised phrase matcher.

Three editable lists, shipped as defaults under ``data/`` (an administrator may replace any of
them; the engine takes them as input):

* stock phrases (``stock_phrases.txt``): what generic pledges are made of;
* cues (``cues.txt``): words of concreteness (quantities, time frames, targets, concrete acts),
  contexts where a number is not a quantity, and words too general to relate texts by;
* concepts (``concepts.txt``): fields of work and the people-facing side of a theme.

All phrases are put through ``normalize.syllables``, so case, tone placement, NFD input and
numbers ("0") are handled exactly as in the texts. One ``Lexicon`` matches all of them at once
over a batch of token hashes: one pass per phrase length, whatever the number of phrases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from tuyengiao.screening.normalize import syllables
from tuyengiao.screening.shingles import TOKEN_HASHES, Tokens, extend_hash, phrase_hash

DATA = Path(__file__).resolve().parent / "data"

# Kinds of entries in a lexicon.
STOCK, QUANTITY, TIME, TARGET, ACTION, NOT_QUANTITY, STOP, CONCEPT = range(8)
CUE_KINDS = {"quantity": QUANTITY, "time": TIME, "target": TARGET, "action": ACTION,
             "not_quantity": NOT_QUANTITY, "stop": STOP}


@dataclass(frozen=True)
class Concept:
    code: str
    kind: str  # "field" or "people"
    label: str  # Vietnamese, for messages


@dataclass(frozen=True)
class Entry:
    phrase: str  # as written in the list
    kind: int
    concept: int = -1  # index into Lexicon.concepts for CONCEPT entries
    weight: float = 1.0


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.strip().startswith("#")]


def parse_cues(lines: Iterable[str]) -> list[Entry]:
    entries, kind = [], None
    for line in lines:
        if line.startswith("[") and line.endswith("]"):
            kind = CUE_KINDS[line[1:-1]]
        elif kind is not None:
            entries.append(Entry(line, kind))
    return entries


def parse_concepts(lines: Iterable[str]) -> tuple[list[Concept], list[Entry]]:
    concepts: list[Concept] = []
    entries: list[Entry] = []
    for line in lines:
        if line.startswith("["):
            code, _, rest = line[1:].partition("]")
            kind, _, label = rest.partition("|")
            concepts.append(Concept(code.strip(), kind.strip(), label.strip()))
            continue
        for phrase in filter(None, (part.strip() for part in line.split(","))):
            weak = phrase.endswith("~")
            entries.append(Entry(phrase.rstrip("~").strip(), CONCEPT, len(concepts) - 1, 0.5 if weak else 1.0))
    return concepts, entries


@dataclass
class Matches:
    """Phrase occurrences in a batch: token start, length, entry index, document."""

    doc: np.ndarray
    start: np.ndarray
    length: np.ndarray
    entry: np.ndarray

    def select(self, mask: np.ndarray) -> "Matches":
        return Matches(self.doc[mask], self.start[mask], self.length[mask], self.entry[mask])

    def outermost(self) -> np.ndarray:
        """Mask of matches not strictly inside a longer match (the same span may repeat)."""
        if len(self.start) == 0:
            return np.zeros(0, dtype=bool)
        order = np.lexsort((-self.length, self.start))
        start, end = self.start[order], self.start[order] + self.length[order]
        reach = np.maximum.accumulate(end)  # starts are global token indexes: no reset needed
        previous = np.concatenate([[-1], reach[:-1]])
        same_span = np.zeros(len(order), dtype=bool)
        same_span[1:] = (start[1:] == start[:-1]) & (end[1:] == end[:-1])
        inside = (previous >= end) & ~same_span
        # a repeated span is inside something only if its first copy is
        for i in np.flatnonzero(same_span):
            inside[i] = inside[i - 1]
        mask = np.empty(len(order), dtype=bool)
        mask[order] = ~inside
        return mask


_BITS = 18  # a 256 KB mask per table: a run of words passes by chance with p < 0.3%


@dataclass
class Lexicon:
    """Stock phrases, cues and concepts, compiled for matching."""

    entries: list[Entry]
    concepts: list[Concept] = field(default_factory=list)

    def __post_init__(self):
        keys: dict[int, dict[int, list[int]]] = {}
        prefixes: dict[int, set[int]] = {}
        self.entry_tokens: list[tuple[str, ...]] = []
        for index, entry in enumerate(self.entries):
            words = tuple(syllables(entry.phrase))
            self.entry_tokens.append(words)
            if not words:
                continue
            hashes = [TOKEN_HASHES[word] for word in words]
            h = phrase_hash(hashes)
            keys.setdefault(len(words), {}).setdefault(h, []).append(index)
            for k in range(1, len(words)):
                prefixes.setdefault(k, set()).add(phrase_hash(hashes[:k]))
        self.longest = max(keys, default=0)
        # Hashes of the runs of k words that begin a longer phrase: a run that is none of them is
        # not extended, so matching costs a pass over the tokens plus a pass per phrase start.
        self._prefixes = {k: _hash_set(values) for k, values in prefixes.items()}
        self._tables = {}
        for length, table in keys.items():
            hashes, present = _hash_set(table)
            counts = np.array([len(table[int(h)]) for h in hashes], dtype=np.int64)
            flat = np.array([i for h in hashes for i in table[int(h)]], dtype=np.int64)
            self._tables[length] = (hashes, counts, np.concatenate([[0], np.cumsum(counts)]), flat, present)
        self.kind = np.array([entry.kind for entry in self.entries], dtype=np.int64)
        self.concept = np.array([entry.concept for entry in self.entries], dtype=np.int64)
        self.weight = np.array([entry.weight for entry in self.entries], dtype=np.float64)
        # Entries whose words carry no content of their own when relating texts.
        self.masking = np.array([
            entry.kind in (STOP, STOCK, QUANTITY)
            or (entry.kind == CONCEPT and self.concepts[entry.concept].kind == "none")
            for entry in self.entries
        ], dtype=bool)

    @classmethod
    def build(cls, stock_phrases: Sequence[str], cues: Sequence[Entry], concepts: Sequence[Concept],
              concept_entries: Sequence[Entry]) -> "Lexicon":
        entries = [Entry(phrase, STOCK) for phrase in stock_phrases] + list(cues) + list(concept_entries)
        return cls(entries, list(concepts))

    def match(self, tokens: Tokens) -> Matches:
        """Every occurrence of every entry, found by extending runs of words one word at a time,
        only from runs that begin some longer phrase."""
        starts, lengths, entries = [], [], []
        values = tokens.hashes
        position = np.arange(len(values), dtype=np.int64)  # where each live run starts
        room = np.repeat(tokens.starts[1:], tokens.lengths) - position  # tokens left in its document
        h = values.copy()
        for k in range(1, self.longest + 1):
            if k > 1:
                h = extend_hash(h, values[position + k - 1])
            table = self._tables.get(k)
            if table is not None and len(h):
                hashes, counts, offsets, flat, present = table
                maybe = np.flatnonzero(present[h >> np.uint64(64 - _BITS)])
                where = np.minimum(np.searchsorted(hashes, h[maybe]), len(hashes) - 1)
                found = hashes[where] == h[maybe]
                hit, slot = position[maybe[found]], where[found]
                if len(hit):
                    repeat = counts[slot]
                    at = np.repeat(hit, repeat)
                    first = np.repeat(offsets[slot], repeat)
                    rank = np.arange(len(at)) - np.repeat(np.cumsum(repeat) - repeat, repeat)
                    entries.append(flat[first + rank])
                    starts.append(at)
                    lengths.append(np.full(len(at), k, dtype=np.int64))
            if k == self.longest or k not in self._prefixes:
                break
            # The bits alone: a run let through by a chance bit costs a little work and matches nothing.
            live = np.flatnonzero(self._prefixes[k][1][h >> np.uint64(64 - _BITS)] & (room > k))
            position, room, h = position[live], room[live], h[live]
        if not starts:
            empty = np.zeros(0, np.int64)
            return Matches(empty, empty, empty, empty)
        start = np.concatenate(starts)
        doc = np.searchsorted(tokens.starts, start, side="right") - 1
        return Matches(doc, start, np.concatenate(lengths), np.concatenate(entries))


def _hash_set(values) -> tuple[np.ndarray, np.ndarray]:
    """Sorted hashes, and a bit per top-``_BITS``-bit prefix of them: one cheap gather rules out
    almost every run of words before the (slower) binary search."""
    hashes = np.array(sorted(values), dtype=np.uint64)
    present = np.zeros(1 << _BITS, dtype=bool)
    present[hashes >> np.uint64(64 - _BITS)] = True
    return hashes, present


@lru_cache(maxsize=1)
def default_stock_phrases() -> tuple[str, ...]:
    return tuple(read_lines(DATA / "stock_phrases.txt"))


def load_lexicon(stock_phrases: Sequence[str] | None = None, cues_path: Path | None = None,
                 concepts_path: Path | None = None) -> Lexicon:
    """The lexicon from the shipped data files, or from the lists an administrator gives."""
    stock = default_stock_phrases() if stock_phrases is None else tuple(stock_phrases)
    return _load(stock, cues_path or DATA / "cues.txt", concepts_path or DATA / "concepts.txt")


@lru_cache(maxsize=8)
def _load(stock: tuple[str, ...], cues_path: Path, concepts_path: Path) -> Lexicon:
    cues = parse_cues(read_lines(cues_path))
    concepts, concept_entries = parse_concepts(read_lines(concepts_path))
    return Lexicon.build(stock, cues, concepts, concept_entries)
