"""People: every named individual with canonical roles and organisation.

A Chinese name is a surname (one character, or two: 欧阳, 司马) and a given
name of one or two characters, written with no separator, so the question is
always where a name starts and where it ends.  We only look where a name can
stand, in passes ordered by how sure the context is (`extract`):

0. roster lines (`_rosters`): a name opening a line with its unit and titles
   after a layout gap (`王立军   某某医院党委书记`) or in a bracket
   (`卢 鹏（骨科主治医师）`), and an interview's speaker labels (`马少雄：` at
   two line starts); then lists after a label and a colon set apart by layout
   spaces (`_name_lists`: `医生（6名）：伍振邦　李 颖　黄 彬`);
1. after a title (`_titles`: `院长何义勇`, `党委书记、院长广跃乾`, `护理部主任王霞`),
   with the names that share it (`副院长刘捍东、赵华`) and, for a byline title,
   the names separated by layout spaces (`记者匡奕君 卢成海`); a leader's title
   with a colon opening a table cell (`第四党支部（普外科）  书记：庞立新   普外科主任`,
   `_cell_roles`); and before a leader's title (`何义勇院长`, `王霞同志`), unless
   the title is spoken to (`谢谢黄主任`, `_spoken_to`);
2. a bracketed byline at the end of a story (`（张嫣）`, `（宣传科 孙 雪）`),
   and credits with a slash, colon or bar before or after the name
   (`文/图 凌志华`, `责任编辑：简丹`, `杜 鹃摄`, `殷悦 文/图`);
3. with no title: a list of names (`韩海霞、韩永成`), a name the layout sets off
   inside a sentence (`护理部 杨 倩 带领`) or a name before a word that only
   people do (`何斌一家`, `钟海振表示`).  Here only common surnames open a name
   and common words are refused more strictly.

Then every other place a found name is written joins it as a mention
(`_more_mentions`); roles a sentence gives a found name are added
(`_appointments`: `蒋涛任支部书记`, `韩涛自2022年2月起挂职…`, `队长由副院长石俊峰担任`),
and so are those in a bracket right after it (`_bracket_after`:
`郑凯(麻醉科副主任、副主任医师)`).  A person found several times is one entry
with all roles and mentions.

Where a name ends is decided by what follows it (`_Reader.name_end`):
punctuation, a layout gap, a title, or a word that usually follows a name
(`people_follow.txt`: 刘娜|毅然决然, 王霞|来到, 何义勇|一行).  A name the layout
spaced out character by character keeps its third character when the spacing
goes on (`钟 文 华 通讯员`, `赵 红 梅说`, `顾 ⏎建 国`: `spaced_third`).  Only when
nothing decides it, jieba's word frequencies are consulted
(`lexicons.word_frequency`; people.py never reads jieba's dictionary for a
report with no such case, and it is read once per process).  A candidate that
is itself a common word (全院, 方舱, 廉政, 高度) is refused: `people_words.txt`
lists the words of jieba's dictionary that start with a surname character (see
`_rebuild_word_list`).  Transliterated Uyghur, Mongolian and Tibetan names
(`斯琴高娃`, `阿依古丽·买买提`), which the surname reading cuts short or cannot
open, are read as runs of `people_translit.txt` characters where a title, a
byline or a credit vouches for a name (`_Reader.minority`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

from ..lexicons import entries, trie, word_frequency
from ..models import Person
from ..normalize import NEWLINE, PARAGRAPH, SPACE, NormText
from .hospitals import _is_han as is_han
from .hospitals import short_place

# Characters that do not stand in a given name: administrative and
# organisational heads, function words, pronouns, measure words.
_NON_NAME = frozenset(
    "院科部局委办处室所站队组会区县市省镇乡村厅馆校司厂店社团党员们"
    "的了是在与及等对向从把被将也都还就又已曾这那其该各每本我你他她它个位名次"
    "年日时号人某省医诊病药疫情防控患"
)
# A name cannot be followed directly by these: it is a place or an institution.
_AFTER_NOT_NAME = re.compile(r"(?:市|县|省|区|镇|乡|村|路|街|医院|大学|学院|中学|小学|卫生院|集团|公司)")
# Organisation written in front of a title: it ends with one of these.
_ORG_TAIL = re.compile(
    r"(?:部|科|室|办|中心|委|局|院|馆|站|所|处|队|组|会|党委|党组|党总支|总支|支部|厅|司|公司|社|协会|分院|病区)$"
)
_ORG_CUT = regex.compile(r".*(?:[^\p{Han}]|[及和与由在对向的是为将把被、])")
_ORG_STRIP = re.compile(r"^(?:.*(?:我院|该院|本院|我|该|本|各)|院(?!办))")
_WS = re.compile(r"\s+")
# Closing a sentence: what may stand before a bracketed byline.
_SENT_END = frozenset("。!?;.\"'”’」』…")
_BRACKET = regex.compile(r"\((\p{Han}{2,12})\)")  # a unit (up to 10) and a name
# How far a body named before a title may reach (市卫生健康委员会党组书记,
# 某某市第一人民医院护理部主任): the organisation read back from a title, the
# body inside a chain of titles, a credit's organisation before its name.
_BODY_MAX = 16
# A bracket after a name holding its unit and titles (心血管内科副主任、副主任
# 医师) and the office named before 由…担任 lie within this many characters.
_NEAR = 24
# A roster line's name (a compound surname, two given characters, layout
# spaces) is ended by a space, bracket or colon within its first characters.
_ROSTER_NAME_MAX = 6
# A label before a list's colon (护士（22名）, 第一梯队队员) is short.
_LABEL_MAX = 16
# jieba counts a common word (多次, 其他, 达到) far above this; pairs of
# transliteration characters inside names (古丽, 买买, 卓玛) far below.
_COMMON_WORD_FREQ = 1000


# ---------------------------------------------------------------- lexicons


class _Lex:
    """All people lexicons, loaded once."""

    def __init__(self) -> None:
        self.single: set[str] = set()
        self.compound: set[str] = set()
        self.common: set[str] = set()
        for ln in entries("surnames.txt"):
            parts = ln.split()
            s = parts[0]
            (self.compound if len(s) == 2 else self.single).add(s)
            if len(parts) > 1 and parts[1] == "*":
                self.common.add(s)
        self.titles: dict[str, tuple[str, str]] = {}
        for ln in entries("titles.txt"):
            parts = ln.split("\t")
            if len(parts) >= 3:
                self.titles[parts[0]] = (parts[1], parts[2])
        alts = sorted(self.titles, key=len, reverse=True)
        # A trie-shaped pattern compiled with `re`: the longest title at a
        # position wins, as with the plain alternation, at a third of the cost.
        self.title_re = re.compile(trie(alts))
        # 队长由(该院副院长、主任医师)石俊峰担任: the office before 由, then no
        # sentence break up to the name.
        self.office_by = regex.compile(
            "(" + "|".join(regex.escape(t) for t in alts) + r")由[^,.;:!?，。；：！？]*$"
        )
        follow = entries("people_follow.txt")
        self.follow_single = frozenset(w for w in follow if len(w) == 1)
        multi = sorted((w for w in follow if len(w) > 1), key=len, reverse=True)
        self.follow_re = re.compile(trie(multi))
        # Words: "word" (in jieba's dictionary) or "word *" (frequent).
        self.words: set[str] = set()
        self.frequent: set[str] = set()
        self.namelike: set[str] = set()  # words that are also given names (金华, 万里)
        for ln in entries("people_words.txt"):
            w, _, mark = ln.partition(" ")
            self.words.add(w)
            if "*" in mark:
                self.frequent.add(w)
            if "n" in mark:
                self.namelike.add(w)
        for ln in entries("people_notnames.txt"):
            self.words.add(ln)
            self.frequent.add(ln)
        self.translit = frozenset("".join(entries("people_translit.txt")))
        # Place short forms (荆州, 郧西, 恩施) are not names either: cut as the
        # hospitals field cuts them, so both fields agree on a place.
        for ln in entries("places.txt"):
            self.words.add(ln)
            short = short_place(ln)
            if short != ln:
                self.words.add(short)
                self.frequent.add(short)


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex()


@lru_cache(maxsize=1)
def _rebuild_word_list(out_path: str, min_freq: int = 3, frequent: int = 100) -> None:  # pragma: no cover
    """Regenerate lexicon/people_words.txt from jieba's dictionary.

    Keeps the 2- and 3-character words that start with a surname (so could be
    mistaken for a name), seen at least `min_freq` times.  Flags after the
    word: `*` seen `frequent` times or more; `n` tagged as a proper name,
    place or numeral (nr, ns, nz, m: 金华, 万里, 高远 are also given names),
    which a title may still vouch for.  Three-character words tagged as person
    names (nr) are left out: they are names.
    """
    import os

    import jieba

    lex = _Lex()
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            w, freq, tag = line.split()
            freq = int(freq)
            if not 2 <= len(w) <= 3 or freq < min_freq:
                continue
            if not (w[0] in lex.single or w[:2] in lex.compound):
                continue
            if len(w) == 3 and tag.startswith("nr"):
                continue
            flags = ("*" if freq >= frequent else "") + ("n" if tag[:2] in ("nr", "ns", "nz", "m") else "")
            rows.append(w + (" " + flags if flags else ""))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# Generated by fields/people.py _rebuild_word_list from jieba's dict.txt (MIT).\n")
        f.write("# Words starting with a surname character; '*' = frequent, 'n' = name-like tag.\n")
        f.write("\n".join(sorted(rows)) + "\n")


# ---------------------------------------------------------------- names


class _Reader:
    """Name reading over one document."""

    def __init__(self, doc: NormText, avoid) -> None:
        self.doc = doc
        self.text = doc.text
        self.gaps = doc.gaps
        self.n = len(self.text)
        self.lex = _lex()
        # One pass over the layout gaps: where lines start, where spaces stand.
        self.line_starts = [0]
        self.spaces = []
        self.breaks = []  # spaces and paragraph breaks: what ends an organisation
        for g, k in self.gaps.items():
            (self.spaces if k == SPACE else self.line_starts).append(g)
            if k != NEWLINE:
                self.breaks.append(g)
        # Source ranges to avoid, turned into normalised ones once (not each
        # candidate into source offsets) and merged: one bisection finds the
        # only one a candidate could overlap.
        merged: list[list[int]] = []
        for s, e in sorted(avoid):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            elif e > s:
                merged.append([s, e])
        self.avoid_starts = [_norm_index(doc, s) for s, _ in merged]
        self.avoid_ends = [_norm_index(doc, e - 1) + 1 for _, e in merged]

    # -- characters
    def han(self, q: int) -> bool:
        """A Han character at q (the one test the hospitals field uses too)."""
        if 0 <= q < self.n:
            c = self.text[q]
            return "\u4e00" <= c <= "\u9fff" or is_han(c)  # the common block inline
        return False

    def given_ok(self, q: int) -> bool:
        return self.han(q) and self.text[q] not in _NON_NAME

    def title_at(self, q: int):
        return self.lex.title_re.match(self.text, q) if q < self.n else None

    def chained_title(self, q: int):
        """A title at q or after the body it belongs to (中心主任, 市中心医院副院长,
        第三党支部书记, 临时党支部书记): the next link of a chain of titles."""
        m = self.lex.title_re.search(self.text, q, min(self.n, q + _BODY_MAX))
        if m is None:
            return None
        t = m.start()
        if t > q:
            if not (
                _CHAIN_BODY.fullmatch(self.text, q, t)
                or (m.group()[0] == "党" and _BRANCH_QUALIFIER.fullmatch(self.text, q, t))
            ):
                return None
            if any(self.gaps.get(i) == PARAGRAPH for i in range(q + 1, t + 1)):
                return None
        return m

    def appointed(self, q: int) -> list[str] | None:
        """Roles taken on at q: 任组长, 兼任支部书记, 担任医共体管理委员会主任."""
        m = _APPOINT.match(self.text, q)
        if m is None:
            return None
        roles: list[str] = []
        j = m.end()
        while True:
            m2 = self.chained_title(j)
            if m2 is None:
                break
            canon, kind = self.lex.titles[m2.group()]
            if kind == "noun":
                break
            if kind != "rank":
                roles.append(canon)
            j = m2.end()
            if not (j < self.n and self.text[j] in "、兼"):
                break
            j += 1
        return roles or None

    def minority(self, p: int) -> int | None:
        """End of a transliterated name at p (斯琴高娃, 乌云毕力格, 阿依古丽·买买提):
        runs of 2-6 transliteration characters, joined by a middle dot, clearly
        ended (or joined by a dot), holding no common word (多次, 其他, 达到).  Only where a title,
        a byline or a credit vouches for a name."""
        text, n, gaps, tr = self.text, self.n, self.gaps, self.lex.translit
        if p >= n or text[p] not in tr:
            return None
        q, parts = p, 0
        while True:
            k = q
            while k < n and k - q < 6 and text[k] in tr and (k == q or gaps.get(k) in (None, NEWLINE)):
                k += 1
            if k - q < 2:
                return None
            parts += 1
            if parts < 3 and text[k : k + 1] in _DOTS and k + 1 not in gaps and text[k + 1 : k + 2] in tr:
                q = k + 1
                continue
            break
        end = k
        if parts == 1 and not (
            end >= n or end in gaps or not self.han(end) or self.title_at(end)
            or self.lex.follow_re.match(text, end) or text[end] in self.lex.follow_single
        ):
            return None
        for i in range(p, end - 1):
            for w in (text[i : i + 2], text[i : i + 3]):
                if len(w) > 1 and i + len(w) <= end and word_frequency(w) >= _COMMON_WORD_FREQ:
                    return None
        return end

    def gap_width(self, q: int) -> int:
        """Source characters of white space removed before normalised index q."""
        return self.doc.src(q) - self.doc.src(q - 1) - 1

    def spaced_third(self, g1: int, e2: int, e3: int) -> bool:
        """A third character of a name whose characters the layout spaced out
        (`钟 文 华  通讯员`, `刘 德 明 介绍`, `曾 春 莲 ⏎说`), not the first of the
        next spaced name (`王 强 李 明`: the gap after 李 is no wider)."""
        gaps = self.gaps
        k1, k2 = gaps.get(g1), gaps.get(e2)
        if k1 == SPACE and k2 in (SPACE, NEWLINE):
            w = self.gap_width(g1)
            if k2 == SPACE and self.gap_width(e2) != w:
                return False
            if k2 == NEWLINE and self.gap_width(e2) > 2:
                return False  # 吕 斌⏎    外科…: an indented line opens the next row
        elif k1 == NEWLINE and k2 == SPACE and self.gap_width(g1) > 1:
            # `顾 ⏎建 国 这样`, `李⏎ 新 民说`: the line wrapped inside a spaced
            # name (a space beside the break); the next space sets the width.
            w = self.gap_width(e2)
        else:
            return False
        t, lex = self.text, self.lex
        if not self.given_ok(e2) or self.title_at(e2) or t[e2] in "摄":
            return False
        if t[e2] == "任" and self.appointed(e2):
            return False  # 张 琪 任执行院长
        if t[e2] in lex.follow_single or lex.follow_re.match(t, e2):
            return False  # 黄 静 说，: a verb after the name
        if e3 >= self.n or not self.han(e3):
            # 韩 涛 自2022年: a character glued to a number after it is a
            # preposition (自, 于), not the third of a spaced name.
            return t[e3 : e3 + 1] != "/" and (e3 >= self.n or e3 in gaps or not t[e3].isalnum())
        gap = gaps.get(e3)
        if gap is None:
            # 冯 志 刚介绍: glued to a word that follows names.
            if self.title_at(e3) or lex.follow_re.match(t, e3):
                return True
            # 赵 红 梅说, 吕 国 平领衔, 卢 志 远昨日: glued to a verb or a word of
            # its own, when the third does not open a word with what follows
            # (王 强 今天, 许 明 既是).
            return (
                k2 == SPACE
                and (t[e3] in lex.follow_single or _word_at(t, e3))
                and not _word_at(t, e2, 2)
            )
        ends = bool(self.title_at(e3) or lex.follow_re.match(t, e3) or t[e3] in lex.follow_single)
        if not ends and t[e3] in _PREPOSITIONS and e3 + 1 < self.n and t[e3 + 1].isdigit():
            ends = True  # 韩 雪 梅 于2023年, 郑 国 华 在3号楼: a preposition, not a name
        if (
            not ends
            and gap != PARAGRAPH
            and self.surname_len(e2, False)
            and self.given_ok(e3)
            and (e3 + 1 >= self.n or not self.han(e3 + 1) or e3 + 1 in gaps)
        ):
            return False  # 邹 敏 刘⏎ 杰）: the next name, of two characters
        if gap != SPACE or self.gap_width(e3) > w:
            return True
        # 聂 晓 宇 宣誓, 焦 卫 红 如今: a third that cannot open the next name
        # (包 金 山 在: 在 is no given name, so 山 opens none).
        return ends or not self.surname_len(e2, False) or not self.given_ok(e3)

    def hard(self, q: int) -> bool:
        """A sure end of a name at q."""
        if q >= self.n or not self.han(q):
            return True
        gap = self.gaps.get(q)
        if gap == NEWLINE:
            return self.gap_width(q) > 2  # an indented line: the next row of a table
        return gap == PARAGRAPH or gap == SPACE

    def surname_len(self, p: int, common: bool) -> int:
        lex = self.lex
        if self.text[p : p + 2] in lex.compound:
            return 2
        c = self.text[p : p + 1]
        if c in (lex.common if common else lex.single):
            return 1
        return 0

    def name_end(self, p: int, common: bool = False, trust: bool = False) -> int | None:
        """End of the name starting at p, or None when no name starts there."""
        sl = self.surname_len(p, common)
        if not sl:
            return None
        text = self.text
        g1 = p + sl
        if not self.given_ok(g1) or self.title_at(g1):
            return None
        if sl == 1 and self.gaps.get(g1) == PARAGRAPH:
            return None
        head = text[p : g1 + 1]
        soft = False  # a word that is also a name: only a clear end vouches for it
        wordy = False  # the head is a frequent word: only a full name clearly ended
        if not trust and head in (self.lex.words if common else self.lex.frequent):
            if common:
                return None  # 廉政(谈话), 高度(重视), 易地(搬迁): a word, not a name
            if head in self.lex.namelike:
                soft = True
            else:
                wordy = True
        if _HONORIFIC.match(text, g1):
            return None  # 刘大爷, 王老师: a surname and a form of address
        if sl == 1 and text[p] in _FUNCTION_SURNAMES and text[g1 : g1 + 2] in self.lex.frequent:
            # (主任)向全体(职工), (院长)于近日: a preposition, not a surname.
            return None
        if sl == 1 and text[p] in _CONJUNCTION_SURNAMES and not trust:
            # 院长|和骨干, 医生|和助产, 党员|都要, 组长|由分管: not surnames here.
            return None
        e2, e3 = g1 + 1, g1 + 2
        lex = self.lex
        if wordy:
            # 严明|德介绍 (严明 is a word): the third character, then a clear end
            # made of more than one character; 高度重|视, 付出了 stay words.
            if (
                sl == 1
                and e2 not in self.gaps
                and self.given_ok(e2)
                and text[e2] not in lex.follow_single
                and not lex.follow_re.match(text, e2)
                and (self.hard(e3) or lex.follow_re.match(text, e3) or self.title_at(e3))
                and text[p:e3] not in lex.words
            ):
                return e3
            return None
        if g1 in self.gaps and self.spaced_third(g1, e2, e3):
            return e3  # 钟 文 华 / 刘 德 明 介绍: a name spaced out character by character
        if e2 in self.gaps and _label_at(text, e2):
            return e2  # 美术编辑：赵 磊⏎校对：…: the next credit's label ends the name
        if (
            self.gaps.get(g1) == SPACE
            and self.gaps.get(e2) == NEWLINE
            and self.gap_width(e2) > 1
            and self.surname_len(e2, True) == 1
            and e3 not in self.gaps
            and e3 + 1 not in self.gaps
            and self.given_ok(e3)
            and self.given_ok(e3 + 1)
            and self.hard(e3 + 2)
            and text[e3] not in lex.follow_single
            and not lex.follow_re.match(text, e3)
        ):
            # 周 蕾⏎ 赵一鸣⏎: a spaced name of two at a line end, and a whole
            # name of three opening the next line after a space (but 张 晓⏎燕牵头:
            # one name wrapped).
            return e2
        if self.hard(e2) or lex.follow_re.match(text, e2) or self.title_at(e2):
            return e2
        if self.gaps.get(g1) == SPACE and text[e2] in lex.follow_single:
            return e2  # 杜 娟和, 韩 东和他: the layout set the given name off
        if text[e2] == "任" and self.appointed(e2):
            return e2  # 蒋涛|任支部书记
        if text[e2] in _SAYS and text[e3 : e3 + 1] in _SAID_PUNCT:
            return e2  # 骆明|说，
        if not self.given_ok(e2):
            if text[e2] in _ORGISH:
                return None  # 向全|院, 吕科|室: part of an organisation word
            return e2
        if (
            self.hard(e3)
            or lex.follow_re.match(text, e3)
            or (text[e3] in lex.follow_single and not soft)
            or self.title_at(e3)
            or (text[e3] == "任" and self.appointed(e3))
            or (not self.given_ok(e3) and not soft)
        ):
            return e3
        if soft:
            return None
        if text[e2] in lex.follow_single and text[e2] not in _NAMEISH:
            return e2
        if common:
            return None  # no title to vouch for it and no clear end: not a name
        return self._undecided(e2, e3)

    def _undecided(self, e2: int, e3: int) -> int:
        """Two or three characters, nothing else deciding: two when a word
        starts after them and none after three (李明|参加会议)."""
        if _word_at(self.text, e2) and not _word_at(self.text, e3):
            return e2
        return e3

    def is_word(self, p: int, end: int, strict: bool) -> bool:
        lex = self.lex
        name = self.text[p:end]
        sl = 2 if name[:2] in lex.compound else 1
        head = name[: sl + 1]
        if strict:
            return name in lex.words or head in lex.words
        # After a title name_end has already refused a frequent word unless it
        # is name-like and clearly delimited (院长金华东陪同, 医生高远主动).
        if name in lex.words and name not in lex.namelike:
            return True
        return head in lex.frequent and head not in lex.namelike and len(name) == len(head)

    def valid(self, p: int, end: int, strict: bool, trust: bool = False) -> bool:
        if not trust and self.is_word(p, end, strict):
            return False
        if _AFTER_NOT_NAME.match(self.text, end) and self.gaps.get(end) != SPACE:
            return False  # 张家|村, but 付 强    市体育馆…: a roster's next column
        if self.avoid_starts:
            i = bisect_right(self.avoid_starts, end - 1) - 1
            if i >= 0 and self.avoid_ends[i] > p:
                return False
        return True

    def read(self, p: int, strict: bool = False, noun: bool = False) -> int | None:
        """End of a valid name at p; strict: common surnames, common words refused.
        noun: after a noun (医生, 党员), which vouches less than an office: any
        word of the list is refused (医生|晋升, 党员|党费)."""
        if p >= self.n:
            return None
        end = self.name_end(p, common=strict)
        if end is None or not self.valid(p, end, strict):
            return None
        if noun and not strict:
            sl = 2 if self.text[p : p + 2] in self.lex.compound else 1
            head = self.text[p : p + sl + 1]
            if head in self.lex.words and not (
                head in self.lex.namelike and p in self.gaps and end in self.gaps
            ):
                return None  # but 患者 罗 平 说, 医生 田 野 和: set off by the layout
            if self.text[p] in _ADVERB_SURNAMES and p not in self.gaps and not (self.hard(end) or self.text[end] in _SAYS):
                return None  # 医生来|教, 伤员于|当日, 患者常|表现: an adverb, not a surname
        return end

    def read_byline(self, p: int) -> int | None:
        """A name in a byline: one delimited by layout gaps, punctuation or the
        next title on both sides is taken even if it is also a word (陶冶, 龙飞)."""
        end = self.read(p)
        if end is not None:
            return end
        end = self.name_end(p, trust=True)
        if end is None:
            return None
        if not (self.hard(end) or self.title_at(end)):
            return None
        if self.text[end : end + 1] == ":":
            return None  # 来源: the next label, not a name
        return end if self.valid(p, end, False, trust=True) else None

    def name_ending_at(self, end: int, strict: bool) -> int | None:
        """Start of a valid name that ends exactly at `end` and starts cleanly."""
        text, lex = self.text, self.lex
        first = lex.common if strict else lex.single
        for length in (3, 2, 4):
            p = end - length
            if p < 0:
                continue
            if text[p] not in first and text[p : p + 2] not in lex.compound:
                continue  # no surname opens it (the cheap test first)
            if not self.clean_start(p, strict):
                continue
            if self.read(p, strict) == end:
                return p
        return None

    def clean_credit_start(self, p: int) -> bool:
        """A credit's name starts after a layout gap or punctuation."""
        return p == 0 or self.gaps.get(p) is not None or not self.han(p - 1)

    def bare_name(self, p: int, end: int) -> bool:
        """p..end is exactly a surname and a given name of one or two characters,
        taken even when it is also a word (杜鹃, 龙飞): the credit vouches for it."""
        sl = self.surname_len(p, False)
        if not sl or not 1 <= end - p - sl <= 2:
            return False
        if self.text[p] in _CONJUNCTION_SURNAMES:
            return False
        if any(not self.given_ok(q) or (q > p + sl and self.gaps.get(q) == PARAGRAPH) for q in range(p + sl, end)):
            return False
        return self.valid(p, end, False, trust=True)

    def clean_start(self, p: int, strict: bool) -> bool:
        if p == 0 or p in self.gaps or not self.han(p - 1):
            return True
        return self.text[p - 1] in (_PREV_STRICT if strict else _PREV_FUNC)

    def name_text(self, p: int, end: int) -> tuple[str, int, int]:
        """The name as written (乾 stays 乾, not the folded 干), without layout
        white space, and its source range (kept for the mention)."""
        a, b = self.doc.src_range(p, end)
        written = self.doc.source[a:b]
        return (written if b - a == end - p else _WS.sub("", written)), a, b


