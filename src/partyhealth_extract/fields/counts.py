"""Counts: figures of the guide's eight kinds with value, unit and approximation.

One pass of one regex finds every number followed by a measure word
(`_COUNT_RE`: approximation words, the number, the measure word). Each hit is
then given a category from, in this order:

1. the measure word itself when it decides (元 -> money, 剂/剂次/针 -> vaccine
   doses, 人份 -> tested, 床 -> beds);
2. the head noun after it (`20名护理人员`, `2个临时党支部`, `30余名党员业务骨干`:
   the last noun of the run is the head, so that one is staff);
3. the noun before it (`重症床位达到388张`, `正式党员73名`, `派出医务人员380余人次`);
4. for people (名, 人, 人次, 位, 例) whose noun does not decide (学生, 群众, or
   none), the nearest keyword in the clause (`核酸` -> tested, `义诊` -> served,
   `抽调`/`培训` -> staff, `接种` -> vaccine doses).

What stays undecided is reported as `other` (the scorer ignores it), and so is
anything the guide says is not a count: ordinals (第六批), rates (每人500元,
500元/人, and any sum after a per-unit base in its clause: 人均, 每例, 每公斤,
a bare 百元), one unit of a rate (每筛查一名), set phrases and slogans
(一个支部就是一座堡垒, 一位位, a bare 百名 campaign title, "1名医生+2名护士"
formulas), attributes such as 服务人口万人以上的, what a screening found
(查出病变6例), and one person quoted (一名值守的医生告诉记者). Years, durations
and percentages never match, because 年, 天, 小时, % are not measure words here.

Who is counted, beyond the head noun: Party branch secretaries are personnel
(staff); volunteers count as what the noun before them says (医护志愿者 staff,
党员志愿者 members, 居民 or none: not counted), and 骨干 after a public noun is
not staff; staff or members after a verb of testing, service or vaccination are
its object (筛查退休职工3100余人 -> tested); a bare count after an ordinal batch
(第三批42人) is staff; a figure after a comma that states a change (,较去年增加了80张)
keeps the kind of the figure before it; a breakdown after 其中 (床位3.2万张，其中：医院2.7万张，
基层机构0.4万张) gives the parts that nothing else decided the kind of the total.

Numbers are anchored on their left (numbers.py), so that a long run of digits or numerals
(a table row) is read once, and a figure of more than 12 significant digits is none.

The rules' phrasings and near-misses are in `counts_examples.py`.

Speed (about 1.8 -> 3.7M characters a second on the annotated reports): the patterns
are compiled with the standard `re`, which is two to three times faster than `regex`
on them, except the two anchored at a number's left (`_NOUN_BEFORE`, `_NOUN_ENDING`),
which `regex` matches backwards from the number; clause bounds are found once per
report and looked up by bisection; measure words that never count one of the eight
(家, 次, 台 ...) skip the context rules; the mentions are validated as one list.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import regex
from pydantic import TypeAdapter

from ..models import CountMention
from ..normalize import PARAGRAPH, NormText
from ..numbers import APPROX_AFTER, APPROX_INSIDE, QUANTITY_HEAD, quantity_value

# --- measure words ---------------------------------------------------------

PERSON_UNITS = frozenset({"名", "人", "人次", "位", "例"})
# Measure words that never count one of the eight kinds.
_OTHER_UNITS = frozenset({"家", "项", "场次", "场", "户", "台", "批次", "批", "所", "次", "支"})
DOSE_UNITS = frozenset({"剂", "剂次", "针", "针次"})
BED_UNITS = frozenset({"床", "床位"})
MONEY_UNITS = frozenset({"元"})
SAMPLE_UNITS = frozenset({"人份", "份", "管"})

# Each measure word with the characters that, right after it, make it part of
# another word (人民, 名单, 元旦, 针对, 例如 ...).
_UNIT_GUARDS: dict[str, str | tuple[str, ...]] = {
    "人次": "",
    "人份": "",
    # 人体 is a word, but 人体检 is 人 and 体检 (抢救患者3100余人体检:...): see _RAW_GUARDS.
    "人": "民员才口群事大均工物心生类士们家格性一",
    "名": "单称誉义额字次列牌片言",
    "位": "于置列居数一",
    "例": "如外行一",
    "剂次": "",
    "剂": "量型",
    "针次": "",
    "针": "对见灸刺线织",
    "床位": "",
    "床": "旁边头单上前",
    "张": "贴罗扬力",
    "張": "貼羅揚力",  # traditional script: 80張病床
    "元": "旦素化年宵首件月器",
    "个": "月人体性案别例",
    "家": "庭属门人乡长里中务",
    "项": "目",
    "场次": "",
    "场": "所景地合面",
    "份": "额",
    "户": "籍口外型",
    "台": "阶风湾",
    "批次": "",
    "批": "准示复评",
    "所": "以有属在谓得",
    "支": "持部援出付撑",
    "次": "日年月要数序",
    "管": "理控护道",
}


# Guards written as patterns: 人体 (a word) unless 体 starts 体检 (300人体检).
_RAW_GUARDS: dict[str, tuple[str, ...]] = {"人": ("体(?!检)",)}


def _guarded(unit: str, guard: str | tuple[str, ...]) -> str:
    chars, *words = (guard,) if isinstance(guard, str) else guard
    alts = ([f"[{chars}]"] if chars else []) + [regex.escape(w) for w in words] + list(_RAW_GUARDS.get(unit, ()))
    return regex.escape(unit) + (f"(?!{'|'.join(alts)})" if alts else "")


_UNIT_ALT = "|".join(_guarded(u, g) for u, g in sorted(_UNIT_GUARDS.items(), key=lambda kv: -len(kv[0])))

# The separators the normaliser may leave inside an Arabic number (numbers.ARABIC: 1,300,
# 26 800, and 2 0 where the source broke the line): `_bad_separator` decides afterwards which
# are really inside the number.
_SEP = re.compile(r"[ ,]")

# approximation before | the number | 余/多 | 万/亿 | 余/多 | measure word | 以上/左右,
# from numbers.py's fragments (each number anchored on its left, so that a long run of digits
# or numerals is read once, not once from each of its characters).
# Compiled with the standard `re`, whose search skips quickly to the characters a match can
# start with (the look-ahead lists them): the scan over the whole text is the single most
# expensive step of this field, and `re` does it in less than half the time `regex` takes.
# (The text is folded: full-width digits are ASCII by now.)
_FIRST = "将接大超不突近约逾上数几0-9零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_COUNT_TAIL = rf"(?P<unit>{_UNIT_ALT})(?P<after>{APPROX_AFTER})?"
_COUNT_RE = re.compile(rf"(?=[{_FIRST}]){QUANTITY_HEAD}{_COUNT_TAIL}")
# The same after a separator that is not inside a number (220，218名 -> 218名): the left
# anchor would refuse a number there.
_COUNT_AFTER_SEP = re.compile(
    rf"(?P<before>)(?P<num>\d+(?:[ ,]\d+)*(?:\.\d+)?)(?P<a1>{APPROX_INSIDE})?(?P<mult>[十百千万亿]*)"
    rf"(?P<a2>{APPROX_INSIDE})?{_COUNT_TAIL}"
)

# --- head nouns --------------------------------------------------------------
# Noun classes: the category a noun gives a count of people or things.
STAFF, PARTY, BRANCH, BED, SAMPLE, VACCINE, PATIENT, PUBLIC, TEAM, NONE = (
    "staff", "party", "branch", "bed", "sample", "vaccine", "patient", "public", "team", "none",
)

_NOUNS: dict[str, tuple[str, ...]] = {
    STAFF: (
        "医务人员", "医护人员", "医护", "医生", "医师", "护士", "护师", "护理人员", "护理骨干",
        "护理专家", "专家", "医疗专家", "骨干", "业务骨干", "技术骨干", "医疗骨干", "青年骨干",
        "队员", "医疗队员", "职工", "员工", "干部职工", "医务工作者", "医护工作者", "卫生工作者",
        "工作人员", "技术人员", "专业技术人员", "卫技人员", "卫生技术人员", "检验人员",
        "采样人员", "管理人员", "行政人员", "医疗人员", "后勤人员", "疾控人员", "人才",
        "高层次人才", "博士", "硕士", "研究生", "村医", "乡村医生", "家庭医生", "全科医生",
        "药师", "技师", "主任医师", "副主任医师", "主治医师", "住院医师", "规培生", "进修生",
        "学员", "带头人", "学科带头人", "院士", "教授", "白衣战士", "医疗卫生人员",
        "卫生人员", "医技人员", "医学专家", "高级职称", "中级职称", "名医", "名中医",
        "高级职称人员", "中级职称人员", "接种人员", "预防接种人员", "疫苗接种人员", "专业人员", "医学专业人员", "护理专业人员", "专技人员", "医疗队员", "援鄂队员", "流调人员", "医学生", "助产士", "助产人员",
        "医务志愿者", "医疗志愿者", "护理志愿者", "护理师", "进修人员", "进修医生", "消杀人员",
        "中医药人员", "中医药专业人员", "服务人员", "中层干部", "科室负责人",
        # Village health aides and a hospital's support workers (乡村医生和卫生员, 工勤技能人员).
        "卫生员", "工勤人员", "工勤技能人员", "护理员",
        # Graduates recruited or assigned (新招聘医学本科毕业生17名), full-time staff of a service
        # (配备驾驶员等专职人员30人).
        "毕业生", "医学毕业生", "本科毕业生", "应届毕业生", "本科生", "专科生",
        # Workers of a disease programme (培训结核病防治人员150人次, 防控人员).
        "防治人员", "防控人员", "专职人员", "专职医生", "专职护士",
        # A master's apprentices in traditional medicine (带出学术继承人11名).
        "学术继承人", "继承人", "传承人", "徒弟", "弟子",
        # Party officers counted as people are hospital personnel (全市分批培训基层党支部书记800人).
        "党支部书记", "支部书记", "党支部副书记", "党总支书记",
    ),
    PARTY: (
        "党员", "共产党员", "正式党员", "预备党员", "新党员", "老党员", "党员干部",
        "入党积极分子", "积极分子", "发展对象", "党员发展对象", "培养对象", "党员培养对象",
        "支部委员", "支委委员", "支委", "党委委员", "党代表", "组织委员", "宣传委员", "纪检委员", "在职党员", "离退休党员", "流动党员",
    ),
    BRANCH: (
        "党支部", "支部", "临时党支部", "党小组", "党总支", "党总支部", "基层党组织",
        "党组织", "功能型党支部", "联合党支部", "党委", "基层党支部", "在职党支部",
        "退休党支部", "离退休党支部",
    ),
    BED: (
        "床位", "病床", "床", "张床", "重症床位", "方舱床位", "隔离床位", "监护床位", "开放床位",
        "编制床位", "实际开放床位", "核定床位", "ICU床位", "负压病床", "住院床位", "康复床位",
    ),
    SAMPLE: (
        "核酸", "样本", "标本", "核酸样本", "核酸标本", "咽拭子", "鼻拭子", "核酸检测",
        "抗原检测",
    ),
    VACCINE: ("疫苗", "新冠疫苗", "加强针", "疫苗接种"),
    PATIENT: (
        "患者", "病人", "病患", "住院患者", "门诊患者", "伤员", "伤病员", "伤者", "孕产妇",
        "产妇", "新生儿", "危重患者", "重症患者",
    ),
    PUBLIC: (
        "群众", "居民", "村民", "市民", "人员", "老人", "老年人", "儿童", "学生", "师生",
        "教师", "残疾人", "贫困人口", "贫困群众", "人群", "妇女", "农民", "受检者", "对象",
        "服务对象", "病例", "确诊病例", "感染者", "密接", "密切接触者", "幼儿", "考生",
        "旅客", "游客", "企业职工", "群众代表", "志愿者", "孕妇",
    ),
    # Look like people or doses but are neither of the eight.
    NONE: (
        "陪护人员", "陪护", "家属", "患者家属", "人口", "服务人口", "常住人口", "户籍人口",
        "中药", "汤剂", "中药汤剂", "饮片", "中药饮片", "膏方", "颗粒剂", "中药颗粒", "颗粒", "药品", "药物", "药", "贫困户",
        "家庭", "农户", "小组", "病区", "科室", "单位", "医院", "卫生院", "卫生室", "村",
        "课", "活动", "项目", "病变", "疑似病变",
    ),
    # Teams: as many people as they hold are staff (专家组一行5人, 医疗队共20人); 3支医疗队 is not.
    TEAM: ("医疗队", "专家组", "工作组", "工作队", "团队", "医疗团队", "小分队", "医疗小分队"),
}
_NOUN_CLASS: dict[str, str] = {}
for _cls, _words in _NOUNS.items():
    for _w in _words:
        _NOUN_CLASS.setdefault(_w, _cls)
# Heads that take the class of the noun before them in a run: 高级职称人员 (staff),
# 党员志愿者 (Party members); alone they count no one of the eight (青年志愿者).
_GENERIC_HEADS = frozenset({"人员", "对象", "志愿者"})
# A noun ending in 组 followed by 成/建/织 is a noun and a verb: 由6名医疗专家组成的.
_NOUN_ALT = "|".join(
    regex.escape(w) + ("(?![成建织])" if w.endswith("组") else "")
    for w in sorted(_NOUN_CLASS, key=len, reverse=True)
)

# A run of head nouns right after the measure word, after at most a few
# modifiers (1300张方舱床位, 20名优秀护理人员, 30余名党员业务骨干).
_NOUN_AT = re.compile(rf"(?:{_NOUN_ALT})")
_LIST_END = set(",.;:!?。，、；：！？和及与\n")
_PUNCT = set(",.;:!?。，、；：！？()（）[]【】《》<>\"'“”‘’/|·…—-\n ")
# Words between a noun and its number: 重症床位达到388张, 党员人数为230名.
_FILLER_WORDS = (
    "达到", "达", "共计", "共有", "共", "累计", "总计", "合计", "总数", "总量", "数量", "人数", "数",
    "增至", "增加到", "增加至", "扩容至", "扩到", "扩至", "扩展到", "扩展至", "扩增到", "扩增至", "增加", "新增", "增设", "扩大到", "扩大至", "扩充至", "提升至", "提高到", "提高至",
    "为", "有", "约", "近", "超过", "等", "已", "已达", "仅", "余", "突破", "分别为", "分别", "计", "各",
    "由", "从", "至", "到", "将", "一共", "总共", "才", "就有", "就", "只有", "仅有", "一行",
)
_FILLER = f"(?:{'|'.join(_FILLER_WORDS)})"
# The characters a noun before the number can end on, with what may follow it: half the
# figures have none of them right before, and skip the search.
_BEFORE_LAST = frozenset(w[-1] for w in (*_NOUN_CLASS, *_FILLER_WORDS, "的"))
_NOUN_BEFORE = regex.compile(
    rf"(?P<noun>{_NOUN_ALT})(?P<rel>[^,。;!?:、\d]{{0,6}}?的)?{_FILLER}*$", flags=regex.REVERSE
)

# Keywords in the clause, for people counts the noun does not decide.
_CONTEXT: dict[str, tuple[str, ...]] = {
    "tested": (
        "核酸", "采样", "采集", "筛查", "检测", "抗原", "咽拭子", "混采", "检测样本", "产前诊断",
        "羊水穿刺", "筛检", "初筛", "复筛",
    ),
    # What a test found is not who was tested: 查出早期病变6例, 检出阳性15人, 筛查发现的23名患者,
    # 确诊苯丙酮尿症2例 (but 确诊病例/确诊患者 are a noun).
    "found": ("筛查出", "检测出", "检查出", "检出", "查出", "筛出", "发现", "确诊", "阳性"),
    "vaccine_doses": ("接种", "疫苗", "加强针"),
    "served": (
        "义诊", "诊治", "救治", "接诊", "诊疗", "门诊", "门急诊", "急诊", "住院", "出院",
        "收治", "治疗", "治愈", "手术", "服务", "受益", "惠及", "查体", "体检", "健康检查",
        "检查身体", "咨询", "随访", "签约", "会诊", "巡诊", "看病", "就诊", "就医", "康复",
        "救助", "问诊", "坐诊", "换药", "健康评估", "处置", "理疗", "针灸", "推拿", "输液",
        "透析", "接生", "转诊", "上转", "下转", "测量", "量血压", "测血压", "测血糖",
        # Admissions (入院人次), chronic patients kept under management (高血压患者规范管理
        # 2.6万人, 纳入健康管理), scans and counselling (彩超检查300余例, 心理疏导80人次).
        "入院", "规范管理", "健康管理", "纳入管理", "管理人数", "超声", "心理疏导",
        "心电图", "骨密度", "肺功能", "诊断",
        # Traditional treatments and endoscopies (三伏贴敷贴4.1万人次, 艾灸, 完成胃镜检查860例).
        "敷贴", "贴敷", "艾灸", "拔罐", "刮痧", "胃镜", "肠镜", "内镜",
        # People received by a clinic or a leaders' reception day (接待群众146人次), bronchoscopies,
        # and the constitution assessments of traditional medicine (中医体质辨识).
        "接待", "气管镜", "体质辨识",
    ),
    "staff": (
        "抽调", "选派", "下派", "派出", "派遣", "增派", "外派", "支援", "驰援", "援助", "援鄂",
        "援疆", "援藏", "培训", "进修", "招聘", "引进", "招录", "选拔", "组建", "挂职",
        "轮训", "在职", "在岗", "编制", "医疗队", "请战", "下沉", "出征", "奔赴", "派驻", "带教",
        "招引",
    ),
    "party_members": ("入党", "发展党员"),
    # People visited, interviewed or taking part in a meeting or contest are none of the
    # eight: 走访慰问困难职工156人次, 访谈干部职工86人次, 参赛职工460余人, 60余人参加会议.
    # Births are not patients served: 全市活产新生儿11683人.
    "none": ("走访", "慰问", "访谈", "谈心", "参赛", "参会", "参加会议", "出席", "列席", "活产", "出生",
             # People honoured or selected are none of the eight (表彰“优秀护士”30名, 入选…带头人),
             # nor are staff giving blood (参与献血职工200人).
             "表彰", "评选", "评为", "获评", "入选", "献血"),
}
_CONTEXT_CAT = {w: cat for cat, words in _CONTEXT.items() for w in words}
# A quick test before the nearest keyword is looked for: can it be "none" (or, for members
# in person-times, "staff")?
_NONE_OR_STAFF = re.compile("|".join(map(re.escape, _CONTEXT["none"] + _CONTEXT["staff"])))
# 采 alone is the sampling verb (两名护士一下午采了800余人) unless it starts another word.
_CONTEXT_CAT["采"] = "tested"
# A found-word followed by 院/诊 is another word: 检查出院患者 (出院), 查出诊.
# A keyword that names a team, a place, a unit or a job is no verb: 服务队, 服务站, 门诊党支部,
# 急诊医学科, 体检中心, 窗口服务人员.
_NOT_VERB = "(?![队站科部室楼所点处区师员]|中心|人员|医学|团队|党支部|党总支|党小组)"
_CONTEXT_RE = re.compile(
    "|".join(
        regex.escape(w) + ("(?![院诊征发])" if w.endswith("出") else "")
        + ("(?!病例|患者|病人|者|感染者)" if w in ("确诊", "阳性") else "") + _NOT_VERB
        for w in sorted(_CONTEXT_CAT, key=len, reverse=True) if w != "采"
    )
    + "|采(?![购访取用纳摘编风写光暖矿信血])"
)

_CLAUSE_END = ",.;!?。，；！？:：\n"
# Before the number: makes it an ordinal, a rate or part of a word.
_BAD_BEFORE_CN = set("第每逐统同单唯专星周初之无")  # 统一, 同一, 周一, 之一, 无一例 ...
# 每 of a unit, not of a period: 每公斤, 每完成一例, 每筛查一名 (每年/每月/每天 give totals per period).
_PER_UNIT = r"每(?![年月天日周季晚夜]|星期|个月|半年)"
# A per-unit base in the clause before a sum of money makes it a rate: 人均可支配收入由上年的8400元;
# 每完成一例手术奖励200元; 每百元医疗收入中... (a bare 百元/千元/万元 is a base).
_RATE_BEFORE = re.compile(
    rf"(?:人均|次均|例均|床均|户均|平均|定价|单价|售价|票价|零售价|{_PER_UNIT}|(?<![\d〇零一二两三四五六七八九十余多几数上近约超逾百千])[百千万]元)"
    r"[^,。;!?]{0,20}$"
)
# A count right after 每 and a short verb is one unit of a rate: 每筛查一名妇女补助60元.
_PER_BEFORE = re.compile(rf"{_PER_UNIT}[^\d,。;!?]{{0,3}}$")
# 一 further after 每 and a unit is a scheme: 每个网格有一名党委委员牵头 (each has one), where a
# written figure is a staffing quota that counts (每个团队配备1名药师); 每年/每天 give totals.
_PER_ONE_BEFORE = re.compile(rf"{_PER_UNIT}[^\d,。;!?]{{0,8}}$")
# Two neighbouring digits are a range with no one value: 三四百人, 一两百元, 五六千个.
_RANGE = frozenset(("一二", "一两", "二三", "两三", "三四", "四五", "五六", "六七", "七八", "八九"))
# One paired with one: "一名党员带一名青年", 一名院领导联系一名队员家属 (a scheme, not a count).
_PAIR_AFTER = re.compile(r"[^,。;!?、和及与+＋\d]{1,10}?一[名位个]")
_PAIR_BEFORE = re.compile(r"一[名位个][^,。;!?、和及与+＋\d]{1,10}$")
# A figure in a summary box, with its caption after a dash: ■ 38名——累计派驻专家.
_CAPTION = re.compile(r"\s*[—－-]{1,2}\s*(?P<cap>[^\n。;!?]{1,30})")
# An ordinal batch before a bare count of people: 其中第三批42人 (teams go out in batches).
_BATCH_BEFORE = re.compile(r"第[\d〇零一二两三四五六七八九十]+批次?(?:共|计|共计)?$")
# A figure in a formula or model: "1名医生+2名护士+1名村医", 1+N.
_FORMULA = re.compile(r"\s*[+＋]")
# A change to a figure stated in the clause before: 开放病床520张,较去年增加了80张.
_CHANGE_AFTER = re.compile(
    r",(?:较|比|同比|比上年|较上年|较去年|较原来|比原来)?[^,。;\d]{0,4}?"
    r"(?:增加|新增|增长|减少|扩大|扩容|提高|多|少)了?(?:到|至)?"
)
_RANGE_SIGNS = frozenset("至到-~～—－")
_RANGE_DIGITS = frozenset("0123456789〇零一二两三四五六七八九十")
_AS_ONE = frozenset(("作为", "身为", "成为", "做为"))
# What a single person said: 一位不愿透露姓名的护士说 is a source, not a count.
_SPEECH_AFTER = re.compile(r"(?:说|表示|指出|介绍|告诉|坦言|感慨|回忆|认为|提醒)")
# An adverb of two characters may stand before the verb: 由45张临时增至80张, 逐步扩大到.
_CHANGE_TO = re.compile(
    r"(?:[^\d,。;:!?、，；：\s]{1,2}(?=扩大|扩展|扩增|增加|增|提高|提升|扩容|扩充|调整|减少|下降|上升|发展))?"
    r"(?:扩大|扩展|扩增|增加|增|提高|提升|扩容|扩充|调整|减少|下降|上升|发展)?(?:到|至|为)|-|~|—|至"
)
# Slogans: 一个支部就是一座堡垒, 一名党员一面旗帜.
_SLOGAN_AFTER = re.compile(r"(?:就是|便是|即是|是一|,?一[座面条盏颗把个名])")


_STOP_RE = re.compile(f"[{regex.escape(_CLAUSE_END)}]")



# A slogan or a quoted sentence is short: a quotation mark further than 40 characters away
# opens or closes some other quotation.
_QUOTE_REACH = 40


def _quoted(text: str, s: int, e: int) -> bool:
    """text[s:e] stands inside “...” (within _QUOTE_REACH characters either side)."""
    q = text.rfind("“", max(0, s - _QUOTE_REACH), s)
    return q >= 0 and text.find("”", q, s) < 0 and text.find("”", e, e + _QUOTE_REACH) >= 0


def _bounds(doc: NormText, paras: list[int]) -> tuple[list[int], list[int]]:
    """Where clauses may start and end in the report, found once: (starts, ends), sorted.

    A clause ends at punctuation (_CLAUSE_END) or a paragraph break; it starts after the
    punctuation or at the break. A half-width full stop ends one (筛查11462例.完成...)
    unless it is a decimal point (1.2万). `paras`: where the paragraphs break, sorted."""
    text = doc.text
    stops = [m.start() for m in _STOP_RE.finditer(text)]
    if "." in text:
        stops = [
            p for p in stops
            if text[p] != "." or not (p and text[p - 1].isdigit() and text[p + 1:p + 2].isdigit())
        ]
    return sorted({p + 1 for p in stops}.union(paras)), sorted(set(stops).union(paras))


# A clause's reach around a figure when no punctuation ends it (a PDF table, a run-on line):
# the verb that says what is counted stands before the figure, with the noun and a 的-clause
# between (抽调来自全院各科室的骨干医护人员共20名), so the reach before is the longer; the
# object or the service after it is closer (20名医护人员赴灾区开展巡回义诊).
_CLAUSE_BEFORE, _CLAUSE_AFTER = 40, 30


def _clause(starts: list[int], ends: list[int], n: int, start: int, end: int) -> tuple[int, int]:
    """[a, b) of the clause around text[start:end] (n: the text's length), from the
    bounds of `_bounds`: at most _CLAUSE_BEFORE characters before and _CLAUSE_AFTER after."""
    lo = start - _CLAUSE_BEFORE if start > _CLAUSE_BEFORE else 0
    k = bisect_right(starts, start) - 1
    a = starts[k] if k >= 0 and starts[k] > lo else lo
    hi = end + _CLAUSE_AFTER if end + _CLAUSE_AFTER < n else n
    k = bisect_left(ends, end)
    b = ends[k] if k < len(ends) and ends[k] < hi else hi
    return a, b


# Staff words that, after a noun of the public, name a role among the public (居民骨干).
_WEAK_STAFF = frozenset({"骨干", "带头人"})


def _run_class(cls: str, noun: str) -> str:
    """Class of a run of nouns whose class so far is cls, when noun follows."""
    if noun in _GENERIC_HEADS:
        return cls
    new = _NOUN_CLASS[noun]
    return cls if cls == PUBLIC and noun in _WEAK_STAFF else new


_NOUN_ENDING = regex.compile(rf"(?:{_NOUN_ALT})$", flags=regex.REVERSE)


def _compound_before(text: str, start: int, noun: str, cls: str) -> str:
    """Class of a noun found before the number, given the noun right before it (居民骨干20名)."""
    if noun not in _GENERIC_HEADS and noun not in _WEAK_STAFF:
        return cls
    m = _NOUN_ENDING.search(text, max(0, start - 6), start)
    if m is None:
        return cls
    prev = _NOUN_CLASS[m.group()]
    if prev in (NONE,):
        return cls
    return _run_class(prev, noun)


_RUN_STOP_DE = re.compile(rf"[{re.escape(''.join(sorted(_PUNCT)))}\d]")  # 的 allowed
_RUN_STOP = re.compile(rf"[{re.escape(''.join(sorted(_PUNCT)))}\d的]")
_NOUN_SEARCH = re.compile(rf"(?=[{''.join(sorted(set(w[0] for w in _NOUN_CLASS)))}])(?:{_NOUN_ALT})")
_NOUN_MAX = max(map(len, _NOUN_CLASS))


def _noun_after(text: str, pos: int, limit: int, allow_de: bool) -> tuple[int, int, str] | None:
    """The head noun of the noun run after the measure word at pos: (start, end, class).

    The run may start right at pos (20名护理人员), after a few modifiers (2个临时党支部,
    20名优秀护理人员: at most 4 characters; branches and beds up to `limit`), or, for people, after a relative clause
    ending in 的 (3名来自省人民医院的专家). A noun further away with no 的 before it is
    in another phrase (3名同志获评优秀共产党员) and is passed over.
    """
    hi = min(len(text), pos + limit + 1)
    # The run ends at punctuation, a digit or (unless allowed) 的; a noun must start before
    # that and within the limit, and is found by one search rather than a try at each character.
    stop = (_RUN_STOP_DE if allow_de else _RUN_STOP).search(text, pos, hi)
    end = hi + _NOUN_MAX
    if stop is not None:
        hi = end = stop.start()
    i = pos
    while i < hi:
        first = _NOUN_SEARCH.search(text, i, end)
        if first is None or first.start() >= hi:
            return None
        i = first.start()
        cls = _NOUN_CLASS[first.group()]
        # Branches and beds may carry longer modifiers: 3个市级标准化规范化党支部.
        near = i == pos or (i - pos <= 4 and cls != NONE) or (not allow_de and cls in (BRANCH, BED))
        after_de = allow_de and text[i - 1] == "的" and cls != NONE
        if not (near or after_de):
            i = first.end()
            continue
        head_end = first.end()
        # Follow the run: 党员业务骨干 -> 骨干 is the head; 学生核酸标本 -> 标本;
        # but a generic 人员/对象/志愿者 keeps the class of the noun it follows
        # (高级职称人员, 党员志愿者), and staff words after the public are not staff
        # (居民骨干, 群众志愿者).
        while (m := _NOUN_AT.match(text, head_end)) is not None:
            head_end = m.end()
            cls = _run_class(cls, m.group())
        if text[head_end:head_end + 1] in (":", "："):
            # A noun before a colon heads what follows (床位1680张 / 人才: 新引进博士9名).
            return None
        if cls == NONE and first.group() in _PLACE_NOUNS and i - pos <= 1:
            # A place first is a modifier of people further on: 12名卫生院原有职工 (their
            # staff), 5名社区卫生服务站的护士; the search goes on after it.
            i = head_end
            continue
        return first.start(), head_end, cls
    return None


def _nearest_context(text: str, a: int, b: int, start: int, end: int) -> str | None:
    """Category of the keyword nearest to [start, end) within the clause [a, b)."""
    best = None
    best_dist = 10**9
    for m in _CONTEXT_RE.finditer(text, a, b):
        if m.start() < end and m.end() > start:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        # Ties: a keyword after the number wins (六万多名学生核酸标本采集).
        if dist < best_dist or (dist == best_dist and m.start() >= end):
            # A keyword denied is none of the eight: 尚有近200人未接种, 300人没有体检.
            neg = text[m.start() - 1:m.start()] in ("未", "没", "不") or text[m.start() - 2:m.start()] == "没有"
            best, best_dist = ("none" if neg else _CONTEXT_CAT[m.group()]), dist
    return best


# A verb of testing, serving or vaccinating right before the noun of people counted
# makes them its object: 已筛查退休职工3100余人, 为85名党员体检 (staff tested are not staff sent).
# Only verbs that take people as their object: 核酸/采样 before a noun make a compound
# (核酸采样队员 are staff).
_OBJECT_VERBS = {
    "筛查": "tested", "体检": "served", "查体": "served", "健康检查": "served", "义诊": "served",
    "诊治": "served", "救治": "served", "随访": "served", "接种": "vaccine_doses",
}
_OBJECT_VERB_ALT = "|".join(sorted(_OBJECT_VERBS, key=len, reverse=True))
_VERB_BEFORE_NOUN = re.compile(rf"(?P<kw>{_OBJECT_VERB_ALT})[^\d,。;!?]{{0,2}}$")
_VERB_AFTER_NOUN = re.compile(rf"[^\d,。;!?]{{0,4}}?(?P<kw>{_OBJECT_VERB_ALT})")
_CONTEXT_ENDING = re.compile(rf"(?:{_CONTEXT_RE.pattern})$")
_BARE_ROUND = frozenset("百千万亿")
# 至/到 not part of a verb of change (增至, 提高到, 扩大到 ...).
_BARE_TO = re.compile(r"(?<![增加容大充升高达提扩])[至到]")

_FROM_CLASS = {STAFF: "staff", PARTY: "party_members", BRANCH: "party_branches", BED: "beds",
               SAMPLE: "tested", VACCINE: "vaccine_doses", TEAM: "staff"}


# How far after a count of patients found the service given them may be told.
_SERVED_REACH = 30


def _served_after(text: str, e: int) -> bool:
    """A keyword of service stands after e in the same sentence (at most _SERVED_REACH on)."""
    stop = _SENTENCE_END.search(text, e, e + _SERVED_REACH)
    end = stop.start() if stop else min(len(text), e + _SERVED_REACH)
    return any(_CONTEXT_CAT.get(m.group()) == "served" for m in _CONTEXT_RE.finditer(text, e, end))


def _person_category(cls: str | None, context: str | None) -> str:
    """Category of a count of people (名, 人, 人次, 位, 例) from its noun class and context."""
    if cls in _FROM_CLASS:
        return _FROM_CLASS[cls]
    if cls == NONE or context in ("found", "none"):
        return "other"
    if cls == PATIENT:
        return context if context in ("tested", "vaccine_doses") else "served"
    if cls == PUBLIC:
        return context if context in ("tested", "vaccine_doses", "served") else "other"
    return context or "other"


_DIGITS = re.compile(r"\d+")


def _bad_separator(doc: NormText, m: re.Match) -> int | None:
    """End of the last separator in the number that is not inside it, or None.

    `1,300` and `26 800` group thousands; `2 0` is one number only when the source
    has a line break there (a PDF hard wrap); `220，218` is two numbers. The number
    starts after the last separator that is not inside it (each is judged by the
    digits after it alone), so a table row of digits is read once.
    """
    num = m.group("num")
    if not num[0].isdigit() or (" " not in num and "," not in num):
        return None
    base = m.start("num")
    source, src = doc.source, doc.src
    cut = None
    for sep in _SEP.finditer(num):
        i = sep.start()
        group = _DIGITS.match(num, i + 1).group()
        if sep.group() == ",":
            if len(group) != 3 or "，" in doc.source_text(base + i, base + i + 1):
                cut = base + i + 1
        elif len(group) != 3:
            between = source[src(base + i - 1) + 1:src(base + i + 1)]
            if "\n" not in between and "\r" not in between:
                cut = base + i + 1
    return cut


def _matches(doc: NormText):
    """The hits of _COUNT_RE, with numbers wrongly run together split apart."""
    text = doc.text
    pos = 0
    while (m := _COUNT_RE.search(text, pos)) is not None:
        if (" " in (g := m.group()) or "," in g) and (cut := _bad_separator(doc, m)) is not None:
            m = _COUNT_AFTER_SEP.match(text, cut)
            if m is None:
                pos = cut
                continue
        yield m
        pos = m.end()


_MENTIONS = TypeAdapter(list[CountMention])
_LIST_SEP = re.compile(r"[、和及与或]")
_LIST_STOP = re.compile(r"[,。;]")
# How far after a total its 其中 may stand (床位32.16万张,比上年增加1.2%。其中:): 20 characters.
_BREAKDOWN_GAP = 20
# A breakdown ends with its sentence (a half-width full stop too, unless a decimal point), and
# within 200 characters of its 其中 whatever the punctuation.
_SENTENCE_END = re.compile(r"[。;!?\n]|\.(?!\d)")
_BREAKDOWN_SPAN = 200
# Places a figure may be given for without saying what it counts (其中:医院27.35万张).
_PLACE_NOUNS = frozenset({"医院", "卫生院", "卫生室", "科室", "单位", "病区", "村"})


def extract(doc: NormText) -> list[CountMention]:
    text = doc.text
    gaps = doc.gaps
    paras = sorted(i for i, kind in gaps.items() if kind == PARAGRAPH)
    starts, ends = _bounds(doc, paras)
    n = len(text)
    # (start, end, category, value, unit shown, approx, subject, measure word, undecided: may
    # take the category of a total it breaks down).
    found: list[tuple[int, int, str, int | float, str, bool, str | None, str, bool]] = []
    for m in _matches(doc):
        s, e = m.span()
        g_before, num, a1, mult, a2, unit, g_after = m.group("before", "num", "a1", "mult", "a2", "unit", "after")
        prev = text[s - 1] if s else ""
        # A number glued to the digits or letters before it is part of something else.
        if prev.isascii() and prev.isalnum() or prev == ".":
            continue
        if prev == "第" or (prev == "每" and not g_before):
            continue
        if not g_before and num[0] not in "0123456789数几" and prev in _BAD_BEFORE_CN:
            continue
        if not mult and len(num) < 10 and num.isdigit() and num.isascii():
            value = int(num)
        else:
            value = quantity_value(_SEP.sub("", num) if " " in num or "," in num else num, mult)
        if not value:  # None, or 0
            continue
        plain = not (g_before or a1 or a2 or g_after)
        approx = not plain or num[0] in "数几"
        is_person = unit in PERSON_UNITS
        # Not a count of anything: 一位位白衣天使, 一个个支部 (each one); a bare 百名/千名/万名
        # or 百元/万元 names a campaign or a base (百名医生进乡村, 每百元医疗收入); one unit of a
        # rate after 每 and a verb (每筛查一名妇女补助60元).
        not_count = (
            (num == "一" and len(unit) == 1 and text.startswith(unit, e))
            or (num in _BARE_ROUND and plain and not mult and (is_person or unit in MONEY_UNITS))
            or ("每" in text[s - 10 if s > 10 else 0:s] and (
                _PER_BEFORE.search(text, max(0, s - 6), s) is not None
                or num == "一" and _PER_ONE_BEFORE.search(text, max(0, s - 10), s) is not None
            ))
            or (len(num) > 1 and num[:2] in _RANGE)
            # The upper end of a range has no one value: 每名护士负责6至8名患者, 再吸收2至3名.
            or (not g_before and s > 1 and text[s - 1] in _RANGE_SIGNS and text[s - 2] in _RANGE_DIGITS)
            # An article, not a count: 作为一名医生, 身为一位党员.
            or (num == "一" and text[s - 2:s] in _AS_ONE)
            # One bed as furniture: 一张简易床 (capacities are figures: 新增床位20张).
            or (num == "一" and unit in ("张", "張"))
        )
        shown_unit = (mult[-1] + unit) if unit == "元" and mult and mult[-1] in "万亿千" else unit

        if unit in _OTHER_UNITS:
            # Never one of the eight (家, 项, 次, 台 ...): reported with the noun after it, if any.
            after = _noun_after(text, e, 8, allow_de=False)
            if after is None:
                found.append((s, e, "other", value, shown_unit, approx, None, unit, False))
            else:
                found.append((s, after[1], "other", value, shown_unit, approx, text[e:after[1]], unit, False))
            continue

        a, b = _clause(starts, ends, n, s, e)
        category: str | None = None
        subject: str | None = None
        span = (s, e)
        noun = after = before = None
        if unit not in MONEY_UNITS:  # a sum is money or a rate whatever noun stands by it
            after = _noun_after(text, e, 10 if is_person else 8, allow_de=is_person)
            if after is not None and is_person and after[2] in (BRANCH, BED):
                # 医院30人由党委统一调配, 没有一例因床位不足: people are not branches or beds.
                after = None
            if after is None and is_person and (cap := _CAPTION.match(text, e)) is not None:
                # ■ 38名——累计派驻专家: the caption's last noun is what the box counts.
                cap_end = cap.end("cap")
                k = bisect_left(paras, cap.start("cap") + 1)
                if k < len(paras) and paras[k] < cap_end:
                    cap_end = paras[k]
                if (cn := _NOUN_ENDING.search(text, cap.start("cap"), cap_end)) is not None:
                    after = (cn.start(), cn.end(), _NOUN_CLASS[cn.group()])
            if after is None or after[2] == NONE and not is_person:
                # The noun before: at most 16 characters back (the longest noun, 6 characters
                # of 的-clause and two filler words: 重症床位总数达到388张).
                nb = _NOUN_BEFORE.search(text, max(a, s - 16), s) if text[s - 1:s] in _BEFORE_LAST else None
                # A place noun first in the run is a modifier: 重症病区床位由原来的40张 -> 床位.
                while nb and _NOUN_CLASS[nb.group("noun")] == NONE and nb.end("noun") != s:
                    nb = _NOUN_BEFORE.search(text, nb.end("noun"), s)
                if nb:
                    ncls = _NOUN_CLASS[nb.group("noun")]
                    if ncls == NONE and (
                        nb.end("noun") != s
                        or _CONTEXT_ENDING.search(text, max(0, nb.start("noun") - 4), nb.end("noun")) is not None
                    ):
                        # 来自各科室的300余人: 科室 is not what is counted; 上门换药210人次: 药 is
                        # the end of a verb of service, not the head noun.
                        nb = None
                    elif nb.group("rel") and ncls not in (STAFF, PARTY, PATIENT, BED, BRANCH):
                        nb = None
                    elif nb.group("rel") and num == "一" and not is_person and e < len(text) and text[e] not in _PUNCT:
                        nb = None  # 党支部扎根一线的一个写照: 的一个 is an article before the word after it
                    elif ncls != BED and _BARE_TO.search(text, nb.end("noun"), s) is not None:
                        # A bare 至/到 after a noun of people is a destination: 派医生到3个村.
                        # Beds go up to a figure (扩容重症床位至216张).
                        nb = None
                    elif num == "一" and text[e:e + 1] not in _PUNCT and e < n and (
                        nb.group("rel") is None and text[nb.end("noun"):s] in ("为", "是", "")
                    ):
                        # 教授为一名骨折老人手术: 一名 before more words is an article of the
                        # object, not the count of the noun before it (正式党员一名。 counts).
                        nb = None
                if nb:
                    ncls = _compound_before(text, nb.start("noun"), nb.group("noun"), ncls)
                    before = (nb.start("noun"), nb.end("noun"), ncls)
            noun = after or before
            if noun:
                # The head noun as written, with its modifiers: 1300张方舱床位 -> 方舱床位.
                subject = text[e:noun[1]] if noun is after else text[noun[0]:noun[1]]
                span = (s, noun[1]) if noun is after else (noun[0], e)

        cls = noun[2] if noun else None
        context = None
        if unit in MONEY_UNITS:
            # A per-unit base up to 28 characters back (_RATE_BEFORE: the base and 20 more,
            # as in 人均可支配收入由上年的8400元) makes the sum a rate.
            rate = _RATE_BEFORE.search(text, max(a, s - 28), s) or text.startswith("/", e)
            category = "other" if rate else "money"
            subject = None
            span = (s, e)
        elif unit in DOSE_UNITS:
            category = "other" if cls == NONE else "vaccine_doses"
        elif unit in BED_UNITS or unit == "张" or unit == "張":
            category = "beds" if unit in BED_UNITS or cls == BED else "other"
        elif unit in SAMPLE_UNITS:
            if unit == "人份" or cls == SAMPLE:
                category = "tested"
            elif unit in ("管", "份") and cls is None and _nearest_context(text, a, b, s, e) == "tested":
                # 核酸检测完成15.7万份, 采集血样300管: samples of a test.
                category = "tested"
            else:
                category = "other"
        elif is_person:
            if cls in (STAFF, PARTY):
                # Staff or members as the object of a test or a service.
                if noun is before:
                    vb = _VERB_BEFORE_NOUN.search(text, max(a, noun[0] - 8), noun[0])
                else:
                    vb = _VERB_AFTER_NOUN.match(text, noun[1], b) if text[s - 1:s] in ("为", "对", "给") else None
                if vb is not None:
                    cls, context = None, _OBJECT_VERBS[vb.group("kw")]
                elif _NONE_OR_STAFF.search(text, a, b) is not None:
                    near = _nearest_context(text, a, b, s, e)
                    if near == "none" and cls == STAFF:
                        # Staff visited or taking part are not staff sent or trained; Party
                        # members are members whatever they do (慰问困难党员20名).
                        cls, context = None, "none"
                    elif cls == PARTY and unit == "人次":
                        # Members in person-times are an activity's count: trained ones are
                        # staff (培训党员干部260人次), visited ones none (慰问党员156人次).
                        cls, context = None, "staff" if near == "staff" else "none"
            if cls not in _FROM_CLASS and cls != NONE and context is None:
                context = _nearest_context(text, a, b, s, e)
                if context is None and cls is None and _BATCH_BEFORE.search(text, max(a, s - 8), s):
                    context = "staff"
                if context is None and cls is None:
                    # 共派出6批次,累计120人次: the verb may stand in the clause before.
                    pa, _ = _clause(starts, ends, n, a - 1, a - 1) if a > 1 else (a, a)
                    if a > 1 and text[a - 1] in ",，" and gaps.get(a) != PARAGRAPH:
                        context = _nearest_context(text, pa, a - 1, s, e)
                        if context in ("party_members", "none"):
                            context = None
            if context == "found" and cls == PATIENT and _served_after(text, e):
                # Patients a screening found and then treated or managed are served:
                # 筛查发现高血压患者300人,全部纳入规范管理; 对查出的12名患者完成转诊.
                context = "served"
            category = _person_category(cls, context)
            if unit == "例" and category == "staff":
                category = "other"  # 例 counts cases, never staff
        elif unit == "个" or unit == "支":
            category = "party_branches" if cls == BRANCH and unit == "个" else "other"
            # 个 counts people in speech: 赤脚医生就有一百多个, 三个护士、两个医生.
            if unit == "个" and cls in (STAFF, PARTY, PATIENT) and not _PAIR_BEFORE.search(text, a, s) and (
                (noun is before and not nb.group("rel")) or (noun is after and (noun[1] == len(text) or text[noun[1]] in _LIST_END))
            ):
                category = _FROM_CLASS.get(cls, "served")  # 一上午看了80多个病人
        else:
            category = "other"

        undecided = (
            category == "other" and context is None and not not_count and num != "一"
            and unit not in MONEY_UNITS and value == int(value)
            and (cls is None or noun is before and subject in _PLACE_NOUNS)
        )
        # Attributes and set phrases: 覆盖人口万人以上的村卫生室; 一个支部一座堡垒.
        # Formulas ("1名医生+2名护士"); one person quoted (一名值守的医生告诉记者).
        if category != "other":
            tail = text[span[1]:span[1] + 3]
            if not_count:
                category = "other"
            elif value == 1 and not num[0].isdigit() and _SLOGAN_AFTER.match(tail):
                category = "other"
            elif g_after and text.startswith("的", e):
                category = "other"
            elif _FORMULA.match(text, span[1]) or text[max(0, s - 2):s].rstrip().endswith(("+", "＋")):
                category = "other"
            elif value == 1 and is_person and noun is after and (
                _SPEECH_AFTER.match(text, span[1]) or _SPEECH_AFTER.search(text, span[1], b) and num == "一"
            ):
                # 一位专家在接受采访时表示: one person quoted is a source.
                category = "other"
            elif num == "一" and (_PAIR_AFTER.match(text, span[1], b) or _PAIR_BEFORE.search(text, a, s)):
                category = "other"  # 一名党员带一名青年
            elif num == "一" and is_person and noun is after and cls in (PATIENT, PUBLIC) and text[noun[0] - 1] == "的" and noun[0] - e > 1:
                # A story's one patient: 一名来自邻县的产妇在转运途中..., 一位刚做完手术的老人.
                category = "other"
            elif num == "一" and (prev == "的" or noun is None and is_person or _quoted(text, s, e)):
                # An article, not a count: 救治的一名危重症患者; 一名87岁的老人; “不让一位患者久等”.
                category = "other"
            elif value != int(value) and unit not in MONEY_UNITS:
                category = "other"  # 每千人口床位4.2张: people, beds and branches come whole
        found.append((span[0], span[1], category, value, shown_unit, approx, subject, unit, undecided))

    # Lists sharing a head noun: 1300张方舱及300张重症床位 -> both beds.
    for i in range(len(found) - 1, 0, -1):
        prev_f, cur = found[i - 1], found[i]
        if prev_f[2] == "other" and cur[2] != "other" and prev_f[7] == cur[7] and prev_f[6] is None:
            between = text[prev_f[1]:cur[0]]
            if len(between) <= 5 and _LIST_SEP.search(between) and not _LIST_STOP.search(between):
                found[i - 1] = prev_f[:2] + (cur[2],) + prev_f[3:6] + (cur[6],) + prev_f[7:]

    # A change from one figure to another: 病床由200张扩大到600张 -> both beds.
    for i in range(1, len(found)):
        prev_f, cur = found[i - 1], found[i]
        if cur[2] == "other" and prev_f[2] != "other" and prev_f[7] == cur[7] and cur[6] is None:
            between = text[prev_f[1]:cur[0]]
            # 由200张扩大到600张; 编制床位300张,比上年新增60张.
            if _CHANGE_TO.fullmatch(between) or _CHANGE_AFTER.fullmatch(between):
                found[i] = cur[:2] + (prev_f[2],) + cur[3:6] + (prev_f[6],) + cur[7:]

    # A breakdown of a total: 床位3.2万张,其中:医院2.7万张,基层机构0.4万张; 诊疗1.9亿人次。其中:
    # 医院1.1亿人次. After 其中 (between a counted figure and the next, close to the first),
    # the figures of the same measure word in that sentence that nothing else decided
    # (no noun, or a place: 医院, 卫生院) count what the total counts.
    k = 0
    while k < len(found) - 1:
        tot = found[k]
        k += 1
        if tot[2] == "other":
            continue
        mark = text.find("其中", tot[1], min(found[k][0], tot[1] + _BREAKDOWN_GAP))
        if mark < 0:
            continue
        stop = _SENTENCE_END.search(text, mark, mark + _BREAKDOWN_SPAN)
        end = stop.start() if stop else mark + _BREAKDOWN_SPAN
        while k < len(found) and found[k][0] < end:
            part = found[k]
            if part[2] == "other" and part[7] == tot[7] and part[8]:
                found[k] = part[:2] + (tot[2],) + part[3:]
            k += 1

    # One validation of the whole list: less than half the cost of a model at a time.
    # Source offsets looked up here as NormText.src does, without a method call per end.
    source = doc.source
    out = []
    seg_norm, seg_src = doc._seg_norm, doc._seg_src
    for s, e, category, value, unit, approx, subject, _, _ in found:
        k = bisect_right(seg_norm, s) - 1
        a = seg_src[k] + s - seg_norm[k]
        k = bisect_right(seg_norm, e - 1, k) - 1
        b = seg_src[k] + e - seg_norm[k]
        out.append({"text": source[a:b], "start": a, "end": b, "category": category,
                    "value": value, "unit": unit, "approx": approx, "subject": subject})
    return _MENTIONS.validate_python(out)
