"""File screening: a JSONL of pledges in, a JSONL of flags out (``tuyengiao screen-file``).

Input, one JSON object per line::

    {"id": "25-0102", "owner": "m0102", "kind": "individual", "unit": "U01", "year": 2025,
     "text": "Dạy phụ đạo ...", "duties": "Giáo viên dạy Toán, chủ nhiệm lớp 9A"}

``kind`` is "individual" or "collective"; ``duties`` is optional. Pledges of the screened year are
screened; earlier years are history; later years are ignored. Output, one line per screened
pledge, in input order::

    {"id": "25-0102", "flags": [{"code": "copied_past", "score": 1.0, "message": "...", "evidence": {...}}]}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from tuyengiao.screening.batch import BatchScreener
from tuyengiao.screening.records import COLLECTIVE, DEFAULT_SETTINGS, INDIVIDUAL, Campaign, Pledge, Settings

CHUNK = 20_000
REQUIRED = ("id", "owner", "kind", "unit", "year", "text")


class ScreeningInputError(ValueError):
    """A line of the input file that cannot be read; the message is in Vietnamese."""


def parse_line(line: str, number: int) -> Pledge:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ScreeningInputError(f"Dòng {number}: không đọc được JSON ({error.msg}).") from None
    if not isinstance(data, dict):
        raise ScreeningInputError(f"Dòng {number}: mỗi dòng phải là một đối tượng JSON.")
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise ScreeningInputError(f"Dòng {number}: thiếu trường {', '.join(missing)}.")
    if data["kind"] not in (INDIVIDUAL, COLLECTIVE):
        raise ScreeningInputError(f"Dòng {number}: trường kind phải là “individual” hoặc “collective”.")
    try:
        year = int(data["year"])
    except (TypeError, ValueError):
        raise ScreeningInputError(f"Dòng {number}: năm “{data['year']}” không hợp lệ.") from None
    if not isinstance(data["text"], str):
        raise ScreeningInputError(f"Dòng {number}: trường text phải là chuỗi ký tự.")
    if data.get("duties") is not None and not isinstance(data["duties"], str):
        raise ScreeningInputError(f"Dòng {number}: trường duties phải là chuỗi ký tự.")
    return Pledge(id=data["id"], owner=data["owner"], kind=data["kind"], unit=data["unit"], year=year,
                  text=data["text"], duties=data.get("duties") or "")


def screen_file(in_path: str | Path, theme_text: str, year: int, out_path: str | Path,
                progress: Callable[[str, int], None] | None = None, settings: Settings = DEFAULT_SETTINGS,
                length_guide: int = 400, max_deeds: int = 2, clusters_path: str | Path | None = None) -> dict:
    """Screen the pledges of ``year`` in ``in_path``; write one line of flags per pledge to
    ``out_path`` (and the copy clusters to ``clusters_path``). Returns a summary."""
    campaign = Campaign(year=year, theme=theme_text, length_guide=length_guide, max_deeds=max_deeds)
    screener = BatchScreener(campaign, settings, keep_texts=False, progress=progress)
    offsets: list[int] = []
    ids_seen: set = set()
    with open(in_path, "rb") as source:
        chunk: list[Pledge] = []
        position, number = 0, 0
        for raw in source:
            number += 1
            start, position = position, position + len(raw)
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8").strip()
            except UnicodeDecodeError:
                raise ScreeningInputError(f"Dòng {number}: không phải văn bản UTF-8 (hãy lưu tệp với bảng mã "
                                          "UTF-8).") from None
            if not line:
                continue
            pledge = parse_line(line, number)
            key = json.dumps(pledge.id)
            if key in ids_seen:
                raise ScreeningInputError(f"Dòng {number}: mã {pledge.id} bị trùng.")
            ids_seen.add(key)
            if pledge.year > year:
                continue
            chunk.append(pledge)
            offsets.append(start)
            if len(chunk) >= CHUNK:
                screener.add(chunk)
                chunk = []
        screener.add(chunk)
        del ids_seen

        def text_of(index: int) -> str:
            source.seek(offsets[index])
            return json.loads(source.readline().decode("utf-8"))["text"]

        result = screener.finish(text_of)
    counts: dict[str, int] = {}
    with open(out_path, "w", encoding="utf-8") as out:
        for pledge_id, found in result.flags:
            for flag in found:
                counts[flag.code] = counts.get(flag.code, 0) + 1
            out.write(json.dumps({"id": pledge_id, "flags": [flag.as_dict() for flag in found]},
                                 ensure_ascii=False) + "\n")
    if clusters_path:
        with open(clusters_path, "w", encoding="utf-8") as out:
            for cluster in result.clusters:
                out.write(json.dumps(cluster, ensure_ascii=False) + "\n")
    return {**result.stats, "flags": counts, "flagged": sum(1 for _, found in result.flags if found)}
