"""The record's JSON Schema, generated from the pydantic model.

`schemas/report.schema.json` is this output; a test fails when they differ.
Regenerate with: partyhealth-extract schema > schemas/report.schema.json
"""

from __future__ import annotations

import json
from typing import Any

from .models import Report


def report_schema() -> dict[str, Any]:
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://partyhealth-extract/schemas/report.schema.json"
    return schema


def schema_json() -> str:
    return json.dumps(report_schema(), ensure_ascii=False, indent=2, sort_keys=True)
