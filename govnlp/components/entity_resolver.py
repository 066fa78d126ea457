"""``entity_resolver``: the final ``doc.ents`` from the NER and the candidate layers.

Five gold pages cannot teach a model everything a list or a fixed shape
already knows, and a list cannot see names it lacks.  This component merges
them under one of the measured policies (``crossval --variants all`` reports
each; the default is the best one measured: candidates first for every label,
the NER adding the people they miss):

``ner``               the NER's entities only
``candidates``        no NER: confirmed gazetteer hits → ADMIN, patterns → ORG/PERSON
``ner_first``         NER entities, plus candidates where the NER found nothing
``candidates_first``  candidates of the ``prefer`` labels win overlaps, NER fills the rest

``ner_labels`` limits which NER labels are used at all.  Whatever the mode,
people listed with 、 next to a person found are added (:func:`extend_name_lists`),
a person a pattern found is found again wherever the page repeats the name
(:func:`repeated_names`), and a surname with a title or an address word is no
person (:func:`plausible`).

Entities never start or end on whitespace (layout spaces are trimmed).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..gazetteer import admin_table
from ..ml import GAZ_KEY
from ..names import (COMPOUND_SURNAMES, FUNCTION_AFTER_NAME, NAME_RUN_ON, NOT_NAMES, OFFICE_TITLES, ends_name, follows_name,
                     opens_next_word, runs_to_word, transliterated)
from ..normalize import layout_spans, literal_mentions
from ..occupancy import Occupancy
from ..words import opens_word, two_char_words
from .bylines import looks_like_name, surnames
from .entity_patterns import ACTIONS, AFTER_NAME, GENERIC_BEFORE, PATTERN_KEY

CANDIDATE_LABELS = {"full": "ADMIN", "short": "ADMIN", "zone": "ADMIN", "village": "ADMIN", "org": "ORG", "person": "PERSON"}
MODES = ("ner", "candidates", "ner_first", "candidates_first")


# what opens a labelled field: a short label and its colon (美編:, 監審:)
LABEL_AHEAD = re.compile(r"[\u4e00-\u9fff]{1,3}[:：]")

# a list or a possessive closes a name, never ends it (何刚等, 赵博的)
NAME_TAILS = ("等", "的")


def trim(span: Span) -> Span | None:
    """The span without whitespace tokens at its edges (None if nothing is left), and a
    PERSON without a trailing 等 or 的."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if span.label_ == "PERSON" and end - start >= 3 and doc[end - 1].text in NAME_TAILS:
        end -= 1
    if span.label_ == "PERSON":         # 陳明金 金蓮花|榮譽勳章: a layout gap after a whole name ends it
        gap = next((k for k in range(start + 1, end - 2) if doc[k].whitespace_ or doc[k + 1].is_space), None)
        if gap is not None and doc[start:gap + 1].text.isalpha() and doc[gap + 1:end].text.strip().isalpha() \
                and len(doc[gap + 1:end].text.strip()) >= 2:
            end = gap + 1
        gap = next((k for k in range(start + 1, end - 1) if doc[k].whitespace_ or doc[k + 1].is_space), None)
        after = next((t.idx for t in doc[gap + 1:end] if not t.is_space), None) if gap is not None else None
        if after is not None and len(doc[start:gap + 1].text) >= 2 and LABEL_AHEAD.match(doc._.norm_text or doc.text, after):
            end = gap + 1               # 責編:趙偉 美|編: the characters after the gap open the next label
    if start == end:
        return None
    return Span(doc, start, end, label=span.label_)


