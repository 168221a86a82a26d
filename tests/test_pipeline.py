"""The pipeline as a library call: extract_text(text) -> Report."""

import datetime as dt

from partyhealth_extract import Report, extract_text


def test_extract_text_returns_a_validated_record_with_every_field():
    text = "桐梓县人民医院党委书记、院长张建国介绍，2021年3月15日，医院抽调20名护士支援方舱。"
    r = extract_text(text)
    assert isinstance(r, Report)
    assert r.chars == len(text)
    assert r.hospital == "桐梓县人民医院"
    assert [(p.name, sorted(p.roles)) for p in r.people] == [("张建国", ["党委书记", "院长"])]
    assert [d.value for d in r.dates] == ["2021-03-15"]
    assert [(c.category, c.value) for c in r.counts] == [("staff", 20)]
    assert r.warnings == []


def test_ref_date_reaches_the_dates():
    r = extract_text("去年6月，某某县人民医院开展义诊。", ref_date=dt.date(2021, 9, 1))
    assert [d.value for d in r.dates] == ["2020-06"]


def test_warnings_say_when_the_text_looks_wrong():
    assert any("U+FFFD" in w for w in extract_text("医院\ufffd\ufffd召开大会").warnings)
    assert any("no Chinese" in w for w in extract_text("404 Not Found").warnings)
