"""page-4409: 五常市人民政府 (hljwch.gov.cn, portal of 五常市, 哈尔滨; 政府项目 section), 2021-07-07, one article:
我市举行招商引资集中签约仪式. Text as returned by the `pages` store, from its title; the stored
opening ends in a paragraph cut off mid-sentence (此次集中签约仪式又副…), which was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4409", "corpus/raw/pages/4409_wuchang_zhaoshang_qianyue.txt",
         publisher="五常市人民政府", date="2021-07-07", script="simplified", origin="pages")

# ---- line 1: headline (我市 only: no span)
# ---- line 3: editor line 编辑: 张娜 (PAGE, the name PERSON, no byline span: 5th-batch decision)
p.ent("PERSON", "张娜", line=3)

# ---- line 5
p.ent("ORG", "哈尔滨市政府驻上海办事处", line=5)     # an office stationed elsewhere: one ORG with its parent
p.ent("PERSON", "赵睿辉", line=5)

# ---- line 9: the signing
p.ent("ORG", "市委", line=9, nth=1)                  # 市委常委 -> ORG 市委
p.ent("PERSON", "赵春明", line=9)
p.ent("ORG", "市委", line=9, nth=1)                  # second 市委常委 (first now taken)
p.ent("ORG", "市政府党组", line=9)                   # 市政府党组成员: 党组 inside the ORG (corpus majority)
p.ent("PERSON", "孙松宇", line=9)
p.ent("PERSON", "张振东", line=9)
p.ent("PERSON", "白晶玉", line=9)
p.ent("ORG", "上海为烨投资集团有限公司", line=9)
p.ent("ORG", "华润电力有限公司东北新能源公司", line=9)  # a company written after its parent: one ORG
p.ent("ORG", "中绿集团", line=9)
p.ent("ORG", "北大仓粮油股份有限公司", line=9)
p.ent("ORG", "福建兴华昌集团有限公司", line=9)
p.ent("ORG", "寒育米业有限公司", line=9)

# ---- line 11
p.ent("ORG", "中绿集团", line=11)
p.ent("ORG", "华润电力有限公司东北新能源公司", line=11)

# ---- line 13: the speech
p.ent("ORG", "市委", line=13)                        # 市委书记 -> ORG 市委
p.ent("PERSON", "尹承云", line=13)
p.ent("ORG", "哈尔滨市委", line=13)                  # before the bare 省委 search, so 省委 cannot hit inside anything
p.ent("ORG", "省委", line=13)
p.ent("ADMIN", "五常", line=13, every=True)          # 五常发展 x3, 投资五常: four mentions
p.slogan("PLUS", "4+4", line=13)                     # “4+4”现代产业新体系: items not spelled out

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                                # 编辑: 张娜发布时间:2021-07-07 (editor line + timestamp)
p.block(5, 13, "BODY", article=1)

p.save()