def _norm_index(doc: NormText, x: int) -> int:
    """Normalised index of the character at source offset x (the inverse of
    `NormText.src`; white space maps to the next character kept)."""
    seg_src, seg_norm = doc._seg_src, doc._seg_norm
    k = bisect_right(seg_src, x) - 1
    if k < 0:
        return 0
    i = seg_norm[k] + (x - seg_src[k])
    return min(i, seg_norm[k + 1]) if k + 1 < len(seg_norm) else i


def _word_at(text: str, q: int, most: int = 4) -> bool:
    """A word of jieba's dictionary (two to `most` characters) starts at q."""
    return any(word_frequency(text[q : q + k]) for k in range(most, 1, -1) if q + k <= len(text))


_ORGISH = frozenset("院科部局委办处室所站队组会区县市省镇乡村厅馆校司厂店社团们")
_FUNCTION_SURNAMES = frozenset("向于和由同从对将把在为以及给让到与")
_PREPOSITIONS = frozenset("于在自从到至")
_HONORIFIC = re.compile(
    trie("大爷 大妈 大娘 大姐 大哥 阿姨 阿婆 阿公 阿伯 奶奶 爷爷 婆婆 老师 师傅 先生 女士 同学 小姐 老人 某 总 院长 主任 书记".split())
)
# Single following characters that are also common in given names (孟庆和).
# Surnames that are far more often an adverb or a preposition right after a
# noun anchor (医生来教, 伤员于当日, 患者常表现, 护士也说): after a noun they open
# a name only when the name ends cleanly (患者于红, / 患者于红说) or the layout
# sets it off.
_ADVERB_SURNAMES = frozenset("来常于也都还正便即先再已曾又就")
_NAMEISH = frozenset("和同为来带率与")
# Surnames that are far more often a conjunction or adverb: never open a name
# except in a byline delimited by the layout.
_CONJUNCTION_SURNAMES = frozenset("和都由及与并")
# A verb of saying right before punctuation ends a name: 骆明|说，
_SAYS = frozenset("说讲称道")
_SAID_PUNCT = frozenset(",.:;!?\"“”'‘’。…")
_PREV_STRICT = frozenset("的了是和与及在对让给被把将由")
_PREV_FUNC = frozenset("和与及同由在对向让请给、被把将是为等的了")


