"""Turn the hand-written, hand-labelled ``*.src`` sets into ``*.jsonl``.

    uv run python data/eval/build_eval.py          # rewrite data/eval/pledges.jsonl, heldout.jsonl
    uv run python data/eval/build_eval.py --check  # fail if a JSONL is not up to date

Three sets: ``pledges`` (development: the lexicon and thresholds were tuned on it; screened
year 2025, theme.txt), ``heldout`` (written afterwards, measured, then used to fix the lexicon;
2024) and ``heldout2`` (written after that, measured once; 2023). Each output line is a pledge in the ``screen-file`` input format (id, owner, kind, unit, year, text,
duties) plus, for the screened year, ``expected``: the flags a reviewer would raise, the pledge ids
a copy flag may name, and the note on the case. Deterministic: same source, same bytes.
"""

import argparse
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = {"pledges": ("theme.txt", 2025), "heldout": ("heldout_theme.txt", 2024), "heldout2": ("heldout2_theme.txt", 2023)}  # name: (theme, year)
CODES = {"too_long", "vague", "off_theme", "off_duty", "copied_past", "copied_peer", "overlap"}


def parse(text: str, screened_year: int) -> list[dict]:
    units: dict[str, dict] = {}
    members: dict[str, dict] = {}
    pledges: list[dict] = []
    current: dict | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not line.startswith("@"):
            if current is None:
                raise ValueError(f"line {number}: text outside a pledge")
            current["lines"].append(line)
            continue
        head, _, rest = line[1:].partition(" ")
        fields = [field.strip() for field in rest.split("|")]
        if head == "unit":
            code, name, functions = fields
            units[code] = {"name": name, "duties": functions}
        elif head == "member":
            member_id, unit, duties = fields
            if unit not in units:
                raise ValueError(f"line {number}: unknown unit {unit}")
            members[member_id] = {"unit": unit, "duties": duties}
        elif head == "pledge":
            pledge_id, owner, year, labels, *options = fields
            current = {"id": pledge_id, "owner": owner, "year": int(year), "labels": labels,
                       "nfd": "nfd" in options, "lines": [], "line": number}
            pledges.append(current)
        else:
            raise ValueError(f"line {number}: unknown directive @{head}")
    return [_record(pledge, units, members, screened_year) for pledge in pledges]


def _record(pledge: dict, units: dict, members: dict, screened_year: int) -> dict:
    owner = pledge["owner"]
    if owner in units:
        kind, unit, duties = "collective", owner, units[owner]["duties"]
    elif owner in members:
        kind, unit, duties = "individual", members[owner]["unit"], members[owner]["duties"]
    else:
        raise ValueError(f"line {pledge['line']}: unknown owner {owner}")
    if not pledge["lines"]:
        raise ValueError(f"line {pledge['line']}: pledge without text")
    text = "\n".join(pledge["lines"])
    if pledge["nfd"]:
        text = unicodedata.normalize("NFD", text)
    record = {"id": pledge["id"], "owner": owner, "kind": kind, "unit": unit, "year": pledge["year"],
              "text": text, "duties": duties}
    labels, _, note = pledge["labels"].partition("#")
    labels = labels.strip()
    if pledge["year"] == screened_year:
        flags, matches = [], {}
        for item in filter(None, (part.strip() for part in labels.split(";"))):
            if item == "-":
                continue
            code, _, ids = item.partition("=")
            if code not in CODES:
                raise ValueError(f"line {pledge['line']}: unknown flag {code}")
            flags.append(code)
            if ids:
                matches[code] = [value.strip() for value in ids.split(",")]
        record["expected"] = {"flags": sorted(flags), "matches": matches, "note": note.strip()}
    elif labels not in ("-", ""):
        raise ValueError(f"line {pledge['line']}: only {screened_year} pledges carry labels")
    return record


def validate(records: list[dict]) -> None:
    ids = [record["id"] for record in records]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate pledge ids")
    by_id = {record["id"]: record for record in records}
    for record in records:
        for code, targets in record.get("expected", {}).get("matches", {}).items():
            for target in targets:
                other = by_id.get(target)
                if other is None:
                    raise ValueError(f"{record['id']}: {code} names unknown pledge {target}")
                same_owner = other["owner"] == record["owner"]
                if code == "copied_past" and not (same_owner and other["year"] < record["year"]):
                    raise ValueError(f"{record['id']}: {target} is not an earlier pledge of the owner")
                if code == "copied_peer" and (same_owner or other["year"] > record["year"]):
                    raise ValueError(f"{record['id']}: {target} is not another owner's pledge")
                if code == "overlap" and not (other["kind"] == "collective" and other["unit"] == record["unit"]):
                    raise ValueError(f"{record['id']}: {target} is not the unit's collective pledge")


def render(records: list[dict]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    for name, (_, year) in SETS.items():
        records = parse((HERE / f"{name}.src").read_text(encoding="utf-8"), year)
        validate(records)
        output, target = render(records), HERE / f"{name}.jsonl"
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != output:
                print(f"{target.name} is out of date: run {Path(__file__).name}", file=sys.stderr)
                return 1
            continue
        target.write_text(output, encoding="utf-8")
        screened = [record for record in records if "expected" in record]
        counts: dict[str, int] = {}
        for record in screened:
            for code in record["expected"]["flags"]:
                counts[code] = counts.get(code, 0) + 1
        print(f"{name}: {len(records)} pledges, {len(screened)} screened ({year}); positives: "
              + ", ".join(f"{code} {counts.get(code, 0)}" for code in sorted(CODES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
