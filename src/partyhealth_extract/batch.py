"""Batch extraction: many report files -> one JSON Lines file, safely, incrementally, on all cores.

`run_extract(paths, output=...)` is what `partyhealth-extract extract` runs.

* Inputs: files, folders (searched recursively for `glob`, default `*.txt`) and
  `-` for standard input. Every input ends up either as a record in the output or
  as an error entry (stderr, and `errors` as JSON Lines {source, error}).
* Records are sorted by path (the path components of `source`), whatever the
  number of worker processes, and written as they come; memory does not grow with
  the corpus.
* The output file is written to a temporary file beside it and moved into place
  (os.replace) only when the run ends; an interrupted or failed run leaves the
  previous output as it was.
* `skip_existing` keeps the records of the existing output and extracts only the
  reports whose sha256 is not in it: an unchanged report keeps its record, a
  changed one is extracted again (its new record replaces the old one for the same
  source), a copy of a known report under a new path reuses the known record
  with its own id and source, and records of reports no longer given are kept.
  A report that now fails (say it became empty) loses its old record and gets an
  error entry. The check is by content only: a run with another `ref_date` does
  not re-extract unchanged reports.
* Exit status: 0 every report written; 1 some input could not be read or
  extracted (the others are written), or the run was aborted (the previous
  output is kept); 2 usage error (a path that does not exist, no input at all,
  a bad option value, an output that cannot be created), nothing written;
  130 interrupted by Ctrl-C, 143 terminated by SIGTERM.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import IO, Any, Iterator, Sequence

from .reading import DEFAULT_MAX_BYTES, ReadError, read_bytes, read_report

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

STDIN = "-"
FIELDS = ("hospitals", "people", "dates", "counts")


class Terminated(BaseException):
    """SIGTERM arrived: stop like Ctrl-C, cleaning up the temporary output."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


class UsageError(Exception):
    """Bad arguments: reported and exit status 2, before anything is written."""


@dataclass(frozen=True)
class Input:
    """One report to read: `path` on disk (None for standard input)."""

    source: str
    id: str
    path: str | None


@dataclass
class Stats:
    written: int = 0        # records in the output, all kinds
    extracted: int = 0      # reports extracted in this run
    reused: int = 0         # --skip-existing: records kept for unchanged reports
    kept: int = 0           # --skip-existing: records of reports not given this run
    failed: int = 0
    chars: int = 0          # characters extracted in this run
    fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    seconds: float = 0.0


# ---------------------------------------------------------------- inputs


def sort_key(source: str) -> tuple[str, ...]:
    """Records are ordered by the components of their path (so `a/b` sorts before `a-b/c`)."""
    return PurePath(source).parts if source != STDIN else (STDIN,)


def collect_inputs(paths: Sequence[str | os.PathLike[str]], glob: str = "*.txt") -> tuple[list[Input], list[tuple[str, str]]]:
    """Expand files and folders into sorted, de-duplicated inputs.

    Returns (inputs, errors); errors are (source, message) for folders that could
    not be listed. Raises UsageError for a path that does not exist.
    """
    inputs: list[Input] = []
    errors: list[tuple[str, str]] = []
    seen: set[str] = set()
    stdin_seen = False

    def add(item: Input, real: str) -> None:
        if real not in seen:
            seen.add(real)
            inputs.append(item)

    missing = [os.fspath(p) for p in paths if os.fspath(p) != STDIN and not os.path.lexists(os.fspath(p))]
    if missing:
        raise UsageError("no such file or folder: " + ", ".join(missing))
    for p in paths:
        given = os.fspath(p)
        if given == STDIN:
            if not stdin_seen:
                stdin_seen = True
                inputs.append(Input(source=STDIN, id="stdin", path=None))
            continue
        if os.path.isdir(given):
            for rel in _walk(given, glob, errors):
                full = os.path.join(given, rel)
                add(Input(source=_display(full), id=_strip_suffix(rel), path=full), os.path.realpath(full))
        else:
            add(Input(source=_display(given), id=Path(given).stem, path=given), os.path.realpath(given))
    inputs.sort(key=lambda i: sort_key(i.source))
    return inputs, errors


def _display(path: str) -> str:
    """The path as given, with the folder joined and redundant separators removed."""
    return PurePath(path).as_posix()


def _strip_suffix(rel: str) -> str:
    p = PurePath(rel)
    return p.with_suffix("").as_posix() if p.suffix else p.as_posix()


def _walk(folder: str, glob: str, errors: list[tuple[str, str]]) -> Iterator[str]:
    """Relative paths of the files under `folder` matching `glob`, recursively."""
    by_path = "/" in glob

    def onerror(exc: OSError) -> None:
        where = _display(exc.filename or folder)
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        errors.append((where, f"folder cannot be listed: {reason}"))

    for root, dirs, files in os.walk(folder, onerror=onerror):
        dirs.sort()
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(root, name), folder)
            rel_posix = PurePath(rel).as_posix()
            if by_path:
                if not PurePath(rel_posix).match(glob):
                    continue
            elif not fnmatch.fnmatch(name, glob):
                continue
            yield rel_posix


