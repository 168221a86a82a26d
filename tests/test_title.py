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


# Furniture before the headline, as pages arrive from sites, WeChat and PDF newspapers.
FURNITURE_FIRST = [
    ("点击蓝字\n关注我们\n\n某某医院  2023-03-02 08:15  发表于江西\n\n义诊进社区 健康送到家\n\n3月1日，", "义诊进社区 健康送到家"),
    ("您当前的位置：首页 >> 新闻动态 >> 院内新闻\n\n我院召开年度党建述职评议会\n\n2月20日上午，", "我院召开年度党建述职评议会"),
    ("赣州日报　2023年5月6日　星期六　第4版　健康\n\n乡村医生培训班开班\n\n本报讯　", "乡村医生培训班开班"),
    ("2023-04-09 10:21 某某网／记者王小红／合肥报导\n\n县医院开出夜间门诊\n\n", "县医院开出夜间门诊"),
    ("巴中日报　2022年6月3日　星\n期五　第 04 版：县域\n\n急救站点下沉到乡镇\n\n本报讯", "急救站点下沉到乡镇"),
    ("南丰县人民医院\n首页 | 医院概况 | 新闻中心 | 联系我们\n\n南丰县人民医院开展护士节系列活动\n\n", "南丰县人民医院开展护士节系列活动"),
    ("丽江日报数字报\n第03版：社会\n本版导读\n· 古城区开展义诊\n· 玉龙县完成体检\n\n古城区开展送医下乡义诊\n\n本报讯", "古城区开展送医下乡义诊"),
    ("NANFENG COUNTY HOSPITAL NEWS       综合新闻\n\n院内资料 内部资料 免费交流\n\n（上接第1版）会上，", None),
]


def test_furniture_before_the_headline_is_skipped():
    for text, expected in FURNITURE_FIRST:
        assert find_title(text) == expected, text


def test_headline_with_exclamation_marks_and_a_kicker():
    assert find_title("48小时！12万人次！这个周末我们在一起\n\n正文。") == "48小时！12万人次！这个周末我们在一起"
    assert find_title("村医进修不出县　专家下沉到乡镇\n某某县医共体建设见实效\n\n本报讯") == (
        "村医进修不出县　专家下沉到乡镇某某县医共体建设见实效"
    )
    assert find_title("“病人在哪里，医生就在哪里”\n——某某医院抗洪医疗队纪实\n\n正文") == (
        "“病人在哪里，医生就在哪里”——某某医院抗洪医疗队纪实"
    )


def test_site_or_account_name_alone_is_not_the_headline():
    # A bare institution or newspaper name is the page header; two short lines that are
    # both headers give no headline either.
    assert find_title("某某县人民医院\n\n某某县人民医院召开职工代表大会\n\n正文。") == "某某县人民医院召开职工代表大会"


def test_old_mac_line_endings_and_traditional_furniture():
    text = "點擊藍字\r關注我們\r\r某某醫院  2023-03-02 08:15  發表於江西\r\r義診進社區 健康送到家\r\r3月1日，"
    assert find_title(text) == "義診進社區 健康送到家"
