"""The screening engine as a whole: the one-pledge check agrees with batch screening; band keys and
the near-duplicate index; the engine imports nothing from Django.

Plain Python: no database (nothing here asks for the ``db`` fixture).
"""

import json
import os
import subprocess
import sys

import pytest

from tuyengiao.screening.batch import BatchScreener, screen_batch
from tuyengiao.screening.lsh import NearDuplicateIndex
from tuyengiao.screening.minhash import DEFAULT_PARAMS
from tuyengiao.screening.records import COLLECTIVE, Pledge
from tuyengiao.screening.single import screen_pledge
from tuyengiao.screening.sketch import band_keys
from tests.screening_cases import (CAMPAIGN, CLERK, CONCRETE, FARMER, NFD, PAST_2024, PAST_REWRITTEN, SAME_TOPIC,
                                   TEMPLATE, UNIT_PLEDGE, VAGUE, batch_flags, pledge)


# --- single-pledge check agrees with batch screening ------------------------------------------------

def _copy_view(found):
    return {flag.code: (flag.evidence["match"]["id"], round(flag.evidence["similarity"], 4))
            for flag in found if flag.code in ("copied_past", "copied_peer", "overlap")}


def _dataset():
    return [
        pledge("24-1", "m1", PAST_2024, year=2024, duties=CLERK),
        pledge("24-2", "m2", TEMPLATE, year=2024, duties=FARMER),
        pledge("23-3", "m3", SAME_TOPIC.replace("2025", "2023"), year=2023, duties=CLERK),
        pledge("25-U1", "U1", UNIT_PLEDGE, kind=COLLECTIVE, unit="U1"),
        pledge("25-1", "m1", PAST_REWRITTEN, duties=CLERK),
        pledge("25-2", "m2", TEMPLATE.replace("thôn", "xóm"), duties=FARMER),
        pledge("25-4", "m4", NFD(TEMPLATE), duties=FARMER),
        pledge("25-5", "m5", TEMPLATE, unit="U2", duties=FARMER),
        pledge("25-6", "m6", UNIT_PLEDGE.splitlines()[0][3:] + "\n" + SAME_TOPIC.splitlines()[1][3:], duties=CLERK),
        pledge("25-7", "m7", CONCRETE, duties=CLERK),
        pledge("25-8", "m8", VAGUE, duties=CLERK),
        pledge("26-1", "m1", PAST_REWRITTEN, year=2026),
    ]


def _single_vs_batch(pledges, campaign):
    result = screen_batch(pledges, campaign)
    unit_pledges = {p.unit: p for p in pledges if p.kind == COLLECTIVE and p.year == campaign.year}
    by_id = {p.id: p for p in pledges}
    compared = 0
    for pledge_id, found in result.flags:
        p = by_id[pledge_id]
        single = screen_pledge(p, campaign, pledges, unit_pledges.get(p.unit))
        assert _copy_view(single) == _copy_view(found), pledge_id
        # The text flags come from the same code path: identical.
        assert [f.as_dict() for f in single if f.code not in _copy_view(single)] == \
            [f.as_dict() for f in found if f.code not in _copy_view(found)], pledge_id
        compared += 1
    return result, compared


def test_single_check_agrees_with_batch():
    result, compared = _single_vs_batch(_dataset(), CAMPAIGN)
    assert compared == 8
    codes = {code for _, found in result.flags for code in (f.code for f in found)}
    assert {"copied_past", "copied_peer", "overlap", "vague"} <= codes


@pytest.mark.parametrize("name", ["pledges", "heldout", "heldout2"])
def test_single_check_agrees_with_batch_on_labelled_sets(name):
    from tuyengiao.screening.evaluate import load

    records, campaign = load(name)
    pledges = [Pledge(r["id"], r["owner"], r["kind"], r["unit"], r["year"], r["text"], r.get("duties", ""))
               for r in records]
    _, compared = _single_vs_batch(pledges, campaign)
    assert compared == sum(1 for r in records if r["year"] == campaign.year)


