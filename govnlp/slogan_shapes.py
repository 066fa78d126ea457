"""Shapes of numbered slogan formulas (数字式提法): numerals, templates, labels.

Pure functions over *normalised* text (simplified, half-width), shared by the
slogan component and its tests.  ``classify`` maps a candidate string to one
of the labels of ANNOTATION.md section 3 or ``None`` when the string is
ordinary prose (三个方面, 一个小时, 第十六个…).
"""
from __future__ import annotations

import re

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "双": 2, "三": 3, "仨": 3,
             "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
NUM_CHARS = "一二两三四五六七八九十百千万双仨俩"
NUM = f"(?:[{NUM_CHARS}]+|[0-9]+)"
NUM_RE = re.compile(NUM)

# Words that follow N个 / N大 in ordinary counting, never in a formula.
PROSE_HEADS = ("方面", "小时", "月", "年", "多", "人", "名", "批次", "部门", "单位", "项目", "片区",
               "地方", "国家", "省", "市", "县", "乡", "镇", "村", "点", "层次", "阶段", "环节",
               "台次", "次", "周", "天", "季度", "领域", "问题", "主导产业", "类", "种", "件", "家",
               "星期", "工作日", "百分点", "亿", "万",
               "委", "班子", "院",          # counts of bodies: 村“两委”, 四大班子, “两院”院士 (docs/annotation.md)
               "会",                        # and of meetings: 省“两会” (three annotators, 16NN-17NN)
               "地", "岸", "国",            # and of places: 深化两地合作, 两岸交流 (prose in every annotated page)
               "板块", "节")                # and of sections and festivals: 五个板块, “两节”项目 (prose on every page)
# Measure words: 八棵树, 六项内容, 十佳 count things, they do not name parts of a policy.
MEASURE_WORDS = ("星级", "棵", "项", "名", "位", "次", "条", "座", "张", "台", "辆", "只", "所", "家", "佳", "强",
                 "成", "倍", "分", "届", "期", "级", "岁", "米", "公里", "吨", "元", "斤", "亩", "轮", "篇", "场")
CONTENT_UNITS = "户村人家对周天月年季事企岗校县乡镇组企店地"
# two-character units a rule can be per (一小组一特色, 一社区一品牌, 一支部一品牌)
CONTENT_UNITS_2 = ("小组", "社区", "支部", "网格", "企业", "部门", "学校", "单位", "园区", "乡镇", "村居", "党员", "班子", "地方")


def parse_number(s: str) -> int | None:
    """Chinese or Arabic numeral string → int (十四 → 14, 两 → 2, 12 → 12)."""
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
        else:
            return None
    return total + cur


def numbers(s: str) -> list[int]:
    """Every numeral in a formula, in order (六个一 → [6, 1]; 8+N → [8])."""
    m = _PLAN.match(s)
    if m:  # 十四五: the 14th five-year plan
        return [parse_number(s[:-1]), 5]
    out = []
    for m in NUM_RE.finditer(s):
        tok = m.group()
        if tok == "万" and s[:m.start()][-1:].isdigit():
            continue                                        # 3万: the unit of a number
        if _UNIT_RUN.match(tok):                            # 百千万: 100, 1000, 10000
            out.extend(CN_UNITS.get(c, 1) for c in tok)
            continue
        v = parse_number(tok)
        if v is not None:
            out.append(v)
    return out


def template(s: str, label: str | None = None) -> str:
    """The formula's shape with numerals abstracted (四抓四每 → N抓N每).

    In COUNT formulas only the leading count is abstracted, the content is
    kept (六个一批 → N个一批); in PER_UNIT and ONE formulas the structural 一
    is part of the shape and kept (一户一策 stays).
    """
    if label == "COUNT":
        return NUM_RE.sub("N", s, count=1)
    if label in ("PER_UNIT", "ONE"):
        return s
    if label == "PLAN":
        return "十N五" if s.startswith("十") else "N五"
    return NUM_RE.sub(lambda m: "N" * len(m.group()) if _UNIT_RUN.match(m.group()) else "N", s)


_PLAN = re.compile(r"^十?[一二三四五六七八九]五$")    # 十四五; 三五 (Macau's second five-year plan)
_PLAN_BY_KIND = re.compile(r"^十?[一二三四五六七八九]五(?:规划纲要|规划|时期|期间|计划|纲要)$")   # “十三五规划”
_PLUS = re.compile(r"^[^+]{0,4}(?:[0-9]+\+[0-9A-Za-z]+|\+[0-9]+\S*)$")
_PER_UNIT = re.compile(rf"^一(?:[{CONTENT_UNITS}]|{'|'.join(CONTENT_UNITS_2)})一\S{{1,6}}$")
_PER_PERIOD = re.compile(rf"^(?:[{NUM_CHARS}]+(?:天|日|周|月|年|季度?)一|一(?:天|日|周|月|年|季度?)[两二三四五六七八九十](?![次回遍个场趟轮批]))"
                         rf"[\u4e00-\u9fff]{{1,3}}$")   # 三天一通报, 一月两报: a rule per period