ADDRESS_WORDS = ("阿姨", "大爷", "大妈", "师傅", "女士", "先生", "老师", "奶奶", "爷爷", "大姐", "大哥", "同志", "皇帝", "孝子")
# a surname and a title is no name (李县长, 有关领导: §2)
TITLE_WORDS = OFFICE_TITLES + ("负责", "楼栋长", "楼长", "栋长", "网格长")
# what ends the name of a body, never a person's (镇党委|和政府)
BODY_WORDS = ("政府", "党委", "人大", "政协", "省委", "市委", "县委", "区委", "州委", "大会")     # (向|大会: a preposition and a body)
# what is named after a person or a flower, not the person (金蓮花榮譽勳章)
NAMED_AFTER = ("荣誉勋章", "勋章", "奖章")
# where a person stands in a photo (右九, 左二)
POSITION = re.compile(r"[左右前后中][一二三四五六七八九十]+")
# verbs written before a place or a body, opening no name (关注河南热线, 来到…)
VERBS_NO_NAME_OPENS = ("关注", "关心", "关于", "来到", "来自")
# the last characters of hamlets' names (王家畈, 毛家湾), after the village they belong to
HAMLET_ENDS = "湾畈坳垴洼屯寨垸"
# provinces' one-character names: with a direction they name a region (蒙东, 苏北, 豫西), not a person
PROVINCE_SHORTS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘陇青宁新港澳台"
# a surname that is also a measure word, after a numeral: 几十张木凳, 三张桌子
MEASURE_SURNAMES = "张条把"
NUMERALS = "一二两三四五六七八九十百千万几数余多0123456789"      # (百余|张传单: a count's 余 or 多)


def whole_compound_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person of two or three characters whose first character ends a two-character
    surname written just before it gets the surname whole (县委书记令|狐绍辉 → 令狐绍辉), and
    the name the page writes elsewhere with one more character (令狐绍|辉指出)."""
    view = doc._.norm_text or doc.text
    out = []
    for e in ents:
        st = e.start_char
        if e.label_ == "PERSON" and e.start > 0 and 2 <= len(e) <= 3 and view[st - 1:st + 1] in COMPOUND_SURNAMES \
                and doc[e.start - 1].idx == st - 1 and view[st - 2:st] not in TITLE_WORDS:    # (not 副县长|孙大海)
            e = Span(doc, e.start - 1, e.end, label="PERSON")
        elif e.label_ == "PERSON" and e.start > 1 and len(e) == 2 and view[st - 2:st] in COMPOUND_SURNAMES \
                and doc[e.start - 2].idx == st - 2:
            e = Span(doc, e.start - 2, e.end, label="PERSON")          # 沈世山|上官|国明
        out.append(e)
    whole = {view[e.start_char:e.end_char] for e in out if e.label_ == "PERSON" and len(e) == 4
             and view[e.start_char:e.start_char + 2] in COMPOUND_SURNAMES}
    return [Span(doc, e.start, e.end + 1, label="PERSON")
            if e.label_ == "PERSON" and len(e) == 3 and e.end < len(doc)
            and view[e.start_char:e.end_char] + doc[e.end].text in whole else e for e in out]


# a document's number: its issuer's code, the year, the serial (来苏委发〔2021〕68号, 渝府办发[2020]3号)
DOCUMENT_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}[〔\[［]\s*[12]\d{3}\s*[〕\]］]\s*\d{1,4}\s*号")


def outside_document_numbers(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities not inside a document number: 来苏委 in 来苏委发〔2021〕68号 is an
    issuer's code, not a mention of the committee."""
    view = doc._.norm_text or doc.text
    numbers = [m.span() for m in DOCUMENT_NUMBER.finditer(view)]
    return [e for e in ents if not any(a <= e.start_char and e.end_char <= b for a, b in numbers)]


# what a list of things closes with: 中康、宏博、锡林、阿尔哈达|等矿山企业 (no people)
THINGS_AFTER_LIST = re.compile(r"等(?:[0-9一二三四五六七八九十两]+[个家处座所])?[\u4e00-\u9fff]{0,3}?"
                               r"(?:企业|公司|单位|矿|厂|部门|机构|学校|医院|景区|景点|项目|基地|园区|合作社|品牌|产品|城市|"
                               r"地区|国家|省份|乡镇|村|社区|街道|地)(?![家人主员者民长区])")    # (not 等企业家, 等村民)