# ---------------------------------------------------------------- extraction


# A Party secretary's full title; the bare 书记 a later sentence gives the same
# person is that office said short, not a second one (党委副书记 is another
# office: 党委副书记、纪委书记 keeps both).
_PARTY_SECRETARIES = frozenset(("党委书记", "党支部书记", "党总支书记", "党组书记", "党工委书记"))


class _Found:
    """A person while reading: plain data, made a Person model only at the end."""

    __slots__ = ("roles", "org", "spans")

    def __init__(self) -> None:
        self.roles: list[str] = []
        self.org: str | None = None
        self.spans: list[tuple[int, int]] = []  # source ranges of the mentions


class _People:
    def __init__(self) -> None:
        self.by_name: dict[str, _Found] = {}
        self.seen: dict[tuple[int, int], str] = {}  # normalised span -> name

    def add(self, reader: _Reader, p: int, end: int, roles=(), org: str | None = None) -> None:
        key = (p, end)
        name = self.seen.get(key)
        new = name is None
        if new:
            name, a, b = reader.name_text(p, end)
            self.seen[key] = name
        person = self.by_name.get(name)
        if person is None:
            person = self.by_name[name] = _Found()
        for r in roles:
            if r and r not in person.roles:
                person.roles.append(r)
        if org and person.org is None:
            person.org = org
        if new:
            person.spans.append((a, b))

    def persons(self, doc: NormText) -> list[Person]:
        found = []
        for name, f in self.by_name.items():
            f.spans.sort()
            found.append((f.spans[0], name, f))
        found.sort(key=lambda x: x[0])
        out = []
        source = doc.source
        for _, name, f in found:
            if "书记" in f.roles and any(r in _PARTY_SECRETARIES for r in f.roles):
                # 党支部书记刘某 … 刘某书记讲了: the bare title is the same office
                f.roles = [r for r in f.roles if r != "书记"]
            spans = [{"text": source[a:b], "start": a, "end": b} for a, b in f.spans]
            out.append(Person(name=name, roles=f.roles, organization=f.org, mentions=spans))
        return out


