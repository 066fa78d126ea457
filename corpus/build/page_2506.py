"""page-2506: 中国永修 (永修县, Jiangxi; reprinted by 中国小康网's county channel
xianyu.chinaxiaokang.com), 2020-06-24, one article: 全市基层党建“三化”建设推进会暨乡镇(街道)党(工)委
书记培训班在永修举行. Text as returned by the `pages` store, from its title; the last paragraph
(李洪涛强调,…), cut off mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2506", "corpus/raw/pages/2506_yongxiu_sanhua_peixun.txt",
         publisher="中国永修", date="2020-06-24", script="simplified", origin="pages")

# ---- line 1: headline; first mention of 三化 carries the expansion printed on line 15
p.slogan("GROUP", "三化", line=1)
p.slogans[-1]["expansion"] = [list(p.find_all(it, p.line_bounds[14][0])[0])
                              for it in ("标准化", "规范化", "信息化")]
p.ent("ADMIN", "永修", line=1)
#   乡镇(街道)党(工)委书记培训班: a class of organs, no ORG

# ---- line 3: web meta line (decision 12): BYLINE for the labelled source only
p.byline("BYLINE", "来源:中国永修", line=3)
p.ent("ORG", "中国永修", line=3)                  # the county's web portal (a medium/site)
#   作者:消息 names no one (no span); 责任编辑:康康 is an editor credit: PERSON, no byline span
p.ent("PERSON", "康康", line=3)

# ---- line 5
p.slogan("GROUP", "三化", line=5)
p.ent("ADMIN", "永修", line=5)

# ---- line 7
p.ent("ORG", "市委", line=7)                      # 市委常委 (contracted title) -> 市委
p.ent("ORG", "组织部", line=7)                    # 组织部部长: the 市委组织部 (decision 13)
p.ent("PERSON", "李洪涛", line=7)

# ---- line 9
p.ent("ORG", "市委组织部", line=9)
p.ent("PERSON", "张鹏", line=9)

# ---- line 11
p.ent("ORG", "县委", line=11, nth=1)              # 县委书记
p.ent("PERSON", "许斌", line=11)
p.ent("ORG", "县委", line=11, after="许斌")        # 县委常委
p.ent("ORG", "王经燕组织干部学院", line=11)        # a cadre college named after the martyr 王经燕 (one ORG)
p.ent("PERSON", "潘光", line=11)
p.ent("ORG", "县委", line=11, after="潘光")        # 县委常委
p.ent("ORG", "组织部", line=11, after="潘光")      # 组织部部长 (the 县委组织部)
p.ent("PERSON", "陈立", line=11)
p.ent("ORG", "市委组织部", line=11)
p.ent("PERSON", "周丹", line=11)

# ---- line 13
p.ent("ORG", "基层党建“三化”建设领导小组", line=13)  # the city's named leading group (全市 is a level word)
p.slogan("GROUP", "三化", line=13)
#   各县(市、区)常委组织部部长, 各乡镇(街道)党(工)委书记: generic, no span

# ---- line 15
p.ent("PERSON", "李洪涛", line=15)
p.ent("ORG", "中央", line=15)                     # 贯彻落实中央、省委、市委…部署: the centre issuing
p.ent("ORG", "省委", line=15, before="市委基层")
p.ent("ORG", "市委", line=15)
p.ent("ORG", "省委", line=15, after="围绕")        # 省委提出的…要求
p.slogan("GROUP", "三化", line=15, every=True)     # six mentions
# the province's formula, split at its commas (decision 10)
p.slogan("COUNT", "四个方面定标准", line=15)        # like “七个方面先行示范”
p.slogan("COUNT", "六个方面立规范", line=15)
p.slogan("ONE", "一张网络联整体", line=15)          # one network unifying the whole

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # date, source, author, editor (decision 12)
p.block(5, 15, "BODY", article=1)       # blank lines split it into six blocks

p.save()
