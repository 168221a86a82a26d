"""Example phrasings for the hospitals extractor (guide section 1), written for
these tests in the style of the genre (county hospital Party-building stories,
COVID bulletins, poverty relief, newspaper pages).

NAMED: (text, expected hospitals). Each expected hospital is a list whose first
item is the name the entity must carry (the fullest form) and whose other items
must all be among its aliases. The extractor must find exactly these entities.

NOT_HOSPITALS: texts in which no hospital may be found (generic phrases,
departments, alliances, government bodies).

SUBJECT: (title or None, text, expected subject hospital name or None).
"""

from __future__ import annotations

NAMED: list[tuple[str, list[list[str]]]] = [
    # Full names with their place prefix, cut after the verb or preposition before them.
    ("近日，湖北省荆州市第一人民医院党委召开专题会议。", [["湖北省荆州市第一人民医院"]]),
    ("他随医疗队赶赴武汉市江岸区方舱医院开展救治。", [["武汉市江岸区方舱医院"]]),
    ("两名护士被派往武汉市汉阳体校方舱医院参与救治。", [["武汉市汉阳体校方舱医院"]]),
    ("队员们在武汉市洪山体育馆方舱医院坚守了三十五天。", [["武汉市洪山体育馆方舱医院"]]),
    ("医院与江夏区第一人民医院结成对口帮扶关系。", [["江夏区第一人民医院"]]),
    ("今年以来，阳新县中医医院新增床位120张。", [["阳新县中医医院"]]),
    ("在十堰市人民医院进修半年后回到科室。", [["十堰市人民医院"]]),
    ("组织专家到竹山县人民医院开展业务指导。", [["竹山县人民医院"]]),
    ("前往英山县妇幼保健院开展孕产妇健康讲座。", [["英山县妇幼保健院"]]),
    ("联合宜都市中医医院举办义诊活动。", [["宜都市中医医院"]]),
    ("恩施州中心医院专家团队到村开展巡诊。", [["恩施州中心医院"]]),
    ("长阳土家族自治县人民医院获评二级甲等医院。", [["长阳土家族自治县人民医院"]]),
    ("持续推进仙桃市第一人民医院改革试点工作。", [["仙桃市第一人民医院"]]),
    ("上海市第六人民医院专家来院坐诊。", [["上海市第六人民医院"]]),
    ("黄石市妇幼保健院党委书记一行来访。", [["黄石市妇幼保健院"]]),
    ("荆门市掇刀区人民医院成立了临时党支部。", [["荆门市掇刀区人民医院"]]),
    ("该县人民群众在新县人民医院就能看上专家门诊。", [["新县人民医院"]]),
    # Towns, streets and community health centres.
    ("党员志愿者深入店子镇卫生院，开展健康宣讲。", [["店子镇卫生院"]]),
    ("到城关镇中心卫生院开展对口支援。", [["城关镇中心卫生院"]]),
    ("医生们在唐家墩街道社区卫生服务中心设立了接种点。", [["唐家墩街道社区卫生服务中心"]]),
    ("武汉市江汉区唐家墩街道社区卫生服务中心完成接种3000剂。", [["武汉市江汉区唐家墩街道社区卫生服务中心"]]),
    # A bare 市/县 with a numbered or specialised type names the city's one such
    # hospital when no hospital of the report is it written loosely.
    ("雪灾期间，伤员分流到淮南市中医院、市第三人民医院救治。", [["淮南市中医院"], ["市第三人民医院"]]),
    ("市妇幼保健院今年为2万名妇女提供免费筛查。", [["市妇幼保健院"]]),
    ("黄梅县中医医院派出专家，县中医院护理部同步跟进。", [["黄梅县中医医院"]]),
    ("永安区第一人民医院原是县第一人民医院。", [["永安区第一人民医院"]]),
    # A bare place's hospital is the same as the place's with its suffix.
    ("恩平市人民医院的队员到了，恩平人民医院的护士也到了。", [["恩平市人民医院", "恩平人民医院"]]),
    # A town has one health centre: its 中心卫生院 and 卫生院 are one entity.
    ("乡亲们口中的白沙镇卫生院，如今挂牌为白沙镇中心卫生院。", [["白沙镇中心卫生院", "白沙镇卫生院"]]),
    ("青石乡卫生院与青石乡中心卫生院是同一家单位，柳河乡卫生院另算。", [["青石乡中心卫生院", "青石乡卫生院"], ["柳河乡卫生院"]]),
    # A preposition (据) or pronoun before a town is no part of its name; a
    # function character inside a town's name after a place is (书院, 坎市).
    ("据石门镇中心卫生院统计，全年接诊3万人次。", [["石门镇中心卫生院"]]),
    ("青山区学院街道社区卫生服务中心开设了夜间门诊。", [["青山区学院街道社区卫生服务中心"]]),
    ("医疗队在中和镇卫生院驻点一周。", [["中和镇卫生院"]]),
    # Proper names, with or without a place, after a verb or a preposition.
    ("2020年与太和医院签订人才代培协议。", [["太和医院"]]),
    ("专家团队来自北京协和医院。", [["北京协和医院"]]),
    ("借助北京天坛医院的优质专家资源，开展远程会诊。", [["北京天坛医院"]]),
    ("多名骨干先后到同济医院和协和医院进修。", [["同济医院"], ["协和医院"]]),
    ("十堰市太和医院专家每周到院坐诊。", [["十堰市太和医院"]]),
    ("解放军总医院专家为群众义诊。", [["解放军总医院"]]),
    ("患者家属专程赶到仁心医院致谢。", [["仁心医院"]]),
    # University hospitals.
    ("总院和华中科技大学同济医学院附属同济医院签订合作协议。", [["华中科技大学同济医学院附属同济医院"]]),
    ("我院与四川大学华西医院签订专科联盟协议。", [["四川大学华西医院"]]),
    ("危重患者被转诊至中南大学湘雅二医院。", [["中南大学湘雅二医院"]]),
    ("借助郑州大学第一附属医院的技术力量开展新项目。", [["郑州大学第一附属医院"]]),
    ("复旦大学附属中山医院的专家来院指导。", [["复旦大学附属中山医院"]]),
    ("与武汉大学人民医院合作开展学科建设。", [["武汉大学人民医院"]]),
    ("支援武汉大学中南医院的队员平安归来。", [["武汉大学中南医院"]]),
    ("中国医学科学院肿瘤医院专家来县里会诊。", [["中国医学科学院肿瘤医院"]]),
    ("由湖北文理学院附属医院派出专家团队。", [["湖北文理学院附属医院"]]),
    ("十堰市国药东风总医院派出医疗队。", [["十堰市国药东风总医院"]]),
    ("联勤保障部队第九二〇医院与县医院开展协作。", [["联勤保障部队第九二〇医院"]]),
    # Common abbreviations.
    ("他曾到湘雅二院进修一年。", [["湘雅二院"]]),
    ("患儿被送往北医三院救治。", [["北医三院"]]),
    ("依托医联体平台，借助河北医大一院的专家。", [["河北医大一院"]]),
    ("河北医大二院的专家到县里开展手术带教。", [["河北医大二院"]]),
    ("宜昌一医党委书记介绍了医院的做法。", [["宜昌一医"]]),
    ("荆州一医党委坚持把党建品牌建设作为重点。", [["荆州一医"]]),
    ("襄阳市一医院派出医疗队驰援。", [["襄阳市一医院"]]),
    # Forms of one institution merged into one entity with aliases.
    ("荆州市第一人民医院(简称荆州一医)党委召开大会。", [["荆州市第一人民医院", "荆州一医"]]),
    ("贵州省贞丰县人民医院召开大会。贞丰县人民医院党委书记讲话。", [["贵州省贞丰县人民医院", "贞丰县人民医院"]]),
    ("先后与市太和医院合作开展业务，又与太和医院签订协议。", [["市太和医院", "太和医院"]]),
    (
        "医院整合原荆州市胸科医院，两天内把原胸科医院改建为收治机构。",
        [["荆州市胸科医院", "原荆州市胸科医院", "原胸科医院", "胸科医院"]],
    ),
    (
        "郧西县人民医院医共体党委成立以来，县人民医院下派专家常驻分院，总院业务不断增强。",
        [["郧西县人民医院", "县人民医院", "总院"]],
    ),
    (
        "清河县人民医院承担了核酸检测任务。县人民医院党委提出，人民医院要为人民。",
        [["清河县人民医院", "县人民医院", "人民医院"]],
    ),
    # Several hospitals in one sentence.
    ("县妇幼保健院与宜昌市中心医院建立了双向转诊机制。", [["县妇幼保健院"], ["宜昌市中心医院"]]),
    (
        "清河县人民医院选派的队员分别在武汉市汉阳体校方舱医院和江夏区第一人民医院救治患者。",
        [["清河县人民医院"], ["武汉市汉阳体校方舱医院"], ["江夏区第一人民医院"]],
    ),
    # Layout noise: a name broken by a line break or spaces.
    ("近年来，商河县中医\n医院坚持党建引领。", [["商河县中医医院"]]),
    ("本报讯 郧西县 人民医院 开展义诊。", [["郧西县人民医院"]]),
    # Traditional characters and full-width punctuation.
    ("（記者）清河縣人民醫院黨委召開會議。", [["清河县人民医院"]]),
    # The phrase before a university name ends at a time word or a verb (每月, 今年, 聘请, 安排).
    ("医院每月邀请四川大学华西医院专家来院会诊。", [["四川大学华西医院"]]),
    ("今年聘请复旦大学附属华山医院教授担任学科带头人。", [["复旦大学附属华山医院"]]),
    ("医院定期安排中南大学湘雅三医院专家来院查房。", [["中南大学湘雅三医院"]]),
    # A university known by a name that is not a place (同济 alone is a preposition).
    ("每年委派同济大学附属东方医院骨干到县里带教。", [["同济大学附属东方医院"]]),
    ("在北京协和医学院附属医院进修。", [["北京协和医学院附属医院"]]),
    # University short forms: X大 with a number (一附院, 附一院, 二院) or before a known name.
    ("浙大二院专家团队到县里会诊。", [["浙大二院"]]),
    ("县里多次邀请苏大附一院专家来院手术。", [["苏大附一院"]]),
    ("患者转至川大华西医院后病情平稳。", [["川大华西医院"]]),
    # ... merged with the full name they abbreviate.
    (
        "与西安交通大学第二附属医院（交大二附院）签订协议，交大二附院每月派专家坐诊。",
        [["西安交通大学第二附属医院", "交大二附院"]],
    ),
    (
        "他在四川大学华西医院进修，回来后常说川大华西医院的管理值得学习。",
        [["四川大学华西医院", "川大华西医院"]],
    ),
    ("专家来自湖南医科大学第一附属医院，湖南医大一院还派出护理骨干。", [["湖南医科大学第一附属医院", "湖南医大一院"]]),
    ("与中南大学湘雅医院、湘雅三院共建专科联盟，中南大学湘雅三医院派驻专家。", [["中南大学湘雅医院"], ["中南大学湘雅三医院", "湘雅三院"]]),
    # A name in brackets right after another is the same institution.
    ("队员们先后在武汉客厅方舱医院（东西湖方舱医院）工作。", [["武汉客厅方舱医院", "东西湖方舱医院"]]),
    (
        "合作单位包括中山大学附属第一医院（中山一院）和中山市人民医院。",
        [["中山大学附属第一医院", "中山一院"], ["中山市人民医院"]],
    ),
    # Temporary facilities: 社区治疗设施 as well as 方舱医院.
    ("医疗队进驻沙田社区治疗设施开展医疗服务。", [["沙田社区治疗设施"]]),
    # A generic form defined in the text stands for that hospital (以…为总院).
    (
        "该县以来凤县人民医院为总院组建医共体，以来凤县中医医院为龙头组建中医医共体，总院下派医师20名。",
        [["来凤县人民医院", "总院"], ["来凤县中医医院"]],
    ),
    # A place known only with its 县 (大名 alone is a word): 县人民医院 is still its short form.
    ("大名县人民医院组织专家下乡义诊，县人民医院党委书记带队。", [["大名县人民医院", "县人民医院"]]),
    # 总院 never stands for a township hospital.
    ("店子镇卫生院与总院签订协议。", [["店子镇卫生院"]]),
    # Town and street names read back to a boundary (a place, a verb, a list comma),
    # three characters and more; a township's 中心卫生院 named by its town alone.
    ("专家团队下沉到土默特左旗察素齐镇卫生院坐诊。", [["土默特左旗察素齐镇卫生院"]]),
    ("医共体整合了白马河镇中心卫生院、将军庙乡卫生院等11家机构。", [["白马河镇中心卫生院"], ["将军庙乡卫生院"]]),
    ("义诊队走进江汉区民权路社区卫生服务中心。", [["江汉区民权路社区卫生服务中心"]]),
    ("医院托管了石门坎中心卫生院。", [["石门坎中心卫生院"]]),
    # ... 将 after a comma is the preposition, not the town's first character.
    ("，将城关镇卫生院纳入医共体统一管理。", [["城关镇卫生院"]]),
    # 市立/省立 hospitals; numbered military hospitals (three or four digits).
    ("专家来自青岛市立医院。", [["青岛市立医院"]]),
    ("患者转至解放军第305医院治疗。", [["解放军第305医院"]]),
    ("医院与5201医院开展合作。", [["5201医院"]]),
    # A bracket's own words (以下简称) are no part of the short name after them.
    ("宜昌市中心医院（以下简称市中心医院）派出专家。", [["宜昌市中心医院", "市中心医院"]]),
    # A campus is a form of its hospital (…院区).
    ("队员进驻襄阳市中心医院东津院区，襄阳市中心医院派出专家。", [["襄阳市中心医院", "襄阳市中心医院东津院区"]]),
    # A branch named after its parent is one name.
    ("北京儿童医院保定医院专家来县坐诊。", [["北京儿童医院保定医院"]]),
    # After a university's 附属 the name may be a word (光明 is no place here).
    ("延边大学附属光明医院派出专家。", [["延边大学附属光明医院"]]),
    # A place name that starts with a numeral word (五里墩).
    ("医疗队进驻武汉市五里墩方舱医院。", [["武汉市五里墩方舱医院"]]),
    # Former names of one hospital (更名为, 前身是) are its aliases.
    (
        "1953年，建始县卫生院更名为建始县人民医院，2016年又更名为建始县第一人民医院。",
        [["建始县第一人民医院", "建始县卫生院", "建始县人民医院"]],
    ),
    ("鹤峰县人民医院的前身是鹤峰县卫生院。", [["鹤峰县人民医院", "鹤峰县卫生院"]]),
    ("鹤峰县人民医院与鹤峰县中医医院签订协议。", [["鹤峰县人民医院"], ["鹤峰县中医医院"]]),
    # The same place's hospital written loosely: 县医院 for 县人民医院, an
    # autonomous county by its plain name, an abbreviated banner.
    ("帮扶竹溪县医院建设，竹溪县人民医院院长表示感谢。", [["竹溪县人民医院", "竹溪县医院"]]),
    ("长阳县人民医院与长阳土家族自治县人民医院是同一家医院。", [["长阳土家族自治县人民医院", "长阳县人民医院"]]),
    (
        "专家组与科右中旗人民医院对接，科尔沁右翼中旗人民医院院长表示感谢。",
        [["科尔沁右翼中旗人民医院", "科右中旗人民医院"]],
    ),
    ("巴东县医院和巴东县中医医院联合义诊。", [["巴东县医院"], ["巴东县中医医院"]]),
    # A hospital newspaper's masthead is page furniture; 医院报告厅 is not a masthead.
    ("宜昌市中心医院报\n第3版\n本报讯 近日，宜都市中医医院开展义诊。", [["宜都市中医医院"]]),
    ("宜昌市中心医院报告厅内座无虚席。", [["宜昌市中心医院"]]),
    # A table whose columns the layout set apart with spaces: a name does not run back
    # into the column before it (a province the name repeats, a column of its own).
    (
        "序号　省份　医院名称\n1　北京　北京市朝阳区第二人民医院\n2　河北　河北省保定市第一中心医院\n3　内蒙古　鄂尔多斯市中心医院",
        [["北京市朝阳区第二人民医院"], ["河北省保定市第一中心医院"], ["鄂尔多斯市中心医院"]],
    ),
    # ... nor back into a person's name a list set before it with spaces.
    ("护士 于 静   春晖医院急诊科", [["春晖医院"]]),
    # ... but a place in running text stays part of the name across a stray space.
    ("近日，湖北省 宜昌市中心医院开展义诊。", [["湖北省宜昌市中心医院"]]),
    # A place and a number (南通二院), a medical school's short form and a number
    # (温医一附院, 安医一附院, 青医附院), merged with the full name they abbreviate;
    # 市三院 is the report's own third hospital.
    ("南通二院派出医疗队支援县里。", [["南通二院"]]),
    ("南通市第二人民医院专家义诊，南通二院党委书记带队。", [["南通市第二人民医院", "南通二院"]]),
    ("宜昌市第三人民医院召开大会，市三院党委书记讲话。", [["宜昌市第三人民医院", "市三院"]]),
    ("危重患者转到温医一附院治疗。", [["温医一附院"]]),
    ("专家来自青医附院。", [["青医附院"]]),
    (
        "与安徽医科大学第一附属医院（安医一附院）合作，安医一附院专家每周坐诊。",
        [["安徽医科大学第一附属医院", "安医一附院"]],
    ),
    # Special hospital types: a mental health centre is a hospital (精神卫生中心).
    ("选派两名护士到杭州市精神卫生中心进修心理护理。", [["杭州市精神卫生中心"]]),
    ("南宁市第五人民医院（南宁市精神卫生中心）开展心理义诊。", [["南宁市第五人民医院", "南宁市精神卫生中心"]]),
    # A medical university's one-character short form after a boundary (X医大N院).
    ("哈尔滨医科大学附属第一医院专家团队抵达。据悉，哈医大一院将派驻专家。", [["哈尔滨医科大学附属第一医院", "哈医大一院"]]),
    ("她先后在重医大二院、合川区人民医院工作。", [["重医大二院"], ["合川区人民医院"]]),
    # A hospital named by its innermost place, with or without the places around it.
    ("顺义一院派出专家。北京市顺义区第一医院党委书记带队慰问。", [["北京市顺义区第一医院", "顺义一院"]]),
    ("援疆医生来到新疆阿克苏地区拜城县人民医院。拜城县人民医院新建了内镜室。", [["新疆阿克苏地区拜城县人民医院", "拜城县人民医院"]]),
    ("他在木垒县人民医院工作。新疆昌吉州木垒哈萨克自治县人民医院始建于1950年。", [["新疆昌吉州木垒哈萨克自治县人民医院", "木垒县人民医院"]]),
    # ... but a city's and its district's numbered hospitals stay two.
    ("北京市第一医院与怀柔区第一医院签约。", [["北京市第一医院"], ["怀柔区第一医院"]]),
    # 党 stands in a town's name when no Party word opens there (党家庄镇, 党城乡).
    ("调研组走访了临夏县人民医院及城关区党家庄镇卫生院。", [["临夏县人民医院"], ["城关区党家庄镇卫生院"]]),
    ("、党城乡卫生院、", [["党城乡卫生院"]]),
    # ... but the Party's words are never part of one.
    ("医院党员赴柳林镇卫生院开展义诊。", [["柳林镇卫生院"]]),
    # ... while a hard-wrapped name without an indent stays one.
    ("二是与宁乡市\n人民医院签订帮扶协议。", [["宁乡市人民医院"]]),
    # A town's name may open with a numeral (三河镇, 八里店镇, 三家店镇) ...
    ("他告诉记者，五里墩镇中心卫生院与县医院组建了医共体。", [["五里墩镇中心卫生院"]]),
    ("、三家店镇卫生院、", [["三家店镇卫生院"]]),
    # Well-known proper names the grammar cannot read (a time word 中日, a
    # function character 将, a short university 北大): from the names lexicon.
    ("患者转入吉林大学中日联谊医院继续治疗。", [["吉林大学中日联谊医院"]]),
    ("內地醫護支援將軍澳醫院及屯門醫院。", [["将军澳医院"], ["屯门医院"]]),
    ("危重患者由救护车送往北大屿山医院。", [["北大屿山医院"]]),
    # State-level new areas and zones are places.
    ("上午，雄安新区人民医院举行揭牌仪式。", [["雄安新区人民医院"]]),
    ("10月9日，杨凌示范区妇幼保健院开展义诊。", [["杨凌示范区妇幼保健院"]]),
    # Ethnic-medicine types (中藏医院, 中蒙医院, 壮医医院) and recently renamed districts.
    ("甘南州迭部县中藏医院选派医生来院进修。", [["甘南州迭部县中藏医院"]]),
    ("、阿拉善左旗中蒙医院、", [["阿拉善左旗中蒙医院"]]),
    ("邢台市襄都区人民医院开展健康讲座。", [["邢台市襄都区人民医院"]]),
    # A county's 医共体总医院 is a form of the people's hospital that leads it ...
    ("会昌县人民医院牵头组建医共体。会昌县医共体总医院下设8个分院。", [["会昌县医共体总医院", "会昌县人民医院"]]),
    # ... never of its TCM hospital.
    ("会昌县中医院与会昌县医共体总医院签约。", [["会昌县中医院"], ["会昌县医共体总医院"]]),
    # A verb before a street's name is no part of it (含, 包含).
    ("辖区8家社区卫生服务中心（含北关街道社区卫生服务中心）全部达标。", [["北关街道社区卫生服务中心"]]),
    ("覆盖全区站点，包含湖滨街道社区卫生服务中心在内。", [["湖滨街道社区卫生服务中心"]]),
    # 和 right after a hospital's name is the conjunction, not the county 和县.
    ("安徽省和县人民医院完成改扩建。", [["安徽省和县人民医院"]]),
    # A community centre named by its road or street: the road's name may be a
    # word (解放, 建设) after a list comma; 街 alone ends a street's name too.
    ("下派医师到桥西镇卫生院、解放路社区卫生服务中心等成员单位。", [["桥西镇卫生院"], ["解放路社区卫生服务中心"]]),
    ("、建设路社区卫生服务中心", [["建设路社区卫生服务中心"]]),
    ("医院与双塔镇卫生院、柳林街社区卫生服务中心签署协议。", [["双塔镇卫生院"], ["柳林街社区卫生服务中心"]]),
    # A one-character town opening a clause after punctuation (，韩镇 / ：刘乡).
    ("据统计，韩镇中心卫生院已组建家庭医生团队7个。", [["韩镇中心卫生院"]]),
    ("专题二：刘乡卫生院开展慢病随访。", [["刘乡卫生院"]]),
    # A branch with its own proper name right after its parent's name.
    ("同时，江苏省人民医院钟山医院也开设了便民门诊。", [["江苏省人民医院钟山医院"]]),
    ("、浙江省中医院临湖医院、", [["浙江省中医院临湖医院"]]),
    # A community centre opening a clause, named by a place word (城关, 南关).
    ("交流发言环节，南关社区卫生服务中心介绍了经验。", [["南关社区卫生服务中心"]]),
    ("——城关社区卫生服务中心：家庭医生签约率达八成。", [["城关社区卫生服务中心"]]),
    # 比如 / 诸如 before a list are no part of a town's name.
    ("成员单位比如石门镇中心卫生院、高桥镇卫生院，每周都有专家坐诊。", [["石门镇中心卫生院"], ["高桥镇卫生院"]]),
    # A field hospital named after its venue, a common word or not, read back to a
    # boundary; a bare 县/市 before the venue belongs to the name.
    ("医疗队接管了江滨湾方舱医院的两个病区。", [["江滨湾方舱医院"]]),
    ("此前启用的市体育馆方舱医院已于月底休舱。", [["市体育馆方舱医院"]]),
    ("队员们在体育中心方舱医院连续工作了四十天。", [["体育中心方舱医院"]]),
    ("他们先后在国家会议中心方舱医院、南郊会展中心方舱医院值守。", [["国家会议中心方舱医院"], ["南郊会展中心方舱医院"]]),
    ("医院受命接管兴山市体育馆方舱医院的运行。", [["兴山市体育馆方舱医院"]]),
    # ... but a word after a hospital's name and before 医院 is no branch.
    ("由江苏省人民医院牵头，江苏省人民医院帮扶医院共12家。", [["江苏省人民医院"]]),
    ("江苏省人民医院成员医院、协作医院都参加。", [["江苏省人民医院"]]),
]