def _titles(reader: _Reader, people: _People, consumed: set[int]) -> None:
    """Names after a title (with the names sharing it) and before a leader's title."""
    text, doc, lex = reader.text, reader.doc, reader.lex
    taken_until = 0  # titles consumed by a chain
    last_name_end = 0
    titles, single, translit, compound = lex.titles, lex.single, lex.translit, lex.compound
    for m in lex.title_re.finditer(text):
        s, e = m.span()
        if s < taken_until or s in consumed:
            continue
        word = m.group()
        canon, kind = titles[word]
        roles = [] if kind in ("noun", "rank") else [canon]
        byline = kind == "byline"
        j = e
        # A chain of titles held together: 党委书记、院长 / 党组书记兼主任.
        # The next link may name its own body: 队长、市中心医院副院长 / 党支部书记、
        # 中心主任 / 副院长、普外科主任医师 (a rank links but gives no role).
        while j < len(text) and text[j] in "、兼" and kind != "noun":
            m2 = reader.chained_title(j + 1)
            if not m2:
                break
            c2, k2 = lex.titles[m2.group()]
            if k2 == "noun":
                break
            if k2 != "rank":
                roles.append(c2)
            byline = byline or k2 == "byline"
            j = m2.end()
        cell = False  # a table's cell `书记：庞立新   普外科主任`
        if j < len(text) and (text[j] in ":/|" if byline else text[j] == ":" and kind == "office"):
            j += 1  # 编辑:王小明, 编辑|王小明, 队长:郑凯
        elif j < len(text) and text[j] == ":" and kind == "lead" and (s == 0 or s in doc.gaps or doc.has_gap(s, e)):
            # A leader's title opening a cell of a table row (after a layout
            # gap, or read across one: 内科党总支    书记 is 党总支书记).
            j += 1
            cell = True
        taken_until = j
        end = None
        if kind in ("lead", "office") and _addressed(reader, s):
            pass  # “韩院长来之前: a surname and a title, the name is not written
        elif word != "同志" and j < len(text) and (
            text[j] in single or text[j] in translit or text[j : j + 2] in compound
        ):
            end = reader.read_byline(j) if byline else reader.read(j, noun=kind == "noun")
            if byline and end is not None and end - j == 3 and text[end - 1] == "摄" and reader.hard(end):
                end -= 1  # 记者 吴敏摄 closing a photo caption: 摄 is the credit
            if text[j] in translit:
                alt = reader.minority(j)  # 斯琴高|娃, 额尔敦: a transliterated name
                if alt is not None and (end is None or alt > end):
                    end = alt
            if cell and end is not None:
                if not reader.hard(end):
                    end = None  # a cell's name fills it: 书记：王强   …
                else:
                    roles = _cell_roles(reader, s, end, roles)
        if end is not None:
            # The body before the title, read only once a name is found.
            org = _organization(reader, s, last_name_end) if kind != "byline" else None
            people.add(reader, j, end, roles, org)
            last_name_end = end
            q = end
            while True:
                if q < len(text) and text[q] == "、" and not reader.title_at(q + 1):
                    nxt = reader.read(q + 1)
                    if nxt is None:
                        break
                    people.add(reader, q + 1, nxt, roles, org)
                    q = nxt
                elif byline and q in doc.gaps and doc.gaps[q] != PARAGRAPH and not reader.title_at(q):
                    nxt = reader.read_byline(q)
                    if nxt is None:
                        break
                    people.add(reader, q, nxt, roles)
                    q = nxt
                else:
                    break
            last_name_end = q
            taken_until = max(taken_until, q)
        elif (kind == "lead" or word == "同志") and not _spoken_to(reader, s):
            p = reader.name_ending_at(s, strict=False)
            if p is not None and p >= last_name_end:
                people.add(reader, p, s, roles)


