"""Hospitals: every named medical institution, aliases merged, and the subject hospital."""

from __future__ import annotations

from ..models import Hospital
from ..normalize import NormText


def extract(doc: NormText) -> list[Hospital]:
    return []


def subject(doc: NormText, hospitals: list[Hospital], title: str | None) -> str | None:
    return None
