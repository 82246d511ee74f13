"""The engine's inner loops compiled with numba: where numpy would make a pass over the data for
every step of a small loop (a permutation, a neighbour, a word of a map), one compiled loop
makes one pass.

Each kernel computes exactly what the numpy code it replaced computed (the tests compare them
with plain implementations). Compiled code is cached beside this file (``cache=True``), so a
kernel is compiled only the first time it is ever used on a machine (a few seconds); after that a
process loads numba (about 1 s of CPU) and its kernels (about 1 s more, ``warm_up``) once.

Only batches use them, and their callers import this module when a batch needs it: checking one
pledge as it is saved (the web application) never loads numba.
"""

from __future__ import annotations

import numpy as np
from numba import njit, types
from numba.extending import intrinsic

# The constants of ``shingles``' hashes (numba takes module globals as compile-time constants).
from tuyengiao.screening.shingles import _STEP, MIX_FIRST, MIX_SECOND


@intrinsic
def _popcount(typingctx, value):
    """Set bits of a uint64 (one ``popcnt`` instruction)."""
    signature = types.uint64(types.uint64)

    def codegen(context, builder, sig, args):
        return builder.ctpop(args[0])

    return signature, codegen


@njit(cache=True, nogil=True)
def minhash_block(values, starts, docs, a, b, out):
    """``out[r, k]``: the top 32 bits of min over the values v of document ``docs[r]`` of
    ``a[k] * v + b[k] (mod 2**64)``; values are uint32, ``starts`` the documents' offsets."""
    perms = len(a)
    top = np.uint64(0xFFFFFFFFFFFFFFFF)
    shift = np.uint64(32)
    acc = np.empty(perms, np.uint64)
    for r in range(len(docs)):
        d = docs[r]
        for k in range(perms):
            acc[k] = top
        for p in range(starts[d], starts[d + 1]):
            v = np.uint64(values[p])
            for k in range(perms):
                h = a[k] * v + b[k]
                if h < acc[k]:
                    acc[k] = h
        for k in range(perms):
            out[r, k] = np.uint32(acc[k] >> shift)


@njit(cache=True, nogil=True)
def bounded_pairs(members, run, wanted, bits, sizes, spare, window, threshold, total):
    """The pairs (as codes ``i * total + j``, i < j) of ``members`` at most ``window`` apart in
    one run (bucket), one of them ``wanted``, whose bitmap bound (``bitmaps``) may reach
    ``threshold``; and how many such pairs were bounded (the candidates)."""
    n = len(members)
    # The rows' maps and sizes gathered once, in bucket order: the pairs then read nearby memory.
    local_bits = np.empty((n, 4), np.uint64)
    local_size = np.empty(n, np.int64)
    local_spare = np.empty(n, np.int64)
    local_wanted = np.empty(n, np.bool_)
    for i in range(n):
        m = members[i]
        for w in range(4):
            local_bits[i, w] = bits[m, w]
        local_size[i] = sizes[m]
        local_spare[i] = spare[m]
        local_wanted[i] = wanted[m]
    out = np.empty(1024, np.int64)
    count = 0
    candidates = 0
    for i in range(n):
        ri = run[i]
        wi = local_wanted[i]
        b0, b1, b2, b3 = local_bits[i, 0], local_bits[i, 1], local_bits[i, 2], local_bits[i, 3]
        si, pi = local_size[i], local_spare[i]
        end = min(n, i + window + 1)
        for j in range(i + 1, end):
            if run[j] != ri:
                break
            if not (wi or local_wanted[j]):
                continue
            candidates += 1
            shared = (_popcount(b0 & local_bits[j, 0]) + _popcount(b1 & local_bits[j, 1])
                      + _popcount(b2 & local_bits[j, 2]) + _popcount(b3 & local_bits[j, 3]))
            bound = min(pi, local_spare[j]) + np.int64(shared)  # int64 + uint64 would be a float
            # As ``bitmaps.may_reach``: J <= bound / (a + b - bound).
            if bound * (1.0 + threshold) >= threshold * (si + local_size[j]) - 1e-9:
                if count == len(out):
                    grown = np.empty(2 * len(out), np.int64)
                    grown[:count] = out
                    out = grown
                mi, mj = members[i], members[j]
                out[count] = min(mi, mj) * total + max(mi, mj)
                count += 1
    return out[:count], candidates


@njit(cache=True, nogil=True)
def entries_by_band(entries, bands):
    """Positions of ``entries`` (row << row_shift | band << 32 | bucket) grouped by band, each
    band's in their order (a counting sort), and where each band's begin (``bands + 1`` offsets)."""
    starts = np.zeros(bands + 1, np.int64)
    for i in range(len(entries)):
        starts[((entries[i] >> 32) & 31) + 1] += 1
    starts = np.cumsum(starts)
    at = starts[:-1].copy()
    positions = np.empty(len(entries), np.int64)
    for i in range(len(entries)):
        band = (entries[i] >> 32) & 31
        positions[at[band]] = i
        at[band] += 1
    return positions, starts


