from partyhealth_extract.title import find_title


def test_first_short_line_standing_alone_is_the_title():
    text = "\n\n东平县人民医院：党建引领谋发展\n\n\n近年来，东平县人民医院坚持……"
    assert find_title(text) == "东平县人民医院：党建引领谋发展"


def test_subtitle_after_a_dash_is_joined_even_across_a_blank_line():
    text = "党建赋能促发展\n\n——临河区中医院党建工作纪实\n\n正文第一段。"
    assert find_title(text) == "党建赋能促发展——临河区中医院党建工作纪实"


def test_page_starting_mid_sentence_has_no_title():
    text = "医院始终坚持以人民为中心，不断提\n升服务水平，群众满意度逐年提高。\n\n第二段"
    assert find_title(text) is None


def test_navigation_furniture_is_skipped():
    text = "首页 > 新闻中心 > 党建动态\n\n某某医院召开党史学习教育动员会\n\n正文。"
    assert find_title(text) == "某某医院召开党史学习教育动员会"


def test_a_sentence_is_not_a_title():
    assert find_title("本院今日召开大会，全院职工参加。\n\n第二段") is None
