"""File screening: ``screen_file`` (JSONL in, JSONL out), its input errors, the ``screen-file``
management command, and docs/screening.md against the engine.

No database: the command reads and writes files only (nothing here asks for the ``db`` fixture).
"""

import io
import json
import re
from dataclasses import fields
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tuyengiao.screening.batch import screen_batch
from tuyengiao.screening.evaluate import EVAL
from tuyengiao.screening.files import REQUIRED, ScreeningInputError, screen_file
from tuyengiao.screening.records import CODES, DEFAULT_SETTINGS, Pledge, Settings

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "screening.md"

THEME = ("Chuyên đề năm 2025: gần dân, trọng dân, vì dân; đẩy mạnh cải cách hành chính, chuyển đổi số, "
         "nâng cao chất lượng phục vụ nhân dân.\n"
         "- Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.\n"
         "- Tiếp dân, đối thoại, giải quyết kịp thời kiến nghị của người dân; công khai, minh bạch.\n")
CLERK = "Công chức Văn phòng - Thống kê xã, phụ trách bộ phận một cửa"
ONLINE_2024 = ("Hướng dẫn 40 hộ dân thôn Phú Gia nộp hồ sơ trên Cổng dịch vụ công trực tuyến, thanh toán lệ phí "
               "không dùng tiền mặt trước tháng 10/2024.")
ONLINE_2025 = ("Hướng dẫn 60 hộ dân thôn Phú Gia nộp hồ sơ trên Cổng dịch vụ công trực tuyến, thanh toán lệ phí "
               "không dùng tiền mặt trước tháng 10/2025.")
DIALOGUE = "Tổ chức 4 buổi đối thoại với nhân dân xã về thủ tục đất đai, trả lời mọi kiến nghị trong 5 ngày làm việc."
VAGUE = "Tích cực học tập, nâng cao nhận thức, thực hiện tốt nhiệm vụ được giao."


def record(id, owner, year, text, kind="individual", unit="U1", **extra):
    return {"id": id, "owner": owner, "kind": kind, "unit": unit, "year": year, "text": text, **extra}


def write_jsonl(path, lines, newline="\n"):
    body = newline.join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    path.write_bytes((body + newline).encode("utf-8"))
    return path


def read_jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def small_input(tmp_path, newline="\n"):
    lines = [
        record("25-3", "m3", 2025, VAGUE, duties=CLERK),  # screened, first in the file
        record("24-1", "m1", 2024, ONLINE_2024, duties=CLERK),  # history
        "",  # blank lines are skipped (but counted)
        record("25-1", "m1", 2025, ONLINE_2025, duties=CLERK),
        record("26-2", "m2", 2026, DIALOGUE),  # a later year: ignored, even though 25-2 is the same text
        record("25-2", "m2", "2025", DIALOGUE),  # the year may be a string
        record(7, "m4", 2025, DIALOGUE, unit=None),  # ids need not be strings; no unit
    ]
    return write_jsonl(tmp_path / "pledges.jsonl", lines, newline)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_screen_file_round_trip(tmp_path, newline):
    source = small_input(tmp_path, newline)
    out, clusters = tmp_path / "flags.jsonl", tmp_path / "clusters.jsonl"
    summary = screen_file(source, THEME, 2025, out, clusters_path=clusters)
    lines = read_jsonl(out)
    # One line per pledge of 2025, in input order; history and later years not output.
    assert [line["id"] for line in lines] == ["25-3", "25-1", "25-2", 7]
    assert all(set(line) == {"id", "flags"} for line in lines)
    flags = {line["id"]: {flag["code"]: flag for flag in line["flags"]} for line in lines}
    for line in lines:
        for flag in line["flags"]:
            assert set(flag) == {"code", "score", "message", "evidence"} and flag["code"] in CODES
    assert set(flags["25-3"]) == {"vague"}
    past = flags["25-1"]["copied_past"]["evidence"]
    # Texts in the evidence are read back from the file: the exact input text of each side.
    assert past["match"] == {"id": "24-1", "owner": "m1", "kind": "individual", "unit": "U1", "year": 2024,
                             "text": ONLINE_2024}
    assert past["text"] == ONLINE_2025
    peer = flags["25-2"]["copied_peer"]["evidence"]
    assert peer["match"]["id"] == 7 and peer["match"]["owner"] == "m4" and peer["match"]["unit"] is None
    assert peer["match"]["text"] == DIALOGUE and peer["cluster"]["size"] == 2  # not 3: 2026 is ignored
    assert flags[7]["copied_peer"]["evidence"]["match"]["id"] == "25-2"
    assert summary["pledges"] == 5 and summary["screened"] == 4
    assert summary["flags"] == {"vague": 1, "copied_past": 1, "copied_peer": 2}
    assert summary["flagged"] == 4 and summary["clusters"] == 1
    [cluster] = read_jsonl(clusters)
    assert cluster["size"] == 2 and set(cluster["sample_ids"]) == {"25-2", 7}


