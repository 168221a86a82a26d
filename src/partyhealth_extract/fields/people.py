"""People: every named individual with canonical roles and organisation."""

from __future__ import annotations

from ..models import Person
from ..normalize import NormText


def extract(doc: NormText, avoid: list[tuple[int, int]] = ()) -> list[Person]:
    """`avoid`: source ranges (e.g. hospital names) where no person may start."""
    return []
