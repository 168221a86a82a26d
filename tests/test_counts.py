"""Counts: every phrasing of counts_examples.py through the real extractor."""

from __future__ import annotations

import pytest

from partyhealth_extract.fields.counts import extract
from partyhealth_extract.fields.counts_examples import EXAMPLES, GUIDE_ROWS, NEAR_MISSES
from partyhealth_extract.normalize import NormText

EIGHT = {"staff", "tested", "beds", "vaccine_doses", "money", "party_members", "party_branches", "served"}


def _counts(text: str):
    return [c for c in extract(NormText(text)) if c.category in EIGHT]


def _triples(text: str):
    return sorted((c.category, c.value, c.approx) for c in _counts(text))


@pytest.mark.parametrize("text,expected", GUIDE_ROWS, ids=[t for t, _ in GUIDE_ROWS])
def test_guide_rows(text, expected):
    assert _triples(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_examples(text, expected):
    assert _triples(text) == sorted(expected)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses(text):
    assert _triples(text) == []


def test_corpus_is_large_enough():
    # The brief: every row of the guide's table and at least 100 phrasings of our own.
    assert len(EXAMPLES) >= 100
    assert len(GUIDE_ROWS) >= 22


@pytest.mark.parametrize("text,expected", GUIDE_ROWS + EXAMPLES, ids=[t for t, _ in GUIDE_ROWS + EXAMPLES])
def test_offsets_point_at_the_source(text, expected):
    for c in extract(NormText(text)):
        assert text[c.start:c.end] == c.text
        assert c.end > c.start


def test_units_and_subjects():
    (c,) = _counts("紧急抽调20名护理人员")
    assert (c.unit, c.subject, c.text) == ("名", "护理人员", "20名护理人员")
    (c,) = _counts("重症床位达到388张")
    assert (c.unit, c.subject, c.text) == ("张", "重症床位", "重症床位达到388张")
    (c,) = _counts("1300张方舱床位")
    assert (c.unit, c.subject) == ("张", "方舱床位")
    (c,) = _counts("近300万元")
    assert (c.unit, c.approx, c.value) == ("万元", True, 3000000)
    (c,) = _counts("1.2亿元")
    assert c.unit == "亿元"
    (c,) = _counts("22.5万剂次的疫苗接种")
    assert c.unit == "剂次"


def test_span_across_a_line_break_keeps_the_break():
    text = "紧急抽调2\n0名医护人员"
    (c,) = _counts(text)
    assert c.value == 20
    assert c.text == "2\n0名医护人员"
    assert text[c.start:c.end] == c.text


def test_others_are_reported_but_not_in_the_eight():
    found = extract(NormText("建成15个村卫生室，发放宣传资料5000余份"))
    assert {(c.category, c.value) for c in found} == {("other", 15), ("other", 5000)}


# Long runs (a PDF table row, a serial number): the pattern reads each run once (timed by
# hand: 20,000 characters of spaced digits took 10 s before the numbers were anchored on
# their left, now milliseconds); here only what must come out of them.
def test_a_long_run_of_digits_is_no_count():
    assert extract(NormText("1" * 4000)) == []
    assert extract(NormText("1" * 4000 + "名医生")) == []  # 4,000 significant digits
    assert _triples("编号" + "7" * 13 + "名") == []


def test_a_table_row_of_spaced_digits_keeps_the_last_number():
    row = " ".join(str(i % 10) for i in range(10000))
    assert _triples(row) == []
    assert _triples(row + "名医生") == [("staff", 9, False)]
    assert _triples(",".join(["12"] * 5000) + "名护士") == [("staff", 12, False)]


def test_a_long_run_of_chinese_numerals_is_no_count():
    assert _triples("一" * 4000) == []
    assert _triples("一二三四五六七八九十" * 400 + "名医生") == []


def test_numbers_after_a_run_are_still_found():
    text = "1" * 3000 + "，抽调20名医生，" + "二" * 3000 + "。派出三名护士"
    assert _triples(text) == [("staff", 3, False), ("staff", 20, False)]


def test_a_split_number_keeps_its_second_part():
    assert _triples("床位220，218名医生") == [("staff", 218, False)]
    assert _triples("共有1,300名职工") == [("staff", 1300, False)]
