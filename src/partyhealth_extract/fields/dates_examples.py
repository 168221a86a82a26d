"""The dates extractor's corpus: phrasings with their expected mentions, and near-misses.

Every entry is run through the real extractor by `tests/test_dates.py`.

EXAMPLES: (sentence, expected) where expected is the complete list of mentions the
sentence must give, in text order, each as
    (text, value, granularity, modifier, relative)
`text` is the mention as it stands in the sentence (line breaks and spaces kept).

NEAR_MISSES: sentences that must give no date at all.

WITH_REF: (ref_date ISO string, sentence, expected) for relative dates resolved
against a reference date.

The sentences are written for this corpus, in the genre of the reports (county
hospital Party-building stories, epidemic bulletins, poverty relief, newspaper pages).
"""

from __future__ import annotations

EXAMPLES: list[tuple[str, list[tuple[str, str, str, str | None, bool]]]] = [
    # --- full and partial dates (guide table, rows 1-3) ---
    ("2021年3月15日，县医院党委召开专题会议。",
     [("2021年3月15日", "2021-03-15", "day", None, False)]),
    ("医院于2021年8月完成新院区搬迁。",
     [("2021年8月", "2021-08", "month", None, False)]),
    ("从 2021 年 3 月开始，全院开展党史学习教育。",
     [("2021 年 3 月", "2021-03", "month", "since", False)]),
    ("2022年，医院新增床位两百张。",
     [("2022年", "2022", "year", None, False)]),
    ("2020年以来，分院共接诊患者三万余人次。",
     [("2020年以来", "2020", "year", "since", False)]),
    ("2018年年初，院党委成立健康扶贫工作专班。",
     [("2018年年初", "2018", "year", "early", False)]),
    ("2020年初，新冠疫情突如其来。",
     [("2020年初", "2020", "year", "early", False)]),
    ("2019年底，医院通过三级评审。",
     [("2019年底", "2019", "year", "end", False)]),
    ("全省2020年度绩效考核结果公布。",
     [("2020年度", "2020", "year", None, False)]),
    ("入选“2022年全省卫生健康十件实事”。",
     [("2022年", "2022", "year", None, False)]),
    ("二〇二一年三月十五日，分院挂牌成立。",
     [("二〇二一年三月十五日", "2021-03-15", "day", None, False)]),
    # line breaks and spaces inside the expression
    ("于2020年10\n月签订协议。",
     [("2020年10\n月", "2020-10", "month", None, False)]),
    ("自6月\n21日起，便民门诊开诊。",
     [("6月\n21日", "XXXX-06-21", "day", "since", False)]),
    # --- numeric dates ---
    ("发布时间：2021.3.15",
     [("2021.3.15", "2021-03-15", "day", None, False)]),
    ("发布时间：2021-03-15 10:30 来源：县卫健局",
     [("2021-03-15 10:30", "2021-03-15T10:30", "minute", None, False)]),
    ("日期：2021/3/15",
     [("2021/3/15", "2021-03-15", "day", None, False)]),
    # --- time of day (guide table rows 4 and 7) ---
    ("10月16日上午9时30分，表彰大会在省会堂举行。",
     [("10月16日上午9时30分", "XXXX-10-16T09:30", "minute", None, False)]),
    ("上一篇 2023年9月14日 上午8:54",
     [("2023年9月14日 上午8:54", "2023-09-14T08:54", "minute", None, False)]),
    ("5月6日下午3点，义诊队抵达村卫生室。",
     [("5月6日下午3点", "XXXX-05-06T15:00", "minute", None, False)]),
    ("5月6日晚8点半，专家组召开会商会。",
     [("5月6日晚8点半", "XXXX-05-06T20:30", "minute", None, False)]),
    ("8月5日下午，医院开展应急演练。",
     [("8月5日下午", "XXXX-08-05", "day", None, False)]),
    # --- yearless dates, ranges and lists (row 5) ---
    ("8月21日至22日，医院抽调医护人员开展排查。",
     [("8月21日", "XXXX-08-21", "day", None, False),
      ("22日", "XXXX-08-22", "day", None, False)]),
    ("9月3-5日，专家团队下乡巡诊。",
     [("9月3", "XXXX-09-03", "day", None, False),
      ("5日", "XXXX-09-05", "day", None, False)]),
    ("3至5月，分院开展慢病筛查。",
     [("3", "XXXX-03", "month", None, False),
      ("5月", "XXXX-05", "month", None, False)]),
    ("8月4日、8日，院领导带队督导。",
     [("8月4日", "XXXX-08-04", "day", None, False),
      ("8日", "XXXX-08-08", "day", None, False)]),
    ("4日、8日、8月7日，院领导深入各卡口检查。",
     [("4日", "XXXX-08-04", "day", None, False),
      ("8日", "XXXX-08-08", "day", None, False),
      ("8月7日", "XXXX-08-07", "day", None, False)]),
    ("2018、2019年连续两年获评先进集体。",
     [("2018", "2018", "year", None, False),
      ("2019年", "2019", "year", None, False)]),
    ("3月30日起，接种点正式启用。",
     [("3月30日", "XXXX-03-30", "day", "since", False)]),
    ("6月份，医院完成设备招标。",
     [("6月份", "XXXX-06", "month", None, False)]),
    ("九月中旬，村医培训班结业。",
     [("九月中旬", "XXXX-09", "month", "mid", False)]),
    ("12月8日至10日、15日，专家分两批到院指导。",
     [("12月8日", "XXXX-12-08", "day", None, False),
      ("10日", "XXXX-12-10", "day", None, False),
      ("15日", "XXXX-12-15", "day", None, False)]),
    # each day of a range keeps its own time of day
    ("6月18日16时至19日16时，全市新增病例两例。",
     [("6月18日16时", "XXXX-06-18T16:00", "minute", None, False),
      ("19日16时", "XXXX-06-19T16:00", "minute", None, False)]),
    # 24时 is the end of that day
    ("1月20日24时起，全县实行封闭管理。",
     [("1月20日24时", "XXXX-01-20T24:00", "minute", "since", False)]),
    ("2019-2020年度先进基层党组织名单公布。",
     [("2019", "2019", "year", None, False),
      ("2020年度", "2020", "year", None, False)]),
    ("2016年至2020年，医院投入资金三千万元。",
     [("2016年", "2016", "year", None, False),
      ("2020年", "2020", "year", None, False)]),
    ("1949年10月1日，新中国成立。",
     [("1949年10月1日", "1949-10-01", "day", None, False)]),
    ("发布时间：2021年08月20日 10:30  来源：县融媒体中心",
     [("2021年08月20日 10:30", "2021-08-20T10:30", "minute", None, False)]),
    ("五月一日起施行新的门诊制度。",
     [("五月一日", "XXXX-05-01", "day", "since", False)]),
    ("2021年4月至今，累计接种十万剂次。",
     [("2021年4月", "2021-04", "month", "since", False)]),
    ("2月份以来，医院坚持每日消杀。",
     [("2月份以来", "XXXX-02", "month", "since", False)]),
    # --- modifiers (row 6) ---
    ("截至7月底，全县完成接种十万剂次。",
     [("截至7月底", "XXXX-07", "month", "end", False)]),
    ("截止8月5日，接种点共完成接种一万剂。",
     [("截止8月5日", "XXXX-08-05", "day", "until", False)]),
    ("仅2021年上半年就节约费用千万元。",
     [("2021年上半年", "2021", "half", "first_half", False)]),
    ("2022年下半年，医共体实现信息互通。",
     [("2022年下半年", "2022", "half", "second_half", False)]),
    ("2023年第一季度门诊量同比增长。",
     [("2023年第一季度", "2023", "quarter", "q1", False)]),
    ("5月初，应急队伍集结完毕。",
     [("5月初", "XXXX-05", "month", "early", False)]),
    # --- relative expressions ---
    ("今年，医院获评省级文明单位。",
     [("今年", "XXXX", "year", None, True)]),
    ("去年6月，综合楼交付使用。",
     [("去年6月", "XXXX-06", "month", None, True)]),
    ("今年上半年，医院发展党员五名。",
     [("今年上半年", "XXXX-H1", "half", "first_half", True)]),
    ("上半年，支部组织党员参观学习。",
     [("上半年", "XXXX-H1", "half", "first_half", True)]),
    ("日前，县卫健局召开推进会。",
     [("日前", "PAST_REF", "day", None, True)]),
    ("近日，医院举办护士节表彰会。",
     [("近日", "PAST_REF", "day", None, True)]),
    ("节日当天，院领导慰问一线医师。",
     [("当天", "XXXX-XX-XX", "day", None, True)]),
    ("昨日，第二批队员启程。",
     [("昨日", "XXXX-XX-XX", "day", None, True)]),
    ("目前，住院患者病情平稳。",
     [("目前", "PRESENT_REF", "day", None, True)]),
    ("如今的县医院，门诊楼焕然一新。",
     [("如今", "PRESENT_REF", "day", None, True)]),
    ("近年来，医院不断加强学科建设。",
     [("近年来", "PAST_REF", "day", None, True)]),
    ("去年底，分院完成改造。",
     [("去年底", "XXXX", "year", "end", True)]),
    ("今年1-7月，全县住院人次同比增长。",
     [("今年1", "XXXX-01", "month", None, True),
      ("7月", "XXXX-07", "month", None, True)]),
    # the end of a range opened by a relative year is relative too
    ("今年2月至5月，专家在总院开展手术两百台。",
     [("今年2月", "XXXX-02", "month", None, True),
      ("5月", "XXXX-05", "month", None, True)]),
    ("今年7月以来，医院派出医疗队五批。",
     [("今年7月以来", "XXXX-07", "month", "since", True)]),
    ("同年10月，医院成立发热门诊。",
     [("同年10月", "XXXX-10", "month", None, True)]),
    ("一季度，全院门诊量达到十万人次。",
     [("一季度", "XXXX-Q1", "quarter", "q1", True)]),
    ("去年以来，医院累计投入资金五百万元。",
     [("去年以来", "XXXX", "year", "since", True)]),
    ("全年派出核酸采样人员三百余人次。",
     [("全年", "XXXX", "year", None, True)]),
    ("过去一年，医院党委狠抓作风建设。",
     [("过去一年", "XXXX", "year", None, True)]),
    ("前不久，医院被授予省级文明单位。",
     [("前不久", "PAST_REF", "day", None, True)]),
    ("本月底前完成全部整改。",
     [("本月底", "XXXX-XX", "month", "end", True)]),
    # --- a date beside non-dates in the same sentence ---
    ("2020年以来共开展活动60次，派出医务人员380余人次。",
     [("2020年以来", "2020", "year", "since", False)]),
    ("2021年8月19日是第四个“中国医师节”。",
     [("2021年8月19日", "2021-08-19", "day", None, False)]),
]

