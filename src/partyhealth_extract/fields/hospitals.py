"""Hospitals: every named medical institution, aliases merged, and the subject hospital.

How a name is found (guide section 1):

1. One regex finds every *suffix* in the text: 医院 (also 中医院, 方舱医院,
   中医医院), 卫生院, 保健院, 社区卫生服务中心, 总院, and the abbreviation
   anchors 医大一院 / 一医 (荆州一医, 河北医大一院).
2. For each suffix, a *window* is taken to its left: the run of Han characters
   and digits before it, at most 40 characters, not crossing a paragraph break
   or the previous hospital found.
3. The window is searched with a grammar anchored at the suffix, so the search
   returns the leftmost (longest) start that still parses as a name:

       [university 附属] [原] (place [admin suffix] | bare 省/市/县/区)* [town]
       [known proper name] (type word | ordinal)* suffix

   Places come from `lexicon/places.txt` (full names and their short forms),
   type words from `hospital_types.txt`, proper names from `hospital_names.txt`.
   A verb or preposition before the name (借助, 与, 在, 到) is never part of
   the place or type words, so the name is cut after it.
4. When that strict grammar finds no place or proper name, a second grammar
   allows a *free* proper-name part of 2-5 characters (武汉市汉阳[体校]方舱医院),
   but only after a place, a university, or a boundary (punctuation, a stop word
   from `hospital_stopwords.txt`), and never containing a stop word or a
   generic word from `hospital_generic.txt` (服务型, 人民满意, 上级, 乡镇 ...).
5. What is left without a place or proper name is *generic* (县人民医院,
   原胸科医院, 总院): never a hospital of its own; it becomes an alias of the
   specific hospital it abbreviates (郧西县人民医院 ends with 县人民医院 after a
   place; 荆州市胸科医院 with 胸科医院), preferring the report's own hospital,
   and is dropped when it abbreviates none.

Forms of one institution are merged when the longer is the shorter with places
(or 原, a university) in front: 贵州省贞丰县人民医院 / 贞丰县人民医院,
市太和医院 / 太和医院; and 荆州一医 with 荆州市第一人民医院.

University hospitals: a university's free name starts after a stop word, a
time word or a verb of the dictionary (每季度邀请[中南大学]); known names count
as universities (同济大学); short forms X大 (郑大一附院, 浙大二院, 港大深圳医院)
are merged with the full name whose characters they keep in order
(郑州大学第一附属医院). A name in brackets right after another
(香港大学深圳医院(港大深圳医院)) is the same institution, and a generic form
defined after one (以某县人民医院为总院) stands for it wherever written; 总院
never stands for a township or community centre.

Layout and shapes: a white-space gap the layout left is a boundary (a table
column 天津　天津市西青区人民医院, a list of people 于 澜    红旗医院), but a place
before a generic rest stays one name (郧西县 人民医院). Towns and streets are read
back to a boundary (九原区哈林格尔镇, 、将台堡镇, 青山区富强路社区); a 中心卫生院
may be named by its town alone (坎市中心卫生院). Place+number (常州二院, 市二院),
medical-school short forms (海医一附院, 济医附院), 市立/省立 hospitals, numbered
military hospitals (3201医院), campuses (…同济医院中法新城院区: a form of its
hospital) and branches named after their parent (解放军总医院海南医院) are names.
A hospital newspaper's masthead (某某医院报) is page furniture.

More merging: former names (A更名为B, B的前身是A), the loose forms of one
place's hospital (策勒县医院 / 策勒县人民医院, 景宁县 / 景宁畲族自治县, 达茂旗 /
达尔罕茂明安联合旗, 永定人民医院 / 永定县人民医院).

The subject hospital is ranked by: named in the headline, in a byline or source
line at the top (a WeChat account's header, 主办：), named in the opening, how
often it is named (with its generic forms: 总院, 县人民医院); on a newspaper page
only the first story counts, from its headline on. It must be in the headline,
byline or opening, or be named repeatedly, to count as the subject. A headline
that speaks as 我院 names a partner, not the subject; a report a government body
publishes (来源：县卫生健康局, 发文机关：…) whose headline names no hospital is
about none (null).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..lexicons import entries, jieba_dictionary
from ..models import Hospital
from ..normalize import PARAGRAPH, SPACE, NormText
from ..title import find_title

# --------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------


_ETHNIC = (
    "蒙古族|蒙古|回族|藏族|维吾尔|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|哈萨克族|哈萨克|傣族|黎族|傈僳族|"
    "佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族|柯尔克孜|土族|达斡尔族|仫佬族|羌族|撒拉族|毛南族|仡佬族|锡伯族|"
    "普米族|塔吉克族|塔吉克|怒族|鄂温克族|保安族|裕固族|独龙族|鄂伦春族|各族"
)
_ADMIN_TAIL = regex.compile(
    rf"(?:特别行政区|(?:{_ETHNIC})*自治[区州县旗]|林区|地区|新区|矿区|[省市县区州旗盟])$"
)
_ADMIN_TAIL_PLAIN = regex.compile(r"(?:特别行政区|自治[区州县旗]|林区|地区|新区|矿区|[省市县区州旗盟])$")


def short_place(name: str) -> str:
    """A place's name without its administrative suffix (荆州市 -> 荆州), or the name itself."""
    short = _ADMIN_TAIL.sub("", name)
    if len(short) < 2:  # 内蒙古自治区: 蒙古 is the place here, not an ethnic name
        short = _ADMIN_TAIL_PLAIN.sub("", name)
    return short if len(short) >= 2 else name


@lru_cache(maxsize=1)
def places() -> tuple[frozenset[str], frozenset[str]]:
    """(full names, short forms) of Chinese administrative divisions."""
    full = frozenset(entries("places.txt"))
    exclude = set(entries("hospital_place_exclude.txt"))
    shorts = frozenset(s for s in (short_place(n) for n in full) if s not in full and s not in exclude)
    return full, shorts


_NUMERALS = "一二三四五六七八九十〇零"
_ADMINS = ("特别行政区", "自治区", "自治州", "自治县", "地区", "新区", "省", "市", "县", "区", "州", "旗", "盟")
_BARE = "省市县区"
_ADMINS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _a in _ADMINS:
    _ADMINS_BY_LAST[_a[-1]] = _ADMINS_BY_LAST.get(_a[-1], ()) + (_a,)
# Characters that cannot be inside a town's name (prepositions, determiners, admin words).
_TOWN_BAD = frozenset("在到与和及向对为由从至赴往据是被将把让给的了也都还又并全各该本我这那此其每所个院医省市县区镇乡党委局")
# Stop characters that do not open a name: determiners (本, 该, 各 refer to a hospital
# already named) and characters that end longer words (基本, 县委).
_NOT_BOUNDARY = frozenset("全各该本我贵这那此其每家所个两几多院医省市县区镇乡党委局原的了也都还又并即等")
_UNIV_SUFFIXES = ("医科大学", "中医药大学", "大学", "医学科学院", "科学院", "医学院", "学院")
_ABBR_FOLLOW_BAD = "院生师疗护务学药保技患科大德风为者"

_FIND = regex.compile(
    r"社区卫生服务中心|卫生服务中心|精神卫生中心|卫生院|保健院|医院|总院|社区治疗设施"
    r"|(?:医大|医科大学?)[一二三四五]附?院"
    r"|(?<=\p{Han})大(?:[一二三四五]附院|附[一二三四五]院|[一二三四五]院(?![区士校部]))"
    r"|(?<!第)[一二三四五六七八九]医(?![" + _ABBR_FOLLOW_BAD + r"])"
    r"|(?<=\p{Han})医(?:[一二三四五]附院|附[一二三四五]院|附院)"
    r"|(?<=\p{Han})[一二三四五六七八九]院(?![区士校部])"
)
_RUN_BACK = regex.compile(r"[\p{Han}0-9]*", regex.REVERSE)
_HAN = regex.compile(r"\p{Han}")


def _is_han(ch: str) -> bool:
    """`ch` is a Han character (the common block tested without the regex engine)."""
    return "\u4e00" <= ch <= "\u9fff" or ("\u2e80" <= ch and _HAN.match(ch) is not None)
