"""Dates: the corpus in dates_examples.py run through the real extractor, plus the
properties every mention must have (offsets, granularity) and the library path."""

from __future__ import annotations

import datetime as dt

import pytest

from partyhealth_extract import extract_text
from partyhealth_extract.fields import dates
from partyhealth_extract.fields.dates_examples import EXAMPLES, INFERRED, NEAR_MISSES, WITH_REF
from partyhealth_extract.normalize import NormText


def _run(sentence: str, ref: dt.date | None = None):
    return dates.extract(NormText(sentence), ref)


def _tuples(found):
    return [(m.text, m.value, m.granularity, m.modifier, m.relative) for m in found]


@pytest.mark.parametrize("sentence,expected", EXAMPLES, ids=[e[0][:20] for e in EXAMPLES])
def test_example(sentence, expected):
    assert _tuples(_run(sentence)) == expected


@pytest.mark.parametrize("sentence,expected", INFERRED, ids=[e[0][:20] for e in INFERRED])
def test_inferred_year(sentence, expected):
    found = _run(sentence)
    assert [(m.text, m.value, m.year_inferred) for m in found] == expected


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_near_miss(sentence):
    assert _run(sentence) == []


@pytest.mark.parametrize("ref,sentence,expected", WITH_REF, ids=[e[1][:20] for e in WITH_REF])
def test_with_reference_date(ref, sentence, expected):
    assert _tuples(_run(sentence, dt.date.fromisoformat(ref))) == expected


@pytest.mark.parametrize("sentence,expected", EXAMPLES[:12], ids=[e[0][:20] for e in EXAMPLES[:12]])
def test_offsets_point_at_the_source(sentence, expected):
    for m in _run(sentence):
        assert sentence[m.start:m.end] == m.text


def test_offsets_in_a_longer_report_with_layout_noise():
    report = "县医院党建纪实\n\n　从 2021 年 3 月开始，医院围绕\n主题开展活动。自6月\n21日起，便民门诊开诊。\n"
    found = _run(report)
    assert [m.value for m in found] == ["2021-03", "2021-06-21"]
    for m in found:
        assert report[m.start:m.end] == m.text
    assert found[1].text == "6月\n21日"
    assert found[1].year_inferred


def test_full_width_digits_are_read():
    found = _run("２０２１年８月，新大楼投用。")
    assert [(m.text, m.value) for m in found] == [("２０２１年８月", "2021-08")]


def test_extract_text_passes_the_reference_date_through():
    text = "去年6月，综合楼交付使用。今年上半年，医院发展党员五名。"
    record = extract_text(text, ref_date=dt.date(2021, 9, 1))
    got = [(d.value, d.granularity, d.modifier, d.relative) for d in record.dates]
    assert got == [("2020-06", "month", None, True), ("2021", "half", "first_half", True)]
    # Without a reference date they keep their placeholders.
    got = [d.value for d in extract_text(text).dates]
    assert got == ["XXXX-06", "XXXX-H1"]


def test_never_a_year_from_the_clock():
    for m in _run("8月5日下午，医院开展应急演练。今年医院获评先进。"):
        assert m.value.startswith("XXXX")


def test_first_character_filter_loses_nothing():
    """The scan's first-character look-ahead is only a speed-up: without it the
    same matches must come out of every sentence of the corpus."""
    import regex

    plain = regex.compile("|".join(f"(?:{p})" for p, _ in dates._BRANCH_FIRST))
    for pattern, first in dates._BRANCH_FIRST:  # each branch's own set is in the union
        assert set(first.strip("[]").replace("0-9", "0123456789").replace("1-4", "1234").replace("1-9", "123456789")) <= set(
            dates._FIRST.strip("[]").replace("0-9", "0123456789")), first
    sentences = [e[0] for e in EXAMPLES] + [e[0] for e in INFERRED] + NEAR_MISSES + [e[1] for e in WITH_REF]
    for s in sentences:
        text = NormText(s).text
        assert [m.span() for m in dates._DATE_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], s


def test_offsets_across_a_closed_line_break_between_digits():
    for report in ("浏览次数：1,208\n\n6月3日，医院召开职工大会。", "义诊进社区 2022-11-05\n3 护士节表彰大会"):
        found = _run(report)
        assert found
        for m in found:
            assert report[m.start:m.end] == m.text


def test_both_engines_match_alike():
    """The scan runs on `re`; `regex` is asked again (same pattern, same place) for
    the pieces of a list. Both must find the same matches, by the same branch."""
    from pathlib import Path

    root = Path(__file__).parent
    texts = [e[0] for e in EXAMPLES] + [e[0] for e in INFERRED] + NEAR_MISSES + [e[1] for e in WITH_REF]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "corpus" / "heldout").glob("*.txt"))]
    for s in texts:
        text = NormText(s).text
        fast = [(m.span(), m.lastgroup) for m in dates._DATE_RE.finditer(text)]
        assert fast == [(m.span(), m.lastgroup) for m in dates._DATE_RX.finditer(text)], s[:40]
        assert all(name in dates._BRANCH_NAMES for _, name in fast)


def test_list_pieces_come_from_the_second_engine():
    found = _run("2017、2018、2019年，3、4、5月，6月1日、2日、3日，医院连续开展义诊。")
    assert [(m.text, m.value) for m in found] == [
        ("2017", "2017"), ("2018", "2018"), ("2019年", "2019"),
        ("3", "XXXX-03"), ("4", "XXXX-04"), ("5月", "XXXX-05"),
        ("6月1日", "XXXX-06-01"), ("2日", "XXXX-06-02"), ("3日", "XXXX-06-03"),
    ]
