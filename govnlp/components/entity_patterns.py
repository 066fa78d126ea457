"""``entity_patterns``: ORG and PERSON candidates from the genre's fixed shapes.

Organisation names in government news end in a closed set of heads (局, 委,
办, 中心, 支行, 巡察组 …) and start with a unit or a level prefix (县人社局,
区委第三巡察组); people appear after titles and roles (书记 周光辉, 记者 何振明),
before speech verbs (周光辉表示) or in credits.  These patterns write
``doc.spans["pattern_candidates"]`` (labels ``org``/``person``), which the NER
reads as a feature (:mod:`govnlp.ml`), exactly like the admin gazetteer:
candidates, never final answers.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from hanlp_trie import Trie
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..normalize import compact_view
from .bylines import BYLINE_TAG, BylineTagger, looks_like_name, parse_credits, surnames

PATTERN_KEY = "pattern_candidates"
ORG_PREFIX = "省市县区镇乡村州盟旗"
MAX_INNER = 10
# verbs that sit between a place and an organisation but never inside a name
BLOCKERS = ("进驻", "整合", "开展", "召开", "组织", "联合", "走进", "深入", "推进", "举办", "来到", "前往", "参加", "成立",
            "印发", "发布", "要求", "指导", "督导", "协调", "配合", "携手", "通过", "依托", "按照", "牵头")
STOP = set("的了在和与及、，。；：！？“”‘’（）()《》 在对为向把被从由将是有")
NOT_NAMES = {"干部", "群众", "同志", "高兴", "领导", "文明", "公约", "解决", "强化", "和广", "党员", "代表",
             "全体", "全县", "全市", "全区", "社区", "村民", "居民", "老人", "时间", "工作", "活动", "服务"}
TITLES = ("书记", "副书记", "主任", "副主任", "局长", "副局长", "县长", "副县长", "市长", "副市长", "区长", "镇长", "乡长", "村长",
          "主席", "部长", "厅长", "处长", "科长", "站长", "所长", "院长", "校长", "经理", "董事长", "记者", "通讯员", "村民",
          "居民", "老人", "志愿者", "负责人", "网格员", "队长", "组长", "委员", "专家", "教师", "老师", "医生", "民警", "法官",
          "检察官", "总统", "副总统", "议员", "议长", "里长", "总经理", "理事长", "会长", "秘书长", "委员长", "馆长", "园长", "署长")
SPEECH = ("表示", "说", "介绍", "告诉", "指出", "强调", "认为", "同志")
AFTER_NAME = ("在", "到", "等", "带领", "一行", "主持", "参加", "出席", "带队", "调研", "讲话", "来到", "深入", "走访",
              "慰问", "前往", "看望", "陪同", "率队", "率领", "主讲", "宣讲", "和", "与", "及",
              "今天", "今日", "日前", "近日", "昨天", "也", "则", "亲自", "特别")
BOUNDARY = r"(?=[，。、：；！？“”（）()\s]|$|" + "|".join(SPEECH + AFTER_NAME) + ")"
_TITLE_NAME = re.compile(rf"(?:{'|'.join(sorted(TITLES, key=len, reverse=True))})[:：]?([\u4e00-\u9fff]{{2,3}}){BOUNDARY}")
_NAME_SPEECH = re.compile(rf"([\u4e00-\u9fff]{{2,3}})(?=(?:{'|'.join(SPEECH)}))")
_ANON = re.compile(r"[\u4e00-\u9fff]某(?:某)?")


@lru_cache(maxsize=1)
def org_names() -> Trie:
    text = resources.files("govnlp.data").joinpath("org_names.txt").read_text(encoding="utf-8")
    return Trie({w: True for line in text.splitlines() if not line.startswith("#") for w in line.split()})


@lru_cache(maxsize=1)
def org_heads() -> Trie:
    text = resources.files("govnlp.data").joinpath("org_heads.txt").read_text(encoding="utf-8")
    words = {w: True for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return Trie(words)


def org_candidates(comp: str, admin: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Organisation names, in compact positions.

    A head (局, 中心, 支队 …) is reached from the left by a level prefix (县/市/区…) or
    a unit name, through at most ``MAX_INNER`` characters with no function word,
    verb or other head between (市|消防救援|支队); a prefix right before the head wins
    (青县整合|县委); farther, a prefix counts only where a name can begin (after
    punctuation, a unit or another organisation).  A unit chain extends the start
    (甘肃省|嘉峪关市|文明办) and adjacent heads extend the end (区委|第三巡察组,
    县人社局|仲裁院, 中国农业银行|阜新蒙古族自治县|支行).  Known names of central
    organs and media (data/org_names.txt) are candidates as they stand.
    """
    admin = admin or []
    ends = {b: a for a, b in admin}
    unit_at = {a: b for a, b in admin}
    heads = org_heads()
    by_start = {st: en for st, en, _ in heads.parse_longest(comp)
                if not comp.startswith("员", en)}          # 委员, 党委委员: titles, not organs
    head_ends = set(by_start.values())
    out = [(st, en) for st, en, _ in org_names().parse_longest(comp)]
    for st, en in by_start.items():
        start = None
        nearest = None
        k = st
        while k > 0 and st - k <= MAX_INNER:
            if k in ends:                                   # a unit name ends here
                start = ends[k]
                break
            if k != st and k in head_ends:                  # another organisation ends here
                break
            ch = comp[k - 1]
            if ch in ORG_PREFIX:
                if nearest is None:
                    nearest = k - 1
                    if k == st:                             # 县委, 县人社局: prefix touches the head
                        start = nearest
                        break
                before = comp[k - 2] if k >= 2 else ""
                if not before or not _han(before) or before in STOP or (k - 1) in ends \
                        or (k - 1) in head_ends or before == "团":
                    start = k - 1
                    break
            if (ch in STOP and (k - 1) not in ends) or not _han(ch) \
                    or any(comp.startswith(b, k - len(b)) for b in BLOCKERS):
                break                                       # (台南市|和顺国小: 和 right after a unit is a name)
            k -= 1
        if start is None:
            start = nearest
        if start is None and en - st >= 3 and comp[en - 1] in "局委" and (
                st == 0 or not _han(comp[st - 1]) or comp[st - 1] in STOP):
            start = st                                      # 社會局, 發改委: a bare department (decision 13)
        if start is None:
            continue
        if comp[start - 1: start] == "团" and comp[start] in ORG_PREFIX:
            start -= 1                                      # 团县委
        while start in ends:                                # 甘肃省嘉峪关市文明办
            start = ends[start]
        end = en
        while True:
            if end in by_start:                             # 县委|党校, 县人社局|社会保险中心
                end = by_start[end]
                continue
            m = re.match(r"第[一二三四五六七八九十]+", comp[end:end + 4])
            if m and end + len(m.group()) in by_start:      # 区委|第三巡察组
                end = by_start[end + len(m.group())]
                continue
            if end in unit_at and unit_at[end] in by_start:  # 中国农业银行|阜新…县|支行
                end = by_start[unit_at[end]]
                continue
            break
        out.append((start, end))
    return longest_first(out)


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
    """The national leaders of ``data/leaders.txt`` (three-character names) as one pattern."""
    text = resources.files("govnlp.data").joinpath("leaders.txt").read_text(encoding="utf-8")
    names = sorted({w for line in text.splitlines() if not line.startswith("#")
                    for w in line.split() if len(w) == 3})
    return re.compile("|".join(names))


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