_LOCAL = regex.compile(r"[镇乡]|街道|社区")
_SELF_ALIAS = regex.compile(r"(?:医共体|医联体)?总医?院")
_NUMBERED = regex.compile(r"(?P<pre>.+?)(?:第(?P<n>[一二三四五六七八九])(?:人民)?医院|(?P<n>[一二三四五六七八九])(?:医院|医|院))")
# A generic numbered form: 市二院, 省二院, 市一医院 (the report's own numbered hospital).
_GENERIC_NUMBERED = regex.compile(r"(?P<a>[省市县区])第?(?P<n>[一二三四五六七八九])(?:人民)?医?院")
_WINDOW = 40
_BRACKET = regex.compile(r"\s*[(（]\s*(?:以下|下文)?(?:简称|下称|即)?\s*[“\"「『]?\s*")
# A generic form defined as a named hospital's: 以郧西县人民医院为总院.
_DEFINES = regex.compile(r"\s*(?:为|作为|即)\s*")
# One hospital under its later or earlier name: 某县卫生院更名为某县人民医院,
# 某区人民医院的前身是某县卫生院.
_RENAMED = regex.compile(
    r"(?:[,，](?:[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?[,，]?)?)?"
    r"(?:又|正式|再次|先后)?(?:更名为|改名为|易名为|改称|更名|升格为|的?前身(?:是|为))"
)
# A campus after its hospital's name: 同济医院[中法新城]院区, 中心医院[普爱]院区.
_CAMPUS = regex.compile(r"(\p{Han}{2,4}?)院区")


class _Words:
    """A word set for longest matching at a position, as two character tries (one
    read right to left for words ending at a position, one left to right for words
    starting at one): a lookup walks only as far as some word still matches."""

    __slots__ = ("words", "maxlen", "_rev", "_fwd")

    def __init__(self, words):
        self.words = frozenset(words)
        self.maxlen = max((len(w) for w in self.words), default=0)
        self._rev: dict = {}
        self._fwd: dict = {}
        for w in self.words:
            node = self._rev
            for ch in reversed(w):
                node = node.setdefault(ch, {})
            node[""] = True
            node = self._fwd
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = True

    def ending_at(self, w: str, p: int, lo: int = 0) -> int:
        """Start of the longest word of the set ending at w[p], or -1."""
        node = self._rev
        best = -1
        i = p - 1
        while i >= lo:
            node = node.get(w[i])
            if node is None:
                break
            if "" in node:
                best = i
            i -= 1
        return best

    def starts_at(self, w: str, i: int) -> bool:
        node = self._fwd
        n = len(w)
        while i < n:
            node = node.get(w[i])
            if node is None:
                return False
            if "" in node:
                return True
            i += 1
        return False


@dataclass
class _Rules:
    places: _Words
    types: _Words
    long_types: _Words
    known: _Words
    stop: _Words
    generic: _Words


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    full, shorts = places()
    types = entries("hospital_types.txt")
    return _Rules(
        places=_Words(full | shorts),
        types=_Words(types),
        long_types=_Words(t for t in types if len(t) >= 2),
        known=_Words(entries("hospital_names.txt")),
        stop=_Words(entries("hospital_stopwords.txt")),
        generic=_Words(entries("hospital_generic.txt")),
    )


_NON_NAME_TAGS = frozenset("v vd vg a ad ag d dg p c u uj ul r rr rz m mq q f t tg l i z zg".split())


# Tags of names in jieba's dictionary (places, people, organisations, other proper names).
_NAME_TAGS = frozenset("ns nr nz nt nrt nrfg j".split())
_COMMON_FREQ = 50  # a word this frequent and not a name is a common word


@lru_cache(maxsize=1)
def _jieba_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(non-name words, common words, frequent words, numeral words) of jieba's dictionary. Non-name words are verbs,
    adverbs, adjectives and other function words: a free proper-name part containing
    one (推进, 结合, 以提升, 引领) is a phrase, not a name. Common words are any other
    frequent word that is not a name (指导, 重塑, 体育馆): after a verb or preposition
    such a word is the object of a phrase (将指导医院, 正在重塑医院), not a name."""
    words = set()
    common = set()
    frequent = set()
    numeric = set()
    for word, (freq, tag) in jieba_dictionary().items():
        if 2 <= len(word) <= 4:
            if tag in _NON_NAME_TAGS:
                words.add(word)
                if tag in ("m", "mq", "q"):
                    numeric.add(word)
            if freq >= _COMMON_FREQ:
                frequent.add(word)
                if tag not in _NAME_TAGS:
                    common.add(word)
    return frozenset(words), frozenset(common), frozenset(frequent), frozenset(numeric)


def _place_word(word: str) -> bool:
    """`word` is a place name of jieba's dictionary (那大, 中和: tag ns)."""
    entry = jieba_dictionary().get(word)
    return entry is not None and entry[1] == "ns"


def _non_name_words() -> frozenset[str]:
    return _jieba_words()[0]


def _common_word(free: str) -> bool:
    return free in _jieba_words()[1]


def _not_name(free: str, numerals_ok: bool = False) -> bool:
    """`free` holds a verb, adverb or function word; with `numerals_ok` (after a
    place: 九江市[八里湖]方舱医院) a numeral word (八里, 五里) does not count."""
    words = _non_name_words()
    numeric = _jieba_words()[3]
    n = len(free)
    for i in range(n):
        for j in range(i + 2, min(n, i + 4) + 1):
            # 八里[湖], 五里[铺]: a numeral word the name goes on after (not 一批, 两家).
            if free[i:j] in words and not (numerals_ok and j < n and free[i:j] in numeric):
                return True
    return False


# --------------------------------------------------------------------------
# Parsing a name right to left from its suffix
# --------------------------------------------------------------------------


def _mid_left(w: str, p: int, r: _Rules) -> int:
    """Start of the run of type words and ordinals ending at p (第一人民, 中医, 方舱)."""
    while p > 0:
        q = r.types.ending_at(w, p)
        if q < 0:
            q = p
            while q > 0 and p - q < 4 and w[q - 1] in _NUMERALS:
                q -= 1
            if q == p:
                break
            if q > 0 and w[q - 1] == "第":
                q -= 1
        p = q
    return p


def _town_ok(ch: str) -> bool:
    return ch not in _TOWN_BAD and _is_han(ch)


# Characters no town's name holds: particles, pronouns, determiners, prepositions
# that never double as a place's character, and the administrative words that end
# a place. The other characters of _TOWN_BAD (将, 和, 及, 那, 市, 院) are function
# words in running text but also stand in town names (将台堡镇, 中和镇, 那大镇, 坎市,
# 书院街道): inside a name they are read as part of it; one that opens the name
# needs a clear boundary before it (a place, a list comma, a line start) or the
# dictionary to know the opening word as a place (那大, 中和), never after a mere
# verb or preposition (联合和平镇 is not a town 合和平; 他和镇卫生院: "he and the town's").
_TOWN_NEVER = frozenset("在到与向对为由从至赴往据是被把让给的了也都还又并全各该本我这此其每所个他她它你们等省县区镇乡党委局")
# 党 opens the Party's words (党委, 党支部, 党员, 党建); before any other character it
# may stand in a town's name (党寨镇, 党家庄).
_PARTY_NEXT = frozenset("委支组总员建工群政风史务课日代内外性")


def _town_never(w: str, i: int) -> bool:
    ch = w[i]
    if ch == "党":
        return i + 1 >= len(w) or w[i + 1] in _PARTY_NEXT
    return ch in _TOWN_NEVER


# A numeral and a measure word count people or units (三名, 两所, 十余家).
_NUMERALS_TWO = frozenset("一二三四五六七八九十两几数多百千")
_MEASURES = frozenset("名位个家所批次人支只座处余")


# What may stand before a window for its first word to start a list item or a line.
_LIST_LEAD = frozenset("、\n(（“\"《·:：")
_TOWN_MAX = 5


