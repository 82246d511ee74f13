"""Production settings are safe by default: `tuyengiao check --deploy` is clean."""

import os
import subprocess
import sys


def run_cli(tmp_path, *args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "TUYENGIAO_DEMO", "DATABASE_URL"}}
    environment.update(TUYENGIAO_DATA_DIR=str(tmp_path), **env)
    return subprocess.run([sys.executable, "-m", "tuyengiao", *args], env=environment, capture_output=True,
                          text=True, timeout=120)


def test_check_deploy_is_clean_when_configured_for_production(tmp_path):
    result = run_cli(tmp_path, "check", "--deploy", "--fail-level", "WARNING",
                     SECRET_KEY="x" * 20 + "Production-Secret-Key-0123456789-abcdefghij", ALLOWED_HOSTS="tuyengiao.example.vn")
    assert result.returncode == 0, result.stdout + result.stderr


def test_secret_key_is_generated_once_and_kept_private(tmp_path):
    assert run_cli(tmp_path, "check").returncode == 0
    key_file = tmp_path / "secret_key"
    first = key_file.read_text()
    assert len(first) >= 50 and oct(key_file.stat().st_mode)[-3:] == "600"
    assert run_cli(tmp_path, "check").returncode == 0
    assert key_file.read_text() == first


def test_debug_mode_is_reported_by_check_deploy(tmp_path):
    result = run_cli(tmp_path, "check", "--deploy", "--fail-level", "WARNING", DEBUG="1")
    assert result.returncode != 0 and "DEBUG" in result.stderr + result.stdout
