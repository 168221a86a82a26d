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