def _town_start(w: str, e: int, r: _Rules, fallback: bool = True, lead: str = "") -> int:
    """Start of the town or street name ending at e (before 镇, 乡, 街道, 路, or
    中心卫生院), read back to a boundary: a place (九原区[哈林格尔]镇), a verb or
    preposition (联合[固拉合玛]镇), punctuation or a line start (、[将台堡]镇); the
    longest such name of 2-5 characters with no verb in it. A name holding a
    function character (将, 和, 那: _TOWN_BAD) needs a clear boundary: a place or a
    list comma or line start. Without a boundary, two characters (深入[店子]镇), or
    -1 when `fallback` is off."""
    best = -1
    if e < 1 or _town_never(w, e - 1):
        return -1
    for k in range(2, min(_TOWN_MAX, e) + 1):
        q = e - k
        ch = w[q]
        if _town_never(w, q) or not _is_han(ch):
            break
        if ch in _NUMERALS_TWO and w[q + 1] in _MEASURES and q + 2 == e:
            continue  # a count (三名, 两所), not a town (三封寺, 八里铺)
        if ch not in _TOWN_BAD and r.stop.starts_at(w, q) and not _place_word(w[q : q + 2]):
            # A verb before the name is no part of it ((含[南恩]街道); the function
            # characters that stand in names (将台堡) are weighed below.
            continue
        after_place = False
        if q == 0:
            strong = lead in _LIST_LEAD
        elif _chain_left(w, q, r)[1]:
            strong = after_place = True
        elif r.stop.ending_at(w, q) >= 0:
            strong = False
        else:
            continue
        if ch in _BARE or (ch in _TOWN_BAD and not strong and not _place_word(w[q : q + 2])):
            continue  # 市 opens no town; a function character only after a clear boundary
        # After a place the name may be a word (青山区[富强]路); elsewhere a verb
        # in it means the phrase runs on (联合那大: 联合 is the verb before 那大).
        # A road's or street's name is often a word (前进路, 解放街, 建设路): after a
        # list comma or a line start, or after a place, it is read as a name.
        if not after_place and not (strong and q == 0 and w[e] in "路街") and _not_name(w[q:e], numerals_ok=True):
            continue
        best = q
    if best < 0 and e == 1 and w[1] in "镇乡" and not _is_han(lead) and lead not in "\n":
        # A one-character town opening a clause after punctuation (，孙镇中心卫生院,
        # 、韩乡卫生院); never a numeral (一镇一院) nor a word's end (乡镇, 城镇: never).
        if _town_ok(w[0]) and w[0] not in _NUMERALS_TWO and not _common_word(w[:2]):
            best = 0
    if best < 0 and fallback and e >= 2 and _town_ok(w[e - 1]) and _town_ok(w[e - 2]):
        if not (w[e - 2] in _NUMERALS_TWO and w[e - 1] in _MEASURES):
            best = e - 2
    return best


def _chain_left(w: str, p: int, r: _Rules, lead: str = "") -> tuple[int, bool]:
    """Start of the place chain ending at p (贵州省贞丰县, 武汉市汉阳, 市, 原荆州市, XX镇)
    and whether it holds a real place (not only a bare 市/县)."""
    has_place = False
    tail = 1 if p >= 1 and w[p - 1] in "镇乡" else 2 if w.startswith("街道", p - 2) else 0
    # A road or a street (前进路, 黄庄街; 街道 is a sub-district, read above).
    street = not tail and p >= 1 and w[p - 1] in "路街"
    if tail or street:
        # A town or street: 店子镇, 唐家墩街道, 哈林格尔镇, 富强路 (a road only
        # with a boundary before its name).
        q = _town_start(w, p - (tail or 1), r, not street, lead)
        if q >= 0:
            p = q
            has_place = True
    ending_at = r.places.ending_at
    while p > 0:
        best = ending_at(w, p)
        for admin in _ADMINS_BY_LAST.get(w[p - 1], ()):
            if not w.startswith(admin, p - len(admin)):
                continue
            q = p - len(admin)
            if q <= 0:
                continue
            s = ending_at(w, q)
            if s >= 0 and (best < 0 or s < best):
                best = s
        if best >= 0 and p - best == 2 and w[best] in _TOWN_BAD:
            # 和县 is a county, but 和 inside running text is the conjunction
            # (开到和县医院一样): such a place only after a place or a boundary.
            # At the window's start the character before it is `lead`: a name
            # just ended there (市中医院和县妇幼保健院: "and the county's").
            if best > 0 and _is_han(w[best - 1]):
                if w[best - 1] not in _BARE and _chain_left(w, best, r)[0] == best:
                    best = -1
            elif best == 0 and _is_han(lead) and lead not in _BARE:
                best = -1
        if best >= 0:
            p = best
            has_place = True
            continue
        if w[p - 1] in _BARE:
            p -= 1
            continue
        break
    if p > 0 and w[p - 1] == "原":
        p -= 1
    return p, has_place


def _free_ok(w: str, i: int, r: _Rules) -> bool:
    """w[i] may be part of a free proper name: a Han character where no stop word,
    generic word or type word starts."""
    return (
        _is_han(w[i])
        and not r.stop.starts_at(w, i)
        and not r.generic.starts_at(w, i)
        and not r.long_types.starts_at(w, i)
    )


def _free_left(w: str, p: int, r: _Rules, most: int) -> int:
    q = p
    while q > 0 and p - q < most and _free_ok(w, q - 1, r) and r.stop.ending_at(w, q) < 0:
        q -= 1
    return q


def _univ_left(w: str, p: int, r: _Rules, short: bool = False) -> int:
    """Start of a university prefix ending at p (华中科技大学同济医学院附属), or -1.
    With `short`, a two-character short form counts too (港大[深圳医院], 川大[华西医院]):
    only before a place or a known name, where the rest is a name already."""
    q = p - 2 if w.startswith("附属", p - 2) else p
    if q < 2 or w[q - 1] not in "学院大":  # every university ends in 学 or 院 (X大: short)
        return -1
    if w.startswith("医学院", q - 3) and q - 3 > 0:
        # A medical school inside a university: 同济医学院 after 华中科技大学.
        k = r.known.ending_at(w, q - 3)
        # A medical school's own name is at most 6 characters (同济, 湘雅, 北京协和).
        inner = k if k >= 0 else _free_left(w, q - 3, r, 6)
        if q - 3 - inner >= 2:
            outer = _univ_top(w, inner, r)
            if outer >= 0:
                return outer
    u = _univ_top(w, q, r)
    if u < 0 and short:
        u = _univ_short(w, q)
    return u


def _univ_short(w: str, q: int) -> int:
    """Start of a university short form X大 ending at q (郑大, 港大, 交大), or -1;
    never a word such as 扩大, 重大, 最大 (verbs and adjectives of the dictionary)."""
    if q >= 2 and w[q - 1] == "大" and _is_han(w[q - 2]) and w[q - 2] not in _NOT_BOUNDARY:
        if w[q - 2 : q] not in _non_name_words() and w[q - 2] not in _TOWN_BAD:
            return q - 2
    return -1


def _free_name_start(w: str, e: int, r: _Rules, most: int) -> int:
    """Start of the free proper-name part ending at e (中南 in 每季度邀请中南大学): the
    longest stretch after a stop word that contains no verb, adverb or time word
    of the dictionary and starts where one ends (邀请); time words (季度,
    今年) are stop words."""
    run = _free_left(w, e, r, most)
    words = _non_name_words()
    for f in range(run, e - 1):
        if f > run and not any(w[f - n : f] in words for n in (2, 3, 4) if f - n >= 0):
            continue
        if not _not_name(w[f:e]):
            return f
    return e


def _univ_top(w: str, q: int, r: _Rules) -> int:
    if q < 2 or w[q - 1] not in "学院":
        return -1
    for suf in _UNIV_SUFFIXES:
        if w.startswith(suf, q - len(suf)):
            e = q - len(suf)
            s, has_place = _chain_left(w, e, r)
            if has_place:  # 郑州大学, 华中科技大学: a place or free name before 大学
                return s
            k = r.known.ending_at(w, e)
            if k >= 0:  # 同济大学, 协和医学院: a known name (同 alone is a preposition)
                return _chain_left(w, k, r)[0]
            # A university's free name: up to 8 characters (华中科技, 南方医科, 哈尔滨医科).
            s = _free_name_start(w, e, r, 8)
            if e - s >= 2:
                return s
    return -1


