"""``slogan_finder``: numbered slogan formulas with shape, numbers and items.

Candidates are exact patterns over numerals: a quoted phrase holding a
numeral (formulas are nearly always introduced in quotes), every further
mention on the page of a formula seen quoted, the packaged lexicon of
national formulas (data/slogan_lexicon.tsv), and unquoted strong shapes
(十四五规划, 8+N, 一户一策).  :func:`govnlp.slogan_shapes.classify` then
decides formula-or-prose and the label.  Items are read from the list that
spells the formula out near one of its mentions (and go on the first): brackets right after it, 即…,
a colon list, a quoted enumeration whose length matches the count, a list
printed just before it (“A”“B”…六大X; A，B…等“六个一批”), or, where the
article spells the formula out in its structure, the crossheads or quoted
paragraph openers that follow it (◆ 聚焦硬件设施抓突破 … for 四聚四抓一拓展).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..normalize import BLANK_LINE, CLAUSE_PUNCT, compact_view, literal_mentions
from ..slogan_shapes import CONTENT_UNITS, IDIOMS, NUM_CHARS, NUM_RE, PROSE_HEADS, classify, classify_quoted, numbers, parse_number, template

COUNT_ONLY = re.compile(rf"{NUM_RE.pattern}[个大项条]?")
BIG_COUNT = re.compile(r"[两二三四五六七八九十]+大")
QUOTES = {"“": "”", "‘": "’", "\"": "\"", "「": "」", "『": "』"}
QUOTED = re.compile(r"[“‘\"「『]([^“”‘’\"「」『』\n]{0,1}[^“”‘’\"「」『』]{1,24}?)[”’\"」』]")
LIST_SEP = re.compile(r"[、，,；;+＋]")
# a crosshead: a marker or list numeral, then the heading (h) with no sentence end inside
HEAD_LINE = re.compile(r"(?:[◆■●▲★◇□◎]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.、])\s*"
                       r"(?P<h>[^。！？!?]{2,28}?)\s*$")
# a paragraph opened by its quoted heading: “入脑+入心”。多形式……
RUN_IN = re.compile(r"(?P<h>[\u4e00-\u9fff]{2,6}?)[，,：:]")
QUOTED_OPENER = re.compile(r"“(?P<h>[^“”。]{2,14})”[。：:]")
AFTER_QUOTED_LIST = re.compile(r"(?:“[^”]{2,24}”[、，,]?){2,}(?P<f>[一二两三四五六七八九十]+大[\u4e00-\u9fff]{2,6}?)"
                               rf"(?=[{CLAUSE_PUNCT}]|$)")
# a count of quoted items right after them: “文明家园”、…、“宜业家园”五个家园, 产业发展“靓名片”…四张靓丽名片
AFTER_COUNTED_QUOTES = re.compile(r"(?P<items>(?:[\u4e00-\u9fff]{0,6}“[^“”]{2,24}”[、，,]?){2,})(?P<f>(?P<n>[两二三四五六七八九十])[个张项条][\u4e00-\u9fff]{2,6}?)"
                                  rf"(?=[{CLAUSE_PUNCT}]|$|为一体)")
# quoted names, each after the field it names, listed before their count (基层党建“大品牌”、产业发展“靓名片”)
HEADED_QUOTES = r"(?:[\u4e00-\u9fff]{1,8}“[^“”]{2,24}”、)+[\u4e00-\u9fff]{1,8}“[^“”]{2,24}”"
# quoted names, each with the words for what it names, listed before their count
# (“共同富裕·青年有声”基层宣讲、…、“暖暖花城·青春有爱”青年志愿|五大工作品牌)
TAILED_QUOTES = r"(?:“[^“”]{2,24}”[\u4e00-\u9fff]{1,8}、)+“[^“”]{2,24}”[\u4e00-\u9fff]{1,8}?"
AFTER_TAILED_LIST = re.compile(TAILED_QUOTES + r"(?P<f>[一二两三四五六七八九十]+大[\u4e00-\u9fff]{2,6}?)"
                               rf"(?=[{CLAUSE_PUNCT}]|$)")
UNQUOTED_LIST = re.compile(r"(?<![第0-9一二三四五六七八九十百千万两])(?:[两二三四五六七八九十][\u4e00-\u9fff]{2}、)+[两二三四五六七八九十][\u4e00-\u9fff]{2}"
                           rf"(?=[{CLAUSE_PUNCT}]|$)")
LISTED_COUNT = re.compile(r"(?<![\u4e00-\u9fff、])(?P<items>(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}?)等?"
                          rf"(?P<f>[两二三四五六七八九十](?:大|个)?[\u4e00-\u9fff]{{2}})(?=[{CLAUSE_PUNCT}]|$|入手|着手|为|建设)")
# a count right after one quote listing its items: “属地、部门、单位、个人”四方责任, “…”为一体的五个中心
QUOTED_LIST_COUNT = re.compile(r"[“\"「](?P<items>(?:[^“”\"「」、，,]{1,10}、)+[^“”\"「」、，,]{1,10})[”\"」](?:为一体的)?"
                               rf"(?P<f>[两二三四五六七八九十][\u4e00-\u9fff]{{2,5}}?)(?=[{CLAUSE_PUNCT}]|$|为|是|的)")
# verbs that open a list of a formula's items and are not part of the first item
LEADING_VERBS = ("研究", "严守", "打造", "实现", "推进", "围绕", "坚持", "抓好", "做好", "落实", "聚焦", "突出",
                 "强化", "开展", "实施", "推动", "构建", "深化", "守住", "筑牢", "包括", "涵盖", "建成", "形成",
                 "推行", "种植", "建立", "完善", "加强", "提升", "打好", "打赢", "写好", "下好", "念好", "答好")
# a count named by the word its quoted items share: “数字岛、设计岛、人民岛”三岛
QUOTED_TAIL_COUNT = re.compile(r"[“\"「](?P<items>(?:[^“”\"「」、，,]{1,10}、)+[^“”\"「」、，,]{1,10})[”\"」]"
                               r"(?P<f>[两二三四五六七八九十][\u4e00-\u9fff])")
# four-character items of a list joined by 、 (产业发展、双招双引、乡村振兴; 双岗书记、三联行动、四述一评及…):
# a numbered one is a formula unless it is an idiom
LIST_ITEM = re.compile(rf"(?:(?<=、)|(?<=[{CLAUSE_PUNCT}])|^|{'|'.join(f'(?<={v})' for v in LEADING_VERBS)})(?P<f>[一二两三四五六七八九十双百千万][\u4e00-\u9fff]{{3}})"
                       rf"(?=、|(?<=、....)(?:[{CLAUSE_PUNCT}及和等活工]|$))")
RISING_PARTS = re.compile(r"(?:[一二两三四五六七八九十](?:个|大|项|条|张)?[\u4e00-\u9fff]{1,3}、){2,}"
                          r"[一二两三四五六七八九十](?:个|大|项|条|张)?[\u4e00-\u9fff]{1,3}?(?=[，,。；;：:、和及等”’」]|$)")
# the numbered parts that open a parallel formula (百县千镇万村|高质量发展工程)
PARALLEL_CORE = re.compile(r"(?:[一二两三四五六七八九十百千万双][\u4e00-\u9fff]){2,}")
# unquoted formulas that say what they are: 四述一评制度, 三低一高产业 (two counted parts, then a noun
# for a policy; an idiom such as 三心二意 is followed by no such noun), 三联行动, 五民机制
FORMULA_NOUNS = ("制度", "机制", "工作法", "模式", "行动", "工程", "活动", "产业", "要求", "目标", "体系", "战略",
                 "举措", "措施", "路径", "格局", "理念", "品牌", "标准")
# the same nouns after a formula counted from its listed items, longest first (三定|责任制)
POLICY_NOUNS = tuple(sorted(FORMULA_NOUNS + ("责任制", "工作制", "制"), key=len, reverse=True))
NAMED_FORMULA = re.compile(r"(?<![第0-9一二三四五六七八九十百千万两])"
                           r"(?:[一二两三四五六七八九十][\u4e00-\u9fff][一二两三四五六七八九十][\u4e00-\u9fff]"
                           rf"(?={'|'.join(FORMULA_NOUNS)})"
                           r"|[两二三四五六七八九十双][\u4e00-\u9fff](?:行动|机制|工程)"
                           r"|(?<!、)[两二三四五六七八九十](?![次方年者种个位大项条])[\u4e00-\u9fff]融合)")     # 三治融合, 三产融合 (not 一、二、三产融合)
STRONG = re.compile(r"(?:十|(?<![一二三四五六七八九十]))[一二三四五六七八九]五(?=[”\"]?(?:规划|时期|期间|开局|收官))|"
                    r"[0-9]+\+[0-9A-Za-z]|"
                    rf"一(?:[户村人企岗校乡镇组]|地方)一[\u4e00-\u9fff]{{1,3}}?(?=[{CLAUSE_PUNCT}”\s]|$|示范|{'|'.join(FORMULA_NOUNS)})|"   # 一村一品|示范村镇
                    r"(?<![0-9一二三四五六七八九十])[二三四五六七八九十](?:合一|位一体)|"       # 九合一选举, 五合一, 医养乐三位一体
                    r"(?<![0-9一二三四五六七八九十])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})字(?:方针|要诀|经验|要求)")   # 辦會20字方針


# a clause's verb before the count it governs (抓|一条主线, 办好|十二项实事, 打赢|九场硬战)
CLAUSE_VERB = re.compile(rf"(?:{'|'.join(LEADING_VERBS)}|[抓办建做守强促提创育保推树兴]好?)(?=[{NUM_CHARS}0-9])")
# a list's verb inside its first item, after whatever opens the clause (积极做好|乡村振兴)
LEADING_VERB_AT = re.compile("|".join(LEADING_VERBS))
# a modal and a verb of the list's clause, inside the first item (报道将突出|珠江源头)
MODAL_VERB = re.compile(rf"(?:将|要|会|应|需|着力|重点|全力|努力)(?:{'|'.join(LEADING_VERBS)})")
# words that introduce a list, not part of its first item (即|清理村庄垃圾, 以推行|联系群众全覆盖)
LIST_OPENERS = ("也就是", "就是", "分别是", "主要是", "即", "以", "为", "是", "从")
# a quantity after an item's name ends it (种植西贡粉蕉|1500亩)
QUANTITY = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?(?:多|余)?(?:亩|万亩|元|万元|亿元|个|人|户|吨|公里|米|平方米|家|名|座|条)")


# an unquoted rule per unit or per period: one unit and three or four one-character parts (一村一户一档), or a
# count of units or periods and what each gets, closed by punctuation or a noun of rules (三天一通报、一周一评比的办法)
PER_RULE = re.compile(rf"(?<![{NUM_CHARS}0-9第])(?:一[{CONTENT_UNITS}](?:一[\u4e00-\u9fff]){{2,3}}"
                      rf"|[{NUM_CHARS}]+[{CONTENT_UNITS}]一[\u4e00-\u9fff]{{1,3}}?(?=[、，,。；;的”\"]|制度|机制|办法|$))")
QUOTED_ITEM = re.compile(r"“([^“”]{2,24})”")
# a count whose counted key word alone is quoted: 两个“确立”, 五大“历史意义”
KEY_QUOTED = re.compile(r"(?<![第0-9一二三四五六七八九十百千万两])([一二两三四五六七八九十]+[个大])“([\u4e00-\u9fff]{2,8})”")


# a formula defined right after its mention: ‘两带一中心’是A、B和C。
DEFINED_AS = re.compile(r"[”’\"」』](?:就|即)?是([^。；;，,“”]{4,150})[。；;]")
# 一是…二是…三是: the openers of a list's items in order, and an item up to its clause's end
ORDINAL_OPENERS = [f"{n}是" for n in "一二三四五六七八九十"] + ["十一是"]
ORDINAL_ITEM = re.compile(r"[^，,；;。：:]{2,20}(?=[，,；;。])")


def _quoted_items(text: str, offset: int) -> list[tuple[int, int]]:
    """The contents of quoted items printed back to back (“A”“B”, “A”、“B”), as offsets."""
    return [(offset + q.start(1), offset + q.end(1)) for q in QUOTED_ITEM.finditer(text)]


def _pieces(segment: str, lo: int, sep: str) -> list[tuple[int, int]]:
    """Offsets of ``segment``'s pieces between one-character separators (regex ``sep``),
    ``lo`` being the segment's own offset; empty pieces are kept."""
    out, pos = [], 0
    for piece in re.split(sep, segment):
        out.append((lo + pos, lo + pos + len(piece)))
        pos += len(piece) + 1
    return out


