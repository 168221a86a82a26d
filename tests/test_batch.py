"""batch.py: every input becomes a record or an error entry; atomic output; --update; --jobs."""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os

import pytest

from partyhealth_extract import batch, pipeline, reading
from partyhealth_extract.batch import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, run_extract

REPORTS = {
    "a.txt": "县人民医院党委召开理论学习中心组会议。\n全院党员干部参加。\n",
    "b.txt": "市中医院发热门诊24小时开放，今年累计接诊患者3000余人次。\n",
    "sub/c.txt": "驻村工作队帮扶贫困户38户。\n",
    "sub/deeper/d.txt": "护理部开展技能培训。\n",
}


def make_corpus(root, files=REPORTS, encoding="utf-8"):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding))
    return root


def run(paths, **kw):
    """run_extract with captured stdout/stderr, quiet progress; returns (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    kw.setdefault("jobs", 1)
    status = run_extract([os.fspath(p) for p in paths], stdout=out, stderr=err, **kw)
    return status, out.getvalue(), err.getvalue()


def lines(path):
    return [json.loads(x) for x in open(path, encoding="utf-8").read().splitlines()]


class CountingExtract:
    """Wraps pipeline.extract_text, counting calls; raises `exc` on call number `fail_at`."""

    def __init__(self, fail_at=None, exc=None):
        self.calls = []
        self.fail_at, self.exc = fail_at, exc
        self.real = pipeline.extract_text

    def __call__(self, text, **kw):
        self.calls.append(kw["source"])
        if self.fail_at is not None and len(self.calls) == self.fail_at:
            raise self.exc
        return self.real(text, **kw)


# ---------------------------------------------------------------- records


def test_folder_records_file_fields(tmp_path):
    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out.jsonl"
    status, stdout, _ = run([corpus], output=out)
    assert status == EXIT_OK and stdout == ""
    records = lines(out)
    root = corpus.as_posix()
    # sorted by path components: a, b, sub/c, sub/deeper/d
    assert [r["id"] for r in records] == ["a", "b", "sub/c", "sub/deeper/d"]
    assert [r["source"] for r in records] == [f"{root}/{rel}" for rel in ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]]
    for r, rel in zip(records, ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]):
        raw = REPORTS[rel].encode("utf-8")
        assert r["sha256"] == hashlib.sha256(raw).hexdigest()
        assert r["encoding"] == "utf-8"
        assert r["chars"] == len(REPORTS[rel])
        assert r["schema_version"] == 1


def test_single_file_id_is_its_stem(tmp_path):
    make_corpus(tmp_path)
    status, stdout, _ = run([tmp_path / "sub" / "c.txt"])
    assert status == EXIT_OK
    (record,) = [json.loads(x) for x in stdout.splitlines()]
    assert record["id"] == "c"
    assert record["source"] == (tmp_path / "sub" / "c.txt").as_posix()


def test_stdin(tmp_path):
    data = "县医院党委书记讲话".encode("gbk")
    out, err = io.StringIO(), io.StringIO()
    status = run_extract(["-"], stdout=out, stderr=err, stdin=io.BytesIO(data), jobs=1)
    assert status == EXIT_OK
    (record,) = [json.loads(x) for x in out.getvalue().splitlines()]
    assert (record["id"], record["source"], record["encoding"]) == ("stdin", "-", "gb18030")
    assert record["sha256"] == hashlib.sha256(data).hexdigest()
    assert record["chars"] == 9


def test_encodings_recorded(tmp_path):
    texts = {"u8.txt": "县医院召开会议", "bom.txt": "县医院召开会议", "gbk.txt": "县医院召开会议",
             "big5.txt": "縣醫院召開會議", "u16.txt": "县医院召开会议"}
    (tmp_path / "u8.txt").write_bytes(texts["u8.txt"].encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + texts["bom.txt"].encode("utf-8"))
    (tmp_path / "gbk.txt").write_bytes(texts["gbk.txt"].encode("gbk"))
    (tmp_path / "big5.txt").write_bytes(texts["big5.txt"].encode("big5"))
    (tmp_path / "u16.txt").write_bytes(texts["u16.txt"].encode("utf-16"))
    status, stdout, _ = run([tmp_path])
    assert status == EXIT_OK
    got = {r["id"]: (r["encoding"], r["chars"]) for r in map(json.loads, stdout.splitlines())}
    assert got == {"u8": ("utf-8", 7), "bom": ("utf-8-sig", 7), "gbk": ("gb18030", 7),
                   "big5": ("big5", 7), "u16": ("utf-16", 7)}


def test_glob_option(tmp_path):
    make_corpus(tmp_path, {"a.txt": "县医院", "b.md": "市医院", "sub/c.md": "镇卫生院"})
    status, stdout, _ = run([tmp_path], glob="*.md")
    assert status == EXIT_OK
    assert [json.loads(x)["id"] for x in stdout.splitlines()] == ["b", "sub/c"]


def test_own_output_is_not_read_as_a_report(tmp_path):
    make_corpus(tmp_path)
    out = tmp_path / "out.txt"
    out.write_text("县医院旧的输出", encoding="utf-8")
    assert run([tmp_path], output=out)[0] == EXIT_OK
    assert [r["id"] for r in lines(out)] == ["a", "b", "sub/c", "sub/deeper/d"]


def test_same_file_twice_is_one_record(tmp_path):
    make_corpus(tmp_path)
    status, stdout, _ = run([tmp_path, tmp_path / "a.txt"])
    assert status == EXIT_OK
    assert len(stdout.splitlines()) == len(REPORTS)


# ---------------------------------------------------------------- bad inputs


def bad_corpus(root):
    make_corpus(root, {"good1.txt": "县医院召开会议", "good2.txt": "市医院开展义诊"})
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\n \t\n")
    (root / "latin1.txt").write_bytes("Hôpital général: réunion à 9h.".encode("latin-1"))
    (root / "huge.txt").write_bytes("医院".encode("utf-8") * 200)  # 1200 bytes
    return root


def test_bad_inputs_get_error_entries_and_the_batch_goes_on(tmp_path):
    corpus = bad_corpus(tmp_path / "c")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status, stdout, stderr = run([corpus], output=out, errors=errors, max_bytes=1000)
    assert status == EXIT_FAILED
    assert [r["id"] for r in lines(out)] == ["good1", "good2"]
    entries = {os.path.basename(e["source"]): e["error"] for e in lines(errors)}
    assert set(entries) == {"binary.txt", "empty.txt", "blank.txt", "latin1.txt", "huge.txt"}
    assert "binary" in entries["binary.txt"]
    assert "empty" in entries["empty.txt"]
    assert "white space" in entries["blank.txt"]
    assert "cannot be decoded" in entries["latin1.txt"]
    assert "too large" in entries["huge.txt"]
    for name in entries:  # each named on stderr
        assert name in stderr
    # the summary counts both: 2 written, 5 failed
    assert "failed" in stderr and " 5 " in stderr


def test_unreadable_file(tmp_path, monkeypatch):
    make_corpus(tmp_path / "c", {"ok.txt": "县医院召开会议", "locked.txt": "市医院开展义诊"})
    locked = tmp_path / "c" / "locked.txt"
    os.chmod(locked, 0)
    if os.access(locked, os.R_OK):  # root: simulate the permission error
        real_open = open

        def fake_open(file, *args, **kwargs):
            if os.path.basename(os.fspath(file)) == "locked.txt":
                raise PermissionError(13, "Permission denied", os.fspath(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(reading, "open", fake_open, raising=False)
    try:
        errors = tmp_path / "errors.jsonl"
        status, stdout, stderr = run([tmp_path / "c"], errors=errors)
    finally:
        os.chmod(locked, 0o644)
    assert status == EXIT_FAILED
    assert [json.loads(x)["id"] for x in stdout.splitlines()] == ["ok"]
    (entry,) = lines(errors)
    assert entry["source"].endswith("locked.txt") and "permission denied" in entry["error"]
    assert "locked.txt" in stderr


def test_extractor_exception_costs_only_that_report(tmp_path, monkeypatch):
    make_corpus(tmp_path)
    fake = CountingExtract(fail_at=2, exc=ValueError("boom"))
    monkeypatch.setattr(pipeline, "extract_text", fake)
    errors = tmp_path / "errors.jsonl"
    status, stdout, _ = run([tmp_path], errors=errors, output=tmp_path / "o.jsonl")
    assert status == EXIT_FAILED
    assert len(fake.calls) == len(REPORTS)
    (entry,) = lines(errors)
    assert entry["source"].endswith("b.txt") and "ValueError: boom" in entry["error"]
    assert [r["id"] for r in lines(tmp_path / "o.jsonl")] == ["a", "sub/c", "sub/deeper/d"]


# ---------------------------------------------------------------- nothing lost, nothing half written


def leftovers(folder):
    return [n for n in os.listdir(folder) if n.endswith(".part")]


class Crash(BaseException):
    """Stands for whatever stops a run outright (not an error of one report)."""


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), Crash()])
def test_interrupted_run_keeps_the_old_output(tmp_path, monkeypatch, exc):
    corpus = make_corpus(tmp_path / "c")
    outdir = tmp_path / "out"
    outdir.mkdir()
    out, errors = outdir / "reports.jsonl", outdir / "errors.jsonl"
    out.write_text("previous output\n", encoding="utf-8")
    errors.write_text("previous errors\n", encoding="utf-8")
    fake = CountingExtract(fail_at=3, exc=exc)
    monkeypatch.setattr(pipeline, "extract_text", fake)
    if isinstance(exc, KeyboardInterrupt):
        status, _, stderr = run([corpus], output=out, errors=errors)
        assert status == EXIT_INTERRUPTED
        assert "interrupted" in stderr
    else:
        err = io.StringIO()
        with pytest.raises(Crash):
            run_extract([os.fspath(corpus)], output=out, errors=errors, jobs=1, stderr=err, stdout=io.StringIO())
        stderr = err.getvalue()
        assert "Crash" in stderr
    assert len(fake.calls) == 3  # it stopped there
    assert out.read_text(encoding="utf-8") == "previous output\n"
    assert errors.read_text(encoding="utf-8") == "previous errors\n"
    assert leftovers(outdir) == []
    assert "left as it was" in stderr


def test_sigterm_keeps_the_old_output(tmp_path, monkeypatch):
    import signal

    corpus = make_corpus(tmp_path / "c")
    out = tmp_path / "reports.jsonl"
    out.write_text("previous output\n", encoding="utf-8")
    real = pipeline.extract_text
    calls = []

    def terminated_on_2nd(text, **kw):
        calls.append(1)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGTERM)
        return real(text, **kw)

    before = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(pipeline, "extract_text", terminated_on_2nd)
    status, _, stderr = run([corpus], output=out)
    assert status == batch.EXIT_TERMINATED and "SIGTERM" in stderr
    assert out.read_text(encoding="utf-8") == "previous output\n"
    assert leftovers(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) == before  # the handler is put back


def test_output_folder_not_writable_is_reported(tmp_path, monkeypatch):
    make_corpus(tmp_path / "c")

    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(batch.tempfile, "mkstemp", refuse)
    status, stdout, stderr = run([tmp_path / "c"], output=tmp_path / "o.jsonl")
    assert status == EXIT_USAGE and "cannot create the output" in stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_dead_worker_keeps_the_old_output(tmp_path, monkeypatch):
    files = {f"{i:02d}.txt": f"县医院第{i}次党委会议。" for i in range(20)}
    corpus = make_corpus(tmp_path / "c", files)
    out = tmp_path / "reports.jsonl"
    out.write_text("previous output\n", encoding="utf-8")
    real = pipeline.extract_text

    def die_on_07(text, **kw):
        if kw["source"].endswith("07.txt"):
            os._exit(9)  # a worker killed outright (out of memory, a crash in C code)
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "extract_text", die_on_07)
    status, _, stderr = run([corpus], output=out, jobs=2)
    assert status == EXIT_FAILED
    assert "BrokenProcessPool" in stderr and "left as it was" in stderr
    assert out.read_text(encoding="utf-8") == "previous output\n"
    assert leftovers(tmp_path) == []


def test_write_failure_keeps_the_old_output(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "c")
    out = tmp_path / "reports.jsonl"
    out.write_text("previous output\n", encoding="utf-8")
    calls = []

    def failing_write(self, s):
        calls.append(s)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        self.file.write(s)

    monkeypatch.setattr(batch.AtomicFile, "write", failing_write)
    status, _, stderr = run([corpus], output=out)
    assert status == EXIT_FAILED
    assert out.read_text(encoding="utf-8") == "previous output\n"
    assert leftovers(tmp_path) == []
    assert "No space left" in stderr


def test_output_written_only_at_the_end(tmp_path, monkeypatch):
    """While the run is going, the target still holds the old output."""
    corpus = make_corpus(tmp_path / "c")
    out = tmp_path / "reports.jsonl"
    out.write_text("old\n", encoding="utf-8")
    seen = []
    real = pipeline.extract_text

    def spy(text, **kw):
        seen.append(out.read_text(encoding="utf-8"))
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "extract_text", spy)
    assert run([corpus], output=out)[0] == EXIT_OK
    assert seen == ["old\n"] * len(REPORTS)
    assert len(lines(out)) == len(REPORTS)


def test_every_input_is_a_record_or_an_error(tmp_path):
    corpus = bad_corpus(tmp_path / "c")
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    run([corpus], output=out, errors=errors, max_bytes=1000)
    accounted = {r["source"] for r in lines(out)} | {e["source"] for e in lines(errors)}
    on_disk = {p.as_posix() for p in corpus.rglob("*.txt")}
    assert accounted == on_disk


# ---------------------------------------------------------------- incremental runs


def test_skip_existing_extracts_only_new_reports(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "c")
    out = tmp_path / "o.jsonl"
    assert run([corpus], output=out)[0] == EXIT_OK
    first = lines(out)

    # Two new reports, one changed, one removed, one copy of a known report under a new name.
    make_corpus(corpus, {"new1.txt": "县医院新建发热门诊。", "sub/new2.txt": "镇卫生院开展义诊。",
                         "b.txt": "市中医院改扩建工程开工。"})
    os.remove(corpus / "sub" / "deeper" / "d.txt")
    (corpus / "copy_of_a.txt").write_bytes(REPORTS["a.txt"].encode("utf-8"))

    fake = CountingExtract()
    monkeypatch.setattr(pipeline, "extract_text", fake)
    status, _, _ = run([corpus], output=out, skip_existing=True)
    assert status == EXIT_OK
    root = corpus.as_posix()
    assert sorted(fake.calls) == sorted(f"{root}/{r}" for r in ["new1.txt", "sub/new2.txt", "b.txt"])

    records = lines(out)
    assert [r["id"] for r in records] == ["a", "b", "copy_of_a", "new1", "sub/c", "sub/deeper/d", "sub/new2"]
    by_id = {r["id"]: r for r in records}
    old = {r["id"]: r for r in first}
    assert by_id["a"] == old["a"]                       # unchanged: kept as it was
    assert by_id["sub/deeper/d"] == old["sub/deeper/d"]  # no longer given: kept
    assert by_id["b"]["sha256"] != old["b"]["sha256"]    # changed: extracted again, old record gone
    copy = by_id["copy_of_a"]                            # a copy: the known record, relabelled
    assert copy["source"] == f"{root}/copy_of_a.txt" and copy["sha256"] == old["a"]["sha256"]
    assert {k: v for k, v in copy.items() if k not in ("id", "source")} == \
        {k: v for k, v in old["a"].items() if k not in ("id", "source")}

    # A second run with nothing new extracts nothing and writes the same file.
    before = out.read_bytes()
    fake.calls.clear()
    assert run([corpus], output=out, skip_existing=True)[0] == EXIT_OK
    assert fake.calls == []
    assert out.read_bytes() == before


def test_skip_existing_without_output_file_is_a_usage_error(tmp_path):
    make_corpus(tmp_path)
    assert run([tmp_path], skip_existing=True)[0] == EXIT_USAGE


def test_skip_existing_on_a_missing_output_extracts_everything(tmp_path, monkeypatch):
    make_corpus(tmp_path / "c")
    fake = CountingExtract()
    monkeypatch.setattr(pipeline, "extract_text", fake)
    assert run([tmp_path / "c"], output=tmp_path / "new.jsonl", skip_existing=True)[0] == EXIT_OK
    assert len(fake.calls) == len(REPORTS)


def test_skip_existing_refuses_a_foreign_output(tmp_path):
    make_corpus(tmp_path / "c")
    out = tmp_path / "o.jsonl"
    out.write_text("this is not JSON\n", encoding="utf-8")
    status, _, stderr = run([tmp_path / "c"], output=out, skip_existing=True)
    assert status == EXIT_USAGE and "not a record" in stderr
    assert out.read_text(encoding="utf-8") == "this is not JSON\n"


# ---------------------------------------------------------------- parallel


def test_jobs_1_and_jobs_2_give_identical_output(tmp_path):
    files = {f"r{i:03d}/{j}.txt": f"第{i}号县医院召开第{j}次党委会议，{i * j}名党员参加。" for i in range(12) for j in range(5)}
    corpus = make_corpus(tmp_path / "c", files)
    (corpus / "r005" / "bad.txt").write_bytes(b"")
    o1, o2 = tmp_path / "o1.jsonl", tmp_path / "o2.jsonl"
    e1, e2 = tmp_path / "e1.jsonl", tmp_path / "e2.jsonl"
    s1 = run([corpus], output=o1, errors=e1, jobs=1)[0]
    s2 = run([corpus], output=o2, errors=e2, jobs=2)[0]
    assert s1 == s2 == EXIT_FAILED
    assert o1.read_bytes() == o2.read_bytes()
    assert e1.read_bytes() == e2.read_bytes()
    ids = [r["id"] for r in lines(o1)]
    assert len(ids) == len(files) and ids == sorted(ids)


def test_parallel_skip_existing(tmp_path):
    files = {f"{i:03d}.txt": f"县医院第{i}次义诊活动。" for i in range(30)}
    corpus = make_corpus(tmp_path / "c", files)
    out = tmp_path / "o.jsonl"
    assert run([corpus], output=out, jobs=2)[0] == EXIT_OK
    make_corpus(corpus, {"100.txt": "市医院开展培训。"})
    assert run([corpus], output=out, jobs=2, skip_existing=True)[0] == EXIT_OK
    assert [r["id"] for r in lines(out)] == sorted(list(f[:-4] for f in files) + ["100"])


# ---------------------------------------------------------------- exit codes and usage errors


def test_exit_codes(tmp_path):
    make_corpus(tmp_path / "good")
    assert run([tmp_path / "good"])[0] == EXIT_OK
    (tmp_path / "good" / "empty.txt").write_bytes(b"")
    assert run([tmp_path / "good"])[0] == EXIT_FAILED
    status, stdout, stderr = run([tmp_path / "does-not-exist"])
    assert status == EXIT_USAGE and stdout == "" and "does-not-exist" in stderr


def test_usage_error_writes_nothing(tmp_path):
    make_corpus(tmp_path / "c")
    out = tmp_path / "o.jsonl"
    out.write_text("old\n", encoding="utf-8")
    status, _, _ = run([tmp_path / "c", tmp_path / "missing.txt"], output=out)
    assert status == EXIT_USAGE
    assert out.read_text(encoding="utf-8") == "old\n"


def test_folder_without_reports_is_a_usage_error(tmp_path):
    (tmp_path / "empty_folder").mkdir()
    status, _, stderr = run([tmp_path / "empty_folder"])
    assert status == EXIT_USAGE and "no reports found" in stderr


@pytest.mark.parametrize("kw", [{"jobs": 0}, {"max_bytes": 0}])
def test_bad_option_values(tmp_path, kw):
    make_corpus(tmp_path)
    assert run([tmp_path], **kw)[0] == EXIT_USAGE


def test_quiet_silences_the_summary_but_not_errors(tmp_path):
    make_corpus(tmp_path, {"a.txt": "县医院", "e.txt": ""})
    _, _, loud = run([tmp_path])
    _, _, quiet = run([tmp_path], quiet=True)
    assert "reports written" in loud and "hospitals" in loud
    assert "reports written" not in quiet
    assert "e.txt" in quiet
