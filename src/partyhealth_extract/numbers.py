"""Numbers as Chinese reports write them.

`parse_number` turns the number part of a mention into a value:

    1300 -> 1300          1,300 / 26 800 -> 1300 / 26800
    22.5万 -> 225000      947.7万 -> 9477000       1.2亿 -> 120000000
    二十三 -> 23          三百零五 -> 305          一万零四十 -> 10040
    十万 -> 100000        百万 -> 1000000          两千五 -> 2500
    二〇二一 -> 2021 (digit by digit, as years are written)
    1万2千 -> 12000       1万2000 -> 12000         3亿5000万 -> 350000000

Approximation words (余, 多, 近 ...) are not part of the number: the counts
extractor strips them and records them separately (`quantity_value` gives the
value of what is left). The counts extractor's pattern is built from the
fragments below (`QUANTITY_HEAD`, `APPROX_AFTER`), and `parse_quantity` reads
a quantity with the same fragments, so the tests of this module test the
numbers the counts extractor finds. The dates extractor reads Chinese
numerals with `parse_chinese`.

A figure of more than `MAX_DIGITS` significant digits (a table row run
together, a serial number) is no quantity: the parsers return None for it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "两": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
MULTIPLIERS = {**CN_UNITS, **CN_BIG}

# Pattern fragments (strings, to be embedded in larger compiled patterns).
# Each number fragment is anchored on its left: it cannot start right after a digit (or a
# digit and a separator), nor a Chinese numeral right after another. Without the anchor a
# search tries every position of a long run (a table row of 20,000 digits, 4,000 numerals)
# and each try reads to the run's end: quadratic time. A number inside a run is found from
# the run's start anyway (a shorter number ends where a longer one may stop).
# An Arabic number, loosely: 1300, 1,300, 26 800 (a layout space between thousands), 2 0
# (a line broken inside the number), 22.5. The separators are judged afterwards by whoever
# embeds it (`220，218` is two numbers).
ARABIC = r"(?<!\d)(?<!\d[ ,])\d+(?:[ ,]\d+)*(?:\.\d+)?"
_CN_CHARS = "零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
# A run of Chinese numerals, including 万/亿 inside it (一万零四十, 二十三).
CHINESE = rf"(?<![{_CN_CHARS}])[{_CN_CHARS}]+"
# Arabic digits between Chinese units, as in speech: 1万2千, 1万2000, 3亿5000万.
MIXED = r"(?<!\d)\d+[万亿]\d+[千百十万]?"
# More significant digits than any count or sum in a report holds.
MAX_DIGITS = 12
# And no sum reaches 10^15 (万亿亿 ...).
_MAX_VALUE = 10**15

_ARABIC_MULT_RE = regex.compile(r"(\d+(?:[,\s]\d{3})*(?:\.\d+)?)([十百千万亿]*)")
_CHINESE_RE = regex.compile(CHINESE)
_SEPARATORS = regex.compile(r"[,\s]")
_MIXED_RE = regex.compile(MIXED)
_MIXED_TOKENS = regex.compile(r"\d+|[十百千万亿]")


def _tidy(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_chinese(text: str) -> int | None:
    """Value of a run of Chinese numerals, or None when it is not one."""
    if not text or len(text) > 3 * MAX_DIGITS or not _CHINESE_RE.fullmatch(text):
        return None
    if all(c in CN_DIGITS for c in text):
        if len(text) == 1:
            return CN_DIGITS[text]
        # Written digit by digit: 二〇二一 -> 2021.
        if len(text) > MAX_DIGITS:
            return None
        return int("".join(str(CN_DIGITS[c]) for c in text))
    total = 0      # everything above the current 万/亿 section
    section = 0    # the current section below 万
    number = 0     # the digit waiting for its unit
    last_unit = 1  # the last unit seen, for 两千五 (= 2500)
    for c in text:
        if c in CN_DIGITS:
            number = CN_DIGITS[c]
        elif c in CN_UNITS:
            last_unit = CN_UNITS[c]
            section += (number or 1) * last_unit  # 十 alone is 10
            number = 0
        elif c == "万":
            total += (section + number) * 10_000 or 10_000
            section = number = 0
            last_unit = 10_000
        else:  # 亿
            total = ((total + section + number) or 1) * 100_000_000
            section = number = 0
            last_unit = 100_000_000
    if number and last_unit >= 100 and text[-2] in MULTIPLIERS:
        # 两千五 -> 2500, 三万五 -> 35000: a digit right after a unit is worth the next unit down.
        number *= last_unit // 10
    return total + section + number


def parse_mixed(text: str) -> int | None:
    """Value of Arabic digits between Chinese units (1万2千 -> 12000), or None."""
    if len(text) > 2 * MAX_DIGITS or not _MIXED_RE.fullmatch(text):
        return None
    total = section = number = 0
    last_unit = 1
    for tok in _MIXED_TOKENS.findall(text):
        if tok[0].isdigit():
            number = int(tok)
        elif tok in CN_UNITS:
            last_unit = CN_UNITS[tok]
            section += number * last_unit
            number = 0
        else:  # 万 / 亿
            total = (total + section + number) * CN_BIG[tok] if tok == "亿" else total + (section + number) * CN_BIG[tok]
            section = number = 0
            last_unit = CN_BIG[tok]
    if number and text[-1].isdigit() and number < 10 and last_unit >= 100:
        number *= last_unit // 10  # 3万5 -> 35000, as 三万五
    return total + section + number


def parse_number(text: str) -> int | float | None:
    """Value of a number as written (Arabic, Chinese or mixed), or None."""
    text = text.strip()
    if not text:
        return None
    if (v := parse_mixed(text)) is not None:
        return v
    m = _ARABIC_MULT_RE.fullmatch(text)
    if m:
        digits = _SEPARATORS.sub("", m.group(1))
        if _absurd(digits):
            return None
        try:
            value = Decimal(digits)
        except InvalidOperation:
            return None
        for c in m.group(2):
            value *= MULTIPLIERS[c]
        return _tidy(value) if value < _MAX_VALUE else None
    return parse_chinese(text)


# ---------------------------------------------------------------------------
# Quantities: a number with the approximation words reports put around it.
#
#   六万多 -> (60000, True)     13万余 -> (130000, True)    百余万 -> (1000000, True)
#   近300万 -> (3000000, True)  上百 -> (100, True)         数十 -> (10, True)
#   十几 -> (10, True)          1300 -> (1300, False)       300以上 -> (300, True)
#
# The value is the number as stated; 余/多/几 inside a number (百余万 = "a
# million and more") do not change it, they only set `approx`.

# 不少于/不低于 (no fewer than) and 突破/超出 (past) bound the figure as 以上 and 超 do.
APPROX_BEFORE = r"(?:将近|接近|大约|超过|不少于|不低于|突破|超出|近|约|超|逾|上(?=[百千万]))"
APPROX_INSIDE = r"(?:余|多|几)"
APPROX_AFTER = r"(?:以上|左右|上下)"
# 数十, 数百, 数千, 数万, 数亿 ("several tens ...") and 几十, 几百: value is the unit, approximate.
SEVERAL = r"(?:[数几][十百千万亿]+)"
# A quantity up to its measure word: approximation before | the number | 余/多 | 万/亿 | 余/多.
# The counts extractor puts its measure word after it, then (?P<after>APPROX_AFTER)?.
QUANTITY_HEAD = (
    rf"(?P<before>{APPROX_BEFORE})?"
    rf"(?P<num>{SEVERAL}|{MIXED}|{ARABIC}|{CHINESE})"
    rf"(?P<a1>{APPROX_INSIDE})?"
    rf"(?P<mult>[十百千万亿]*)"
    rf"(?P<a2>{APPROX_INSIDE})?"
)
_QUANTITY_RE = regex.compile(rf"{QUANTITY_HEAD}(?P<after>{APPROX_AFTER})?")
_SEPARATOR_CHARS = regex.compile(r"[ ,]")


def parse_quantity(text: str) -> tuple[int | float, bool] | None:
    """(value, approx) of a number with its approximation words, or None.

    `text` is the whole quantity as written, e.g. 近300万, 六万多, 百余万, 数十: read
    with the fragments the counts extractor is built from.
    """
    m = _QUANTITY_RE.fullmatch(text.strip())
    if not m:
        return None
    before, num, a1, mult, a2, after = m.group("before", "num", "a1", "mult", "a2", "after")
    value = quantity_value(_SEPARATOR_CHARS.sub("", num), mult)
    if value is None:
        return None
    return value, bool(before or a1 or a2 or after or num[0] in "数几")


def _absurd(digits: str) -> bool:
    """More significant digits than a count holds (leading and trailing zeros aside)."""
    return len(digits) > MAX_DIGITS and (
        len(digits) > 2 * MAX_DIGITS or len(digits.replace(".", "").strip("0")) > MAX_DIGITS
    )


def quantity_value(num: str, mult: str) -> int | float | None:
    """Value of the number part of a quantity already split by QUANTITY_HEAD:
    `num` (Arabic without separators, Chinese, or 数/几 + unit) and the 万/亿 after it.
    None when it is no number or an absurd one (see MAX_DIGITS)."""
    if num.isdigit() and num.isascii():
        if len(num) > MAX_DIGITS and _absurd(num):
            return None
        value = int(num)  # the usual case, exact without Decimal
    elif num[0] in "数几":
        value = parse_chinese(num[1:])
    elif num[0].isdigit() and ("万" in num or "亿" in num):
        value = parse_mixed(num)  # 1万2千
    elif num[0].isdigit():
        # Arabic: let parse_number multiply in Decimal (947.7万 is exactly 9477000).
        return parse_number(num + mult)
    else:
        value = parse_chinese(num)
    if value is None:
        return None
    for c in mult:
        value *= MULTIPLIERS[c]
    return value if value < _MAX_VALUE else None