LIST_ITEM = re.compile(r"、[\u4e00-\u9fff]{1,8}?(?=、|等)")


# words for crowds that follow a surname character (向|民众, 与|群众): no name
CROWDS = ("民众", "群众", "大家", "市民", "村民", "居民", "游客", "师生", "社会")


def named_like(span: Span) -> bool:
    """Whether the NER's person has three characters or more, or opens with a surname (one
    of ``data/surnames.txt``): its two-character guesses that do not are words (旺丁|旺财,
    寒风逼人, 珍|珠镶|嵌), while longer ones are mostly names with a rare surname (松学宝).
    A unit's name the gazetteer holds (马鞍山) is no name either (a crowd, 向民眾, is left to
    ``plausible``, which every guess also passes)."""
    view = span.doc._.norm_text or span.doc.text
    name = "".join(view[span.start_char:span.end_char].split())
    if not re.match(r"[\u4e00-\u9fff]", name):
        return True
    table = admin_table()
    if len(name) >= 3 and (name in table.by_short or name in table.by_name):
        return False
    single, _ = surnames()
    return len(name) != 2 or name[0] in single


def listed_with_things(span: Span) -> bool:
    """Whether the NER's person is an item of a list that closes with things, not people
    (锡林|、阿尔哈达等矿山企业): a name the list's own noun denies."""
    view = span.doc._.norm_text or span.doc.text
    i = span.end_char
    while (m := LIST_ITEM.match(view, i)):
        i = m.end()
    return bool(THINGS_AFTER_LIST.match(view, i))


def plausible(span: Span) -> bool:
    """A PERSON needs two characters and is not an address word (阿姨, 李阿姨, 老X: §2), a
    title word (有关领导, 负责), a measure word after a numeral (几十张木凳), a place before
    its level (彭集|街道), a crowd (向民眾) or a region (蒙东)."""
    if span.label_ != "PERSON":
        return True
    view = span.doc._.norm_text or span.doc.text    # (Doc.text costs a pass over the page)
    norm = "".join(view[span.start_char:span.end_char].split())
    before = view[max(0, span.start_char - 1):span.start_char]
    after = view[span.end_char:span.end_char + 1]
    if re.fullmatch(r"[A-Za-z .'-]+", norm):
        # a Latin name is capitalised and whole, not a piece of a word (Ing|ay, Mol|ly)
        return (norm[0].isupper() and len(norm) >= 3 and not (before.isascii() and before.isalpha())
                and not (after.isascii() and after.isalpha()))
    after2 = view[span.end_char:span.end_char + 2]
    if not re.fullmatch(r"[\u4e00-\u9fff\u3400-\u4dbf·・]+|[\u4e00-\u9fff][○〇Ｏ]{1,2}", norm) or "与会" in norm:   # (陳○○: a name withheld)
        return False                                # >> 先, 和与会: debris and a list joint, no name
    return (len(norm) >= 2 and not norm.endswith(ADDRESS_WORDS + TITLE_WORDS + BODY_WORDS) and norm[-1] not in "市县省州镇乡副了给把被·・网办"
            and not (norm[0] in "和与及" and "\u4e00" <= before <= "\u9fff")     # 联合会|和国外: a list's joint
            and not POSITION.fullmatch(norm)                                      # 洪資成(右九)
            and norm not in NOT_NAMES and not norm.startswith(VERBS_NO_NAME_OPENS)      # 关注河|南热线
            and not (norm[-1] in HAMLET_ENDS and (norm[1:2] == "家" or before == "村"))   # 龙泉村|王家畈, 公平村|金陈湾
            and not (norm[1:] + after2).startswith(ADDRESS_WORDS)              # 李阿|姨
            and norm[1:3] not in ("各位", "诸位", "全体")                       # 永宁县|和各位代表
            and not (after and after in "镇乡村县市区省" and after2[1:2] not in "长议委代")
            and after2 not in ("街道", "社区", "两地", "两市", "两县", "两区")          # 彭集|街道, 徐宝|两地: two places
            and not view.startswith(NAMED_AFTER, span.end_char)                 # 金蓮花|榮譽勳章
            and not (len(norm) == 2 and norm[0] in "老小")                      # 老寶|貝, 小李: an address, no name
            and norm[1:2] != "氏"                                               # 吴氏|宗祠: a clan, no name
            and not view.startswith("主义", span.end_char)                        # 马克思|主义: a doctrine
            and norm[-1] not in "宫庙寺祠庵"                                     # 四湖鄉|海清宮: a temple, no name
            and norm[:2] not in DOUBLED_WORDS                                   # 谢谢合|作: a doubled word
            and min(len(part) for part in re.split("[·・]", norm)) >= 2        # 第一公|里·路桥
            and norm[1:] not in CROWDS                                           # 向|民眾: a crowd
            and not (len(norm) == 2 and norm[0] in PROVINCE_SHORTS and norm[1] in "东西南北中")    # 蒙东, 苏北: a region
            # 王家陵|镇; not 李明|镇长, 謝財旺|市議員
            and not (norm[-1:] + after) in TITLE_WORDS                  # 李县|长
            and not (norm[0] in MEASURE_SURNAMES and before and before in NUMERALS)
            and not (len(norm) == 3 and before + norm[0] in two_char_words() and norm[1:] in two_char_words()
                     and not view.endswith(OFFICE_TITLES + TITLE_WORDS, 0, span.start_char)))   # 落叶|焚烧 (not 主任|何宏伟)


