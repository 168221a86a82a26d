"""The word lists in `lexicon/`: one reader for all of them, each file read once.

A lexicon file is UTF-8 text, one entry per line; blank lines and lines
starting with `#` are comments. Which file holds what is said at its top.
"""

from __future__ import annotations

import re
import gc
import importlib.util
from functools import lru_cache
from pathlib import Path
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
    # Only jieba's data file is needed, not the module (importing it costs 0.1 s).
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed (pip install jieba)")
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    # 350,000 entries: split the whole file at once and build the dict in C, with
    # the garbage collector paused (it would otherwise scan the new objects again
    # and again while they are made; that alone costs a third of the time).
    text = path.read_text(encoding="utf-8")
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        parts = text.split()  # word, frequency, tag, word, ...
        return dict(zip(parts[0::3], zip(map(int, parts[1::3]), parts[2::3])))
    finally:
        if gc_was_enabled:
            gc.enable()


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
