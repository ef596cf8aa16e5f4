"""Demo consultation meetings (协商议事) with full minutes, made through ``MeetingService``.

Five activities of the last months: two 协商议事会 (village road paving, drinking water) whose
minutes run to several pages, a 座谈会 on selling apples, a 调研 of old people living alone, and a
recent 协商议事会 whose follow-ups are all still open. Roster members attend (one or two of them
absent), with officials and villagers whose names hold rare characters (䶮 堃 喆 𠮷 …). Follow-up
actions have responsible units and deadlines; the older ones are done with the unit's feedback,
one is cancelled, one is linked to a demo request about the same road.

Speeches in the discussions name the members who attend: ``{m0}`` is the host (the studio's
lead member), ``{m1}`` … the other members present.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType
from studio_app.core.meetings import (
    ActionInput,
    AgendaInput,
    AttendeeInput,
    MeetingInput,
    input_of,
)
from studio_app.core.members import MemberQuery
from studio_app.core.request_list import RequestQuery

if TYPE_CHECKING:
    from studio_app.core.models import Member
    from studio_app.core.services import Services

RECORDER = "蒋昇"  # the studio's coordinator (工作室联络员) takes the minutes
ROAD_REQUEST = "通村公路有大坑"  # a demo request the road meeting's first action answers


@dataclass(frozen=True)
class _Action:
    text: str
    unit: str
    due_in: int  # days after the meeting
    done_in: int | None = None  # days after the meeting it was done (None: still open)
    feedback: str = ""
    cancelled: bool = False
    links_request: bool = False


@dataclass(frozen=True)
class _Meeting:
    days_ago: int
    hour: int
    hours: float
    type: MeetingType
    topic: str
    source: str
    place: str
    summary: str
    members: int  # roster members invited, the host included
    absent: int  # of them, how many sent apologies
    guests: tuple[tuple[str, str, str], ...]  # (name, unit, title)
    agenda: tuple[tuple[str, str], ...]
    agreed: tuple[str, ...]
    actions: tuple[_Action, ...] = field(default_factory=tuple)


MEETINGS = (
    _Meeting(
        days_ago=132,
        hour=9,
        hours=3,
        type=MeetingType.SURVEY,
        topic="农村独居老人冬季取暖和就餐情况调研",
        source="网格筛题",
        place="东关村、西关村（入户走访）",
        summary=(
            "网格员在日常巡查中发现，东关村、西关村部分独居老人冬季仍使用散煤炉取暖，"
            "且有老人一日两餐难以保障。工作室组织委员会同县民政局、镇民政办，分两组入户走访"
            "独居老人 26 户，查看取暖设施，了解就餐和就医情况，并与村“两委”座谈。"
        ),
        members=4,
        absent=1,
        guests=(
            ("邓旻", "丰源县民政局", "养老服务股股长"),
            ("冯赟", "城关镇人民政府", "民政办主任"),
            ("高喆", "东关村卫生室", "乡村医生"),
            ("𠮷秀兰", "西关村", "网格员"),
        ),
        agenda=(
            (
                "入户走访情况",
                "两个走访组共走访独居老人 26 户，其中 80 岁以上 11 户。\n"
                "{m0}：东关村 14 户中有 9 户仍用散煤炉，烟道多为老人自己接的铁皮管，"
                "有 3 户烟道接口漏烟，存在煤气中毒隐患；有 2 户老人说晚上怕冷，干脆早早上床。\n"
                "{m1}：西关村 12 户情况稍好，有 5 户已改用电暖器，但老人怕费电，多数时候舍不得开。"
                "有 4 位老人反映做饭不方便，常常一顿饭吃两天，冬天剩饭凉了也就那样吃了。\n"
                "高喆（乡村医生）：这两个村的独居老人高血压、慢阻肺比较多，冬季是发病高峰，"
                "老人一个人在家，夜里发病没人知道，去年冬天就有一位老人摔倒后第二天才被邻居发现。\n"
                "𠮷秀兰（网格员）：网格员每周至少上门一次，但人手少，一个网格员要管 40 多户，"
                "遇到雨雪天气上门次数就少了，希望能有别的办法每天联系一次老人。",
            ),
            (
                "存在的问题和意见建议",
                "{m2}：取暖补贴政策有，但老人不会申请，村里代办也要走好几道手续，"
                "建议由镇民政办统一摸底、集中代办，做到应享尽享。\n"
                "邓旻（县民政局）：县里今年安排了独居老人冬季取暖补贴，每户 600 元，"
                "也可以申请清洁取暖设备改造补助。局里可以把补贴名单和村里的独居老人台账对一对，"
                "没享受到的尽快补上。关于吃饭问题，县里正在推老年助餐点，"
                "有场地、有人手的村可以先申报。\n"
                "冯赟（镇民政办）：东关村原来的村小学闲置，房子结实，可以改成助餐点，"
                "请村里先测算一下每天有多少老人来吃饭、饭菜怎么送到行动不便的老人家里。\n"
                "{m0}：建议推行“邻里守望”，每位独居老人结对一户邻居，每天早晚看一眼、问一声，"
                "委员联系的农户中也可以发动一批热心人。",
            ),
        ),
        agreed=(
            "由县民政局对照独居老人台账核对取暖补贴发放情况，未享受的当月补发。",
            "由城关镇人民政府牵头，在东关村利用闲置村小学建设老年助餐点。",
            "两村建立独居老人“邻里守望”结对制度，网格员每周汇总一次情况。",
            "调研情况由工作室整理成社情民意信息报送县政协。",
        ),
        actions=(
            _Action(
                "核对并补发独居老人冬季取暖补贴",
                "县民政局",
                20,
                15,
                "已核对台账，补发 7 户取暖补贴共 4200 元，3 户烟道已由镇供电所协助更换。",
            ),
            _Action(
                "在东关村建设老年助餐点",
                "城关镇人民政府",
                90,
                76,
                "助餐点已于上月开餐，每天就餐老人 18 人左右，行动不便的 5 位老人由志愿者送餐。",
            ),
            _Action(
                "建立“邻里守望”结对台账",
                "东关村、西关村村委会",
                30,
                22,
                "两村 26 户独居老人已全部结对，台账报镇民政办备案。",
            ),
        ),
    ),
    _Meeting(
        days_ago=104,
        hour=14,
        hours=2.5,
        type=MeetingType.SYMPOSIUM,
        topic="苹果产销对接座谈会",
        source="委员荐题",
        place="丰源县金穗果品专业合作社会议室",
        summary=(
            "针对今年苹果收购价偏低、部分果农存果滞销的情况，工作室邀请县商务局、县农业农村局、"
            "合作社负责人和种植大户座谈，共同研究拓宽销售渠道、建设冷链设施的办法。"
        ),
        members=5,
        absent=1,
        guests=(
            ("何喆", "丰源县商务局", "电子商务办公室主任"),
            ("韩堃", "丰源县农业农村局", "果业站站长"),
            ("宋满仓", "丰源县金穗果品专业合作社", "理事长"),
            ("罗䶮", "柳湾村", "苹果种植大户"),
        ),
        agenda=(
            (
                "今年苹果产销形势",
                "韩堃（果业站）：全镇苹果面积 1.8 万亩，今年总产量约 2.6 万吨，比去年增加一成多，"
                "但外地客商来得少，收购价每斤比去年低三到五毛。\n"
                "宋满仓（合作社）：合作社冷库只有 800 吨，早就存满了，很多社员的果子只能堆在家里，"
                "放到春节前后品质就下降了。\n"
                "罗䶮（种植户）：我家种了 12 亩，今年卖了一半，剩下的客商只要 80 以上的大果，"
                "小果没人要，急得睡不着觉。\n"
                "{m1}：问题主要是两个：一是销售渠道单一，主要靠外地客商上门；"
                "二是储存能力不足，只能集中在一个多月里卖，压价就难免。",
            ),
            (
                "拓宽销售渠道和冷链建设",
                "何喆（县商务局）：县电商服务中心可以免费给合作社做网店运营培训，帮助对接两家平台的"
                "助农专区；快递费县里有补贴，每单能降到 3 块钱以内。\n"
                "{m2}：建议合作社把小果做成果汁、果干，和县里的食品企业谈一谈代加工。\n"
                "{m0}：冷库扩建是长远的事，合作社已经在申报，但卡在用电增容上，"
                "请县农业农村局帮助协调供电公司。另外，委员中有在县农信社工作的，"
                "可以介绍一下惠农贷款，解决合作社收购资金紧张的问题。\n"
                "{m3}：据了解，县农信社的“果农贷”最高可贷 30 万元，利率有贴息，手续可以到村里办。",
            ),
        ),
        agreed=(
            "由县商务局组织合作社和种植大户参加农产品电商培训，对接平台助农专区。",
            "由县农业农村局协调供电公司，解决合作社冷库扩建用电增容问题。",
            "委员联系两家食品企业，洽谈小果代加工。",
        ),
        actions=(
            _Action(
                "组织农产品电商培训，对接平台助农专区",
                "县商务局",
                30,
                21,
                "已举办电商培训 2 期，培训 63 人；合作社网店开业一个月销售苹果 41 吨。",
            ),
            _Action(
                "协调冷库扩建用电增容",
                "县农业农村局",
                45,
                38,
                "供电公司已完成线路改造，新增容量 400 千伏安，冷库扩建已开工。",
            ),
            _Action(
                "洽谈小果代加工",
                "县丰泰食品有限公司",
                30,
                25,
                "丰泰食品公司因生产线改造，今年暂不承接代加工，明年再议。",
                cancelled=True,
            ),
        ),
    ),
    _Meeting(
        days_ago=76,
        hour=9,
        hours=3,
        type=MeetingType.CONSULTATION,
        topic="柳湾村通村道路硬化和雨季出行安全",
        source="群众出题",
        place="城关镇委员工作室协商议事室（镇政府院内二楼）",
        summary=(
            "柳湾村至县道的通村道路为砂石路面，雨天泥泞、坑洼多，群众在接待日多次反映，"
            "村民联名要求硬化。工作室将其列为本季度协商议题，邀请县交通运输局、县财政局、"
            "城关镇人民政府和村“两委”、村民代表共同协商。会前委员到现场踏勘两次，"
            "入户听取沿线农户意见 40 余户。"
        ),
        members=6,
        absent=1,
        guests=(
            ("李堃", "丰源县交通运输局", "副局长"),
            ("马昇", "丰源县财政局", "农业农村股股长"),
            ("赵䶮华", "城关镇人民政府", "副镇长"),
            ("孙喆", "柳湾村党支部", "书记"),
            ("𠮷建国", "柳湾村三组", "村民代表"),
            ("杨秀英", "柳湾村一组", "村民代表"),
        ),
        agenda=(
            (
                "通报柳湾村通村道路现状和群众反映情况",
                "孙喆（村党支部书记）：柳湾村通村道路从村委会到县道 X203，全长 3.2 公里，"
                "是 2008 年铺的砂石路，十几年没有大修。全村 386 户、1400 多人，进出只有这一条路。"
                "现在路面坑洼有一百多处，最深的有半尺，一下雨就成了泥塘，"
                "三轮车、面包车经常陷进去，要几个人推。\n"
                "𠮷建国（村民代表）：我们三组在路的最里头，去年秋天拉苹果，一车果子颠坏了两成，"
                "客商嫌路不好走，都不愿意进村收，只能我们自己拉到县道边上卖，一斤要少卖两毛钱。"
                "下雨天孩子上学要穿雨靴走到县道边等校车，大人不放心，每天都要接送。\n"
                "杨秀英（村民代表）：村里老人多，去年有位老人夜里突发脑梗，救护车进不来，"
                "是村里人用三轮车送到县道上的，耽误了将近一个小时。大家最盼的就是把这条路修好。\n"
                "{m0}：今年以来，工作室接待日收到涉及这条路的诉求 6 件，联户走访中也有 20 多户提到。"
                "委员两次到现场踏勘，路基总体稳定，主要问题是路面，具备硬化条件。\n"
                "{m1}：踏勘中我们逐段量了路面，坑槽集中在村口到三组的 1.1 公里，"
                "这一段两边是果园，排水沟被淤平了，雨水只能在路面上流，路基泡软了就出坑。"
                "所以修路的同时一定要把边沟一起修好，否则硬化了也管不了几年。\n"
                "{m2}：我们入户走访了沿线 40 多户，大家的意见很集中：一是尽快修，"
                "二是修宽一点能错车，三是修路期间不要影响秋季卖苹果。也有几户担心要摊钱，"
                "问得最多的就是“修路要不要我们出钱”，这个要在会上说清楚。",
            ),
            (
                "道路硬化方案和资金筹措",
                "李堃（县交通运输局）：这条路符合农村公路提升改造的条件，局里可以列入今年的计划。"
                "初步考虑按四级公路标准，路面宽 4.5 米，水泥混凝土路面厚 20 厘米，"
                "每隔 300 米设一处错车道，估算投资 180 万元左右，具体以设计预算为准。\n"
                "马昇（县财政局）：按照县里的办法，通村道路硬化县级补助每公里 40 万元，"
                "这条路可以补助 128 万元，剩下的需要镇村筹措。"
                "如果能争取到省级“四好农村路”补助，县里的压力会小一些。\n"
                "赵䶮华（副镇长）：镇里可以配套 30 万元，另外镇里的乡村振兴衔接资金中还可以调剂一部分。"
                "柳湾村是全镇的苹果主产村，路修好了，客商能直接进村收果，"
                "合作社的冷库也能多收周边村的果子，这个账算下来是划得来的。"
                "镇里的意见是今年一定要开工，争取秋季采摘前外段先通车。\n"
                "马昇：省级“四好农村路”补助每年上半年申报，县财政局可以和交通运输局一起准备材料，"
                "如果能争取到，镇里的配套压力会小很多，村里投工投劳的部分也可以相应减少。\n"
                "{m1}：建议村级自筹部分不向农户摊派，可以采取投工投劳的办法折抵，"
                "比如路肩培土、排水沟开挖由村民义务承担。\n"
                "{m2}：沿线有几户的果园要占一点地，要提前把工作做在前面，"
                "按照村规民约和补偿标准签好协议，不要等开工了再扯皮。\n"
                "孙喆：村“两委”已经挨家挨户征求过意见，沿线 27 户都同意让地，"
                "有 2 户希望适当补种果树苗，村里可以解决。\n"
                "{m3}：投资估算里要把边沟、涵洞和错车道都算进去，"
                "不要为了省钱把排水省掉。另外建议设计时考虑路灯，哪怕先预留线管，"
                "以后有钱了再装，省得再挖一次。\n"
                "李堃：排水是路面寿命的关键，设计一定会考虑。路灯不属于交通项目的补助范围，"
                "可以由镇里结合美丽乡村建设统筹，先预留线管没有问题。\n"
                "{m0}：总结一下，方案上大家意见一致，资金上县、镇、村三级分担，"
                "村级部分以投工投劳为主，不向群众摊派。请县交通运输局尽快完成设计和预算，"
                "县财政局积极争取省级补助。",
            ),
            (
                "施工期间群众出行和农产品运输保障",
                "{m3}：施工期间要保证群众能进能出，建议分段施工、半幅通行，"
                "在县道路口设置临时停车点，方便群众存放车辆。\n"
                "𠮷建国：最好避开苹果套袋和秋季采摘，那两个时候车最多。\n"
                "李堃：可以把开工时间定在苹果套袋结束以后，先修里段，再修外段，"
                "秋季采摘前外段要具备通车条件。眼下雨季快到了，路上的大坑要先补，"
                "局里可以安排养护站先用冷补料把坑槽修补一下，保证雨季安全通行。\n"
                "{m4}：学生上学的问题，请村里和学校沟通，施工期间由校车在村委会门口接送。\n"
                "孙喆：村里可以组织党员志愿者在施工路段早晚维持秩序，"
                "另外把施工时间表贴到各组的公告栏，让大家提前安排好拉果子、买化肥的时间。\n"
                "杨秀英：施工的时候灰尘大，路边有几户老人有气管炎，希望施工队多洒水。\n"
                "李堃：这些都写进施工合同，要求施工单位每天洒水降尘，晚上七点以后不施工，"
                "施工期间如果有急病要送医，施工队要随时让路。",
            ),
            (
                "建后管护机制",
                "{m0}：路修好以后管好更重要，不少村的路修了几年就坏了，主要是超载车辆多、"
                "没人管。建议推行“路长制”，村里明确护路员，把爱路护路写进村规民约。\n"
                "赵䶮华：镇里可以从公益性岗位里给柳湾村安排 2 名护路员，每月补贴 800 元。\n"
                "孙喆：村里还要在路口设限高限宽设施，禁止 10 吨以上的车通行，"
                "砂石料场的车另外协商走县道。\n"
                "杨秀英：群众愿意出力，路修好了大家都会爱护，"
                "我们组里可以轮流清扫路面、清理边沟。\n"
                "{m2}：建议把护路的情况纳入村里“星级文明户”评比，"
                "也请镇里每年安排一点养护资金，小修小补不要等到坏大了再修。\n"
                "{m0}：今天的协商很充分，大家谈得很实在。会后工作室把议定的事项整理成纪要，"
                "送县交通运输局、县财政局和镇政府，每个事项都明确责任单位和完成时间，"
                "工作室按期跟踪，落实情况在下一次接待日向群众反馈。",
            ),
        ),
        agreed=(
            "柳湾村通村道路 3.2 公里列入县交通运输局今年农村公路提升改造计划，"
            "按路面宽 4.5 米的水泥混凝土路面实施硬化，设错车道 10 处。",
            "资金按“县级补助为主、镇级配套、村级投工投劳”筹措，不向农户摊派；"
            "县财政局负责争取省级“四好农村路”补助。",
            "开工时间定在苹果套袋结束后，分段施工、半幅通行，秋季采摘前外段具备通车条件；"
            "雨季前由县交通运输局先行修补坑槽。",
            "建后推行“路长制”，镇政府安排 2 名公益性岗位护路员，村委会修订村规民约，"
            "路口设置限高限宽设施。",
        ),
        actions=(
            _Action(
                "修补村口至三组段坑槽，保障雨季安全通行",
                "县交通运输局",
                15,
                9,
                "养护站已用冷补料修补坑槽 112 处，疏通边沟 600 米，雨后车辆通行正常。",
                links_request=True,
            ),
            _Action(
                "完成道路硬化工程设计和预算编制",
                "县交通运输局",
                30,
                26,
                "设计已完成，预算 186.4 万元，已报县发改局立项。",
            ),
            _Action(
                "落实镇级配套资金，签订沿线让地协议",
                "城关镇人民政府",
                45,
                41,
                "镇级配套 30 万元已列入预算，沿线 27 户让地协议全部签订。",
            ),
            _Action("聘请护路员，修订村规民约", "柳湾村委会", 60),
            _Action("争取省级“四好农村路”补助资金", "县财政局", 120),
        ),
    ),
    _Meeting(
        days_ago=38,
        hour=9,
        hours=2.5,
        type=MeetingType.CONSULTATION,
        topic="河滩村、北山村农村饮水安全巩固提升",
        source="党政点题",
        place="北山村村委会会议室",
        summary=(
            "县委、县政府把农村饮水安全巩固提升列为今年的民生实事，点题请工作室就河滩村、"
            "北山村供水不稳、水质偶有浑浊的问题开展协商。会前委员到两村水源地和高位水池实地查看，"
            "并收集了群众意见。"
        ),
        members=5,
        absent=2,
        guests=(
            ("王旻", "丰源县水务局", "农村供水股股长"),
            ("郭犇", "丰源县疾病预防控制中心", "检验科副科长"),
            ("赵䶮华", "城关镇人民政府", "副镇长"),
            ("刘垚", "北山村", "村委会主任"),
            ("张喆", "河滩村", "村民代表"),
        ),
        agenda=(
            (
                "供水工程运行和水质检测情况通报",
                "王旻（县水务局）：两村由 2012 年建成的北山联村供水工程供水，设计规模每天 300 立方米，"
                "现在用水人口比设计时多了三成，加上养殖户用水增加，高峰时段供不上，"
                "北山村地势高的两个组经常早晚没水。\n"
                "郭犇（县疾控中心）：今年两次抽检，出厂水全部合格，末梢水有一次浊度超标，"
                "原因是管网老化、停水后再来水时带出了管道里的沉积物。\n"
                "张喆（河滩村）：雨后来水发黄，大家只好买桶装水，老人舍不得，就烧开了沉一沉再喝。",
            ),
            (
                "北山村高位水池供水不足问题",
                "刘垚（北山村）：北山村五组、六组 92 户在半山上，高位水池只有 50 立方米，"
                "提水泵是十年前的，经常烧坏，一坏就要停水两三天。\n"
                "{m0}：建议更换提水泵并新建一座蓄水池，同时在高峰时段实行分区供水。\n"
                "{m1}：养殖户用水量大，建议单独计量，超出生活用水部分按经营用水收费，"
                "既公平，也能引导节约用水。\n"
                "王旻：局里可以把提水泵更换和新建 200 立方米蓄水池列入今年的维修养护项目，"
                "管网改造投资大，要争取明年的项目资金。",
            ),
            (
                "水费收缴和管护责任落实",
                "赵䶮华（副镇长）：现在两村的水费每吨 2 元，收缴率不到七成，管水员报酬低，"
                "管护跟不上。镇里准备统一培训村级管水员，明确职责和报酬。\n"
                "{m2}：水费要公开透明，每月在村务公开栏公布收支，群众才愿意交。\n"
                "郭犇：疾控中心可以每季度对末梢水抽检一次，结果在村里公示，让群众放心。",
            ),
        ),
        agreed=(
            "由县水务局更换北山村提水泵，新建 200 立方米蓄水池，高峰时段实行分区供水。",
            "由县疾控中心每季度对两村末梢水抽检一次，检测结果在村务公开栏公示。",
            "由城关镇人民政府组织村级管水员培训，明确管护职责和报酬，水费收支按月公开。",
            "两村管网改造列入明年农村供水项目储备库。",
        ),
        actions=(
            _Action("更换北山村提水泵，新建 200 立方米蓄水池", "县水务局", 60),
            _Action(
                "每季度抽检末梢水并在村里公示",
                "县疾控中心",
                20,
                14,
                "已抽检 6 个点位，全部合格，检测结果已在两村公开栏公示。",
            ),
            _Action("组织村级管水员培训，公开水费收支", "城关镇人民政府", 30),
        ),
    ),
    _Meeting(
        days_ago=12,
        hour=14,
        hours=2,
        type=MeetingType.CONSULTATION,
        topic="留守儿童放学后托管和安全看护",
        source="委员荐题",
        place="城关镇中心小学会议室",
        summary=(
            "委员在联户走访中了解到，不少留守儿童放学后无人看管，在河边、路边玩耍存在安全隐患。"
            "工作室邀请县教育局、学校和村妇联主席协商课后托管的办法。"
        ),
        members=4,
        absent=0,
        guests=(
            ("唐喆", "丰源县教育局", "基础教育股股长"),
            ("梁堃", "城关镇中心小学", "校长"),
            ("苏𠮷英", "西关村", "妇联主席"),
        ),
        agenda=(
            (
                "留守儿童课后看护现状",
                "梁堃（校长）：全校 620 名学生，留守儿童 173 名，下午四点半放学后，"
                "大部分由爷爷奶奶接，有二十几个孩子自己回家，家里没人。\n"
                "苏𠮷英（妇联主席）：夏天孩子们喜欢去河边玩水，村里每年都提心吊胆。\n"
                "{m1}：走访中有家长说，想让孩子在学校多待一会儿，写完作业再回家。",
            ),
            (
                "课后托管的办法",
                "唐喆（县教育局）：县里支持学校开展课后服务，可以延长到下午六点，"
                "费用按规定收取，困难家庭减免。\n"
                "{m0}：建议学校课后服务和村里的“儿童之家”衔接起来，周末和假期由村里组织志愿者看护。\n"
                "{m2}：委员中有教育界的，可以每月到学校上一次兴趣课。",
            ),
        ),
        agreed=(
            "城关镇中心小学下学期起开展课后服务，延长到下午六点，困难家庭费用减免。",
            "西关村、东关村“儿童之家”在周末和假期开放，由妇联组织志愿者看护。",
            "委员每月到学校开展一次兴趣课或安全教育。",
        ),
        actions=(
            _Action("制定课后服务方案并报县教育局备案", "城关镇中心小学", 30),
            _Action("核定困难家庭课后服务费减免名单", "县教育局", 45),
            _Action("组织“儿童之家”假期看护志愿者", "西关村妇联", 40),
        ),
    ),
)


def add_meetings(services: Services, rng: random.Random, today: date, studio_id,
                 members: list[Member]) -> int:  # fmt: skip
    """Add the demo meetings of the studio (lead member first in ``members``); returns how
    many were added."""
    workdays = services.calendar.calendar()
    made = 0
    for spec in MEETINGS:
        day = today - timedelta(days=spec.days_ago)
        while not workdays.is_workday(day):  # meetings are held on working days
            day += timedelta(days=1)
        if day >= today:
            continue
        invited = [members[0], *rng.sample(members[1:], min(spec.members - 1, len(members) - 1))]
        absent = set(rng.sample(range(1, len(invited)), min(spec.absent, len(invited) - 1)))
        present = [m for i, m in enumerate(invited) if i not in absent]
        names = {f"m{i}": m.name for i, m in enumerate(present)}
        names |= {f"m{i}": present[0].name for i in range(len(present), 6)}  # few came: the host
        starts = datetime.combine(day, time(spec.hour)).astimezone()  # this PC's zone
        links = any(a.links_request for a in spec.actions)
        request_id = _road_request(services, day) if links else None
        services.meetings.create(
            MeetingInput(
                studio_id=studio_id,
                type=spec.type,
                starts_at=starts,
                ends_at=starts + timedelta(hours=spec.hours),
                place=spec.place,
                topic=spec.topic,
                topic_source=spec.source,
                host=members[0].name,
                recorder=RECORDER,
                summary=spec.summary,
                attendees=_attendees(invited, absent, spec.guests),
                agenda=[AgendaInput(t, d.format(**names)) for t, d in spec.agenda],
                agreed=list(spec.agreed),
                actions=[_action(a, day, today, request_id) for a in spec.actions],
            )
        )
        made += 1
    return made


def _attendees(invited: list[Member], absent: set[int],
               guests: tuple[tuple[str, str, str], ...]) -> list[AttendeeInput]:  # fmt: skip
    """The roster members invited (those in ``absent`` sent apologies), then the guests."""
    present, away = AttendanceRole.PRESENT, AttendanceRole.ABSENT
    return [
        AttendeeInput(member_id=m.id, attendance=away if i in absent else present)
        for i, m in enumerate(invited)
    ] + [AttendeeInput(name, unit, title) for name, unit, title in guests]


def _action(a: _Action, day: date, today: date, request_id) -> ActionInput:
    done_on = day + timedelta(days=a.done_in) if a.done_in is not None else None
    if done_on is not None and done_on >= today:  # not yet: still open
        done_on = None
    status = ActionStatus.OPEN
    if done_on is not None:
        status = ActionStatus.CANCELLED if a.cancelled else ActionStatus.DONE
    return ActionInput(
        text=a.text,
        responsible_unit=a.unit,
        deadline=day + timedelta(days=a.due_in),
        request_id=request_id if a.links_request else None,
        status=status,
        feedback=a.feedback if status != ActionStatus.OPEN else "",
        done_on=done_on,
    )


def _road_request(services: Services, before: date):
    """The earliest demo request about the village road registered before the meeting."""
    rows = [
        r for r in services.request_list.rows(RequestQuery(category="交通", registered_to=before))
        if r.registered_at.astimezone().date() <= before
    ]  # fmt: skip
    on_road = [r for r in rows if ROAD_REQUEST in r.content] or rows
    return min(on_road, key=lambda r: (r.registered_at, r.number)).id if on_road else None


def finalise_minutes(services: Services) -> int:
    """The archive of a studio a few months in: every meeting but the newest finalised by the
    coordinator, one revised afterwards with its reason, and the QR poster handed out. Returns
    how many documents were archived."""
    summaries = sorted(services.meetings.list(), key=lambda m: m.starts_at)
    archive = services.archive
    for m in summaries[:-1]:
        archive.finalise(m.id, by=RECORDER)
    if len(summaries) > 2:
        revised = services.meetings.get(summaries[-2].id)
        data = input_of(revised)
        data.agreed = [*data.agreed, "县财政局将所需资金列入明年预算，年底前报县政府审定。"]
        archive.revise(revised.id, revised.version, data, "补充县财政局在会后提交的书面意见",
                       by=RECORDER)  # fmt: skip
    if services.members.count(MemberQuery()):
        archive.issue(services.printing.qr_poster(), by=RECORDER)
    return len(archive.list())