def test_screen_file_matches_batch_screening_on_the_labelled_set(tmp_path):
    source, out = EVAL / "pledges.jsonl", tmp_path / "flags.jsonl"
    theme = (EVAL / "theme.txt").read_text(encoding="utf-8")
    summary = screen_file(source, theme, 2025, out)
    records = read_jsonl(source)
    pledges = [Pledge(r["id"], r["owner"], r["kind"], r["unit"], r["year"], r["text"], r.get("duties", ""))
               for r in records]
    from tuyengiao.screening.records import Campaign

    expected = screen_batch(pledges, Campaign(year=2025, theme=theme))
    got = read_jsonl(out)
    assert [line["id"] for line in got] == [r["id"] for r in records if r["year"] == 2025]
    assert got == [{"id": pid, "flags": [flag.as_dict() for flag in found]} for pid, found in expected.flags]
    assert summary["screened"] == len(got) and summary["pledges"] == len(records)


def test_screen_file_settings_are_passed_on(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [record("25-1", "m1", 2025, "Ra sức phấn đấu vì nhân dân.")])
    out = tmp_path / "out.jsonl"
    screen_file(source, THEME, 2025, out)
    assert read_jsonl(out) == [{"id": "25-1", "flags": []}]
    screen_file(source, THEME, 2025, out, settings=Settings(stock_phrases=("ra sức phấn đấu",)))
    assert [flag["code"] for flag in read_jsonl(out)[0]["flags"]] == ["vague"]
    long = write_jsonl(tmp_path / "long.jsonl", [record("25-1", "m1", 2025, DIALOGUE)])
    screen_file(long, THEME, 2025, out, length_guide=40)
    assert [flag["code"] for flag in read_jsonl(out)[0]["flags"]] == ["too_long"]


GOOD = record("25-1", "m1", 2025, DIALOGUE)


@pytest.mark.parametrize("bad, number, words", [
    ('{"id": "25-2", "owner": "m2", ', 2, "không đọc được JSON"),
    ("[1, 2, 3]", 2, "đối tượng JSON"),
    (json.dumps({k: v for k, v in GOOD.items() if k != "owner"} | {"id": "25-2"}), 2, "thiếu trường owner"),
    (json.dumps({"id": "25-2"}), 2, "thiếu trường owner, kind, unit, year, text"),
    (json.dumps(GOOD | {"id": "25-2", "kind": "tập thể"}), 2, "kind"),
    (json.dumps(GOOD | {"id": "25-2", "year": "năm nay"}), 2, "năm “năm nay” không hợp lệ"),
    (json.dumps(GOOD | {"id": "25-2", "text": None}), 2, "text"),
    (json.dumps(GOOD), 2, "mã 25-1 bị trùng"),
])
def test_bad_input_names_the_line(tmp_path, bad, number, words):
    source = write_jsonl(tmp_path / "in.jsonl", [GOOD, bad, record("25-3", "m3", 2025, VAGUE)])
    out = tmp_path / "out.jsonl"
    with pytest.raises(ScreeningInputError) as caught:
        screen_file(source, THEME, 2025, out)
    message = str(caught.value)
    assert message.startswith(f"Dòng {number}: ") and words in message
    assert not out.exists()  # nothing half-written


