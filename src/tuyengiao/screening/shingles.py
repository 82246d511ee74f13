"""Tokens, word n-gram shingles and exact set similarity, vectorised over batches of texts.

A batch of texts becomes flat numpy arrays plus offsets (``starts[i]:starts[i + 1]`` is document
``i``), so that everything after normalisation runs as a handful of numpy passes, not a Python loop.

Hashes are stable across processes and machines (blake2b of the canonical syllable, then fixed
integer mixing): band keys computed today can be stored and compared with those of next year.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np


U64 = np.uint64
_MASK32 = U64(0xFFFFFFFF)
_STEP = U64(0x9E3779B97F4A7C15)  # odd constant (golden ratio) to combine token hashes
# splitmix64's finaliser multipliers (``mix64``; ``kernels.extend_hashes`` uses the same)
MIX_FIRST = U64(0xBF58476D1CE4E5B9)
MIX_SECOND = U64(0x94D049BB133111EB)


def mix64(values: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser on a uint64 array (wrapping arithmetic): a cheap, well-spread hash."""
    z = values ^ (values >> U64(30))
    z *= MIX_FIRST
    z ^= z >> U64(27)
    z *= MIX_SECOND
    z ^= z >> U64(31)
    return z


class _TokenHashes(dict):
    """token -> stable 64-bit hash, computed once per distinct token."""

    cap = 1_000_000

    def __missing__(self, token: str) -> int:
        value = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
        if len(self) >= self.cap:
            self.clear()
        self[token] = value
        return value


TOKEN_HASHES = _TokenHashes()


def token_hash(token: str) -> int:
    return TOKEN_HASHES[token]


def distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values, sorting in place. ``np.unique`` is several times slower on large
    integer arrays (numpy 2.4 hashes them first)."""
    values.sort()
    if len(values) > 1:
        keep = np.empty(len(values), dtype=bool)
        keep[0] = True
        np.not_equal(values[1:], values[:-1], out=keep[1:])
        values = values[keep]
    return values


def offsets(lengths: np.ndarray) -> np.ndarray:
    """[0, l0, l0 + l1, ...]: document i is ``starts[i]:starts[i + 1]``."""
    starts = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    return starts


@dataclass
class Tokens:
    """The syllables of a batch of texts as 64-bit hashes (see ``normalize.syllables``)."""

    hashes: np.ndarray  # uint64, all documents one after the other
    starts: np.ndarray  # int64, len = documents + 1

    @classmethod
    def from_texts(cls, texts: Sequence[str], is_clean: bool = False) -> "Tokens":
        """``syllables`` of every text (``syllables_of_clean`` if ``is_clean``), hashed."""
        from tuyengiao.screening.chunks import token_hashes

        hashes, lengths = token_hashes(list(texts), is_clean)
        return cls(hashes, offsets(lengths))

    @classmethod
    def from_syllables(cls, documents: Iterable[Sequence[str]]) -> "Tokens":
        flat: list[str] = []
        lengths: list[int] = []
        for words in documents:
            flat.extend(words)
            lengths.append(len(words))
        hashes = np.fromiter(map(TOKEN_HASHES.__getitem__, flat), dtype=U64, count=len(flat))
        return cls(hashes, offsets(np.asarray(lengths, dtype=np.int64)))

    def __len__(self) -> int:
        return len(self.starts) - 1

    @property
    def lengths(self) -> np.ndarray:
        return np.diff(self.starts)

    def doc_index(self) -> np.ndarray:
        """The document of every token."""
        return np.repeat(np.arange(len(self), dtype=np.int64), self.lengths)

    def take(self, docs: np.ndarray) -> "Tokens":
        """The given documents only, in that order."""
        lengths = self.lengths[docs]
        starts = offsets(lengths)
        positions = np.repeat(self.starts[:-1][docs] - starts[:-1], lengths) + np.arange(starts[-1])
        return Tokens(self.hashes[positions], starts)


COMPILED_FROM_TOKENS = 50_000  # tokens: a batch's piece, not one pledge


def extend_hash(previous: np.ndarray, following: np.ndarray) -> np.ndarray:
    """Hash of a token run extended by one token (the run's hash, the next token's hash)."""
    if len(previous) >= COMPILED_FROM_TOKENS:
        from tuyengiao.screening.kernels import extend_hashes  # numba is loaded by batches only

        return extend_hashes(np.ascontiguousarray(previous, dtype=U64), np.ascontiguousarray(following, dtype=U64))
    return mix64(previous * _STEP + following)


def phrase_hash(token_hashes: Sequence[int]) -> int:
    """The hash ``ngram_hashes`` and ``Lexicon`` give to this exact run of tokens."""
    values = np.asarray(token_hashes, dtype=U64)
    h = values[:1].copy()
    for value in values[1:]:
        h = extend_hash(h, np.asarray([value], dtype=U64))
    return int(h[0])


def run_hashes(tokens: Tokens, longest: int):
    """Yield (k, hashes, valid): hashes[i] covers tokens i .. i + k - 1, for k = 1 .. longest.

    ``valid[i]`` says whether that run stays inside one document.
    """
    values = tokens.hashes
    total = len(values)
    padded = np.concatenate([values, np.zeros(longest, U64)])
    ends = np.repeat(tokens.starts[1:], tokens.lengths)
    positions = np.arange(total)
    h = values.copy()
    for k in range(1, longest + 1):
        if k > 1:
            h = extend_hash(h, padded[k - 1 : k - 1 + total])
        yield k, h, positions + k <= ends


def ngram_hashes(tokens: Tokens, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of every run of ``n`` consecutive tokens inside a document, and their document.

    A document shorter than ``n`` (but not empty) gives one n-gram: all of its tokens.
    """
    lengths = tokens.lengths
    if len(tokens.hashes) == 0:
        return np.zeros(0, U64), np.zeros(0, np.int64)
    doc = tokens.doc_index()
    short_docs = np.flatnonzero((lengths > 0) & (lengths < n))
    hashes, docs = [], []
    for k, h, valid in run_hashes(tokens, n):
        chosen = short_docs[lengths[short_docs] == k]
        if len(chosen):
            hashes.append(h[tokens.starts[chosen]])
            docs.append(chosen)
        if k == n:
            hashes.append(h[valid])
            docs.append(doc[valid])
    if len(hashes) == 1:
        return hashes[0], docs[0]
    hashes_all, docs_all = np.concatenate(hashes), np.concatenate(docs)
    order = np.argsort(docs_all, kind="stable")
    return hashes_all[order], docs_all[order]


