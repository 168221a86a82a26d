"""Counts: figures of the guide's eight kinds with value, unit and approximation."""

from __future__ import annotations

from ..models import CountMention
from ..normalize import NormText


def extract(doc: NormText) -> list[CountMention]:
    return []
