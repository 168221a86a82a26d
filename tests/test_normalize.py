"""The normaliser: what it folds, what it joins, and that offsets map back exactly."""

import pytest

from partyhealth_extract.normalize import NEWLINE, PARAGRAPH, SPACE, NormText, fold

# (source, a piece of the normalised text, the source text that piece must map back to)
JOINS = [
    ("医院推进50\n家高水平医院建设", "推进50家", "推进50\n家"),
    ("（宣传科 孙 雪）", "孙雪", "孙 雪"),
    ("从 2021 年 3 月开始", "2021年3月", "2021 年 3 月"),
    ("共完成26 800剂疫苗接种", "26 800剂", "26 800剂"),
    ("全年收治２０２１名患者", "2021名", "２０２１名"),
    ("记者\n\n王 小明报道", "记者王小明", "记者\n\n王 小明"),
    ("COVID 19 疫情", "COVID 19疫情", "COVID 19 疫情"),
    ("\ufeff院党委书记\u3000李 强", "院党委书记李强", "院党委书记\u3000李 强"),
    ("醫院黨委書記", "医院党委书记", "醫院黨委書記"),
    ("投入帮扶资金13万\r\n余元", "13万余元", "13万\r\n余元"),
    ("于2\n023年3月启用", "2023年3月", "2\n023年3月"),
    ("共接诊1\r\n260余人次", "1260余人次", "1\r\n260余人次"),
]


@pytest.mark.parametrize("source, piece, expected_source", JOINS)
def test_joined_piece_maps_back_to_source(source, piece, expected_source):
    doc = NormText(source)
    i = doc.text.find(piece)
    assert i >= 0, doc.text
    span = doc.span(i, i + len(piece))
    assert span.text == expected_source
    assert source[span.start:span.end] == span.text


def test_full_width_forms_and_traditional_fold_one_for_one():
    assert fold("（２０２１年）：，") == "(2021年):,"
    assert fold("醫院黨委書記萬元餘") == "医院党委书记万元余"
    assert fold("衞生院綫上") == "卫生院线上"  # Hong Kong variant forms
    assert len(fold("醫院（１）")) == len("醫院（１）")


def test_white_space_is_dropped_between_chinese_but_kept_between_ascii_words():
    assert NormText("党建 引领\n发展").text == "党建引领发展"
    assert NormText("MDT team 门诊").text == "MDT team门诊"
    assert NormText("编号 12 345").text == "编号12 345"   # same line: kept, the counts rule decides
    assert NormText("第12\n345号").text == "第12345号"    # a line break between digits: one number
    assert NormText("阅读 2,417\n\n5月16日").text == "阅读2,417 5月16日"  # a blank line: two numbers
    assert NormText("  \n\n  ").text == ""


def test_gaps_record_what_white_space_was_removed():
    doc = NormText("记者匡奕君 卢成海\n通讯员\n\n严阁")
    assert doc.text == "记者匡奕君卢成海通讯员严阁"
    assert doc.gaps[doc.text.index("卢")] == SPACE
    assert doc.gaps[doc.text.index("通")] == NEWLINE
    assert doc.gaps[doc.text.index("严")] == PARAGRAPH
    assert doc.text.index("君") not in doc.gaps


def test_every_normalised_character_maps_to_the_same_folded_source_character():
    source = " 　首页 > 新闻\n\n２０２１年 3 月，醫院 抽调 2 0名\r\n护士 "
    doc = NormText(source)
    for i, ch in enumerate(doc.text):
        src_ch = source[doc.src(i)]
        assert fold(src_ch) == ch or (ch == " " and src_ch.isspace()), (i, ch, src_ch)