def _venue_start(w: str, e: int, r: _Rules, lead: str) -> int:
    """Start of the venue a field hospital is named after, ending at e (before
    方舱): 承担了[三亚湾]方舱医院, 设置的[县体育馆]方舱医院, 在[会议中心]方舱医院. A
    venue's name is often a common word (体育馆, 展览中心), so it is read back from
    a boundary (a stop word, punctuation, a line start) over 2-6 characters with no
    stop word and no verb in it; a place or a bare 省/市/县/区 before it belongs to
    the name (宜都市体育馆). -1 when there is none."""
    last = jieba_dictionary().get(w[e - 1]) if e >= 1 else None
    if last is not None and last[1][:1] in _VERBISH:
        return -1  # 副院长某某任方舱医院院长: a verb ends the phrase, not a venue
    frequent = _jieba_words()[2]
    best = -1
    i = e - 1
    while i >= 0 and e - i <= 6:
        if not _is_han(w[i]):
            break
        if r.stop.starts_at(w, i) or r.stop.ending_at(w, i + 1) >= 0:
            # A stop character inside a word of the venue's name (国家会展中心:
            # 家 is a measure word elsewhere) does not end it.
            if (
                r.stop.ending_at(w, i + 1) == i
                and i + 1 < e
                and i >= 1
                and w[i : i + 2] not in frequent
                and w[i - 1 : i + 1] in frequent
                and not r.stop.starts_at(w, i - 1)
            ):
                i -= 1
                continue
            break
        f = i
        i -= 1
        if e - f < 2 or w[f] in _TOWN_NEVER or w[f] in _NOT_BOUNDARY:
            continue  # a pronoun or particle opens no venue (他说…, 这座…)
        if _not_name(w[f:e]) or r.generic.starts_at(w, f):
            continue
        cs, has_place = _chain_left(w, f, r)
        if has_place:
            return cs
        s = f - 1 if f >= 1 and w[f - 1] in _BARE else f
        if s == 0:
            boundary = not _is_han(lead)
        else:
            boundary = r.stop.ending_at(w, s) >= 0 or not _is_han(w[s - 1])
        if boundary:
            best = s
    return best


# Single-character dictionary tags of verbs, adverbs, prepositions, conjunctions,
# particles and pronouns: none ends a venue's name.
_VERBISH = frozenset("vdpcur")


def _parse(w: str, suffix: str, r: _Rules, opened: bool = False, lead: str = "") -> tuple[int, bool] | None:
    """(offset in window `w` where the name ending at its end starts, specific?) or None."""
    p = len(w) - len(suffix)
    if len(suffix) == 2 and suffix[1] == "院" and suffix[0] in _NUMERALS:
        # 湘雅二院, 北医三院: a well-known name and a number; 常州二院, 常德二院: a
        # place and a number (市二院, 省二院: the report's own, a generic form).
        k = r.known.ending_at(w, p)
        if k < 0:
            start, has_place = _chain_left(w, p, r)
            if start == p or w[start] == "原":
                return None
            return start, has_place
        start, has_place = _chain_left(w, k, r)
        u = _univ_left(w, start, r, short=True)
        return (u if u >= 0 else start), True
    if suffix[0] == "医" and "附" in suffix:
        # 海医一附院, 重医附一院, 济医附院: a medical school's one-character short
        # form (two when it is a place: 徐州医附院), never a word (中医, 西医, 军医).
        if p < 1 or w[p - 1] in _TOWN_BAD or w[p - 1] in _NOT_BOUNDARY or not _is_han(w[p - 1]):
            return None
        if w[p - 1 : p + 1] in _jieba_words()[2]:
            return None
        start = p - 1
        q = r.places.ending_at(w, p)
        if 0 <= q < start:
            start = q
        return start, True
    if suffix[0] == "大":
        # 郑大一附院, 南大附一院, 浙大二院: a university's short form and a number.
        u = _univ_short(w, p + 1)
        return (u, True) if u >= 0 else None
    if suffix.endswith("医") or suffix.endswith("院") and "医大" in suffix or "医科大" in suffix:
        start, has_place = _chain_left(w, p, r)
        if has_place:
            return start, True
        if suffix.startswith("医大") and p >= 1 and _is_han(w[p - 1]) and w[p - 1] not in _TOWN_BAD:
            # A medical university's one-character short form (温医大二院, 哈医大一院),
            # standing after a boundary: punctuation, a line start, a verb.
            if w[p - 1] not in _NOT_BOUNDARY and (
                (p == 1 and not _is_han(lead)) or (p > 1 and not _is_han(w[p - 2])) or r.stop.ending_at(w, p - 1) >= 0
            ):
                return p - 1, True
        return None
    if suffix == "医院" and p >= 3 and w[p - 1].isdigit():
        # A numbered military hospital: 3201医院, 解放军第309医院 (three or four digits).
        d = p
        while d > 0 and w[d - 1].isdigit():
            d -= 1
        if 3 <= p - d <= 4 and not (p - d == 4 and w[d : d + 2] in ("19", "20")):  # not a year
            if d > 0 and w[d - 1] == "第":
                d -= 1
            k = r.known.ending_at(w, d)
            return _chain_left(w, k if k >= 0 else d, r)[0], True
        return None
    mid = _mid_left(w, p, r)
    k = r.known.ending_at(w, mid)
    q = k if k >= 0 else mid
    start, has_place = _chain_left(w, q, r, lead)
    u = _univ_left(w, start, r, short=has_place or k >= 0)
    if u >= 0:
        start = u
    if has_place or k >= 0 or u >= 0:
        return start, True
    for f in range(mid - 2, max(mid - 5, 1), -1):
        # After a university's 附属 the name may be any word (长治医学院附属[和平]医院).
        if w.startswith("附属", f - 2) and _is_han(w[f]) and not _not_name(w[f:mid]):
            u = _univ_left(w, f, r)
            if u >= 0:
                return u, True
    if suffix == "卫生院" and mid == p - 2 and w.startswith("中心", mid):
        # A township's central health centre named by its town alone, without 镇
        # (托管了[坎市]中心卫生院, 、[白马井]中心卫生院): read back to a boundary.
        t = _town_start(w, mid, r, False, lead)
        if t >= 0 and not _common_word(w[t:mid]):
            return t, True
    if mid < p - 1 and w.startswith("方舱", p - 2):
        v = _venue_start(w, p - 2, r, lead)
        if v >= 0:
            return v, True
    # No place and no known name: a free proper name after a place, a university or a boundary.
    # A hospital's free proper name is 2-5 characters (体校, 洪山体育馆, 国药东风):
    # longer runs are phrases that only end in a name.
    run = _free_left(w, mid, r, 5)
    for f in range(run, mid - 1):
        if f >= start:
            break  # no longer than the generic form
        s, hp = _chain_left(w, f, r)
        if not hp:
            su = _univ_left(w, f, r)
            if su >= 0:
                s = su
            elif f == 0 and opened:
                s = f  # the other form of the name just before the bracket
            elif f == 0 and suffix == "社区卫生服务中心" and not _is_han(lead) and _place_word(w[:mid]):
                # A community centre opening a list item or clause, named by a
                # place word of the dictionary (、城关社区…, ：南关社区…): a heading
                # never ends in 社区.
                s = f
            elif f > 0 and r.stop.ending_at(w, f) >= 0 and w[f - 1] not in _NOT_BOUNDARY:
                # Only after a verb or preposition (与, 在, 赴, 借助): a free name
                # at the start of a clause is as often a heading (基本情况医院党委).
                # There a common word is the object of the verb (将指导医院).
                if _common_word(w[f:mid]):
                    continue
                s = f
            else:
                continue
        if not _not_name(w[f:mid], numerals_ok=hp):
            return s, True
    if opened and 2 <= mid <= 6 and not _placeish(w[:mid], r) and not r.generic.starts_at(w, 0):
        # The whole bracket is the other form of the name before it, a word or not
        # (长治医学院附属和平医院（以下简称“和平医院”）).
        if all(_is_han(ch) for ch in w[:mid]):
            return 0, True
    if (start < p and mid < p) or suffix == "总院":
        return start, False
    return None


# --------------------------------------------------------------------------
# Finding candidates
# --------------------------------------------------------------------------


@dataclass
class _Cand:
    start: int  # normalised offsets
    end: int
    text: str
    specific: bool
    alias_of: int = -1  # index of the candidate this one is a bracketed form of
    base: str = ""  # the hospital's name without a campus after it; its key without 原
    key: str = ""
    renamed_from: int = -1  # index of the candidate this one is a later name of
    src_start: int = -1  # source offset of start, looked up once (ranking, mentions)

    def __post_init__(self) -> None:
        if not self.base:
            self.base = self.text
        self.key = _strip_yuan(self.base)


def _campus_ok(name: str, r: _Rules) -> bool:
    """A campus's proper name (中法新城, 普爱), not a phrase (两个, 新老)."""
    return (
        name[0] not in _NOT_BOUNDARY
        and not r.stop.starts_at(name, 0)
        and not r.generic.starts_at(name, 0)
        and not _not_name(name)
        and not _common_word(name)
    )