# ---------------------------------------------------------------- workers

# Per-process settings, set by _init_worker (in the main process too for --jobs 1).
_settings: dict[str, Any] = {"ref_date": None, "max_bytes": DEFAULT_MAX_BYTES, "known": frozenset()}


def _init_worker(ref_date: dt.date | None, max_bytes: int | None, known: frozenset[str],
                 in_worker: bool = False) -> None:
    if in_worker:  # the pool stops its workers with SIGTERM: let them die quietly
        import signal

        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _settings["ref_date"] = ref_date
    _settings["max_bytes"] = max_bytes
    _settings["known"] = known


def _field_counts(record: Any) -> tuple[int, ...]:
    return tuple(len(getattr(record, name)) for name in FIELDS)


def process(item: Input, data: bytes | None = None) -> tuple:
    """Read and extract one report, in a worker. Never raises for a bad report.

    Returns ("ok", json_line, chars, field_counts), ("known", sha256) when the
    report's sha256 is in the existing output, or ("error", message).
    """
    from . import pipeline  # looked up at call time, so tests can patch extract_text

    try:
        if item.path is None:
            text, encoding, sha = read_bytes(data or b"", item.source, max_bytes=_settings["max_bytes"])
        else:
            text, encoding, sha = read_report(item.path, max_bytes=_settings["max_bytes"], source=item.source)
    except ReadError as exc:
        return ("error", exc.reason)
    if sha in _settings["known"]:
        return ("known", sha)
    try:
        record = pipeline.extract_text(
            text, ref_date=_settings["ref_date"], id=item.id, source=item.source, encoding=encoding, sha256=sha
        )
        line = record.model_dump_json()
    except Exception as exc:  # a bug in one extractor must not cost the other reports
        return ("error", f"extraction failed: {type(exc).__name__}: {exc}")
    return ("ok", line, len(text), _field_counts(record))


def _results(inputs: list[Input], jobs: int, stdin_data: bytes | None) -> Iterator[tuple]:
    """Results of `process`, in input order.

    The worker pool is started here, before the caller starts its progress-bar
    thread: forking a process that has threads running invites deadlocks.
    """
    disk = [i for i in inputs if i.path is not None]
    if jobs <= 1 or len(disk) <= 1:
        return (process(item, stdin_data if item.path is None else None) for item in inputs)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # ProcessPoolExecutor rather than multiprocessing.Pool: when a worker dies (killed
    # for memory, a crash in C code) it raises BrokenProcessPool instead of hanging.
    chunksize = max(1, min(64, len(disk) // (jobs * 8)))
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(min(jobs, len(disk)), mp_context=ctx, initializer=_init_worker,
                               initargs=(_settings["ref_date"], _settings["max_bytes"], _settings["known"], True))
    try:
        parallel = pool.map(process, disk, chunksize=chunksize)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise

    return _Ordered((process(item, stdin_data) if item.path is None else next(parallel) for item in inputs),
                    lambda: pool.shutdown(wait=True, cancel_futures=True))


class _Ordered:
    """An iterator with a close() that also runs when iteration never started."""

    def __init__(self, it: Iterator[tuple], on_close: Any):
        self._it, self._on_close = it, on_close

    def __iter__(self) -> "_Ordered":
        return self

    def __next__(self) -> tuple:
        return next(self._it)

    def close(self) -> None:
        if self._on_close is not None:
            on_close, self._on_close = self._on_close, None
            on_close()


# ---------------------------------------------------------------- existing output


class Existing:
    """Index of an existing output file: by source and by sha256 -> byte offset of the line."""

    def __init__(self, path: Path):
        self.path = path
        self.by_source: dict[str, int] = {}
        self.by_sha: dict[str, int] = {}
        self._file: IO[bytes] | None = None
        offset = 0
        with open(path, "rb") as f:
            for lineno, raw in enumerate(f, 1):
                start, offset = offset, offset + len(raw)
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                    source, sha = obj["source"], obj["sha256"]
                except (ValueError, KeyError, TypeError):
                    raise UsageError(f"{path}:{lineno}: not a record of this tool; cannot --skip-existing") from None
                self.by_source.setdefault(source, start)
                self.by_sha.setdefault(sha, start)

    def line(self, offset: int) -> str:
        if self._file is None:
            self._file = open(self.path, "rb")
        self._file.seek(offset)
        return self._file.readline().decode("utf-8").rstrip("\r\n")

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _relabel(line: str, item: Input) -> tuple[str, dict]:
    obj = json.loads(line)
    if obj.get("source") != item.source or obj.get("id") != item.id:
        obj["id"], obj["source"] = item.id, item.source
        line = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return line, obj


# ---------------------------------------------------------------- atomic output


class AtomicFile:
    """A text file written beside its target and moved into place on commit()."""

    def __init__(self, target: Path):
        self.target = target
        directory = target.parent if str(target.parent) else Path(".")
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        self.file = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, s: str) -> None:
        self.file.write(s)

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.tmp, self.target)

    def discard(self) -> None:
        try:
            self.file.close()
        finally:
            try:
                os.unlink(self.tmp)
            except FileNotFoundError:
                pass


