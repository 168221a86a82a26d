"""The number module: a corpus of numbers as reports write them, and a
property test that any integer written in Chinese numerals parses back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partyhealth_extract.numbers import (
    MAX_DIGITS, parse_chinese, parse_mixed, parse_number, parse_quantity, quantity_value,
)
from partyhealth_extract.numbers import _QUANTITY_RE


# (as written, value): every one must parse to exactly this value.
NUMBER_CORPUS: list[tuple[str, int | float]] = [
    # Arabic
    ("0", 0), ("7", 7), ("1300", 1300), ("66500", 66500), ("1,300", 1300), ("12,500", 12500),
    ("1,234,567", 1234567), ("26 800", 26800), ("3.5", 3.5), ("93.1", 93.1),
    # Arabic with a Chinese multiplier
    ("22.5万", 225000), ("947.7万", 9477000), ("1.2亿", 120000000), ("1052.2万", 10522000),
    ("1.73万", 17300), ("5千", 5000), ("2千万", 20000000), ("0.5万", 5000), ("13万", 130000),
    ("3.5亿", 350000000), ("12.6万", 126000), ("1.5万", 15000),
    # Chinese numerals
    ("〇", 0), ("零", 0), ("一", 1), ("两", 2), ("十", 10), ("十一", 11), ("一十一", 11),
    ("二十", 20), ("二十三", 23), ("一百", 100), ("百", 100), ("一百零五", 105), ("一百一十", 110),
    ("三百零五", 305), ("九百九十九", 999), ("一千", 1000), ("一千零一十", 1010),
    ("两千五", 2500), ("两千五百", 2500), ("一万", 10000), ("万", 10000), ("十万", 100000),
    ("百万", 1000000), ("千万", 10000000), ("一万零四十", 10040), ("三万五", 35000),
    ("五万三千", 53000), ("十万零五", 100005), ("二十万零三百", 200300), ("一亿", 100000000),
    ("一亿零五万", 100050000), ("五千万", 50000000), ("二十亿", 2000000000),
    ("一万一千", 11000), ("六万", 60000), ("二百四十", 240), ("壹佰贰拾", 120), ("叁仟", 3000),
    # Arabic digits between Chinese units, as people say them
    ("1万2千", 12000), ("1万2000", 12000), ("3亿5000万", 350000000), ("2万5", 25000),
    ("4万3百", 40300),
    # Years are written digit by digit
    ("二〇二一", 2021), ("二零二三", 2023), ("一九九八", 1998),
]

# (as written, value, approx): quantities with the approximation words around them.
QUANTITY_CORPUS: list[tuple[str, int | float, bool]] = [
    ("六万多", 60000, True), ("13万余", 130000, True), ("百余万", 1000000, True),
    ("近300万", 3000000, True), ("上百", 100, True), ("上千", 1000, True), ("上万", 10000, True),
    ("数十", 10, True), ("数百", 100, True), ("数千", 1000, True), ("几十", 10, True),
    ("十几", 10, True), ("十余", 10, True), ("30余", 30, True), ("380余", 380, True),
    ("约50万", 500000, True), ("超过1亿", 100000000, True), ("逾千万", 10000000, True),
    ("将近2000", 2000, True), ("300以上", 300, True), ("6000左右", 6000, True),
    ("二十多万", 200000, True), ("3000余万", 30000000, True), ("0.3万余", 3000, True),
    ("1300", 1300, False), ("22.5万", 225000, False), ("一万零四十", 10040, False),
    ("不少于8", 8, True), ("不低于60", 60, True), ("突破100万", 1000000, True), ("超出5千", 5000, True),
    ("近1万2千", 12000, True), ("1万2千余", 12000, True),
]

# Not numbers at all.
NOT_NUMBERS = ["", "abc", "人", "万余", "1.2.3", "十x"]


@pytest.mark.parametrize("text,value", NUMBER_CORPUS)
def test_number_corpus(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,value,approx", QUANTITY_CORPUS)
def test_quantity_corpus(text, value, approx):
    assert parse_quantity(text) == (value, approx)


@pytest.mark.parametrize("text,value,approx", QUANTITY_CORPUS)
def test_quantity_value_is_the_number_part(text, value, approx):
    # The counts extractor calls quantity_value with the parts its own pattern split off.
    m = _QUANTITY_RE.fullmatch(text)
    assert m is not None
    assert quantity_value(m.group("num").replace(",", "").replace(" ", ""), m.group("mult")) == value


# Absurd figures: more significant digits than any count (a table row run together, a
# serial number) are no number; round ones with many zeros still are.
ABSURD = ["1" * 13, "1234567890123", "9" * 400, "1," + ",".join(["234"] * 6), "一" * 13, "一" * 5000,
          "1" * 30 + "万2", "十" * 200]


@pytest.mark.parametrize("text", ABSURD)
def test_absurd_figures_are_no_number(text):
    assert parse_number(text) is None
    assert parse_quantity(text) is None


def test_the_cap_keeps_real_figures():
    assert parse_number("9" * MAX_DIGITS) == int("9" * MAX_DIGITS)
    assert parse_number("1000000000000") == 10**12  # one significant digit
    assert parse_quantity("5000亿") == (500000000000, False)
    assert parse_chinese("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九") == 10**16 - 1
    assert parse_mixed("3亿5000万") == 350000000


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text):
    assert parse_number(text) is None


def test_values_are_exact_not_float_noise():
    # 947.7 * 10000 in floats is 9477000.000000001; the value must be the exact integer.
    assert parse_quantity("947.7万") == (9477000, False)
    assert isinstance(parse_quantity("947.7万")[0], int)
    assert isinstance(parse_number("1.2亿"), int)


# --- property: Chinese numerals round-trip ------------------------------------

_DIGITS = "零一二三四五六七八九"


def _below_10000(n: int, leading: bool) -> str:
    """0 < n < 10000 in Chinese numerals; `leading`: the first section of the number."""
    out = []
    zero = False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit_value % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        if unit == "十" and d == 1 and not out and leading:
            out.append("十")  # 十五, not 一十五, at the start of the number
        else:
            out.append(_DIGITS[d] + unit)
    return "".join(out)


def to_chinese(n: int) -> str:
    """An integer written in Chinese numerals the way reports write it: 10040 -> 一万零四十."""
    if n == 0:
        return "零"
    parts = []
    sections = []
    rest = n
    for _ in range(3):  # units, 万, 亿 (and 万亿 for the top section)
        sections.append(rest % 10000)
        rest //= 10000
    sections[2] += rest * 10000  # everything above 亿 is in the 亿 section
    units = ["", "万", "亿"]
    need_zero = False
    started = False
    for i in (2, 1, 0):
        sec = sections[i]
        if sec == 0:
            if started:
                need_zero = True
            continue
        if i == 2 and sec >= 10000:
            text = to_chinese(sec)  # 一万亿 and up: the section is itself a number
        else:
            text = _below_10000(sec, leading=not started)
            if started and (need_zero or sec < 1000):
                text = "零" + text
        parts.append(text + units[i])
        started = True
        need_zero = False
    return "".join(parts)


def test_writer_examples():
    # The writer is itself checked against hand-written values.
    assert to_chinese(10) == "十"
    assert to_chinese(15) == "十五"
    assert to_chinese(23) == "二十三"
    assert to_chinese(305) == "三百零五"
    assert to_chinese(1010) == "一千零一十"
    assert to_chinese(10040) == "一万零四十"
    assert to_chinese(100005) == "十万零五"
    assert to_chinese(200300) == "二十万零三百"
    assert to_chinese(100050000) == "一亿零五万"
    assert to_chinese(120000000) == "一亿二千万"


@settings(max_examples=2000, deadline=None)
@given(st.integers(min_value=0, max_value=10**16))
def test_chinese_numerals_round_trip(n):
    assert parse_chinese(to_chinese(n)) == n


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_round_trip(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