# 和 right after a hospital's name is the conjunction (…中医院和县妇幼保健院:
# "and the county's"), never the county 和县 (安徽省和县人民医院 is one).
CONJUNCTION_HE: list[str] = [
    "统筹市人民医院、滁州市中医院和县妇幼保健院的床位。",
    "县人民医院和县中医院联合义诊。",
    "定远县卫生院和乡卫生院结对。",
]

NOT_HOSPITALS: list[str] = [
    # A pronoun and a conjunction before 镇卫生院: "she and the town health centre".
    "签约服务推开后，她和镇卫生院的医生一起入户随访。",
    "县人民医院和市医院的专家都来了。",
    "他及镇卫生院的两名护士当晚赶到。",
    "坚持以人民为中心，共同缔造人民满意医院。",
    "不断创新服务方式，打造服务型医院。",
    "推进50家高水平医院建设，实施县级医院能力提升行动。",
    "通过远程会诊与上级医院开展技术协作。",
    "组织党员到乡镇卫生院、社区开展义诊活动。",
    "推进社区医院建设，全面加强公立医院党的建设。",
    "组织开展千家卫生院大提升活动。",
    "县医院专家每月下乡坐诊两次。",
    "今年将完成3个县级中医医院的改扩建。",
    "医院加强发热门诊建设，建成国家级标准版胸痛中心。",
    "医共体、医联体建设持续推进，县卫健委、疾控中心联合督导。",
    "创建平安医院，建设清廉医院，推进智慧医院建设。",
    "全市二级以上医院全部开通互联网医院。",
    "各级医院要落实预检分诊制度，定点医院要做好收治准备。",
    "这家医院的党委书记在会上作表态发言。",
    "该医院今年新增两个临床重点专科。",
    "坚持人民医院为人民的办院宗旨。",
    "持续推进医院党建工作，结合医院实际制定方案。",
    "紧紧围绕医院中心工作，积极推进医院高质量发展。",
    "党建引领医院发展，扛起医院改革发展大旗。",
    "院党委书记带队到中医医院调研。",
    "把患者转到上级医院，或就近到县级医院就诊。",
    "县域内两家医院均通过了三甲评审。",
    "再现一医速度，讲好一医故事，党旗增辉一医为民。",
    "每一医务人员都要做好个人防护。",
    "一、基本情况\n医院党委下设6个党支部。",
    "全院上下齐心协力，二院区即将投入使用。",
    "全县10家乡镇卫生院全部达到国家标准。",
    "创建三级甲等医院，建成县域医共体牵头医院。",
    "二、工作成效医院门诊量同比增长。",
    "全省共有830个乡镇卫生院接入县域心电中心。",
    # Near-misses of the university short forms and of the time-word cut.
    "不断扩大二院影响力。",
    "把重大一院一策事项报党委研究。",
    "每季度邀请专家来院授课。",
    "各区加快建设社区治疗设施。",
    "二院区即将启用，朝阳一院区同步改造。",
    "病区（以下简称医院病区）实行网格化管理。",
    # 和 before 县医院 is the conjunction; a campus is no phrase; 一批 is no name.
    "在家门口就能享受和县医院一样的服务。",
    "医院两个院区同步开诊。",
    "武汉市一批方舱医院相继休舱。",
    # 中心卫生院 after a generic word has no town.
    "加快建设区域中心卫生院。",
    "全县中心卫生院全部达标。",
    # A frequent common word after a verb is the object of a phrase, not a name.
    "上级部门将督导医院落实整改。",
    "卫健部门正在规范医院收费行为。",
    # 中医, 西医: words, not a medical school's short form; 一院多区 has no place.
    "坚持中西医并重，推动一院多区发展。",
    # 医大 inside a phrase is no short form (本院医大二院 is not 院医大).
    "他说本院医大二院的设备更好。",
    # A university's teaching or non-affiliated hospital is a status, not a name.
    "2015年，该院成为湖南中医药大学教学医院。",
    "医院是南华大学非直属附属医院，承担见习任务。",
    # A heading line above an indented paragraph is no part of a name after it.
    "三、服务惠民\n　　医院全面推行预约诊疗。",
    "（一）仁心仁术\n\u3000\u3000医院开展志愿服务。",
    # ... but a numeral and a measure word before 镇/乡 count people, not a town.
    "医院派出三名镇卫生院骨干到县医院进修。",
    "全县两所乡卫生院完成改造。",
    # Landscape words (深山, 山区, 偏远) describe a health centre, they do not name it.
    "远程会诊系统已经延伸到深山卫生院。",
    "医疗队员长期扎根在山区卫生院。",
    "把专家送进偏远卫生院。",
    # A one-character town needs a name: a determiner or a numeral is none.
    "会后，该镇卫生院立即整改。",
    "同时，一镇一院建设持续推进。",
    "此外，各乡卫生院全部达标。",
    # A field hospital with no venue named: a pronoun, a count or a verb before it.
    "他说方舱医院的条件比想象中好。",
    "全市首个方舱医院建成投用。",
    "集中隔离点和方舱医院全部清零。",
    "连夜改造体育馆方舱医院的消息传来。",
    "这座方舱医院共设床位800张。",
    "会议决定由副院长王明任方舱医院院长。",
    "物资发给全院职工和方舱医院医护人员。",
    "她曾在方舱医院工作过一个月。",
    # A common word before 社区卫生服务中心 names no community.
    "会上，辖区社区卫生服务中心负责人作了发言。",
    "目前，城区社区卫生服务中心全部完成改造。",
    # A mental health centre named by no place is generic.
    "各地精神卫生中心开放心理热线。",
]

