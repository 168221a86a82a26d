"""The extractor on annotated reports, scored as the extraction guide's section 6 says.

A field fails when its F1 (subject: accuracy) falls below its floor. The seed
floors are the targets of the field issues (3-6). The samples and held-out
floors guard against regressions; they sit a little under what is reached today.
"""

from __future__ import annotations

import pytest

from conftest import FLOORS, SETS

FLOORS.update({
    "seeds": {
        "hospitals": 0.90,  # issue 6
        "people": 0.90,     # issue 5
        "roles": 0.85,      # issue 5
        "dates": 0.90,      # issue 4
        "counts": 0.90,     # issue 3
        "subject": 1.0,     # issue 6: right for all five seeds
    },
    # Regression guards, a little under what is reached today (samples: 0.985-1.0;
    # held-out a-n: hospitals 0.997, people 0.963, roles 0.977, dates 0.999, counts 0.978,
    # subject 93/95). Raise them when the rules get better; never lower them to pass.
    "samples": {"hospitals": 0.97, "people": 0.95, "roles": 0.95, "dates": 0.97, "counts": 0.97, "subject": 1.0},
    "heldout": {"hospitals": 0.99, "people": 0.95, "roles": 0.96, "dates": 0.99, "counts": 0.96, "subject": 0.95},
})

CASES = [(name, field) for name, floors in FLOORS.items() for field in floors if field != "subject"]


@pytest.mark.parametrize("name, field", CASES, ids=[f"{n}-{f}" for n, f in CASES])
def test_field_f1_floor(scored, name, field):
    fs = scored(name).fields[field]
    floor = FLOORS[name][field]
    assert fs.f1 >= floor, f"{name} {field}: F1 {fs.f1:.3f} (tp {fs.tp}, fp {fs.fp}, fn {fs.fn}) < floor {floor:.2f}"


@pytest.mark.parametrize("name", list(FLOORS))
def test_subject_accuracy_floor(scored, name):
    s = scored(name)
    floor = FLOORS[name]["subject"]
    assert s.subject_accuracy is not None and s.subject_accuracy >= floor, (
        f"{name}: subject hospital accuracy {s.subject_correct}/{s.subject_total} < floor {floor:.2f}"
    )


@pytest.mark.parametrize("name", list(SETS))
def test_every_annotated_report_gets_a_record(scored, name):
    # A report the extractor drops (crash, unreadable) would silently count as all-missed.
    s = scored(name)
    assert s.missing == []
    assert s.reports >= 1
