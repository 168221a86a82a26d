"""The word lists in `lexicon/`: one reader for all of them, each file read once.

A lexicon file is UTF-8 text, one entry per line; blank lines and lines
starting with `#` are comments. Which file holds what is said at its top.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[str, ...]:
    """The entries of `lexicon/<name>`, stripped, comments left out."""
    path = resources.files("partyhealth_extract") / "lexicon" / name
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def jieba_dictionary() -> dict[str, tuple[int, str]]:
    """jieba's dictionary, word -> (frequency, part-of-speech tag), read once per process.

    The extractors use it to tell words from names (推进 is a verb, 金华 a place
    that is also a given name); they never segment whole reports. It is read
    lazily, only when a report needs it, from the installed jieba package.
    """
    import jieba

    words: dict[str, tuple[int, str]] = {}
    with (resources.files(jieba) / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def word_frequency(word: str) -> int:
    """How often jieba's dictionary has seen `word` (0 when it is not a word)."""
    entry = jieba_dictionary().get(word)
    return entry[0] if entry else 0


def trie(words) -> str:
    """One pattern for a set of words, factored by shared prefixes
    (党委书记|党委副书记 -> 党委(?:书记|副书记)); longer words are tried first."""
    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if "" in node:
            return "(?:" + "|".join(alts) + ")?" if alts else ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)
