#!/usr/bin/env python
"""Throughput benchmark for `partyhealth-extract extract` (a script, not a test).

Builds a corpus of N reports by copying the sample reports (data/raw/*.txt, or the
*.txt files/folders given) under numbered names, then runs the real command in a
subprocess, as a user would, and prints:

* characters/s and reports/s on one core (--jobs 1) and on all cores;
* peak memory (max RSS of the command's main process) at N/4 and N reports on one
  core: flat memory means the two are about the same;
* start-up time: the command on one small report (best of 5);
* the plumbing alone (reading, decoding, hashing, workers, JSON, writing) with the
  field extractors replaced by a stub, in-process, one core and all cores;
* with --profile: where the time goes, cProfile's top functions for an in-process
  one-core run.

    .venv/bin/python bench/throughput.py                 # 2000 reports from data/raw
    .venv/bin/python bench/throughput.py -n 10000 --profile
    .venv/bin/python bench/throughput.py some/folder/*.txt

Goal: >= 1,000,000 characters/s on one core for the whole extraction.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))


def samples(given: list[str]) -> list[Path]:
    found: list[Path] = []
    for g in given or [str(REPO / "data" / "raw")]:
        p = Path(g)
        if p.is_dir():
            found += sorted(p.rglob("*.txt"))
        elif p.is_file():
            found.append(p)
    return found


def build_corpus(files: list[Path], n: int, root: Path) -> None:
    """n report files under root, 100 per folder, cycling through the samples."""
    blobs = [f.read_bytes() for f in files]
    for i in range(n):
        folder = root / f"{i // 100:04d}"
        if i % 100 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"r{i:06d}.txt").write_bytes(blobs[i % len(blobs)])


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "partyhealth_extract.cli", *args]


def run_cli(args: list[str]) -> tuple[float, int, int]:
    """Run the command; returns (seconds, exit status, peak RSS of its main process in KB)."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.perf_counter()
    proc = subprocess.Popen(cli_command(*args), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"command failed ({code}): {' '.join(args)}\n{err}")
    return seconds, code, usage.ru_maxrss


def corpus_chars(output: Path) -> tuple[int, int]:
    reports = chars = 0
    with open(output, encoding="utf-8") as f:
        for line in f:
            reports += 1
            chars += json.loads(line)["chars"]
    return reports, chars


def plumbing(corpus: Path, out: Path, jobs: int) -> float:
    """Seconds for an in-process run with extract_text replaced by a stub (file fields only)."""
    from partyhealth_extract import pipeline
    from partyhealth_extract.batch import run_extract
    from partyhealth_extract.models import Report

    def stub(text, *, ref_date=None, id="", source="", encoding="utf-8", sha256=None):
        return Report(id=id, source=source, sha256=sha256 or "", encoding=encoding, chars=len(text))

    real = pipeline.extract_text
    pipeline.extract_text = stub
    try:
        t0 = time.perf_counter()
        run_extract([str(corpus)], output=str(out), jobs=jobs, quiet=True, progress=False,
                    stdout=io.StringIO(), stderr=io.StringIO())
        return time.perf_counter() - t0
    finally:
        pipeline.extract_text = real


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("samples", nargs="*", help="sample *.txt files or folders (default: data/raw)")
    ap.add_argument("-n", "--reports", type=int, default=2000, help="corpus size (default 2000)")
    ap.add_argument("-j", "--jobs", type=int, default=None, help="cores for the parallel run (default: all)")
    ap.add_argument("--profile", action="store_true", help="also profile an in-process one-core run")
    ap.add_argument("--top", type=int, default=25, help="functions to show with --profile")
    args = ap.parse_args()

    from partyhealth_extract.batch import default_jobs, run_extract

    files = samples(args.samples)
    if not files:
        sys.exit("no sample reports: put *.txt files in data/raw or give some on the command line")
    jobs = args.jobs or default_jobs()
    work = Path(tempfile.mkdtemp(prefix="phx-bench-"))
    try:
        corpus, small = work / "corpus", work / "small"
        build_corpus(files, args.reports, corpus)
        build_corpus(files, max(1, args.reports // 4), small)
        out = work / "out.jsonl"
        print(f"corpus: {args.reports:,} reports from {len(files)} samples ({sum(f.stat().st_size for f in files):,} bytes)")

        # Warm the file cache and the interpreter's .pyc files once.
        run_cli(["extract", str(small), "-o", str(out), "-q", "-j", "1"])

        rows = []
        for label, j in (("1 core", 1), (f"{jobs} cores", jobs)):
            seconds, code, rss = run_cli(["extract", str(corpus), "-o", str(out), "-q", "-j", str(j)])
            reports, chars = corpus_chars(out)
            rows.append((label, seconds, reports, chars, rss))
        print(f"\n{'run':<10} {'seconds':>8} {'reports':>8} {'reports/s':>10} {'chars/s':>12} {'peak RSS':>10}")
        for label, seconds, reports, chars, rss in rows:
            print(f"{label:<10} {seconds:8.2f} {reports:8,} {reports / seconds:10,.0f} {chars / seconds:12,.0f} {rss / 1024:8.1f}MB")
        if rows[0][4] and rows[1][1]:
            print(f"speed-up with {jobs} cores: {rows[0][1] / rows[1][1]:.2f}x "
                  f"(wall time includes ~start-up and the single writer)")

        _, _, rss_small = run_cli(["extract", str(small), "-o", str(out), "-q", "-j", "1"])
        print(f"\npeak RSS, 1 core: {rss_small / 1024:.1f} MB at {max(1, args.reports // 4):,} reports, "
              f"{rows[0][4] / 1024:.1f} MB at {args.reports:,} reports (flat is good)")

        one = sorted(files, key=lambda f: f.stat().st_size)[0]
        starts = [run_cli(["extract", str(one), "-o", str(out), "-q"])[0] for _ in range(5)]
        print(f"start-up, one report ({one.stat().st_size:,} bytes), best of 5: {min(starts):.3f} s "
              f"(median {sorted(starts)[2]:.3f} s)")

        print("\nplumbing only (field extractors stubbed, in-process):")
        for label, j in (("1 core", 1), (f"{jobs} cores", jobs)):
            seconds = plumbing(corpus, out, j)
            reports, chars = corpus_chars(out)
            print(f"{label:<10} {seconds:8.2f} s {reports / seconds:10,.0f} reports/s {chars / seconds:12,.0f} chars/s")

        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            t0 = time.perf_counter()
            run_extract([str(corpus)], output=str(out), jobs=1, quiet=True, progress=False,
                        stdout=io.StringIO(), stderr=io.StringIO())
            prof.disable()
            seconds = time.perf_counter() - t0
            reports, chars = corpus_chars(out)
            print(f"\nprofiled in-process run, 1 core: {seconds:.2f} s, {chars / seconds:,.0f} chars/s (slowed by the profiler)")
            for key in ("tottime", "cumulative"):
                print(f"\ntop {args.top} functions by {key}:")
                stats = pstats.Stats(prof, stream=sys.stdout)
                stats.strip_dirs().sort_stats(key).print_stats(args.top)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
