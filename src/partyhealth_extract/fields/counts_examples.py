"""Example phrasings for the counts extractor, Duckling style.

`EXAMPLES`: phrasing -> every count of the guide's eight categories it holds,
as (category, value, approx). The test runs each phrasing through the real
extractor and requires exactly these (category, value, approx) triples among
the mentions that are not `other`.

`NEAR_MISSES`: phrasings that hold numbers but no count of the eight kinds
(percentages, ordinals, years, durations, rates, slogans, quantities of
anything else); nothing but `other` may come out of them.

`GUIDE_ROWS`: the examples of section 4 of the annotation guide, row by row.

Values are worked out by hand from the guide: Chinese numerals and 万/亿
multiplied out, approximation words (余 多 近 约 超 逾 上百 数 以上 左右)
set approx and leave the stated number as the value.
"""

from __future__ import annotations

S, T, B, V, M, P, G, SV = (
    "staff", "tested", "beds", "vaccine_doses", "money", "party_members", "party_branches", "served",
)

# The guide's table (section 4), one phrasing per example.
GUIDE_ROWS: list[tuple[str, list[tuple[str, int, bool]]]] = [
    ("紧急抽调20名护理人员", [(S, 20, False)]),
    ("选派30余名党员业务骨干", [(S, 30, True)]),
    ("一名医生、三名护士", [(S, 1, False), (S, 3, False)]),
    ("派出医务人员380余人次", [(S, 380, True)]),
    ("六万多名学生核酸标本采集", [(T, 60000, True)]),
    ("完成947.7万人次的核酸采集", [(T, 9477000, False)]),
    ("1300张方舱床位", [(B, 1300, False)]),
    ("重症床位达到388张", [(B, 388, False)]),
    ("22.5万剂次的疫苗接种", [(V, 225000, False)]),
    ("共完成26800剂", [(V, 26800, False)]),
    ("66500元", [(M, 66500, False)]),
    ("13万余元", [(M, 130000, True)]),
    ("近300万元", [(M, 3000000, True)]),
    ("百余万元", [(M, 1000000, True)]),
    ("1.2亿元", [(M, 120000000, False)]),
    ("正式党员73名", [(P, 73, False)]),
    ("预备党员1名", [(P, 1, False)]),
    ("4个党支部", [(G, 4, False)]),
    ("2个临时党支部", [(G, 2, False)]),
    ("4个党小组", [(G, 4, False)]),
    ("免费义诊9000余人次", [(SV, 9000, True)]),
    ("急性心肌梗死患者600余例", [(SV, 600, True)]),
]

