"""``entity_patterns``: ORG and PERSON candidates from the genre's fixed shapes.

Organisation names in government news end in a closed set of heads (局, 委,
办, 中心, 支行, 巡察组 …) and start with a unit or a level prefix (县人社局,
区委第三巡察组); people appear after titles and ranks (书记 周光辉, 第二名郭明德),
before titles, actions and speech verbs at a clause start (谢财旺市议员, 潘家华调研,
周光辉表示), listed after their units (新北市陈志明、) or in credits.  These
patterns write ``doc.spans["pattern_candidates"]`` (labels ``org``/``person``):
the NER reads them as a feature (:mod:`govnlp.ml`), like the admin gazetteer's
hits, and the shipped ``entity_resolver`` prefers them where they overlap the
NER's entities (the measured policy, ``docs/results.md``).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

from hanlp_trie import Trie
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..gazetteer import LEVEL_RANK, admin_table, VERBS_BEFORE_COUNTY, ZONE_WORDS, infer_level, longest_matches
from ..names import (COMPOUND_SURNAMES, FUNCTION_AFTER_NAME, NAME_RUN_ON, NOT_NAME_END, NOT_NAMES, OFFICE_TITLES, TRANSLIT,
                     ends_name, name_chars,
                     opens_next_word, runs_to_word, transliterated)
from ..normalize import BLANK_LINE, CLAUSE_PUNCT, compact_view, layout_spans
from ..occupancy import Occupancy
from ..words import opens_word, two_char_words
from .bylines import FOUND_KEY, MEDIA_BRANDS, META_CREDIT, BylineTagger, looks_like_name, split_names, surnames

PATTERN_KEY = "pattern_candidates"
ORG_PREFIX = "省市县区镇乡村州盟旗"
MAX_INNER = 10
# the Party group or committee of a known organ is one name with it (交通运输部|党组)
PARTY_GROUPS = ("党组", "党委")
# a paper or a channel by its name, which a preposition may open (對|天下雜誌)
MEDIA_HEADS = ("日报", "晚报", "时报", "晨报", "商报", "都市报", "卫视", "杂志", "杂志社")
# heads whose names need no unit before them (东阳国小, 学甲户政事务所): a 2-4 character name
# right after a clause boundary is taken as the name's start
NAMED_HEADS = ("国小", "国中", "小学", "中学", "高中", "大学", "学院", "幼儿园", "协会", "学会", "农会", "事务所", "地政事务所", "户政事务所",
               "基金会", "商会", "合作社", "总署", "剧团", "舞团", "艺术团", "舞蹈团", "合唱团", "集团", "林场", "农场",
               "派出所", "司法所", "财政所", "自然资源所",      # 剑门派出所: a station named by its town
               "署", "警区", "联合会", "民政事务处",             # 社会福利署, 中区警区, 觀塘民政事務處: Hong Kong's departments and districts
               *MEDIA_HEADS,                                       # 《工人日报》, 蓮花時報, 遠見雜誌: a paper by its name
               "促进会", "联合总会", "学校", "教育会", "初中",       # 坊眾學校, 中華教育會
               "管委会",                                           # 棋盘山管委会: a zone's by its name
               "总会")                                             # 街坊總會, 新界潮人總會: named by whom they gather
# what 总会 ("will always") follows as an adverb, not a federation's name (问题总会解决)
ALWAYS_SUBJECTS = ("问题", "事情", "困难", "矛盾", "办法", "机会", "时间", "生活", "日子", "努力", "付出", "坚持", "阳光",
                   "风雨", "一切", "未来", "明天", "春天", "人们", "大家", "自己", "梦想", "希望", "真相", "历史")
# associations, whose names run long (中華青年進步協會, 澳門民康精神健促進會)
ASSOCIATIONS = ("协会", "促进会", "联合会", "联合总会", "基金会", "商会")
NOT_NAME_START = set("这该此本各全每那其一多两几所有个该某他她我你它咱请")
# a level prefix right after another level character or 各 names a class of bodies (各县市议会, 乡镇纪委), no one body
GENERIC_BEFORE = set(ORG_PREFIX + "各个全")
# 中央 standing for the central authorities (中央和地方, 地方及中央, 向中央反映, 中央明确), not as a modifier (中央苏区)
CENTRE = re.compile(r"(?<=[在由经向与及和合])中央(?=的)|(?<=地方[和与及、])中央|(?<=[与及和])中央(?=[与及和、]|每|会|对)|(?<=[届])中央(?!委员|领导)"
                    r"|(?:(?<=敦促|拥护|体现|获得|荣获|涉及|落实)|(?<=代表了|学习了))中央(?!的|[\u4e00-\u9fff]{0,6}(?:规定|会议|全会|文件|媒体|刊物|预算|资金|苏区))"
                    r"|中央(?=(?:和|与|、|及)(?:地方|省|司法|自治区|[\u4e00-\u9fff]{1,4}[省市])|明确|相当|高度|重视|关心|要求|决定|部署|决策|精神(?!文明)|表扬|开了|对(?!口)|会(?![议员])|省市|"
                    r"提出|强调|指出|批准|支持|更加|反映|沟通|提案|释放|出台|印发|作出|做出|推出|制定|赋予|争取|近期|近日|关于|[,。;、]|$)")
LEVEL_CHARS = "省市县区乡镇"
LEVEL_LIST = re.compile(f"[{LEVEL_CHARS}]、[{LEVEL_CHARS}]、")     # three levels listed (市、区、县): a kind, not one body
# 中央 opening the name of a body it sends (中央第七巡视组, 中央环保督察组), as a unit opens its organs' names
CENTRAL = re.compile(r"(?<![党共])中央(?=(?:第[一二三四五六七八九十]+)?[\u4e00-\u9fff]{0,6}?(?:巡视组|督导组|督察组|指导组|"
                     r"工作组|检查组|调研组|宣讲团|巡回指导组))")     # (not 中央|明确国铁集团: a verb between)
# 中央 as the first of the levels media come from (中央、省、市21家媒体, 中央和省级媒体): a level, no body
MEDIA_LEVELS = re.compile(r"(?:[、和与及]?[省市县区州]级?)+[0-9]*(?:多|余)?家?(?:主流)?(?:媒体|新闻)")
# words ending in 局 that name no bureau (大局, 格局, 开好局)
NOT_BUREAU = "大格布全开结僵当残骗赌饭时政战棋终出新变破危好困造谋"
# a unit's department by its abbreviation (牡丹江市|文旅新局; not 事关南漳|发展大局)
UNIT_DEPARTMENT = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)(?:(?<![{NOT_BUREAU.replace('新', '')}])局|厅|办|委|中心)(?![\u4e00-\u9fff]?(?:员|事处|公室|法))")
# organs that stand by themselves after a unit: a second organ, not a branch of the first
ORGANS = ("政府", "人民政府", "委", "党委", "人大", "政协", "纪委", "监委", "法院", "人民法院", "检察院", "人民检察院")
# a bureau by its two-character abbreviation, standing alone (觀傳局, 觀旅局, 社会局 is listed): not
# the words ending in 局 (大局, 格局, 布局), nor 局面
BUREAU_ABBREV = re.compile(rf"[\u4e00-\u9fff]{{2}}(?<![{NOT_BUREAU}])局(?![面势])")
# a level's bureau or department by its field, no list holding the field (在|市农牧局|召开, 在|自治区农牧厅|的指导)
LEVEL_BUREAU = re.compile(rf"(?:自治区|[省市县区州盟旗])[\u4e00-\u9fff]{{2,4}}?(?<![{NOT_BUREAU.replace('政', '')}])(?:局|厅)(?![面势])")   # (民政局)
# an office (处) by a two-character field, listed or with its head's title: 社會處、教育處 (not 好处, 相处, 到处)
FIELD_OFFICE = re.compile(r"[\u4e00-\u9fff]{2}(?<![好到相之住益长短难用妙深出各此何共独远近高低别四痛害用里])处"
                          r"(?=副?处长|(?<!处处)长(?!期|远|久|达|短|时)[\u4e00-\u9fff]|[、，。,；;）)]|$|等|与|和|及|联合|共同|协办|主办|承办|表示|指出)"
                          r"|[\u4e00-\u9fff]{2}课(?=长[\u4e00-\u9fff])")   # 农业处长陈树义; 民政課長劉博文: a Taiwan office's section
# a department by its field alone, where a name may open and with its head's title, a list
# joint or a clause end after it: 民政事务局|局长, 、乡村振兴局、, 食环署|、 (not 部署, 签署)
FIELD_DEPARTMENT = re.compile(rf"[\u4e00-\u9fff]{{2,5}}?(?<![{NOT_BUREAU}部签公官])(?:局|署)"
                              r"(?=(?:副?(?:局|署|处)长)|(?<!局局)(?<!署署)长(?!期|远|久|达|短|时)[\u4e00-\u9fff]|[、，。,；;：:）)]|$|表示|指出|介绍|称|将|与|和|及|等|联合|共同|主要|负责|相关|有关|党组|协办|主办|承办)")
# what follows a paper's name in its publisher's: 甘肃日报|社, 甘肃日报|报业集团公司
MEDIA_BODY = re.compile(r"社|报业集团(?:有限)?(?:公司)?|传媒集团(?:有限)?(?:公司)?")
# every unit of a level, written before a kind of department: 各县(市、区)|新闻办
EACH_UNIT_BEFORE = re.compile(r"各[省市县区乡镇][(（][^)）]{0,8}[)）]$")
# what follows 网 in words that are no site's name (网格员, 网络, 网站群, 网点)
NOT_SITE_AFTER = tuple("格络站点民友上红购店联") + ("信办",)
# 实事|求是 (the idiom), 需|求是, 要|求是: 求 ends a word and 是 is the verb, not the journal
WORDS_ENDING_IN_QIU = set("事需要追诉寻请征谋祈力恳探讲务苛强渴乞")
# what every village has (村卫生室, 村幸福院): with no village's name before them, a kind of place
VILLAGE_FACILITIES = ("卫生室", "卫生所", "幸福院", "敬老院", "养老院", "小学", "幼儿园", "学校")
# a region's own organs, listed without it: 香港|立法会, 澳门|廉政公署
REGION_ORGANS = ("立法会", "廉政公署", "行政会议", "终审法院", "警务处", "海关",
                 # the secretariats, with their region written before them (澳門保安司司長)
                 "保安司", "行政法务司", "社会文化司", "经济财政司", "运输工务司", "政务司", "财政司", "律政司")
# the groups a committee sets up for one field of work, named after it: 旗委|农村牧区工作|领导小组
LEADING_GROUPS = ("领导小组", "工作领导小组", "工作小组", "指挥部", "工作专班", "推进办")   # (市委清廉乡村建设工作小组, 区委幸福社区建设推进办)
# heads that only continue an organisation's name (县政协|机关, 市政府办公室|机关党委), never open one
JOINING_HEADS = ("机关", "机关党委", "机关委员会")
# a committee of one term written after its organ: 县政协|九届委员会
TERM_COMMITTEE = re.compile(r"第?[一二三四五六七八九十]+届(?:委员会|常委会|常务委员会|会董会|理事会|董事会)")
# rooms and halls named like organisations (八仙村活动中心): venues, not bodies
VENUES = ("活动中心", "活動中心", "行政中心", "奥体中心", "体育中心", "会展中心", "会议中心", "会议展览中心")       # (城步苗族自治县|行政中心: the government's building)
# a bureau of Hong Kong's or Macao's government, its fields joined by 及 (商務及經濟發展局); not 署理 (acting)
REGION_BUREAU = re.compile(r"(?!署理)(?:[\u4e00-\u9fff]{2,4}[及和])?[\u4e00-\u9fff]{2,4}?(?:事务局|发展局|局|署)(?![面势])")
# the Party's cells of members, named by a unit only below a township (村党支部, 社区党支部)
BRANCHES_OF_MEMBERS = ("党支部", "支部", "党总支", "党小组")
VILLAGE_LEVEL_ENDS = ("村", "社区", "嘎查", "居委会", "村委会", "组", "屯")
# a body's term before its session, no committee named (政协三江侗族自治县|第十三届第三次会议)
TERM_BEFORE_SESSION = re.compile(r"第?[一二三四五六七八九十]+届(?!委员会|常务委员会)")
# words of names that hold a function character (人民对外友好协会, 对口支援办)
WORDS_OF_NAMES = ("对外", "对口")
# Hong Kong's councils of every district named by their kind (區議會, 鄉委會)
GENERIC_COUNCILS = ("区议会", "区委员会", "乡委会")
# a holder's time in office, written between the unit and the organ of a title (沙河镇原党委书记)
FORMER = ("原", "现任", "时任", "前任", "原任")
# places with a name that are no units, ending in a level character: their organs take
# the place's name (瑞南居民区|党总支, 阳光小区|业委会), never the 区 alone
# national bodies a region's deputies sit in (香港特区|全国人大代表), not a campaign (创建全国文明城市指挥部)
NATIONAL_ORGANS = ("全国人大", "全国政协", "全国总工会", "全国妇联", "全国工商联")
# an organ's own web site, named after it (莲花县人大信息网)
ORGAN_SITES = ("信息公开门户网站", "门户网站", "信息网", "门户网")
# organs a community or a sub-district does not have: 社区政协 names a liaison desk, no body
COUNTY_ORGANS = ("政协", "人大", "政府", "人民政府", "法院", "人民法院", "检察院", "人民检察院")
NAMED_PLACES = ("居民区", "社区", "小区", "园区", "街区", "景区", "校区", "片区", "街道", "保护区", "度假区", "风景区", "新区")
# words ending in a level character that is no prefix: 农村学校, 城市管理局 are kinds
NOT_PREFIX_WORDS = {"农村", "乡村", "城市", "都市", "城区", "城乡", "城镇", "市县", "山区", "景区", "牧区", "林区", "辖区",
                    "同乡", "家乡", "故乡", "老乡", "下乡", "返乡", "回乡"}
# a level character that opens a word, not a name (村民|服务中心, 市场监管局: the 县 before it is the prefix;
# 辖区内, 县级融媒体中心: a place or a kind; not 市民|政局, 县城|管局)
NOT_PREFIX_OPENING = {"村民", "区域", "市场", "乡亲", "省份", "区间", "区内", "县内", "市内", "省内", "镇内", "乡内", "村内",
                      "县级", "市级", "区级", "省级", "镇级", "乡级", "村级", "镇区", "村庄"}   # (not 市民: 市|民政局)
# words that open no name before a school or a troupe (去年大学毕业, 部分大学)
NOT_NAME_OPENERS = ("去年", "今年", "明年", "前年", "当年", "部分", "一些", "多所", "各类", "全部", "所有", "其他", "其它",
                    "当地", "辖区", "属地", "附近", "基层", "农民", "家庭", "专业")
# two level characters name a kind of body (镇街纪委, 乡镇党委, 县市议会), not one body
TWO_LEVELS = ("镇街", "乡镇", "县市", "市县", "县区", "区县", "省市", "市区县", "乡村", "村组")
# a school by its place and number: 长垣一中, 郑州十一中 (not 十九届三中全会)
NUMBERED_SCHOOL = re.compile(r"(?:(?![一二三四五六七八九十两])[\u4e00-\u9fff]){2}(?<!届)[一二三四五六七八九十]{1,2}"
                             r"(?:[中小](?![全会学心间国央时])|高(?=[、，,。；;等]|$))")   # 郸城一高, a county's first (not 一老一小, 逗留约一小时)
# 办 as a verb, not an office (举办, 主办, 办理, 办好): 市招投标办 and 县扶贫办 are offices
NOT_OFFICE_BEFORE = set("举创主承开兴督代包查交协合筹试批严惩法难好易停首特以用来为在去要会能全")   # (部署全办: the whole office)
NOT_OFFICE_AFTER = set("理好事法公实学成到了得完起过案班桌酒")
# 政府 opening a compound noun, not an organ: 青海省政府采购工作 is 青海省 + 政府采购
NOT_ORGAN_AFTER_GOVERNMENT = ("采购", "性", "间", "债", "投资", "购买", "补贴", "引导", "主导", "信息公开")
# a sub-unit written after its organisation: 区委|督察室, 市委|农牧办, 市政府|秘书处|媒体事务组, 市工务局|投资管理科,
# 文化局|博物馆科 in 文化局博物馆科长 (a contracted title keeps the unit whole, ANNOTATION.md decision 15)
# a school's club, named after it (忠信學校|戰鼓社, 竹東高中|韓國流行舞蹈社)
SCHOOLS = ("学校", "小学", "中学", "高中", "初中", "国小", "国中", "大学", "学院")
SCHOOL_CLUB = re.compile(r"[\u4e00-\u9fff]{2,8}?社(?=[」”’、,，。；;\s]|$)")
# a ministry's numbered bureau (中央社会工作部|一局)
NUMBERED_SUB_UNIT = re.compile(r"[一二三四五六七八九十]{1,2}[局司处室]")
SUB_UNIT = re.compile(r"(?:附属(?:第[一二三四五六七八九十]+)?(?:中学|小学|医院)|办公厅|" + NUMBERED_SUB_UNIT.pattern + r"|[\u4e00-\u9fff]{2,6}?委员会|[\u4e00-\u9fff]{2,4}和[\u4e00-\u9fff]{2,4}委员会|[\u4e00-\u9fff]{2}部(?=副?部长)|[\u4e00-\u9fff]{2,4}?校区|[\u4e00-\u9fff]{2,4}?频道|仲裁院|[\u4e00-\u9fff]{2,8}?(?:处|科|课|室|中心组|组|股|所|站|队|中心|学院|学系|研究院|医院|工作部|厂)|[\u4e00-\u9fff]{2,6}?(?<![新格大全布开结僵当残部签])[局署]|应急办"
                      r"|(?<=委)[\u4e00-\u9fff]{1,3}?(?<![" + "".join(sorted(NOT_OFFICE_BEFORE)) + r"])办(?![公法理事好])"
                      r"|(?<=部)[\u4e00-\u9fff]{2,8}?司"     # 农业农村部|社会事业促进司: a ministry's department
                      r"|(?<=政协|人大)[\u4e00-\u9fff]{2,8}?委(?![员会托])(?=[\u4e00-\u9fff])(?!办)"   # 县政协|人口资源环境委, 市人大|财经委: a special committee
                      r"|[\u4e00-\u9fff]{2,8}?第[一二三四五六七八九十0-9]{1,3}(?:巡回)?(?:指导组|督导组|巡察组|巡视组|督查组))"   # 市委|党史学习教育第一巡回指导组
                      r"(?!(?<!办)(?<!员会)(?<!委)主任|员|理|置|罚|分|于|在|技|学|普|研|织|成(?!员)|建|内|外|份|东|以|有|属|面|[一-龥]?(?:会议|活动))")
SUB_UNIT_BAD = ("书记", "主任", "长", "委员", "同志", "的", "了", "和", "与", "及", "同", "在", "对", "为", "是", "将", "把",
                "等", "向", "从", "由", "到", "召开", "开展", "组织", "成立", "工作", "会议", "领导", "干部", "人员",
                "负责", "全体", "各", "所有", "相关", "有关", "下属", "内设", "派出", "一行", "主办", "承办", "协办", "主管",
                "政府", "围绕")                 # 县委|县政府: a second organ; 县融媒体中心|围绕中心: a verb
# a committee's fields may be joined (政协|资源环境和经济委员会)
SUB_UNIT_BAD_COMMITTEE = tuple(b for b in SUB_UNIT_BAD if b != "和")
# enterprises: a name ending in 有限公司 may hold any character (湖南天从招标代理有限公司)
COMPANY = re.compile(r"(?:股份)?有限(?:责任)?公司|集团(?:股份)?有限公司|(?<![分子总母该本各有])公司(?![员债])")   # 鲁渝蔬菜公司
# kinds of company, no company's name (物业公司, 保险公司)
KINDS_OF_COMPANY = ("农业", "海外", "内地", "外资", "运毒", "贩毒", "犯罪", "诈骗", "更多", "许多", "很多", "物业", "保险", "快递", "施工", "建筑", "第三方", "国有", "民营", "上市", "外卖", "中介", "劳务",
                    "运营", "平台", "投资", "融资", "担保", "贸易", "外贸", "电力", "燃气", "供水", "供电", "城投", "壳")
# verbs that sit between a place and an organisation but never inside a name
BLOCKERS = ("进驻", "整合", "建立", "健全", "转发", "给予", "挖掘", "改进", "一间", "一所", "一座", "开展", "召开", "组织", "联合", "走进", "深入", "推进", "举办", "来到", "前往", "参加", "成立", "贯彻", "落实",
            "印发", "发布", "要求", "指导", "督导", "协调", "配合", "携手", "通过", "依托", "按照", "牵头", "支持", "继续",
            "采取", "采用", "根据", "依据", "部分", "吹响", "听取", "引进", "培育", "首家", "首个", "一家", "留存",
            "负责", "保障", "关于", "各级", "确保", "实现", "选派", "率队", "创建", "利用", "发挥", "依靠", "借助",
            "违反", "违背", "使用", "建议", "介绍", "逐一", "推荐", "邀请", "进入", "协助",
            "两级", "三级", "四级", "五级", "延伸至", "委托",
            "已", "加强", "另建", "领学", "组建",     # 已组建|小区党支部, 加强|公立幼儿园, 区长范传斌领学|中纪委: verbs
            "率领", "带领", "带着", "亲自", "乡长", "镇长", "议长", "出任", "担任",
            # 由乡长赖志铭亲自率领|公所团队: a head with the people leading it; 副旗长李浩同志到|应急管理局: the person
            # visiting (not 市长: 保定市|长城汽车)
            "同志", "旗长", "盟长")
# the congress and the consultative conference named together without a unit: the page's own (ORG)
BARE_CONGRESSES = re.compile(r"人大[、和与及]政协|政协[、和与及]人大")
# what follows 机关 when it means the organ's staff or paper, not its offices (市委|机关报, 镇政府|机关工作人员)
STAFF_OF_ORGANS = ("报", "工作人员", "干部", "职工")
# a list of periodicals that ran a story (被…《中国乡村振兴》《共产党员》等刊发): each title is a medium
MEDIA_RAN = re.compile(r"(?:《[^《》]{2,12}》[、和及与]?){1,6}等?(?:媒体|报刊|刊物)?(?:刊发|刊登|刊载|转载|播发|报道|采用)")
# what may follow a county's media brand (今日高邮|客户端)
MEDIA_BRAND_AFTER = ("客户端", "APP", "App", "消息", "讯", "报道", "新闻网", "网")
# a newspaper in title marks, not a report (《图们江报》, not 《工作简报》)
PAPER_IN_MARKS = re.compile(r"《([\u4e00-\u9fff]{2,8}报)》")
NOT_PAPERS = ("简报", "通报", "汇报", "公报", "情报", "年报", "月报", "海报", "喜报", "捷报", "战报", "学报")
# numerals that count the bodies after them (三个农村党支部): no name holds one
COUNT_NUMERALS = set("一二两三四五六七八九十几多")
# a team's number, before its head (省|第29|督查组) or after its organ (区委|第三|巡察组)
TEAM_NUMBER = r"第(?:[一二三四五六七八九十]+|[0-9]+)"
NUMBERED_BEFORE = re.compile(TEAM_NUMBER + "$")
# what opens no sub-unit: deictics and modal verbs (市政府办公室机关党委|要紧盯…中心)
NOT_SUB_UNIT_START = NOT_NAME_START | set("要将应需")
# verbs a working group's name holds (阳城县|创建全国文明城市|指挥部); after a verb that sets one up, the
# whole stretch is the group's name (成立|迎接国家卫生县城复审工作领导小组)
SETUP_VERBS = ("成立", "组建", "设立")
# (a person speaking for a group: 宁洪友|代表|市双拥工作领导小组)
GROUP_BLOCKERS = tuple(b for b in BLOCKERS if b not in ("创建", "推进", "开展", "落实", "实现", "确保")) + ("代表",)


def _by_length(words: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """Words grouped by length, for :func:`_ends_with` (one set lookup per length, not one call per word)."""
    return tuple((n, frozenset(w for w in words if len(w) == n)) for n in sorted({len(w) for w in words}))


def _ends_with(comp: str, k: int, table: tuple[tuple[int, frozenset[str]], ...]) -> bool:
    """Whether ``comp[:k]`` ends with one of the words of ``table``."""
    return any(n <= k and comp[k - n:k] in words for n, words in table)


BLOCKER_TABLE = _by_length(BLOCKERS)
GROUP_BLOCKER_TABLE = _by_length(GROUP_BLOCKERS)
# verbs that open no name before a school, a troupe or a forest farm (助推|林场, 加快|大学)
NOT_NAMED_HEAD_OPENERS = BLOCKERS + ("缓解", "增加", "减少", "提高", "扩大", "改善", "加快", "推动", "促进", "助推", "助力", "打造", "建设", "发展", "感谢", "感恩", "来自",
                                     "供销") + NOT_NAME_OPENERS       # (供销合作社: a kind, with no place before it)
# what opens no field of a department (部分…局, 开展…局, 乡镇…局; 乡村振兴局 is a field)
NOT_FIELD_OPENERS = NOT_NAME_OPENERS + BLOCKERS + tuple(w for w in TWO_LEVELS if w != "乡村")
# words a company name never holds: the name starts after the last of them (参观了|领展资产管理有限公司,
# 子公司|兴业水利工程有限公司)
COMPANY_BEFORE = BLOCKERS + ("子公司", "母公司", "旗下", "下属", "所属", "包括", "委托", "参观", "考察", "走访", "调研", "前往", "来到", "走进", "进入", "与", "和", "及", "由",
                  "对", "向", "被", "是", "为", "经", "在", "等", "了", "的", "到")
STOP = set(CLAUSE_PUNCT + "的了在和与及“”‘’（）()《》 在对为向把被从由将是有们到")     # (…,|到|中心林场尖山管护站: the verb)
STOP_COMMITTEE = STOP - {"和"}
TITLES = OFFICE_TITLES + ("村民", "居民", "老人", "志愿者", "负责人", "网格员", "专家", "教师", "老师", "医生", "民警", "法官", "检察官", "总干事",
          "老板", "总监", "主委", "理事", "董事", "教授", "研究员", "工程师", "讲解员", "主持人", "主编", "辅导员", "指导员", "政委", "支书", "冠军", "亚军",
          "季军", "行政长官", "长官", "参事", "特派员", "大使", "总领事", "领事", "传承人", "艺术师", "灯艺师", "大师", "设计师", "律师", "医师", "画家", "作家",
          "书法家", "艺术家", "演员", "歌手", "运动员", "选手", "院士", "博士", "总编辑", "编辑",
          # the people of feature stories, named after what they are (市民普娇说, 母亲代树香, 保洁人员陆美仙)
          # (not the collectives 群众, 党员, 学生: 群众满意, 党员谢师恩)
          "市民", "游客", "老党员", "商贩", "摊主", "店主", "业主", "车主", "患者", "大学生", "小学生", "中学生", "女孩", "男孩", "姑娘", "小伙", "母亲", "父亲", "妻子", "丈夫", "儿子", "女儿",
          "爷爷", "奶奶", "保洁员", "保洁人员", "工作人员", "环卫工人", "快递员", "外卖员", "司机", "护士", "医护人员",
          "候选人", "当选人", "获奖者", "创始人", "代表人", "户主", "贫困户", "脱贫户", "退役军人", "老兵", "烈士",
          "将军", "副研究员", "嘎查达", "执行长", "副执行长", "代表", "人选", "村医", "乡村医生", "监事长", "监事", "标兵", "成员", "首长",
          "宰相", "丞相", "尚书", "侍郎", "知府", "知县", "名将",     # the people of a place's history (宰相徐清叟, 兵部尚书沈弘)
          "乡贤",                                                     # a village's notable (乡贤严茂良)
          "民政事务专员", "专员",                                     # Hong Kong's district officers (民政事務專員周卓瑩)
          "岁", "岁的")                            # 100岁罗菊妹, 38岁的彭凯: an age before the name
# titles written after a name (谢财旺市议员, 郭陈丽娇女士, 方志雄参事); the name starts at a boundary
TITLES_AFTER = ("市议员", "县议员", "议员", "立委", "女士", "先生", "书记", "县长", "市长", "区长", "镇长", "乡长", "州长", "省长",
                "主任", "局长", "部长", "委员", "代表", "总经理", "董事长", "理事长", "会长", "教授", "老师", "议长",
                "副议长", "参事", "司长", "处长", "科长", "副研究员", "研究员", "将军")
# titles whose first character ends common words (工|作家, 艺|术家): read as titles only where no word runs into them
TITLES_IN_WORDS = ("作家", "画家")
NAME_START = CLAUSE_PUNCT + "“”‘’（）()《》「」"
MEETING_AT = re.compile(r"(?:会议|会|大会|座谈会|仪式)上")
SPEECH = ("表示", "说", "介绍", "告诉", "指出", "强调", "认为", "同志", "感慨", "感叹", "坦言")
# one-character words a speaker's name may follow (是韦国清同志…, 帮陈水才说)
JOINTS_BEFORE_NAME = set("是为和与及对向把被由在从给让帮将同跟")
AFTER_NAME = ("在", "到", "等", "带领", "一行", "主持", "参加", "出席", "带队", "调研", "讲话", "来到", "深入", "走访", "应邀", "来自",
              "夫妇", "夫妻",
              "慰问", "前往", "看望", "陪同", "率队", "率领", "主讲", "宣讲", "和", "与", "及",
              "今天", "今日", "日前", "近日", "昨天", "也", "则", "亲自", "特别", "看来", "的",
              "结合", "围绕", "针对", "一边", "逐一", "先后", "分别", "详细", "认真", "现场", "首先", "随后", "听取",
              "决定", "率先", "经常", "协调", "实地", "专程", "一同", "亲临", "莅临", "多次", "仔细", "冲在", "亲切", "主动")
# verbs that, at a clause start, follow a person (潘家华调研…, 王迎波主持…)
ACTIONS = ("调研", "主持", "出席", "参加", "看望", "慰问", "带队", "率队", "视察", "考察", "会见", "讲话", "指出", "强调", "要求",
           "致辞", "一行", "率领", "带领", "陪同", "蝉联", "当选", "获选")
BOUNDARY = (rf"(?=[{CLAUSE_PUNCT}“”（）()〔〕【】\s将对把向就还都又为是从给被让已正便今率邀赴]|$|家[{CLAUSE_PUNCT}]|"   # 牧民阿迪雅|家,
            + "|".join(SPEECH + AFTER_NAME + TITLES_AFTER) + ")")
_TITLE_NAME = re.compile(rf"(?:{'|'.join(sorted(TITLES, key=len, reverse=True))}|第[一二三四五六七八九十]+名)"
                         rf"[:：]?([\u4e00-\u9fff]{{2,3}}|(?:{'|'.join(COMPOUND_SURNAMES)})[\u4e00-\u9fff]{{2}}){BOUNDARY}")
# (a lookahead, so that overlapping titles are all tried: 党总支|书记 after 支书)
_TITLE_NAME_OPEN = re.compile(rf"(?=(?:{'|'.join(sorted(TITLES, key=len, reverse=True))})([\u4e00-\u9fff]{{3}})[\u4e00-\u9fff])")
# an office title, then a transliterated name of three to six characters (常务副旗长|胡格吉乐图)
_TITLE_TRANSLIT = re.compile(rf"(?:{'|'.join(sorted(OFFICE_TITLES, key=len, reverse=True))})([\u4e00-\u9fff]{{3,6}})")
_NAME_TITLE = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)(?:常务副|副)?(?:{'|'.join(TITLES_AFTER)})")   # 林婉妹|副会长
_NAME_ACTION = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)等?(?:{'|'.join(ACTIONS)}|(?<!以)赴|率(?=[县市区省镇乡]|[\u4e00-\u9fff]{{0,6}}?(?:团|队)))")   # 张锐赴, 章梁率縣府團隊; not 全力以赴
_LISTED_AFTER_UNIT = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?=、|等)")    # 新北市|蒋根煌、云林县|黄凯、
# a speaker heading a quotation at a clause start (岑浩辉：把维护国家安全……)
_NAME_COLON = re.compile(r"([\u4e00-\u9fff]{3})(?=[:：])")
# transliterated and minority names joined by a middle dot (祖龙·克里木, 阿依古丽·买买提)
_DOT_NAME = re.compile(r"(?:(?![的了在和与及是有对为向把被从由将])[\u4e00-\u9fff]){2,6}[·・][\u4e00-\u9fff]{2,5}?"
                       rf"(?:(?![\u4e00-\u9fff])|(?={'|'.join(TITLES + AFTER_NAME + SPEECH + ('为', '是'))}))")
_NAME_SPEECH = re.compile(rf"([\u4e00-\u9fff]{{2,3}})(?=(?:{'|'.join(SPEECH)}))")
# an anonymised person (王某, 李某某), not "a certain" body or place (由|某公司, 在|某地)
_ANON = re.compile(r"(?<![由在对向为和与及是将把被从到给])[\u4e00-\u9fff](?:某(?:某)?|[○〇Ｏ]{1,2}(?![○〇Ｏ]))"
                   r"(?!公司|企业|单位|部门|机关|地|村|县|镇|乡|市|省|人|些|种|个|项|处|医院|学校|小区|平台|网站|机构)")
# a person placed in a photo by its caption: 高春雷(左后一), 张三（右二）
_PLACED = re.compile(r"([\u4e00-\u9fff]{2,3})(?=[（(](?:左|右|中|前|后)[一二三四五六七八九十前后排起]{0,3}[）)])")
# a rank opening a prize list's item (第二名|頂洲國小|楊凱傑；): the school after it is a name's start
RANK_BEFORE = re.compile(r"第[一二三四五六七八九十]+名$|[组組]?(?:冠军|亚军|季军|金奖|银奖|铜奖|优等|特优|甲等|佳作)$")
# a person written right after the organisation they represent, closing the clause (學甲國小|侯侑廷。)
_NAME_CLOSING = re.compile(r"([\u4e00-\u9fff]{2,3})(?=[；;。，,、]|$)")


@lru_cache(maxsize=1)
def org_names() -> Trie:
    text = resources.files("govnlp.data").joinpath("org_names.txt").read_text(encoding="utf-8")
    return Trie({w: True for line in text.splitlines() if not line.startswith("#") for w in line.split()})


@lru_cache(maxsize=1)
def org_heads() -> Trie:
    text = resources.files("govnlp.data").joinpath("org_heads.txt").read_text(encoding="utf-8")
    words = {w: True for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return Trie(words)


def org_candidates(comp: str, admin: list[tuple[int, int]] | None = None,
                   shorts: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Organisation names, in compact positions, with the short names the page defines for
    them (山西省中条山国有林管理局（中条林局）): these stand for the body everywhere on the page
    and, like a unit, open the names of its parts (中条林局|党委).  A zone's Party working committee and
    its administrative committee written together are two bodies (梅河新区党工委|管委会)."""
    # 市城管委|会同…: 会同 ("jointly with") is a verb, the name ends at 委; 县委|会议室: a meeting's room
    spans = [(a, b - 1) if comp.endswith("委会", a, b) and not comp.endswith("常委会", a, b) and (
             comp.startswith("同", b) and not comp.startswith(("同意", "同志"), b) and not comp.endswith(("村委会", "居委会"), a, b)
             or comp.startswith("议", b)) else (a, b)
             for a, b in _org_names(comp, admin, shorts)]
    spans = _papers_with_province(comp, spans, admin or [])
    spans = [part for a, b in spans for part in
             ([(a, b - 3), (b - 3, b)] if comp.endswith("党工委管委会", a, b) and b - a > 6 else [(a, b)])]
    spans = _listed_departments(comp, spans)
    aliases = _mentions(comp, _defined_short_names(comp, spans) | _sites_by_statement(comp), spans)
    if not aliases:
        return spans
    return longest_first(_org_names(comp, (admin or []) + aliases, shorts) + aliases)