# Yearless dates that take a year from an explicit date earlier in the same paragraph.
INFERRED: list[tuple[str, list[tuple[str, str, bool]]]] = [
    # (sentence, [(text, value, year_inferred)])
    ("2021年3月，医院启动改革试点；6月2日，首批病例完成结算。",
     [("2021年3月", "2021-03", False), ("6月2日", "2021-06-02", True)]),
    # the month runs backwards: no inference
    ("2021年9月召开总结会，回顾了3月的工作。",
     [("2021年9月", "2021-09", False), ("3月", "XXXX-03", False)]),
    # a new paragraph: no inference
    ("2021年3月，医院启动改革试点。\n\n6月2日，首批病例完成结算。",
     [("2021年3月", "2021-03", False), ("6月2日", "XXXX-06-02", False)]),
    # a year alone is not enough
    ("2019年，医院成立医共体；8月5日，首个分院挂牌。",
     [("2019年", "2019", False), ("8月5日", "XXXX-08-05", False)]),
]

NEAR_MISSES: list[str] = [
    # durations
    "3年来，医院完成核酸采集任务。",
    "两年来，医共体党委不断深化改革。",
    "连续奋战十天，完成学生核酸检测。",
    "24小时内将病区改造为收治机构。",
    "群众接种后留观半个小时。",
    "利用9天时间走遍全县边远乡镇。",
    "患者平均住院6个月。",
    # frequencies
    "每年救治急性心肌梗死患者600余例。",
    "每月开展两次党员学习。",
    "每年3月开展学雷锋志愿服务。",
    # ordinals of events
    "深入学习贯彻党的二十大精神。",
    "迎来第四个中国医师节。",
    "成为援鄂医疗队第六批队员。",
    # numbers that only look like dates
    "完成947.7万人次的紧急核酸采集。",
    "为2081人建档立卡。",
    "建立“1 7”防控体系。",
    "投入资金2020万元。",
    "累计服务1999人次。",
    # bare day numbers with no month
    "共有15日内返乡人员需要登记。",
    "连续四年入选全国县级医院500强。",
    "长达2000年的历史文化在这里传承。",
    "近2000年来的中医药传承。",
    "联系电话：0719-2021234",
    "累计完成核酸检测20210315份。",
    "医院每天8时至17时开放。",
    "十月怀胎，一朝分娩。",
    "工作满6个月的人员可以参加。",
    "每年12月开展年度考核。",
    "前3个月共完成手术五百台。",
    "“三月三”民俗活动期间开展义诊。",
    # look-alikes of relative words
    "成绩体现在群众满意度上。",
    "当前位置：首页 > 新闻中心 > 党建动态",
    "不同年龄段的患者均可预约。",
    "医院的青年医生相当年轻。",
    "春节前后加强值守。",
    "坚守初心使命。",
    "开展“一月一主题”活动。",
]