@dataclass
class ShingleSets:
    """Per document, the sorted distinct 32-bit hashes of its word n-grams.

    32 bits are plenty: two documents of 100 shingles share a false hash with probability ~1e-6,
    so the Jaccard similarity of these sets is the exact Jaccard of the shingle sets in practice.
    """

    values: np.ndarray  # uint32
    starts: np.ndarray  # int64, len = documents + 1

    @classmethod
    def build(cls, tokens: Tokens, n: int) -> "ShingleSets":
        hashes, docs = ngram_hashes(tokens, n)
        keys = (docs.astype(U64) << U64(32)) | (mix64(hashes) >> U64(32))
        keys.sort()
        if len(keys):
            keep = np.empty(len(keys), dtype=bool)
            keep[0] = True
            np.not_equal(keys[1:], keys[:-1], out=keep[1:])
            keys = keys[keep]
        counts = np.bincount((keys >> U64(32)).astype(np.int64), minlength=len(tokens))
        return cls((keys & _MASK32).astype(np.uint32), offsets(counts))

    @classmethod
    def concat(cls, parts: Sequence["ShingleSets"]) -> "ShingleSets":
        if not parts:
            return cls(np.zeros(0, np.uint32), np.zeros(1, np.int64))
        lengths = np.concatenate([np.diff(part.starts) for part in parts])
        return cls(np.concatenate([part.values for part in parts]), offsets(lengths))

    def __len__(self) -> int:
        return len(self.starts) - 1

    @property
    def sizes(self) -> np.ndarray:
        cached = self.__dict__.get("_sizes")
        if cached is None or len(cached) != len(self.starts) - 1:
            cached = self.__dict__["_sizes"] = np.diff(self.starts)
        return cached

    def take(self, docs: np.ndarray) -> "ShingleSets":
        sizes = self.sizes[docs]
        starts = offsets(sizes)
        positions = np.repeat(self.starts[:-1][docs] - starts[:-1], sizes) + np.arange(starts[-1])
        return ShingleSets(self.values[positions], starts)

    def fingerprints(self) -> np.ndarray:
        """A 64-bit hash of each whole set: equal sets, equal fingerprints (empty set -> 0)."""
        sums = np.zeros(len(self), dtype=U64)
        nonempty = np.flatnonzero(self.sizes > 0)
        step = 1 << 12  # documents at a time: the 64-bit copies of their values stay small
        for begin in range(0, len(nonempty), step):
            docs = nonempty[begin : begin + step]
            first, last = self.starts[docs[0]], self.starts[docs[-1] + 1]
            mixed = mix64(self.values[first:last].astype(U64) + _STEP)
            sums[docs] = np.add.reduceat(mixed, self.starts[docs] - first)
        return mix64(sums ^ self.sizes.astype(U64))

    def set_of(self, doc: int) -> np.ndarray:
        return self.values[self.starts[doc] : self.starts[doc + 1]]