# ---------------------------------------------------------------- the run


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def run_extract(
    paths: Sequence[str | os.PathLike[str]],
    *,
    output: str | os.PathLike[str] | None = None,
    ref_date: dt.date | None = None,
    errors: str | os.PathLike[str] | None = None,
    skip_existing: bool = False,
    jobs: int | None = None,
    glob: str = "*.txt",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    quiet: bool = False,
    progress: bool | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
) -> int:
    """Extract every report under `paths`; returns the exit status (see the module doc)."""
    out_stream = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    started = time.perf_counter()

    def say(msg: str) -> None:
        print(msg, file=err, flush=True)

    # Everything that can be a usage error is checked before anything is written.
    try:
        if jobs is not None and jobs < 1:
            raise UsageError(f"--jobs must be at least 1, not {jobs}")
        if max_bytes is not None and max_bytes < 1:
            raise UsageError(f"--max-bytes must be at least 1, not {max_bytes}")
        if not paths:
            raise UsageError("no input: give report files, folders, or - for standard input")
        target = Path(output) if output is not None and os.fspath(output) != STDIN else None
        if skip_existing and target is None:
            raise UsageError("--skip-existing needs an output file (-o FILE) to read and update")
        if target is not None and target.is_dir():
            raise UsageError(f"output {target} is a folder; give a file name")
        if target is not None and not (target.parent if str(target.parent) else Path(".")).is_dir():
            raise UsageError(f"output folder {target.parent} does not exist")
        inputs, list_errors = collect_inputs(paths, glob)
        # Never read our own output back as a report (`extract data -o data/out.txt`).
        ours = {os.path.realpath(p) for p in (target, errors) if p is not None}
        inputs = [i for i in inputs if i.path is None or os.path.realpath(i.path) not in ours]
        if not inputs and not list_errors:
            raise UsageError(f"no reports found: no files matching {glob!r} under " + ", ".join(map(os.fspath, paths)))
        existing = Existing(target) if skip_existing and target is not None and target.exists() else None
    except UsageError as exc:
        say(f"error: {exc}")
        return EXIT_USAGE
    except OSError as exc:
        say(f"error: {exc}")
        return EXIT_USAGE

    jobs = jobs or default_jobs()
    _init_worker(ref_date, max_bytes, frozenset(existing.by_sha) if existing else frozenset())
    stdin_data: bytes | None = None
    if any(i.path is None for i in inputs):
        reader = stdin if stdin is not None else sys.stdin.buffer
        stdin_data = reader.read(max_bytes + 1) if max_bytes is not None else reader.read()

    out: AtomicFile | None = None
    err_out: AtomicFile | None = None
    try:
        out = AtomicFile(target) if target is not None else None
        err_out = AtomicFile(Path(errors)) if errors is not None else None
    except OSError as exc:
        say(f"error: cannot create the output: {exc}")
        for pending in (out, err_out):
            if pending is not None:
                pending.discard()
        if existing is not None:
            existing.close()
        return EXIT_USAGE
    stats = Stats()
    old_sigterm = _catch_sigterm()
    write = out.write if out is not None else out_stream.write

    def record_error(source: str, message: str) -> None:
        stats.failed += 1
        say(f"error: {source}: {message}")
        if err_out is not None:
            err_out.write(json.dumps({"source": source, "error": message}, ensure_ascii=False) + "\n")

    def emit(line: str) -> None:
        write(line + "\n")
        stats.written += 1

    # Records of the existing output for sources not given this run, in order, to merge.
    given = {i.source for i in inputs}
    leftovers: list[tuple[tuple[str, ...], int]] = []
    if existing is not None:
        leftovers = sorted((sort_key(s), off) for s, off in existing.by_source.items() if s not in given)
    next_left = 0

    show_bar = progress if progress is not None else (not quiet and _isatty(err))
    bar = None
    results: Iterator[tuple] = iter(())
    status = EXIT_OK
    try:
        results = _results(inputs, jobs, stdin_data)
        bar = _Progress(len(inputs), err=err) if show_bar else None
        for source, message in list_errors:
            record_error(source, message)
        for item, result in zip(inputs, results):
            key = sort_key(item.source)
            while next_left < len(leftovers) and leftovers[next_left][0] < key:
                emit(existing.line(leftovers[next_left][1]))  # type: ignore[union-attr]
                stats.kept += 1
                next_left += 1
            kind = result[0]
            if kind == "ok":
                _, line, chars, counts = result
                emit(line)
                stats.extracted += 1
                stats.chars += chars
                for name, n in zip(FIELDS, counts):
                    stats.fields[name] += n
            elif kind == "known":
                offset = existing.by_source.get(item.source) if existing else None  # type: ignore[union-attr]
                old = existing.line(offset) if offset is not None else None  # type: ignore[union-attr]
                if old is None or json.loads(old).get("sha256") != result[1]:
                    old = existing.line(existing.by_sha[result[1]])  # type: ignore[union-attr]
                line, _ = _relabel(old, item)
                emit(line)
                stats.reused += 1
            else:
                record_error(item.source, result[1])
            if bar is not None:
                bar.advance(chars=result[2] if kind == "ok" else 0)
        while next_left < len(leftovers):
            emit(existing.line(leftovers[next_left][1]))  # type: ignore[union-attr]
            stats.kept += 1
            next_left += 1
        if out is not None:
            out.commit()
            out = None
        else:
            out_stream.flush()
        if err_out is not None:
            err_out.commit()
            err_out = None
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
        reason = "interrupted (Ctrl-C)"
    except Terminated:
        status = EXIT_TERMINATED
        reason = "terminated (SIGTERM)"
    except BrokenPipeError:
        # `| head`: the reader went away; nothing is wrong with the reports.
        status = EXIT_FAILED
        reason = "stopped: the reader closed the output pipe"
    except Exception as exc:  # anything else that stops the run: disk full, a dead worker ...
        status = EXIT_FAILED
        reason = f"failed: {type(exc).__name__}: {exc}"
    except BaseException as exc:  # SystemExit and the like: say so, clean up, pass it on
        kept = f"; {target} was left as it was" if target is not None else ""
        say(f"error: run stopped by {type(exc).__name__}{kept}")
        raise
    finally:
        if bar is not None:
            bar.stop()
        close = getattr(results, "close", None)
        if close is not None:
            close()  # stops the worker pool
        if existing is not None:
            existing.close()
        for pending in (out, err_out):
            if pending is not None:
                pending.discard()
        _restore_sigterm(old_sigterm)
    stats.seconds = time.perf_counter() - started
    done = stats.written + stats.failed
    if status != EXIT_OK:
        kept = f"; {target} was left as it was" if target is not None else "; the output on standard output is incomplete"
        say(f"error: run {reason} after {done} of {len(inputs) + len(list_errors)} inputs{kept}")
        return status
    if not quiet:
        _summary(stats, err)
    return EXIT_FAILED if stats.failed else EXIT_OK


