"""The record: schema version 1.

Field names are a contract: the evaluation and users' jq scripts read them.
`schemas/report.schema.json` is generated from `Report` (see `schema.py`) and a
test fails when the two differ.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Granularity = Literal["year", "half", "quarter", "month", "day", "minute"]
Category = Literal[
    "staff",
    "tested",
    "beds",
    "vaccine_doses",
    "money",
    "party_members",
    "party_branches",
    "served",
    "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Where a mention stands: `decoded_text[start:end] == text` (code points)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Hospital(_Model):
    name: str = Field(description="The fullest name the report gives the institution.")
    aliases: list[str] = Field(default_factory=list, description="Other written forms of the same institution.")
    mentions: list[Span] = Field(default_factory=list)


class Person(_Model):
    name: str = Field(description="The name without layout spaces or line breaks.")
    roles: list[str] = Field(default_factory=list, description="Canonical titles, e.g. 党委书记, 院长.")
    organization: Optional[str] = Field(default=None, description="The organisation written before the title, e.g. 护理部.")
    mentions: list[Span] = Field(default_factory=list)


class DateMention(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: str = Field(description="TIMEX-style value: 2021-03-15, XXXX-08-05, 2020, XXXX-10-16T09:30.")
    granularity: Granularity
    modifier: Optional[str] = Field(default=None, description="early, mid, end, first_half, second_half, q1..q4, since ...")
    relative: bool = False
    year_inferred: bool = False


class CountMention(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    category: Category
    value: float | int
    unit: str = Field(description="The measure word or currency as written: 名, 人次, 张, 剂次, 元, 万元 ...")
    approx: bool = False
    subject: Optional[str] = Field(default=None, description="The head noun counted, as written: 护理人员, 方舱床位.")


class Report(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    id: str = ""
    source: str = ""
    sha256: str = ""
    encoding: str = "utf-8"
    chars: int = 0
    title: Optional[str] = None
    hospital: Optional[str] = None
    hospitals: list[Hospital] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    counts: list[CountMention] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