WITH_REF: list[tuple[str, str, list[tuple[str, str, str, str | None, bool]]]] = [
    ("2021-09-01", "去年6月，综合楼交付使用。",
     [("去年6月", "2020-06", "month", None, True)]),
    ("2021-09-01", "今年上半年，医院发展党员五名。",
     [("今年上半年", "2021", "half", "first_half", True)]),
    ("2021-09-01", "上半年，支部组织党员参观学习。",
     [("上半年", "2021", "half", "first_half", True)]),
    ("2021-09-01", "今年，医院获评省级文明单位。",
     [("今年", "2021", "year", None, True)]),
    ("2021-09-01", "前年3月5日，分院挂牌。",
     [("前年3月5日", "2019-03-05", "day", None, True)]),
    ("2021-09-01", "昨天上午，第二批队员启程。",
     [("昨天上午", "2021-08-31", "day", None, True)]),
    ("2021-09-01", "今年2月至5月，专家在总院开展手术两百台。",
     [("今年2月", "2021-02", "month", None, True),
      ("5月", "2021-05", "month", None, True)]),
    ("2021-09-01", "上个月，医院完成设备招标。",
     [("上个月", "2021-08", "month", None, True)]),
    ("2021-01-15", "上个月，医院完成设备招标。",
     [("上个月", "2020-12", "month", None, True)]),
    # anaphoric words refer to the story's own time, not to the reference date
    ("2021-09-01", "节日当天，院领导慰问一线医师。",
     [("当天", "XXXX-XX-XX", "day", None, True)]),
    # explicit yearless dates never take the reference date's year
    ("2021-09-01", "8月5日下午，医院开展应急演练。",
     [("8月5日下午", "XXXX-08-05", "day", None, False)]),
]
