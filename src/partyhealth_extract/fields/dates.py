"""Dates: every calendar expression, normalised at the precision written.

One compiled alternation over the normalised text (`NormText.text`) finds every
candidate; each branch is turned into one or more `DateMention`s:

* numeric dates: 2021-03-15, 2021/3/15, 2021.3.15 (with an optional 10:30);
* CJK dates with an optional year: 2021年3月15日, 二〇二一年三月十五日, 8月5日下午,
  10月16日上午9时30分, 2021年上半年, 2020年以来, 截至7月底, year lists and
  ranges (2018-2020年), month ranges (3至5月), day ranges and lists
  (8月21日至22日, 8月4日、8日);
* a list of bare days that runs ahead of its month (4日、8日、8月7日): the
  days take the month of the date that closes the list;
* named days written as month and day numerals: “七一” (XXXX-07-01), 五一劳动节,
  三八妇女节, 七一前夕 (bare only before a festival word; relative after 去年/今年);
* relative expressions (今年, 去年6月, 今年上半年, 上半年, 当天, 近日, 目前 ...),
  flagged `relative`, resolved against `ref_date` when one is given, else
  given a TIMEX-style placeholder (XXXX, XXXX-06, XXXX-H1, PAST_REF, PRESENT_REF).
  Anaphoric words (当天, 当年, 同年, 次日, 当月) point at the story's own time,
  not at the reference date, and keep their placeholder; the end of a range
  opened by a relative year (今年1月至4月) is relative too.

Not dates, by construction: durations (3年来, 十天, 24小时内) have no
four-digit year, frequencies (每年3月, 每月) are excluded by look-behind,
bare day numbers are only taken inside a list or range of a dated day.

A yearless date takes a year from the report only when a date with an explicit
year and month precedes it in the same paragraph and the months run forward
(2021年3月 ... 6月2日 -> 2021-06-02, `year_inferred`); never from the clock. The
same month and day written without a year elsewhere in the report then takes
that year too (one day, one value), unless the report gives it two years.

A point after a digit is a decimal point (1.5月 is no month); after anything
else it is a full stop typed as `.` (突击队3支.1月29日), and the text after it is
read on its own. A decade is written 上世纪80年代, 八十年代 or 1950年代 (195X).

Speed: every branch starts with one of the characters in `_FIRST`; a
look-ahead on that set lets the scan skip most positions (a test checks that it
drops no match). The scan runs on the standard library's `re`, faster than
`regex` on this pattern; `regex`, on the same pattern, is asked again only for
a list (3、4月), whose every piece it keeps (a test checks that both engines
match alike). Each branch has a group of its own, so `lastgroup` picks the
handler; items stay plain lists until the end, when their source offsets are
looked up and the `DateMention`s built.

The examples that every rule must pass (and the near-misses it must not fire
on) are in `dates_examples.py`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

import regex

from ..models import DateMention
from ..normalize import SPACE, NormText
from ..numbers import parse_chinese

# --------------------------------------------------------------------------
# Pattern pieces
# --------------------------------------------------------------------------

# A year: four Arabic digits 1900-2099, or written digit by digit (二〇二一).
_YR = (
    r"(?:(?<![\d.])(?:19|20)\d{2}(?!\d)"
    r"|(?<![〇零○一二三四五六七八九十])[一二][〇零○O一二三四五六七八九]{3})"
)
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九元])"  # 元月 = January
# 日 or 号 closing a day; not 号 of a building, bed or ward (3月2号楼)
_DSUF = r"(?:日|号(?![楼床线院室房]))"
_D = (
    r"(?:3[01]|[12]\d|0?[1-9]"
    r"|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
)
_SEP = r"[、和及与至到\-—–~～]"     # list or range between two numbers
_RSEP = r"[至到\-—–~～]"             # range only
_AMPM = r"(?:上午|下午|中午|晚上|凌晨|早上|早晨|傍晚|夜间|晚间|夜里|晚)"
_H = r"(?:2[0-4]|[01]?\d|[零〇两一二三四五六七八九十]{1,3})"
_MI = r"(?:[0-5]?\d|[零〇一二三四五六七八九十]{1,3})"
_CLOCK = rf"(?:{_H}[时点](?:{_MI}分|半)?|[012]?\d:[0-5]\d)"
_TIME = rf"(?:{_AMPM}(?:{_CLOCK})?|{_CLOCK})"
# 初 + a numeral is a lunar day (五月初五, 正月初八), not "early in the month"
_EARLY = r"初(?![步次心衷级中期稿创一二三四五六七八九十])"
_MMOD = rf"(?:中下旬|中上旬|上旬|中旬|下旬|{_EARLY}|底|末|份)"
_QTR = r"(?:前[两二三]个?季度|第?[一二三四1-4]季度)"  # 前三季度: the first three quarters
# A season after a year: 2023年春季, 2019年冬天, 2003年春， (but not 年春节, 年春运, 年夏令营)
_SEASON = r"(?:[春夏秋冬][季天]|[春夏秋冬](?![\u3400-\u9fff]))"
_YMOD = rf"(?:年{_EARLY}|{_EARLY}|上半年|下半年|年中|年底|底|年末|末(?![端尾梢])|度?{_QTR}|度|{_SEASON})"



def _monthpart(p: str) -> str:
    """A month, with its day(s) or a month modifier; used after a year and alone.

    Group names start with `p`, so that the same piece can stand in two branches
    of one pattern (the standard library's `re` wants every name once).
    """
    return (
        rf"(?P<{p}M>{_M})(?:{_SEP}(?P<{p}Mm>{_M}))*月(?![龄薪])"
        rf"(?:(?P<{p}D>{_D})(?:{_DSUF}|(?={_RSEP}{_D}{_DSUF}))"
        rf"(?P<{p}time>{_TIME})?(?:{_SEP}(?P<{p}Dm>{_D}{_DSUF}(?:{_TIME})?))*"
        rf"|(?P<{p}mmod>{_MMOD}))?"
    )


# not a year: 长达2000年的历史, 近2000年
_YEARPART = rf"(?<![近约逾超达])(?P<Y>{_YR})(?:{_SEP}(?P<Ym>{_YR}))*年(?![龄级纪]|的?历史)"
# A decade written with its first year: 1950年代, 1990年代末 (but 2020年代表大会 is a year)
_DEC4 = r"(?P<ydec>(?<=[0〇零○O]年)代(?![表理办]))(?P<ydecmod>初期?|中期|中后期|末期?)?"

# A year and month written with a point (2021.7, 2018.09) is a date only as one
# end of a period: 2021.7—今, 2023.7—2024.7, 2022.3至今, 2019.10以来; alone it is
# as likely a decimal (2022.5万元). It shares the year with a full numeric date
# (one branch: the scan reads the year once).
_NUMERIC = (
    r"(?<![\d.\-/])(?P<nY>(?:19|20)\d{2})(?:(?P<ns>[.\-/])(?P<nM>1[0-2]|0?[1-9])(?P=ns)"
    r"(?P<nD>3[01]|[12]\d|0?[1-9])(?!\d)(?!\.\d)"
    r"(?:\s?(?P<nT>[012]?\d:[0-5]\d)(?::[0-5]\d)?)?"
    r"|\.(?P<nmM>1[0-2]|0?[1-9])(?![\d.])"
    r"(?:(?P<nmsep>\s?[—\-–~～至到]\s?)(?:(?P<nmY2>(?:19|20)\d{2})\.(?P<nmM2>1[0-2]|0?[1-9])(?![\d.])"
    r"|(?P<nmnow>(?=今(?!年)|现在))))?"
    r"(?(nmsep)|(?=至今|以来|起)))"
)
_BACKLIST = (
    r"(?<![\d.月年])(?P<bl>\d{1,2}[日号](?:、\d{1,2}[日号])*)、"
    rf"(?=(?:(?P<blY>{_YR})年)?(?P<blM>1[0-2]|0?[1-9])月\d{{1,2}}[日号])"
)
_CJK = (
    r"(?P<pre>截至到?|截止到|截止至|截止)?"
    rf"(?:{_YEARPART}(?:{_monthpart('')}|(?P<ymod>{_YMOD})|{_DEC4})?"
    rf"|(?<![\d.年每第个月〇零○一二三四五六七八九十百千万两])(?<!农历|阴历|夏历|旧历){_monthpart('a')})"
    r"(?P<since>以来)?"
)
_REL_YEAR = (
    r"(?P<ry>今年|全年|过去的?一年|去年|前年|明年|本年|(?<!相)当年|(?<!不)同年|上一年|下一年|上年|次年|翌年)(?![龄纪级轻])"
    rf"(?:{_monthpart('R')}|(?P<rymod>{_YMOD}))?(?P<rsince>以来)?"
)
_REL_HALF = rf"(?<![\d年])(?P<half>上半年|下半年|{_QTR})"
_REL_MONTH = (
    rf"(?P<rm>本月|上个月|下个月|这个月|上月|下月|当月|同月|次月)"
    rf"(?:(?P<rmD>{_D}){_DSUF}(?P<rmtime>{_TIME})?|(?P<rmmod2>{_MMOD}))?"
)
_REL_DAY = (
    r"(?P<rd>今天|今日|昨天|昨日|前天|明天|明日|当天|当日|次日|翌日|(?<!不)同日(?!期)"
    r"|(?P<rdnight>当晚|当夜|今晚|昨晚|昨夜|今夜)|(?P<rdmorn>今早|今晨|次晨|翌晨))"
    rf"(?P<rdtime>{_TIME})?"
)
# 年内 (within this year) but not 3年内, 两年内, 多年内, 70周年内 (durations)
_REL_YM = (
    r"(?<![\d〇零○一二三四五六七八九十百年每个半两几多数周])"
    rf"(?P<ya>年初|年底|年末|年内|月{_EARLY}|月底|月末)"
)
_VAGUE = (
    r"(?P<past>近年来|近些年来|近些年|近几年来|近几年|近年|近日|(?<![节生作\d期末日号天假])日前"
    r"|近期|前不久|不久前|近来|此前)"
    r"|(?P<present>目前|如今|当前(?!位置)|眼下|现阶段|当下|现今)"
)

# A decade: 上世纪80年代, 20世纪90年代末, 八十年代初, 五六十年代. Value TIMEX-style,
# the unknown last digit of the year written X (198X, as XXXX for an unknown year);
# a bare 20年代 (1920s or 2020s?) is skipped.
_DECADE = (
    r"(?P<cent>上个?世纪|(?:20|二十)世纪|(?:19|十九)世纪|本世纪)?"
    r"(?<![\d.〇零○一二三四五六七八九十])(?P<dec>[1-9]0|[一二三四五六七八九]{1,2}十)年代"
    r"(?P<decmod>初期?|中期|中后期|末期?)?"
)
# A named day written month·day: “5·12”国际护士节, 7·20特大暴雨 (a decimal uses a point).
_DOTDATE = r"(?<![\d.·•・])(?P<dtM>1[0-2]|[1-9])[·•・](?P<dtD>3[01]|[12]\d|[1-9])(?![\d.·•・%])"

# A named day written as its month and day in numerals: “七一”(建党节), “五一”, “八一”,
# “六一”, “五四”, “三八”, “十一”(国庆). In quotes it is the day itself; unquoted only
# when a festival word or 前夕/期间/表彰... follows (七一前夕, 五一劳动节), never
# inside a longer numeral (十一五规划, 第三八, 二〇二一) or before a title named
# after the day (“三八”红旗手, “五四”奖章).
_FEST_DAYS = {"七一": (7, 1), "八一": (8, 1), "五一": (5, 1), "六一": (6, 1),
              "五四": (5, 4), "三八": (3, 8), "十一": (10, 1)}
_FEST_NAMES = "七一|八一|五一|六一|五四|三八|十一"
_FEST_AFTER = (
    r"(?:前夕|前后|期间|当天|当日|假期|长假|小长假|来临|到来|节日|表彰|"
    r"建党节|建军节|劳动节|国际劳动节|儿童节|国际儿童节|青年节|妇女节|国际妇女节|国庆节?)"
)
# The match starts at the numeral (the quotes are looked at, not taken): a quote
# is no first character of any branch, so the scan does not stop at every quote.
_FESTIVAL = (
    rf"(?<![\d〇零○一二三四五六七八九十百千万两第])(?P<fest>{_FEST_NAMES})"
    rf"(?:(?<=[“\"]..)(?=[”\"](?!红旗|奖章|青年奖章|标兵))|(?={_FEST_AFTER}))"
)

# Every branch starts with one of the characters of its own set: a look-ahead on
# it lets the engine drop a branch at once (cheaper than trying its look-behinds),
# and one on their union skips most positions.
_BRANCH_FIRST = (
    (_NUMERIC, "[12]"),
    (_BACKLIST, "[0-9]"),
    (_CJK, "[截0-9〇零○一二三四五六七八九十元]"),
    (_REL_YEAR, "[今全过去前明本当同上下次翌]"),
    (_REL_HALF, "[上下第前一二三四1-4]"),
    (_REL_MONTH, "[本上下这当同次]"),
    (_REL_DAY, "[今昨前明当次翌同]"),
    (_REL_YM, "[年月]"),
    (_VAGUE, "[近日前不此目如当眼现]"),
    (_DECADE, "[上本0-9一二三四五六七八九十]"),
    (_DOTDATE, "[1-9]"),
    (_FESTIVAL, "[七八五六三十]"),
)
# Each branch is wrapped in a group of its own: it closes last, so `lastgroup`
# names the branch that matched (one look-up instead of a chain of group tests).
_BRANCH_NAMES = ("b_num", "b_bl", "b_cjk", "b_ry", "b_half", "b_rm", "b_rd", "b_ya", "b_vague", "b_dec", "b_dot", "b_fest")
_FIRST = "[0-9〇零○一二三四五六七八九十两今去前明本当同上下次翌截近日目如现眼第年月昨这不此全过元]"
_PATTERN = (
    f"(?={_FIRST})(?:"
    + "|".join(f"(?={first})(?P<{name}>{p})" for (p, first), name in zip(_BRANCH_FIRST, _BRANCH_NAMES))
    + ")"
)
# The scan runs on the standard library's engine, faster than `regex` on this
# pattern; `regex` (same pattern, same match at the same place)
# is asked again only for a list (3、4月, 8月4日、8日), whose every piece it keeps.
_DATE_RE = re.compile(_PATTERN)
_DATE_RX = regex.compile(_PATTERN)

_TIME_RE = re.compile(
    rf"(?P<ampm>{_AMPM})?(?:(?P<h>{_H})[时点](?:(?P<mi>{_MI})分|(?P<half>半))?|(?P<h2>[012]?\d):(?P<mi2>[0-5]\d))?"
)
_DAY_TIME_RE = re.compile(rf"(?P<d>{_D})[日号](?P<t>{_TIME})?")
_PM = {"下午", "晚上", "傍晚", "夜间", "晚间", "夜里", "晚"}
_AMPM_WORDS = ("上午", "下午", "中午", "晚", "凌晨", "早", "傍晚", "夜")

_YEAR_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1, "下一年": 1}
_DAY_OFFSET = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1}
_MONTH_OFFSET = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@lru_cache(maxsize=1024)
def _num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "元":  # 元月
        return 1
    return parse_chinese(s)


@lru_cache(maxsize=1024)
def _year(s: str) -> int | None:
    v = _num(s.replace("O", "〇"))  # 二O二一: a letter O typed for 〇
    return v if v is not None and 1900 <= v <= 2099 else None


def _time(s: str | None) -> tuple[int, int] | None:
    """(hour, minute) of a time of day, or None when only 上午/下午 is written."""
    if not s:
        return None
    m = _TIME_RE.fullmatch(s)
    if not m:
        return None
    if m.group("h2"):
        h, mi = int(m.group("h2")), int(m.group("mi2"))
    elif m.group("h"):
        h = _num(m.group("h"))
        mi = 30 if m.group("half") else (_num(m.group("mi")) if m.group("mi") else 0)
        if h is None or mi is None:
            return None
    else:
        return None
    ampm = m.group("ampm")
    if ampm in _PM and h < 12:
        h += 12
    elif ampm == "中午" and h < 3:
        h += 12
    if h > 24 or mi > 59 or (h == 24 and mi):
        return None
    return (h, mi)  # 24时 stays 24:00, the end of that day (ISO 8601)


_SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}


def _ymod(s: str | None) -> tuple[str, str | None]:
    """(granularity, modifier) of what follows a year."""
    if not s or s == "度":
        return "year", None
    if "季度" in s:
        n = _QUARTER.get(s[s.index("季度") - 1]) or _QUARTER[s[s.index("季度") - 2]]  # 前三个季度
        return "quarter", (f"q1-q{n}" if "前" in s else f"q{n}")
    if s == "上半年":
        return "half", "first_half"
    if s == "下半年":
        return "half", "second_half"
    if s[0] in _SEASONS:  # 春季: the year, the season beside it (as a quarter)
        return "year", _SEASONS[s[0]]
    if s.endswith("初"):
        return "year", "early"
    if s == "年中":
        return "year", "mid"
    return "year", "end"  # 底, 末, 年底, 年末


def _mmod(s: str | None) -> str | None:
    if not s or s == "份":
        return None
    if s in ("初", "上旬"):
        return "early"
    if s in ("中旬", "中下旬", "中上旬"):
        return "mid"
    return "end"  # 下旬, 底, 末


def _value(y: int | None, mo: int | None = None, d: int | None = None, hm: tuple[int, int] | None = None) -> str:
    out = f"{y:04d}" if y is not None else "XXXX"
    if mo is not None:
        out += f"-{mo:02d}"
        if d is not None:
            out += f"-{d:02d}"
            if hm is not None:
                out += f"T{hm[0]:02d}:{hm[1]:02d}"
    return out


def _gran(mo, d, hm) -> str:
    if hm is not None:
        return "minute"
    if d is not None:
        return "day"
    if mo is not None:
        return "month"
    return "year"


def _day_ok(y: int | None, mo: int, d: int) -> bool:
    if not 1 <= mo <= 12 or not 1 <= d <= 31:
        return False
    try:
        dt.date(y if y is not None else 2000, mo, d)  # 2000 is a leap year: 2月29日 stays
    except ValueError:
        return False
    return True


# An item, while the document is scanned: a plain list, turned into a DateMention
# only at the end (offsets into the source are looked up once, for the survivors).
_CUR, _S, _E, _VAL, _, _MOD, _REL, _YW, _INF = range(9)  # [4]: granularity


class _Out:
    """Collects mentions for one document.

    `text` is the string being scanned and `off` its offset in the normalised
    text: the whole text, or a piece cut at a line break between two digits.
    Each item is [normalised start of its match, start, end (normalised, later
    source), value, granularity, modifier, relative, year written, year inferred].
    """

    __slots__ = ("items", "text", "off", "cur")

    def __init__(self, text: str):
        self.text = text
        self.off = 0
        self.cur = 0  # normalised start of the match being handled
        self.items: list[list] = []

    def add(self, s: int, e: int, value: str, gran: str, modifier: str | None = None,
            relative: bool = False, year_written: bool = True) -> None:
        off = self.off
        self.items.append([self.cur, s + off, e + off, value, gran, modifier, relative, year_written, False])


def _add_dated(out: _Out, m, start: int, year: int | None, since: str | None,
               pre: str | None, relative: bool = False, p: str = "") -> None:
    """Month / day / modifier part of a CJK match (after the year, if any).

    `p` prefixes the month part's group names; `since` is the name of the group
    holding 以来 when it matched; `pre` is 截至/截止 when written; `relative`
    marks the pieces of a 今年/去年 match.
    """
    text = out.text
    g = m.group
    if g(p + "Mm") is None and g(p + "Dm") is None:  # one month, one day at most
        _add_one(out, m, text, g, start, year, since, pre, relative, p)
        return
    else:  # a list or range: `regex` keeps every piece
        m = _DATE_RX.match(text, m.start())
        g = m.group
        months = [g(p + "M")] + m.captures(p + "Mm")
        m_starts = [start] + m.starts(p + "Mm")
        m_ends = [m.end(p + "M")] + m.ends(p + "Mm")
        more = [_DAY_TIME_RE.fullmatch(x) for x in m.captures(p + "Dm")]
        d_starts = m.starts(p + "Dm")
        d_ends = m.ends(p + "Dm")
    mvals = [_num(x) for x in months]
    if any(v is None or not 1 <= v <= 12 for v in mvals):
        return
    day = g(p + "D")
    mmod = g(p + "mmod")
    if day is None and not mmod and not months[0][0].isdigit() and year is None and not relative:
        return  # a Chinese month alone (一月, 五月) is too often not a date
    base_mod = "since" if since else ("until" if pre else None)
    yw = year is not None and not relative
    # Months before the last of a list or range (3至5月, 3、4月): month only; the
    # first piece keeps the year in its text, later ones start at their number.
    for k in range(len(mvals) - 1):
        out.add(m_starts[k], m_ends[k], _value(year, mvals[k]), "month", base_mod, relative, yw)
    start = m_starts[-1]
    mo = mvals[-1]
    if day is None:
        mod = _mmod(mmod) or base_mod
        out.add(start, m.end(), _value(year, mo), "month", mod, relative, yw)
        return
    dvals = [_num(day)] + [_num(x.group("d")) for x in more]
    if any(v is None or not _day_ok(year, mo, v) for v in dvals):
        return
    t = g(p + "time")
    hm = _time(t)
    d_end = m.end(p + "D")
    if d_end < len(text) and text[d_end] in "日号":
        d_end += 1
    if t:
        d_end = m.end(p + "time")
    if not more and since:
        d_end = m.end(since)
    out.add(start, d_end, _value(year, mo, dvals[0], hm), _gran(mo, dvals[0], hm), base_mod, relative, yw)
    # Later days of a list or range (22日 in 8月21日至22日), each with its own time.
    for k, piece in enumerate(more):
        d = dvals[k + 1]
        t = _time(piece.group("t"))
        e = m.end(since) if (since and k == len(more) - 1) else d_ends[k]
        out.add(d_starts[k], e, _value(year, mo, d, t), _gran(mo, d, t), base_mod, relative, yw)


def _add_one(out: _Out, m, text: str, g, start: int, year: int | None, since: str | None,
             pre: str | None, relative: bool, p: str) -> None:
    """`_add_dated` for the common case, one month and one day at most: no lists built."""
    month = g(p + "M")
    mo = _num(month)
    if mo is None or not 1 <= mo <= 12:
        return
    day = g(p + "D")
    yw = year is not None and not relative
    base_mod = "since" if since else ("until" if pre else None)
    if day is None:
        mmod = g(p + "mmod")
        if not mmod and not month[0].isdigit() and year is None and not relative:
            return  # a Chinese month alone (一月, 五月) is too often not a date
        out.add(start, m.end(), _value(year, mo), "month", _mmod(mmod) or base_mod, relative, yw)
        return
    d = _num(day)
    if d is None or not _day_ok(year, mo, d):
        return
    t = g(p + "time")
    if t:
        hm = _time(t)
        d_end = m.end(p + "time")
    else:
        hm = None
        d_end = m.end(p + "D")
        if d_end < len(text) and text[d_end] in "日号":
            d_end += 1
    if since:
        d_end = m.end(since)
    out.add(start, d_end, _value(year, mo, d, hm), _gran(mo, d, hm), base_mod, relative, yw)


def _handle_cjk(out: _Out, m, ref: dt.date | None, state: list) -> None:
    g = m.group
    pre = g("pre")
    since = "since" if g("since") else None
    start = m.start()
    if g("Y") is None:
        if start == state[0] + 1 and out.text[state[0]] in "至到-—–~～":
            # the end of a range that opened with a relative year: 今年1月至4月
            _add_dated(out, m, start, state[1], since, pre, relative=True, p="a")
        else:
            _add_dated(out, m, start, None, since, pre, p="a")
        return
    if g("Ym") is None:
        year = _year(g("Y"))
        if year is None:
            return
    else:  # a list or range of years (2018、2019年, 2016年至2020年): every piece
        rm = _DATE_RX.match(out.text, start)
        yvals = [_year(y) for y in [rm.group("Y")] + rm.captures("Ym")]
        if any(v is None for v in yvals):
            return
        ystarts = [rm.start("Y")] + rm.starts("Ym")
        yends = [rm.end("Y")] + rm.ends("Ym")
        dec = g("ydec") is not None  # 1950、1960年代: decades
        for k in range(len(yvals) - 1):
            v = f"{yvals[k] // 10}X" if dec else _value(yvals[k])
            out.add(start if k == 0 else ystarts[k], yends[k], v, "year", since)
        start = ystarts[-1]
        year = yvals[-1]
    if g("ydec") is not None:  # 1950年代: 195X
        out.add(start, m.end(), f"{year // 10}X", "year", _DECMOD.get(g("ydecmod") or "") or since)
        return
    if g("M") is None:
        gran, mod = _ymod(g("ymod"))
        if mod is None:
            mod = since or ("until" if pre else None)
        out.add(start, m.end(), _value(year), gran, mod)
        return
    _add_dated(out, m, start, year, since, pre)


def _handle_numeric(out: _Out, m, ref: dt.date | None, state: list) -> None:
    if m.group("nmM") is not None:
        _handle_nummonth(out, m)
        return
    y, mo, d = int(m.group("nY")), int(m.group("nM")), int(m.group("nD"))
    if not _day_ok(y, mo, d):
        return
    hm = None
    t = m.group("nT")
    if t:
        h, mi = t.split(":")
        if int(h) < 24 or t == "24:00":
            hm = (int(h), int(mi))
    out.add(m.start(), m.end(), _value(y, mo, d, hm), _gran(mo, d, hm))


def _handle_nummonth(out: _Out, m) -> None:
    """2021.7—今, 2023.7—2024.7, 2022.3至今: one month or the two ends of a period."""
    g = m.group
    y2 = g("nmY2")
    mod = "since" if (g("nmnow") is not None or (y2 is None and out.text.startswith("以来", m.end()))) else None
    out.add(m.start(), m.end("nmM"), _value(int(g("nY")), int(g("nmM"))), "month", mod)
    if y2 is not None:
        out.add(m.start("nmY2"), m.end(), _value(int(y2), int(g("nmM2"))), "month")


_BL_DAY = re.compile(r"\d{1,2}(?=[日号])")


def _handle_backlist(out: _Out, m, ref: dt.date | None, state: list) -> None:
    mo = int(m.group("blM"))
    y = _year(m.group("blY")) if m.group("blY") else None
    s0 = m.start("bl")
    days = [(s0 + piece.start(), s0 + piece.end() + 1, int(piece.group())) for piece in _BL_DAY.finditer(m.group("bl"))]
    if not all(_day_ok(y, mo, d) for _, _, d in days):
        return
    for s, e, d in days:  # each day with its 日
        out.add(s, e, _value(y, mo, d), "day", None, False, y is not None)


def _shift_month(y: int, mo: int, k: int) -> tuple[int, int]:
    n = y * 12 + (mo - 1) + k
    return n // 12, n % 12 + 1


def _handle_rel_year(out: _Out, m, ref: dt.date | None, state: list) -> None:
    word = m.group("ry")
    off = _YEAR_OFFSET.get(word)
    year = ref.year + off if (ref is not None and off is not None) else None
    since = m.group("rsince")
    if m.group("RM") is not None:
        state[0] = m.end()  # a range may follow: 今年1月至4月
        state[1] = year
        _add_dated(out, m, m.start(), year, "rsince" if since else None, None, relative=True, p="R")
        return
    gran, mod = _ymod(m.group("rymod"))
    if mod is None and since:
        mod = "since"
    value = _value(year)
    if year is None and gran == "half":
        value = "XXXX-H1" if mod == "first_half" else "XXXX-H2"
    elif year is None and gran == "quarter" and "-" not in mod:
        value = f"XXXX-Q{mod[1]}"
    out.add(m.start(), m.end(), value, gran, mod, True)


def _handle_half(out: _Out, m, ref: dt.date | None, state: list) -> None:
    gran, mod = _ymod(m.group("half").lstrip("第") if "季度" not in m.group("half") else m.group("half"))
    if ref is not None:
        value = _value(ref.year)
    elif gran == "half":
        value = "XXXX-H1" if mod == "first_half" else "XXXX-H2"
    elif "-" in mod:  # 前三季度
        value = "XXXX"
    else:
        value = f"XXXX-Q{mod[1]}"
    out.add(m.start(), m.end(), value, gran, mod, True)


def _handle_rel_month(out: _Out, m, ref: dt.date | None, state: list) -> None:
    off = _MONTH_OFFSET.get(m.group("rm"))
    y = mo = None
    if ref is not None and off is not None:
        y, mo = _shift_month(ref.year, ref.month, off)
    if m.group("rmD") is not None:
        d = _num(m.group("rmD"))
        if d is None or not 1 <= d <= 31 or (mo is not None and not _day_ok(y, mo, d)):
            return
        hm = _time(m.group("rmtime"))
        value = _value(y, mo, d, hm) if mo is not None else f"XXXX-XX-{d:02d}"
        out.add(m.start(), m.end(), value, _gran(1, d, hm), None, True)
        return
    mod = _mmod(m.group("rmmod2"))
    out.add(m.start(), m.end(), _value(y, mo) if mo is not None else "XXXX-XX", "month", mod, True)


def _handle_rel_day(out: _Out, m, ref: dt.date | None, state: list) -> None:
    word = m.group("rd")
    off = _DAY_OFFSET.get(word[0] + "天") if word[1] in "晚夜早晨" else _DAY_OFFSET.get(word)
    t = m.group("rdtime")
    if t and m.group("rdnight") and not t.startswith(_AMPM_WORDS):
        t = "晚" + t  # 当晚8点 -> 20:00
    hm = _time(t)
    if ref is not None and off is not None:
        day = ref + dt.timedelta(days=off)
        value = _value(day.year, day.month, day.day, hm)
    else:
        value = "XXXX-XX-XX" + (f"T{hm[0]:02d}:{hm[1]:02d}" if hm else "")
    out.add(m.start(), m.end(), value, "minute" if hm else "day", None, True)


def _handle_rel_ym(out: _Out, m, ref: dt.date | None, state: list) -> None:
    w = m.group("ya")
    mod = "early" if w.endswith("初") else "end"
    if w == "年内":
        mod = None
    if w.startswith("年"):
        value = _value(ref.year) if ref is not None else "XXXX"
        out.add(m.start(), m.end(), value, "year", mod, True)
    else:
        value = _value(ref.year, ref.month) if ref is not None else "XXXX-XX"
        out.add(m.start(), m.end(), value, "month", mod, True)


# A vague word keeps the granularity it speaks of: 近年来 is a span of years,
# 近期 of weeks or months, 近日 and 日前 a day or so back, 目前 today, 如今 these years.
_VAGUE_GRAN = {
    "近年来": "year", "近些年来": "year", "近些年": "year", "近几年来": "year", "近几年": "year", "近年": "year",
    "近日": "day", "日前": "day", "前不久": "day", "不久前": "day", "此前": "day",
    "近期": "month", "近来": "month",
    "目前": "day", "当前": "day", "眼下": "day", "当下": "day",
    "如今": "year", "现今": "year", "现阶段": "year",
}


def _handle_vague(out: _Out, m, ref: dt.date | None, state: list) -> None:
    past = m.group("past")
    word = past or m.group("present")
    out.add(m.start(), m.end(), "PAST_REF" if past else "PRESENT_REF", _VAGUE_GRAN[word], None, True)


_CENTURY = {"上世纪": 19, "上个世纪": 19, "20世纪": 19, "二十世纪": 19, "19世纪": 18, "十九世纪": 18, "本世纪": 20}
_DECMOD = {"初": "early", "初期": "early", "中期": "mid", "中后期": "mid", "末": "end", "末期": "end"}


def _handle_decade(out: _Out, m, ref: dt.date | None, state: list) -> None:
    cent = _CENTURY.get(m.group("cent") or "")
    dec = m.group("dec")
    tens = [int(dec[0])] if dec[0].isdigit() else [_num(c) for c in dec[:-1]]  # 五六十年代: 5, 6
    if cent is None and tens[0] < 3:
        return  # 20年代: which century?
    cent = cent or 19
    mod = _DECMOD.get(m.group("decmod") or "")
    for t in tens:
        out.add(m.start(), m.end(), f"{cent:02d}{t}X", "year", mod)


def _handle_dotdate(out: _Out, m, ref: dt.date | None, state: list) -> None:
    mo, d = int(m.group("dtM")), int(m.group("dtD"))
    if _day_ok(None, mo, d):
        out.add(m.start(), m.end(), _value(None, mo, d), "day", None, False, False)


def _handle_festival(out: _Out, m, ref: dt.date | None, state: list) -> None:
    """“七一”: a named day; after a relative year (去年“五一”, 今年七一) it is relative too."""
    mo, d = _FEST_DAYS[m.group("fest")]
    s = m.start()
    text = out.text
    q = s - 1 if s and text[s - 1] in "“\"" else s  # 去年“五一”: the quote is not taken
    rel = q >= 2 and text[q - 2:q] in _REL_YEAR_WORDS
    out.add(s, m.end(), _value(None, mo, d), "day", None, rel, False)


_REL_YEAR_WORDS = frozenset(("今年", "去年", "明年", "前年", "本年", "当年", "同年", "次年"))


# A blank line in the source: a paragraph ends there (the normaliser keeps no gap
# for the one between two digits, `浏览次数：2,417\n\n5月16日`, so read the source).
_BLANK_LINE = re.compile(r"(?:\r\n|\n|\r)[^\S\r\n]*(?:\r\n|\n|\r)")


def _infer_years(source: str, items: list[list]) -> None:
    """Give a yearless date the year of an explicit dated month before it in its paragraph.

    Then the same day written without a year elsewhere in the report (5月31日 in the
    lead, 5月31日下午 in the story) is the same day and takes the same year, unless
    the report gives that month and day more than one year.
    `items` carry source offsets by now.
    """
    anchor: tuple[int, int, int] | None = None  # (source end, year, month)
    inferred = False
    for it in items:
        if it[_REL]:
            anchor = None
            continue
        v = it[_VAL]
        if anchor is not None and _BLANK_LINE.search(source, anchor[0], it[_S]):
            anchor = None
        if it[_YW] and v[:4].isdigit():
            if len(v) >= 7 and v[5:7].isdigit():
                anchor = (it[_E], int(v[:4]), int(v[5:7]))
            else:
                anchor = None
            continue
        if anchor is not None and v.startswith("XXXX-") and v[5:7].isdigit():
            mo = int(v[5:7])
            if mo >= anchor[2]:
                if len(v) >= 10 and not _day_ok(anchor[1], mo, int(v[8:10])):
                    continue
                it[_VAL] = f"{anchor[1]:04d}" + v[4:]
                it[_INF] = True
                inferred = True
                anchor = (it[_E], anchor[1], mo)
    if inferred:
        _same_day_same_year(items)


def _same_day_same_year(items: list[list]) -> None:
    """A yearless day takes the year inferred for the same month and day elsewhere in the report.

    Only an inferred year is passed on: a day the report writes with its year
    (2022年4月6日) and also without (4月6日21时许) stays two mentions, as written.
    A month and day given two different years, written or inferred, is left alone.
    """
    years: dict[str, str | None] = {}  # "-05-31" -> "2022", or None when two years are given
    written: dict[str, str] = {}
    for it in items:
        v = it[_VAL]
        if not it[_REL] and len(v) >= 10 and v[:4].isdigit() and v[8:10].isdigit():
            key = v[4:10]
            if not it[_INF]:
                written.setdefault(key, v[:4])
                if written[key] != v[:4]:
                    years[key] = None
            elif years.setdefault(key, v[:4]) != v[:4]:
                years[key] = None
    for key, y in years.items():
        if y is not None and written.get(key, y) != y:
            years[key] = None
    for it in items:
        v = it[_VAL]
        if not it[_REL] and v.startswith("XXXX-") and len(v) >= 10 and v[8:10].isdigit():
            y = years.get(v[4:10])
            if y is not None:
                it[_VAL] = y + v[4:]
                it[_INF] = True


_SINCE_AFTER = re.compile(r"起|开始|至今")

_HANDLERS = {
    "b_num": _handle_numeric,
    "b_bl": _handle_backlist,
    "b_cjk": _handle_cjk,
    "b_ry": _handle_rel_year,
    "b_half": _handle_half,
    "b_rm": _handle_rel_month,
    "b_rd": _handle_rel_day,
    "b_ya": _handle_rel_ym,
    "b_vague": _handle_vague,
    "b_dec": _handle_decade,
    "b_dot": _handle_dotdate,
    "b_fest": _handle_festival,
}
assert set(_HANDLERS) == set(_BRANCH_NAMES)

_DIGITS = frozenset("0123456789")
_DIGITS_POINT = frozenset("0123456789.")
_WINDOW = 48  # enough for the longest date expression


def _handle(out: _Out, m, ref_date: dt.date | None, state: list) -> None:
    """Turn one match into mentions; `state` is [end, year] of the last 今年1月-like match."""
    items = out.items
    before = len(items)
    branch = m.lastgroup
    _HANDLERS[branch](out, m, ref_date, state)
    _since_after(out.text, m.end(), items, before, branch)


def _since_after(text: str, e: int, items: list[list], before: int, branch: str) -> None:
    """3月30日起, 2021年4月至今: since (a vague word takes no modifier)."""
    if (e < len(text) and text[e] in "起开至" and len(items) > before and branch != "b_vague"
            and _SINCE_AFTER.match(text, e) and items[-1][_MOD] is None):
        items[-1][_MOD] = "since"


def _digit_breaks(out: _Out, doc: NormText, spans: list[tuple[int, int]], ref_date: dt.date | None) -> None:
    """Dates on either side of a line break that the normaliser closed between two digits.

    The normaliser joins `2\n023年` into one number (a PDF wrap); but the same join
    glues a date to a number on the next line (`2023-05-12\n3 往期回顾`,
    `截至2023年5月31日\n2 公示`), and then neither matches. A break that no date
    spans is a boundary: the text just before it and just after it are scanned alone.
    """
    text = doc.text
    n = len(text)
    breaks = [
        gap for gap, kind in doc.gaps.items()
        if kind != SPACE and 0 < gap < n and text[gap] in _DIGITS and text[gap - 1] in _DIGITS
    ]
    if not breaks:
        return
    ends = [e for _, e in spans]
    starts = {s for s, _ in spans}
    for gap in breaks:
        k = bisect.bisect_left(ends, gap)  # first match ending at or after the break
        if k < len(spans) and spans[k][0] < gap < spans[k][1]:
            continue  # a date runs through it: a wrap inside that date
        if k == len(spans) or ends[k] != gap:  # nothing ends here yet: a date just before?
            lo = max(ends[k - 1] if k else 0, gap - _WINDOW)
            piece = text[lo:gap]
            out.text, out.off = piece, lo
            for m in _DATE_RE.finditer(piece):
                if m.end() == len(piece):
                    out.cur = lo + m.start()
                    _handle(out, m, ref_date, [-2, None])
        if gap not in starts:  # a date just after?
            piece = text[gap:gap + _WINDOW]
            m = _DATE_RE.match(piece)
            if m:
                out.text, out.off, out.cur = piece, gap, gap
                _handle(out, m, ref_date, [-2, None])
    out.text, out.off = text, 0


# A point after anything but a digit is a full stop (GB bulletins and PDF copies
# type 。 as `.`: 突击队3支.1月29日), not a decimal point (1.5月); the pattern's
# look-behinds refuse every point, so the text after a full stop is read alone.
_FULL_STOP = re.compile(r"\.(?=[0-9〇零○一二三四五六七八九十元])")  # and no digit or point before it


def _after_full_stops(out: _Out, text: str, spans: list[tuple[int, int]], ref_date: dt.date | None) -> None:
    """Dates that start right after a full stop typed as `.`."""
    starts = None
    for fs in _FULL_STOP.finditer(text):
        p = fs.end()
        if p > 1 and text[p - 2] in _DIGITS_POINT:
            continue
        piece = text[p:p + _WINDOW]
        m = _DATE_RE.match(piece)
        if m is None:
            continue
        if starts is None:
            starts = [s for s, _ in spans]
        k = bisect.bisect_left(starts, p)
        if k < len(starts) and starts[k] < p + m.end():
            continue  # read already, in part
        out.text, out.off, out.cur = piece, p, p
        _handle(out, m, ref_date, [-2, None])
    out.text, out.off = text, 0


def extract(doc: NormText, ref_date: dt.date | None = None) -> list[DateMention]:
    """Every date mention of the report, in text order."""
    text = doc.text
    out = _Out(text)
    spans: list[tuple[int, int]] = []
    state: list = [-2, None]
    items = out.items
    handlers = _HANDLERS
    n_text = len(text)
    for m in _DATE_RE.finditer(text):  # _handle, inlined: one call less per match
        span = m.span()
        spans.append(span)
        out.cur = span[0]
        before = len(items)
        branch = m.lastgroup
        handlers[branch](out, m, ref_date, state)
        e = span[1]
        if e < n_text and text[e] in "起开至":
            _since_after(text, e, items, before, branch)
    n = len(items)
    if doc.gaps:
        _digit_breaks(out, doc, spans, ref_date)
    if "." in text:
        _after_full_stops(out, text, spans, ref_date)
    if len(items) > n:
        items.sort(key=lambda it: (it[_CUR], it[_S]))
    # Source offsets (NormText.src, inlined: two look-ups per item, no call)
    seg_norm, seg_src = doc._seg_norm, doc._seg_src
    br = bisect.bisect_right
    for it in items:
        i = it[_S]
        k = br(seg_norm, i) - 1
        it[_S] = seg_src[k] + i - seg_norm[k]
        i = it[_E] - 1
        k = br(seg_norm, i) - 1
        it[_E] = seg_src[k] + i - seg_norm[k] + 1
    source = doc.source
    _infer_years(source, items)
    # The model's own validator, called on a dict: what DateMention(**kw) does,
    # without the keyword-argument detour (a quarter less per mention).
    make = _MAKE_MENTION
    return [
        make({
            "text": source[s:e], "start": s, "end": e, "value": value, "granularity": gran,
            "modifier": mod, "relative": rel, "year_inferred": inf,
        })
        for _, s, e, value, gran, mod, rel, _, inf in items
    ]


_MAKE_MENTION = DateMention.__pydantic_validator__.validate_python
