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
(2021年3月 ... 6月2日 -> 2021-06-02, `year_inferred`); never from the clock.

Speed: every branch starts with one of the characters in `_FIRST`; a
look-ahead on that set lets the scan skip most positions (a test checks that it
drops no match).

The examples that every rule must pass (and the near-misses it must not fire
on) are in `dates_examples.py`.
"""

from __future__ import annotations

import bisect
import datetime as dt

import regex

from ..models import DateMention
from ..normalize import SPACE, NormText
from ..numbers import parse_chinese

# --------------------------------------------------------------------------
# Pattern pieces
# --------------------------------------------------------------------------

_CN_DIG = "〇零○一二三四五六七八九"
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
_YMOD = rf"(?:年{_EARLY}|{_EARLY}|上半年|下半年|年中|年底|底|年末|末(?![端尾梢])|度?{_QTR}|度)"

# month, with its day(s) or a month modifier; used after a year and alone.
_MONTHPART = (
    rf"(?P<M>{_M})(?:{_SEP}(?P<Mm>{_M}))*月(?![龄薪])"
    rf"(?:(?P<D>{_D})(?:{_DSUF}|(?={_RSEP}{_D}{_DSUF}))"
    rf"(?P<time>{_TIME})?(?:{_SEP}(?P<Dm>{_D}{_DSUF}(?:{_TIME})?))*"
    rf"|(?P<mmod>{_MMOD}))?"
)
# not a year: 长达2000年的历史, 近2000年
_YEARPART = rf"(?<![近约逾超达])(?P<Y>{_YR})(?:{_SEP}(?P<Ym>{_YR}))*年(?![龄级纪]|的?历史)"

_NUMERIC = (
    r"(?<![\d.\-/])(?P<nY>(?:19|20)\d{2})(?P<ns>[.\-/])(?P<nM>1[0-2]|0?[1-9])(?P=ns)"
    r"(?P<nD>3[01]|[12]\d|0?[1-9])(?!\d)(?!\.\d)"
    r"(?:\s?(?P<nT>[012]?\d:[0-5]\d)(?::[0-5]\d)?)?"
)
_BACKLIST = (
    r"(?<![\d.月年])(?P<bl>\d{1,2}[日号](?:、\d{1,2}[日号])*)、"
    rf"(?=(?:(?P<blY>{_YR})年)?(?P<blM>1[0-2]|0?[1-9])月\d{{1,2}}[日号])"
)
_CJK = (
    r"(?P<pre>截至到?|截止到|截止至|截止)?"
    rf"(?:{_YEARPART}(?:{_MONTHPART}|(?P<ymod>{_YMOD}))?"
    rf"|(?<![\d.年每第个月〇零○一二三四五六七八九十百千万两])(?<!农历|阴历|夏历|旧历){_MONTHPART})"
    r"(?P<since>以来)?"
)
_REL_YEAR = (
    r"(?P<ry>今年|全年|过去的?一年|去年|前年|明年|本年|(?<!相)当年|(?<!不)同年|上一年|下一年|上年|次年|翌年)(?![龄纪级轻])"
    rf"(?:{_MONTHPART}|(?P<rymod>{_YMOD}))?(?P<rsince>以来)?"
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
)
_BRANCHES = tuple(p for p, _ in _BRANCH_FIRST)
_FIRST = "[0-9〇零○一二三四五六七八九十两今去前明本当同上下次翌截近日目如现眼第年月昨这不此全过元]"
_DATE_RE = regex.compile(
    f"(?={_FIRST})(?:" + "|".join(f"(?={first})(?:{p})" for p, first in _BRANCH_FIRST) + ")"
)

_TIME_RE = regex.compile(
    rf"(?P<ampm>{_AMPM})?(?:(?P<h>{_H})[时点](?:(?P<mi>{_MI})分|(?P<half>半))?|(?P<h2>[012]?\d):(?P<mi2>[0-5]\d))?"
)
_DAY_TIME_RE = regex.compile(rf"(?P<d>{_D})[日号](?P<t>{_TIME})?")
_PM = {"下午", "晚上", "傍晚", "夜间", "晚间", "夜里", "晚"}
_AMPM_WORDS = ("上午", "下午", "中午", "晚", "凌晨", "早", "傍晚", "夜")

_YEAR_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1, "下一年": 1}
_DAY_OFFSET = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1}
_MONTH_OFFSET = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "元":  # 元月
        return 1
    return parse_chinese(s)


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


class _Out:
    """Collects mentions for one document.

    `text` is the string being scanned and `off` its offset in the normalised
    text: the whole text, or a piece cut at a line break between two digits.
    """

    __slots__ = ("doc", "items", "text", "off", "starts", "cur")

    def __init__(self, doc: NormText):
        self.doc = doc
        self.text = doc.text
        self.off = 0
        self.cur = 0  # normalised start of the match being handled
        self.items: list[tuple[DateMention, bool]] = []  # (mention, year written)
        self.starts: list[int] = []  # normalised start of the match behind each item

    def add(self, s: int, e: int, value: str, gran: str, modifier: str | None = None,
            relative: bool = False, year_written: bool = True) -> None:
        span = self.doc.span(s + self.off, e + self.off)
        self.items.append((
            DateMention(
                text=span.text, start=span.start, end=span.end, value=value,
                granularity=gran, modifier=modifier, relative=relative,
            ),
            year_written,
        ))
        self.starts.append(self.cur)


def _add_dated(out: _Out, m, start: int, year: int | None, since: str | None,
               pre: str | None, relative: bool = False) -> None:
    """Month / day / modifier part of a CJK match (after the year, if any).

    `since` is the name of the group holding 以来 when it matched; `pre` is
    截至/截止 when written; `relative` marks the pieces of a 今年/去年 match.
    """
    text = out.text
    months = [m.group("M")] + m.captures("Mm")
    m_ends = [m.end("M")] + m.ends("Mm")
    mvals = [_num(x) for x in months]
    if any(v is None or not 1 <= v <= 12 for v in mvals):
        return
    has_day = m.group("D") is not None
    if not has_day and not m.group("mmod") and not months[0][0].isdigit() and year is None and not relative:
        return  # a Chinese month alone (一月, 五月) is too often not a date
    base_mod = "since" if since else ("until" if pre else None)
    yw = year is not None and not relative
    # Months before the last of a list or range (3至5月, 3、4月): month only; the
    # first piece keeps the year in its text, later ones start at their number.
    m_starts = [start] + m.starts("Mm")
    for mo, s, e in zip(mvals[:-1], m_starts[:-1], m_ends[:-1]):
        out.add(s, e, _value(year, mo), "month", base_mod, relative, yw)
    start = m_starts[-1]
    mo = mvals[-1]
    if not has_day:
        mod = _mmod(m.group("mmod")) or base_mod
        out.add(start, m.end(), _value(year, mo), "month", mod, relative, yw)
        return
    more = [_DAY_TIME_RE.fullmatch(x) for x in m.captures("Dm")]
    dvals = [_num(m.group("D"))] + [_num(x.group("d")) for x in more]
    if any(v is None or not _day_ok(year, mo, v) for v in dvals):
        return
    hm = _time(m.group("time"))
    d_end = m.end("D")
    if d_end < len(text) and text[d_end] in "日号":
        d_end += 1
    if m.group("time"):
        d_end = m.end("time")
    if len(dvals) == 1 and since:
        d_end = m.end(since)
    out.add(start, d_end, _value(year, mo, dvals[0], hm), _gran(mo, dvals[0], hm), base_mod, relative, yw)
    # Later days of a list or range (22日 in 8月21日至22日), each with its own time.
    for k, (d, piece) in enumerate(zip(dvals[1:], more)):
        t = _time(piece.group("t"))
        s = m.starts("Dm")[k]
        e = m.end(since) if (since and k == len(more) - 1) else m.ends("Dm")[k]
        out.add(s, e, _value(year, mo, d, t), _gran(mo, d, t), base_mod, relative, yw)


def _handle_cjk(out: _Out, m) -> None:
    pre = m.group("pre")
    since = m.group("since")
    start = m.start()
    year = None
    if m.group("Y") is not None:
        years = [m.group("Y")] + m.captures("Ym")
        yvals = [_year(y) for y in years]
        if any(v is None for v in yvals):
            return
        ystarts = [m.start("Y")] + m.starts("Ym")
        yends = [m.end("Y")] + m.ends("Ym")
        for k, yv in enumerate(yvals[:-1]):
            out.add(start if k == 0 else ystarts[k], yends[k], _value(yv), "year", "since" if since else None)
        if len(yvals) > 1:
            start = ystarts[-1]
        year = yvals[-1]
        if m.group("M") is None:
            gran, mod = _ymod(m.group("ymod"))
            if mod is None:
                mod = "since" if since else ("until" if pre else None)
            out.add(start, m.end(), _value(year), gran, mod)
            return
    _add_dated(out, m, start, year, "since" if since else None, pre)


def _handle_numeric(out: _Out, m) -> None:
    y, mo, d = int(m.group("nY")), int(m.group("nM")), int(m.group("nD"))
    if not _day_ok(y, mo, d):
        return
    hm = None
    if m.group("nT"):
        h, mi = m.group("nT").split(":")
        if int(h) < 24 or m.group("nT") == "24:00":
            hm = (int(h), int(mi))
    out.add(m.start(), m.end(), _value(y, mo, d, hm), _gran(mo, d, hm))


def _handle_backlist(out: _Out, m) -> None:
    mo = int(m.group("blM"))
    y = _year(m.group("blY")) if m.group("blY") else None
    s0 = m.start("bl")
    for piece in regex.finditer(r"\d{1,2}(?=[日号])", m.group("bl")):
        d = int(piece.group())
        if not _day_ok(y, mo, d):
            return
    for piece in regex.finditer(r"\d{1,2}[日号]", m.group("bl")):
        d = int(piece.group()[:-1])
        out.add(s0 + piece.start(), s0 + piece.end(), _value(y, mo, d), "day", None, False, y is not None)


def _shift_month(y: int, mo: int, k: int) -> tuple[int, int]:
    n = y * 12 + (mo - 1) + k
    return n // 12, n % 12 + 1


def _handle_rel_year(out: _Out, m, ref: dt.date | None) -> None:
    word = m.group("ry")
    off = _YEAR_OFFSET.get(word)
    year = ref.year + off if (ref is not None and off is not None) else None
    since = m.group("rsince")
    if m.group("M") is not None:
        _add_dated(out, m, m.start(), year, "rsince" if since else None, None, relative=True)
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


def _handle_half(out: _Out, m, ref: dt.date | None) -> None:
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


def _handle_rel_month(out: _Out, m, ref: dt.date | None) -> None:
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


def _handle_rel_day(out: _Out, m, ref: dt.date | None) -> None:
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


def _handle_rel_ym(out: _Out, m, ref: dt.date | None) -> None:
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


_CENTURY = {"上世纪": 19, "上个世纪": 19, "20世纪": 19, "二十世纪": 19, "19世纪": 18, "十九世纪": 18, "本世纪": 20}
_DECMOD = {"初": "early", "初期": "early", "中期": "mid", "中后期": "mid", "末": "end", "末期": "end"}


def _handle_decade(out: _Out, m) -> None:
    cent = _CENTURY.get(m.group("cent") or "")
    dec = m.group("dec")
    tens = [int(dec[0])] if dec[0].isdigit() else [_num(c) for c in dec[:-1]]  # 五六十年代: 5, 6
    if cent is None and tens[0] < 3:
        return  # 20年代: which century?
    cent = cent or 19
    mod = _DECMOD.get(m.group("decmod") or "")
    for t in tens:
        out.add(m.start(), m.end(), f"{cent:02d}{t}X", "year", mod)


def _handle_dotdate(out: _Out, m) -> None:
    mo, d = int(m.group("dtM")), int(m.group("dtD"))
    if _day_ok(None, mo, d):
        out.add(m.start(), m.end(), _value(None, mo, d), "day", None, False, False)


# A blank line in the source: a paragraph ends there (the normaliser keeps no gap
# for the one between two digits, `浏览次数：2,417\n\n5月16日`, so read the source).
_BLANK_LINE = regex.compile(r"(?:\r\n|\n|\r)[^\S\r\n]*(?:\r\n|\n|\r)")


def _infer_years(doc: NormText, items: list[tuple[DateMention, bool]]) -> None:
    """Give a yearless date the year of an explicit dated month before it in its paragraph."""
    source = doc.source
    anchor: tuple[int, int, int] | None = None  # (source end, year, month)
    for mention, year_written in items:
        v = mention.value
        if mention.relative:
            anchor = None
            continue
        if anchor is not None and _BLANK_LINE.search(source, anchor[0], mention.start):
            anchor = None
        if year_written and v[:4].isdigit():
            if len(v) >= 7 and v[5:7].isdigit():
                anchor = (mention.end, int(v[:4]), int(v[5:7]))
            else:
                anchor = None
            continue
        if v.startswith("XXXX-") and v[5:7].isdigit() and anchor is not None:
            mo = int(v[5:7])
            if mo >= anchor[2]:
                if len(v) >= 10 and not _day_ok(anchor[1], mo, int(v[8:10])):
                    continue
                mention.value = f"{anchor[1]:04d}" + v[4:]
                mention.year_inferred = True
                anchor = (mention.end, anchor[1], mo)


_SINCE_AFTER = regex.compile(r"起|开始|至今")


_DIGITS = frozenset("0123456789")
_WINDOW = 48  # enough for the longest date expression


def _handle(out: _Out, m, ref_date: dt.date | None, state: list) -> None:
    """Turn one match into mentions; `state` is [end, year] of the last 今年1月-like match."""
    g = m.group
    text = out.text
    before = len(out.items)
    vague = False
    if g("nY") is not None:
        _handle_numeric(out, m)
    elif g("bl") is not None:
        _handle_backlist(out, m)
    elif g("ry") is not None:
        _handle_rel_year(out, m, ref_date)
        if g("M") is not None:
            off = _YEAR_OFFSET.get(g("ry"))
            state[0] = m.end()
            state[1] = ref_date.year + off if (ref_date is not None and off is not None) else None
    elif g("M") is not None and g("Y") is None and m.start() == state[0] + 1 and text[state[0]] in "至到-—–~～":
        # the end of a range that opened with a relative year: 今年1月至4月
        _add_dated(out, m, m.start(), state[1], "since" if g("since") else None, g("pre"), relative=True)
    elif g("Y") is not None or g("M") is not None:
        _handle_cjk(out, m)
    elif g("half") is not None:
        _handle_half(out, m, ref_date)
    elif g("rm") is not None:
        _handle_rel_month(out, m, ref_date)
    elif g("rd") is not None:
        _handle_rel_day(out, m, ref_date)
    elif g("ya") is not None:
        _handle_rel_ym(out, m, ref_date)
    elif g("dec") is not None:
        _handle_decade(out, m)
    elif g("dtM") is not None:
        _handle_dotdate(out, m)
    elif g("past") is not None:
        out.add(m.start(), m.end(), "PAST_REF", "day", None, True)
        vague = True
    else:
        out.add(m.start(), m.end(), "PRESENT_REF", "day", None, True)
        vague = True
    if not vague and len(out.items) > before:
        last = out.items[-1][0]
        if last.modifier is None and _SINCE_AFTER.match(text, m.end()):
            last.modifier = "since"


def _digit_breaks(out: _Out, doc: NormText, spans: list[tuple[int, int]], ref_date: dt.date | None) -> None:
    """Dates on either side of a line break that the normaliser closed between two digits.

    The normaliser joins `2\n023年` into one number (a PDF wrap); but the same join
    glues a date to a number on the next line (`2023-05-12\n3 往期回顾`,
    `浏览次数：2,417\n\n5月16日`), and then neither matches. A break that no date
    spans is a boundary: the text just before it and just after it are scanned alone.
    """
    text = doc.text
    ends = [e for _, e in spans]
    starts = {s for s, _ in spans}
    for gap, kind in doc.gaps.items():
        if kind == SPACE or not 0 < gap < len(text) or text[gap - 1] not in _DIGITS or text[gap] not in _DIGITS:
            continue
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


def extract(doc: NormText, ref_date: dt.date | None = None) -> list[DateMention]:
    """Every date mention of the report, in text order."""
    out = _Out(doc)
    spans: list[tuple[int, int]] = []
    state: list = [-2, None]
    for m in _DATE_RE.finditer(doc.text):
        spans.append(m.span())
        out.cur = m.start()
        _handle(out, m, ref_date, state)
    if doc.gaps:
        n = len(out.items)
        _digit_breaks(out, doc, spans, ref_date)
        if len(out.items) > n:
            order = sorted(range(len(out.items)), key=lambda i: (out.starts[i], out.items[i][0].start))
            out.items = [out.items[i] for i in order]
            out.starts = [out.starts[i] for i in order]
    _infer_years(doc, out.items)
    return [mention for mention, _ in out.items]