# doubled words that open with a surname (谢谢合作, 常常, 时时), unlike names (买买提, 康康 alone)
DOUBLED_WORDS = {c + c for c in "谢常时步年万方层处天人家户事"}

LIST_SEP = "、"
LIST_LAST = ("和", "及", "与")
ITEM_STOP = re.compile(r"[^\u4e00-\u9fff]|等|和|及|与|[两二三四五六七八九十]+[人位名个]|夫妇|夫妻")   # 蒋简|三人, 龚玉琼|夫妇


# what the last listed name runs into besides the verbs after names: 孙坤、田震|作学习发言, 徐清叟、徐荣叟|父子
LIST_RUN_ON = ("作", "列席", "父子", "母子", "父女", "母女", "兄弟", "姐妹", "兄妹", "姐弟")


def extend_name_lists(doc: Doc, ents: list[Span], guesses: list[Span] = ()) -> list[Span]:
    """People listed next to a known person (沈震東、陳怡珍、唐碧娥等多位議員) are people.

    A list item joined by 、 (or by 和/及/与 before the last item) to a PERSON, made
    of 2-4 Han characters that read as a name (a surname first), is added as PERSON;
    the new names extend the list in turn.  An item that reads as no name but is as
    short as one (候金助: a rare surname) passes the list on to the next item without
    being added, and an item the NER cut short (任|文泽) replaces the NER's guess."""
    norm = doc._.norm_text or doc.text
    cut = {(g.start_char, g.end_char) for g in guesses if g.label_ == "PERSON"}
    taken = Occupancy(len(norm), ((e.start_char, e.end_char) for e in ents if (e.start_char, e.end_char) not in cut))
    added, queue = [], [(e.start_char, e.end_char, False) for e in ents if e.label_ == "PERSON"]
    replaced: set[tuple[int, int]] = set()

    def inside_guesses(st: int, en: int) -> set[tuple[int, int]] | None:
        """The NER's guesses the item overlaps, None where one of them reaches past it."""
        over = {(a, b) for a, b in cut if a < en and st < b}
        return over if all(st <= a and b <= en for a, b in over) else None

    def accept(st: int, en: int, bridged: bool) -> None:
        item_end = en
        if en > st and not looks_like_name(norm[st:en], married=True):
            # the last item runs on into the clause: 张仲灿、|许明|参加调研, 特木尔、|阿木吉拉图|出席
            en = next((c for c in (st + 3, st + 2) if c < en and looks_like_name(norm[st:c], married=True)
                       and norm.startswith(AFTER_NAME + ACTIONS + LIST_RUN_ON, c)), None) or next(
                (c for c in range(min(en, st + 6), st + 2, -1) if transliterated(norm[st:c])
                 and (c == en or norm.startswith(AFTER_NAME, c))), st)
        over = inside_guesses(st, en) if en > st else None
        if en > st and (looks_like_name(norm[st:en], married=not over) or transliterated(norm[st:en])) and taken.free(st, en) \
                and over is not None and not norm[st:en].endswith(ADDRESS_WORDS + TITLE_WORDS):     # 陈某、张议长: no name
            taken.take(st, en)
            if (st, en) not in over:
                replaced.update(over)
                added.append((st, en))
            queue.append((st, en, False))
        elif not bridged and 2 <= item_end - st <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", norm[st:item_end]) \
                and taken.free(st, item_end) and norm[st:item_end] not in NOT_NAMES and norm.startswith(LIST_SEP, item_end):
            queue.append((st, item_end, True))              # 陳永恭、候金助、|田美惠: the list goes on

    while queue:
        a, b, bridged = queue.pop()
        # right: "A、B" or "A和B"
        for sep in (LIST_SEP,) + LIST_LAST:
            if norm.startswith(sep, b):
                m = ITEM_STOP.search(norm, b + len(sep))
                accept(b + len(sep), m.start() if m else len(norm), bridged)
                break
        # left: "B、A" (only 、: 和 after a name is rarely a list joint on the left)
        if a > 0 and norm[a - 1] == LIST_SEP and not bridged:
            st = a - 1
            while st > 0 and not ITEM_STOP.match(norm[st - 1]):
                st -= 1
            accept(st, a - 1, True)
    spans = [doc.char_span(st, en, label="PERSON") for st, en in added]
    kept = [e for e in ents if (e.start_char, e.end_char) not in replaced]
    return kept + [sp for sp in spans if sp is not None]


