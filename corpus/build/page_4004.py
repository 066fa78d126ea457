"""page-4004: 颍上新闻网 (颍上县, 安徽; the text credits 信息来源: 颍上新闻网 and is stored on
yswenming.cn, 领导动态 section), 2022-06-19, one article: 程晓醒主持召开县政府第10次常务会议.
Text as returned by the `pages` store, from its title; the last paragraph (会议指出,要深入贯彻新发展理念,
…坚持政府引导与市场主导) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4004", "corpus/raw/pages/4004_yingshang_changwu_huiyi.txt",
         publisher="颍上新闻网", date="2022-06-19", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "程晓醒", line=1)
p.ent("ORG", "县政府", line=1)                        # 县政府第10次常务会议: the organ inside the meeting's name

# ---- line 3: meta line (counter, labelled source, date)
p.byline("BYLINE", "信息来源: 颍上新闻网")
p.ent("ORG", "颍上新闻网", line=3)

# ---- line 6: lead paragraph
p.ent("ORG", "县委", line=6)                          # 县委副书记
p.ent("PERSON", "程晓醒", line=6)                     # 县长 (title)
p.ent("ORG", "县政府", line=6)                        # 县政府第10次常务会议
for name in ["虢磊", "岳岿", "卜涛", "吴彬"]:
    p.ent("PERSON", name, line=6)
p.ent("ORG", "县政府办公室", line=6)                  # 县政府办公室副主任
#   县直有关部门: generic, no span
p.ent("ORG", "县人大", line=6)                        # 县人大代表 -> ORG 县人大 (shortened title keeps the organ)
p.ent("ORG", "县政协", line=6)                        # 县政协委员 -> ORG 县政协

# ---- line 10
p.ent("ADMIN", "安徽省", line=10)                     # 《安徽省生活垃圾分类管理条例》 (decision 2)

# ---- line 12: “人人参与”, “投、收、运、处”: no numeral, no formula

# ---- line 16
p.ent("PERSON", "习近平", line=16)                    # 习近平法治思想
p.ent("ORG", "县委", line=16)                         # 紧扣县委、县政府中心工作
p.ent("ORG", "县政府", line=16)
p.ent("ADMIN", "颍上", line=16)                       # 助力颍上高质量发展
p.ent("ADMIN", "颍上", line=16, after="法治社会")      # 法治颍上建设 (the county inside a campaign name)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)   # 阅读次数:… 信息来源: 颍上新闻网 发布时间:… (decision 12)
p.block(4, 4, "PAGE")                # [字体:  ]
p.block(6, 6, "BODY", article=1)
p.block(8, 8, "PAGE")                # 政府常务会议.jpg (image file name)
p.block(10, 18, "BODY", article=1)

p.save()