def _addressed(reader: _Reader, s: int) -> bool:
    """A common surname alone before the title at s (“韩院长来, ，邓主任是): a
    form of address, so what follows the title is not a name."""
    if s < 1 or reader.text[s - 1] not in reader.lex.common:
        return False
    b = s - 1
    return b == 0 or b in reader.gaps or not reader.han(b - 1) or reader.text[b - 1] in _PREV_FUNC


def _cell_roles(reader: _Reader, s: int, end: int, roles: list[str]) -> list[str]:
    """Roles of a name in a table row `第四党支部（普外科）  书记：庞立新   普外科主任`:
    a bare 书记 after a Party body opening the row is that body's (党支部书记),
    and the titles of the row's last column, after a layout space, are the
    name's too (主任), as on a roster line."""
    text, lex = reader.text, reader.lex
    starts = reader.line_starts
    i = bisect_right(starts, s) - 1
    a = starts[i]
    b = starts[i + 1] if i + 1 < len(starts) else reader.n
    roles = list(roles)
    if roles == ["书记"]:
        m = _ROW_BODY.fullmatch(text, a, s)
        if m is not None:
            title = lex.titles.get(m.group(1) + "书记")
            if title is not None:
                roles = [title[0]]
    if reader.gaps.get(end) == SPACE and not reader.doc.has_gap(end, b) and not _ROSTER_STOP.search(text, end, b):
        for t in lex.title_re.finditer(text, end, b):
            canon, kind = lex.titles[t.group()]
            if kind in ("lead", "office") and canon not in roles:
                roles.append(canon)
    return roles


# A Party body opening a table row, with its department in a bracket:
# 第四党支部（普外科）, 内科党总支.
_ROW_BODY = regex.compile(r"(?:第[\d一二三四五六七八九十]+|\p{Han}{1,8}?)?(党支部|党总支|党委|党组)(?:\([^()]{1,16}\))?")


def _spoken_to(reader: _Reader, s: int) -> bool:
    """No name stands before the title at s: 以院长为组长 (以 is no name's
    end), or a surname alone after a word of address (谢谢黄主任, 感谢刘院长,
    请王书记讲话: the person is addressed by surname and title)."""
    text = reader.text
    if s < 1 or text[s - 1] == "以":
        return s >= 1
    if text[s - 1] not in reader.lex.single:
        return False
    return _ADDRESS.search(text, max(0, s - 3), s - 1) is not None


