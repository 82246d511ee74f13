"""Every key `tuyengiao stats --json` emits is documented in docs/stats.md (and the core ones exist)."""

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

DOC = Path(__file__).resolve().parent.parent / "docs" / "stats.md"
CHILD = "children.<code>"


def documented_keys() -> set[str]:
    """Key paths in the first column of the tables of docs/stats.md."""
    keys = set()
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            first_cell = line.split("|")[1]
            keys.update(re.findall(r"`([^`]+)`", first_cell))
    return keys


def key_paths(data: dict, prefix: str = "") -> set[str]:
    """Every key path, containers included; children.<any code>.x is reported as children.<code> and x."""
    paths = set()
    for key, value in data.items():
        if prefix == "" and key == "children":
            paths.add("children")
            for child in value.values():
                paths.add(CHILD)
                paths.update(key_paths(child))
            continue
        path = f"{prefix}{key}"
        paths.add(path)
        if isinstance(value, dict):
            paths.update(key_paths(value, path + "."))
    return paths


def stats_json(*args) -> dict:
    out = StringIO()
    call_command("stats", "--json", *args, stdout=out)
    return json.loads(out.getvalue())


def placeholder_patterns(keys: set[str]) -> list[re.Pattern]:
    """``classes.by_kind.<kind>.held`` documents every ``classes.by_kind.X.held``."""
    return [re.compile(re.sub(r"<[a-z_]+>", r"[^.]+", re.escape(key)) + "$")
            for key in keys if "<" in key and key != CHILD]


def assert_documented(data: dict) -> None:
    documented = documented_keys()
    patterns = placeholder_patterns(documented)
    missing = sorted(path for path in key_paths(data) - documented
                     if not any(pattern.match(path) for pattern in patterns))
    assert not missing, f"keys emitted by `tuyengiao stats --json` but not documented in docs/stats.md: {missing}"


@pytest.mark.parametrize("args", [
    [], ["--by-child"], ["--unit", "T", "--by-child"], ["--unit", "XA", "--by-child", "--year", "2024"],
    ["--unit", "CA"], ["--year", "2023", "--by-child"],
])
def test_every_emitted_key_is_documented_on_the_fixture(tree, args):
    assert_documented(stats_json(*args))


def test_every_emitted_key_is_documented_on_the_demo_province(settings):
    """The small demo runs every registered demo step, so features' figures show up here too."""
    from tuyengiao.demo.generator import generate

    settings.DEMO_MODE = True
    generate("small", seed=1)
    for args in (["--by-child"], ["--unit", "HN", "--by-child"], ["--unit", "HN.KB", "--by-child", "--year", "2024"],
                 ["--unit", "HN.KB.DH", "--by-child", "--year", "2025"]):
        assert_documented(stats_json(*args))


def test_documented_core_keys_are_emitted(tree):
    """The org/people sections and the envelope are documented exactly, not more."""
    emitted = key_paths(stats_json("--unit", "T", "--by-child"))
    core = {key for key in documented_keys()
            if key.split(".")[0] in {"unit", "year", "as_at", "units", "members", "children"}}
    assert core <= emitted, sorted(core - emitted)