def repeated_names(doc: Doc, ents: list[Span], sure: list[Span], guesses: list[Span] = ()) -> list[Span]:
    """Every further mention of a person named on the page (岑浩辉致辞时指出…).

    Names that a pattern or a credit found (``sure``, not the NER's guesses, whose
    errors would spread) are looked for everywhere else on the page (in the normalised
    view, so both scripts and column breaks match).  A mention overlapping another
    entity is left alone, unless that entity is one of the NER's ``guesses`` (蔣萬 for
    蔣萬安): the name found by a pattern replaces it.  A two-character name is spread
    only where no character of a longer name can follow it (赵博的, 徐珑表示; not
    王伟 in 王伟中)."""
    norm = doc._.norm_text or doc.text
    names = {re.sub(r"\s", "", norm[e.start_char:e.end_char]) for e in sure}
    names = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
    if not names:
        return []
    guessed = {(g.start_char, g.end_char) for g in guesses}
    taken = Occupancy(len(norm), ((e.start_char, e.end_char) for e in ents
                                  if (e.start_char, e.end_char) not in guessed))
    out = []
    for st, en in layout_spans(norm, names):            # one pass for all the names
        if not taken.free(st, en) or (en - st == 2 and not _name_ends(norm, st, en)):
            continue
        sp = doc.char_span(st, en, label="PERSON")
        if sp is not None:
            out.append(sp)
            taken.take(st, en)
    return out


# what makes a repeated name the tail of a longer one (a level, a unit's or an organ's last
# character) or a kind (全|, 各|, 每|)
BODY_TAIL_BEFORE = GENERIC_BEFORE | set("街道国中委社级本该每")