def test_duplicate_id_counts_blank_lines_and_later_years(tmp_path):
    lines = [record("x", "m1", 2026, DIALOGUE), "", "", record("x", "m2", 2025, VAGUE)]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    with pytest.raises(ScreeningInputError, match="^Dòng 4: mã x bị trùng"):
        screen_file(source, THEME, 2025, tmp_path / "out.jsonl")


def test_bad_encoding_names_the_line(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes((json.dumps(GOOD, ensure_ascii=False) + "\n").encode("utf-8")
                       + (json.dumps(record("25-2", "m2", 2025, "Tiếp dân vào thứ Hai"), ensure_ascii=False)
                          + "\n").encode("cp1258", errors="replace"))
    with pytest.raises(ScreeningInputError, match="^Dòng 2: "):
        screen_file(source, THEME, 2025, tmp_path / "out.jsonl")


def test_bad_duties_names_the_line(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [GOOD, record("25-2", "m2", 2025, VAGUE, duties=123)])
    with pytest.raises(ScreeningInputError, match="^Dòng 2: "):
        screen_file(source, THEME, 2025, tmp_path / "out.jsonl")


# --- the management command -------------------------------------------------------------------------

def run_command(*args, **options):
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("screen-file", *args, stdout=stdout, stderr=stderr, **options)
    return stdout.getvalue()


def test_command_screens_a_file(tmp_path):
    source = small_input(tmp_path)
    theme = tmp_path / "theme.txt"
    theme.write_text(THEME, encoding="utf-8")
    out, clusters = tmp_path / "flags.jsonl", tmp_path / "clusters.jsonl"
    printed = run_command(str(source), theme=str(theme), year=2025, out=str(out), clusters=str(clusters))
    direct = tmp_path / "direct.jsonl"
    screen_file(source, THEME, 2025, direct)
    assert out.read_text(encoding="utf-8") == direct.read_text(encoding="utf-8")
    assert len(read_jsonl(clusters)) == 1
    assert "Năm 2025: đã sàng lọc 4 bản đăng ký (so với tổng số 5), 4 bản có cảnh báo" in printed
    assert "chung chung: 1" in printed and "trùng với người khác: 2" in printed
    assert "quá dài" not in printed


def test_command_options(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [record("25-1", "m1", 2025, "Ra sức phấn đấu vì nhân dân."),
                                                 record("25-2", "m2", 2025, DIALOGUE)])
    theme = tmp_path / "theme.txt"
    theme.write_text(THEME, encoding="utf-8")
    phrases = tmp_path / "phrases.txt"
    phrases.write_text("# our own list\nra sức phấn đấu\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_command(str(source), theme=str(theme), year=2025, out=str(out), stock_phrases=str(phrases),
                length_guide=60)
    codes = {line["id"]: [flag["code"] for flag in line["flags"]] for line in read_jsonl(out)}
    assert codes == {"25-1": ["vague"], "25-2": ["too_long"]}


def test_command_errors_in_vietnamese(tmp_path):
    theme = tmp_path / "theme.txt"
    theme.write_text(THEME, encoding="utf-8")
    source = write_jsonl(tmp_path / "in.jsonl", [GOOD, json.dumps(GOOD | {"id": "25-2", "kind": "group"})])
    out = tmp_path / "out.jsonl"
    with pytest.raises(CommandError, match="^Dòng 2: trường kind"):
        run_command(str(source), theme=str(theme), year=2025, out=str(out))
    with pytest.raises(CommandError, match="Không tìm thấy tệp bản đăng ký"):
        run_command(str(tmp_path / "missing.jsonl"), theme=str(theme), year=2025, out=str(out))
    with pytest.raises(CommandError, match="Không tìm thấy tệp chuyên đề"):
        run_command(str(source), theme=str(tmp_path / "missing.txt"), year=2025, out=str(out))
    with pytest.raises(CommandError, match="Không tìm thấy tệp cụm từ"):
        run_command(str(source), theme=str(theme), year=2025, out=str(out), stock_phrases=str(tmp_path / "no.txt"))
    assert not out.exists()


# --- docs/screening.md ------------------------------------------------------------------------------

def doc_json_lines():
    """Every line of a ```json block in the docs, parsed."""
    text = DOCS.read_text(encoding="utf-8")
    blocks = re.findall(r"^```json\n(.*?)^```", text, re.S | re.M)
    return [json.loads(line) for block in blocks for line in block.splitlines() if line.strip()]


def test_docs_examples_parse_and_carry_the_documented_keys():
    examples = doc_json_lines()
    inputs = [e for e in examples if "text" in e]
    outputs = [e for e in examples if "flags" in e]
    clusters = [e for e in examples if "sample_ids" in e]
    assert inputs and outputs and clusters
    assert len(inputs) + len(outputs) + len(clusters) == len(examples)
    for example in inputs:
        assert set(REQUIRED) <= set(example) <= set(REQUIRED) | {"duties"}
        Pledge(**example)  # and nothing else
    shown = set()
    for example in outputs:
        assert set(example) == {"id", "flags"}
        for flag in example["flags"]:
            assert set(flag) == {"code", "score", "message", "evidence"}
            assert flag["code"] in CODES and 0 <= flag["score"] <= 1
            shown.add(flag["code"])
            if flag["code"] in ("copied_past", "copied_peer", "overlap"):
                evidence = flag["evidence"]
                assert {"match", "similarity", "jaccard", "containment", "text"} <= set(evidence)
                assert {"id", "owner", "kind", "unit", "year", "text"} == set(evidence["match"])
    assert {"copied_past", "copied_peer"} <= shown
    for example in clusters:
        assert set(example) == {"id", "size", "owners", "screened", "sample_ids"}


def test_docs_example_output_is_real(tmp_path):
    """The documented output lines are what screen-file writes for data/eval/pledges.jsonl (evidence
    texts may be shortened with "…")."""
    out = tmp_path / "flags.jsonl"
    screen_file(EVAL / "pledges.jsonl", (EVAL / "theme.txt").read_text(encoding="utf-8"), 2025, out)
    real = {line["id"]: line for line in read_jsonl(out)}

    def same(doc, actual):
        if isinstance(doc, str) and doc.endswith("…") and isinstance(actual, str):
            return actual.startswith(doc[:-1])
        if isinstance(doc, dict) and isinstance(actual, dict):
            return doc.keys() == actual.keys() and all(same(doc[k], actual[k]) for k in doc)
        if isinstance(doc, list) and isinstance(actual, list):
            return len(doc) == len(actual) and all(map(same, doc, actual))
        return doc == actual

    outputs = [e for e in doc_json_lines() if "flags" in e]
    for example in outputs:
        assert same(example, real[example["id"]]), example["id"]


def test_docs_name_every_flag_and_threshold():
    text = DOCS.read_text(encoding="utf-8")
    for code in CODES:
        assert re.search(rf"^#+ .*`{code}`", text, re.M), f"no section for {code}"
    for title in ("## In the application", "## Near-duplicate search", "## Evaluation"):
        assert title in text
    assert "src/tuyengiao/screening/data/stock_phrases.txt" in text and "--stock-phrases" in text
    assert "tuyengiao screen-file PLEDGES.jsonl --theme THEME.txt --year YYYY --out FLAGS.jsonl" in text
    # Every threshold is in the table of thresholds with its default value.
    settings = [(f.name, getattr(DEFAULT_SETTINGS, f.name)) for f in fields(Settings)
                if isinstance(getattr(DEFAULT_SETTINGS, f.name), (int, float))]
    rules = [(f.name, getattr(rule, f.name)) for rule in (DEFAULT_SETTINGS.vague, DEFAULT_SETTINGS.relatedness)
             for f in fields(rule)]
    lsh = DEFAULT_SETTINGS.lsh
    for name, value in settings + rules + [("bands", lsh.bands), ("rows", lsh.rows), ("ngram", lsh.ngram)]:
        rows = [line for line in text.splitlines() if line.startswith(f"| `{name}` |")]
        assert len(rows) == 1, f"{name} is not in the table of thresholds"
        assert rows[0].split("|")[2].strip() == str(value), f"{name}: default {value} not documented"


def test_docs_evaluation_table_is_current():
    from tuyengiao.screening.evaluate import SETS, combined, evaluate, load, table

    reports = {name: evaluate(*load(name)) for name in SETS}
    reports["all"] = combined(*reports.values())
    assert table(reports) in DOCS.read_text(encoding="utf-8")
