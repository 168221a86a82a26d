"""Normalise report text for matching, keeping a map back to source offsets.

Reports come out of PDFs and web pages: hard line breaks inside words and
numbers (`推进50\\n家`), spaces inside names and dates (`孙 雪`,
`从 2021 年 3 月`), full-width digits and letters, traditional characters.
Every extractor matches against `NormText.text`, where

* full-width ASCII forms are folded to ASCII (`２０２１` -> `2021`, `（` -> `(`),
  the ideographic space and other odd spaces count as white space;
* traditional characters are mapped to simplified ones, one character for one
  (OpenCC's character table), so the same rules serve both scripts;
* white space is removed, except a single space between two ASCII letters or
  digits on one line (`COVID 19`, `26 800`), so a name or number broken by the
  layout is whole (`2\n023年` -> `2023年`).

Each of these keeps the text in step with the source except the removal of
white space, which is recorded in a short list of segments; `span()` turns a
match in the normalised text back into source offsets, such that
`source[start:end]` is the mention as it stands, line breaks included.
Where white space was removed is kept in `gaps` (normalised index -> kind),
because some extractors need it: a space is what separates two names in
`记者匡奕君 卢成海`.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from importlib import resources

import regex

from .models import Span

SPACE = "space"          # white space within a line
NEWLINE = "newline"      # a single line break (PDF hard wrap)
PARAGRAPH = "paragraph"  # a blank line or more

# Characters that are white space for our purposes but not for str.isspace().
_EXTRA_SPACES = "\u200b\u200c\u200d\u2060\ufeff"

WHITE_SPACE = regex.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_ASCII_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    """One-for-one character map: full-width forms and traditional characters."""
    table: dict[int, int] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block
        table[code] = code - 0xFEE0
    table[0x3000] = 0x20  # ideographic space
    table[0x00A0] = 0x20
    for ch in _EXTRA_SPACES:
        table[ord(ch)] = 0x20
    # Traditional -> simplified; then Hong Kong and Taiwan variant forms (衞, 綫)
    # -> their standard traditional form -> simplified.
    for name in ("TSCharacters.txt", "HKVariantsRev.txt", "TWVariantsRev.txt"):
        for a, b in _opencc_pairs(name):
            table.setdefault(ord(a), table.get(ord(b), ord(b)))
    return table


def _opencc_pairs(name: str) -> list[tuple[str, str]]:
    """One-character pairs (from, first candidate) of an OpenCC dictionary file."""
    try:
        path = resources.files("opencc") / "dictionary" / name
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - dependency missing
        return []
    pairs = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1 and parts[0] != parts[1]:
            pairs.append((parts[0], parts[1]))
    return pairs


def fold(text: str) -> str:
    """Full-width -> ASCII and traditional -> simplified, one character for one."""
    return text.translate(_fold_table())


class NormText:
    """A report's decoded text and its normalised form for matching."""

    __slots__ = ("source", "text", "gaps", "_seg_norm", "_seg_src")

    def __init__(self, source: str):
        self.source = source
        folded = fold(source)
        pieces: list[str] = []
        seg_norm: list[int] = [0]
        seg_src: list[int] = [0]
        gaps: dict[int, str] = {}
        n = 0     # length of normalised text so far
        pos = 0   # position in source
        for m in WHITE_SPACE.finditer(folded):
            a, b = m.span()
            if a > pos:
                pieces.append(folded[pos:a])
                n += a - pos
            run = m.group()
            prev_c = folded[a - 1] if a else ""
            next_c = folded[b] if b < len(folded) else ""
            newlines = run.count("\n") + run.count("\r") - run.count("\r\n")
            # A space between two ASCII letters or digits separates words or
            # thousands (`COVID 19`, `26 800`); a single line break between two
            # digits is a PDF wrap inside one number (`2\n023年`) and is removed.
            # A blank line between digits ends a paragraph: kept as a space.
            keep = (
                prev_c in _ASCII_ALNUM and next_c in _ASCII_ALNUM and n > 0
                and not (prev_c.isdigit() and next_c.isdigit() and newlines == 1)
            )
            if keep:
                pieces.append(" ")
                n += 1
            elif n > 0 and next_c:
                gaps[n] = PARAGRAPH if newlines > 1 else NEWLINE if newlines == 1 else SPACE
            pos = b
            # The next normalised character comes from source position b.
            if seg_norm[-1] == n:
                seg_src[-1] = b
            else:
                seg_norm.append(n)
                seg_src.append(b)
        if pos < len(folded):
            pieces.append(folded[pos:])
        self.text = "".join(pieces)
        self.gaps = gaps
        self._seg_norm = seg_norm
        self._seg_src = seg_src

    def src(self, i: int) -> int:
        """Source offset of the normalised character at index i."""
        k = bisect.bisect_right(self._seg_norm, i) - 1
        return self._seg_src[k] + (i - self._seg_norm[k])

    def src_range(self, start: int, end: int) -> tuple[int, int]:
        """Source [start, end) of the normalised range [start, end) (end > start)."""
        return self.src(start), self.src(end - 1) + 1

    def span(self, start: int, end: int) -> Span:
        a, b = self.src_range(start, end)
        return Span(text=self.source[a:b], start=a, end=b)

    def source_text(self, start: int, end: int) -> str:
        a, b = self.src_range(start, end)
        return self.source[a:b]

    def has_gap(self, start: int, end: int) -> bool:
        """True when white space was removed anywhere inside normalised [start, end)."""
        return any(i in self.gaps for i in range(start + 1, end))