def repeated_bodies(doc: Doc, ents: list[Span], candidates: list[Span]) -> list[Span]:
    """Every further mention of an organisation a pattern named on the page in three
    characters or more (懲教署今日…, 在懲教署「更生先鋒計劃」), where no other entity lies and
    no level or unit character right before it makes it the tail of a longer name."""
    norm = doc._.norm_text or doc.text
    kept = {(e.start, e.end) for e in ents}
    names = {re.sub(r"\s", "", norm[c.start_char:c.end_char]) for c in candidates
             if c.label_ == "ORG" and (c.start, c.end) in kept}
    # (not 区政协 in 全|区政协, 村党支部 in 纪|村党支部: a name opened by a level is any unit's)
    names = sorted((n for n in names if len(n) >= 3 and n[0] not in BODY_TAIL_BEFORE), key=len, reverse=True)
    if not names:
        return []
    taken = Occupancy(len(norm), ((e.start_char, e.end_char) for e in ents))
    out = []
    for st, en in layout_spans(norm, names):
        if not taken.free(st, en) or (st > 0 and norm[st - 1] in BODY_TAIL_BEFORE) or norm.startswith("门", en):
            continue                                    # (宣传部|门: a kind of body)
        sp = doc.char_span(st, en, label="ORG")
        if sp is not None:
            out.append(sp)
            taken.take(st, en)
    return out


# what may follow a two-character name: no character of a longer name
NAME_END = re.compile(r"[^\u4e00-\u9fff]|(?:" + "|".join(sorted(
    {"表示", "说", "介绍", "指出", "强调", "认为", "在", "和", "与", "等", "的", "也", "则", "就", "还", "都", "又", "却", "是",
     "为", "从", "对", "把", "被", "带领", "带队", "一行", "主持", "出席", "参加", "调研", "讲话", "同志", "书记", "主任",
     "局长", "县长", "市长", "部署", "要求", "看来", "一直", "多次", "第一", "担任", "兼任", "当选", "荣获", "获得", "传达",
     "感激", "回忆", "坦言", "告诉", "先生", "女士", "老师", "议员", "议长", "主席", "委员", "代表", "应邀", "有"}
    | set(AFTER_NAME), key=len, reverse=True)) + ")")      # (and what the person patterns take as a name's end)


def _name_ends(norm: str, st: int, en: int, left: bool = True) -> bool:
    """Whether a name may end at ``en`` (and, with ``left``, start at ``st``)."""
    return (not left or st == 0 or not "\u4e00" <= norm[st - 1] <= "\u9fff") \
        and bool(en == len(norm) or NAME_END.match(norm, en))


def _ends_elsewhere(norm: str, name: str, cache: dict | None = None) -> bool:
    """Whether the page writes ``name`` somewhere with a name's end after it (赵博和…)."""
    if cache is not None and name in cache:
        return cache[name]
    found = any(_name_ends(norm, a, b, left=False) for a, b in literal_mentions(norm, [name], 0, len(norm)))
    if cache is not None:
        cache[name] = found
    return found


# characters that, right before a comma, end a clause rather than a name (李明说, 王芳们)
NOT_THIRD = set("了的等们说讲去来和与及也都在是为到着过吗呢吧啊")
# those that close or join a list of names (王芳们、, 李明等、, 张三和)
LIST_WORDS = set("的等们和与及")
# words after a name whose first character the NER takes for the name's third: verbs (陈琪颁|发证书)
# and nouns (宋湘故|居, 毛遂公|园; 邓稼先|生平 stays whole, since the name's third is not 生)
WORDS_AFTER_NAME = {"故居", "故里", "公园", "大街", "大道", "广场", "纪念", "生平", "精神", "标兵", "活动", "事迹",
                    "雕像", "铜像", "基金",
                    "颁发", "颁奖", "发放", "发表", "发言", "发出", "讲话", "致辞", "宣读", "授予", "出席", "主持",
                    "表示", "介绍", "陪同", "看望", "慰问", "调研", "走访", "签订", "签署", "作报告", "参加", "带领", "蝉联",
                    "志愿", "汇报", "代省", "代市", "代县", "代区", "荣获"} | set(NAME_RUN_ON)      # (学雷锋|志愿服务: the word 志愿, not 雷锋志; 冯宁|笑着)