_ONE = re.compile(rf"^一(?:(?:(?![{NUM_CHARS}])[\u4e00-\u9fff]){{1,2}}(?:通|制|式|办|龙|网通办|窗受理|站式|码通))$")
_COUNT = re.compile(rf"^(?:{NUM})个(.+)$")
_GROUP_BIG = re.compile(rf"^(?:[\u4e00-\u9fff]{{0,4}}?)(?:{NUM})大(.+)$")
_PARALLEL = re.compile(rf"^(?:(?:{NUM})[\u4e00-\u9fff+]{{1,5}}[、]?){{2,}}(?<=[\u4e00-\u9fff])[\u4e00-\u9fff]{{0,8}}$")
# three or more unit numerals rising in magnitude are no number but the heads of parts:
# 百千万工程 (百县千镇万村)
_UNIT_RUN = re.compile(r"^(?:一十百千万|百千万|十百千|千百万|(?:千百|百千)(?=工程|行动|计划))")   # 千百工程: 千村…百村…; 一十百千万
_GROUP = re.compile(rf"^(?:[{NUM_CHARS}]+)([\u4e00-\u9fff]{{1,5}})$")
_WORD_COUNT = re.compile(rf"^(?:{NUM})字(?:方针|要诀|诀|经验|要求)$")


# words of a sentence, never of a formula's parts (一定要抓住这一机遇)
_SENTENCE_WORDS = re.compile(r"[这那要了的是在把被]|一定|一起|一直|一样|一些|一贯|召开|举行|举办")   # 一年召开两次人大会: a rule, not a formula; 九年一贯制: a school's kind


# two single-digit numerals that make no number (八八战略, “五八”) are a code of parts, like “1310”;
# not a holiday (五一, 七一, 三八) nor the ordinals 一二(三)产业
_DIGIT_RUN = re.compile(r"^[一二三四五六七八九]{2}(?![十百千万])")
# the Party's congresses and plenums by their numbers (二十大, 十九届): ordinals, not formulas
CONGRESS = re.compile(r"(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)(?:大|届)")
GAMES = re.compile(r"[一二三四五六七八九十]+运会?$")
HOLIDAY_AWARDS = ("劳动奖章", "劳动奖状", "青年奖章", "红旗", "巾帼", "奖章")
HOLIDAYS = {"五一", "七一", "八一", "六一", "十一", "三八", "五四", "一二九", "九一八", "七七", "九九", "一一"}


# idioms and set phrases holding numerals, frequent in official prose (千方百计, 一心一意,
# 一步跨千年): never formulas, quoted or not
IDIOMS = frozenset("""千家万户 千方百计 一心一意 四面八方 五湖四海 千辛万苦 千变万化 一点一滴 一言一行 一草一木 一砖一瓦
一针一线 七嘴八舌 七上八下 五颜六色 五花八门 三番五次 三令五申 一五一十 十全十美 百发百中 千锤百炼 万紫千红 一干二净
一清二楚 三心二意 一举两得 九牛一毛 接二连三 独一无二 千军万马 万众一心 一丝一毫 一朝一夕 一生一世 一举一动 一模一样
四平八稳 八面玲珑 一石二鸟 两全其美 三五成群 百花齐放 百家争鸣 一日千里 千载难逢 千真万确 万水千山 千山万水 一马当先
一帆风顺 十拿九稳 百折不挠 千头万绪 万象更新 一视同仁 一如既往 一鼓作气 一往无前 百尺竿头 千里之外 一年一度 两袖清风
三思而行 四通八达 五谷丰登 六畜兴旺 七零八落 八仙过海 九九归一 十万火急 百废俱兴 千姿百态 万家灯火 一以贯之 一脉相承
约法三章 任督二脉 一应俱全 一体推进 一网打尽 一线希望 双管齐下 一刀切 一步跨千年 一天一夜 一日一夜 一年一年 三十而立""".split())


# the two offices (党委办公室 and 政府办公室) named together: bodies, not a formula (not “五办”: five ways)
BODY_PAIRS = frozenset({"两办", "二办"})


# words opened by 双 that mean "dual" or "both", not two numbered parts
PAIR_WORDS = ("双重", "双料", "双向", "双方", "双边", "双语", "双手", "双休", "双胞胎", "双打", "双人")


# words whose numeral is vocabulary, counting nothing (“声入百姓”: 百姓, the people)
NUMERAL_WORDS = re.compile("百姓|唯一|万一|统一|一律|一致|专一")


