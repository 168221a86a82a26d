"""People extractor: every example phrasing and near-miss, plus offsets."""

from __future__ import annotations

import pytest

from partyhealth_extract.fields import people
from partyhealth_extract.fields.people_examples import EXAMPLES, NEAR_MISSES, ORGANIZATIONS
from partyhealth_extract.normalize import NormText


def run(text: str, avoid=()):
    return people.extract(NormText(text), list(avoid))


def test_corpus_size():
    # The brief: at least 60 phrasings, a third of them near-misses.
    total = len(EXAMPLES) + len(NEAR_MISSES)
    assert total >= 60
    assert len(NEAR_MISSES) * 3 >= total


@pytest.mark.parametrize("text,expected", EXAMPLES, ids=[t[:12] for t, _ in EXAMPLES])
def test_example(text, expected):
    found = {p.name: p.roles for p in run(text)}
    assert found == expected


@pytest.mark.parametrize("text", NEAR_MISSES, ids=[t[:12] for t in NEAR_MISSES])
def test_near_miss(text):
    assert [p.name for p in run(text)] == []


@pytest.mark.parametrize("text,name,org", ORGANIZATIONS, ids=[t[:12] for t, _, _ in ORGANIZATIONS])
def test_organization(text, name, org):
    by_name = {p.name: p for p in run(text)}
    assert by_name[name].organization == org


def test_mentions_point_into_source_with_layout_spaces():
    text = "文章写完了。（宣传科 孙 雪）\n后来院长孙雪又说。"
    (person,) = [p for p in run(text) if p.name == "孙雪"]
    assert [m.text for m in person.mentions] == ["孙 雪", "孙雪"]
    for m in person.mentions:
        assert text[m.start : m.end] == m.text


def test_one_entry_for_repeated_person_with_all_roles():
    text = "党委书记王建军主持会议。会上，院长王建军通报了情况。王建军表示，要抓好落实。"
    found = run(text)
    assert [p.name for p in found] == ["王建军"]
    assert found[0].roles == ["党委书记", "院长"]
    assert len(found[0].mentions) == 3


def test_name_is_written_form_not_folded():
    # Folding maps 乾 to 干 for matching; the name keeps the written character.
    assert [p.name for p in run("院长李乾明带队到社区开展义诊。")] == ["李乾明"]


def test_avoid_ranges_block_names():
    text = "副院长石城医院的同事。"  # contrived: a hospital name right after a title
    assert [p.name for p in run(text, avoid=[(3, 7)])] == []


def test_no_candidate_window_does_not_load_jieba():
    from partyhealth_extract import lexicons

    lexicons.jieba_dictionary.cache_clear()
    run("全院干部职工齐心协力，圆满完成了各项任务。")
    assert lexicons.jieba_dictionary.cache_info().misses == 0


def test_later_mentions_are_collected():
    text = "急诊科护士长杨丽娟连续奋战六十天。“我是党员。”杨丽娟说。"
    (person,) = run(text)
    assert [m.start for m in person.mentions] == [text.index("杨丽娟"), text.rindex("杨丽娟")]
