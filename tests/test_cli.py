"""The `extract` command as a user runs it: JSON on stdout and nothing else, diagnostics on stderr, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from partyhealth_extract.cli import app

REPORTS = {
    "a.txt": "县人民医院党委召开理论学习中心组会议。",
    "b.txt": "市中医院发热门诊24小时开放。",
    "sub/c.txt": "驻村工作队帮扶贫困户38户。",
    "新闻/县医院.txt": "县医院开展义诊。",
}


def corpus(root, files=REPORTS):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return root


def cli(*args, input=None, cwd=None):
    """Run the real command in a subprocess, so stdout and stderr are the real streams."""
    return subprocess.run(
        [sys.executable, "-m", "partyhealth_extract.cli", *map(str, args)],
        input=input, capture_output=True, cwd=cwd, timeout=120,
    )


def json_lines(data: bytes) -> list[dict]:
    text = data.decode("utf-8")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]  # every stdout line is JSON


def test_stdout_is_json_lines_only(tmp_path):
    corpus(tmp_path)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00binary")
    proc = cli("extract", tmp_path, "--jobs", "1")
    assert proc.returncode == 1
    records = json_lines(proc.stdout)
    assert [r["id"] for r in records] == ["a", "b", "sub/c", "新闻/县医院"]
    assert "bad.txt" in proc.stderr.decode() and b"bad.txt" not in proc.stdout
    # non-ASCII is written as is (ensure_ascii off), keys in the model's order
    assert '"id":"新闻/县医院"'.encode("utf-8") in proc.stdout
    assert b"\\u" not in proc.stdout
    assert list(records[0])[:6] == ["schema_version", "id", "source", "sha256", "encoding", "chars"]


def test_exit_codes(tmp_path):
    corpus(tmp_path / "good")
    assert cli("extract", tmp_path / "good", "-q").returncode == 0
    (tmp_path / "good" / "empty.txt").write_bytes(b"")
    assert cli("extract", tmp_path / "good", "-q").returncode == 1
    missing = cli("extract", tmp_path / "nowhere")
    assert missing.returncode == 2 and missing.stdout == b""
    assert "nowhere" in missing.stderr.decode()
    assert cli("extract", tmp_path / "good", "--jobs", "0").returncode == 2
    assert cli("extract", tmp_path / "good", "--ref-date", "yesterday").returncode == 2


def test_output_file_and_errors_file(tmp_path):
    corpus(tmp_path / "c")
    (tmp_path / "c" / "blank.txt").write_bytes(b"   \n")
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    proc = cli("extract", tmp_path / "c", "-o", out, "--errors", errors)
    assert proc.returncode == 1 and proc.stdout == b""
    assert [r["id"] for r in json_lines(out.read_bytes())] == ["a", "b", "sub/c", "新闻/县医院"]
    (entry,) = json_lines(errors.read_bytes())
    assert entry["source"].endswith("blank.txt") and "white space" in entry["error"]
    # the summary (not a terminal: no progress bar) is on stderr
    err = proc.stderr.decode()
    assert "reports written" in err and "failed" in err
    assert "\r" not in err  # no progress bar redraws when stderr is not a terminal


def test_quiet(tmp_path):
    corpus(tmp_path)
    proc = cli("extract", tmp_path, "--quiet")
    assert proc.returncode == 0 and proc.stderr == b""
    assert len(json_lines(proc.stdout)) == 4


def test_stdin(tmp_path):
    data = "縣醫院黨委召開會議".encode("big5")
    proc = cli("extract", "-", input=data)
    assert proc.returncode == 0
    (record,) = json_lines(proc.stdout)
    assert (record["id"], record["source"], record["encoding"], record["chars"]) == ("stdin", "-", "big5", 9)


def test_update_alias_and_glob(tmp_path):
    corpus(tmp_path / "c", {"a.txt": "县医院召开会议。", "b.md": "市医院开展义诊。"})
    out = tmp_path / "o.jsonl"
    assert cli("extract", tmp_path / "c", "-o", out, "--glob", "*.md", "-q").returncode == 0
    assert [r["id"] for r in json_lines(out.read_bytes())] == ["b"]
    corpus(tmp_path / "c", {"c.md": "镇卫生院开展培训。"})
    assert cli("extract", tmp_path / "c", "-o", out, "--glob", "*.md", "--update", "-q").returncode == 0
    assert [r["id"] for r in json_lines(out.read_bytes())] == ["b", "c"]


def test_max_bytes(tmp_path):
    corpus(tmp_path, {"small.txt": "县医院", "large.txt": "县医院召开会议" * 100})
    proc = cli("extract", tmp_path, "--max-bytes", "1000", "-q")
    assert proc.returncode == 1
    assert [r["id"] for r in json_lines(proc.stdout)] == ["small"]
    assert "large.txt" in proc.stderr.decode() and "too large" in proc.stderr.decode()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    corpus(tmp_path)
    locked = tmp_path / "b.txt"
    os.chmod(locked, 0)
    try:
        proc = cli("extract", tmp_path, "-q")
    finally:
        os.chmod(locked, 0o644)
    assert proc.returncode == 1
    assert [r["id"] for r in json_lines(proc.stdout)] == ["a", "sub/c", "新闻/县医院"]
    assert "permission denied" in proc.stderr.decode()


def test_help_says_what_and_gives_an_example():
    result = CliRunner().invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    text = result.output
    assert "JSON" in text and "Example" in text
    for option in ["--output", "--errors", "--skip-existing", "--update", "--jobs", "--quiet", "--glob",
                   "--max-bytes", "--ref-date"]:
        assert option in text


def test_cli_runner_in_process(tmp_path):
    corpus(tmp_path)
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 0
    assert len(json_lines(out.read_bytes())) == 4