def name_length(doc: Doc, span: Span, cache: dict | None = None) -> Span:
    """An NER person given the length names have: a surname and one character followed
    by a character that ends names and then a boundary, or by one that ends names
    nearly always, grows by it (林智|堅巿長, 王万|林激动), a surname dropped on the left comes back (王|日春表示), and a third
    character that follows names far more often than it ends them goes where the page
    writes the shorter name elsewhere, and never the longer one, with a name's end after it
    (赵博|联系, with 赵博和… on the page).
    The counts are MSRA's (``data/name_chars.tsv``)."""
    norm = doc._.norm_text or doc.text
    st, en = span.start_char, span.end_char
    name = norm[st:en]
    single, _ = surnames()
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}[·・][\u4e00-\u9fff]{3,6}", name) and (
            norm[en - 1:en + 1] in WORDS_AFTER_NAME):
        return doc.char_span(st, en - 1, label="PERSON") or span      # 穆太力普·艾力|住在
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name):
        return span
    listed = norm[st - 1:st] == LIST_SEP
    if len(name) == 2 and name[0] not in single and st > 0 and norm[st - 1] in single \
            and (st < 2 or not "\u4e00" <= norm[st - 2] <= "\u9fff"
                 or norm.endswith(TITLE_WORDS + ("编辑", "代表"), 0, st - 1)
                 or norm[en:en + 1] == LIST_SEP and norm.endswith(("为", "给", "向", "是", "有"), 0, st - 1)):
        st -= 1                                         # 代表|唐|大云、朱德曼
    elif name in COMPOUND_SURNAMES and "\u4e00" <= norm[en:en + 1] <= "\u9fff":
        en += 2 if ends_name(norm[en + 1:en + 2] or "的", strong=True) else 1    # 歐陽|瑜: a surname alone is no name
    elif len(name) == 2 and name[0] in single and listed and norm[en + 1:en + 2] == LIST_SEP \
            and "\u4e00" <= norm[en] <= "\u9fff":
        en += 1                                         # 、郭敏|越、: a list item is whole
    elif len(name) == 2 and name[0] in single and en < len(norm) and (
            ends_name(norm[en]) and _name_ends(norm, st, en + 1, left=False) or ends_name(norm[en], strong=True)
            or norm[en] == name[1] and "\u4e00" <= norm[en] <= "\u9fff"         # 崔磊|磊: a doubled given name
            or ends_name(norm[en]) and norm[en + 2:en + 3] in ("了", "着", "过") and "\u4e00" <= norm[en + 1:en + 2] <= "\u9fff"
            and not opens_word(norm, en)                # 潘伟|星捐了 (not 邱峰|传达了: 传达 is a word)
            or "\u4e00" <= norm[en] <= "\u9fff" and norm[en] not in NOT_THIRD
            and norm[en + 1:en + 2] != "" and norm[en + 1] in "，,、。；;"      # 刘宗|进,
            or norm[en] in NOT_THIRD and norm[en] not in LIST_WORDS and norm[en + 1:en + 2] == LIST_SEP
            and norm[en + 2:en + 3] in single):                 # 县领导许华|为、夏明生: 为 before a list's 、 is no verb
        en += 1
    elif len(name) == 2 and name[0] in single and "\u4e00" <= norm[en:en + 1] <= "\u9fff" and norm[en] not in NOT_THIRD \
            and runs_to_word(norm, en):
        en += 1                                         # 市长胡志|强安排: 安排 is a word, 强安 none
    elif len(name) == 3 and name[0] in single and opens_next_word(norm, en - 1) and not opens_word(name, 1):
        en -= 1                                         # 记者张婷|如是表示: 如是 is a word, 是表 none
    elif len(name) == 3 and name[0] in single and norm[en - 1:en + 1] in WORDS_AFTER_NAME:
        en -= 1                                         # 陈琪|颁发证书
    elif len(name) == 3 and name[0] in single and name[2] in FUNCTION_AFTER_NAME:
        en -= 1                                         # 居民王娜|对“…”
    elif len(name) == 3 and name[0] in single and follows_name(name[2]) and _ends_elsewhere(norm, name[:2], cache) \
            and not _ends_elsewhere(norm, name, cache):
        en -= 1
    if (st, en) == (span.start_char, span.end_char):
        return span
    return doc.char_span(st, en, label="PERSON") or span