def test_batch_in_chunks_matches_one_chunk():
    pledges = _dataset()
    whole = screen_batch(pledges, CAMPAIGN)
    screener = BatchScreener(CAMPAIGN)
    for p in reversed(pledges):  # any order, any chunk size
        screener.add([p])
    chunked = screener.finish()
    assert screener.skipped_later == 1
    # Input order decides the output order and, between equally close peers, which one is named.
    assert [pid for pid, _ in chunked.flags] == [pid for pid, _ in reversed(whole.flags)]
    same = lambda result: {pid: {code: similarity for code, (_, similarity) in _copy_view(found).items()}  # noqa: E731
                           for pid, found in result.flags}
    assert same(chunked) == same(whole)
    assert {pid: sorted(f.code for f in found) for pid, found in chunked.flags} == {
        pid: sorted(f.code for f in found) for pid, found in whole.flags}
    assert sorted(c["size"] for c in chunked.clusters) == sorted(c["size"] for c in whole.clusters)


# --- band keys and the near-duplicate index ---------------------------------------------------------

def test_band_keys_deterministic_and_normalised():
    keys = band_keys(PAST_2024)
    assert len(keys) == DEFAULT_PARAMS.bands == 24
    assert all(isinstance(k, int) and -(2**63) <= k < 2**63 for k in keys)
    assert band_keys(PAST_2024) == keys
    assert band_keys(NFD(PAST_2024)) == keys
    assert band_keys(PAST_2024.replace("hòa", "hoà").upper()) == keys
    assert band_keys("") == [] and band_keys(" \n ") == []
    assert len(set(keys) & set(band_keys(CONCRETE))) == 0


def test_band_keys_stable_across_processes():
    code = ("import json, sys; from tuyengiao.screening.sketch import band_keys; "
            "print(json.dumps(band_keys(sys.argv[1])))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code, PAST_2024], env=env, capture_output=True, text=True,
                         check=True).stdout
    assert json.loads(out) == band_keys(PAST_2024)


def test_near_duplicate_shares_a_band_key():
    small_edit = PAST_2024.replace("2024", "2025").replace("Hướng dẫn", "Trực tiếp hướng dẫn")
    for variant in (small_edit, PAST_REWRITTEN):
        assert set(band_keys(variant)) & set(band_keys(PAST_2024))
    assert not set(band_keys(SAME_TOPIC)) & set(band_keys(PAST_2024))


def test_near_duplicate_index_query():
    index = NearDuplicateIndex()
    index.add(["24-1", "23-3", "25-7"], [PAST_2024, SAME_TOPIC, CONCRETE])
    index.add(["24-2"], [TEMPLATE])
    assert len(index) == 4
    found = index.query(PAST_REWRITTEN)
    assert [pledge_id for pledge_id, _ in found] == ["24-1"]
    assert 0.45 <= found[0][1] <= 1.0
    assert "24-1" in index.candidates(PAST_REWRITTEN)
    assert index.query(NFD(TEMPLATE.upper())) == [("24-2", 1.0)]
    assert index.query(VAGUE) == []
    assert index.query("") == []
    # The similarity is the exact Jaccard the batch reports for the same pair.
    _, flags = batch_flags([pledge("24-1", "m1", PAST_2024, year=2024), pledge("25-1", "m2", PAST_REWRITTEN)])
    assert flags["25-1"]["copied_peer"].evidence["jaccard"] == pytest.approx(found[0][1], abs=1e-4)


def test_near_duplicate_index_self_join():
    index = NearDuplicateIndex()
    texts = [PAST_2024, SAME_TOPIC, TEMPLATE, PAST_REWRITTEN, NFD(TEMPLATE), CONCRETE]
    index.add(list(range(len(texts))), texts)
    left, right, jaccard = index.pairs()
    assert sorted(zip(left.tolist(), right.tolist())) == [(0, 3), (2, 4)]
    assert jaccard.min() >= 0.45


def test_engine_imports_no_django():
    code = ("import sys; import tuyengiao.screening.batch, tuyengiao.screening.single, tuyengiao.screening.files, "
            "tuyengiao.screening.lsh, tuyengiao.screening.evaluate; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
