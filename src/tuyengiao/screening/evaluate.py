"""Precision and recall of every flag on a labelled set (``data/eval/*.jsonl``).

    uv run python -m tuyengiao.screening.evaluate            # both sets, as a Markdown table
    uv run python -m tuyengiao.screening.evaluate --errors   # and every mistake

A copy flag counts as correct only if the pledge it names is one the label allows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tuyengiao.screening.batch import screen_batch
from tuyengiao.screening.records import CODES, DEFAULT_SETTINGS, Campaign, Pledge, Settings

ROOT = Path(__file__).resolve().parents[3]
EVAL = ROOT / "data" / "eval"
SETS = {"pledges": ("theme.txt", 2025), "heldout": ("heldout_theme.txt", 2024), "heldout2": ("heldout2_theme.txt", 2023)}
COPY_CODES = ("copied_past", "copied_peer", "overlap")


def load(name: str) -> tuple[list[dict], Campaign]:
    theme, year = SETS[name]
    records = [json.loads(line) for line in (EVAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    return records, Campaign(year=year, theme=(EVAL / theme).read_text(encoding="utf-8"))


def evaluate(records: list[dict], campaign: Campaign, settings: Settings = DEFAULT_SETTINGS) -> dict:
    pledges = [Pledge(r["id"], r["owner"], r["kind"], r["unit"], r["year"], r["text"], r.get("duties", ""))
               for r in records]
    result = screen_batch(pledges, campaign, settings)
    expected = {r["id"]: r["expected"] for r in records if "expected" in r}
    counts = {code: {"tp": 0, "fp": 0, "fn": 0} for code in CODES}
    errors = []
    for pledge_id, found in result.flags:
        got = {flag.code: flag for flag in found}
        labels = expected[pledge_id]
        for code in CODES:
            predicted, wanted = code in got, code in labels["flags"]
            allowed = labels["matches"].get(code)
            if predicted and wanted and allowed and got[code].evidence["match"]["id"] not in allowed:
                counts[code]["fp"] += 1  # flagged, but naming the wrong pledge: wrong and missed
                counts[code]["fn"] += 1
                errors.append((code, pledge_id, "wrong match", got[code].evidence["match"]["id"]))
            elif predicted and wanted:
                counts[code]["tp"] += 1
            elif predicted:
                counts[code]["fp"] += 1
                errors.append((code, pledge_id, "false alarm", got[code].message))
            elif wanted:
                counts[code]["fn"] += 1
                errors.append((code, pledge_id, "missed", labels.get("note", "")))
    metrics = {}
    for code, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics[code] = {**c, "precision": precision, "recall": recall, "f1": f1}
    return {"metrics": metrics, "errors": errors, "screened": len(result.flags), "pledges": len(records)}


def combined(*reports: dict) -> dict:
    metrics = {}
    for code in CODES:
        c = {key: sum(r["metrics"][code][key] for r in reports) for key in ("tp", "fp", "fn")}
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics[code] = {**c, "precision": precision, "recall": recall, "f1": f1}
    return {"metrics": metrics, "errors": [e for r in reports for e in r["errors"]],
            "screened": sum(r["screened"] for r in reports), "pledges": sum(r["pledges"] for r in reports)}


def table(reports: dict[str, dict]) -> str:
    lines = ["| flag | " + " | ".join(f"{name}: P / R / F1 (positives)" for name in reports) + " |",
             "| --- | " + " | ".join("---" for _ in reports) + " |"]
    for code in CODES:
        cells = []
        for report in reports.values():
            m = report["metrics"][code]
            cells.append(f"{m['precision']:.2f} / {m['recall']:.2f} / {m['f1']:.2f} ({m['tp'] + m['fn']})")
        lines.append(f"| `{code}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    reports = {name: evaluate(*load(name)) for name in SETS}
    reports["all"] = combined(*reports.values())
    print(table(reports))
    for name, report in reports.items():
        print(f"{name}: {report['pledges']} pledges, {report['screened']} screened")
    if args.errors:
        for code, pledge_id, kind, detail in reports["all"]["errors"]:
            print(f"{kind:12} {code:12} {pledge_id:9} {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