# a department listed after an organisation, its level shared with the one before (市港口局、|铁路办、|机场办|应邀参加)
LISTED_DEPARTMENT = re.compile(r"[、和及与]([\u4e00-\u9fff]{2,4}?(?<![副正总])(?:办|局|委))(?=[、，,。；;和及与等]|应邀|参加|出席)")


def _listed_departments(comp: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Departments listed after an organisation by their bare names (发改局、财政局等单位,
    市港口局、铁路办、机场办): in such a list a name ending in 办, 局 or 委 is an organisation."""
    taken = Occupancy(len(comp), spans)
    out, queue = list(spans), sorted(spans)
    while queue:
        _, en = queue.pop(0)
        m = LISTED_DEPARTMENT.match(comp, en)
        if not m or not taken.free(*m.span(1)):
            continue
        name = m.group(1)
        if name[0] in NOT_NAME_START or STOP.intersection(name) or any(b in name for b in BLOCKERS) \
                or name.endswith(("常委", "编委", "党委")) and len(name) == 2:
            continue
        taken.take(*m.span(1))
        out.append(m.span(1))
        queue.append(m.span(1))
    return sorted(out)


def _is_province(name: str) -> bool:
    return any(u.level == "province" for u in admin_table().lookup(name))


def _papers_with_province(comp: str, spans: list[tuple[int, int]], admin: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A city's paper written after its province is one name (河南|漯河日报, 山东|滨州日报)."""
    province_at = {b: a for a, b in admin if _is_province(comp[a:b])}
    return [(province_at[a], b) if a in province_at and comp.endswith(("日报", "晚报", "晨报"), 0, b) else (a, b)
            for a, b in spans]


PREFECTURE_ORGAN = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?=地委|行署)")