ADDRESS_TAILS = ("阿姨", "大爷", "大妈", "师傅", "女士", "先生", "老师", "奶奶", "爷爷", "大姐", "大哥", "婆婆",
                 "书记", "主任", "老人", "同学")


def _name_ok(n: str, following: str) -> bool:
    """A 2-3 character name, not a common word, not a surname with an address word."""
    return (looks_like_name(n) and n not in NOT_NAMES and n[:2] not in NOT_NAMES
            and not (n[1:] + following).startswith(ADDRESS_TAILS) and not (n + following).startswith(ADDRESS_TAILS)
            and not n.endswith(("摄", "地", "组")))


def person_candidates(comp: str) -> list[tuple[int, int]]:
    out = []
    single, _ = surnames()
    for m in _TITLE_NAME.finditer(comp):
        name = m.group(1)
        for n in (name, name[:2]):
            if _name_ok(n, comp[m.start(1) + len(n):m.start(1) + len(n) + 2]):
                out.append((m.start(1), m.start(1) + len(n)))
                break
    for m in _NAME_SPEECH.finditer(comp):
        name = m.group(1)
        for n in (name, name[1:]):
            if _name_ok(n, ""):
                st = m.end(1) - len(n)
                out.append((st, m.end(1)))
                break
    for m in _ANON.finditer(comp):
        if m.group()[0] in single:
            out.append((m.start(), m.end()))
    out.extend(m.span() for m in leader_names().finditer(comp))
    return longest_first(out)


def byline_names(norm: str) -> list[tuple[int, int]]:
    """Raw offsets of the names credited in bylines and photo credits (记者 何振明, 安 珊)."""
    out = []
    for st, en, label, source in BylineTagger.find(norm):
        content = norm[st:en]
        skip = 0
        if source:
            m = BYLINE_TAG.match(content)
            skip = m.end("src") if m else 0
        pos = st + skip
        for _, name in parse_credits(content[skip:]):
            if not looks_like_name(name):
                continue
            pat = re.compile(r"[ \u3000\n]*".join(re.escape(c) for c in name if not c.isspace()))
            m = pat.search(norm, pos, en)
            if m:
                out.append((m.start(), m.end()))
                pos = m.end()
    return out


class EntityPatterns:
    def __init__(self, nlp: Language, name: str = "entity_patterns"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        norm = doc._.norm_text or doc.text
        comp, index = compact_view(norm)
        # admin units found by the gazetteer, as (start, end) in compact positions
        pos = {raw: k for k, raw in enumerate(index)}
        admin = []
        for sp in doc.spans.get("admin_candidates", []):
            a, b = pos.get(sp.start_char), pos.get(sp.end_char - 1)
            if a is not None and b is not None and sp.label_ != "short?":
                admin.append((a, b + 1))
        orgs = org_candidates(comp, admin)
        # credited names first: the byline parser knows where a name ends (刘斐 before 摄)
        first = [(a, b, "person") for a, b in byline_names(norm)]
        raw = [(index[a], index[b - 1] + 1, "org") for a, b in orgs]
        raw += [(index[a], index[b - 1] + 1, "person") for a, b in person_candidates(comp)]
        spans, taken = [], []
        for st, en, label in first + sorted(raw, key=lambda x: (x[0], -(x[1] - x[0]))):
            if any(st < b and a < en for a, b in taken):
                continue
            sp = doc.char_span(st, en, label=label, alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
                taken.append((st, en))
        doc.spans[PATTERN_KEY] = spans
        return doc


@Language.factory("entity_patterns", assigns=["doc.spans"], default_config={})
def make_entity_patterns(nlp: Language, name: str) -> EntityPatterns:
    return EntityPatterns(nlp, name)