@njit(cache=True, nogil=True)
def band_pair_buckets(entries, first, reach, row_shift):
    """For ``lsh._band_pair_buckets``: ``entries`` (row << row_shift | band << 32 | bucket) are
    sorted by row then band; for each position in ``first`` and each of the next ``reach``
    entries of the same row: the row, and a 32-bit bucket of the two (band, bucket) payloads."""
    n = len(entries)
    payload_bits = (np.int64(1) << row_shift) - 1
    count = 0
    for i in first:
        row = entries[i] >> row_shift
        for d in range(1, reach + 1):
            if i + d >= n or (entries[i + d] >> row_shift) != row:
                break
            count += 1
    rows = np.empty(count, np.int64)
    buckets = np.empty(count, np.int32)
    first_mix = np.uint64(0x9E3779B97F4A7C15)
    second_mix = np.uint64(0xC2B2AE3D27D4EB4F)
    at = 0
    for i in first:
        row = entries[i] >> row_shift
        payload = np.uint64(entries[i] & payload_bits)
        for d in range(1, reach + 1):
            if i + d >= n or (entries[i + d] >> row_shift) != row:
                break
            mixed = payload * first_mix + np.uint64(entries[i + d] & payload_bits) * second_mix
            high = np.int64(mixed >> np.uint64(32))  # the high 32 bits, read as a signed int32
            rows[at] = row
            buckets[at] = np.int32(high - (np.int64(1) << 32) if high >= np.int64(1) << 31 else high)
            at += 1
    return rows, buckets


@njit(cache=True, nogil=True)
def intersection_counts(values, starts, left, other_values, other_starts, right):
    """|A ∩ B| for each pair: A = document ``left[p]`` (``values``, ``starts``), B = document
    ``right[p]`` of the other sets; both sorted and distinct, so one merge per pair."""
    result = np.zeros(len(left), np.int64)
    for p in range(len(left)):
        i, i_end = starts[left[p]], starts[left[p] + 1]
        j, j_end = other_starts[right[p]], other_starts[right[p] + 1]
        shared = 0
        while i < i_end and j < j_end:
            a, b = values[i], other_values[j]
            if a == b:
                shared += 1
                i += 1
                j += 1
            elif a < b:
                i += 1
            else:
                j += 1
        result[p] = shared
    return result


@njit(cache=True, nogil=True)
def bucket_runs(packed, shift, wanted, repeats):
    """For ``lsh._runs``: ``packed`` (bucket << shift | row) sorted. The buckets of two rows or
    more holding a ``wanted`` row: their rows, each row's bucket and run number, and the size of
    every run. ``repeats``: a row twice in one bucket counts once."""
    n = len(packed)
    mask = (np.int64(1) << shift) - 1
    members = np.empty(n, np.int64)
    keys = np.empty(n, np.int64)
    run = np.empty(n, np.int64)
    sizes = np.empty(n // 2 + 1, np.int64)
    count = 0
    runs = 0
    i = 0
    while i < n:
        key = packed[i] >> shift
        j = i + 1
        while j < n and (packed[j] >> shift) == key:
            j += 1
        if j - i < 2:  # most rows are alone in their bucket
            i = j
            continue
        start = count
        has_wanted = False
        for p in range(i, j):
            if repeats and p > i and packed[p] == packed[p - 1]:
                continue
            row = packed[p] & mask
            members[count] = row
            count += 1
            if wanted[row]:
                has_wanted = True
        if count - start >= 2 and has_wanted:
            for p in range(start, count):
                keys[p] = key
                run[p] = runs
            sizes[runs] = count - start
            runs += 1
        else:
            count = start
        i = j
    return members[:count].copy(), keys[:count].copy(), run[:count].copy(), sizes[:runs].copy()


@njit(cache=True, nogil=True)
def extend_hashes(previous, following):
    """``shingles.extend_hash`` of uint64 arrays: splitmix64 of previous * STEP + following,
    in one pass instead of numpy's seven."""
    out = np.empty(len(previous), np.uint64)
    for i in range(len(previous)):
        z = previous[i] * _STEP + following[i]
        z ^= z >> np.uint64(30)
        z *= MIX_FIRST
        z ^= z >> np.uint64(27)
        z *= MIX_SECOND
        out[i] = z ^ (z >> np.uint64(31))
    return out


def warm_up() -> None:
    """Load every kernel (from numba's cache, or compiled on a first run) by calling it once on
    tiny inputs: a process that will screen a batch pays this once, before it starts."""
    values, starts = np.arange(3, dtype=np.uint32), np.array([0, 2, 3], np.int64)
    pair = np.zeros(1, np.int64)
    extend_hashes(np.ones(2, np.uint64), np.ones(2, np.uint64))
    intersection_counts(values, starts, pair, values, starts, pair)
    minhash_block(values, starts, pair, np.ones(2, np.uint64), np.zeros(2, np.uint64), np.empty((1, 2), np.uint32))
    packed = np.array([0, 1, 2, 3], np.int64)
    wanted = np.ones(4, np.bool_)
    for repeats in (False, True):
        bucket_runs(packed, 1, wanted, repeats)
    bounded_pairs(packed[:2], pair.repeat(2), wanted, np.zeros((4, 4), np.uint64), packed, packed, 32, 0.45, 4)
    entries = np.array([0, 1 << 32], np.int64)
    positions, bounds = entries_by_band(entries, 24)
    band_pair_buckets(entries, positions[bounds[0] : bounds[1]], 4, 37)