def load_lexicon() -> dict[str, str]:
    """Established national formulas shipped as package data: {formula: label}."""
    text = resources.files("govnlp.data").joinpath("slogan_lexicon.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            form, label = line.split("\t")[:2]
            out[form] = label
    return out


@lru_cache(maxsize=2048)
def _list_pattern(ch: str, count: int, kind: str) -> re.Pattern:
    """A list of ``count`` items that all end (``kind`` "ending": 自治、法治、德治) or open ("opening": 提昇…、提高…)
    with the escaped character ``ch``; kept here, since a Han class costs a millisecond to compile and a page
    stream would otherwise compile one per formula."""
    if kind == "ending":
        item = rf"[\u4e00-\u9fff]{{1,4}}?{ch}"
        return re.compile(rf"(?<![、\-—])(?:{item}[、\-—和与及]){{{count - 1}}}{item}(?![、\-—])")
    item = rf"{ch}[\u4e00-\u9fff]{{1,8}}"
    return re.compile(rf"(?:{item}、){{{count - 1}}}{item}(?=[。，,；;！!]|$)")


class SloganFinder:
    """``mode="rules"``: find and classify formulas; ``mode="annotate"``: keep the spans a
    trained classifier put in ``doc.spans[spans_key]`` and add numbers, template, items;
    ``mode="candidates"``: write every candidate to ``doc.spans["slogan_candidates"]``."""

    def __init__(self, nlp: Language, name: str = "slogan_finder", use_lexicon: bool = True,
                 spans_key: str = "slogans", mode: str = "rules"):
        register_extensions()
        if mode not in ("rules", "annotate", "candidates"):
            raise ValueError(f"slogan_finder mode must be rules, annotate or candidates, not {mode!r}")
        self.name = name
        self.spans_key = spans_key
        self.mode = mode
        self.use_lexicon = use_lexicon
        self.lexicon = load_lexicon() if use_lexicon else {}

    # ------------------------------------------------------------ candidates
    def _quoted(self, comp: str, gaps: set[int]):
        for m in QUOTED.finditer(comp):
            content = m.group(1).strip()
            if not NUM_RE.search(content):
                continue
            lo = m.start(1)
            # a space inside the quote separates phrases (“五社助老 银龄同行”), not a count
            # from what it counts (“五个 坚持”, “三 个提质”: a layout gap)
            cut = next((j for j in range(lo + 1, m.end(1)) if j in gaps), None)
            if cut is not None and NUM_RE.search(comp[lo:cut]) and not COUNT_ONLY.fullmatch(comp[lo:cut]):
                content = comp[lo:cut]
            # a quote holding several formulas joined by 、 (一户一本台账、一户一个脱贫计划)
            parts = [p for p in re.split("、", content)]
            if len(parts) > 1 and all(len(p) > 3 and classify(p) for p in parts):
                pos = lo
                for p in parts:
                    yield pos, pos + len(p), p
                    pos += len(p) + 1
                continue
            # a quote of clauses that each put a verb before a count (“抓一条主线，办好十二项实事”)
            # (“践行金华精神，打赢九场硬战”: the clauses that hold one)
            clauses = [(p[0] + len(v.group()), p[1]) for p in _pieces(content, lo, "[，,；;]")
                       for v in [CLAUSE_VERB.match(comp, p[0], p[1])] if v]
            clauses = [(a, b) for a, b in clauses if classify_quoted(comp[a:b])]
            if clauses and re.search("[，,；;]", content):
                for a, b in clauses:
                    yield a, b, comp[a:b]
                continue
            # the formula is the quote's first phrase (五社助老 银龄同行 → 五社助老)
            head = re.split(r"[\s，,。：:；;！!？?]", content)[0]
            core = PARALLEL_CORE.match(head)
            if core and (len(head) - core.end() > 2 or head[core.end():] in FORMULA_NOUNS + ("平台", "工作")) \
                    and classify(core.group()) == "PARALLEL" and classify(head) == "PARALLEL":
                head = core.group()                     # “百县千镇万村高质量发展工程”, “双派双考平台”: its parts
            if head:
                yield lo, lo + len(head), head

    def find(self, comp: str, gaps: set[int] | None = None,
             candidates: bool = False) -> list[tuple[int, int, str]]:
        """(start, end, label) over the compact normalised text, non-overlapping.

        ``gaps``: compact positions preceded by a space in the raw text.  With
        ``candidates`` every numeral-bearing phrase the patterns propose is kept
        (label ``CANDIDATE`` where the shape rules say prose): the high-recall input
        of the trained classifier (``configs/slogans.cfg``)."""
        label_of = (lambda x: classify(x) or "CANDIDATE") if candidates else classify
        found: dict[tuple[int, int], str] = {}
        seen_forms: dict[str, str] = {}
        for st, en, s in self._quoted(comp, gaps or set()):
            # the lexicon knows its formulas' shapes; a whole quote admits a few more shapes
            label = self.lexicon.get(s) or (label_of(s) if candidates else classify_quoted(s))
            if not label and BIG_COUNT.fullmatch(s) and "\u4e00" <= comp[en + 1:en + 2] <= "\u9fff":
                label = "GROUP"                         # 陶瓷、食品、生化“三大”产业: the count quoted, its kind after
            if label:
                found[(st, en)] = label
                seen_forms[s] = label
        for form, label in list(self.lexicon.items()):
            if form in comp:
                seen_forms.setdefault(form, label)
        # a formula right after the quoted list of its items: “太岳首府”…“书香阳城”六大文化名片
        for m in (*AFTER_QUOTED_LIST.finditer(comp), *AFTER_TAILED_LIST.finditer(comp)):
            s = m.group("f")
            label = label_of(s)
            if label:
                found.setdefault((m.start("f"), m.end("f")), label)
        for m in AFTER_COUNTED_QUOTES.finditer(comp):
            if m.group("items").count("“") == parse_number(m.group("n")) \
                    and not m.group("f")[2:].endswith(PROSE_HEADS):     # (“美丽乡村”…四个阶段: stages of a plan)
                found.setdefault((m.start("f"), m.end("f")), "COUNT")
        # counts whose key word alone is quoted (两个“确立”, 四个“必须”): formulas where the lexicon
        # knows them or where several are listed together (三个“需要”、两个“确立”、五大“历史意义”)
        keyed = list(KEY_QUOTED.finditer(comp))

        def joined(a: re.Match, b: re.Match) -> bool:       # “需要”、两个“确立” (a verb may come between: 、牢记一个)
            return 0 < b.start() - a.end() <= 3 and comp[a.end()] == "、"

        for i, m in enumerate(keyed):
            form = m.group(1) + m.group(2)
            listed = i > 0 and joined(keyed[i - 1], m) or i + 1 < len(keyed) and joined(m, keyed[i + 1])
            label = self.lexicon.get(form) or (classify(form) if listed else None)
            if label in ("COUNT", "GROUP"):
                found.setdefault(m.span(), label)
            elif m.group(1).endswith("个") and m.group(1) != "一个" and classify_quoted(m.group(2)) and not self.lexicon.get(m.group(2)):
                # a count of a quoted local formula: 四个“双百行动” (each item is a 双百 pair)
                found.pop((m.start(2), m.end(2)), None)
                found[m.span()] = "COUNT"
        # counts numbered one, two, three… joined by 、 are the parts of one formula
        # (一个中心、两个目标、三大工程、四大效益、五大板块: ANNOTATION.md decision 10)
        for m in RISING_PARTS.finditer(comp):
            nums = [(numbers(p) or [0])[0] for p in m.group().split("、")]
            if len(nums) >= 3 and nums == list(range(1, len(nums) + 1)):
                found[m.span()] = "PARALLEL"
        # unquoted counts listed with 、 (三精准、三保障、三落实): each a formula if all are
        for m in UNQUOTED_LIST.finditer(comp):
            parts = _pieces(m.group(), m.start(), "、")
            labels = [classify(comp[a:b]) for a, b in parts]
            if all(lab == "GROUP" for lab in labels):
                for (a, b), lab in zip(parts, labels):
                    found.setdefault((a, b), lab)
        for m in QUOTED_TAIL_COUNT.finditer(comp):       # “数字岛、设计岛、人民岛”三岛
            items = m.group("items").split("、")
            f = m.group("f")
            if numbers(f)[:1] == [len(items)] and all(i.endswith(f[-1]) for i in items) and classify(f) == "GROUP":
                found.setdefault(m.span("f"), "GROUP")
        # a count right after the list of its one-word items (户、卡、机三对照)
        for pattern in (LISTED_COUNT, QUOTED_LIST_COUNT):
            for m in pattern.finditer(comp):
                f = m.group("f")
                # the noun for what the formula is stays outside (“定区域…”三定|责任制)
                noun = next((n for n in POLICY_NOUNS if f.endswith(n) and len(f) - len(n) >= 2), "")
                f = f[:len(f) - len(noun)]
                label = classify(f)
                if numbers(f)[:1] == [m.group("items").count("、") + 1] and label in ("GROUP", "COUNT") \
                        and not any(a == m.start("f") for a, _ in found):
                    found.setdefault((m.start("f"), m.start("f") + len(f)), label)
        for m in LIST_ITEM.finditer(comp):
            s = m.group("f")
            label = classify(s)
            if (label in ("PARALLEL", "PER_UNIT") or label == "GROUP" and s[0] in "两二三四五六七八九双") \
                    and s not in IDIOMS:        # (not 万朵紫薇, 百业兴隆: a count of things, a wish)
                found.setdefault(m.span("f"), label)
        for m in PER_RULE.finditer(comp):                 # 一村一户一档, 三天一通报、一周一评比: a rule per unit or period
            if classify(m.group()) == "PER_UNIT" and m.group() not in IDIOMS:
                found.setdefault(m.span(), "PER_UNIT")
        for m in NAMED_FORMULA.finditer(comp):
            label = label_of(m.group())
            if label in ("PARALLEL", "GROUP", "PER_UNIT"):      # (实行一月两报制度: a rule per period)
                found.setdefault(m.span(), label)
        for m in STRONG.finditer(comp):
            s = m.group()
            if "+" in s:  # extend to the whole token: 8+N, 1+N
                e = m.end()
                while e < len(comp) and re.match(r"[0-9A-Za-z]", comp[e]):
                    e += 1
                if comp[e:e + 1] in ("<", ">", "="):
                    continue                # 1+1>2: arithmetic as a figure of speech
                s = comp[m.start():e]
            label = label_of(s)
            if label:
                found.setdefault((m.start(), m.start() + len(s)), label)
        # every further mention of a formula seen on this page or in the lexicon
        for form, label in sorted(seen_forms.items(), key=lambda kv: -len(kv[0])):
            for span in literal_mentions(comp, [form], 0, len(comp)):
                found.setdefault(span, label)
        out, last_end = [], -1
        for (st, en), label in sorted(found.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
            if st >= last_end:
                out.append((st, en, label))
                last_end = en
        return out

    # ------------------------------------------------------------ items
    def _items_before(self, comp: str, start: int, count: int | None) -> list[tuple[int, int]]:
        """Items printed before the formula: “A”“B”…六大X, or 以A，B…等“六个一批”."""
        if not count or count < 2:
            return []
        head = comp[max(0, start - 200):start]
        base = start - len(head)
        m = re.search(f"({TAILED_QUOTES})$", head)
        if m:                                               # “…”基层宣讲、“…”岗位建功…五大工作品牌
            pieces = _pieces(m.group(1), base + m.start(1), "、")
            if len(pieces) == count:
                return pieces
        m = re.search(r"((?:“[^”]{2,24}”[、，,]?){2,})$", head)
        if m:
            items = _quoted_items(m.group(1), base + m.start(1))
            return items if len(items) == count else []
        m = re.search(f"({HEADED_QUOTES})$", head)
        if m:                                               # 基层党建“大品牌”、产业发展“靓名片”…四张靓丽名片
            pieces = _pieces(m.group(1), base + m.start(1), "、")
            if len(pieces) == count:
                return self._without_leading_verb(head, base, pieces)
        m = re.search(r"[“「]([^“”「」]{4,190})[”」](?:为一体的|的“)?$", head)     # (…,大田种谷子,山下抓票子”的“五子登科”)
        if m:                                               # “低污染、低耗能、低耗水与高产值”三低一高
            pieces = [p for p in _pieces(m.group(1), base + m.start(1), "[、，,与和及]") if p[1] > p[0]]
            if len(pieces) == count:
                return pieces
        m = re.search(r"(?:^|[。：:！？!?])([^。：:！？!?]{6,400}?)的[“‘]?$", head)
        if m and m.group(1).count("；") + m.group(1).count(";") == count - 1:
            pieces = _pieces(m.group(1), base + m.start(1), "[；;]")
            lead = comp[pieces[1][0]:pieces[1][0] + 2]      # 要厚植A；厚植B…的“五个优势”: the items'
            if all(comp.startswith(lead, a) for a, _ in pieces[1:]):    # common opening starts the first
                at = comp.rfind(lead, pieces[0][0], pieces[0][1])
                if at != -1:
                    return [(at, pieces[0][1])] + pieces[1:]
        m = re.search(r"([^。；：:！？“”，,、]{2,24}(?:、[^、，,。；：:！？“”]{1,16})+)[，,]“?$", head)
        if m:                                               # 打造集绿化、美丽庭院…坑塘治理,“六位一体”
            pieces = _pieces(m.group(1), base + m.start(1), "、")
            if len(pieces) == count:
                return pieces
        m = (re.search(r"“([^“”]{6,190})”等“?$", head)
             or re.search(r"(?:^|[。；：:！？])(?:以|围绕|通过|按照|坚持|开展|实施)?([^。；：:！？“”]{6,190})等“?$", head))
        if m:
            for sep in ("[，,；;]", "[、，,；;]"):
                pieces = [p for p in _pieces(m.group(1), base + m.start(1), sep) if p[1] > p[0]]
                if len(pieces) == count:
                    return self._without_leading_verb(head, base, pieces)
        return self._listed_before(head, base, count)

    @classmethod
    def _listed_before(cls, head: str, base: int, count: int) -> list[tuple[int, int]]:
        """A、B、C（等|的）“五清村居”: exactly ``count`` items joined by 、 in the clause
        right before the formula."""
        m = re.search(r"([^。；;：:！？!?“”，,\n]{4,190}?)(?:等|的)?“?$", head)
        if not m:
            return []
        pieces = _pieces(m.group(1), base + m.start(1), "、")
        if len(pieces) != count or re.search("[‘’“”]", m.group(1)):
            return []                                       # (同时‘人人都参与、家园更美丽’的城市‘双清’: a quote's halves)
        if all(b - a == 1 for a, b in pieces[1:]) and pieces[0][1] - pieces[0][0] >= 1:
            a, b = pieces[0]                                # 做到户、卡、机三对照: one-character items
            return [(b - 1, b)] + pieces[1:]
        if any(b - a < 2 for a, b in pieces):
            return []
        return cls._without_leading_verb(head, base, pieces)

    @staticmethod
    def _without_leading_verb(head: str, base: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The verb that opens a list is not part of its first item (打造|班子清廉、权力清源…), nor
        what comes before it (积极做好|乡村振兴、工业转型…, 要写好|融合发展…)."""
        (a, b), rest = pieces[0], pieces[1:]
        first = head[a - base:b - base]
        m = LEADING_VERB_AT.search(first, 0, 6)
        if m and len(first) - m.end() >= 2:
            a += m.end()
        return [(a, b)] + rest

    @staticmethod
    def _items_as_heads(norm: str, start: int, form: str, window: int = 4000) -> list[tuple[int, int]]:
        """Items printed as the headings that follow the formula (raw offsets): crossheads
        led by ◆/■/●/▲/★ or a list numeral (一、 （一） 1.), or quoted paragraph openers
        (“入脑+入心”。…).  Accepted only when they add up to the formula: a multi-part
        formula (四聚四抓一拓展) needs, for every part, as many headings holding its lead
        (聚, 抓, 拓展) as its numeral says; a one-part formula (三个+, 八大行动) needs
        exactly N headings of one kind, each holding the last character of its
        content (+, 动), so that 三警融合 does not take the three “X+Y” openers."""
        parts = [(numbers(m.group(1))[0], m.group(2)) for m in
                 re.finditer(rf"({NUM_RE.pattern})个?([^{NUM_CHARS}0-9]+)", form) if numbers(m.group(1))]
        if not parts or (len(parts) == 1 and parts[0][0] < 2):
            return []
        line_start = norm.rfind("\n", 0, start) + 1
        nxt = norm.find("\n", start)
        if nxt == -1:
            return []
        heads: dict[str, list[tuple[int, int]]] = {}
        pos = nxt + 1
        for line in norm[nxt + 1: line_start + window].split("\n"):
            a, pos = pos, pos + len(line) + 1
            stripped = line.strip()
            if not stripped:
                continue
            lead = len(line) - len(line.lstrip())
            m = HEAD_LINE.match(stripped)
            if m and len(stripped) <= 30:
                heads.setdefault("mark", []).append((a + lead + m.start("h"), a + lead + m.end("h")))
                continue
            m = QUOTED_OPENER.match(stripped)
            if m:
                heads.setdefault("quote", []).append((a + lead + m.start("h"), a + lead + m.end("h")))
                continue
            m = RUN_IN.match(stripped)
            if m:
                heads.setdefault("run-in", []).append((a + lead + m.start("h"), a + lead + m.end("h")))
        # a paragraph's run-in opener counts only when it opens with a part's lead (抓经济，… for 四个抓)
        heads["run-in"] = [h for h in heads.get("run-in", []) if any(norm.startswith(ld, h[0]) for _, ld in parts)]
        for kind in ("mark", "quote", "run-in"):
            found = heads.get(kind, [])
            if len(parts) > 1:
                chosen = [h for h in found if any(ld in norm[h[0]:h[1]] for _, ld in parts)]
                if chosen and all(sum(ld in norm[a:b] for a, b in chosen) == n for n, ld in parts):
                    return chosen
            else:
                n, content = parts[0]
                tail = content.strip("“”\"")[-1:]
                if len(found) == n and tail and all(tail in norm[a:b] for a, b in found):
                    return found
        return []

    @staticmethod
    def _items_by_character(comp: str, st: int, en: int, form: str, count: int | None,
                            reach: int = 300) -> list[tuple[int, int]]:
        """A numeral and one character (三治, 三线) stand for a list, near the formula, of exactly
        that many items that all end in that character: 自治、法治、德治 for 三治,
        崇赵线-黄石线-黄三线 for 三线; or, printed before it, that all open with it (三提)."""
        m = re.match(rf"{NUM_RE.pattern}([\u4e00-\u9fff])", form.strip("“”\"「」"))     # 三治(融合)
        if not m or len(numbers(form)) != 1 or not count or not 2 <= count <= 9:
            return []
        ch = re.escape(m.group(1))
        lo = max(0, st - reach)
        text = comp[lo:en + reach]
        if text.count(m.group(1)) < count:
            return []               # every item holds the character: too few of it, no list (and no pattern to compile)
        for lst in _list_pattern(ch, count, "ending").finditer(text):
            pieces = [(lo + lst.start() + p.start(), lo + lst.start() + p.end())
                      for p in re.finditer(r"[^、\-—和与及]+", lst.group())]
            if len(pieces) != count or lo + lst.start() <= st < lo + lst.end():
                continue
            width = pieces[1][1] - pieces[1][0]             # the first item as long as the second (尤其是|自治)
            if all(b - a == width for a, b in pieces[1:]) and pieces[0][1] - pieces[0][0] > width:
                pieces[0] = (pieces[0][1] - width, pieces[0][1])
            return pieces
        # or items that all open with it, a clause's list (提出|提昇服務質量、提高入住價格、提供所需備品。這『三提』)
        for lst in _list_pattern(ch, count, "opening").finditer(text):
            pieces = [(lo + lst.start() + p.start(), lo + lst.start() + p.end()) for p in re.finditer(r"[^、]+", lst.group())]
            if lo + lst.end() <= st:
                a, b = pieces[0]
                pieces[0] = (comp.rfind(m.group(1), a, b - 1), b)      # (提出|提昇服務質量: the verb before it)
                return pieces
        return []

    @staticmethod
    def _defined_items(comp: str, end: int, count: int | None) -> list[tuple[int, int]]:
        """Items the sentence defines the formula as, the last joined by 和 (‘两带一中心’是A、B和C。)."""
        m = DEFINED_AS.match(comp, end, end + 160)
        if not m or not count or count < 2:
            return []
        parts = m.group(1).split("、")
        last = re.split("以及|和|及|与", parts[-1])
        if len(last) == 2 and len(parts) + 1 == count:
            parts[-1:] = last
        if len(parts) != count or not all(2 <= len(p) <= 20 for p in parts):
            return []
        items, pos = [], m.start(1)
        for p in parts:
            at = comp.find(p, pos)
            items.append((at, at + len(p)))
            pos = at + len(p)
        return items

    @staticmethod
    def _ordinal_items(comp: str, end: int, count: int | None) -> list[tuple[int, int]]:
        """Items each opened by its ordinal after the formula (“三个升级”靶向发力:一是升级资源对接机制,…;二是…;
        三是…): the words from 一是 to the clause's first comma, exactly ``count`` of them."""
        if not count or not 2 <= count <= 10:
            return []
        first = ORDINAL_OPENERS[0]
        at = comp.find(first, end, end + 40)
        if at == -1 or "。" in comp[end:at]:
            return []
        items, pos = [], at
        for k in range(count):
            at = comp.find(ORDINAL_OPENERS[k], pos, pos + 300)
            if at == -1:
                return []
            m = ORDINAL_ITEM.match(comp, at + 2)
            if not m:
                return []
            items.append((m.start(), m.end()))
            pos = m.end()
        if comp.find(ORDINAL_OPENERS[count], pos, pos + 300) != -1:
            return []                   # a fourth for 三个升级: another list
        return items

    def _items(self, comp: str, end: int, count: int | None, label: str) -> list[tuple[int, int]]:
        window = comp[end: end + 160]
        segment, offset = None, 0
        m = re.match(r"[”’\"」』]?[（(]([^）)]{2,120})[）)]", window)
        if m:
            segment, offset = m.group(1), m.start(1)
        else:
            m = re.match(r"[”’\"」』]?[^。；]{0,6}?(?:即|：|:)[“]?([^。；”]{2,150})", window)
            if m:
                segment, offset = m.group(1), m.start(1)
            else:
                m = re.search(r"(?:围绕|包括|即|分别是|重点|以)[^。“]{0,10}“([^”]{4,150})”", window)
                if m:
                    segment, offset = m.group(1), m.start(1)
                else:                                       # 「3不」包括A，B，C；
                    m = re.match(r"[”’\"」』]?[^。；;，,]{0,4}?(?:包括|分别是|分别为|是指)[:：]?([^。；;]{4,150})", window)
                    if m:
                        segment, offset = m.group(1), m.start(1)
        if segment is None:
            return []
        quoted = list(QUOTED_ITEM.finditer(segment))
        if len(quoted) >= 2 and not LIST_SEP.search(segment) and "".join(q.group() for q in quoted) == \
                segment[quoted[0].start():]:                # 即“三个中心”“三类机构”“三支队伍”: no separators
            items = _quoted_items(segment, end + offset)
            return items if count is None or len(items) == count else []
        first = re.split(r"[，,；;]", segment)[0]
        if count and first.count("、") + 1 == count and count >= 2:
            segment = first                                 # 即A、B…F,向每名学员…: the list, then the sentence goes on
        items, pos = [], 0
        for piece in LIST_SEP.split(segment):
            st = pos
            pos += len(piece) + 1
            piece_clean = re.sub(r"等$", "", piece).strip("“”\" ")
            if piece_clean[-1:] in "）)" and sum(piece_clean.count(c) for c in "（(") < sum(piece_clean.count(c) for c in "）)"):
                piece_clean = piece_clean[:-1].rstrip()     # (…一系列长效机制|): the bracket closing the list, not 微信(微博)
            if not piece_clean:
                continue
            lead = piece.find(piece_clean)
            items.append((end + offset + st + lead, end + offset + st + lead + len(piece_clean)))
        if len(items) < 2:
            return []
        if count is not None and len(items) != count:
            return []
        return items

    @classmethod
    def _tidy(cls, comp: str, items: list[tuple[int, int]], form: str = "") -> list[tuple[int, int]]:
        """Items as long as their names: a quantity ends an item (西贡粉蕉|1500亩); the first item
        loses the words that open the list (即, 以推行) and, when it runs far longer than every
        other item, the clause before it (拉开我省今冬明春|文化, 串联|菩提圣树)."""
        out = []
        for a, b in items:
            q = QUANTITY.search(comp, a, b)
            if q and q.start() - a >= 2:
                b = q.start()
            out.append((a, b))
        if len(out) < 2:
            return out
        tail = os.path.commonprefix([comp[x:y][::-1] for x, y in out])[::-1]
        kind = re.sub(rf"^[{NUM_CHARS}0-9]+[个大项条]?", "", form.strip("“”\"")) if form else ""
        cut = tail.rfind(kind) + len(kind) if kind and kind in tail else len(tail)
        if kind and len(tail) - cut >= 2:                   # 建管统筹度|不断提升 for 三个度: what every item says after
            out = [(x, y - (len(tail) - cut)) for x, y in out]      # the formula's own word is no part of them
        a, b = out[0]
        for w in LIST_OPENERS:
            if comp.startswith(w, a) and b - a - len(w) >= 2:
                a += len(w)
                break
        if comp[a - 1:a] in "”」\"" and comp.startswith(("以及", "和", "及", "与"), a):
            a += 2 if comp.startswith("以及", a) else 1      # “五张名片”和|区位优势: the next list
        m = MODAL_VERB.search(comp, a, b)
        if m and b - m.end() >= 2:
            a = m.end()                                     # 报道将突出|珠江源头: the clause before
        if len({comp[x] for x, _ in out}) > 1:             # (not 提升服务质量、提高…、提供…: a shared opening)
            a = cls._without_leading_verb(comp, 0, [(a, b)])[0][0]
        if comp[a] == "集" and b - a >= 3 and not comp.startswith(("集中", "集体", "集团", "集聚", "集约", "集成", "集市"), a):
            a += 1                                          # 打造集|绿化、…于一体: gathering, not the item
        longest = max(y - x for x, y in out[1:])
        if len(out) >= 3 and b - a >= longest + 2 and b - a >= 1.4 * longest:
            a = b - longest
        return [(a, b)] + out[1:]

    def _items_near(self, comp: str, norm: str, index: list[int], st: int, en: int, form: str, label: str,
                    orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Raw offsets of the items spelled out around one mention: after it, before it, or
        as the headings that follow it."""
        nums = numbers(form)
        # a parallel formula counts all its parts (三低一高: four items), others their first numeral
        count = (sum(nums) if label == "PARALLEL" and not form.endswith(("位一体", "合一")) else nums[0]) if nums else None
        # (六位一体, 五合一: the first numeral counts the parts made one)
        found = self._tidy(comp, self._items(comp, en, count, label) or self._defined_items(comp, en, count)
                           or self._ordinal_items(comp, en, count) or self._items_before(comp, st, count)
                           or self._items_by_character(comp, st, en, form, count), form)
        items = [(index[a], index[b - 1] + 1) for a, b in found]
        if items and all(any(a <= x and y <= b for a, b in orgs) for x, y in items):
            items = []          # 沈河区委社会工作部、区委“两新”工委: bodies listed, not the formula's items
        if any(BLANK_LINE.search(norm, x, y) for x, y in items):
            items = []          # 三农服务⏎…⏎⏎为了…党委、政府…: an item runs over a paragraph, no list of parts
        return items or self._items_as_heads(norm, index[st], form)

    # ------------------------------------------------------------ pipeline
    def __call__(self, doc: Doc) -> Doc:
        norm = doc._.norm_text or doc.text
        comp, index = compact_view(norm)
        raw = doc.text                                  # (Doc.text joins the tokens: once per page)
        gaps = {k for k in range(1, len(index)) if index[k] - index[k - 1] > 1      # (not a pinyin gloss)
                and raw[index[k - 1] + 1:index[k]].isspace() and "\n" not in norm[index[k - 1] + 1:index[k]]}
        if self.mode == "candidates":
            doc.spans["slogan_candidates"] = [
                sp for st, en, label in self.find(comp, gaps, candidates=True)
                if (sp := doc.char_span(index[st], index[en - 1] + 1, label=label, alignment_mode="expand"))]
            return doc
        if self.mode == "annotate":
            pos = {raw: k for k, raw in enumerate(index)}
            given = [(pos[s.start_char], pos[s.end_char - 1] + 1, s.label_)
                     for s in doc.spans.get(self.spans_key, []) if s.start_char in pos and s.end_char - 1 in pos]
        else:
            given = self.find(comp, gaps)
        if self.mode != "annotate":         # 四川|观察, 三明|市: a place's name opened by a numeral
            places = {e.start_char for e in doc.ents if e.label_ == "ADMIN" and e.end_char - e.start_char >= 2
                      and norm[e.start_char + 1] not in "区县市镇乡村省"}      # (not “一区、三园”: a formula's part)
            given = [g for g in given if index[g[0]] not in places]
        spans, done = [], set()
        orgs = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
        mentions: dict[str, list[tuple[int, int]]] = {}
        for st, en, _ in sorted(given):
            mentions.setdefault(comp[st:en], []).append((st, en))
        for st, en, label in sorted(given):
            sp = doc.char_span(index[st], index[en - 1] + 1, label=label, alignment_mode="expand")
            if sp is None:
                continue
            form = comp[st:en]
            sp._.numbers = numbers(form)
            sp._.template = template(form, label)
            items = []
            if form not in done:        # the first mention carries the items the page spells out near any
                done.add(form)          # mention (三治 in the headline, 自治、法治、德治 further down)
                for a, b in mentions[form]:
                    items = self._items_near(comp, norm, index, a, b, form, label, orgs)
                    if items:
                        break
            sp._.items = items
            spans.append(sp)
        doc.spans[self.spans_key] = spans
        return doc

    def score(self, examples, **kwargs):
        from ..scoring import score_slogan_examples
        return score_slogan_examples(examples)


@Language.factory("slogan_finder", assigns=["doc.spans"],
                  default_config={"use_lexicon": True, "spans_key": "slogans", "mode": "rules"},
                  default_score_weights={"slogans_f": 1.0, "slogans_label_acc": 0.0})
def make_slogan_finder(nlp: Language, name: str, use_lexicon: bool, spans_key: str,
                       mode: str) -> SloganFinder:
    return SloganFinder(nlp, name, use_lexicon, spans_key, mode)
