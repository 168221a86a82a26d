"""Shared test setup: the seed-score table at the end of every test run.

`tests/test_seed_scores.py` runs the extractor on the seed reports in
`<repo>/../shared/seeds` and scores it against `<repo>/../shared/gold/seeds.jsonl`
(set PARTYHEALTH_SHARED to use another folder). The scores are kept in
`SEED_RESULTS` (this module), and `pytest_terminal_summary` prints them as a
table, so every CI log shows where the product stands. When the seed test was
not part of the run (say `pytest tests/test_dates.py`), the hook measures the
seeds itself; a failure there is printed, never raised.
"""

from __future__ import annotations

import inspect
import io
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PARTYHEALTH_SHARED") or REPO.parent / "shared")
SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds.jsonl"

# Filled by the `seed_scores` fixture (or by the summary hook): scores, floors, error.
SEED_RESULTS: dict[str, Any] = {}


def seeds_available() -> bool:
    return SEEDS.is_dir() and SEED_GOLD.is_file()


def _records_via_batch(seeds: Path) -> list[dict] | None:
    """Run the seeds through `batch.run_extract` as the CLI does, if it has the expected shape."""
    try:
        from partyhealth_extract import batch
    except ImportError:
        return None
    run = getattr(batch, "run_extract", None)
    if run is None:
        return None
    params = inspect.signature(run).parameters
    if not {"output", "jobs", "quiet", "stdout", "stderr"} <= set(params):
        return None
    from partyhealth_extract.evaluate import load_predictions

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seeds.jsonl"
        kw: dict[str, Any] = dict(output=out, jobs=1, quiet=True, stdout=io.StringIO(), stderr=io.StringIO())
        if "progress" in params:
            kw["progress"] = False
        run([str(seeds)], **kw)
        return load_predictions(out) if out.exists() else []


def _records_via_library(seeds: Path) -> list[dict]:
    """Fallback: the library, with id and source set as the CLI sets them."""
    from partyhealth_extract import extract_text

    records = []
    for path in sorted(seeds.rglob("*.txt")):
        text = path.read_text(encoding="utf-8-sig")
        rel = path.relative_to(seeds).with_suffix("")
        records.append(extract_text(text, id=rel.as_posix(), source=str(path)).model_dump())
    return records


def measure_seed_scores():
    """Extract the seeds and score them; returns `evaluate.Scores`."""
    from partyhealth_extract.evaluate import load_gold, score

    records = _records_via_batch(SEEDS)
    how = "batch.run_extract"
    if records is None:
        records, how = _records_via_library(SEEDS), "extract_text"
    SEED_RESULTS["how"] = how
    return score(load_gold(SEED_GOLD), records)


@pytest.fixture(scope="session")
def seed_scores():
    """The seed scores, measured once per session; skips when ../shared is absent."""
    if not seeds_available():
        SEED_RESULTS["skipped"] = f"no seeds at {SHARED} (beside the repo): seed scores not measured"
        pytest.skip(SEED_RESULTS["skipped"])
    if "scores" not in SEED_RESULTS:
        SEED_RESULTS["scores"] = measure_seed_scores()
    return SEED_RESULTS["scores"]


@pytest.fixture(scope="session")
def seed_results() -> dict[str, Any]:
    """The module-level place the summary hook reads (tests may add e.g. "floors")."""
    return SEED_RESULTS


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if getattr(config.option, "collectonly", False):
        return
    tr = terminalreporter
    tr.write_sep("=", "seed scores (extraction guide, section 6)")
    if "scores" not in SEED_RESULTS:
        if not seeds_available():
            tr.write_line(f"skipped: no seeds at {SHARED} (beside the repo)")
            return
        try:
            SEED_RESULTS["scores"] = measure_seed_scores()
        except Exception as exc:  # the summary must not break the run
            tr.write_line(f"could not measure the seeds: {type(exc).__name__}: {exc}")
            return
    from rich.console import Console

    from partyhealth_extract.evaluate import render_table

    scores = SEED_RESULTS["scores"]
    buf = io.StringIO()
    console = Console(
        file=buf, width=120, force_terminal=bool(tr.hasmarkup),
        color_system="standard" if tr.hasmarkup else None,
    )
    render_table(scores, console, title=f"Seed scores: {scores.reports} reports in {SEEDS}")
    floors = SEED_RESULTS.get("floors")
    if floors:
        console.print(
            "floors (F1; subject: accuracy): " + ", ".join(f"{k} {v:.2f}" for k, v in floors.items()),
            highlight=False,
        )
    console.print(f"extracted with {SEED_RESULTS.get('how', '?')}", style="dim", highlight=False)
    tr.write(buf.getvalue())
