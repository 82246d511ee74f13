"""MinHash signatures and LSH band keys, vectorised with numpy.

Permutation k maps a 32-bit shingle hash x to ``a_k * x + b_k (mod 2**64)`` (multiply-add, a
2-universal family on 32-bit keys); the signature keeps the top 32 bits of the minimum. Bands of
``rows`` consecutive signature values are hashed, with the band number, into one signed 64-bit
integer: the band key, ready for an indexed ``bigint`` column.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tuyengiao.screening.shingles import U64, ShingleSets, mix64


@dataclass(frozen=True)
class LSHParams:
    """Shingling and banding. Changing any field changes every band key: re-index stored keys."""

    ngram: int = 2  # word n-grams of canonical syllables
    bands: int = 24
    rows: int = 3
    seed: int = 20240519

    @property
    def num_perm(self) -> int:
        return self.bands * self.rows

    @property
    def version(self) -> str:
        """Store this beside band keys: keys of different versions must never be compared."""
        return f"mh1-n{self.ngram}-b{self.bands}-r{self.rows}-s{self.seed}"

    def candidate_probability(self, jaccard: float) -> float:
        """Probability that two texts of this Jaccard similarity share at least one band key."""
        return 1.0 - (1.0 - jaccard**self.rows) ** self.bands


DEFAULT_PARAMS = LSHParams()
EMPTY = np.uint32(0xFFFFFFFF)


def _permutations(params: LSHParams) -> tuple[np.ndarray, np.ndarray]:
    offset = U64((params.seed * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF)
    seeds = mix64(np.arange(2 * params.num_perm, dtype=U64) + offset)
    return seeds[: params.num_perm] | U64(1), seeds[params.num_perm :]


_SMALL = 4096  # shingles; below this, one broadcast pass beats a pass per permutation


def signatures(sets: ShingleSets, params: LSHParams = DEFAULT_PARAMS) -> np.ndarray:
    """(documents, num_perm) uint32 MinHash signatures; an empty document's row is all EMPTY.

    A few pledges (one being saved) take one numpy pass; a batch the compiled loop of
    ``kernels.minhash_block``, which keeps a document's minima in registers instead of making a
    pass over the batch's shingles for each permutation.
    """
    a, b = _permutations(params)
    result = np.full((len(sets), params.num_perm), EMPTY, dtype=np.uint32)
    nonempty = np.flatnonzero(sets.sizes > 0)
    if len(sets.values) <= _SMALL:  # a few pledges (one being saved): all permutations in one pass
        if len(nonempty):
            values = sets.values.astype(U64)
            work = np.multiply.outer(values, a)
            work += b
            result[nonempty] = (np.minimum.reduceat(work, sets.starts[nonempty], axis=0) >> U64(32)).astype(np.uint32)
        return result
    from tuyengiao.screening.kernels import minhash_block  # numba is loaded by batches only

    block = np.empty((len(nonempty), params.num_perm), dtype=np.uint32)
    minhash_block(sets.values, sets.starts, nonempty, a, b, block)
    result[nonempty] = block
    return result


def band_key_matrix(signature: np.ndarray, params: LSHParams = DEFAULT_PARAMS) -> np.ndarray:
    """(documents, bands) int64 band keys. Rows of empty documents are meaningless: mask them."""
    rows = params.rows
    base = mix64(np.arange(params.bands, dtype=U64) + U64(params.seed & 0xFFFFFFFFFFFFFFFF))
    by_band = signature.reshape(len(signature), params.bands, rows)
    h = np.broadcast_to(base, (len(signature), params.bands))
    for row in range(rows):  # every band at once, row by row
        h = mix64(h * U64(0x9E3779B97F4A7C15) + by_band[:, :, row].astype(U64))
    return np.ascontiguousarray(h).view(np.int64)
