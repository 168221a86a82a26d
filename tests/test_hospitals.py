"""Hospitals extractor: every example phrasing of hospitals_examples.py through the real extractor."""

from __future__ import annotations

import pytest

from partyhealth_extract.fields import hospitals
from partyhealth_extract.fields.hospitals_examples import CONJUNCTION_HE, NAMED, NOT_HOSPITALS, SUBJECT
from partyhealth_extract.normalize import NormText
from partyhealth_extract.title import find_title


def _run(text: str):
    doc = NormText(text)
    return doc, hospitals.extract(doc)


@pytest.mark.parametrize("text,expected", NAMED, ids=[t[:24] for t, _ in NAMED])
def test_named(text, expected):
    doc, found = _run(text)
    names = sorted(h.name for h in found)
    assert names == sorted(e[0] for e in expected), [(h.name, h.aliases) for h in found]
    by_name = {h.name: h for h in found}
    for e in expected:
        h = by_name[e[0]]
        assert set(e[1:]) <= set(h.aliases), (h.name, h.aliases)
        assert h.name not in h.aliases


@pytest.mark.parametrize("text", NOT_HOSPITALS, ids=[t[:24] for t in NOT_HOSPITALS])
def test_not_hospitals(text):
    _, found = _run(text)
    assert found == [], [(h.name, h.aliases) for h in found]


@pytest.mark.parametrize("title,text,expected", SUBJECT, ids=[t[1][:24] for t in SUBJECT])
def test_subject(title, text, expected):
    doc, found = _run(text)
    assert hospitals.subject(doc, found, title) == expected


@pytest.mark.parametrize("text,expected", NAMED, ids=[t[:24] for t, _ in NAMED])
def test_mentions_point_at_the_source(text, expected):
    doc, found = _run(text)
    forms = lambda h: {h.name, *h.aliases}  # noqa: E731
    for h in found:
        assert h.mentions
        for m in h.mentions:
            assert text[m.start : m.end] == m.text
            # The mention, with layout white space removed and characters folded, is a form of the entity.
            assert NormText(m.text).text in forms(h)


def test_mention_offsets_across_a_line_break():
    text = "近年来，商河县中医\n医院坚持党建引领。商河县中医医院党支部"
    _, found = _run(text)
    (h,) = found
    assert [(m.start, m.end, m.text) for m in h.mentions] == [
        (4, 12, "商河县中医\n医院"),
        (19, 26, "商河县中医医院"),
    ]


def test_every_mention_counted():
    text = "郧西县人民医院开展义诊。县人民医院专家参加。郧西县人民医院党委表示。"
    _, found = _run(text)
    (h,) = found
    assert [m.text for m in h.mentions] == ["郧西县人民医院", "县人民医院", "郧西县人民医院"]


def test_subject_from_headline_found_by_title_py():
    text = "商河县中医医院：党建是保障\n\n近日，该院党支部到济南市中心医院参观学习。"
    doc, found = _run(text)
    assert {h.name for h in found} == {"商河县中医医院", "济南市中心医院"}
    assert hospitals.subject(doc, found, find_title(text)) == "商河县中医医院"


def test_places_lexicon():
    full, shorts = hospitals.places()
    assert {"湖北省", "荆州市", "郧西县", "江夏区", "恩施土家族苗族自治州"} <= full
    assert {"湖北", "荆州", "郧西", "江夏", "恩施"} <= shorts
    assert "平安" not in shorts  # a common word: only 平安区 counts
    assert hospitals.short_place("长阳土家族自治县") == "长阳"
    assert hospitals.short_place("广西壮族自治区") == "广西"
    assert hospitals.short_place("内蒙古自治区") == "内蒙古"


def test_pipeline_fills_hospital_fields():
    from partyhealth_extract import extract_text

    rec = extract_text("清河县人民医院：党建引领\n\n清河县人民医院党委借助河北医大一院专家资源。")
    assert rec.hospital == "清河县人民医院"
    assert [h.name for h in rec.hospitals] == ["清河县人民医院", "河北医大一院"]


def test_head_hospital_alias_never_a_township():
    _, found = _run("店子镇卫生院与总院签订协议。")
    (h,) = found
    assert "总院" not in h.aliases


def test_university_short_forms_match_their_full_names():
    full = hospitals._univ_key("郑州大学第一附属医院")
    assert hospitals._abbreviates_univ(hospitals._univ_key("郑大一附院"), full)
    assert hospitals._abbreviates_univ(hospitals._univ_key("郑大附一院"), full)
    assert not hospitals._abbreviates_univ(hospitals._univ_key("郑大二附院"), full)
    assert not hospitals._abbreviates_univ(hospitals._univ_key("浙大一附院"), full)
    assert hospitals._abbreviates_univ(hospitals._univ_key("港大深圳医院"), hospitals._univ_key("香港大学深圳医院"))


def _reports():
    from pathlib import Path

    root = Path(__file__).parent
    return sorted(root.glob("corpus/heldout/*.txt")) + sorted((root.parent / "data" / "raw").glob("*.txt"))


@pytest.mark.parametrize("path", _reports(), ids=lambda p: p.name[:24])
def test_carriage_return_line_endings(path):
    # Old Mac files end their lines in \r alone: the same hospitals and subject
    # as with \n (bylines, a page's first story and the opening are read by line).
    from partyhealth_extract import extract_text

    from partyhealth_extract.reading import decode_report

    text, _ = decode_report(path.read_bytes(), str(path))
    plain = extract_text(text)
    cr = extract_text(text.replace("\r\n", "\n").replace("\n", "\r"))
    assert cr.hospital == plain.hospital
    assert [h.name for h in cr.hospitals] == [h.name for h in plain.hospitals]


@pytest.mark.parametrize("text", CONJUNCTION_HE, ids=[t[:24] for t in CONJUNCTION_HE])
def test_conjunction_he_after_a_name(text):
    _, found = _run(text)
    forms = [f for h in found for f in [h.name, *h.aliases]]
    assert not any(f.startswith("和") for f in forms), forms