def _across_space(doc: NormText, spaces: list[int], start: int, ss: int, se: int, suffix: str, r: _Rules) -> int:
    """The start of the name ending at se once the layout's white space is read as the
    boundary it is: a name does not run back across a space into text that is not a
    place (于 澜    红旗医院: a person's name), nor into a place that stands as its
    own table column (内蒙古　赤峰市巴林左旗医院) or that the part after the space
    repeats (天津　天津市西青区人民医院), when the part after the space is a name of
    its own. A place before a generic rest stays one name (郧西县 人民医院)."""
    text = doc.text
    i = bisect.bisect_right(spaces, start)
    while i < len(spaces) and spaces[i] <= ss:
        g = spaces[i]
        i += 1
        after = _parse(text[g:se], suffix, r, True)
        if after is None or not after[1]:
            continue
        before = text[start:g]
        if (
            not _placeish(before, r)
            or text.startswith(before[:2], g)
            or start == 0
            or start in doc.gaps
        ):
            start = g + after[0]
    return start


def _branch_name(free: str, r: _Rules) -> bool:
    """`free`, written right after a named hospital and before 医院, is a branch's
    own proper name (某省人民医院[钟山]医院), not a word (…医院[专科]医院, …医院[新建]医院)."""
    return (
        all(_free_ok(free, i, r) for i in range(len(free)))
        and r.types.ending_at(free, len(free)) < 0
        and not _not_name(free)
        and not _common_word(free)
    )


def _candidates(doc: NormText) -> list[_Cand]:
    text = doc.text
    rules = _rules()
    gaps = doc.gaps
    breaks: list[int] = []
    spaces: list[int] = []
    lines: list[int] = []
    for i, kind in gaps.items():  # in text order: gaps are recorded left to right
        if kind == PARAGRAPH:
            breaks.append(i)
        elif kind == SPACE:
            spaces.append(i)
        else:
            lines.append(i)
    src = doc.source
    out: list[_Cand] = []
    prev_end = 0
    for m in _FIND.finditer(text):
        ss, se = m.span()
        suffix = m.group()
        lo = max(prev_end, ss - _WINDOW)
        left = _RUN_BACK.match(text, lo, ss).start()  # read right to left from ss
        if left == ss and se - ss >= 2 and suffix != "总院":
            continue  # a bare suffix (医院, 卫生院) after punctuation names nothing
        k = bisect.bisect_right(breaks, ss)
        if k and breaks[k - 1] > left:
            left = breaks[k - 1]
        # A name in brackets right after another is its other form (简称):
        # 香港大学深圳医院(港大深圳医院), 体育中心方舱医院(市方舱医院).
        # A bracket's own words (（以下简称“ ) take at most 12 characters.
        follows = bool(out) and out[-1].end == prev_end and left - prev_end <= 12
        opened = False
        if follows:
            bm = _BRACKET.match(text, prev_end, ss)
            if bm is not None and bm.end() >= left:
                # The bracket's own words (以下简称) are no part of the name.
                left, opened = bm.end(), True
        lead = "\n" if left == 0 or left in gaps else text[left - 1]
        found = _parse(text[left:se], suffix, rules, opened, lead)
        if (
            found is None
            and suffix == "医院"
            and left == prev_end
            and 2 <= ss - left <= 4
            and out
            and out[-1].end == prev_end
            and out[-1].specific
            and left not in gaps
            and _branch_name(text[left:ss], rules)
        ):
            found = (0, True)  # 某省人民医院[钟山]医院: a branch with its own proper name
        if found is None:
            continue
        off, specific = found
        start = left + off
        if lines:
            k = bisect.bisect_right(lines, ss)
            while k and lines[k - 1] > start:
                # A line break followed by an indent opens a paragraph (a heading
                # "（二）便民惠民" above "　　医院推行…"): no name runs back across it.
                g = lines[k - 1]
                a = doc.src(g)
                if src.startswith("\u3000", a - 1) or src.startswith("  ", a - 2) or src.startswith("\t", a - 1):
                    found = _parse(text[g:se], suffix, rules, False, "\n")
                    if found is None:
                        break
                    off, specific = found
                    start = g + off
                    break
                k -= 1
        if found is None:
            continue
        if spaces:
            k = bisect.bisect_right(spaces, start)
            if k < len(spaces) and spaces[k] <= ss:
                start = _across_space(doc, spaces, start, ss, se, suffix, rules)
        if text.startswith("报", se) and (se + 1 == len(text) or se + 1 in gaps or not _is_han(text[se + 1])):
            continue  # a hospital newspaper's masthead (某某医院报), page furniture
        end = se
        cm = _CAMPUS.match(text, se) if text.find("院区", se + 2, se + 7) >= 0 else None
        if cm is not None and _campus_ok(cm.group(1), rules):
            end = cm.end()  # 同济医院中法新城院区: a campus, a form of its hospital
        if out and specific and out[-1].end == start == prev_end and out[-1].specific and start not in gaps:
            # 解放军总医院海南医院: a branch named after its parent, one name.
            a = out[-1].start
            out[-1] = _Cand(a, end, text[a:end], True, out[-1].alias_of, text[a:se])
            prev_end = end
            continue
        alias_of = -1
        renamed = -1
        # Between a name and its other form: a bracket, 为/作为, or a renaming with
        # its date (，2019年3月，更名为): 24 characters at most.
        if follows and start - prev_end <= 24:
            if opened and _BRACKET.fullmatch(text, prev_end, start):
                alias_of = len(out) - 1
            elif not specific and _DEFINES.fullmatch(text, prev_end, start):
                alias_of = len(out) - 1
            elif _RENAMED.fullmatch(text, prev_end, start):
                renamed = len(out) - 1
        out.append(_Cand(start, end, text[start:end], specific, alias_of, text[start:se], renamed_from=renamed))
        prev_end = end
    return out


# --------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------


@dataclass
class _Ent:
    forms: dict[str, int] = field(default_factory=dict)  # written form -> count
    cands: list[_Cand] = field(default_factory=list)
    canon: set[str] = field(default_factory=set)  # forms without 原
    _name: str | None = None

    def add(self, c: _Cand) -> None:
        self.cands.append(c)
        self.forms[c.text] = self.forms.get(c.text, 0) + 1
        self.canon.add(c.key)
        self.canon.add(_strip_yuan(c.text))
        self._name = None

    @property
    def first(self) -> int:
        return min(c.start for c in self.cands)

    def name(self) -> str:
        """The longest specific form (of the hospital, without a campus), the first
        written of equals."""
        if self._name is None:
            best = None
            specific = any(c.specific for c in self.cands)
            for c in self.cands:
                if specific and not c.specific:
                    continue
                k = (len(c.key), -c.start)
                if best is None or k > best[0]:
                    best = (k, c.key)
            self._name = best[1]
        return self._name


def _strip_yuan(s: str) -> str:
    return s[1:] if s.startswith("原") and len(s) > 3 else s


def _placeish(s: str, r: _Rules) -> bool:
    """`s` is only places, bare 省/市/县/区, 原 or a university (贵州省, 市, 原荆州市)."""
    start, _ = _chain_left(s, len(s), r)
    if start > 0:
        start = _univ_left(s, start, r)
    return start == 0


# A generic form that still names one institution of a city or county: a bare
# 省/市/县/区 and a numbered or specialised type (市第二人民医院, 市妇幼保健院,
# 县中医院), not the plain 县人民医院 / 市医院 any report may mean loosely.
_STANDALONE = regex.compile(
    r"[省市县区](?:第[一二三四五六七八九]人民医院|第[一二三四五六七八九]医院"
    r"|中医医?院|中西医结合医院|妇幼保健院|中心医院|精神病医院|传染病医院|肿瘤医院|儿童医院)"
)
_KNOWN_NUMBERED = regex.compile(r"(?P<pre>\p{Han}*?)第?(?P<n>[一二三四五六七八九])(?:附属)?(?:人民)?医?院")


# The keys below depend on the name and the (one, cached) rule set only; hospital
# names repeat within and across reports, so each is computed once.
_KEYS: dict[tuple[str, str, int], object] = {}
_KEYS_MAX = 20000


def _cached(kind: str, fn, name: str, rules: _Rules):
    k = (kind, name, id(rules))
    try:
        return _KEYS[k]
    except KeyError:
        pass
    if len(_KEYS) >= _KEYS_MAX:
        _KEYS.clear()
    v = _KEYS[k] = fn(name, rules)
    return v


_ORDINALS = frozenset("一二三四五六七八九")


def _abbr_key(name: str, rules: _Rules) -> tuple[str, str] | None:
    return _cached("abbr", _abbr_key_of, name, rules)