_ADDRESS = re.compile("(?:" + trie("谢谢 感谢 欢迎 请 问 祝贺 有请".split()) + ")$")


def _organization(reader: _Reader, s: int, floor: int) -> str | None:
    """The organisation written right before a title at s (not before floor)."""
    lo = max(floor, s - _BODY_MAX)
    breaks = reader.breaks
    i = bisect_right(breaks, s - 1) - 1
    if i >= 0 and breaks[i] > lo:
        lo = breaks[i]  # the last space or paragraph break before the title
    chunk = reader.text[lo:s]
    m = _ORG_CUT.match(chunk)
    if m:
        chunk = chunk[m.end() :]
    chunk = _ORG_STRIP.sub("", chunk)
    if len(chunk) >= 2 and _ORG_TAIL.search(chunk):
        return chunk
    return None


def extract(doc: NormText, avoid: list[tuple[int, int]] = ()) -> list[Person]:
    """`avoid`: source ranges (e.g. hospital names) where no person may start."""
    text = doc.text
    lex = _lex()
    if not text:
        return []
    reader = _Reader(doc, avoid)
    people = _People()
    # 0. Roster lines: a name at the start of a line with its unit and
    # titles after it (名单: `王立军   某某医院党委书记`, `卢 鹏（骨科主治医师）`)
    # and speaker labels of an interview (`马少雄：` at two line starts).
    consumed = _rosters(reader, people)
    consumed |= _unit_tables(reader, people)
    _name_lists(reader, people)

    # 1-2. Titles: names after, shared names, names before.
    _titles(reader, people, consumed)

    # 3. Bracketed bylines at the end of a story: (张嫣), (宣传科 孙 雪).
    for m in _BRACKET.finditer(text):
        a, b = m.span(1)
        before = text[m.start() - 1] if m.start() else ""
        after_ok = m.end() >= len(text) or doc.gaps.get(m.end()) in (NEWLINE, PARAGRAPH)
        if not (after_ok or before in _SENT_END):
            continue
        if lex.title_re.search(text, a, b):
            continue
        for length in (2, 3, 4):
            p = b - length
            if p < a:
                break
            if p > a and not (p in doc.gaps or _ORG_TAIL.search(text[a:p])):
                continue
            if reader.read(p, strict=p > a) == b:
                people.add(reader, p, b, (), text[a:p] if p > a else None)
                break

    # Credits with a slash, colon or bar: 文/王小明, 图/李四, 摄影：赵五, 审核：钱六,
    # 摄影 | 孙七 (no role); a label of two or more characters may also stand
    # before a layout space (摄影  邱 晨).  An organisation may come first
    # (供稿：某某社区卫生服务中心 蓝海鹰).
    for m in _CREDIT.finditer(text):
        if reader.han(m.start() - 1) and m.start() not in doc.gaps:
            continue  # 插图/ ... : part of a word
        q = m.end()
        if not m.group("sep") and (len(m.group()) < 2 or doc.gaps.get(q) != SPACE):
            continue
        if q < len(text) and text[q] == "|":
            q += 1
        first = True
        while q < len(text):
            if not first and _label_at(text, q):
                break  # 陈 曦  文字/…: the next credit's label, not a name
            end = reader.read_byline(q)
            if end is None and first:
                cut = next((k for k in range(q + 2, min(len(text), q + _BODY_MAX + 1)) if k in doc.gaps), None)
                if cut is not None and _CREDIT_BODY.fullmatch(text, q, cut) and _ORG_TAIL.search(text, q, cut):
                    q = cut
                    end = reader.read_byline(q)
            first = False
            if q < len(text) and text[q] in lex.translit:
                alt = reader.minority(q)  # 摄影 阿依古丽, 审核：古丽娜尔·买买提
                if alt is not None and (end is None or alt > end):
                    end = alt
            if end is None:
                break
            people.add(reader, q, end)
            if not (end in doc.gaps and doc.gaps[end] == SPACE) and text[end : end + 1] != "、":
                break
            q = end + (text[end] == "、")

    for m in _CREDIT_AFTER.finditer(text):
        i = m.start()
        if i and text[i - 1] in "文图" and m.group() in ("/文", "/图"):
            i -= 1  # 殷悦 文/图: the label is 文/图, the name is before it
        if reader.han(m.end()) and m.end() not in doc.gaps:
            continue  # 摄|影, 整理|出: the credit word goes on
        for length in (2, 3, 4):
            p = i - length
            if p < 0 or not reader.clean_credit_start(p):
                continue
            if reader.bare_name(p, i):
                people.add(reader, p, i)
                break

    # 4. No title: lists of names and names before a people-only word.
    common, compound = lex.common, lex.compound
    for m in _LIST_SEP.finditer(text):
        i = m.start()
        if text[i + 1 : i + 2] not in common and text[i + 1 : i + 3] not in compound:
            continue  # the next item opens with no common surname: no list of names
        p = reader.name_ending_at(i, strict=True)
        if p is None and i >= 4:
            # 涌现韩海霞、: a three-character name after a verb, when neither a
            # longer nor a shorter reading could be a name.
            q0 = i - 3
            if (
                text[q0 - 1] not in lex.single
                and text[q0 + 1] not in lex.common
                and reader.read(q0, strict=True) == i
            ):
                p = q0
        if p is None:
            continue
        q = reader.read(i + 1, strict=True)
        if q is None:
            continue
        people.add(reader, p, i)
        people.add(reader, i + 1, q)
        while q < len(text) and text[q] == "、":
            r = reader.read(q + 1, strict=True)
            if r is None:
                break
            people.add(reader, q + 1, r)
            q = r
    # A name the layout sets off by spaces inside a sentence: 护理部 杨 倩 带领,
    # 独居老人 邱明德 的家门.  Common surnames only, common words refused.
    for g in reader.spaces:
        if text[g] not in common and text[g : g + 2] not in compound:
            continue
        if not reader.han(g - 1):
            continue
        if reader.surname_len(g - 1, False) and reader.name_end(g - 1) is not None:
            continue  # 梁 卓谦: the gap is inside a name
        end = reader.read(g, strict=True)
        if end is None or doc.gaps.get(end) != SPACE or not reader.han(end):
            continue
        if _AFTER_NOT_NAME.match(text, end):
            continue  # 义 隆 永 村: a spaced place name, not a person
        people.add(reader, g, end)
    # A name after a person's age: 71岁的张桂芝突发胸闷, 86岁的 斯琴高娃 老人.
    i = text.find("岁的")
    while i >= 0:
        q = i + 2
        i = text.find("岁的", q)
        if not _AGE.search(text, max(0, q - 6), q):
            continue
        end = reader.read(q, strict=True)
        if q < len(text) and text[q] in lex.translit and (q in doc.gaps or end is None):
            alt = reader.minority(q)
            if alt is not None and (end is None or alt > end):
                end = alt
        if end is not None:
            people.add(reader, q, end)
    for m in _CUE.finditer(text):
        c = m.start()
        p = reader.name_ending_at(c, strict=True)
        if p is not None:
            people.add(reader, p, c)
    # Every other place a found name is written is a mention too (杨丽娟说).
    _more_mentions(reader, people)
    _appointments(reader, people)
    _bracket_after(reader, people)
    return people.persons(doc)