EXAMPLES: list[tuple[str, list[tuple[str, int, bool]]]] = [
    # --- staff: sent, deployed, trained, employed ---------------------------
    ("医院连夜抽调15名骨干医护人员组成医疗队", [(S, 15, False)]),
    ("先后派出医疗专家120余人次下乡坐诊", [(S, 120, True)]),
    ("我院第三批援鄂医疗队共有队员12名", [(S, 12, False)]),
    ("选派2名呼吸科医生、4名重症医学科护士驰援武汉", [(S, 2, False), (S, 4, False)]),
    ("全院现有职工1268人，其中卫生技术人员1034人", [(S, 1268, False), (S, 1034, False)]),
    ("增派8位专家常驻乡镇卫生院", [(S, 8, False)]),
    ("组建了一支由45名医护人员组成的核酸采样队", [(S, 45, False)]),
    ("年内共引进博士3名、硕士研究生26名", [(S, 3, False), (S, 26, False)]),
    ("培训基层医务人员2000余人次", [(S, 2000, True)]),
    ("县医院下沉11名医生到村卫生室坐诊", [(S, 11, False)]),
    ("共有近百名医护人员报名参战", [(S, 100, True)]),
    ("全院400多名医务工作者坚守岗位", [(S, 400, True)]),
    ("其中高级职称人员86人", [(S, 86, False)]),
    ("抽调精干力量32人组成流调队伍", [(S, 32, False)]),
    ("每天安排2名医生在卡点值守", [(S, 2, False)]),
    ("省城三甲医院派驻5名专家开展帮扶", [(S, 5, False)]),
    ("医疗队由10位医生和20位护士组成", [(S, 10, False), (S, 20, False)]),
    ("面向社会公开招聘护理人员60名", [(S, 60, False)]),
    ("医护人员共计150余人奔赴方舱医院", [(S, 150, True)]),
    ("组织三十名医护志愿者走上街头", [(S, 30, False)]),
    ("医生、护士各5名轮流值班", [(S, 5, False)]),
    ("分三批轮训乡村医生二百四十人", [(S, 240, False)]),
    ("紧急抽调2\n0名医护人员", [(S, 20, False)]),
    ("抽调１５名护士组成采样队", [(S, 15, False)]),
    ("抽調15名醫護人員", [(S, 15, False)]),
    ("共有来自各科室的300余人参加培训", [(S, 300, True)]),
    ("下派3名来自省人民医院的专家", [(S, 3, False)]),
    ("该院7名队员随国家医疗队出征", [(S, 7, False)]),
    ("在岗职工数十名放弃休假", [(S, 10, True)]),
    ("先后选派十余名技术骨干赴县医院挂职", [(S, 10, True)]),
    # --- tested: people or samples tested or screened ------------------------
    ("全县完成核酸检测12.6万人次", [(T, 126000, False)]),
    ("累计采集核酸样本3万余份", [(T, 30000, True)]),
    ("对全镇2.3万名居民开展核酸筛查", [(T, 23000, False)]),
    ("共筛查高危人群1500余人", [(T, 1500, True)]),
    ("完成抗原检测8000人份", [(T, 8000, False)]),
    ("为返乡人员进行核酸采样600余人", [(T, 600, True)]),
    ("当日混采检测10万管", [(T, 100000, False)]),
    ("免费开展两癌筛查3200人", [(T, 3200, False)]),
    ("为上千名师生采集咽拭子", [(T, 1000, True)]),
    ("核酸采样约4.5万人次", [(T, 45000, True)]),
    # --- beds ---------------------------------------------------------------
    ("800张方舱床位及120张重症床位", [(B, 800, False), (B, 120, False)]),
    ("医院编制床位1200张", [(B, 1200, False)]),
    ("目前开放床位近900张", [(B, 900, True)]),
    ("新增ICU床位20张", [(B, 20, False)]),
    ("新院区设计床位500张", [(B, 500, False)]),
    ("设置隔离病床50张", [(B, 50, False)]),
    ("建成一座1000床的现代化综合医院", [(B, 1000, False)]),
    ("50张普通床位和20张负压病床", [(B, 50, False), (B, 20, False)]),
    ("床位总数达1500张", [(B, 1500, False)]),
    ("60张普通及20张监护床位", [(B, 60, False), (B, 20, False)]),
    ("病床由200张扩大到六百张", [(B, 200, False), (B, 600, False)]),
    # --- vaccine doses ------------------------------------------------------
    ("累计接种新冠疫苗5.6万余剂次", [(V, 56000, True)]),
    ("为辖区老人接种流感疫苗3000余人次", [(V, 3000, True)]),
    ("加强针共接种1.2万针", [(V, 12000, False)]),
    ("当天接种疫苗1200人", [(V, 1200, False)]),
    ("共完成26 800剂", [(V, 26800, False)]),
    ("全院累计接种两万剂次", [(V, 20000, False)]),
    ("流动接种车已接种4300余剂", [(V, 4300, True)]),
    # --- money --------------------------------------------------------------
    ("投入帮扶资金8.5万元", [(M, 85000, False)]),
    ("减免医疗费用13万余元", [(M, 130000, True)]),
    ("为患者节省费用近300万元", [(M, 3000000, True)]),
    ("计划投入百余万元更新设备", [(M, 1000000, True)]),
    ("累计节约医疗费用1.2亿元", [(M, 120000000, False)]),
    ("捐赠十万元用于修路", [(M, 100000, False)]),
    ("项目总投资3.5亿元", [(M, 350000000, False)]),
    ("筹集善款20余万元", [(M, 200000, True)]),
    ("投入1200万元建设发热门诊", [(M, 12000000, False)]),
    ("拨付专项经费2千万元", [(M, 20000000, False)]),
    ("共计五万三千元", [(M, 53000, False)]),
    ("帮扶资金约50万元", [(M, 500000, True)]),
    ("设备投入超过1亿元", [(M, 100000000, True)]),
    ("争取上级资金逾千万元", [(M, 10000000, True)]),
    ("捐款12,500元", [(M, 12500, False)]),
    ("投入２０万元改造病房", [(M, 200000, False)]),
    ("每年为群众减负300万元", [(M, 3000000, False)]),
    ("累计发放慰问金6000元左右", [(M, 6000, True)]),
    ("医疗费用减免一万零四十元", [(M, 10040, False)]),
    ("院方出资三百零五元", [(M, 305, False)]),
    ("帮扶资金二十多万元", [(M, 200000, True)]),
    # --- party members ------------------------------------------------------
    ("有正式党员58名，预备党员3名", [(P, 58, False), (P, 3, False)]),
    ("全院共有党员312名", [(P, 312, False)]),
    ("今年发展新党员9名", [(P, 9, False)]),
    ("150余名共产党员冲锋在前", [(P, 150, True)]),
    ("确定入党积极分子12名", [(P, 12, False)]),
    ("党员人数达到230人", [(P, 230, False)]),
    ("40名党员组成突击队", [(P, 40, False)]),
    ("二十三名党员递交请战书", [(P, 23, False)]),
    # --- party branches -----------------------------------------------------
    ("院党委下设8个党支部", [(G, 8, False)]),
    ("在隔离病区成立3个临时党支部", [(G, 3, False)]),
    ("全院党员划分为6个党小组", [(G, 6, False)]),
    ("党支部数量增至12个", [(G, 12, False)]),
    ("设立1个党总支", [(G, 1, False)]),
    ("医院党委下辖两个党总支、十五个党支部", [(G, 2, False), (G, 15, False)]),
    ("成立了5个功能型党支部", [(G, 5, False)]),
    ("所属27个基层党组织全部完成换届", [(G, 27, False)]),
    # --- served -------------------------------------------------------------
    ("开展义诊活动，免费义诊3000余人次", [(SV, 3000, True)]),
    ("年门诊量突破80万人次", [(SV, 800000, True)]),  # 突破: past the figure, as 超过
    ("全年接诊患者12万人次", [(SV, 120000, False)]),
    ("为群众免费体检1200余人次", [(SV, 1200, True)]),
    ("服务群众5000余人", [(SV, 5000, True)]),
    ("惠及群众2万余人", [(SV, 20000, True)]),
    ("发放药品价值3万元，诊治病人420人", [(M, 30000, False), (SV, 420, False)]),
    ("成功救治危重患者36例", [(SV, 36, False)]),
    ("上门随访慢病患者560人次", [(SV, 560, False)]),
    ("住院病人3.2万人次", [(SV, 32000, False)]),
    ("累计受益群众达1.2万人", [(SV, 12000, False)]),
    ("现场咨询群众300余人次", [(SV, 300, True)]),
    ("为600余名群众提供健康咨询", [(SV, 600, True)]),
    ("收治新冠肺炎患者213名", [(SV, 213, False)]),
    ("开展送医下乡，诊疗群众上万人次", [(SV, 10000, True)]),
    ("共为贫困户查体500人以上", [(SV, 500, True)]),
    # --- whole sentences in the genre, several figures each ------------------
    ("全院共有在职职工1560人，其中中共党员386名，设党总支2个，党支部17个",
     [(S, 1560, False), (P, 386, False), (G, 2, False), (G, 17, False)]),
    ("医院开放床位1000张，年门诊量60万人次，年出院病人3万人次，年手术量1.2万台次",
     [(B, 1000, False), (SV, 600000, False), (SV, 30000, False)]),
    ("抗疫期间先后派出4批共计56名医护人员支援武汉", [(S, 56, False)]),
    ("累计完成核酸采样23.6万人次，检测样本31万份", [(T, 236000, False), (T, 310000, False)]),
    ("发热门诊共接诊发热患者3562人次", [(SV, 3562, False)]),
    ("截至3月底，全县累计接种新冠病毒疫苗32.5万剂", [(V, 325000, False)]),
    ("开展健康讲座32场，受益群众2000余人", [(SV, 2000, True)]),
    ("共有党员268名，其中在职党员215名，离退休党员53名",
     [(P, 268, False), (P, 215, False), (P, 53, False)]),
    ("为120名贫困患者免费实施白内障手术", [(SV, 120, False)]),
    ("组织32名专家赴山区开展义诊，诊治群众1600余人次，发放药品价值2万余元",
     [(S, 32, False), (SV, 1600, True), (M, 20000, True)]),
    ("义诊活动共出动医务人员26人", [(S, 26, False)]),
    ("现场接受健康咨询800余人次", [(SV, 800, True)]),
    ("累计治愈出院患者168例", [(SV, 168, False)]),
    ("医院投入资金3000余万元", [(M, 30000000, True)]),
    ("年业务收入达5.6亿元", [(M, 560000000, False)]),
    ("捐赠价值10万元的防护物资", [(M, 100000, False)]),
    ("共派出6批次，累计120人次", [(S, 120, False)]),
    ("核定编制820人", [(S, 820, False)]),
    ("医院党委下辖1个党委、3个党总支、25个党支部", [(G, 1, False), (G, 3, False), (G, 25, False)]),
    ("全院20余个党支部同步开展主题党日", [(G, 20, True)]),
    ("慰问困难党员20名", [(P, 20, False)]),
    ("下乡义诊时派出专家60人次，服务群众3000人次", [(S, 60, False), (SV, 3000, False)]),
    ("医护人员45名，其中医生15名、护士30名", [(S, 45, False), (S, 15, False), (S, 30, False)]),
    ("下设党支部13个、党员326名", [(G, 13, False), (P, 326, False)]),
    ("全院1200余名干部职工参加", [(S, 1200, True)]),
    ("千余名医务人员签名请战", [(S, 1000, True)]),
    ("吸引数千名群众前来义诊", [(SV, 1000, True)]),
    ("争取上级资金数亿元", [(M, 100000000, True)]),
    ("为3000多名老年人免费体检", [(SV, 3000, True)]),
    ("选派党员医生12名组成巡诊队", [(S, 12, False)]),
    ("其中5名支部书记为学科带头人", [(S, 5, False)]),
    ("紧急抽调3名同志充实流调队伍", [(S, 3, False)]),
    ("其中重症医学专业人员46名", [(S, 46, False)]),
    ("抽调5名经验丰富的护士", [(S, 5, False)]),
    ("30名身穿防护服的白衣战士", [(S, 30, False)]),
    ("800余人参加培训活动", [(S, 800, True)]),
    ("为全县8.6万名65岁以上老年人免费体检", [(SV, 86000, False)]),
    ("派出2支医疗队共36人", [(S, 36, False)]),
    ("为3万余名妇女开展两癌筛查", [(T, 30000, True)]),
    ("累计开展义诊活动120余场次，惠及群众3.5万人次", [(SV, 35000, False)]),
    ("组建12支医疗队，800余名医护人员投入一线", [(S, 800, True)]),
    ("当日全市完成核酸检测156.8万人份", [(T, 1568000, False)]),
    ("调配重症床位120张、普通床位600张", [(B, 120, False), (B, 600, False)]),
    # --- round 2: rules generalised from noisy reports ---------------------
    # Party officers counted as people are personnel.
    ("全市分批培训基层党支部书记800人", [(S, 800, False)]),
    ("选派12名党支部书记赴延安学习", [(S, 12, False)]),
    # 采 alone is the sampling verb.
    ("两名护士一下午采了800余人", [(S, 2, False), (T, 800, True)]),
    ("采样小组当天共采1.2万人", [(T, 12000, False)]),
    # An ordinal batch followed by a bare count of people: a team sent.
    ("其中第三批42人由护理部主任带队", [(S, 42, False)]),
    ("第一批共18人已于昨日出发", [(S, 18, False)]),
    ("先后派出两批医疗队，第二批30人由党委书记带队", [(S, 30, False)]),
    # Verbs of service in front of the figure: the patients, not the doctors.
    ("专家团队累计坐诊4600余人次", [(SV, 4600, True)]),
    ("为卧床老人上门换药210人次", [(SV, 210, False)]),
    ("开展中医理疗1300人次", [(SV, 1300, False)]),
    ("完成老年人健康评估960人", [(SV, 960, False)]),
    ("妥善处置过敏反应12例", [(SV, 12, False)]),
    ("下派专家20人，累计坐诊8000人次", [(S, 20, False), (SV, 8000, False)]),
    # Prenatal diagnosis is a test; what a screening found is not who was screened.
    ("全年完成产前诊断860例", [(T, 860, False)]),
    ("完成羊水穿刺320余例", [(T, 320, True)]),
    ("共筛查妇女5600人，检出阳性15人", [(T, 5600, False)]),
    # Staff or members as the object of a test, a service or a vaccination.
    ("今年以来已筛查退休职工3100余人", [(T, 3100, True)]),
    ("为620名医务人员接种加强针", [(V, 620, False)]),
    ("为85名党员免费体检", [(SV, 85, False)]),
    ("为40名党员讲授专题党课", [(P, 40, False)]),
    ("为30名新职工开展岗前培训", [(S, 30, False)]),
    # A change stated after the figure it changes keeps its kind.
    ("编制床位300张，比上年新增60张", [(B, 300, False), (B, 60, False)]),
    ("开放病床520张，较去年增加了80张", [(B, 520, False), (B, 80, False)]),
    # Volunteers: health workers' or Party members' are counted as such, others not.
    ("招募医护志愿者60名", [(S, 60, False)]),
    ("其中党员志愿者18名", [(P, 18, False)]),
    # Longer modifiers before a branch; 组成 after a noun is a verb.
    ("今年创建3个市级标准化规范化党支部", [(G, 3, False)]),
    ("由6名医疗专家组成的会诊团队", [(S, 6, False)]),
    # Round numbers with an approximation stay counts.
    ("上千名群众接受义诊", [(SV, 1000, True)]),
    ("百余名专家参加会诊", [(S, 100, True)]),
    ("每月为困难职工发放生活补助共计2.4万元", [(M, 24000, False)]),
    # A public noun before a full profession stays staff; 核酸采样 before 队员 is a compound.
    ("招聘8名大学生乡村医生", [(S, 8, False)]),
    ("全年派出核酸采样队员600余人次", [(S, 600, True)]),
    ("培训乡镇助产士150余名", [(S, 150, True)]),
    ("近百名医疗志愿者参与", [(S, 100, True)]),
    # A place noun before the head noun is a modifier.
    ("重症病区床位由原来的40张增加至64张", [(B, 40, False), (B, 64, False)]),
    # 出院 after a checking verb is not a finding.
    ("检查出院患者1200人次", [(SV, 1200, False)]),
    # --- round 3: rules generalised from new writers' reports ---------------
    # A decimal point is no clause end: the verb before the list still governs it.
    ("今年为适龄妇女筛查宫颈癌3.1万人、乳腺癌2.7万人", [(T, 31000, False), (T, 27000, False)]),
    ("上半年累计随访高血压患者0.8万人、2.6万人次", [(SV, 8000, False), (SV, 26000, False)]),
    # Digits between Chinese units, as speech writes them.
    ("家庭医生上门巡诊超过2万3千人次", [(SV, 23000, True)]),
    ("全年接诊1万5000余人次", [(SV, 15000, True)]),
    # No fewer than, broke through: bounds, so approximate.
    ("每年下派骨干医师不少于10名", [(S, 10, True)]),
    ("门急诊量首次突破30万人次", [(SV, 300000, True)]),
    ("招聘护理人员不低于20名", [(S, 20, True)]),
    # A keyword naming a team, a station or a department is no verb: the count goes by its own
    # clause (志愿者 alone count none of the eight; 培训 governs 中医药人员).
    ("医院服务队现有注册志愿者350余人", []),
    ("为村卫生室培训中医药人员62名", [(S, 62, False)]),
    ("累计培训基层管理人员和窗口服务人员4200余人次", [(S, 4200, True)]),
    ("培训党员干部180人次", [(S, 180, False)]),
    # Staff with names the lexicon lacked.
    ("两院互派进修人员28人次", [(S, 28, False)]),
    ("疾控中心派出消杀人员16名", [(S, 16, False)]),
    ("目前病房有医师4人、护理师15人", [(S, 4, False), (S, 15, False)]),
    ("名老中医先后带出学术继承人7名", [(S, 7, False)]),
    ("已有16名继承人顺利出师", [(S, 16, False)]),
    ("对新提拔的25名中层干部进行廉政谈话", [(S, 25, False)]),
    # A team's members are staff; 一行 and 一共/才/就有/将 stand between noun and figure.
    ("省级专家组一行6人到院指导", [(S, 6, False)]),
    ("那时全院护士一共才7名", [(S, 7, False)]),
    ("编制床位将增加到1200张", [(B, 1200, False)]),
    # 个 counts people in speech when the noun is a profession.
    ("培养的乡村医生就有八十多个", [(S, 80, True)]),
    ("当年只有三个医生、五个护士", [(S, 3, False), (S, 5, False)]),
    # Examinations are services; found and diagnosed are not tested.
    ("免费检测心电图230余人次", [(SV, 230, True)]),
    ("为老人测量血压、血糖520余人", [(SV, 520, True)]),
    ("完成远程心电诊断900余例", [(SV, 900, True)]),
    ("完成新生儿听力初筛8400例", [(T, 8400, False)]),
    ("全年完成认知功能筛检3200余人", [(T, 3200, True)]),
    # Patients a screening found are counted as served when the sentence goes on to the
    # care they got (round 5: 随访, 转诊, 纳入管理 are services); alone they are not.
    ("对筛查发现的17名患者全部随访", [(SV, 17, False)]),
    ("筛查发现糖尿病患者150人，已全部建档随访", [(SV, 150, False)]),
    ("对检出的9名疑似患者安排转诊", [(SV, 9, False)]),
    ("确诊地中海贫血基因携带者58例", []),
    # People visited or taking part are not staff sent; Party members stay members.
    ("走访慰问一线职工230人次", []),
    ("参赛医护人员150余人", []),
    ("慰问生病住院党员48人次", []),
    # A summary box: the caption after the dash names what is counted.
    ("■ 56名——累计下派专家", [(S, 56, False)]),
    # A figure with a written 1 in a per-unit quota counts (每组配备1名护士).
    ("每个签约团队配备1名全科医生", [(S, 1, False)]),
    # --- breakdowns of a total after 其中 (round 4) ------------------------------
    ("全市开放床位4.8万张，其中：医院3.9万张，乡镇卫生院0.7万张", [(B, 48000, False), (B, 39000, False), (B, 7000, False)]),
    ("全年门急诊量达2.3亿人次，同比下降4%。其中：医院1.4亿人次，基层机构0.8亿人次",
     [(SV, 230000000, False), (SV, 140000000, False), (SV, 80000000, False)]),
    ("本市共有卫生员和工勤技能人员3.1万人", [(S, 31000, False)]),
    ("村里的卫生员12人全部参加了轮训", [(S, 12, False)]),
    # --- services named by what is done (round 4) ------------------------------
    ("全年各院入院病人合计52.3万人次", [(SV, 523000, False)]),
    ("全县糖尿病患者规范管理8.6万人", [(SV, 86000, False)]),
    ("辖区内高血压人群纳入管理1200余人", [(SV, 1200, True)]),
    ("开展超声检查900余例", [(SV, 900, True)]),
    ("为受灾村民提供心理疏导300余人次", [(SV, 300, True)]),
    # A breakdown takes only figures of the same measure word that nothing else decided,
    # within the sentence of its 其中.
    ("全县共派出医生40名，其中：乡镇卫生院建成规范化门诊12个", [(S, 40, False)]),
    ("医院派出专家12名。其中科室主任说，当地有30个村", [(S, 12, False)]),
    ("床位增加到600张，其中：重症病区60张。医院140张救护担架", [(B, 600, False), (B, 60, False)]),
    # --- round 5 -------------------------------------------------------------------
    # Graduates recruited and full-time staff of a service are staff.
    ("今年医院公开招录临床医学毕业生35名", [(S, 35, False)]),
    ("为每个急救站配齐司机等专职人员48人", [(S, 48, False)]),
    # Beds go from one figure to another, or up to one, with 从/至/到 after the noun.
    ("病区床位从30张调整到52张", [(B, 30, False), (B, 52, False)]),
    ("年底前扩容监护床位至96张", [(B, 96, False)]),
    ("全院共有病床300張", [(B, 300, False)]),
    # 个 counts patients in speech too.
    ("这位老村医一天要看三十多个病人", [(SV, 30, True)]),
    # A change of a figure with an adverb before its verb.
    ("观察床位由12张逐步扩大到30张", [(B, 12, False), (B, 30, False)]),
    ("感染科病床由60張臨時增至150張", [(B, 60, False), (B, 150, False)]),
    # --- round 6 ---------------------------------------------------------------
    # 人体检 is 人 and 体检 when a heading follows the figure.
    ("全院全年收治重症患者2600余人体检：中心接待体检者", [(SV, 2600, True)]),
    # A bed count that grows to a figure: both figures are beds.
    ("病区床位从20张扩展到45张", [(B, 20, False), (B, 45, False)]),
    ("ICU床位由8张扩增至24张", [(B, 8, False), (B, 24, False)]),
    # A noun of beds before a verb of growth and the figure it reaches.
    ("疫情高峰时临时把监护床位扩到96张", [(B, 96, False)]),
    ("留观床位扩展至150张", [(B, 150, False)]),
    # Beds added are beds: 康复床位新增80张.
    ("今年康复病床增加260余张", [(B, 260, True)]),
    ("老年病科床位新增48张", [(B, 48, False)]),
    # A noun before a colon heads the next line, not the figure before it.
    ("核定床位900张\n人才：引进硕士12名", [(B, 900, False), (S, 12, False)]),
    # A place first in the run modifies the people counted.
    ("对15名卫生院在岗职工开展轮训", [(S, 15, False)]),
    ("选派8名卫生院业务骨干进修", [(S, 8, False)]),
    # Samples counted in 份 after a test.
    ("全年核酸检测累计完成8.3万份", [(T, 83000, False)]),
    # Graduates and programme workers recruited or trained.
    ("今年招引临床医学本科生35名", [(S, 35, False)]),
    ("举办培训班，培训艾滋病防治人员210人次", [(S, 210, False)]),
    # Traditional treatments and endoscopies are services.
    ("开展冬病夏治贴敷2.6万人次", [(SV, 26000, False)]),
    ("内镜中心全年完成肠镜检查1320例", [(SV, 1320, False)]),
    ("治未病中心半年来接待患者4100余人次", [(SV, 4100, True)]),
    ("书记接待日当天共接待来访群众37人次", [(SV, 37, False)]),
    ("呼吸科全年完成支气管镜检查640余例", [(SV, 640, True)]),
    ("为1900余名老年人开展中医体质辨识", [(SV, 1900, True)]),
]