def _abbr_key_of(name: str, rules: _Rules) -> tuple[str, str] | None:
    """(place, number) of 荆州一医, 荆州市第一人民医院, 荆州市一医院: the same key, the same hospital;
    (known name, number) of 湘雅二院, 中南大学湘雅二医院, 湘雅第二医院."""
    if _ORDINALS.isdisjoint(name):
        return None  # no number, no key (most names): the patterns need not be tried
    m = _KNOWN_NUMBERED.fullmatch(name)
    if m is not None:
        pre = m.group("pre")
        k = rules.known.ending_at(pre, len(pre))
        if k >= 0 and (k == 0 or _placeish(pre[:k], rules)):
            return "@" + pre[k:], m.group("n")  # never the key of a place of the same name
    m = _NUMBERED.fullmatch(name)
    if m is None:
        return None
    pre = m.group("pre")
    start, has_place = _chain_left(pre, len(pre), rules)
    if start != 0 or not has_place:
        return None
    return short_place(_last_place(pre, rules)), m.group("n")


def _last_place(pl: str, rules: _Rules) -> str:
    """The innermost place of a chain of places (北京市怀柔区 -> 怀柔区, 新疆哈密市巴里坤
    -> 巴里坤): a hospital is named by it with or without the places around it
    (怀柔一院 / 北京市怀柔区第一医院)."""
    s = rules.places.ending_at(pl, len(pl))
    if s > 0 and _placeish(pl[:s], rules):
        return pl[s:]
    for admin in _ADMINS_BY_LAST.get(pl[-1:], ()):
        if pl.endswith(admin) and len(pl) > len(admin):
            s = rules.places.ending_at(pl, len(pl) - len(admin))
            if s > 0 and _placeish(pl[:s], rules):
                return pl[s:]
    return pl


def _shortens(short: str, long: str, rules: _Rules) -> bool:
    """`long` is `short` with places (or 原, a university) written in front; a short
    form opening with 县/市 keeps it after a place known only with it (南部县人民医院
    / 县人民医院: 南部 alone is a common word)."""
    if len(long) <= len(short) or not long.endswith(short):
        return False
    head = long[: -len(short)]
    return _placeish(head, rules) or (short[0] in _BARE and _placeish(head + short[0], rules))


_UNIV_FULL = regex.compile(r"(?P<u>\p{Han}+?(?:大学|医学院))(?:医学院)?(?:附属)?(?P<rest>\p{Han}+)")
_UNIV_ABBR = regex.compile(r"(?P<u>\p{Han}+?(?:大|医(?=[一二三四五]?附)))(?P<rest>\p{Han}+)")
_UNIV_NUM = regex.compile(r"附?第?(?P<n>[一二三四五六七八九])(?:附属|附)?(?:人民)?医?院")


@lru_cache(maxsize=8192)
def _univ_key(name: str) -> tuple[str, str, bool] | None:
    """(university, rest, short?) of a university hospital: 郑州大学第一附属医院 ->
    (郑州大学, 一, False), 郑大一附院 -> (郑大, 一, True), 港大深圳医院 -> (港大, 深圳医院, True)."""
    if "大" not in name and "附" not in name and "医学院" not in name:
        return None  # neither pattern can match
    m = _UNIV_FULL.fullmatch(name)
    short = m is None
    if short:
        m = _UNIV_ABBR.fullmatch(name)
        if m is None:
            return None
    rest = m.group("rest")
    if rest == "附院":  # 济医附院: 济宁医学院附属医院
        rest = "医院"
    n = _UNIV_NUM.fullmatch(rest)
    return m.group("u"), (n.group("n") if n else rest), short


def _abbreviates_univ(short: tuple[str, str, bool], full: tuple[str, str, bool]) -> bool:
    """郑大 / 郑州大学, 湖北医大 / 湖北医科大学, 港大 / 香港大学: the short university's
    characters stand in order in the full one, and the rest is the same."""
    if not short[2] or full[2] or short[1] != full[1]:
        return False
    it = iter(full[0])
    return all(ch in it for ch in short[0])


_AUTONOMY = regex.compile(rf"(?:{_ETHNIC})+自治(?=[县州旗])")
_PLACE_HEAD = regex.compile(r"(?P<pl>\p{Han}{2,}?)(?P<a>[县市区旗州])?(?P<rest>(?:人民|第[一二三四五六七八九]人民|中医|中心|妇幼保健|医共体总)?医院|妇幼保健院)")


def _loose_key(name: str, r: _Rules) -> tuple[str, str, str, bool] | None:
    return _cached("loose", _loose_key_of, name, r)


def _loose_key_of(name: str, r: _Rules) -> tuple[str, str, str, bool] | None:
    """(place, administrative suffix, rest) of a place's hospital, read loosely: an
    autonomous county by its plain name (白沙黎族自治县 -> 白沙县), 县医院 for the
    县人民医院 (策勒县医院), the place with or without its suffix (永定人民医院)."""
    if not name.endswith("院"):
        return None
    m = _PLACE_HEAD.fullmatch(_AUTONOMY.sub("", name) if "自治" in name else name)
    if m is None:
        return None
    pl, a, rest = m.group("pl"), m.group("a") or "", m.group("rest")
    known = pl + a in r.places.words or pl in r.places.words
    if not known:
        inner = _last_place(pl, r)  # 新疆哈密市巴里坤[县] -> 巴里坤[县]
        if inner != pl:
            pl, known = inner, True
    if not known and (not a or len(pl) > 3):
        return None
    if a == "县" and rest in ("人民医院", "医共体总医院"):
        # 县医院 and the 医共体总医院 the county's people's hospital leads (铅山县医共体总医院).
        rest = "医院"
    return (short_place(pl + a) if a and known else pl), a, rest, known


_TOWN_CENTRE = regex.compile(r"(\p{Han}+[镇乡])(?:中心)?卫生院")


def _abbreviates_place(short: str, full: str) -> bool:
    """达茂 / 达尔罕茂明安联合: the short place keeps the full one's first character
    and the rest of its characters in order."""
    if len(short) < 2 or len(full) <= len(short) or short[0] != full[0]:
        return False
    it = iter(full[1:])
    return all(ch in it for ch in short[1:])