def _rosters(reader: _Reader, people: _People) -> set[int]:
    """Names that open a line of a roster, with the titles on their line.

    - `王立军   某某医院党委书记` / `刘 畅    重症医学科护士长`: a name, a layout
      gap, then one run of unit and titles to the end of the line with no
      sentence punctuation.  The titles are this name's, not the next line's.
      A line of the same shape with no title (`邢 帆    检验科技师`) counts
      only right after such a line.
    - `卢 鹏（骨科主治医师）`, `钱文博（感染科医师）：`: a name with a bracket
      holding its unit and titles, closing the line or before a colon; a
      bracket with no title only before a colon (a speaker's label).
    - `马少雄：…`: an interview's speaker label, at two line starts or more.
    Returns the start of every title read here."""
    text, gaps, lex, n = reader.text, reader.gaps, reader.lex, reader.n
    starts = reader.line_starts
    spaces = reader.spaces
    consumed: set[int] = set()
    prev_roster = False
    labels: dict[str, list[tuple[int, int]]] = {}
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else n
        roster = False
        if b - a < 3 or (text[a] not in lex.single and text[a : a + 2] not in lex.compound):
            prev_roster = False
            continue
        # What ends a roster's name comes within its first few characters: a
        # bracket, a colon or a layout space (the cheap test before reading).
        lim = min(b, a + _ROSTER_NAME_MAX)
        i = bisect_left(spaces, a + 1)
        if not (i < len(spaces) and spaces[i] < lim) and text.find("(", a + 2, lim) < 0 and text.find(":", a + 2, lim) < 0:
            prev_roster = False
            continue
        end = reader.read(a)
        trusted = end is None
        if trusted:
            end = reader.read_byline(a)
        if end is None or end >= b:
            prev_roster = False
            continue
        c = text[end]
        if c == "(":
            close = text.find(")", end, b)
            if close > end + 1:
                titles = list(lex.title_re.finditer(text, end + 1, close))
                colon = text[close + 1 : close + 2] == ":"
                if (titles or colon and not trusted) and (colon or close + 1 == b):
                    people.add(reader, a, end, _bracket_roles(reader, end + 1, close, titles))
                    consumed.update(t.start() for t in titles)
        elif c == ":" and not trusted and reader.read(a, strict=True) == end:
            labels.setdefault(text[a:end], []).append((a, end))
        elif gaps.get(end) == SPACE and b - end >= 4 and not reader.doc.has_gap(end, b):
            if not _ROSTER_STOP.search(text, end, b):
                titles = list(lex.title_re.finditer(text, end, b))
                kinds = [lex.titles[t.group()][1] for t in titles]
                if "byline" not in kinds and (titles or prev_roster):
                    roles = [lex.titles[t.group()][0] for t, kd in zip(titles, kinds) if kd in ("lead", "office")]
                    org = text[end : titles[0].start()] if titles else None
                    if org is not None and not (len(org) >= 2 and _ORG_TAIL.search(org)):
                        org = None
                    people.add(reader, a, end, roles, org)
                    consumed.update(t.start() for t in titles)
                    roster = True
        prev_roster = roster
    for spans in labels.values():
        if len(spans) >= 2:
            for a, end in spans:
                people.add(reader, a, end)
    return consumed


