"""From pledge texts to everything the engine compares: deeds, tokens, shingle sets, LSH keys.

One path for every caller (a batch of a million pledges, or ``band_keys`` of one text), so the
keys stored by the web application and those computed in a batch are always the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from tuyengiao.screening.memory import release_free_memory
from tuyengiao.screening.bitmaps import WORDS, set_bitmaps
from tuyengiao.screening.minhash import DEFAULT_PARAMS, LSHParams, band_key_matrix, signatures
from tuyengiao.screening.records import clean_spaces, deed_lines_batch
from tuyengiao.screening.shingles import ShingleSets, Tokens, offsets


@dataclass
class Prepared:
    """A batch of pledges, split into deeds and shingled."""

    deed_lines: list[str]  # every deed, pledge after pledge, as ``deed_lines_batch`` gives it
    deed_pledge: np.ndarray  # pledge of every deed
    deed_counts: np.ndarray  # deeds per pledge
    deed_tokens: Tokens  # one document per deed
    sets: ShingleSets  # one set per pledge (all its deeds)

    @property
    def pledge_count(self) -> int:
        return len(self.deed_counts)

    def deed_texts(self, deeds: np.ndarray) -> list[str]:
        """Display text (``clean``) of the given deeds, in that order."""
        return clean_spaces([self.deed_lines[d] for d in deeds.tolist()])

    def pledge_tokens(self) -> Tokens:
        """The deeds of each pledge one after the other: the pledge as one document."""
        starts = self.deed_tokens.starts[offsets(self.deed_counts)]
        return Tokens(self.deed_tokens.hashes, starts)

    def deed_sets(self, ngram: int, deeds: np.ndarray | None = None) -> ShingleSets:
        """Shingle sets of the given deeds (default: all), in that order."""
        return ShingleSets.build(self.deed_tokens if deeds is None else self.deed_tokens.take(deeds), ngram)


def prepare(texts: Sequence[str], params: LSHParams = DEFAULT_PARAMS) -> Prepared:
    # Deeds are cleaned for display only where shown (``deed_texts``): their words are the same.
    lines, deed_counts = deed_lines_batch(list(texts))
    counts = np.asarray(deed_counts, dtype=np.int64)
    deed_tokens = Tokens.from_texts(lines, is_clean=True)
    deed_pledge = np.repeat(np.arange(len(texts), dtype=np.int64), counts)
    pledge_tokens = Tokens(deed_tokens.hashes, deed_tokens.starts[offsets(counts)])
    return Prepared(lines, deed_pledge, counts, deed_tokens, ShingleSets.build(pledge_tokens, params.ngram))


@dataclass
class Sketch:
    """What the near-duplicate search keeps per pledge."""

    sets: ShingleSets
    # (pledges, bands): int64 band keys, or their int32 ``bucket_keys``; meaningless where ``sets.sizes == 0``
    keys: np.ndarray
    bits: np.ndarray  # (pledges, bitmaps.WORDS) uint64: a map of the shingle set, to bound intersections

    @classmethod
    def of(cls, sets: ShingleSets, params: LSHParams = DEFAULT_PARAMS) -> "Sketch":
        signature = signatures(sets, params)
        return cls(sets, band_key_matrix(signature, params), set_bitmaps(sets))

    def compact(self) -> "Sketch":
        """The same with ``bucket_keys`` (half the memory of the keys), for a batch."""
        return Sketch(self.sets, bucket_keys(self.keys), self.bits)

    @classmethod
    def concat(cls, parts: Sequence["Sketch"], params: LSHParams = DEFAULT_PARAMS) -> "Sketch":
        if not parts:
            return cls(ShingleSets.concat([]), np.zeros((0, params.bands), np.int64),
                       np.zeros((0, WORDS), np.uint64))
        return cls(ShingleSets.concat([p.sets for p in parts]), np.concatenate([p.keys for p in parts]),
                   np.concatenate([p.bits for p in parts]))

    @classmethod
    def merge(cls, parts: list["Sketch"], params: LSHParams = DEFAULT_PARAMS) -> "Sketch":
        """``concat`` that empties ``parts`` as it copies them: each part is freed once copied into
        the (lazily allocated) result, so the peak is the result plus one part, not twice all."""
        if len(parts) < 2:
            return cls.concat(parts, params)
        sizes = offsets(np.concatenate([np.diff(p.sets.starts) for p in parts]))
        columns = [(p.sets.values, p.keys, p.bits) for p in parts]
        parts.clear()  # the parts' arrays now live in ``columns`` only
        values, keys, bits = ([c[k] for c in columns] for k in range(3))
        columns.clear()
        return cls(ShingleSets(_drain(values), sizes), _drain(keys), _drain(bits))


def _drain(arrays: list[np.ndarray]) -> np.ndarray:
    """``np.concatenate`` of the arrays, dropping each one once copied (pages of ``np.empty`` take
    memory only when written); ``arrays`` must be the only reference left to them."""
    result = np.empty((sum(len(a) for a in arrays), *arrays[0].shape[1:]), dtype=arrays[0].dtype)
    at = 0
    arrays.reverse()
    while arrays:
        part = arrays.pop()
        result[at : at + len(part)] = part
        at += len(part)
        del part
        if len(arrays) % 64 == 0:  # the copied parts' memory back to the system as we go
            release_free_memory()
    return result


def bucket_keys(keys: np.ndarray) -> np.ndarray:
    """The high 32 bits of 64-bit band keys (32-bit keys are returned as they are): what a batch
    keeps in memory to group pledges by band. Two different keys share their high bits with
    probability 2**-32; at a few million pledges that puts a few thousand unrelated pairs in one
    bucket, which verification drops."""
    if keys.dtype == np.int32:
        return keys
    return (keys >> 32).astype(np.int32)


def band_keys(text: str, params: LSHParams = DEFAULT_PARAMS) -> list[int]:
    """The LSH band keys of one pledge text: signed 64-bit integers, one per band.

    Store them in an indexed ``bigint`` column (with ``params.version``); candidates for a new
    pledge are the stored pledges sharing at least one key. Empty text: no keys.
    """
    prepared = prepare([text], params)
    if prepared.sets.sizes[0] == 0:
        return []
    return [int(key) for key in Sketch.of(prepared.sets, params).keys[0]]
