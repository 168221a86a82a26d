"""The published JSON Schema is the one the model generates, and records validate against it."""

import json
from pathlib import Path

import jsonschema

from partyhealth_extract import extract_text
from partyhealth_extract.schema import report_schema

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "schemas" / "report.schema.json"


def test_published_schema_is_in_step_with_the_model():
    published = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert published == report_schema(), (
        "schemas/report.schema.json is stale: run `partyhealth-extract schema > schemas/report.schema.json`"
    )


def test_schema_rejects_a_record_with_a_wrong_field():
    validator = jsonschema.Draft202012Validator(report_schema())
    record = json.loads(extract_text("某县人民医院召开大会。").model_dump_json())
    assert not list(validator.iter_errors(record))
    record["schema_version"] = 2
    assert list(validator.iter_errors(record))
    record["schema_version"] = 1
    record["counts"] = [{"text": "3名", "start": 0, "end": 2, "category": "cats", "value": 3, "unit": "名"}]
    assert list(validator.iter_errors(record))
