"""Shared test setup: the scores of the extractor on annotated reports, printed at the end of every run.

Three annotated sets are scored, each with its reports extracted by
`batch.run_extract` exactly as the CLI does, and scored by `evaluate.score`:

* `seeds`: `<repo>/../shared/seeds` against `../shared/gold/seeds.jsonl`
  (set PARTYHEALTH_SHARED to use another folder; skipped when absent);
* `samples`: `data/raw` against `data/gold/samples.jsonl`;
* `heldout`: `tests/corpus/heldout/*.txt` against `tests/corpus/heldout/*gold.jsonl`:
  reports written in batches (a-h) by people who had not seen the rules, each
  batch measured first as unseen reports and then used to improve the rules. It
  is a development and regression set now, not an unseen one: the score that
  tells how far to trust the tool on new reports is the one a batch got before
  the rules were tuned on it (see the closing notes of each round).

`tests/test_scores.py` holds each set's floors and fails a field below its
floor; `pytest_terminal_summary` prints every table, so each CI log shows
where the product stands.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PARTYHEALTH_SHARED") or REPO.parent / "shared")


@dataclass(frozen=True)
class ScoredSet:
    name: str
    reports: Path           # folder of *.txt
    gold: tuple[Path, ...]  # JSON Lines annotation files

    def available(self) -> bool:
        return self.reports.is_dir() and bool(self.gold) and all(g.is_file() for g in self.gold)


SETS = {
    "seeds": ScoredSet("seeds", SHARED / "seeds", (SHARED / "gold" / "seeds.jsonl",)),
    "samples": ScoredSet("samples", REPO / "data" / "raw", (REPO / "data" / "gold" / "samples.jsonl",)),
    "heldout": ScoredSet(
        "heldout", REPO / "tests" / "corpus" / "heldout",
        tuple(sorted((REPO / "tests" / "corpus" / "heldout").glob("*gold.jsonl"))),
    ),
}

# name -> evaluate.Scores, or an error string; filled once per session.
RESULTS: dict[str, Any] = {}
FLOORS: dict[str, dict[str, float]] = {}  # filled by test_scores.py, printed under each table


def measure(s: ScoredSet):
    """Extract the set's reports as the CLI does and score them."""
    from partyhealth_extract.batch import run_extract
    from partyhealth_extract.evaluate import load_gold, load_predictions, score

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "records.jsonl"
        run_extract([str(s.reports)], output=out, jobs=1, quiet=True, progress=False,
                    stdout=io.StringIO(), stderr=io.StringIO())
        records = load_predictions(out) if out.exists() else []
    gold = [g for path in s.gold for g in load_gold(path)]
    return score(gold, records)


def scores_for(name: str):
    if name not in RESULTS:
        RESULTS[name] = measure(SETS[name])
    return RESULTS[name]


@pytest.fixture(scope="session")
def scored():
    """`scored(name)` -> evaluate.Scores for that set; skips when the set is absent."""
    def get(name: str):
        s = SETS[name]
        if not s.available():
            pytest.skip(f"{name}: no annotated reports at {s.reports}")
        return scores_for(name)
    return get


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if getattr(config.option, "collectonly", False):
        return
    from rich.console import Console

    from partyhealth_extract.evaluate import render_table

    tr = terminalreporter
    tr.write_sep("=", "extraction scores (extraction guide, section 6)")
    for name, s in SETS.items():
        if not s.available():
            tr.write_line(f"{name}: skipped, no annotated reports at {s.reports}")
            continue
        try:
            scores = scores_for(name)
        except Exception as exc:  # the summary must not break the run
            tr.write_line(f"{name}: could not be measured: {type(exc).__name__}: {exc}")
            continue
        buf = io.StringIO()
        console = Console(file=buf, width=120, force_terminal=bool(tr.hasmarkup),
                          color_system="standard" if tr.hasmarkup else None)
        render_table(scores, console, title=f"{name}: {scores.reports} reports in {s.reports}")
        if name in FLOORS:
            console.print("floors (F1; subject: accuracy): "
                          + ", ".join(f"{k} {v:.2f}" for k, v in FLOORS[name].items()), highlight=False)
        tr.write(buf.getvalue())