def classify(s: str) -> str | None:
    """Label of a formula string, or None for prose.  ``s`` is normalised and compact."""
    if not s or len(s) > 16 or s.startswith(("第", "零")) or not NUM_RE.search(s) or s in IDIOMS or s in BODY_PAIRS:
        return None
    if not NUM_RE.search(NUMERAL_WORDS.sub("", s)):
        return None
    if s.startswith(PAIR_WORDS):
        return None                         # 「雙重效忠」, 雙料議員: 双 as "dual", no count of parts
    if re.search(r"[0-9]\s*(?:元|块|角|斤|公斤|米|%|岁)", s):
        return None                         # “10元三双”: a price, not a formula
    if re.match(r"(?:19|20)\d\d(?!\d)", s):
        return None                         # 2024大连市企业100强: a year opens a ranking's name
    if s.endswith("中全会"):
        return None                         # 四中全会: a committee's fourth plenary session, an ordinal
    if _PLAN.match(s):
        return "PLAN"
    if _PLAN_BY_KIND.match(s):
        return None                         # “十三五规划”: the plan by its number, its kind outside (十三五|规划)
    if s in HOLIDAYS or s[:-1] in HOLIDAYS and s[-1] in "节" or s[:2] in HOLIDAYS and s[2:].startswith(HOLIDAY_AWARDS):
        return None                         # 七一, 五一节, 五一劳动奖章: a holiday (and its award), not a formula
    if GAMES.search(s):
        return None                         # 迎十四运: the national games by their number, an ordinal
    if CONGRESS.search(s):
        return None                         # “学习二十大•建功新时代”: a congress by its number
    if re.match(r"^一(.)一\1", s):
        return None                         # 一个一个过, 一步一步: one by one, a manner
    if "+" in s:
        if re.search(r"[<>=＞＜＝]", s):
            return None                     # 1+1>2: arithmetic as a figure of speech
        if re.search(r"[0-9]", s):
            return "PLUS"
        parts = s.split("+")
        if len(parts) > 1 and all(p and classify(p) for p in parts):
            return "PLUS"                   # 九宫格+六个组: formulas joined
        return "COUNT" if _COUNT.match(s) else None
    if _WORD_COUNT.match(s):
        return "GROUP"                      # 20字方针, 十六字方针: a count of the words of its parts
    if _PER_UNIT.match(s) or s == "一对一" or _PER_PERIOD.match(s) and not _SENTENCE_WORDS.search(s):
        return "PER_UNIT"
    m = _DIGIT_RUN.match(s)
    if m and m.group() not in HOLIDAYS and s[:3] not in HOLIDAYS and "一二三四五六七八九".find(m.group()[1]) != \
            "一二三四五六七八九".find(m.group()[0]) + 1:
        return "PARALLEL"                   # 八八战略, “五八”: a code of parts
    m = _COUNT.match(s)
    if m:
        rest = m.group(1)
        if rest.startswith(PROSE_HEADS):
            return None
        return "COUNT"
    if _ONE.match(s):
        return "ONE"
    lead = NUM_RE.findall(s)
    if len(lead) >= 2 and NUM_RE.match(s) and _PARALLEL.match(s) and not _SENTENCE_WORDS.search(s) \
            or _UNIT_RUN.match(s):
        return "PARALLEL"
    m = _GROUP_BIG.match(s)
    if m:   # 三大名片, 四大名著: 大名 is "famous", not a count of people
        head = m.group(1)
        return None if head.startswith(PROSE_HEADS) and not (head[0] == "名" and len(head) > 1) else "GROUP"
    m = _GROUP.match(s)
    if (m and not s.startswith("一") and not (m.group(1).startswith(PROSE_HEADS + MEASURE_WORDS)
                                              and not m.group(1).startswith("条例"))    # 四条例: four regulations
            and not s.endswith(("年", "年行动")) and m.group(1) != "大"):
        return "GROUP"
    return None


# service and emergency numbers, quoted as often as formulas are
HOTLINES = {"110", "119", "120", "122", "114", "12345", "12315", "12348", "12366", "12306", "12369", "12351",
            "12333", "12320", "12310", "12388", "96110"}
_QUOTED_COUNT = re.compile(rf"^(?:{NUM})(?:条|项|张|种|支|道|本|面|域|篇|场)[\u4e00-\u9fff]{{2,4}}$")
_CODE = re.compile(r"^[0-9]{3,5}$")
_TOPIC_GROUP = re.compile(rf"^[\u4e00-\u9fff]{{2}}([{NUM_CHARS}][\u4e00-\u9fff])$")


def _is_place(s: str) -> bool:
    from .gazetteer import admin_table                 # the gazetteer loads its table once, on first use
    return bool(admin_table().lookup(s))


def classify_quoted(s: str) -> str | None:
    """Shapes that are formulas only when the page quotes them as a whole: a count with
    a measure word (“三条底线”), a count of a prose head with its aim (“七个方面先行示范”),
    a code of digits (“1310”, “153”: one core, three…, not a year nor a hotline)."""
    label = classify(s)
    if label:
        return label
    if _QUOTED_COUNT.match(s) and not s.endswith(("年", "年行动", "内容")):
        return "COUNT"
    m = _COUNT.match(s)
    if m and m.group(1).startswith(PROSE_HEADS) and any(
            len(m.group(1)) - len(h) >= 2 for h in PROSE_HEADS if m.group(1).startswith(h)):
        return "COUNT"
    if _CODE.match(s) and s not in HOTLINES and not re.match(r"^(?:19|20)[0-9]{2}$", s):
        return "PARALLEL"
    m = _TOPIC_GROUP.match(s)
    if m and s not in IDIOMS and classify(m.group(1)) == "GROUP" and not _is_place(m.group(1)):     # (not “绿色三明”: the city)
        return "GROUP"                      # “门前五包”, “开局八好”: a topic, then the count of its parts
    return None

