"""The batch engine's fast paths give exactly what the plain ones give, on the labelled pledges:
band-by-band verification, merging sketches, distinct values, the lexicon's prefilter.

Plain Python: no database.
"""

import json
from pathlib import Path

import numpy as np

from tuyengiao.screening.lexicon import load_lexicon
from tuyengiao.screening.lsh import candidate_pairs, near_pairs, verify
from tuyengiao.screening.shingles import Tokens, distinct, jaccard_and_containment, run_hashes
from tuyengiao.screening.sketch import Sketch, prepare

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"


def texts() -> list[str]:
    found = []
    for name in ("pledges", "heldout", "heldout2"):
        with open(EVAL / f"{name}.jsonl", encoding="utf-8") as file:
            found.extend(json.loads(line)["text"] for line in file if line.strip())
    return found


def sketches(step: int = 97) -> tuple[list[Sketch], list[str]]:
    all_texts = texts()
    return [Sketch.of(prepare(all_texts[b : b + step]).sets) for b in range(0, len(all_texts), step)], all_texts


def test_merge_is_concat_and_empties_the_parts():
    parts, _ = sketches()
    expected = Sketch.concat(parts)
    merged = Sketch.merge(list(parts))  # a copy of the list: ``merge`` empties the one it is given
    assert np.array_equal(merged.sets.values, expected.sets.values)
    assert np.array_equal(merged.sets.starts, expected.sets.starts)
    assert np.array_equal(merged.keys, expected.keys) and np.array_equal(merged.bits, expected.bits)
    given = list(parts)
    Sketch.merge(given)
    assert given == []


def test_near_pairs_band_by_band_is_candidates_then_verify():
    parts, all_texts = sketches()
    sketch = Sketch.concat(parts)
    eligible = sketch.sets.sizes > 0
    wanted = eligible & (np.arange(len(all_texts)) % 3 == 0)
    for threshold, window in zip((0.45, 0.3, 0.8, 0.45), (32, 32, 32, 2)):
        left, right = candidate_pairs(sketch.keys, eligible, wanted, window)
        expected = verify(sketch, left, right, threshold)
        exact, _ = jaccard_and_containment(sketch.sets, left, right)
        assert len(expected[0]) == (exact >= threshold).sum()  # every candidate reaching it
        found_left, found_right, jaccard, candidates = near_pairs(sketch, eligible, wanted, threshold, window)
        assert found_left.tolist() == expected[0].tolist() and found_right.tolist() == expected[1].tolist()
        assert np.allclose(jaccard, expected[2])
        assert candidates >= len(left) > len(found_left) > 0


def test_distinct_is_unique():
    rng = np.random.default_rng(5)
    for values in (rng.integers(0, 50, 1000), rng.integers(0, 2**63, 300, dtype=np.int64), np.zeros(0, np.int64),
                   np.array([7])):
        assert distinct(values.copy()).tolist() == np.unique(values).tolist()


def test_lexicon_prefilter_finds_every_phrase_match():
    """The bit masks (of phrases, and of the runs that begin a longer phrase) drop nothing: the
    same matches as searching every run of every length."""
    lexicon = load_lexicon()
    tokens = Tokens.from_texts(texts())
    found = lexicon.match(tokens)
    expected = set()
    for k, h, valid in run_hashes(tokens, lexicon.longest):
        table = lexicon._tables.get(k)
        if table is None:
            continue
        hashes, counts, starts, flat = table[:4]
        where = np.minimum(np.searchsorted(hashes, h), len(hashes) - 1)
        for position in np.flatnonzero(valid & (hashes[where] == h)):
            slot = where[position]
            expected.update((int(position), k, int(e)) for e in flat[starts[slot] : starts[slot] + counts[slot]])
    assert set(zip(found.start.tolist(), found.length.tolist(), found.entry.tolist())) == expected
    assert len(expected) > 500 and max(k for _, k, _ in expected) >= 4
    assert np.array_equal(found.doc, tokens.doc_index()[found.start])