# Nothing of the eight categories may come out of these.
NEAR_MISSES: list[str] = [
    # --- round 5 -------------------------------------------------------------------
    # What a screening found, with no care after it.
    "体检中查出肺结节患者40例。",
    # One room holding so many patients is a ratio, not patients served.
    "那时一个病房挤着十来个病人",
    "一个诊室要容纳五个病人",
    # A price is money per copy or ticket: a rate.
    "该刊每年定价240元",
    "门票单价60元",
    # The upper end of a range has no one value.
    "每位医生负责10至15名住院患者",
    "每周再安排1到2名护士",
    "计划再招收3-5名护士",
    # An article, not a count: 作为一名, 身为一位; one bed as furniture; a source quoted.
    "作为一名共产党员，他主动请缨",
    "身为一位医生，就要守好岗位",
    "诊室只摆得下一张病床和一张桌子",
    "市疾控中心一位专家接受采访时说",
    "主任医师为一名81岁的骨折老人做了手术",
    # People honoured or giving blood are none of the eight.
    "大会表彰“优秀护士”25名",
    "医院评选出“最美医生”12名",
    "组织献血职工190人",
    # A bare 至/到 after people is where they go: the figure counts the places.
    "派出骨干医生到5个乡镇卫生院",
    "派医生至3个村开展巡诊",
    "第六批援鄂医疗队昨日返程",
    "2021年以来医院持续推进党建工作",
    "连续奋战十天完成任务",
    "24小时内完成病区改造",
    "党员占比达80%以上",
    "百分之九十五的患者表示满意",
    "一个支部就是一座堡垒",
    "一名党员一面旗帜",
    "每名党员联系1户群众",
    "帮扶贫困户120户",
    "建成15个村卫生室",
    "发放宣传资料5000余份",
    "开展活动60次",
    "服务覆盖率达到93.1%",
    "迎来第四个中国医师节",
    "坚持一室一医一患",
    "落实三会一课制度",
    "专家一针见血地指出问题",
    "人均住院费用下降300元",
    "每人补助500元",
    "门诊收费15元/人次",
    "减免一名陪护人员的核酸检测费",
    "服务人口万人以上的卫生院",
    "全县设有14个疫苗接种点",
    "四位一体的服务模式",
    "十四五规划开局之年",
    "开展两学一做学习教育",
    "入选全国县级医院500强",
    "2023年9月14日上午8:54",
    "排名全省第一",
    "奋战在一线的医护人员",
    "何斌一家人齐上阵",
    "织密一张网",
    "医院有3个院区",
    "覆盖12个乡镇、186个行政村",
    "编印宣传册2万册",
    "完成手术1.5万台",
    "开展培训20余场次",
    "历时3个月",
    "从5个方面提出24项任务",
    "第一书记驻村帮扶",
    "组建7支医疗队",
    "采购呼吸机20台",
    "元旦前夕走访慰问",
    "每一名医务人员都冲在前面",
    "建筑面积18000平方米",
    "共计11层",
    "一个党员就是一面旗帜",
    "同一名患者",
    "第二剂次接种率达到九成",
    "7个党支部书记参加述职",
    "做到一人一档、一人一策",
    "建立一位一策帮扶台账",
    "新增确诊病例3例",
    "隔离观察人员235人",
    "帮扶贫困户68户、贫困人口213人",
    "资助每名贫困学生2000元",
    "住院费用1000元/月",
    "开设党员先锋岗10个",
    "成立党员突击队5支",
    "全院有16个临床科室",
    "走访慰问老干部35人",
    "综合排名全省前10名",
    "万众一心抗击疫情",
    "千方百计为百姓办实事",
    "县城常住人口23万人",
    "人口规模达50万人以上的县",
    "各支部书记、党员代表共计120余人参加会议",
    "3名同志获评优秀共产党员",
    "帮扶村民300余户1000余人",
    "全市累计报告本土确诊病例86例",
    "现有密切接触者1356人全部集中隔离",
    "新建党员活动室3个",
    # --- round 2 near-misses -------------------------------------------------
    # Reduplicated measure words mean "one after another".
    "一位位白衣天使日夜坚守",
    "一个个临时党支部在一线成立",
    # A bare 百/千/万 before the measure word names a campaign or a base.
    "百名医生进乡村",
    "开展千名医生下基层活动",
    "百名党员进社区志愿服务",
    "万元收入能耗持续下降",
    "每百元医疗收入中药品收入下降",
    "千元以下的药品费用全部报销",
    # Rates: per person, per unit, per case.
    "人均可支配收入由上年的8400元提高到9100元",
    "每完成一例手术奖励200元",
    "每筛查一名妇女补助60元",
    "每公斤高出收购价1元",
    # What a screening found.
    "筛查出高危孕妇42例",
    "查出早期病变6例",
    # Volunteers and 骨干 of the public are not staff.
    "组织青年志愿者走上街头",
    "组织社区志愿者40余人",
    "居民骨干20名参与网格管理",
    "发动村民骨干15人",
    "200名大学生志愿者",
    # Formulas and models.
    "推行“1名医生+2名护士+1名村医”的签约模式",
    # One person quoted is a source, not a count.
    "一位不愿透露姓名的护士说",
    "一名值守的医生告诉记者",
    "全年无一例医疗事故",
    "共筛查出阳性12人",
    # 个 counting the word after it, not the noun before.
    "这是党支部扎根一线的一个生动写照",
    # People are not branches.
    "医院30人由党委统一调配",
    # --- round 3 near-misses -------------------------------------------------
    # Traditional medicine slices are dispensed in 剂, but are no vaccine.
    "全年代煎中药饮片3.6万余剂",
    "配送中药颗粒剂1200剂",
    # Ranges of two neighbouring digits have no one value.
    "一天要看两三百个病人",
    "以前住一次院要花三四千元",
    "门诊量也就五六百人",
    # One paired with one, and one as an article.
    "推行“一名专家带一名青年医生”的导师制",
    "实行一位院领导联系一个科室",
    "每个病区有一名护士长负责",
    "每次巡诊还要带上一名药剂人员",
    "他是团队救治的一名重症患者",
    "一名72岁的患者因胸痛入院",
    "“绝不让一位患者在门外久等”",
    # A rate per thousand people: beds come whole.
    "每千人口床位数将由4.6张提高到6.2张",
    # Births and findings are not patients served.
    "全市活产新生儿9800人",
    "召回可疑阳性新生儿96名",
    "参加会议的党支部书记共40余人",
    "访谈干部职工52人次",
    # 健康管理师, 心理疏导员 are jobs, not services.
    "在每个家庭医生团队配备健康管理师",
    "聘请心理疏导员讲课3次",
    # --- round 6 near-misses ---------------------------------------------------
    # People denied a service are not served, tested or vaccinated.
    "辖区内尚有300余人未接种",
    "仍有80多人没有体检",
    # People are not beds.
    "没有一例因床位紧张而延误",
    # A story's one patient, through a 的-clause.
    "一名来自邻乡的孕妇在途中突发胎盘早剥",
    "一位刚做完手术的老人握着护士的手",
    # 份 of something that is no sample.
    "发放健康宣传资料3000余份",
    # A reception of visiting delegations counts no one of the eight.
    "接待各地考察团12批次",
    # A rise of a bed rate is no count of beds.
    "每千人口床位增加0.6张",
]
