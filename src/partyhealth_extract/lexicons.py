"""The word lists in `lexicon/`: one reader for all of them, each file read once.

A lexicon file is UTF-8 text, one entry per line; blank lines and lines
starting with `#` are comments. Which file holds what is said at its top.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[str, ...]:
    """The entries of `lexicon/<name>`, stripped, comments left out."""
    path = resources.files("partyhealth_extract") / "lexicon" / name
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))