def _table_cells(reader: _Reader, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of line a..b: split at layout spaces wider than one character
    (a spaced name's own gaps are one character wide)."""
    cells, start = [], a
    i = bisect_right(reader.spaces, a)
    spaces = reader.spaces
    while i < len(spaces) and spaces[i] < b:
        g = spaces[i]
        if reader.gap_width(g) >= 2:
            cells.append((start, g))
            start = g
        i += 1
    cells.append((start, b))
    return cells


_UNIT_CELL = regex.compile(r"[\p{Han}\d、]{2,24}(?:\(\p{Han}{1,8}\))?")
_CELL_NOTE = regex.compile(r"\(\p{Han}{1,8}\)")


@lru_cache(maxsize=1)
def _unit_last_cached(words: frozenset) -> frozenset:
    return frozenset(w[-1] for w in words) | frozenset("部科室办心委局院馆站所处队组会支总厅司社区)")


def _unit_last(lex) -> frozenset:
    """The characters a unit cell can end with: an organisation's, a title's, a note's bracket."""
    got = getattr(lex, "_unit_last", None)
    if got is None:
        got = _unit_last_cached(frozenset(lex.titles))
        lex._unit_last = got
    return got


def _unit_tables(reader: _Reader, people: _People) -> set[int]:
    """A table of units and names in columns, one pair or more a row:
    `心内科    孙 洁          儿科    邓志华` / `门诊党支部书记、内科主任    彭 程`.
    Every cell of a row alternates a unit (ending like an organisation, or
    holding a title) and a name filling its cell (a note may follow it in a
    bracket: `冯 涛（护士长）`); two such rows in a row make a table.  A
    title in the unit cell is the name's role."""
    text, lex, n = reader.text, reader.lex, reader.n
    consumed: set[int] = set()
    starts, spaces = reader.line_starts, reader.spaces
    rows: list[list[tuple[int, int, list[str], str | None, list[int]]]] = []
    ns, nl = len(spaces), len(starts)
    i, last_k = 0, -2
    unit_last = _unit_last(lex)

    def flush() -> None:
        if len(rows) >= 2:
            for row in rows:
                for p, end, roles, org, ts in row:
                    people.add(reader, p, end, roles, org)
                    consumed.update(ts)
        rows.clear()

    # Only lines holding a layout space are visited: from each line's first
    # space, the next line's first space is one bisection away.
    while i < ns:
        g = spaces[i]
        k = bisect_right(starts, g) - 1
        a = starts[k] if k >= 0 else 0
        b = starts[k + 1] if k + 1 < nl else n
        i = bisect_left(spaces, b, i)
        if k != last_k + 1 and rows:
            flush()
        last_k = k
        # The cheap tests first: the first gap close after the line's
        # start, wide, right after a unit cell opening the line.
        if (
            g - a > 26
            or g - a < 2
            or text[g - 1] not in unit_last
            or not _UNIT_CELL.fullmatch(text, a, g)
            or reader.gap_width(g) < 2
        ):
            if rows:
                flush()
            continue
        cells = _table_cells(reader, a, b)
        row = []
        if len(cells) % 2 == 0:
            for c in range(0, len(cells), 2):
                (ua, ub), (na, nb) = cells[c], cells[c + 1]
                if not _UNIT_CELL.fullmatch(text, ua, ub):
                    row = []
                    break
                titles = list(lex.title_re.finditer(text, ua, ub))
                unit_end = text.find("(", ua, ub)
                unit_end = ub if unit_end < 0 else unit_end
                if not (titles or _ORG_TAIL.search(text, ua, unit_end)):
                    row = []
                    break
                note = text.find("(", na, nb)
                if note >= 0 and not _CELL_NOTE.fullmatch(text, note, nb):
                    row = []
                    break
                name_end = nb if note < 0 else note
                end = reader.read_byline(na)
                if end != name_end:
                    row = []
                    break
                roles = []
                for t in titles:
                    canon, kind = lex.titles[t.group()]
                    if kind in ("lead", "office") and canon not in roles:
                        roles.append(canon)
                org = text[ua : titles[0].start()] if titles else None
                if org is not None and not (len(org) >= 2 and _ORG_TAIL.search(org)):
                    org = None
                row.append((na, end, roles, org, [t.start() for t in titles]))
        if row:
            rows.append(row)
        else:
            flush()
    flush()
    return consumed


def _name_lists(reader: _Reader, people: _People) -> None:
    """A line listing names after a label and a colon, set apart by layout
    spaces: `医生（6名）：伍振邦　司徒文轩　李 颖　黄 彬`.  Three names or more,
    and nothing but names up to the end of the line (a sentence after a
    colon is no list)."""
    text, gaps, n = reader.text, reader.gaps, reader.n
    starts, spaces = reader.line_starts, reader.spaces
    single, compound = reader.lex.single, reader.lex.compound
    last_line = -1
    c = text.find(":")
    while c >= 0:
        colon, c = c, text.find(":", c + 1)
        k = bisect_right(starts, colon) - 1
        a = starts[k]
        if k == last_line or colon - a >= _LABEL_MAX:
            continue  # only a line's first colon, near its start, ends a label
        last_line = k
        b = starts[k + 1] if k + 1 < len(starts) else n
        if colon + 1 >= b or _SENTENCE_PUNCT.search(text, a, colon):
            continue
        # The cheap tests first: a surname after the colon, and two layout
        # spaces or more on the rest of the line.
        if text[colon + 1] not in single and text[colon + 1 : colon + 3] not in compound:
            continue
        if bisect_left(spaces, b) - bisect_right(spaces, colon) < 2:
            continue
        q, found = colon + 1, []
        while q < b:
            end = reader.read_byline(q)
            if end is None or not (end == b or gaps.get(end) == SPACE):
                found = []
                break
            found.append((q, end))
            q = end
        if len(found) >= 3:
            for p, end in found:
                people.add(reader, p, end)


def _bracket_roles(reader: _Reader, a: int, b: int, titles) -> list[str]:
    """Roles in a bracket after a name when it holds only a unit and a chain of
    titles ending at the bracket: (麻醉科副主任、副主任医师) -> 副主任."""
    if not titles or titles[-1].end() != b or _ROSTER_STOP.search(reader.text, a, b):
        return []
    roles = []
    for t in titles:
        canon, kind = reader.lex.titles[t.group()]
        if kind in ("lead", "office") and canon not in roles:
            roles.append(canon)
    return roles


def _bracket_after(reader: _Reader, people: _People) -> None:
    """Roles in a bracket right after a found name: 郑凯(麻醉科副主任、副主任医师),
    缪丽娟(心内科护士长)."""
    text, lex = reader.text, reader.lex
    for p, end in sorted(people.seen):
        if text[end : end + 1] != "(":
            continue
        close = text.find(")", end, end + _NEAR)
        if close < 0:
            continue
        roles = _bracket_roles(reader, end + 1, close, list(lex.title_re.finditer(text, end + 1, close)))
        if roles:
            people.add(reader, p, end, roles)


_SENTENCE_PUNCT = re.compile(r"[,.;:!?。\"“”]")
_ROSTER_STOP = re.compile(r"[,.;:!?。()\"“”‘’'《》]")


def _more_mentions(reader: _Reader, people: _People) -> None:
    text = reader.text
    forms = {text[p:end] for p, end in people.seen}
    if not forms:
        return
    # Every place a form is written; at one position the longest form, and
    # no two places overlapping (as one alternation scanned left to right).
    hits = []
    for f in forms:
        i = text.find(f)
        while i >= 0:
            hits.append((i, -len(f)))
            i = text.find(f, i + 1)
    hits.sort()
    last = 0
    for p, neg in hits:
        if p < last:
            continue
        end = p - neg
        last = end
        if (p, end) in people.seen:
            continue
        # Not inside a longer name: 王霞 in 王霞飞 whose end was not a clear one.
        if reader.han(end) and reader.name_end(p) not in (None, end):
            continue
        people.add(reader, p, end)


def _appointments(reader: _Reader, people: _People) -> None:
    """Roles a sentence gives a found name: 蒋涛任支部书记, 冯丽任组长,
    石俊峰兼任支部书记; and 队长由副院长石俊峰担任 (the office before 由)."""
    text = reader.text
    for p, end in sorted(people.seen):
        roles = reader.appointed(end)
        if roles is None:
            w = _WHEN.match(text, end)
            if w is not None:
                roles = reader.appointed(w.end())
        if roles is None and _TAKES_ON.match(text, end):
            m = reader.lex.office_by.search(text, max(0, p - _NEAR), p)
            if m is not None:
                canon, kind = reader.lex.titles[m.group(1)]
                if kind in ("lead", "office"):
                    roles = [canon]
        if roles:
            people.add(reader, p, end, roles)


_TAKES_ON = re.compile(r"(?:担任|出任|兼任)")
_LIST_SEP = re.compile(r"、")
# The body named inside a chain of titles before the next title: it ends
# like an organisation, or is an ordinal or a qualifier of a Party branch.
_CHAIN_BODY = regex.compile(
    r"(?:(?:(?![的和与及由在对向是为将把被等了])[\p{Han}\d]){0,12}?(?:部|科|室|办|中心|委|局|院|馆|站|所|处|队|组|会|厅|司|社|病区))?"
    r"(?:第[\d一二三四五六七八九十]+|临时|联合)?"
)
# A short qualifier before a Party branch's office: 急诊党支部书记, 行政第二党支部书记.
_BRANCH_QUALIFIER = regex.compile(r"(?:(?![的和与及由在对向是为将把被等了、])\p{Han}){1,4}")
_APPOINT = re.compile(r"(?:(?:还|也|又|曾|先后|同时)?(?:被任命为|挂职|兼任|担任|出任)了?|任)")
# A time phrase between a name and the office it takes on: 韩涛自2022年2月起挂职…
_WHEN = re.compile(r"(?:自|从|于)?\d{4}年(?:\d{1,2}月)?(?:起|开始)?")
_DOTS = frozenset("·•・")
_CREDIT_LABELS = (
    "文/图 图/文 文字 图片 审核 审校 校对 撰稿 整理 联系人 文图 图文 摄影 供稿 作者 文 图 摄 "
    "版式 排版 版面统筹 统筹 终审 审稿 监制 制片人 制片 编导 出品人"  # a page's production credits: 版式：叶 童
).split()
# Word lists as trie-shaped `re` patterns: several times faster to scan than
# a flat alternation.
_CREDIT = re.compile("(?:" + trie(_CREDIT_LABELS) + ")(?P<sep>[/:|])?")


def _label_at(text: str, q: int) -> bool:
    """A credit's label with its separator starts at q (校对：, 文字/, 摄影|)."""
    m = _CREDIT.match(text, q)
    return m is not None and bool(m.group("sep"))


_CREDIT_BODY = regex.compile(r"\p{Han}{2,16}")
# A credit written after the name: 罗 艳 /图, 杜 鹃摄, (刘 一鸣 摄), (宣传科 李 明 整理).
_CREDIT_AFTER = re.compile(trie("/文 /图 /摄 摄 整理 供图".split()))
# Words after a bare name that only a person does (他们 表示 / 一家 ...).
_AGE = re.compile(r"(?:\d|[一二三四五六七八九十])周?岁的$")
_CUE = re.compile(trie("表示 介绍说 介绍 告诉记者 说道 坦言 感慨 回忆说 一家 同志 等人 夫妇 夫妻".split()))
