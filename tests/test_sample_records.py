"""Every record from data/raw and ../shared/seeds validates and points back exactly.

For every mention in every record, `decoded[start:end] == text`: this is what
lets a reader check any figure against its source.
"""

import json
from pathlib import Path

import jsonschema
import pytest

from partyhealth_extract import extract_text
from partyhealth_extract.reading import read_report

from conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
SAMPLES = sorted((ROOT / "data" / "raw").glob("*.txt"))
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def _mentions(record: dict):
    for h in record["hospitals"]:
        yield from h["mentions"]
    for p in record["people"]:
        yield from p["mentions"]
    yield from record["dates"]
    yield from record["counts"]


def test_there_are_enough_sample_reports():
    assert len(SAMPLES) >= 8


@pytest.mark.parametrize("path", SAMPLES + SEEDS, ids=lambda p: p.name)
def test_record_validates_and_every_mention_points_back(path):
    text, encoding, sha = read_report(path)
    record = json.loads(extract_text(text, id=path.stem, source=str(path), encoding=encoding, sha256=sha).model_dump_json())
    jsonschema.validate(record, SCHEMA)
    assert record["chars"] == len(text)
    n = 0
    for m in _mentions(record):
        assert 0 <= m["start"] < m["end"] <= len(text)
        assert text[m["start"]:m["end"]] == m["text"], m
        n += 1
    # Each report in the genre names at least a date or a figure.
    assert n > 0