# A long stretch of text without any hospital, to push names out of the opening.
_FILLER = "会议要求，各地要坚持常态化疫情防控，压紧压实各方责任，确保各项措施落实落细。" * 6

SUBJECT: list[tuple[str | None, str, str | None]] = [
    # Named in the headline.
    (
        "郧西县人民医院召开党建工作推进会",
        "郧西县人民医院召开党建工作推进会\n\n会上，十堰市太和医院专家作专题讲座。" + _FILLER + "我院将继续深化合作。",
        "郧西县人民医院",
    ),
    # No headline: the hospital of the opening lines, with its fullest name.
    (
        None,
        "近年来，贵州省贞丰县人民医院坚持党建引领。" + _FILLER + "贞丰县人民医院党委将继续努力。",
        "贵州省贞丰县人民医院",
    ),
    # A newspaper page: the first story's hospital, not the one a later story names more.
    (
        None,
        "本报讯 近日，阳新县中医医院开展义诊。阳新县中医医院党员参加。"
        + _FILLER
        + "另讯 英山县妇幼保健院开展讲座。英山县妇幼保健院专家授课。英山县妇幼保健院组织活动。",
        "阳新县中医医院",
    ),
    # An abbreviation is the subject.
    (
        "党旗增辉——荆州一医打造党建品牌纪实",
        "党旗增辉——荆州一医打造党建品牌纪实\n\n荆州一医党委坚持把方向。" + _FILLER,
        "荆州一医",
    ),
    # Self-references and frequency, the hospital first named after the opening.
    (
        None,
        _FILLER + "竹山县人民医院党委高度重视。院党委书记强调，竹山县人民医院要守好防线。该院组织党员值守。",
        "竹山县人民医院",
    ),
    # A health commission's bulletin naming a hospital once in passing: no subject.
    (
        None,
        "近日，市卫健委召开全市卫生健康工作会议。" + _FILLER + "会上，宜都市中医医院作了交流发言。",
        None,
    ),
    # A township hospital named first; the county hospital the report is about
    # is named by its generic forms (县人民医院, 总院) again and again.
    (
        "医共体改革见闻",
        "医共体改革见闻\n\n清晨，在双河镇中心卫生院门口排起了长队。今年以来，红安县以红安县人民医院为总院推进改革。"
        + _FILLER
        + "总院派出专家坐诊。县人民医院党委书记说，总院还将下派骨干。总院每周开展查房。",
        "红安县人民医院",
    ),
    # A byline line at the top names the report's own hospital.
    (
        None,
        "来源：宜城市人民医院 宣传科\n\n近日，小河镇卫生院举行义诊，小河镇卫生院医生和宜城市人民医院专家参加。"
        "小河镇卫生院院长表示感谢。" + _FILLER,
        "宜城市人民医院",
    ),
    # A newspaper page's contents line names the second story's hospital first.
    (
        None,
        "本版导读：新院区开诊 / 南漳县中医医院开展义诊\n\n本报讯 近日，南漳县人民医院新院区开诊。县人民医院党委书记介绍，"
        "县人民医院新增床位200张。"
        + _FILLER
        + "\n\n本报讯 南漳县中医医院开展义诊。南漳县中医医院专家授课。南漳县中医医院组织活动。",
        "南漳县人民医院",
    ),
    # No hospital at all.
    (None, "某省推动检查结果互认，基层卫生人员线上培训进度过半。", None),
    # A health bureau's report whose headline names no hospital: a meeting on all
    # the district's hospitals is about none of them, however often one is named.
    (
        "全区召开医疗质量管理工作会议",
        "全区召开医疗质量管理工作会议\n发布时间：2023-03-02　来源：区卫生健康局\n\n3月1日，全区医疗质量管理工作会议在"
        "江岸区人民医院召开。江岸区人民医院、江岸区中医医院作交流发言。" + _FILLER + "江岸区人民医院将持续改进。",
        None,
    ),
    # ... but when its headline names one, that one is the subject.
    (
        "江岸区人民医院新院区开诊",
        "江岸区人民医院新院区开诊\n来源：区卫生健康局\n\n3月1日，江岸区人民医院新院区正式开诊。" + _FILLER,
        "江岸区人民医院",
    ),
    # A notice a government office issues, with a list of hospitals at the end.
    (
        "关于公布第二批县级医院能力提升示范单位的通知",
        "关于公布第二批县级医院能力提升示范单位的通知\n发文机关：省卫生健康委员会办公室\n\n各市卫生健康委：" + _FILLER
        + "\n附件：示范单位名单\n1　宜都市第一人民医院\n2　枝江市人民医院\n3　远安县人民医院",
        None,
    ),
    # A newspaper page whose first story is about a disease-control centre: the
    # hospitals of the contents list and of later stories are not its subject.
    (
        "市疾控中心开展冬季流感监测",
        "健康周刊\n本版导读\n· 市疾控中心开展冬季流感监测\n· 南漳县人民医院新院区开诊\n\n市疾控中心开展冬季流感监测\n"
        "本报讯 近日，市疾控中心在全市设立哨点开展流感监测。" + _FILLER + "\n\n南漳县人民医院新院区开诊\n"
        "本报讯 南漳县人民医院新院区开诊。南漳县人民医院新增床位。南漳县人民医院党委书记讲话。",
        None,
    ),
    # A WeChat account's own hospital beats the partner its headline names (我院…).
    (
        "我院专家组赴竹溪县人民医院开展帮扶纪实",
        "十堰市人民医院  2023-05-06 08:30  发表于湖北\n\n我院专家组赴竹溪县人民医院开展帮扶纪实\n\n原创  党委办公室  十堰市人民医院\n\n"
        "近日，我院专家组到竹溪县人民医院开展帮扶。竹溪县人民医院党委书记表示感谢。" + _FILLER + "竹溪县人民医院将继续合作。",
        "十堰市人民医院",
    ),
    # Of two hospitals a headline names, the first is its actor and the subject,
    # even when the partner is named more often in the body.
    (
        "九江市第一人民医院与永修县人民医院签订紧密型帮扶协议",
        "九江市第一人民医院与永修县人民医院签订紧密型帮扶协议\n\n4月2日，九江市第一人民医院与永修县人民医院举行签约仪式。"
        "永修县人民医院院长致辞。永修县人民医院将派出骨干进修。永修县人民医院表示感谢。",
        "九江市第一人民医院",
    ),
    # A headline that lists several places and names no hospital: a story across
    # places, about none of their hospitals, however often one is named.
    (
        "家门口的好医生——湖南浏阳、四川射洪、甘肃临洮三地见闻",
        "家门口的好医生——湖南浏阳、四川射洪、甘肃临洮三地见闻\n本报记者 张 明\n\n"
        "浏阳市人民医院院长介绍，浏阳市人民医院已托管12家乡镇卫生院。浏阳市人民医院专家每周下沉。"
        "射洪市人民医院建成远程心电中心。" + _FILLER,
        None,
    ),
    # ... but a list of places beside a hospital's name in the headline leaves it the subject.
    (
        "浏阳市人民医院专家走进永和、大围山、达浒三镇义诊",
        "浏阳市人民医院专家走进永和、大围山、达浒三镇义诊\n\n5月8日，浏阳市人民医院组织专家开展义诊。" + _FILLER,
        "浏阳市人民医院",
    ),
    # A health body that is no hospital heads the report (急救中心, 血站): about no
    # hospital, however often the hospitals it works with are named.
    (
        "争分夺秒护生命",
        "争分夺秒护生命\n——兴和县急救中心与县域医院打通院前院内通道\n\n凌晨3时，兴和县急救中心接到呼救，"
        "患者被迅速送往兴和县人民医院。兴和县人民医院胸痛中心提前准备，兴和县人民医院导管室随即启动。" + _FILLER,
        None,
    ),
    (
        "热血暖冬",
        "热血暖冬\n\n本报讯 12月5日，凉城县中心血站走进校园开展无偿献血活动。凉城县人民医院、凉城县人民医院护理部、"
        "凉城县人民医院团委的职工也踊跃参与。" + _FILLER,
        None,
    ),
    # ... but a hospital in the headline is the subject even beside such a body.
    (
        "兴和县人民医院与县急救中心共建急救网络",
        "兴和县人民医院与县急救中心共建急救网络\n\n近日，兴和县人民医院与兴和县急救中心签订协议。" + _FILLER,
        "兴和县人民医院",
    ),
    # A place's Party committee department publishes about several hospitals ...
    (
        "党建引领 四家公立医院强筋健骨",
        "党建引领 四家公立医院强筋健骨\n来源：兴和县县委组织部\n\n今年以来，兴和县人民医院推行党委领导下的院长负责制，"
        "兴和县人民医院党委书记作述职，兴和县人民医院各支部开展评比。" + _FILLER,
        None,
    ),
    # ... a hospital's own department (宣传统战部) is the hospital's voice.
    (
        "专科联盟在我院成立",
        "专科联盟在我院成立\n来源：宣传统战部\n\n11月2日，联盟成立大会在兴和县人民医院举行。兴和县人民医院院长致辞，"
        "兴和县人民医院专家作报告。" + _FILLER,
        "兴和县人民医院",
    ),
]
