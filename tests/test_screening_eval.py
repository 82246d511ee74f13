"""The labelled evaluation sets (data/eval) and the targets the engine must meet on them.

Targets: copy flags (copied_past, copied_peer, overlap) precision >= 0.95 and recall >= 0.90, per set
and on the three sets combined; vague, off_theme and off_duty F1 >= 0.80 on the sets combined.
No database.
"""

import json
import subprocess
import sys

import pytest

from tuyengiao.screening.evaluate import COPY_CODES, EVAL, SETS, combined, evaluate, load, main, table
from tuyengiao.screening.records import CODES, Campaign

TEXT_CODES = ("vague", "off_theme", "off_duty")
# Sizes observed when these tests were written: (pledges, screened). Adding cases to a set changes
# them on purpose; losing cases by accident does not go unnoticed.
SIZES = {"pledges": (303, 135), "heldout": (82, 50), "heldout2": (35, 27)}


@pytest.fixture(scope="module")
def reports():
    found = {name: evaluate(*load(name)) for name in SETS}
    found["all"] = combined(*(found[name] for name in SETS))
    return found


def test_build_eval_check_passes():
    done = subprocess.run([sys.executable, str(EVAL / "build_eval.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_build_eval_check_notices_a_stale_file(tmp_path):
    # Run the script on a copy of the sets with one JSONL edited: --check must fail.
    for path in EVAL.iterdir():
        if path.suffix in (".src", ".jsonl", ".txt", ".py"):
            (tmp_path / path.name).write_bytes(path.read_bytes())
    stale = tmp_path / "heldout.jsonl"
    stale.write_text(stale.read_text(encoding="utf-8").replace("2024", "2023", 1), encoding="utf-8")
    done = subprocess.run([sys.executable, str(tmp_path / "build_eval.py"), "--check"], capture_output=True,
                          text=True)
    assert done.returncode == 1 and "heldout.jsonl is out of date" in done.stderr


def test_sets_and_sizes():
    assert set(SETS) == set(SIZES)
    total = 0
    for name, (pledges, screened) in SIZES.items():
        records, campaign = load(name)
        assert isinstance(campaign, Campaign) and campaign.theme.strip()
        assert len(records) == pledges
        assert sum(1 for r in records if "expected" in r) == screened
        # Labels only on the screened year; no later years; unique ids; screen-file's input format.
        assert all(("expected" in r) == (r["year"] == campaign.year) for r in records)
        assert all(r["year"] <= campaign.year for r in records)
        assert len({r["id"] for r in records}) == len(records)
        for r in records:
            assert {"id", "owner", "kind", "unit", "year", "text", "duties"} <= set(r)
            assert set(r.get("expected", {}).get("flags", [])) <= set(CODES)
        total += len(records)
    assert total >= 300


def test_every_flag_has_positives(reports):
    # A target met on no positives would say nothing.
    for code in CODES:
        m = reports["all"]["metrics"][code]
        assert m["tp"] + m["fn"] >= 5, code
    for name in SETS:
        for code in COPY_CODES:
            m = reports[name]["metrics"][code]
            assert m["tp"] + m["fn"] >= 2, (name, code)


def test_screened_counts(reports):
    for name, (pledges, screened) in SIZES.items():
        assert reports[name]["pledges"] == pledges and reports[name]["screened"] == screened
    assert reports["all"]["screened"] == sum(screened for _, screened in SIZES.values())


@pytest.mark.parametrize("name", [*SETS, "all"])
@pytest.mark.parametrize("code", COPY_CODES)
def test_copy_flags_meet_targets(reports, name, code):
    m = reports[name]["metrics"][code]
    assert m["precision"] >= 0.95 and m["recall"] >= 0.90, (name, code, m)


@pytest.mark.parametrize("code", TEXT_CODES)
def test_text_flags_meet_targets(reports, code):
    m = reports["all"]["metrics"][code]
    assert m["f1"] >= 0.80, (code, m)


def test_combined_adds_up(reports):
    for code in CODES:
        for key in ("tp", "fp", "fn"):
            assert reports["all"]["metrics"][code][key] == sum(reports[name]["metrics"][code][key] for name in SETS)
    assert len(reports["all"]["errors"]) == sum(len(reports[name]["errors"]) for name in SETS)


def _record(id, owner, year, text, expected=None, kind="individual", unit="U1", duties=""):
    r = {"id": id, "owner": owner, "kind": kind, "unit": unit, "year": year, "text": text, "duties": duties}
    if expected is not None:
        r["expected"] = {"flags": sorted(expected), "matches": expected, "note": ""}
    return r


def test_a_copy_flag_naming_the_wrong_pledge_is_wrong_and_missed():
    deed = ("Hướng dẫn 40 hộ dân thôn Phú Gia nộp hồ sơ trên Cổng dịch vụ công trực tuyến, thanh toán lệ phí "
            "không dùng tiền mặt trước tháng 10/2025.")
    records = [
        _record("a", "m1", 2024, deed),
        _record("b", "m1", 2025, deed, {"copied_past": ["z"]}),  # the label allows another pledge only
        _record("z", "m1", 2023, "Trồng 300 cây xanh trên các tuyến đường liên thôn trong năm 2023."),
        _record("c", "m2", 2025, "Trồng 300 cây xanh trên các tuyến đường liên thôn trong năm 2025.", {}),
    ]
    report = evaluate(records, Campaign(year=2025, theme="Chuyên đề: chuyển đổi số, dịch vụ công trực tuyến."))
    past = report["metrics"]["copied_past"]
    assert (past["tp"], past["fp"], past["fn"]) == (0, 1, 1)
    assert ("copied_past", "b", "wrong match", "a") in report["errors"]
    peer = report["metrics"]["copied_peer"]  # c copies z of another owner: a false alarm
    assert (peer["tp"], peer["fp"], peer["fn"]) == (0, 1, 0)
    assert peer["precision"] == 0.0 and peer["recall"] == 1.0  # no positives: recall is vacuously 1
    assert report["metrics"]["vague"] == {"tp": 0, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_main_prints_the_table(capsys, reports):
    assert main([]) == 0
    printed = capsys.readouterr().out
    assert table(reports) in printed
    for code in CODES:
        assert f"| `{code}` |" in printed
    for name, (pledges, screened) in SIZES.items():
        assert f"{name}: {pledges} pledges, {screened} screened" in printed


def test_jsonl_is_screen_file_input(tmp_path):
    from tuyengiao.screening.files import parse_line

    for name in SETS:
        for number, line in enumerate((EVAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            pledge = parse_line(line, number)
            assert pledge.id == json.loads(line)["id"]