def _build(doc: NormText, title: str | None) -> tuple[list[_Ent], _Ent | None]:
    """The report's hospitals (entities in text order) and its subject among them."""
    rules = _rules()
    cands = _candidates(doc)
    ents: list[_Ent] = []
    by_canon: dict[str, _Ent] = {}
    generic: list[_Cand] = []
    for c in cands:
        if not c.specific:
            generic.append(c)
            continue
        key = c.key
        e = by_canon.get(key)
        if e is None:
            e = by_canon[key] = _Ent()
            ents.append(e)
        e.add(c)
    # Merge specific forms: shorter into longer with places in front, and abbreviations.
    keys = sorted(by_canon, key=len)
    parent = {id(e): e for e in ents}

    def root(e: _Ent) -> _Ent:
        while parent[id(e)] is not e:
            e = parent[id(e)]
        return e

    for i, a in enumerate(keys):
        longer = [b for b in keys[i + 1 :] if b.endswith(a) and _shortens(a, b, rules)]
        targets = {id(root(by_canon[b])): root(by_canon[b]) for b in longer}
        if len(targets) == 1:
            (t,) = targets.values()
            ra = root(by_canon[a])
            if ra is not t:
                parent[id(ra)] = t
    univ = {k: _univ_key(k) for k in keys}
    for k, uk in univ.items():
        if uk is None or not uk[2]:
            continue
        fulls = {id(root(by_canon[f])): root(by_canon[f]) for f, fk in univ.items() if fk and _abbreviates_univ(uk, fk)}
        if len(fulls) == 1:
            (t,) = fulls.values()
            ra = root(by_canon[k])
            if ra is not t:
                parent[id(ra)] = t
    # A bracketed form is the same institution as the name before the bracket, and
    # a later name (更名为) the same as the earlier one.
    for c in cands:
        if c.renamed_from >= 0 and c.specific and cands[c.renamed_from].specific:
            ra = root(by_canon[c.key])
            rb = root(by_canon[cands[c.renamed_from].key])
            if ra is not rb:
                parent[id(ra)] = rb
        if c.alias_of >= 0 and c.specific and cands[c.alias_of].specific:
            ra = root(by_canon[c.key])
            rb = root(by_canon[cands[c.alias_of].key])
            if ra is not rb:
                parent[id(ra)] = rb
    # The same place's hospital written loosely: 策勒县医院 / 策勒县人民医院,
    # 景宁县人民医院 / 景宁畲族自治县人民医院, 永定人民医院 / 永定县人民医院
    # (a bare place joins the one hospital of that place and rest), and a place's
    # abbreviation (达茂旗人民医院 / 达尔罕茂明安联合旗人民医院).
    loose = {k: _loose_key(k, rules) for k in keys}
    groups: dict[tuple[str, str, str, bool], _Ent] = {}
    for k in keys:
        lk = loose[k]
        if lk is None or not lk[1] or not lk[3]:
            continue
        r_ = root(by_canon[k])
        g = groups.setdefault(lk, r_)
        if root(g) is not r_:
            parent[id(r_)] = root(g)
    for k in keys:
        lk = loose[k]
        if lk is None:
            continue
        if lk[3] and not lk[1]:
            # A bare place (台山人民医院) is read with any suffix: 台山市人民医院, and
            # 永定县人民医院 also written 永定县医院.
            hits = {
                id(root(g)): root(g)
                for gk, g in groups.items()
                if gk[0] == lk[0] and (gk[2] == lk[2] or gk[1] == "县" and gk[2] == "医院" and lk[2] == "人民医院")
            }
        elif not lk[3]:
            # 达茂旗 (no place of the lexicon): the abbreviation of one that is.
            hits = {
                id(root(g)): root(g)
                for gk, g in groups.items()
                if gk[1] == lk[1] and gk[2] == lk[2] and _abbreviates_place(lk[0], gk[0])
            }
        else:
            continue
        if len(hits) == 1:
            (t,) = hits.values()
            r_ = root(by_canon[k])
            if r_ is not t:
                parent[id(r_)] = t
    # A town has one health centre: 龙华镇中心卫生院 / 龙华镇卫生院 are the same.
    towns: dict[str, _Ent] = {}
    for k in keys:
        tm = _TOWN_CENTRE.fullmatch(k)
        if tm is None:
            continue
        r_ = root(by_canon[k])
        t = towns.setdefault(tm.group(1), r_)
        if root(t) is not r_:
            parent[id(r_)] = root(t)
    abbr_seen: dict[tuple[str, str], _Ent] = {}
    for k in keys:
        ak = _abbr_key(k, rules)
        if ak is None:
            continue
        r = root(by_canon[k])
        if ak in abbr_seen and root(abbr_seen[ak]) is not r:
            parent[id(r)] = root(abbr_seen[ak])
        else:
            abbr_seen.setdefault(ak, r)
    merged: list[_Ent] = []
    for e in ents:
        r = root(e)
        if r is e:
            merged.append(e)
    for e in ents:
        r = root(e)
        if r is not e:
            for c in e.cands:
                r.add(c)
    merged.sort(key=lambda e: e.first)
    if not merged and not generic:
        return [], None
    # Generic forms: alias of the specific hospital they abbreviate, else dropped.
    # A form defined in the text (以苍溪县人民医院为总院, 荆州市胸科医院(胸科医院))
    # stands for that hospital wherever it is written.
    ent_of = {id(c): root(by_canon[c.key]) for c in cands if c.specific}
    defined: dict[str, _Ent] = {}
    for c in generic:
        if c.alias_of >= 0 and cands[c.alias_of].specific:
            defined.setdefault(c.key, ent_of[id(cands[c.alias_of])])
    heads = [e for e in merged if not _LOCAL.search(e.name())]
    pending: list[tuple[_Cand, list[_Ent]]] = []
    alone: dict[str, _Ent] = {}
    for c in generic:
        g = c.key
        if g in defined:
            hits = [defined[g]]
        elif _SELF_ALIAS.fullmatch(g):
            hits = heads  # 总院 heads a 医共体: never a township or community centre
        elif (gm := _GENERIC_NUMBERED.fullmatch(g)) is not None:
            n = gm.group("n")
            hits = [e for e in merged if gm.group("a") in e.name() and _number_of(e, rules) == n]
        else:
            hits = [e for e in merged if any(_shortens(g, f, rules) for f in e.canon)]
        if len(hits) == 1:
            hits[0].add(c)
        elif hits:
            pending.append((c, hits))
        elif _STANDALONE.fullmatch(g) and not _loosely_named(g, merged, rules):
            # 市第二人民医院, 市妇幼保健院 with no named hospital they shorten: the
            # city's one such hospital, an institution of its own.
            e = alone.get(g)
            if e is None:
                e = alone[g] = _Ent()
                merged.append(e)
            e.add(c)
    if alone:
        merged.sort(key=lambda e: e.first)
    # Ranked once: a generic form several hospitals may mean goes to the subject,
    # which only makes the subject more often named (the ranking stays the same).
    own = _rank(doc, merged, title)
    for c, hits in pending:
        if own is not None and any(h is own for h in hits):
            own.add(c)
    return merged, own


_NUMBERED_AS = regex.compile(r"第([一二三四五六七八九])")
_HOSPITAL_TAIL = regex.compile(r"医?院$")


def _loosely_named(g: str, ents: list[_Ent], rules: _Rules) -> bool:
    """Some hospital of the report may be what the generic form `g` means, written
    loosely (县中医院 for 蕲春县中医医院, 区中医院 for the county's 永定县中医院,
    县第一人民医院 for a hospital once so numbered): one with the same type or number."""
    n = _NUMBERED_AS.search(g)
    if n is not None:
        return any("第" + n.group(1) in f for e in ents for f in e.canon) or any(
            _number_of(e, rules) == n.group(1) for e in ents
        )
    core = _HOSPITAL_TAIL.sub("", g[1:])
    return any(core in f for e in ents for f in e.canon)


def _number_of(e: _Ent, rules: _Rules) -> str | None:
    for f in e.canon:
        ak = _abbr_key(f, rules)
        if ak is not None:
            return ak[1]
    return None


def _src_start(doc: NormText, c: _Cand) -> int:
    if c.src_start < 0:
        c.src_start = doc.src(c.start)
    return c.src_start


def _to_model(doc: NormText, e: _Ent) -> Hospital:
    name = e.name()
    cands = sorted(e.cands, key=lambda c: c.start)
    aliases: list[str] = []
    seen = {name}
    for c in cands:  # every form in the order first written
        for form in (c.text, c.key, _strip_yuan(c.text)):
            if form not in seen:
                seen.add(form)
                aliases.append(form)
    # One validation for the hospital and its mentions (not one model per mention).
    src = doc.source
    to_src = doc.src
    mentions = []
    for c in cands:
        a = _src_start(doc, c)
        b = to_src(c.end - 1) + 1
        mentions.append({"text": src[a:b], "start": a, "end": b})
    return Hospital.model_validate({"name": name, "aliases": aliases, "mentions": mentions})


def analyse(doc: NormText, title: str | None = None) -> tuple[list[Hospital], str | None]:
    """The report's hospitals and the name of its subject hospital (or None).
    `title` is the headline the pipeline found; without it, it is looked for here."""
    if title is None:
        title = find_title(doc.source)
    ents, own = _build(doc, title)
    return [_to_model(doc, e) for e in ents], (own.name() if own is not None else None)


def extract(doc: NormText, title: str | None = None) -> list[Hospital]:
    return analyse(doc, title)[0]


# --------------------------------------------------------------------------
# Subject
# --------------------------------------------------------------------------