def candidate_spans(doc: Doc) -> list[Span]:
    out = []
    for key in (GAZ_KEY, PATTERN_KEY):
        for sp in doc.spans.get(key, []):
            label = CANDIDATE_LABELS.get(sp.label_)
            span = trim(Span(doc, sp.start, sp.end, label=label)) if label else None     # 何政|等
            if span is not None:
                out.append(span)
    return filter_spans(out)


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


class EntityResolver:
    def __init__(self, nlp: Language, name: str = "entity_resolver", mode: str = "candidates_first",
                 prefer: list[str] = ("ADMIN", "ORG", "PERSON"), ner_labels: list[str] = ("PERSON",)):
        if mode not in MODES:
            raise ValueError(f"entity_resolver mode must be one of {MODES}, not {mode!r}")
        self.name = name
        self.mode = mode
        self.prefer = set(prefer)
        self.ner_labels = set(ner_labels)

    def __call__(self, doc: Doc) -> Doc:
        ner = [s for s in (trim(e) for e in doc.ents) if s is not None and s.label_ in self.ner_labels]
        seen: dict[str, bool] = {}           # names looked up on this page (a long page has many)
        ner = [name_length(doc, s, seen) if s.label_ == "PERSON" else s for s in ner]
        ner = [s for s in ner if plausible(s) and not (s.label_ == "PERSON" and (listed_with_things(s) or not named_like(s)))]
        candidates = candidate_spans(doc)
        if self.mode == "ner":
            ents = ner
        else:
            cands = [c for c in candidates if plausible(c)]
            if self.mode == "candidates":
                ents = cands
            elif self.mode == "ner_first":
                ents = ner + [c for c in cands if not any(overlaps(c, e) for e in ner)]
            else:
                first = [c for c in cands if c.label_ in self.prefer]
                ents = first + [e for e in ner if not any(overlaps(e, c) for c in first)]
        from_ner = set(ner)
        ents = filter_spans(extend_name_lists(doc, filter_spans(ents), [e for e in ents if e in from_ner]))
        found = {(c.start, c.end) for c in candidates if c.label_ == "PERSON"}
        sure = [e for e in ents if (e.start, e.end) in found]
        guesses = [e for e in ents if e.label_ == "PERSON" and (e.start, e.end) not in found]
        repeated = repeated_names(doc, ents, sure, guesses)
        if repeated:                # a pattern's name replaces the NER's guesses under it
            norm = doc._.norm_text or doc.text
            named = Occupancy(len(norm), ((r.start_char, r.end_char) for r in repeated))
            guessed = {(g.start, g.end) for g in guesses}
            ents = [e for e in ents if (e.start, e.end) not in guessed or named.free(e.start_char, e.end_char)]
        ents = filter_spans(whole_compound_surnames(doc, ents + repeated))
        ents = filter_spans(ents + repeated_bodies(doc, ents, candidates))
        if "号" in (doc._.norm_text or ""):                 # (Doc.text costs a pass over the page)
            ents = outside_document_numbers(doc, ents)
        doc.ents = ents
        return doc


@Language.factory("entity_resolver", assigns=["doc.ents"],
                  default_config={"mode": "candidates_first", "prefer": ["ADMIN", "ORG", "PERSON"],
                                  "ner_labels": ["PERSON"]})
def make_entity_resolver(nlp: Language, name: str, mode: str, prefer: list[str],
                         ner_labels: list[str]) -> EntityResolver:
    return EntityResolver(nlp, name, mode, prefer, ner_labels)