def test_measure_skips_only_deeds_that_cannot_matter():
    """With the rule given, ``measure`` compares fewer deeds but yields the same hits, scores,
    deed shares and deed numbers for every pair the rule keeps; ``possible_hits`` keeps them all."""
    from tuyengiao.screening.bitmaps import set_bitmaps
    from tuyengiao.screening.copies import DeedSets, measure, overlap_copy, past_copy, possible_hits
    from tuyengiao.screening.records import DEFAULT_SETTINGS

    from tuyengiao.screening.records import split_deeds

    singles = texts()
    # Pledges of a long and a short deed, and the first 60% of the long deed: pairs that are hits
    # although no deed reaches the deed threshold, so every deed's share counts in the score.
    by_length = sorted(singles, key=len)
    half = len(by_length) // 2
    joined = [f"1. {long}\n2. {short}" for long, short in zip(by_length[::-1][:half], by_length[:half])]
    partial = [" ".join(split_deeds(text)[0].split()[: len(split_deeds(text)[0].split()) * 3 // 5]) for text in joined]
    originals = singles + joined
    all_texts = originals + partial
    prepared = prepare(all_texts)
    many = np.flatnonzero(prepared.deed_counts > 1)
    chosen = np.flatnonzero(np.isin(prepared.deed_pledge, many))
    first = np.concatenate([[0], np.cumsum(prepared.deed_counts)[:-1]])
    owner = prepared.deed_pledge[chosen]
    deeds = DeedSets(prepared.deed_sets(2, chosen), owner, chosen - first[owner])
    rng = np.random.default_rng(11)
    count = len(originals)
    left = np.concatenate([np.repeat(np.arange(count), 40), np.arange(len(singles), count)])
    right = np.concatenate([rng.integers(0, count, 40 * count), np.arange(len(partial)) + count])
    near_left, near_right = candidate_pairs(Sketch.of(prepared.sets).keys, prepared.sets.sizes > 0,
                                            prepared.sets.sizes > 0)
    left, right = np.concatenate([left, near_left, near_right]), np.concatenate([right, near_right, near_left])
    for rule in (past_copy, overlap_copy):
        full = measure(prepared.sets, left, right, deeds, DEFAULT_SETTINGS)
        quick = measure(prepared.sets, left, right, deeds, DEFAULT_SETTINGS, rule)
        hit, score = rule(full, DEFAULT_SETTINGS)
        quick_hit, quick_score = rule(quick, DEFAULT_SETTINGS)
        assert np.array_equal(hit, quick_hit) and np.array_equal(score[hit], quick_score[hit])
        assert np.array_equal(full.deed_share[hit], quick.deed_share[hit])
        assert np.array_equal(full.deed_number[hit], quick.deed_number[hit])
        deed_hits = hit & (full.deed_share >= DEFAULT_SETTINGS.deed_containment) & (full.jaccard < 0.45)
        assert deed_hits.sum() > 0 and hit.sum() > deed_hits.sum()
        # The bitmap bounds keep every hit, and leave out most of the random pairs.
        maybe = possible_hits(prepared.sets, set_bitmaps(prepared.sets), left, right, deeds, DEFAULT_SETTINGS, rule)
        assert maybe[hit].all() and maybe.sum() < hit.sum() + len(left) // 10


def test_chunk_table_starts_again_past_its_cap(monkeypatch):
    """A batch with more distinct chunks than the cap is still right, and the table is bounded."""
    from tuyengiao.screening.chunks import TABLE, token_hashes
    from tuyengiao.screening.normalize import syllables
    from tuyengiao.screening.shingles import token_hash

    monkeypatch.setattr(TABLE, "cap", 50)
    texts = [f"Mã số {i}-{i * 7}x và hồ sơ số {i}y, ngày {i % 28 + 1}/{i % 12 + 1}" for i in range(120)]
    for _ in range(2):
        hashes, lengths = token_hashes(texts)
        assert hashes.tolist() == [token_hash(word) for text in texts for word in syllables(text)]
        assert lengths.tolist() == [len(syllables(text)) for text in texts]
    token_hashes(["hồ sơ"])
    assert len(TABLE.rows) <= 50 + 10


def test_bitmap_bounds_never_fall_below_the_intersection():
    """The bound is an upper bound for every pair (sets with many values on one bit included),
    and it is tight enough to leave few unrelated pairs."""
    from tuyengiao.screening.bitmaps import bounds, may_reach, set_bitmaps
    from tuyengiao.screening.shingles import ShingleSets, intersections, offsets

    rng = np.random.default_rng(2)
    sizes = rng.choice([0, 1, 5, 40, 64, 300, 2000], 600)
    values = [np.unique(rng.integers(0, 1 << 32, n, dtype=np.int64)).astype(np.uint32) for n in sizes]
    values[3] = np.arange(0, 512 * 40, 512, dtype=np.uint32)  # forty values on one bit
    values[4] = values[3][:30].copy()
    all_sets = ShingleSets(np.concatenate(values), offsets(np.array([len(v) for v in values])))
    labelled = Sketch.concat(sketches()[0]).sets
    for sets in (all_sets, labelled):
        left = np.concatenate([rng.integers(0, len(sets), 5000), [3, 4], np.arange(len(sets))])
        right = np.concatenate([rng.integers(0, len(sets), 5000), [4, 3], np.arange(len(sets))])
        bitmaps = set_bitmaps(sets)
        bound = bounds(bitmaps, sets.sizes, left, right)
        exact = intersections(sets, left, right)
        assert (bound >= exact).all()
        assert bound[-len(sets):].tolist() == sets.sizes.tolist()  # a set with itself: its size
        jaccard = exact / np.maximum(sets.sizes[left] + sets.sizes[right] - exact, 1)
        reach = may_reach(bound, sets.sizes[left], sets.sizes[right], 0.45)
        assert reach[jaccard >= 0.45].all()
    unrelated = reach[: 5000] & (jaccard[: 5000] < 0.45)
    assert unrelated.sum() < 50


def test_batch_band_keys_are_the_stored_keys():
    """The batch keeps 32-bit bucket keys; the full keys it hands out for storing are those of
    ``band_keys(text)``, which a single pledge is later looked up by."""
    from tuyengiao.screening.batch import BatchScreener
    from tuyengiao.screening.records import Campaign, Pledge
    from tuyengiao.screening.sketch import band_keys, bucket_keys

    all_texts = texts()[:450] + ["", "   "]
    screener = BatchScreener(Campaign(2025, "Học tập và làm theo Bác"))
    screener.add([Pledge(i, f"o{i}", "individual", "U1", 2024 + i % 2, text, "") for i, text in enumerate(all_texts)])
    assert screener._sketches[0].keys.dtype == np.int32
    ids, keys = screener.band_keys()
    assert ids == [i for i, text in enumerate(all_texts) if text.strip()]
    assert keys.dtype == np.int64
    for pledge_id, row in zip(ids, keys.tolist()):
        assert row == band_keys(all_texts[pledge_id])
    assert bucket_keys(keys).tolist() == (keys >> 32).tolist()
    # A pledge without text, last of the batch, is screened too (it once broke the length check).
    flags = screener.finish().by_id()
    assert flags[len(all_texts) - 1] == [] and len(flags) == sum(1 for i in range(len(all_texts)) if i % 2)


def test_gc_paused_restores_the_collector():
    import gc

    from tuyengiao.screening.memory import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    try:
        with gc_paused():
            raise KeyError
    except KeyError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()


def test_release_free_memory_runs_here():
    from tuyengiao.screening.memory import release_free_memory

    assert release_free_memory() in (True, False)


def test_crowded_buckets_pair_rows_through_a_second_band():
    """Sixty variants of one pledge fill every bucket they share (crowded beyond window + 1):
    they are paired through pairs of crowded bands, not all with all, and still all found."""
    base = ("Vận động 30 hộ dân ở thôn Đông Hòa phân loại rác thải tại nguồn, tuyên truyền qua loa truyền "
            "thanh hằng tuần, kiểm tra thực tế mỗi tháng và báo cáo kết quả với chi bộ")
    extra = "an bình hòa phú gia đông tây nam bắc thanh hà minh khai nhân lạc sơn tân hưng phước long".split()
    variants = [f"{base} cùng {a} {b}" for a in extra[:10] for b in extra[10:16]]
    sketch = Sketch.of(prepare(variants).sets)
    every = np.ones(len(variants), dtype=bool)
    left, right, jaccard, candidates = near_pairs(sketch, every, every, 0.45, 3)
    *_, all_with_all = near_pairs(sketch, every, every, 0.45, len(variants))  # no bucket crowded
    assert candidates < all_with_all
    assert set(left.tolist()) | set(right.tolist()) == set(range(len(variants)))
    assert (jaccard >= 0.45).all()


def test_neighbours_are_the_pairs_of_a_bucket_within_the_window():
    from tuyengiao.screening.lsh import _neighbours

    rng = np.random.default_rng(3)
    sizes = rng.choice([2, 2, 3, 5, 9, 40], 300)
    run = np.repeat(np.arange(len(sizes)), sizes)
    members = rng.permutation(len(run) * 2)[: len(run)]
    wanted = rng.random(len(run) * 2) < 0.3
    for window in (1, 4, 32, 200):
        found = {(int(members[i]), int(members[i + d])) for d, index in
                 _neighbours(members, run, wanted, window) for i in index}
        expected = {(int(members[i]), int(members[j])) for i in range(len(run)) for j in range(i + 1, len(run))
                    if run[i] == run[j] and j - i <= window and (wanted[members[i]] or wanted[members[j]])}
        assert found == expected and len(expected) > 100


def test_candidates_are_every_pair_sharing_a_band_key():
    """Without crowded buckets (a window as large as the batch), the candidates are exactly the
    pairs of eligible pledges that share a band key, one of them wanted."""
    parts, all_texts = sketches()
    sketch = Sketch.concat(parts)
    count = len(all_texts)
    eligible = sketch.sets.sizes > 0
    eligible[5] = False
    wanted = eligible & (np.arange(count) % 4 == 1)
    expected = set()
    for band in range(sketch.keys.shape[1]):
        rows_by_key: dict[int, list[int]] = {}
        for row in np.flatnonzero(eligible).tolist():
            rows_by_key.setdefault(int(sketch.keys[row, band]), []).append(row)
        for rows in rows_by_key.values():
            expected.update((i, j) for a, i in enumerate(rows) for j in rows[a + 1:] if wanted[i] or wanted[j])
    left, right = candidate_pairs(sketch.keys, eligible, wanted, window=count)
    assert set(zip(left.tolist(), right.tolist())) == expected and len(expected) > 50


def test_compiled_minhash_is_the_formula():
    """``kernels.minhash_block`` (a batch's signatures) against the formula in plain numpy."""
    from tuyengiao.screening.minhash import DEFAULT_PARAMS, EMPTY, _permutations, signatures

    sets = prepare(texts() + ["", "   "]).sets
    assert len(sets.values) > 4096  # the compiled path, not the one for a few pledges
    found = signatures(sets)
    a, b = _permutations(DEFAULT_PARAMS)
    for doc in range(len(sets)):
        values = sets.set_of(doc).astype(np.uint64) if sets.sizes[doc] else None
        if values is None:
            assert (found[doc] == EMPTY).all()
            continue
        expected = ((np.multiply.outer(values, a) + b).min(axis=0) >> np.uint64(32)).astype(np.uint32)
        assert np.array_equal(found[doc], expected), doc


def test_band_pair_buckets_pair_each_crowded_band_with_the_next_ones():
    """The compiled band-pair buckets against a plain loop over every row's crowded bands."""
    from tuyengiao.screening.lsh import BAND_PAIR_REACH, _ROW_SHIFT, _band_pair_buckets, _crowded_entries

    rng = np.random.default_rng(5)
    bands = 24
    parts = []
    for band in range(bands):
        members = np.flatnonzero(rng.random(400) < 0.4)
        parts.append(_crowded_entries(members, band, rng.integers(-2**31, 2**31, len(members)).astype(np.int32)))
    entries = np.concatenate(parts)
    entries.sort()
    found = set()
    for rows, keys in _band_pair_buckets(entries, bands):
        found |= set(zip(rows.tolist(), keys.tolist()))
    mask = (1 << _ROW_SHIFT) - 1
    expected = set()
    by_row: dict[int, list[int]] = {}
    for entry in entries.tolist():
        by_row.setdefault(entry >> _ROW_SHIFT, []).append(entry & mask)
    for row, payloads in by_row.items():
        for i, first in enumerate(payloads):
            for second in payloads[i + 1 : i + 1 + BAND_PAIR_REACH]:
                mixed = (first * 0x9E3779B97F4A7C15 + second * 0xC2B2AE3D27D4EB4F) % 2**64
                high = mixed >> 32
                expected.add((row, high - 2**32 if high >= 2**31 else high))
    assert found == expected and len(expected) > 1000


def test_compiled_intersections_are_the_numpy_merge(monkeypatch):
    """Many pairs go through ``kernels.intersection_counts``, a few through the numpy merge:
    the same counts, and both the true size of each intersection."""
    from tuyengiao.screening import shingles

    prepared = prepare(texts() + [""])
    sets, deed_sets = prepared.sets, prepared.deed_sets(2)
    rng = np.random.default_rng(8)
    for other, count in ((sets, len(sets)), (deed_sets, len(deed_sets))):
        left = rng.integers(0, len(sets), 20_000)
        right = np.where(rng.random(20_000) < 0.5, left % count, rng.integers(0, count, 20_000))
        assert len(left) >= shingles.COMPILED_FROM
        compiled = shingles.intersections(sets, left, right, other)
        monkeypatch.setattr(shingles, "COMPILED_FROM", 10**9)
        plain = shingles.intersections(sets, left, right, other)
        monkeypatch.undo()
        assert np.array_equal(compiled, plain) and compiled.sum() > 1000
        for p in range(0, 20_000, 997):
            expected = len(set(sets.set_of(left[p]).tolist()) & set(other.set_of(right[p]).tolist()))
            assert compiled[p] == expected


def test_runs_are_the_shared_buckets_holding_a_wanted_row():
    """``lsh._runs`` (a sort, then ``kernels.bucket_runs``) against grouping in plain Python."""
    from tuyengiao.screening.lsh import _runs

    rng = np.random.default_rng(13)
    total = 5_000
    for repeats in (False, True):
        rows = rng.integers(0, total, 20_000) if repeats else rng.permutation(total)[:3_000]
        bucket = rng.integers(-60, 60, len(rows)).astype(np.int32) * 1_000_003
        wanted = rng.random(total) < 0.2
        members, keys, run, sizes = _runs(bucket, rows.astype(np.int64), wanted, total, repeats)
        groups: dict[int, set] = {}
        for b, r in zip(bucket.tolist(), rows.tolist()):
            groups.setdefault(b, set()).add(r)
        expected = {b: rs for b, rs in groups.items() if len(rs) >= 2 and wanted[list(rs)].any()}
        found: dict[int, list] = {}
        for m, k in zip(members.tolist(), keys.tolist()):
            found.setdefault(k, []).append(m)
        assert {k: set(v) for k, v in found.items()} == expected and len(expected) > 20
        assert all(len(v) == len(set(v)) and v == sorted(v) for v in found.values())  # once each, in order
        assert np.array_equal(sizes[run], [len(expected[k]) for k in keys.tolist()])
        assert (np.diff(run) >= 0).all() and len(np.unique(run)) == len(expected)


def test_one_pledge_is_checked_without_loading_numba():
    """The web application's path (band keys and checks of one pledge) stays in numpy: numba's
    start-up (about 2 s of CPU) is for batches. In a fresh interpreter, since tests load it."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from tuyengiao.screening.records import Campaign, Pledge\n"
            "from tuyengiao.screening.single import checker\n"
            "from tuyengiao.screening.sketch import band_keys\n"
            "text = 'Vận động 30 hộ dân phân loại rác thải tại nguồn trước tháng 6, đạt 90% hộ tham gia'\n"
            "keys = band_keys(text)\n"
            "old = Pledge('a', 'o', 'individual', 'U', 2024, text, '')\n"
            "new = Pledge('b', 'o', 'individual', 'U', 2025, text, '')\n"
            "flags = checker(Campaign(2025, 'Chuyển đổi số')).check(new, [old])\n"
            "assert len(keys) == 24 and 'copied_past' in [f.code for f in flags]\n"
            "print('numba' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_compiled_extend_hash_is_mix64_of_the_step():
    """``extend_hash`` of a batch's tokens (compiled) against its numpy formula."""
    from tuyengiao.screening.shingles import COMPILED_FROM_TOKENS, _STEP, extend_hash, mix64

    rng = np.random.default_rng(21)
    previous = rng.integers(0, 2**63, COMPILED_FROM_TOKENS + 7, dtype=np.int64).view(np.uint64) * np.uint64(3)
    following = rng.integers(0, 2**63, len(previous), dtype=np.int64).view(np.uint64)
    assert np.array_equal(extend_hash(previous, following), mix64(previous * _STEP + following))
    assert np.array_equal(extend_hash(previous[:5], following[:5]), mix64(previous[:5] * _STEP + following[:5]))