def _prefectures_by_committee(comp: str) -> list[tuple[int, int]]:
    """A prefecture (地区) named by its short form before its Party committee or its
    administrative office (阿里|地委宣传部, 塔城|地委书记): the unit that opens the organ's name."""
    table = admin_table()
    return [m.span(1) for m in PREFECTURE_ORGAN.finditer(comp)
            if any(u.level == "prefecture" for u in table.lookup(m.group(1) + "地区"))]


def _kind_of_department(comp: str, en: int) -> bool:
    """Whether the 部 ending at ``en`` opens 部门, a kind of body (农业农村部|门, 区农业部|门)."""
    return comp[en - 1] == "部" and comp.startswith("门", en)


def _org_names(comp: str, admin: list[tuple[int, int]] | None = None,
               shorts: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Organisation names, in compact positions.

    A head (局, 中心, 支队 …) is reached from the left by a level prefix (县/市/区…) or
    a unit name, through at most ``MAX_INNER`` characters with no function word,
    verb or other head between (市|消防救援|支队); a prefix right before the head wins
    (青县整合|县委); farther, a prefix counts only where a name can begin (after
    punctuation, a unit or another organisation).  A unit chain extends the start
    (甘肃省|嘉峪关市|文明办) and adjacent heads extend the end (区委|第三巡察组,
    县人社局|仲裁院, 中国农业银行|阜新蒙古族自治县|支行).  Known names of central
    organs and media (data/org_names.txt) are candidates as they stand.  ``shorts``: the
    gazetteer's short forms, which open a name only where their last character 州 would
    otherwise be taken for a level prefix (滨州|日报, 郑州|圆方集团党委, not 州日报).
    """
    admin = (admin or []) + _prefectures_by_committee(comp)
    ends = {b: a for a, b in admin}
    for m in CENTRAL.finditer(comp):                    # 中央|第七巡视组, 中央|巡视组: the centre opens its teams' names
        ends.setdefault(m.end(), m.start())
    short_ends = {b: a for a, b in shorts or () if (comp[b - 1] in "州旗" or comp.startswith(("之窗", "视窗"), b)
                                                    and comp[a - 1:a] != "《")
                  and comp[a] not in STOP}                # (海门|视窗: a place's news portal; not 《东北之窗》, a magazine)
    unit_at = {a: b for a, b in admin}
    heads = org_heads()
    by_start = {st: en for st, en, _ in longest_matches(heads, comp)
                if not comp.startswith("员", en)              # 委员, 党委委员: titles, not organs
                and not (comp[en - 1] == "组" and comp.startswith("织", en))   # 党组|织: 党组织, a kind
                and not (comp.endswith("政府", 0, en) and comp.startswith(NOT_ORGAN_AFTER_GOVERNMENT, en))
                and not (comp[st:en] == "署" and (st > 0 and comp[st - 1] in "部签布" or comp.startswith("理", en)))   # 部署, 签署: verbs; 署理: acting
                and not (comp.endswith("常委会", 0, en) and comp.startswith(("议", "(扩大)会议", "扩大会议"), en))    # 县委|常委会议, 市委|常委会(扩大)会议: a meeting
                and not (comp[st:en] == "议会" and comp[st - 1:st] == "会")               # 会|议会|议: 会议会议
                and not (comp[st:en] == "民代表会" and comp.startswith("议", en))         # 市民代表会|议: a meeting of citizens
                and not (comp[st:en] == "府" and not (st > 0 and comp[st - 1] in "市县区省"))   # 市府, 县府 only
                and not (comp[en - 1] == "委" and comp.startswith(("托", "屈", "婉"), en))       # 局|委托: a verb
                and not (comp[st:en] == "办" and (comp[st - 1:st] in NOT_OFFICE_BEFORE or comp[en:en + 1] in NOT_OFFICE_AFTER))
                and not comp.endswith(VENUES, 0, en)
                and not (comp[st:en] in ("初中", "高中", "小学") and comp.startswith("部", en))   # 三中|初中部: a section
                and not (comp[st:en] in SCHOOLS and comp.startswith(("生", "城"), en))  # 引导大学|生: students; 广州大学|城: a district
                and not _kind_of_department(comp, en)           # 区农业部|门
                and not (comp[en - 1] == "局" and comp.startswith(("面", "势"), en))     # 建设新局|面: the word 局面
                and not (comp.endswith("融媒", 0, en) and comp.startswith("体", en))      # 融媒|体记者: a kind of reporter
                and not (comp[en - 1] == "部" and comp.startswith("分", en) and not comp.startswith("分管", en))}   # 组织部|分: 部分
    head_ends = set(by_start.values())
    out = [(ends[st] if st in ends and (comp.startswith(REGION_ORGANS, st) or comp[ends[st]:st] == "中华人民共和国")
            else st - 2 if comp.endswith("国家", 0, st) and not comp.startswith("国家", st) else st, en)
           # 香港|立法会, 中华人民共和国|中央社会工作部, 国家|民政部
           for st, en, _ in longest_matches(org_names(), comp)
           if not _kind_of_department(comp, en)
           and not (comp[en - 1] == "网" and comp.startswith(NOT_SITE_AFTER, en))     # 西部网|络: a word
           and not (comp[en - 1] == "党" and comp.startswith("派", en))              # 民主党|派: the parties as a kind
           and not (comp[st:en] in DEMOCRATIC_PARTIES and len(comp[st:en]) == 2 and not _opens(comp, st)
                    and not comp.endswith("代表", 0, st))   # 村|民建|立 (代表|民建江西省委会: a party's committee it speaks for)
           and not (comp[st:en] == "求是" and comp[st - 1:st] in WORDS_ENDING_IN_QIU)]
    out = [(a, by_start[b]) if comp.startswith(PARTY_GROUPS, b) and b in by_start else (a, b) for a, b in out]
    known_start = {b: a for a, b in out}                    # where known names (廉署, 人民日报) start, by their end
    made = {}                                               # the names found so far, by their end
    set_up: set[str] = set()                                # groups named where they are set up
    for st, en in by_start.items():
        if comp[st:en] in JOINING_HEADS:
            continue                                        # 县政协|机关 only: 积极发动|机关 names nothing
        if _former(comp, st, ends):
            continue                                        # 沙河镇原|党委书记: a former office, no organ
        start = None
        nearest = None
        quoted = False
        # a group's name holds its campaign's verb (阳城县|创建全国文明城市|指挥部)
        blockers = GROUP_BLOCKER_TABLE if comp.startswith(LEADING_GROUPS, st) else BLOCKER_TABLE
        numbered = NUMBERED_BEFORE.search(comp, max(0, st - 6), st)
        k = touch = numbered.start() if numbered else st      # 省|第29|督查组: the team's number
        reach = 2 * MAX_INNER if blockers is GROUP_BLOCKER_TABLE else MAX_INNER    # a group's task is long
        while k > 0 and st - k <= reach:
            if k in ends:                                   # a unit name ends here
                start = ends[k]
                if comp[start:k] in ZONE_WORDS and start not in ends:
                    start = _place_name_start(comp, start, ends) or start    # 滨海湾|新区|党工委: the zone's name
                break
            if k in head_ends and (k != st or comp.startswith(ORGANS, st) and comp.endswith(ORGANS, 0, k)) \
                    and not quoted:
                if k != st and k in made and (comp.startswith(LEADING_GROUPS, st)
                                              or comp[en - 1] == "室" and comp[k - 1] == "委"):
                    start = made[k]                         # 旗委|农村牧区工作|领导小组, 区委|党史和地方志|研究室
                break                                       # another organisation ends here (党委|政府)
            ch = comp[k - 1]
            if ch == "”" and nearest is None:               # 区委|“两新”|工委, 市|“百千万工程”|指挥部
                q = comp.rfind("“", max(0, k - 12), k - 1)
                if q > 0 and not STOP.difference("“”").intersection(comp[q + 1:k - 1]) and (
                        q in ends or q in head_ends or comp[q - 1:q] in ORG_PREFIX):
                    k = q                                   # (not 修武县|吹响|“五星”|支部: a verb before it)
                    quoted = True
                    continue
            if k in short_ends and nearest is None:        # 滨州|日报: the place, not the level 州
                start = short_ends[k]
                break
            place = next((w for w in NAMED_PLACES if comp.endswith(w, 0, k)), None) if nearest is None else None
            if place:                                       # 瑞南居民区|党总支, 阳光小区|业委会: the place's name
                named = _place_name_start(comp, k - len(place), ends)
                if named is None and place in ("社区", "街道") and not comp.startswith(COUNTY_ORGANS, st) \
                        and (place == "街道" or "党" in comp[st:en] or "委" in comp[st:en]) and not (   # (社区服务中心: a kind)
                        comp[k - len(place) - 1:k - len(place)] in NOT_NAME_START | GENERIC_BEFORE):
                    named = k - len(place)                  # 社区党委, like 村党支部: a level and its organ
                if named is None and blockers is GROUP_BLOCKER_TABLE:
                    k -= len(place)                         # 区委|幸福社区建设|推进办: a place word in the group's task
                    continue
                if named is None:
                    break
                start = named
                break
            if ch in ORG_PREFIX and comp[k - 2:k] not in NOT_PREFIX_WORDS and comp[k - 1:k + 1] not in NOT_PREFIX_OPENING:
                if nearest is None:
                    nearest = k - 1
                    if k == touch:                          # 县委, 县人社局: prefix touches the head
                        start = nearest
                        break
                before = comp[k - 2] if k >= 2 else ""
                if not before or not _han(before) or before in STOP or (k - 1) in ends \
                        or (k - 1) in head_ends or before == "团":
                    start = k - 1
                    break
            if (ch == "和" or ch == "及" and comp[en - 1] in "局署" and (k - 1) not in ends) and nearest is None \
                    and _field_joint(comp, k - 1, st, en):
                k -= 1                                      # 省林业|和|草原局, 文化和旅游局: two fields, one name
                reach = max(reach, st - k + MAX_INNER)      # 州|文化体育广播电视|和|旅游局: the first field is long
                continue
            if (ch in STOP and not ((k - 1) in ends and ch == "和") and comp[k - 2:k] != "国有"
                    and not comp.startswith(WORDS_OF_NAMES, k - 1)) or not _han(ch) \
                    or _ends_with(comp, k, blockers) \
                    or ch == "个" and comp[k - 2:k - 1] in COUNT_NUMERALS:        # 原公镇|三个农村党支部: a count
                if comp.startswith(LEADING_GROUPS, st) and comp.endswith(SETUP_VERBS, 0, k) and st - k >= 4 \
                        and k not in ends and not comp.startswith(ORGANS, k):
                    start = k                               # 成立|迎接国家卫生县城复审工作领导小组
                    set_up.add(comp[k:en])
                break                                       # (台南市|和顺国小: 和 right after a unit is a name)
            k -= 1
        if start is None:
            start = nearest
        if start is None and en - st >= 3 and comp[en - 1] in "局委部办厅" and _opens(comp, st) \
                and not comp.endswith("支部", 0, en) \
                and not EACH_UNIT_BEFORE.search(comp, max(0, st - 14), st):  # 各县(市、区)|新闻办: every unit's
            start = st                                      # 社會局, 發改委, 组织部: a bare department (decision 13)
        if start is None and comp.startswith(NAMED_HEADS, st) \
                and not (comp.startswith("总会", st) and comp.endswith(ALWAYS_SUBJECTS, 0, st)):   # 问题|总会解决: an adverb
            k = st
            longest = 8 if comp.startswith(ASSOCIATIONS, st) else 4     # ,中華青年進步|協會: long names
            while k > 0 and st - k < longest and _han(comp[k - 1]) and (comp[k - 1] not in STOP
                                                                        or comp.startswith(WORDS_OF_NAMES, k - 1)):
                k -= 1
            ranked = next((j for j in range(st - 2, k - 1, -1) if RANK_BEFORE.search(comp, 0, j)), None)
            if ranked is not None:                          # 第二名|頂洲|國小
                k = ranked
            if 2 <= st - k and (k == 0 or comp[k - 1] in NAME_START or comp[k - 1] in "与和及" or ranked is not None
                                or comp[k - 1] in "对向在从为被把由" and comp.startswith(MEDIA_HEADS, st)) \
                    and comp[k] not in NOT_NAME_START and not comp.startswith(NOT_NAMED_HEAD_OPENERS, k) \
                    and comp[k] not in ORG_PREFIX \
                    and not (comp.startswith("小学", st) and comp.endswith("中", 0, st)) \
                    and not comp.startswith("习", en) \
                    and not known_start.get(en, -1) > k:    # (秉承|廉署: a known name ends here)
                start = k                                   # 、东阳国小、
        if start is None:
            continue
        if comp[start] == "村" and start not in ends:
            start = _village_name_start(comp, start)        # ”中常村|党支部: a village no list holds
            if comp[start] == "村" and start > 0 and _han(comp[start - 1]) and comp[start - 1] not in STOP:
                continue                                    # 帮镇扶|村工作队, 驻|村: 村 inside a word, a kind of team
            if comp[start] == "村" and comp[start + 1:en] in VILLAGE_FACILITIES:
                continue                                    # 连到了|村卫生室: any village's clinic, a kind
        if comp[start - 1: start] == "团" and comp[start] in ORG_PREFIX:
            start -= 1                                      # 团县委
        elif comp[start] in ORG_PREFIX and start not in ends:
            if comp[start - 2:start] == "自治" or comp[start - 1:start] == "特":
                start -= 2 if comp[start - 1] == "治" else 1  # 自治区体育局, 特区政府
            elif comp[start - 1:start] and comp[start - 1] in GENERIC_BEFORE and (start - 1) not in ends:
                continue
        start = _chain_start(comp, start, ends, unit_at)    # 甘肃省嘉峪关市文明办
        if comp[start - 1:start] == "团" and comp.endswith("委", start, en) and \
                (start == 1 or not _han(comp[start - 2]) or comp[start - 2] in STOP):
            start -= 1                                      # 团|隆化县委, 团河北省…县委: the Youth League's committee
        if comp.startswith(TWO_LEVELS, start) and start not in ends:
            continue                                        # 镇街纪委, 乡镇党委: a kind of body
        if comp[start - 1:start + 1] == "园区":                # 猕猴桃产业|园区|党工委: the park's name
            k = start - 1
            while k > 0 and start - k < 8 and _han(comp[k - 1]) and comp[k - 1] not in STOP \
                    and not _ends_with(comp, k, BLOCKER_TABLE):
                k -= 1
            start = k
        end = en
        while True:
            if comp[end - 1] == "办" and comp.startswith(("公室", "公厅"), end):
                end += 2                                    # 县政府办|公室, 市政府办|公厅: the office, not 政府办
                continue
            m = MEDIA_BODY.match(comp, end) if comp[end - 1] == "报" else TERM_COMMITTEE.match(comp, end)
            if m and (comp[end - 1] == "报" or comp.endswith(ORGANS + ("联会", "协会", "商会", "总会"), 0, end)):
                end = m.end()                               # 甘肃日报|社, 县政协|九届委员会
                continue
            if comp[end - 1] == "联" and comp.startswith("会", end) and not comp.startswith(("会长", "会同", "会议", "会员"), end):
                end += 1                                    # 工商联|会 (not 工商联|会长, 会同: its head, a verb)
                continue
            m = REGION_BUREAU.match(comp, end) if comp.endswith("特区政府", 0, end) else None
            if m:
                end = m.end()                               # 香港特區政府|商務及經濟發展局: the region's bureau
                break
            if comp.endswith("政府", 0, end) and comp.startswith("网", end) and not comp.startswith("网站", end):
                end += 1                                    # 中国政府网: the government's news site
                break
            site = next((w for w in ORGAN_SITES if comp.startswith(w, end)), None)
            if site and comp.endswith(ORGANS, 0, end):
                end += len(site)                            # 莲花县人大|信息网, 云南省政府|信息公开门户网站
                break
            if end in by_start and not (comp.startswith(ORGANS, end) and comp[start:end].endswith(ORGANS)) \
                    and not (comp.startswith("机关", end) and comp.startswith(STAFF_OF_ORGANS, end + 2)):
                end = by_start[end]                         # 县委|党校, 县人社局|社会保险中心
                continue                                    # (not 糜镇党委|政府: two organs)
            m = re.match(TEAM_NUMBER, comp[end:end + 5])
            if m and end + len(m.group()) in by_start:      # 区委|第三巡察组
                end = by_start[end + len(m.group())]
                continue
            if end in unit_at and unit_at[end] in by_start and not comp.startswith(ORGANS, unit_at[end]):
                # 中国农业银行|阜新…县|支行, 环保局|学甲区|清洁队 (not 山西省政府|忻州市政府: two organs)
                end = by_start[unit_at[end]]
                continue
            break
        national = comp.find("全国", start, st)
        if national > start and comp.startswith(NATIONAL_ORGANS, national):
            start = national                                # 香港特区|全国人大, 港区|全国政协: a national body
        elif comp.startswith(("港区", "澳区"), start) and comp.startswith(("人大", "政协"), start + 2):
            start += 2                                      # 港区|人大代表团: the national congress's members from there
        if comp.startswith(BRANCHES_OF_MEMBERS, st) and unit_at.get(start) == st \
                and not comp[start:st].endswith(VILLAGE_LEVEL_ENDS):
            continue                                        # 衡阳市|党支部“五化”建设: the city's branches, a kind
        if comp[start:end] in GENERIC_COUNCILS and start not in ends:
            continue                                        # 區議會, 鄉委會: Hong Kong's councils of every district, a kind
        if any(comp[j] == "长" and j not in unit_at for j in range(start + 1, st) if j in ends):
            continue                                        # 宜兰县|长林姿妙|议会: the unit's head, then his name
        out.append((start, end))
        made[end] = start
    for m in re.finditer("政协", comp):                   # 政协|铜川市|十五届二次会议: the CPPCC of that unit
        u = unit_at.get(m.end())
        if u is not None and TERM_BEFORE_SESSION.match(comp, u):
            out.append((m.start(), u))
    for m in BARE_CONGRESSES.finditer(comp):                # 在人大、政协的帮助支持下: the page's own
        if m.start() == 0 or comp[m.start() - 1] not in ORG_PREFIX and m.start() not in ends:
            out.extend((m.start() + p.start(), m.start() + p.end()) for p in re.finditer("人大|政协", m.group()))
    out.extend(_task_groups(comp))
    out.extend(_bureau_party_organs(comp))
    out.extend(_listed_media(comp))
    out.extend(m.span(1) for m in JOINED_BUREAU.finditer(comp))
    if set_up:                                              # …由|迎接国家卫生县城复审工作领导小组|提出: named again
        out.extend(m.span() for m in re.finditer("|".join(map(re.escape, set_up)), comp))
    out.extend(m.span() for m in CENTRE.finditer(comp) if not comp.endswith("党", 0, m.start())
               and not MEDIA_LEVELS.match(comp, m.end()))
    # a unit, then a short name and a department word no list holds: 乐山市|文广旅局, 达州市|经信局
    # (not 宝应|紧扣市委: a level character before the word opens an organ of its own)
    covered = Occupancy(len(comp), out)
    for a, b in admin:
        m = UNIT_DEPARTMENT.match(comp, b)
        if m and covered.free(b, b + 1) and not any(v in m.group() for v in BLOCKERS) and not m.group().endswith(VENUES) \
                and not m.group(1).endswith("副") and m.group(1)[-1] not in ORG_PREFIX \
                and not m.group().startswith(FORMER) \
                and not any(c in STOP for c in m.group(1)) and m.group(1)[0] not in NOT_NAME_START:
            out.append((_chain_start(comp, a, ends, unit_at), m.end()))
    out.extend(_companies(comp, admin))
    # periodicals named in 《》 in a list of media that ran a story (《中国乡村振兴》《共产党员》等刊发)
    for m in MEDIA_RAN.finditer(comp):
        out.extend((m.start() + t.start(1), m.start() + t.end(1)) for t in re.finditer(r"《([^《》]{2,12})》", m.group()))
    # a newspaper named in title marks (在珲春电视台、《图们江报》设立专栏), not a report (《工作简报》)
    out.extend(m.span(1) for m in PAPER_IN_MARKS.finditer(comp) if not m.group(1).endswith(NOT_PAPERS))
    # a county's media brand: 今日高邮, 视听高邮, 云上赤壁 (a unit's name, or its short form, after the brand word)
    for a, b in list(admin) + list(shorts or ()):
        if comp.endswith(MEDIA_BRANDS, 0, a) and (b == len(comp) or not _han(comp[b])
                                                  or comp.startswith(MEDIA_BRAND_AFTER, b)):
            out.append((a - 2, b))
    # a unit's own news site (巫山网 > 巫山新闻), like 中国网: not 网格, 网络, 网站 (a kind of site)
    # (雁江区|门户网站: its portal)
    for a, b in admin:
        site = "门户网站" if comp.startswith("门户网站", b) else \
            "网" if comp.startswith("网", b) and not comp.startswith(NOT_SITE_AFTER, b + 1) else None
        if site and covered.free(b, b + 1):
            out.append((_chain_start(comp, a, ends, unit_at), b + len(site)))
    place_ends = {b for _, b in shorts or ()}
    for m in NUMBERED_SCHOOL.finditer(comp):
        if not STOP.intersection(m.group()) and not comp.startswith(BLOCKERS, m.start()) \
                and not (comp[m.end() - 1] == "小" and m.start() + 2 not in ends and m.start() + 2 not in place_ends):
            # (not 确保|六中; 盼让|六小龙: no place before it)
            out.append((_chain_start(comp, m.start(), ends, unit_at), m.end()))   # 臺南市|臺南二中
    out.extend(_standing_alone(BUREAU_ABBREV, comp))
    out.extend(_standing_alone(LEVEL_BUREAU, comp, BLOCKERS))
    out.extend(_standing_alone(FIELD_OFFICE, comp))
    out.extend(_standing_alone(FIELD_DEPARTMENT, comp, NOT_FIELD_OPENERS))
    out = _branches(comp, out, unit_at)
    out = [(a, b) for a, b in out if not _committees_of_kind(comp[a:b])
           and not (comp.endswith("办事处", a, b) and b in unit_at)   # 蒲圻办事处|和尚岭社区: a place in a chain
           and not comp.endswith(PRACTICE_VENUES, a, b)
           and not comp.endswith("民主党派", 0, a)             # 各民主党派|市委会: every party's committee
           and "单位" not in comp[a:b]                         # 省直单位党组, 局属二级单位党支部: every unit's
           and not (a >= 4 and comp[a] in LEVEL_CHARS and LEVEL_LIST.fullmatch(comp, a - 4, a))   # 市、区、|县人大常委会: every level's
           and not (comp.endswith("人大", a, b) and comp.startswith("换届", b))]   # 西市区人大|换届选举: the election, no body
    return longest_first(_sub_units(comp, _party_organs(comp, _stationed(comp, longest_first(out)))))


# a leading group named by its task alone, opened by a boundary or a verb of meeting (召开|整改工作领导小组|会议,
# 贯彻|中央应对疫情工作领导小组|会议精神): the task runs back to the boundary, holding no verb of its own
TASK_GROUP = re.compile(r"(?:(?<=^)|(?<=[，,。；;、：:\n“和及与的])|(?<=召开)|(?<=以及)|(?<=学习)|(?<=贯彻)|(?<=传达)"
                        r"|(?<=全市)|(?<=全县)|(?<=全区)|(?<=全省))"
                        r"((?:(?!召开|主持|成立|参加|出席|组织|调整|部署|组长|成员|代表|学习|贯彻|传达|全市|全县|全区|全省|我县|我市|我区|按照|根据|依据|关于"
                        r"|确保|会议|暨|为|和|及|与|是|在|由|对|把|将|该|本|各|这)[\u4e00-\u9fff]|“[^“”]{1,8}”){4,22}?(?:工作)?领导小组)")


def _task_groups(comp: str) -> list[tuple[int, int]]:
    """Leading groups named by their task, with no unit before them (整改工作领导小组, 扫黑除恶领导小组)."""
    return [m.span(1) for m in TASK_GROUP.finditer(comp) if not comp.startswith(("领导小组", "工作领导小组"), m.start(1))]


# media listed before what they are (新华社、吉林日报、新文化报、吉林旅游网等10余家中央、省级媒体), and a medium
# whose reporter speaks (吉林旅游广播记者李泽育): each is one medium's name
# what a medium's name ends in, and a character of a name that holds no function word (此次与|今报记者)
MEDIUM_KINDS = r"(?:日报|晚报|报|网|电视台|广播电视台|广播|卫视|频道|客户端|社)"
NAME_CHAR = r"(?:(?![与和及的在对为向把被从由将是有了])[\u4e00-\u9fff])"
MEDIUM_NAME = rf"[\u4e00-\u9fff]{{2,10}}?{MEDIUM_KINDS}"
LISTED_MEDIA = re.compile(rf"(?:(?<=^)|(?<=[，,。；;：:\n“]))((?:{MEDIUM_NAME}、)+{MEDIUM_NAME})(?=(?:等|和)[^，,。；;]{{0,14}}?媒体)")
# (a reporter's medium holds no function word: 此次与|今报记者; a paper of two characters is named: 今报)
REPORTER_MEDIUM = rf"(?!党报|本报|日报|晚报){NAME_CHAR}{{1,10}}?{MEDIUM_KINDS}"
MEDIUM_REPORTER = re.compile(rf"(?:(?<=^)|(?<=[，,。；;：:\n“、与和及]))({REPORTER_MEDIUM})(?=(?:首席|特约|见习)?记者[\u4e00-\u9fff]{{2,3}})")
# the verb that opens such a list is not part of its first medium (来自|人民日报、新华社…)
LIST_OPENERS = ("来自", "包括", "邀请", "组织", "联合", "有", "由", "如")
# Hong Kong's bureaus named for two portfolios joined by 及 (财经事务及库务局, 民政及青年事务局), opening a
# clause; a first part ending in an organ's head is a second body (公安局|及交通局)
JOINED_BUREAU = re.compile(r"(?:(?<=^)|(?<=[\s，,。；;：:、（(“「由与和在电讯]))([\u4e00-\u9fff]{2,6}(?<![局委办处署厅院])及"
                           rf"[\u4e00-\u9fff]{{2,6}}?(?:事务局|(?<![{NOT_BUREAU}])局|署))(?=局长|副局长|常任秘书长|[（(，,。、；;：:\s]|$|的|在|和|与)")


def _listed_media(comp: str) -> list[tuple[int, int]]:
    """Media named in a list of media, or by their reporter."""
    out = []
    for m in LISTED_MEDIA.finditer(comp):
        pos = m.start(1)
        for k, item in enumerate(m.group(1).split("、")):
            opener = next((w for w in LIST_OPENERS if item.startswith(w)), "") if k == 0 else ""
            out.append((pos + len(opener), pos + len(item)))
            pos += len(item) + 1
    out.extend(m.span(1) for m in MEDIUM_REPORTER.finditer(comp) if not comp.startswith(("本报", "本台", "本网"), m.start(1)))
    return out


BUREAU_PARTY_ORGAN = re.compile("局(?:" + "|".join(PARTY_GROUPS) + ")")


def _bureau_party_organs(comp: str) -> list[tuple[int, int]]:
    """The page's own bureau's 局党委 or 局党组 standing alone (召开|局党委|扩大会议, 代表|局党委), not the
    tail of a bureau's name (环境局|党委, which the heads find whole)."""
    return [m.span() for m in BUREAU_PARTY_ORGAN.finditer(comp)
            if m.start() == 0 or not _han(comp[m.start() - 1]) or comp[m.start() - 1] in STOP
            or comp.endswith(("召开", "代表", "该", "最后", "首先", "随后", "同时"), 0, m.start())]


BRANCHES = ("分社", "分公司", "分行", "支行")


def _branches(comp: str, spans: list[tuple[int, int]], unit_at: dict[int, int]) -> list[tuple[int, int]]:
    """A branch named by its place after its organisation is one name with it:
    人民日报(社)|天津分社, 人民网|天津分公司."""
    ends = {b: a for a, b in spans}
    out = []
    for a, b in spans:
        if comp.endswith(BRANCHES, a, b) and a in unit_at:
            parent = ends.get(a) if a in ends else ends.get(a - 1) if comp[a - 1:a] == "社" else None
            if parent is not None:
                out.append((parent, b))
                continue
        out.append((a, b))
    return out


# a township's or village's 新时代文明实践所/站 is a venue; only a county's 中心 is a body (docs/annotation.md)
PRACTICE_VENUES = ("文明实践所", "文明实践站", "文明实践点")
SELF_GOVERNING = re.compile(r"(?:第[一二三四五六七八九十]+届)?(?:村民|居民)委员会$")


def _committees_of_kind(name: str) -> bool:
    """来苏镇第十一届村民委员会, 重庆市村民委员会: only a village has a villagers' committee
    (a 社区 its residents'); after a higher unit the words name the kind of body, as in
    《中华人民共和国村民委员会组织法》, and the unit is a place."""
    m = SELF_GOVERNING.search(name)
    if not m or m.start() == 0:
        return False
    rank = _rank(name[:m.start()])
    return (rank is not None and rank < 5) or name[:m.start()].endswith("国")


# a short name defined in brackets right after an organisation: （中条林局）, （以下简称“国家发改委”）
ALIAS = re.compile(r"[（(](以下)?(?:简称|簡稱)?[:：]?[“\"「『]?([\u4e00-\u9fff]{2,8}?)[”\"」』]?[）)]")


# a page's rights lines name the sites that supply it (由河南新闻网-豫都网提供, 未经豫都网(以下简称本网)许可)
SITE_STATEMENT = re.compile(r"由((?:[\u4e00-\u9fff]{2,8}?(?:网|报|台)[-－—、/])*[\u4e00-\u9fff]{2,8}?(?:网|报|台))(?:独家)?提供"
                            r"|未经([\u4e00-\u9fff]{2,8}?(?:网|信息港))(?:[（(]以下简称本网[）)])?(?:——[^，,。]{2,16}?)?(?:书面)?(?:许可|授权|同意)")


def _sites_by_statement(comp: str) -> set[str]:
    """Sites a page's rights lines name: they stand for themselves everywhere on the page."""
    return {name for m in SITE_STATEMENT.finditer(comp)
            for name in re.split(r"[-－—、/]", m.group(1) or m.group(2)) if not name.startswith("本")}


def _abbreviates(short: str, full: str) -> bool:
    """中条林局 abbreviates 山西省中条山国有林管理局: its characters, in order, and shorter."""
    it = iter(full)
    return len(short) < len(full) and all(c in it for c in short)


def _defined_short_names(comp: str, spans: list[tuple[int, int]]) -> set[str]:
    """Short names defined in brackets right after an organisation (中条林局, 国家发改委).

    No list or head rule knows 中条林局, so the page itself is the authority for it: the
    short form must take its characters in order from the full name, or be announced by 简称."""
    short = set()
    for a, b in spans:
        m = ALIAS.match(comp, b)
        if m and (m.group(1) or _abbreviates(m.group(2), comp[a:b])):
            short.add(m.group(2))
    return short


def _mentions(comp: str, names: set[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every occurrence of ``names`` that overlaps none of ``spans``."""
    if not names:
        return []
    taken = Occupancy(len(comp), spans)
    return [m.span() for m in re.finditer("|".join(map(re.escape, sorted(names, key=len, reverse=True))), comp)
            if taken.free(*m.span())]


def _standing_alone(pattern: re.Pattern, comp: str, not_openers: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Matches of a department standing by itself (觀傳局, 社會處, 乡村振兴局): where a name may
    open, with no function word inside, not opened by a deictic (该局) nor by ``not_openers``."""
    out = []
    for m in pattern.finditer(comp):
        request = comp[m.start()] == "请" and m.end() - m.start() >= 4      # 請|消防局: a request to it
        st = m.start() + 1 if request else m.start()
        dated = comp[st] in "年月日" and comp[st - 1:st].isdigit()       # 2023|年全市农牧局长: a date, then every bureau
        who = comp[st:m.end() - 1]
        headed = comp.startswith("长", m.end()) and (len(who) == 3 and looks_like_name(who) or who[1:] == "副")
        # 薛仲明|局長, 李副|處長: a name, then his title (not 農業|處長)
        if _opens(comp, m.start()) and not STOP.intersection(m.group()) and comp[st] not in NOT_NAME_START and not dated and not headed \
                and "各" not in m.group() and not comp.startswith(not_openers, st):   # (区政府各办局: every one)
            out.append((st, m.end()))
    return out


# the Party and the political consultative conference name their local organs in full:
# 中共|滨州市委, 中国共产党|阜城县第十四届委员会, 中国人民政治协商会议|第十二届|滨州市委员会
PARTY_NAMES = ("中国共产党", "中共", "中国人民政治协商会议", "中国国民党", "国民党", "民进党", "民主进步党")
# the democratic parties, whose local committees are written after them (民革|常州市委会, 九三学社|常州市委会)
DEMOCRATIC_PARTIES = ("中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会", "中国农工民主党", "中国致公党",
                      "台湾民主自治同盟", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
_TERM = re.compile(r"第[一二三四五六七八九十]+届")
STANDING_COMMITTEE = re.compile(r"常务委员会|常委会")


def _party_organs(comp: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A party's name joins the organ written right after it (one ORG, ANNOTATION.md §2)."""
    out: list[tuple[int, int]] = []
    for st, en in spans:
        named = re.search(r"(?:政协|共青团)(?:第[一二三四五六七八九十]+届)?$", comp[max(0, st - 10):st])
        committee = comp.endswith("委员会", st, en) or bool(named) and named.group() == "共青团" and comp[en - 1] == "委"
        if named and (committee or named.group() == "政协" and _TERM.search(comp, st, en)) \
                and not (out and out[-1][1] > st - len(named.group())):
            st -= len(named.group())                        # 政协第六届|南充市委员会, 共青团|郑州市…委员会, 共青团|宜君县委, or the
            if not committee:                               # CPPCC before an organ whose span holds its term;
                m = STANDING_COMMITTEE.match(comp, en)      # then …|常务委员会 after it is its standing committee
                en = m.end() if m else en
        if out and comp[out[-1][0]:out[-1][1]] in PARTY_NAMES + DEMOCRATIC_PARTIES:
            gap = comp[out[-1][1]:st]
            if gap == "" or _TERM.fullmatch(gap):
                out[-1] = (out[-1][0], en)
                continue
        out.append((st, en))
    return out


def _village_name_start(comp: str, at: int) -> int:
    """Where the name of the village whose 村 is at ``at`` starts, when two or three characters
    before it stand right after a boundary (punctuation, a quote, the line start) and hold no
    function word or verb (”中常村党支部书记; not 建强|村党支部 after a verb); else ``at``."""
    for n in (2, 3):
        a = at - n
        if a < 0 or not all(_han(c) and c not in STOP and c not in "以让使给跟同" for c in comp[a:at]) \
                or comp[a] in NOT_NAME_START \
                or comp.startswith(NOT_NAMED_HEAD_OPENERS, a):
            continue
        if a == 0 or comp[a - 1] in NAME_START or comp[a - 1] == "\n":
            return a
    return at


def _field_joint(comp: str, at: int, head: int, end: int) -> bool:
    """Whether the 和 at ``at`` joins the two fields of one department's name (林业和草原局,
    文化和旅游局, 住房和城乡建设局): two to four characters of field on each side, no
    punctuation, and no level prefix or organisation right before the second field.  A head
    that holds its field (草原局, from ``head`` to ``end``) is the second field itself."""
    before, after = comp[max(0, at - 4):at], comp[at + 1:head] or comp[at + 1:end - 1]
    return (2 <= len(after) <= 4 and len(before) >= 2 and all(_han(c) and c not in STOP for c in before[-2:] + after)
            and after[0] not in ORG_PREFIX and not comp.endswith(("局", "委", "办", "厅", "部", "府"), 0, at))


def _rank(name: str) -> int | None:
    """The rank of the level a unit's name ends in (``LEVEL_RANK``, province lowest); None
    for a name with no unit suffix."""
    level = infer_level(name)
    return None if level is None else LEVEL_RANK[level]


def _chain_start(comp: str, start: int, ends: dict[int, int], unit_at: dict[int, int] | None = None) -> int:
    """``start`` moved left over the units written right before it (甘肃省|嘉峪关市|文明办), but
    never over a unit of a lower level than the one after it: 昂素镇|旗政协 and
    雾台乡|屏东县政府警察局 are a place and then an organisation of a higher unit."""
    here = comp[start:unit_at[start]] if unit_at and start in unit_at else comp[start]
    rank = _rank(here)
    while start in ends:
        prev = ends[start]
        r = _rank(comp[prev:start])
        if r is not None and rank is not None and r > rank:
            break
        start, rank = prev, r if r is not None else rank
    return start


def _former(comp: str, at: int, ends: dict[int, int]) -> bool:
    """Whether a word of ``FORMER`` ends at ``at`` right after a unit or a clause boundary
    (沙河镇|原|党委书记; not 丰原|高中, where 原 ends the unit's name)."""
    if at in ends:
        return False
    f = next((f for f in FORMER if comp.endswith(f, 0, at)), None)
    if f is None:
        return False
    k = at - len(f)
    return k in ends or k == 0 or not _han(comp[k - 1]) or comp[k - 1] in STOP


def _place_name_start(comp: str, at: int, ends: dict[int, int]) -> int | None:
    """Where the name of a place of ``NAMED_PLACES`` written before ``at`` starts: a unit
    found there (利民|社区), else two to six characters after a clause boundary or a unit
    (瑞南|居民区); None for a place with no name (该社区, 社区党委)."""
    if at in ends:
        return ends[at]
    i = at
    while i > 0 and at - i < 10 and _han(comp[i - 1]) and comp[i - 1] not in STOP and i not in ends \
            and not _ends_with(comp, i, BLOCKER_TABLE):
        i -= 1
    if at - i < 2 or comp[i] in NOT_NAME_START or comp[i] in GENERIC_BEFORE and i not in ends:
        return None
    if comp.startswith(NOT_NAME_OPENERS, i) or COUNTED_PLACES.search(comp, i, at):
        return None                     # 渡头三个|社区: a count of places, no place's name
    return _chain_start(comp, i, ends)


COUNTED_PLACES = re.compile(r"[两二三四五六七八九十0-9]+个$")
PLACE_IN_BRACKETS = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{2,4}[）)]")


def _companies(comp: str, admin: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Enterprises named in full: from the clause start, or from the unit opening the name
    (包括|长沙桐木建设股份有限公司), to 有限公司; a verb between is not in the name."""
    out = []
    starts = sorted(a for a, _ in admin)
    for m in COMPANY.finditer(comp):
        k = m.start()
        while k > 0 and m.start() - k < 20:
            if _han(comp[k - 1]) and comp[k - 1] not in CLAUSE_PUNCT + "、":
                k -= 1
                continue
            placed = PLACE_IN_BRACKETS.search(comp, max(0, k - 8), k)
            if placed is None or placed.end() != k or k - placed.start() + (m.start() - k) > 20:
                break
            k = placed.start()                              # 骐骥|(深圳)|国际马术俱乐部有限公司: the brand's seat
        for v in COMPANY_BEFORE:
            i = comp.rfind(v, k, m.start())
            if i != -1 and i + len(v) < m.start() - 1 and not (len(v) == 1 and opens_word(comp, i)):
                k = max(k, i + len(v))                      # (not the 经 of 经济开发区: a word)
        inside = [a for a in starts if k <= a < m.start() and comp[a - 1:a] not in "(（"]
        start = inside[0] if inside and not comp.endswith(("集团", "公司"), k, inside[0]) else k   # 东旭集团|甘肃…公司
        if start != k and k > 0 and comp[k - 1] in CLAUSE_PUNCT and 2 <= start - k <= 6 \
                and not STOP.intersection(comp[k:start]) and "记者" not in comp[k:start]:
            start = k                                       # 、中车|大连机车车辆有限公司: a listed brand before its place
        name = comp[start:m.start()]
        if m.group() == "公司" and (len(name) > 10 or STOP.intersection(name) or comp[m.start() - 1] in STOP
                                   or name.endswith(KINDS_OF_COMPANY)
                                   or any(w in name for w in ("会中", "会上", "期间", "其中", "解到", "通过", "关于", "负责"))
                                   or any(w in name for w in BLOCKERS)):
            continue                                        # 竞标的公司, 會中|…公司, 慰问组来到|公司: no name before a bare 公司
        if 2 <= m.start() - start <= 14 and comp[start] not in NOT_NAME_START:
            out.append((start, m.end()))
    return out


def _sub_units(comp: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An organisation's sub-units written after it join its span (区委|督察室,
    市政府|秘书处|媒体事务组, 财政厅|政府采购监督管理处); a title after the sub-unit ends it."""
    out = []
    for st, en in spans:
        club = SCHOOL_CLUB.match(comp, en) if comp.endswith(SCHOOLS, st, en) else None
        if club:
            en = club.end()                                 # 忠信學校|戰鼓社: a school's club
        while True:
            m = SUB_UNIT.match(comp, en)
            core = m.group().removesuffix("工作部").removesuffix("委员会").removesuffix("工作") if m else ""   # 社会|工作部, 行政|委员会, 代表|工作委员会
            core = next((core[:-len(t)] for t in TEAMS if core.endswith(t)), core)     # 包片蹲点|指导组
            committee = bool(m) and m.group().endswith("委员会") \
                and not re.search(rf"和(?:{'|'.join(ORGANS)}|[{ORG_PREFIX}])", m.group())   # (not 人大|和政协委员会)
            if not m or any(b in core for b in (SUB_UNIT_BAD_COMMITTEE if committee else SUB_UNIT_BAD) + BLOCKERS) \
                    or m.group().endswith(ROOMS) \
                    or m.group()[0] in NOT_SUB_UNIT_START and not NUMBERED_SUB_UNIT.fullmatch(m.group()) \
                    and not m.group().startswith("应急") \
                    or (STOP_COMMITTEE if committee else STOP).intersection(m.group()) or m.group().endswith("中心") and comp.startswith(("工作", "任务"), m.end()) \
                    or comp.startswith("长", m.end()) and (
                        looks_like_name(m.group()[:-1]) or m.group()[-1] not in "处科课局署"):
                break               # 厅|王茉处长, 村委会|岔凹村党小组长: a title (not 县政府|民政处|长: the office's head)
            en = m.end()
        out.append((st, en))
    return out


# rooms of an organisation's building, no part of the body (乡政府|值班室, 技术部|演播室)
ROOMS = ("值班室", "演播室", "会议室", "陈列室", "展览室", "阅览室", "活动室", "接待室", "荣誉室", "档案室")
# the teams an organ sends out, named after it (国家林草局|包片蹲点指导组): their kind is no verb
TEAMS = ("指导组", "督导组", "调研组", "工作组", "检查组", "督查组", "督察组", "巡视组", "巡察组", "考核组", "慰问组")


# (网信办|驻革吉县羌麦村工作队, 市纪检委|派驻市委组织部纪检组: the team an organ sends out)
STATIONED_HEADS = re.compile(r"(?:派驻|驻)[\u4e00-\u9fff]{1,10}?(?:联络办公室|特派员公署|部队|办事处|代表处|工作组|联络处|工作队|"
                             r"纪检组|纪检监察组|纪律检查组)")


# teams named by the place they are sent to (驻浦北县龙门镇工作队)
STATIONED_TEAMS = ("工作队", "工作组", "帮扶队", "帮扶工作队")


def _stationed(comp: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An organ and its office stationed elsewhere are one name:
    中央人民政府|驻澳门特别行政区联络办公室, 外交部|驻澳特派员公署, 中国人民解放军|驻澳门部队."""
    out: list[tuple[int, int]] = []
    for st, en in spans:
        if out and out[-1][1] > st:                        # swallowed by the previous name
            continue                                    # (one that merely touches it stays: 市委|市政府)
        m = STATIONED_HEADS.match(comp, en)
        if not m and comp.endswith(STATIONED_TEAMS, st, en) and comp[st - 1:st] == "驻":
            st -= 2 if comp[st - 2:st] == "派驻" else 1     # 驻|钦北区平吉镇工作队: the team named by where it is sent
        out.append((st, m.end() if m else en))
    return out


def longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, leftmost first and longest at each start."""
    kept, last = [], -1
    for st, en in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if st >= last:
            kept.append((st, en))
            last = en
    return kept


@lru_cache(maxsize=1)
def leader_names() -> re.Pattern:
    """The national leaders and role models of ``data/leaders.txt`` (three-character names)
    as one pattern, with 雷锋 in 学雷锋."""
    text = resources.files("govnlp.data").joinpath("leaders.txt").read_text(encoding="utf-8")
    names = sorted({w for line in text.splitlines() if not line.startswith("#")
                    for w in line.split() if len(w) == 3})
    return re.compile("|".join(names) + "|(?<=学)雷锋")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _opens(comp: str, i: int) -> bool:
    """Whether a name may begin at ``i``: the page's start, or after a non-Han character or a function word."""
    return i == 0 or not _han(comp[i - 1]) or comp[i - 1] in STOP


ADDRESS_TAILS = ("阿姨", "大爷", "大妈", "师傅", "女士", "先生", "老师", "奶奶", "爷爷", "大姐", "大哥", "婆婆",
                 "书记", "主任", "老人", "同学")


def _rare_third(comp: str, i: int) -> bool:
    """Whether ``comp[i]``, after an office title and two characters, is a name's third that
    MSRA's counts barely know (省长施小|琳|来州, 市长姚高|员|受邀): never seen following a name
    more often than ending one, opening no word, and a verb or a word right after it (not
    縣長|施政|繌報告: a word before it; not 議員|於一月: a date)."""
    ends, after = name_chars().get(comp[i], (0, 0))
    return ends >= after and comp[i] not in NOT_NAME_END and not opens_word(comp, i) \
        and not opens_word(comp, i - 2) and comp[i - 1] not in "一二三四五六七八九十" \
        and (opens_word(comp, i + 1) or comp[i + 1:i + 2] in "来到在受赴对向")


def _name_ok(n: str, following: str, married: bool = False) -> bool:
    """A name (:func:`looks_like_name`), not a common word, not a surname with an address word,
    not an organ after a joint (和|省委)."""
    return (looks_like_name(n, married) and n not in NOT_NAMES and n[:2] not in NOT_NAMES and n not in TITLES
            and not (n[1:] + following).startswith(ADDRESS_TAILS) and not (n + following).startswith(ADDRESS_TAILS)
            and not n.endswith(("摄", "地", "组", "村", "村里", "家里", "这里", "那里"))
            and not (n[-1] in "委局厅" and n[-2] in ORG_PREFIX) and n[-1] != "办")      # (政府|应急办)


def _clause_starts(comp: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(comp) if ch in NAME_START]


def paragraph_starts(norm: str, index: list[int]) -> set[int]:
    """Compact positions that open a paragraph: a blank line before them in the raw text."""
    starts = (bisect.bisect_left(index, m.end()) for m in BLANK_LINE.finditer(norm))
    return {k for k in starts if 0 < k < len(index)}


def person_candidates(comp: str, units: Iterable[tuple[int, int]] = (), org_ends: Iterable[int] = (),
                      shorts: Iterable[tuple[int, int]] = (), paragraphs: Iterable[int] = ()) -> list[tuple[int, int]]:
    """People, in compact positions: after a title or a rank (区长刘学平, 第二名郭明德),
    before a title, an action or a speech verb at a clause start (谢财旺市议员, 钟明远调研,
    周光辉表示), listed after their units (新北市陈志明、云林县黄凯), dotted names,
    the national leaders, anonymised names (王某).  ``units`` are the admin candidates
    and ``org_ends`` where organisation candidates end: a name may start right after
    either (内政部|方志雄参事).  ``shorts``: unconfirmed short forms of units, which a verb of
    going written before them makes no name of (领导来|孝昌|调研).  ``paragraphs``: where
    paragraphs open, which open clauses too (新闻报道⏎⏎|张锐赴达茂旗调研)."""
    out = []
    single, double = surnames()
    titled = set()
    for m in _TITLE_NAME.finditer(comp):
        if m.start() > 0 and opens_word(comp, m.start() - 1) and m.group().startswith(TITLES_IN_WORDS):
            continue                                        # 工|作家|喻户晓: the title is the tail of a word (工作)
        name = m.group(1)
        for n in (name, name[:2]):
            after = comp[m.start(1) + len(n):m.start(1) + len(n) + 2]
            listed = len(n) == 3 and after[:1] == "、" and n[2] not in "等的们和与及"    # 县领导许华为|、夏明生: a list item is whole
            if len(n) == 3 and not listed and ((n[2] + after).startswith(SPEECH + ("看来", "讲", "称")) or n[2] in NOT_NAME_END
                                               or opens_next_word(comp, m.start(1) + 2)):
                continue                                    # 局长宋秋|说, 主任刘敏|看来, 居民王娜|对, 部长马猛|也, 记者张婷|如是
            if _name_ok(n, after):
                out.append((m.start(1), m.start(1) + len(n)))
                titled.add(m.start(1))
                break
    for m in _TITLE_TRANSLIT.finditer(comp):             # 常务副旗长|胡格吉乐图,
        for cut in range(len(m.group(1)), 2, -1):
            st = m.start(1)
            if transliterated(comp[st:st + cut]) and not looks_like_name(comp[st:st + cut]) and (
                    st + cut == len(comp) or comp[st + cut] in CLAUSE_PUNCT or comp.startswith(AFTER_NAME + SPEECH, st + cut)):
                out.append((st, st + cut))
                titled.add(st)
                break
    # no boundary after the name: three characters where the third ends names nearly
    # always (书记曲存香|作专题报告, 书记谢兴昌|面对), or, after an office, ends them and opens
    # no word while a word follows it (市长胡志强|安排; not 游客|于去年|圣诞), or a two-character
    # surname and one more (司长欧阳瑜|傍晚)
    for m in _TITLE_NAME_OPEN.finditer(comp):
        n = m.group(1)
        if m.start(1) not in titled and (ends_name(n[2], strong=True) or n[:2] in double or (
                (runs_to_word(comp, m.start(1) + 2) or _rare_third(comp, m.start(1) + 2))
                and comp.endswith(OFFICE_TITLES + ("代表",), 0, m.start(1)))) \
                and _name_ok(n, comp[m.end(1):m.end(1) + 2]) \
                and not comp.startswith(TITLES, m.start(1)):
            out.append(m.span(1))
    units = list(units)
    unit_of_end: dict[int, int] = {}                    # where the (longest) unit ending here starts
    for a, b in units:
        unit_of_end[b] = min(a, unit_of_end.get(b, a))
    unit_starts, unit_ends = {a for a, _ in units}, set(unit_of_end)
    # a meeting's "at" phrase opens a clause as punctuation does (会议上|柴伟书记的报告)
    clause = set(_clause_starts(comp)) | {m.end() for m in MEETING_AT.finditer(comp)} | set(paragraphs)
    org_end_set = set(org_ends)
    after_name = unit_ends | org_end_set
    for st in sorted(clause | after_name):
        if comp[st:st + 1] not in single and comp[st:st + 2] not in double:
            continue                                    # every rule below needs a surname first
        m = _NAME_TITLE.match(comp, st)
        n = m.group(1) if m else ""
        if len(n) == 3 and n.endswith("代") and _name_ok(n[:2], ""):
            out.append((st, st + 2))                        # 王浩|代省长: the acting governor
            continue
        if m and _name_ok(n, "", married=True) and not n.endswith(("副", "组织", "支部")) \
                and not any(c in n for c in "委党部局办") and (st in clause or len(n) >= 3 or st in org_end_set):
            out.append(m.span(1))                          # (宣传|委员 after a unit is a title; 环境厅|王茉|处长)
            continue
        m = _NAME_ACTION.match(comp, st) if st in clause and comp[st - 1:st] not in "“《「" else None
        if m and _name_ok(m.group(1), "") and m.group(1) not in TITLES \
                and not (len(m.group(1)) == 3 and m.group(1)[2] in FUNCTION_AFTER_NAME) \
                and not (comp.startswith("要求", m.end(1)) and m.group(1) in two_char_words()):   # (not 李博在|致辞)
            out.append(m.span(1))                           # (not 明确|要求: a word)
            continue
        m = _LISTED_AFTER_UNIT.match(comp, st) if st in unit_ends else None
        listed_before = st in unit_of_end and comp[unit_of_end[st] - 1: unit_of_end[st]] == "、"
        if m and _name_ok(m.group(1), "") and (
                (m.end() + 1 in unit_starts) + listed_before >= (1 if len(m.group(1)) == 3 else 2)):
            out.append(m.span(1))                          # a two-character name needs both sides
            continue
        m = _NAME_COLON.match(comp, st) if st in clause else None
        if m and _name_ok(m.group(1), ""):
            out.append(m.span(1))
            continue
        m = _NAME_CLOSING.match(comp, st) if st in org_end_set else None
        if m and _name_ok(m.group(1), "") and not comp.startswith(TITLES, st):
            out.append(m.span(1))
    for m in _NAME_SPEECH.finditer(comp):
        name = m.group(1)
        for n in (name, name[1:]):
            st = m.end(1) - len(n)
            if not (st in clause or st in after_name or not _han(comp[st - 1:st] or "。")
                    or comp.endswith(TITLES, 0, st)
                    or comp[st - 1] in JOINTS_BEFORE_NAME and not opens_word(comp, st)
                    and not comp.endswith("上", 0, m.end(1))):     # (和|支持表示, 在|闭幕上指出: words)
                continue                                    # 张光|荣分析说: a name starts where a name can
            if _name_ok(n, "") and not comp.endswith(TITLES, 0, st + 1):   # 主|任申泽说: 任 ends a title
                out.append((st, m.end(1)))
                break
    for m in _DOT_NAME.finditer(comp):
        dot = m.group().find("·") if "·" in m.group() else m.group().find("・")
        # where a name can open, or right after a title (主|任赛力克… → 主任|赛力克·哈布肯, 村民|阿依恰西·…)
        st = next((m.start() + k for k in range(dot - 1) if comp.endswith(TITLES, 0, m.start() + k)),
                  next((m.start() + k for k in range(dot - 1) if _opens(comp, m.start() + k)), None))
        en = m.end() - (comp[m.end() - 1:m.end() + 1] in NAME_RUN_ON)     # 艾力|住在
        if st is not None and 2 * sum(c in TRANSLIT for c in comp[st:en]) >= en - st:
            out.append((st, en))
    out.extend(m.span(1) for m in _PLACED.finditer(comp) if _name_ok(m.group(1), ""))
    for m in _ANON.finditer(comp):
        if m.group()[0] in single:
            out.append((m.start(), m.end()))
    out.extend(m.span() for m in leader_names().finditer(comp))
    visited = {(a - 1, b) for a, b in shorts if a > 0 and comp[a - 1] in VERBS_BEFORE_COUNTY}
    return longest_first([p for p in out if p not in visited])


# the labels of a credit's fields that name a person (not 来源:, whose value is a medium)
FIELD_ROLES = ("文", "图", "摄影", "摄像", "作者", "记者", "通讯员")


def _set_apart(text: str, name: str) -> bool:
    """Whether ``name`` stands in ``text`` between spaces, a field's label and its ends
    ((文:才仁当智 摄影:索南文扎)); a string search: a pattern built per name would be compiled per name."""
    i = text.find(name)
    while i != -1:
        j = i + len(name)
        if (i == 0 or text[i - 1] in " \u3000" or text[i - 1] in ":：" and text.endswith(FIELD_ROLES, 0, i - 1)) \
                and (j == len(text) or text[j] in " \u3000)）"):
            return True
        i = text.find(name, i + 1)
    return False


def byline_names(norm: str, found: list | None = None) -> list[tuple[int, int]]:
    """Raw offsets of the names credited in bylines and photo credits (记者 何振明, 安 珊);
    ``found``: the byline tagger's spans, when already computed."""
    out = []
    for st, en, label, source in BylineTagger.find(norm) if found is None else found:
        pos = st
        labelled = META_CREDIT.fullmatch(norm[st:en]) is not None     # 摄像:才项仁增: a name by its label
        for _, name in BylineTagger.credits(norm[st:en], source):
            # a name by its label, or standing between spaces in its credit (特约记者 俄底尔以 摄)
            set_apart = labelled or _set_apart(norm[st:en], name)
            if not (looks_like_name(name) or set_apart and re.fullmatch(DOTTED_OR_SHORT, name)) \
                    or name[-1] in "委局办厅署":
                continue                                    # (作者:盐亭县|纪委监委: an organ, no name)
            m = next(layout_spans(norm, [name], pos, en), None)
            if m:
                out.append(m)
                pos = m[1]
    return out


# a name a credit sets apart: two to four characters, or a transliterated name joined by a dot (木合塔尔·丝迪克)
DOTTED_OR_SHORT = r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}[·・][\u4e00-\u9fff]{2,6}"
MEDIA = rf"{NAME_CHAR}{{1,8}}?(?:日报|晚报|报|社|台|网)"    # (此次与|今报记者)
_MEDIA_IN_CREDIT = re.compile(MEDIA + r"(?=本报|新华社|记者|通讯员)")


# an editor's line of a web page (编 辑:李 琰 米 乐, 审核：刘冠骏): page furniture, but its names are people
DESK_LABEL = (r"(?:责任编辑|[责美][ \u3000]*编|(?:总|副)?主[ \u3000]*编|组[ \u3000]*稿|编[ \u3000]*辑|审[ \u3000]*[核校]|监[ \u3000]*审|总?监[ \u3000]*制"
              r"|校[ \u3000]*对|[初复终一二三][ \u3000]*审|统[ \u3000]*筹|摄[ \u3000]*像|剪[ \u3000]*辑|编[ \u3000]*导|制片人?|编校|审[发签])")   # (主编:张晗琳 责编:赵伟 美编:恩和 监审:滕妍; 摄像 / 郑镇)
EDITOR_LINE = re.compile(rf"(?:{DESK_LABEL}|联[络系]人)[ \u3000]*[:：丨｜|/／][ \u3000]*"
                         r"(?P<v>[\u4e00-\u9fff][\u4e00-\u9fff 、\u3000]{0,30}?)[ \u3000]*(?:[（(]实习[）)])?[ \u3000]*"
                         rf"(?=\n|$|[)）]|[\u4e00-\u9fff]{{0,4}}热线[:：]|(?:{DESK_LABEL}|(?:联系)?电话|手机)[:：]"   # 一审:徐梅芳  二审:…, 终审:裴钰 监制:…)
                         r"|[A-Za-z0-9]{2,12}[ \u3000]*(?:\n|$)|[ \u3000]+\d{4}[-/.年])")   # 责任编辑:李孟展 DN029, …鄭嬋娟 2023-10-31


def editor_names(norm: str) -> list[tuple[int, int]]:
    """Raw offsets of the names on editor lines (编 辑:李 琰 米 乐 → 李 琰, 米 乐)."""
    out = []
    for m in EDITOR_LINE.finditer(norm):
        pos = m.start("v")
        for name in split_names(m.group("v")):
            if looks_like_name(name):
                found = next(layout_spans(norm, [name], pos, m.end("v")), None)    # (梁   婷: spaced out)
                if found:
                    out.append(found)
                    pos = found[1]
    return out


# a paper naming itself by its kind alone (日报讯, like 本报讯): no name
BARE_PAPERS = ("日报", "晚报", "晨报", "都市报")


def byline_sources(norm: str, found: list | None = None) -> list[tuple[int, int]]:
    """Raw offsets of the units and media a byline names as its source (甘州融媒讯, 来源:鼓楼区委宣传部,
    浏阳日报记者): organisations by the guidelines, except 本报."""
    out = []
    for st, en, _, source in BylineTagger.find(norm) if found is None else found:
        named = [source] if source else []
        named += [m.group() for m in _MEDIA_IN_CREDIT.finditer(norm, st, en)]
        # two media joined by a dash are two (大河网-河南日报); a unit and its section one (新聞處-公共關係科)
        named = [part for src in named for part in
                 (re.split(r"[-－—/、]", src) if re.fullmatch(rf"(?:{MEDIA}[-－—/、])+{MEDIA}", src) else [src])]
        pos = st
        for src in named:
            if src.startswith(("本报", "本网", "本台", "本站", "本港", "【")) or src in BARE_PAPERS \
                    or len(re.findall(r"[\u4e00-\u9fff]", src)) < 2 \
                    or not re.fullmatch(r"[A-Za-z]{0,3}[\u4e00-\u9fff]+", src) or src.endswith(("镇", "乡", "街道", "县", "区", "市")) \
                    or src.endswith(PROGRAMMES):
                continue            # (i内江: an app; 发文单位:西红门镇: a unit credited is the place, as 【新北市讯】;
                                    # 鹤岗新闻联播: a programme, no body)
            m = next(layout_spans(norm, [src], pos, en), None)
            if m:
                out.append(m)
                pos = m[1]
    return out


LAYOUT_GAP = re.compile(r"[ \u3000\n]+")
# a broadcaster's programmes, credited as sources: no organisations
PROGRAMMES = ("新闻联播", "节目", "栏目")


# a village's committee standing for the village as a place (走访了山品村委会, 横县校椅镇青桐村委榃僧村,
# 在仓房村委会茶马古道茶业有限公司); with its office holders (村委会主任) it is the body
VILLAGE_COMMITTEE = re.compile(r"村委会|村委|居委会")
COMMITTEE_ROLES = ("主任", "副主任", "书记", "委员", "成员", "干部", "班子", "党支部", "党总支", "换届", "选举", "办公",
                   "工作人员", "负责人", "会议", "组织", "和", "、", "及", "与")


# where a village committee stands for its village: after a verb of going or being somewhere, or
# before another place; acting (洛阳镇虞桥村委|在…整治中, 新城村委会|开展, 以鲲鹏村委会|为依托) it is the body
PLACE_VERBS = ("在", "到", "走访", "走访了", "来到", "深入", "前往", "赴", "位于", "途经")
ACTING_AFTER = set("在开组召举为的和与及是对向把将等积主带先牵联发")


def village_committees(comp: str, orgs: list[tuple[int, int]], admin: list[tuple[int, int]]
                       ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Organisations that hold a named village's committee used as a place: the committee
    becomes a village-level unit (after the units before it) and an organisation written
    after it keeps the rest (仓房村委会|茶马古道茶业有限公司)."""
    kept, villages = [], []
    for a, b in orgs:
        m = VILLAGE_COMMITTEE.search(comp, a, b)
        if m is None:
            kept.append((a, b))
            continue
        start = max([e for s, e in admin if a <= s and e <= m.start()] + [a])
        body = comp[start:m.start()].rstrip("村")
        rest = comp[m.end():b]
        placed = comp.endswith(PLACE_VERBS, 0, a) or comp.startswith("等地", b) \
            or b < len(comp) and _han(comp[b]) and comp[b] not in ACTING_AFTER    # 岐阳居委会|等地, 在|仓房村委会|茶马…
        if len(body) < 2 or not all(_han(c) for c in body) or comp.startswith(COMMITTEE_ROLES, b) \
                or (rest and not rest.endswith(("公司", "合作社", "厂", "场"))) or not (rest or placed):
            kept.append((a, b))
            continue
        villages.append((start, m.end()))
        if rest:
            kept.append((m.end(), b))
    return kept, villages


def _after_line_of_its_own(comp: str, norm: str, index: list[int], a: int, b: int,
                           admin: list[tuple[int, int]]) -> tuple[int, int] | None:
    """An organisation's name that a line break joins to the line before it starts after the
    break where a unit opens the next line and the line before ends in no unit above it:
    a menu link (走进麻章⏎|湛江市麻章区发展和改革局, 漳县⏎⏎|漳县政府), a brand over its body
    (鹤岗融媒⏎|鹤岗市融媒体中心); not a chain broken by a column (北京市⏎朝阳区委).  None where
    the next line alone names nothing (廊坊日报⏎⏎香河县五百户镇地处…: no sub-unit of the paper)."""
    unit_at = dict(admin)
    breaks = [k for k in range(a + 1, b) if "\n" in norm[index[k - 1] + 1:index[k]]]
    if not breaks or breaks[-1] not in unit_at:
        return a, b
    k = breaks[-1]
    before = next((p for p, q in admin if q == k), None)
    rank, here = (_rank(comp[before:k]) if before is not None else None), _rank(comp[k:unit_at[k]])
    if before is not None and rank is not None and here is not None and rank < here \
            and comp[before:k] != comp[k:unit_at[k]]:
        return a, b
    alone = _org_names(comp[k:b], [(p - k, q - k) for p, q in admin if k <= p and q <= b])
    return (k, b) if (0, b - k) in alone else None


# a medium named by one of its channels, on a line of its own or in a list (安徽财经网|手机版,
# 市场星报|公众微信, 掌中安徽|APP下载): the medium is an organisation
MEDIUM_CHANNEL = re.compile(r"(?:^|(?<=[\n、，,：:]))[ \u3000]*([\u4e00-\u9fff]{2,8}?)"
                            r"(?=(?:手机版|公众微信|微信公众号|官方微信|官方微博|微博|APP下载|App下载|app下载|客户端下载)[ \u3000]*(?:\n|$|[、，,]))")


def media_channels(norm: str) -> list[tuple[int, int]]:
    """Raw offsets of media named by their channels (:data:`MEDIUM_CHANNEL`)."""
    return [m.span(1) for m in MEDIUM_CHANNEL.finditer(norm) if m.group(1)[0] not in NOT_NAME_START]


class EntityPatterns:
    def __init__(self, nlp: Language, name: str = "entity_patterns"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        norm = doc._.norm_text or doc.text
        comp, index = compact_view(norm)
        # admin units found by the gazetteer, as (start, end) in compact positions
        pos = {raw: k for k, raw in enumerate(index)}
        admin, shorts = [], []
        for sp in doc.spans.get("admin_candidates", []):
            a, b = pos.get(sp.start_char), pos.get(sp.end_char - 1)
            if a is not None and b is not None:
                (shorts if sp.label_.endswith("?") else admin).append((a, b + 1))
        orgs, villages = village_committees(comp, org_candidates(comp, admin, shorts), admin)
        orgs = [x for a, b in orgs for x in [_after_line_of_its_own(comp, norm, index, a, b, admin)] if x]
        people = person_candidates(comp, admin, (b for _, b in orgs), shorts, paragraph_starts(norm, index))
        # credited names first: the byline parser knows where a name ends (刘斐 before 摄)
        credited = BylineTagger.find(norm)
        doc.user_data[FOUND_KEY] = credited     # for the byline tagger, which takes it away
        first = [(a, b, "person") for a, b in byline_names(norm, credited) + editor_names(norm)] \
            + [(a, b, "org") for a, b in byline_sources(norm, credited)]
        raw = [(index[a], index[b - 1] + 1, "org") for a, b in orgs]
        raw += [(index[a], index[b - 1] + 1, "person") for a, b in people]
        raw += [(index[a], index[b - 1] + 1, "village") for a, b in villages]
        raw += [(a, b, "org") for a, b in media_channels(norm)]
        spans, taken = [], Occupancy(len(norm))
        for st, en, label in first + sorted(raw, key=lambda x: (x[0], -(x[1] - x[0]))):
            if not taken.free(st, en) or (label == "org" and len(LAYOUT_GAP.findall(norm, st, en)) >= 2):
                continue        # 市场监管  黑土副刊  日报: links of a navigation bar, not one name over a column break
            sp = doc.char_span(st, en, label=label, alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
                taken.take(st, en)
        doc.spans[PATTERN_KEY] = spans
        return doc


@Language.factory("entity_patterns", assigns=["doc.spans"], default_config={})
def make_entity_patterns(nlp: Language, name: str) -> EntityPatterns:
    return EntityPatterns(nlp, name)
