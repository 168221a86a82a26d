"""The report's headline, when it has one.

A headline is the first paragraph of the report when that paragraph is a
single short line without sentence punctuation (a PDF page that starts in the
middle of a sentence has none). A subtitle line that starts with a dash
(`——某某医院……纪实`) is joined to it, because it often names the hospital.
"""

from __future__ import annotations

import regex

_PARAGRAPHS = regex.compile(r"\n[ \t\u3000]*\n")
_SENTENCE_PUNCT = regex.compile(r"[。，,；;！!？?]")
_FURNITURE = regex.compile(r"^(?:首页|当前位置|您的位置|上一篇|下一篇|来源|发布时间|作者|责任编辑|字号|打印|关闭|分享到|点击)")
MAX_TITLE_CHARS = 60
_SUBTITLE_DASH = ("——", "—", "--")


def _clean(line: str) -> str:
    return line.strip(" \t\u3000\r\ufeff")


def find_title(source: str) -> str | None:
    paragraphs = [
        lines for lines in (
            [_clean(x) for x in para.splitlines() if _clean(x)]
            for para in _PARAGRAPHS.split(source[:4000])
        ) if lines
    ]
    while paragraphs and _FURNITURE.match(paragraphs[0][0]):
        paragraphs.pop(0)
    if not paragraphs:
        return None
    lines = paragraphs[0]
    if len(lines) == 1 and len(paragraphs) > 1 and paragraphs[1][0].startswith(_SUBTITLE_DASH):
        lines = [lines[0], paragraphs[1][0]]  # subtitle after a blank line
    first = lines[0]
    if len(lines) > 2 or not (2 <= len(first) <= MAX_TITLE_CHARS) or _SENTENCE_PUNCT.search(first):
        return None
    if len(lines) == 2:
        if not lines[1].startswith(_SUBTITLE_DASH):
            return None
        return first + lines[1]
    return first
