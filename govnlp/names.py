"""Where Chinese personal names end: character statistics from MSRA's names.

``data/name_chars.tsv`` (built by ``scripts/build_name_chars.py``) gives, for each
character, the number of distinct three-character MSRA names it ends and the number
of times it follows a name.  Most Chinese names have three characters; a character
that ends many names and rarely follows one (林 33/2, 昌 11/0) makes a third character
likely, one that mostly follows names (联 0/4, 第 2/10) makes it unlikely.  Both the
person patterns and the resolver ask these questions.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .words import opens_word

# words with a surname character first that are no names: common nouns and verbs the
# patterns and the NER take for names (干部, 群众, 强调, 应该)
NOT_NAMES = {"佚名", "公司", "公众号", "楼道", "成立后", "代理", "荣誉", "评论", "万分", "万家", "安排", "应到", "周密", "唐卡", "全覆盖", "于是", "代表", "党代表", "管理员", "周围", "宣传", "查看", "原文", "任务", "党员", "党建", "全体", "全区", "全县", "全市", "全面", "公约", "关于", "关心", "关注",
             "司法", "同志", "同时", "向来", "和广", "和谐", "安全", "居民", "工作", "常态", "干部", "平安", "应当", "应该", "强化", "强调",
             "指出", "文化", "文明", "方向", "方面", "时间", "服务", "村民", "正文", "毛病", "江山", "活动", "温暖", "白天", "社区", "祝福",
             "祝贺", "程度", "管理", "群众", "老人", "表示", "解决", "通过", "金融", "雷同", "非凡", "领导", "马上", "高兴", "高度", "高效",
             "高速", "龙头", "常委", "满意", "利益", "路线", "权利", "应邀", "成员",
             "谢谢", "敬请", "各位", "诸位", "贵会", "万岁", "计划", "刘邓",
             "索引", "索引号", "文号", "关键词", "任内", "班子", "常务", "相关", "孙子", "呼吁", "海关",
             "来说", "杨树", "智能", "消息", "党史", "应有", "关爱", "原标题", "单位", "展开", "收起",
             # two dynasties, written as an era (唐宋以来, 明清时期)
             "唐宋", "宋元", "元明", "明清", "秦汉", "汉唐", "隋唐", "宋明",
             # words opened by a surname character (记者陈文卉 编辑 童晓, 青年代表, 古人说, 揭牌, 户主连连称是)
             "编辑", "青年", "古人", "揭牌", "连连", "支持",
             # 都 (a surname) before a verb (村民:都要到这里来看看, 每位議員都是), 关 before 键字 (關鍵字:議會)
             "都是", "都要", "都会", "都在", "都有", "关键字", "文摘"}
# a name's last character and the next one making a word: the word, not the name, has it
# (穆太力普·艾力|住在, 冯宁|笑着, 阿依夏木古丽·玉山|也是)
NAME_RUN_ON = ("住在", "来说", "笑着", "也是", "也在")
# office titles: a name never ends in one (李县|长, 有关领导) and one opens a name after it (县长王平)
OFFICE_TITLES = ("书记", "副书记", "主任", "副主任", "局长", "副局长", "县长", "副县长", "市长", "副市长", "区长", "镇长", "乡长",
                 "村长", "主席", "部长", "厅长", "处长", "科长", "站长", "所长", "院长", "校长", "经理", "董事长", "记者", "通讯员",
                 "队长", "组长", "委员", "总统", "副总统", "议员", "议长", "里长", "总经理", "理事长", "会长", "秘书长", "委员长",
                 "馆长", "园长", "署长", "厂长", "社长", "团长", "司长", "行长", "庭长", "检察长", "领导",
                 "旗长", "副旗长", "盟长", "副盟长", "州长", "副州长", "省长", "副省长", "支书",
                 "总理", "副总理", "行政长官", "特首", "立委",
                 "总编辑", "副总编辑", "总编", "副总编", "副社长", "台长", "副台长")     # a paper's or station's heads
# two-character surnames (复姓): a name may be four characters (令狐绍辉), or lose its first (令|狐绍辉)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "令狐", "皇甫", "慕容", "东方", "西门", "尉迟", "公孙", "长孙",
                     "宇文", "司徒", "夏侯", "端木", "轩辕", "澹台", "南宫", "呼延", "独孤", "申屠", "太史", "闻人")
# function words that follow a name and never end one (王娜|对, 李强|把)
FUNCTION_AFTER_NAME = set("对把被向从在的了和与及等将就说到")
# characters that never end a name: function words and verbs a name is followed by
NOT_NAME_END = set("的了在和与及等是为对从向把被将就还都又也则说到")


@lru_cache(maxsize=1)
def name_chars() -> dict[str, tuple[int, int]]:
    """char -> (distinct MSRA three-character names it ends, times it follows a name)."""
    text = resources.files("govnlp.data").joinpath("name_chars.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if not line.startswith("#"))
    return {c: (int(e), int(a)) for c, e, a in rows}


def ends_name(ch: str, strong: bool = False) -> bool:
    """Whether ``ch`` is a likely third character of a name; ``strong``: likely enough to
    decide without a boundary after it (勇 8/0, 林 33/2)."""
    ends, after = name_chars().get(ch, (0, 0))
    if ch in NOT_NAME_END:
        return False
    return ends >= 8 and 4 * after <= ends if strong else ends >= 2 and 3 * ends >= after


def runs_to_word(text: str, i: int) -> bool:
    """Whether ``text[i]``, after a two-character name, is its third: it ends names, opens no
    word and a word starts right after it (市长胡志|强|安排)."""
    return ends_name(text[i]) and not opens_word(text, i) and opens_word(text, i + 1)


def opens_next_word(text: str, i: int) -> bool:
    """Whether ``text[i]``, a three-character name's third, belongs to the word after it: it
    ends no name and opens a word that does not start one character later (记者张婷|如|是表示)."""
    return not ends_name(text[i]) and opens_word(text, i) and not opens_word(text, i + 1)


def follows_name(ch: str) -> bool:
    """Whether ``ch`` comes after names far more often than it ends one (联, 第)."""
    ends, after = name_chars().get(ch, (0, 0))
    return after >= 3 and 3 * ends < after


# characters of transliterated names (Mongolian, Tibetan, Uyghur, Kazakh, foreign): 巴特尔, 扎西多吉;
# a dotted name is mostly made of them, a dotted title (红色摇篮·初心之旅, 达州·大竹) is not
TRANSLIT = set("乐阿艾爱安奥巴拜班邦贝本比彼毕波伯博布才达代丹道德登迪蒂丁东都杜敦顿多厄恩尔法凡范菲费芬弗福盖甘刚高戈格"
               "根古瓜哈海汗罕汉豪合赫黑亨洪胡华霍吉加佳贾杰金卡开凯坎康柯科克肯孔库拉腊莱赖兰朗劳勒雷蕾里丽力利莉"
               "连廖列林琳灵留隆卢鲁路伦罗洛吕马玛迈麦曼芒毛梅美蒙米密明莫姆木穆纳娜乃奈南尼妮宁努诺欧帕潘佩彭皮"
               "珀普奇齐恰乔钦琴丘曲热仁日荣如瑞若萨赛桑瑟森沙莎山尚绍舍申什史叔斯松苏索塔太泰坦汤唐陶特提铁廷通"
               "图托瓦万旺威韦维伟温文翁沃乌吾武西希锡夏谢辛欣休旭雅亚扬耶伊依英尤于玉约云扎泽詹章哲珍正朱卓孜祖"
               "佐买江古丽热依汗古力则克然尕措卓玛央宗次仁平措顿珠格桑多吉巴桑")


# the closing parts of Tibetan and Mongolian given names, written in characters of any kind
# (更青|才让, 项知|多杰, 嘉羊|尖措, 敖登|其其格): the name is known by its end, not its characters
ETHNIC_NAME_ENDS = ("才让", "多杰", "多吉", "卓玛", "尖措", "嘉措", "加措", "拉姆", "次仁", "旦增", "尼玛", "顿珠",
                    "平措", "才旦", "东珠", "达瓦", "格桑", "曲珍", "央金", "德吉", "仁青", "巴桑", "贡布", "旺堆",
                    "旺姆", "卓嘎", "央宗", "次旦", "才仁", "措毛", "拉毛", "吉太", "才加", "多布杰",
                    "其其格", "格日乐", "巴特尔", "图雅", "乌力吉", "额尔敦", "朝鲁", "宝音", "那仁", "斯琴", "高娃",
                    "巴雅尔", "毕力格", "其木格", "萨仁", "那日苏", "满都拉", "阿拉坦", "塔娜", "德力格尔", "特古斯",
                    "苏日娜", "乌日娜")
NOT_IN_ETHNIC_NAME = set("的了在和与及是为对从向把被将就等")


def transliterated(n: str) -> bool:
    """Whether ``n`` reads as a name written in transliterating characters (胡格吉乐图,
    阿木吉拉图, 特木尔) or closes as Tibetan and Mongolian names do (更青才让): names of
    peoples with no Han surname."""
    return 3 <= len(n) <= 6 and (all(c in TRANSLIT for c in n) or n.endswith(ETHNIC_NAME_ENDS)
                                 and re.fullmatch(r"[\u4e00-\u9fff]+", n) is not None
                                 and not NOT_IN_ETHNIC_NAME.intersection(n))
