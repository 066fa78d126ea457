"""page-3314: 阿勒泰新闻网 (altxw.com, 阿勒泰地区融媒体中心), URL dated 2025-01-19, one article:
自治区十四届人大三次会议阿勒泰地区代表团召开全体会议. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3314", "corpus/raw/pages/3314_altay_daibiaotuan.txt",
         publisher="阿勒泰新闻网", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "自治区十四届人大", line=1)       # level + term + organ (like 酒泉市第四届人民代表大会); 三次会议 is the event
p.ent("ORG", "阿勒泰地区代表团", line=1)       # a congress delegation acting as a body (open decision, notes)

# ---- line 2: byline + first paragraph
p.byline("BYLINE", "阿勒泰新闻网-阿勒泰地区融媒体中心(记者 常轶茹 实习记者 王景鸿)")
p.ent("ORG", "阿勒泰新闻网", line=2)
p.ent("ORG", "阿勒泰地区融媒体中心", line=2)
p.ent("PERSON", "常轶茹", line=2)
p.ent("PERSON", "王景鸿", line=2)
p.ent("ORG", "自治区十四届人大", line=2)
p.ent("ADMIN", "乌鲁木齐市", line=2)
p.ent("ORG", "阿勒泰地区代表团", line=2)
p.ent("ORG", "自治区人大", line=2)             # 自治区人大代表: the title keeps its organ
p.ent("ORG", "阿勒泰地委", line=2)             # 阿勒泰地委书记
p.ent("PERSON", "谢少迪", line=2)

# ---- line 3: the delegation's heads
p.ent("ORG", "伊犁哈萨克自治州党委", line=3, nth=1)   # 党委书记
p.ent("PERSON", "杨秀理", line=3)
p.ent("ORG", "伊犁哈萨克自治州代表总团", line=3)
p.ent("ORG", "伊犁哈萨克自治州党委", line=3)          # 党委副书记、州长 (州长: a title)
p.ent("PERSON", "叶尔夏提·吐尔逊拜", line=3)
p.ent("ORG", "塔城地委", line=3)
p.ent("PERSON", "支现伟", line=3)
p.ent("ORG", "阿勒泰地委", line=3, nth=1)
p.ent("PERSON", "谢少迪", line=3, nth=1)
p.ent("ORG", "阿勒泰地委", line=3, after="推选")
p.ent("PERSON", "谢少迪", line=3, after="推选")
p.ent("ORG", "阿勒泰地区代表团", line=3)              # 阿勒泰地区代表团团长
p.ent("ORG", "阿勒泰地委", line=3, after="团长,")      # 阿勒泰地委副书记
p.ent("ORG", "地区行署", line=3)                      # 地区行署专员: level word + organ (行政公署), like 县政府
p.ent("PERSON", "杰恩斯·哈德斯", line=3)
p.ent("ORG", "阿勒泰地区人大工委党组", line=3)        # 党组 after an organ stays inside (majority reading)
p.ent("PERSON", "赛力克·哈布肯", line=3)
#   代表团副团长: the bare 代表团 names no body, no span

# ---- line 4
p.ent("ORG", "自治区十四届人大", line=4)
p.ent("ORG", "伊犁哈萨克自治州代表总团临时党总支", line=4)   # sub-unit written after its body: one ORG
p.ent("ORG", "阿勒泰地区代表团临时党支部", line=4)

# ---- line 5: two document titles
p.ent("ORG", "新疆维吾尔自治区第十四届人民代表大会", line=5, nth=1)   # organ inside a document title
p.ent("ORG", "新疆维吾尔自治区第十四届人民代表大会", line=5)          # (第三次会议主席团: the session's body, outside)

# ---- line 7
p.ent("ORG", "阿勒泰地区代表团", line=7)
p.ent("ORG", "全国人大", line=7)               # 第十四届全国人大代表: term before the organ stays outside (六届市纪委)
#   在阿: one-character short form, no ADMIN; 自治区有关部门: generic
p.ent("ORG", "阿勒泰地区中级人民法院", line=7)
#   检察分院: a bare institution type (decision 13), no span

# ---- line 8: editor line
p.ent("PERSON", "王君楠", line=8)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 7, "BODY", article=1)
p.block(8, 8, "PAGE")                          # [责任编辑:…]: editor line

p.save()