COMPILED_FROM = 5_000  # pairs: from here on ``intersections`` runs compiled


def intersections(sets: ShingleSets, left, right, other: ShingleSets | None = None,
                  chunk: int = 1 << 19) -> np.ndarray:
    """|A ∩ B| for each pair: A = ``sets`` document left[p], B = ``other`` (default ``sets``)
    document right[p], exactly.

    Many pairs (a batch) are merged pair by pair by ``kernels.intersection_counts``; a few (one
    pledge being saved, against its candidates) in numpy, so that a web request never waits for
    numba to load. In numpy, for a chunk of pairs, the A sets and the B sets are laid end to end
    as keys (pair << 32 | value) and merged; equal neighbours are the common values.
    """
    other = sets if other is None else other
    left = np.asarray(left, dtype=np.int64)
    right = np.asarray(right, dtype=np.int64)
    if len(left) >= COMPILED_FROM:
        from tuyengiao.screening.kernels import intersection_counts  # numba is loaded by batches only

        return intersection_counts(sets.values, sets.starts, left, other.values, other.starts, right)
    result = np.zeros(len(left), dtype=np.int64)
    work = np.cumsum(sets.sizes[left] + other.sizes[right])
    begin = 0
    while begin < len(left):
        base = work[begin - 1] if begin else 0
        end = max(begin + 1, int(np.searchsorted(work, base + chunk, side="right")))
        result[begin:end] = _intersect_chunk(sets, left[begin:end], other, right[begin:end])
        begin = end
    return result


def _gather(sets: ShingleSets, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The values of the given documents end to end, and the pair (row in ``docs``) of each."""
    counts = sets.sizes[docs]
    local = offsets(counts)
    positions = np.repeat(sets.starts[:-1][docs] - local[:-1], counts) + np.arange(local[-1])
    return sets.values[positions], np.repeat(np.arange(len(docs), dtype=np.uint64), counts)


def _intersect_chunk(sets: ShingleSets, left: np.ndarray, other: ShingleSets, right: np.ndarray) -> np.ndarray:
    needles, needle_pair = _gather(sets, left)
    hay, hay_pair = _gather(other, right)
    if len(needles) == 0 or len(hay) == 0:
        return np.zeros(len(left), dtype=np.int64)
    # Both key lists are sorted (pairs in order, values sorted within): a stable sort of the two
    # end to end is one merge (timsort finds the two runs), and a value in both sets of a pair
    # becomes two equal neighbours. Values are distinct within a set.
    keys = np.concatenate([(hay_pair << U64(32)) | hay.astype(U64), (needle_pair << U64(32)) | needles.astype(U64)])
    keys.sort(kind="stable")
    same = keys[1:] == keys[:-1]
    return np.bincount((keys[1:][same] >> U64(32)).astype(np.int64), minlength=len(left))


def jaccard_and_containment(sets: ShingleSets, left, right, other: ShingleSets | None = None):
    """Exact Jaccard |A∩B|/|A∪B| and containment of the left set |A∩B|/|A| for each pair."""
    other = sets if other is None else other
    left = np.asarray(left, dtype=np.int64)
    right = np.asarray(right, dtype=np.int64)
    inter = intersections(sets, left, right, other).astype(np.float64)
    size_left = sets.sizes[left].astype(np.float64)
    union = size_left + other.sizes[right] - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        jaccard = np.where(union > 0, inter / union, 0.0)
        contained = np.where(size_left > 0, inter / size_left, 0.0)
    return jaccard, contained
