"""agree-page-3803: 人民网 (贵州频道), 2020-09-11, one article:
如铁雄关从头越 ——毕节脱贫,从“五子登科”到“新五子再登科”. Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3803", "corpus/raw/pages/3803_renminwang_bijie_wuzi.txt",
         publisher="人民网", date="2020-09-11", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline 如铁雄关从头越 (雄关: an epithet of the pass, no ADMIN)
# ---- line 3: subhead
p.ent("ADMIN", "毕节", line=3)
p.slogan("GROUP", "五子登科", line=3,
         expansion=["山顶戴帽子", "山腰系带子", "坡地铺毯子", "大田种谷子", "山下抓票子"])
p.slogan("GROUP", "新五子再登科", line=3,
         expansion=["交通先行", "生态夯基", "产业兴民", "科教扶智", "民生聚力"])

# ---- line 5: names under the subhead = byline
p.byline("BYLINE", "潘健、何晶茹、李瑞桥、申亚欣、王钦、宋子节、王捷", line=5)
for n in ["潘健", "何晶茹", "李瑞桥", "申亚欣", "王钦", "宋子节", "王捷"]:
    p.ent("PERSON", n, line=5)

# ---- line 7: web meta line: timestamp outside, labelled source credit
p.byline("BYLINE", "来源:人民网", line=7)
p.ent("ORG", "人民网", line=7)

# ---- lines 10-16: the poem, no spans
# ---- line 18
p.ent("PERSON", "毛泽东", line=18)              # 《忆秦娥·娄山关》: 娄山关 is a pass, no unit

# ---- line 20
p.ent("ADMIN", "贵州省", line=20)
p.ent("ADMIN", "遵义", line=20)                 # 遵义城北 (娄山: a mountain)
p.ent("ADMIN", "贵州", line=20)                 # 《贵州通志》: unit inside a title (decision 2)
p.ent("PERSON", "毛泽东", line=20)
p.ent("ORG", "红军", line=20)                   # the Red Army as a body acting

# ---- line 22
p.ent("ADMIN", "毕节", line=22)
p.ent("ADMIN", "贵州", line=22)

# ---- line 24
p.ent("ADMIN", "毕节地区", line=24)             # the prefecture as it was in 1988
# 黔西北 (one-character short form + direction), 乌江, 乌蒙山区, 全国, 我国: no span
p.ent("ADMIN", "贵州省", line=24)
p.ent("ORG", "人民日报", line=24)
p.ent("ORG", "中共中央", line=24)               # inside the document title
p.ent("ORG", "国务院", line=24)
p.ent("ADMIN", "毕节", line=24, after="而就在2015年")

# ---- line 26
p.ent("ADMIN", "毕节地区", line=26)
p.slogan("GROUP", "五子登科", line=26)          # second mention, expansion on line 3

# ---- line 28
p.ent("ADMIN", "毕节", line=28)
p.slogan("GROUP", "五子", line=28)              # 新“五子”: the new five, items listed right before

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(10, 28, "BODY", article=1)

p.save()