# The opening: a headline, byline and lead paragraph fit in 200 normalised
# characters; a hospital first named there is what the story opens on.
_OPENING = 200
_SELF_REF = regex.compile(r"我院|本院|该院|院党委|医院党委|全院|院长")
# A headline that speaks as the report's own hospital (我院对口支援某县人民医院纪实):
# the hospital it names is a partner, the subject is the publisher.
_TITLE_SELF = regex.compile(r"我院|本院")
# Story openers of a newspaper page: the subject is the first story's hospital.
_STORY = regex.compile(r"本报讯|本刊讯|另讯|又讯")
# A byline or source line near the top (来源：某某医院, 某某医院 党委宣传部 2023-07-28,
# a WeChat account's header 某某医院 2023-10-18 08:30 发表于天津, 主办：某某医院党委).
_BYLINE = regex.compile(r"来源|供稿|稿源|作者|通讯员|宣传部|宣传科|宣传中心|党委办公室|党办|发布|发表于|主办")
_BYLINE_MAX = 80  # characters in a byline line
# A publisher that is a government body, not a hospital: 来源：县卫生健康局,
# 发文机关：国家卫生健康委办公厅, a WeChat account 某市卫健 2023-01-06 17:45 发表于.
_PUBLISHER = regex.compile(
    r"(?:来源|信息来源|发文机关|发布机构|发布单位)\s*[:：]\s*(?P<org>[^\s【】|]{2,30})"
    r"|(?:^|(?<=\r))[ \t\u3000]*(?P<org>[^\s\d]{2,20})[ \t\u3000]+\d{4}-\d{1,2}-\d{1,2}[^\r\n]*发表于",
    regex.M,
)
_GOVERNMENT = regex.compile(
    r"卫生健康|卫健|卫计|卫生局|政府|疾控|疾病预防|医政|医保|办公厅|司$"
    # A place's Party committee and its departments (来源：某县县委组织部), not
    # a hospital's own (来源：宣传统战部, 院党委宣传部).
    r"|(?<!党)委(?:组织部|宣传部|统战部)|纪委|监委|[省市县区州旗]委$"
)
# A health body that is no hospital, named as the actor at the head of a report
# (——某县急救中心与县域医院构建急救网络, 某市中心血站开展无偿献血): when no
# hospital is in the headline, the report is about that body, not a hospital.
_NON_HOSPITAL = regex.compile(r"急救中心|血站|血液中心|疾控中心|疾病预防控制中心|卫生健康局|卫健局|卫健委|卫生健康委员会|计生协")
_NON_HOSPITAL_CH = regex.compile(r"[救站血疾卫计]")
_HEAD = 160  # source characters of a report's head (headline, subtitle, byline)
_HOSPITALISH = regex.compile(r"医院|卫生院|保健院|服务中心")
# Source lines (来源：, 发文机关：, a WeChat header) stand within the first 600
# source characters, after a headline and page furniture; later a 来源 is a quote's.
_TOP = 600


def _line_start(src: str, pos: int) -> int:
    """Start of the source line holding pos; lines end in \r\n, \r or \n."""
    return max(src.rfind("\n", 0, pos), src.rfind("\r", 0, pos)) + 1


_EOL = regex.compile(r"[\r\n]")


def _byline(src: str, pos: int) -> bool:
    a = _line_start(src, pos)
    m = _EOL.search(src, pos)
    line = src[a : m.start() if m is not None else len(src)]
    return len(line) <= _BYLINE_MAX and "。" not in line and _BYLINE.search(line) is not None


def _government_publisher(src: str) -> bool:
    """The report is published by a health bureau, a government office or a CDC
    (来源：县卫生健康局, 发文机关：…办公厅, a 卫健 WeChat account)."""
    top = src[:_TOP]
    # Each form is looked for only where its key word stands (most reports have
    # neither): the pattern is costly to try at every position.
    if ("来源" not in top and "发文机关" not in top and "发布" not in top) and "发表于" not in top:
        return False
    for m in _PUBLISHER.finditer(src, 0, _TOP):
        org = m.group("org")
        if _GOVERNMENT.search(org) and not _HOSPITALISH.search(org):
            return True
    return False


def _first_story(src: str, title: str | None) -> tuple[int, int]:
    """Source range of a newspaper page's first story: from its headline (the last
    time the headline is written before the first story opener, so a contents list
    or a masthead above it is left out) to the next opener; the whole text for a
    report that is not a page of several stories."""
    stories = [m.start() for m in _STORY.finditer(src)]
    if len(stories) < 2:
        return 0, len(src)
    start = 0
    if title:
        k = src.rfind(title[:12], 0, stories[0])
        if k >= 0:
            start = _line_start(src, k)
    return start, stories[1]


def _rank(doc: NormText, ents, title: str | None):
    """The entity the report is about, or None. `ents` are _Ent (normalised
    offsets) or Hospital (source offsets); everything is compared in source offsets.

    Signals: named in the headline, in a byline or source line at the top, in
    the opening, and how often it is named (its generic forms included: 总院,
    县人民医院); on a newspaper page only the first story counts, from its
    headline on. A headline that says 我院 names a partner, not the subject. A
    report a health bureau publishes whose headline names no hospital (a
    meeting on all the county's hospitals, a commendation, a notice with a list)
    is about no single hospital."""
    if not ents or not doc.text:
        return None
    src = doc.source
    title_n = NormText(title).text if title else ""
    title_self = _TITLE_SELF.search(title_n) is not None
    self_ref = _SELF_REF.search(doc.text) is not None
    lo, hi = _first_story(src, title)
    # The opening: the first _OPENING normalised characters of the (first) story.
    lo_n = bisect.bisect_left(range(len(doc.text)), lo, key=doc.src) if lo else 0
    opening_src = doc.src(min(lo_n + _OPENING, len(doc.text) - 1))
    best = None
    best_key = None
    any_title = False
    # The hospital a headline names first is its actor (甲医院与乙医院签约,
    # 甲医院专家赴乙医院义诊): of several named there, that one is the subject.
    title_first = len(title_n)
    title_pos = {}
    if title_n:
        for e in ents:
            forms = (e.canon | set(e.forms)) if isinstance(e, _Ent) else {e.name, *e.aliases}
            pos = [title_n.find(f) for f in forms if len(f) >= 3 and f in title_n]
            if pos:
                title_pos[id(e)] = min(pos)
                title_first = min(title_first, min(pos))
    for e in ents:
        if isinstance(e, _Ent):
            forms = e.canon | set(e.forms)
            starts = sorted(_src_start(doc, c) for c in e.cands)
        else:
            forms = {e.name, *e.aliases}
            starts = sorted(m.start for m in e.mentions)
        starts = [s for s in starts if lo <= s < hi]
        if not starts:
            continue
        opening = starts[0] < opening_src
        byline = opening and any(_byline(src, s) for s in starts if s < opening_src)
        in_title = bool(title_n) and any(len(f) >= 3 and f in title_n for f in forms)
        any_title = any_title or in_title
        if title_self and not byline:
            in_title = False
        count = len(starts)
        # Named three times, or twice where the report speaks as a hospital (我院,
        # 院党委): a passing mention is named once or twice, the subject again and again.
        if not (in_title or byline or opening or count >= 3 or (count >= 2 and self_ref)):
            continue
        # Weights in order of how sure the signal is: the headline (100) outweighs
        # any count (the most a report of the corpora names one hospital is ~40);
        # a byline (30) outweighs the counts of a partner named a few times; the
        # opening (3) only breaks near ties of counts.
        score = (100 if in_title else 0) + (30 if byline else 0) + (3 if opening else 0) + count
        if in_title and len(title_pos) > 1 and title_pos[id(e)] == title_first:
            score += 50
        key = (score, -starts[0])
        if best_key is None or key > best_key:
            best, best_key = e, key
    if best is not None and not any_title and (
        _government_publisher(src) or _places_listed(title_n) or _non_hospital_head(src, title_n, lo)
    ):
        return None
    return best


def _non_hospital_head(src: str, title: str, lo: int) -> bool:
    """The headline or the lines just under it (a subtitle, the first lines of a
    page's story) name a health body that is no hospital (急救中心, 血站, 疾控中心,
    卫健局) before any hospital: the report is about that body."""
    if title and _NON_HOSPITAL.search(title):
        return True
    head = src[lo : lo + _HEAD]
    if _NON_HOSPITAL_CH.search(head) is None:
        return False  # most reports: none of the bodies' key characters
    head = "".join(head.split())  # a layout line break inside a name (急救\n中心)
    m = _NON_HOSPITAL.search(head)
    if m is None:
        return False
    h = _HOSPITALISH.search(head, 0, m.start())
    return h is None


def _places_listed(title: str) -> bool:
    """The headline lists three places or more (山东利津、江西铅山、广东惠来三县蹲点记,
    甲县、乙县、丙县见闻): a story across several places, about no single hospital."""
    if title.count("、") < 2:
        return False
    r = _rules()
    parts = title.split("、")
    n = 0
    for i, part in enumerate(parts):
        if not part:
            continue
        # An item of the list: the part ends with a place (before a 、) or starts
        # with one (after a 、).
        ends = i < len(parts) - 1 and r.places.ending_at(part, len(part)) >= 0
        starts = i > 0 and r.places.starts_at(part, 0)
        n += ends or starts
    return n >= 3


def subject(doc: NormText, hospitals: list[Hospital], title: str | None) -> str | None:
    """The subject among already extracted hospitals (the pipeline gets it from analyse())."""
    best = _rank(doc, hospitals, title)
    return best.name if best is not None else None