def _catch_sigterm() -> Any:
    """Turn SIGTERM into an exception for the run (main thread only); returns the old handler."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _on_sigterm)


def _restore_sigterm(old: Any) -> None:
    if old is not None:
        import signal

        signal.signal(signal.SIGTERM, old)


# ---------------------------------------------------------------- progress and summary


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """A rich progress bar on stderr: reports done, reports/s, ETA."""

    def __init__(self, total: int, *, err: IO[str]):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} reports/s"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=err),
            transient=True,
        )
        self.started = time.perf_counter()
        self.done = 0
        self.task = self.progress.add_task("extract", total=total, rate="-")
        self.progress.start()

    def advance(self, chars: int = 0) -> None:
        self.done += 1
        elapsed = time.perf_counter() - self.started
        rate = f"{self.done / elapsed:,.0f}" if elapsed > 0 else "-"
        self.progress.update(self.task, advance=1, rate=rate)

    def stop(self) -> None:
        self.progress.stop()


def _summary(stats: Stats, err: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="partyhealth-extract", show_header=True, header_style="bold")
    table.add_column("")
    table.add_column("count", justify="right")
    rows: list[tuple[str, str]] = [("reports written", f"{stats.written:,}")]
    if stats.reused or stats.kept:
        rows += [("  extracted now", f"{stats.extracted:,}"), ("  unchanged, kept", f"{stats.reused:,}"),
                 ("  not given, kept", f"{stats.kept:,}")]
    rows += [("failed", f"{stats.failed:,}"), ("seconds", f"{stats.seconds:.2f}")]
    if stats.seconds > 0 and stats.extracted:
        rows.append(("reports/s", f"{stats.extracted / stats.seconds:,.0f}"))
        rows.append(("characters/s", f"{stats.chars / stats.seconds:,.0f}"))
    rows += [(name, f"{stats.fields[name]:,}") for name in FIELDS]
    for label, value in rows:
        table.add_row(label, value)
    Console(file=err, width=60).print(table)

