"""page-5814: 上海市青浦区人民政府 (shqp.gov.cn, 夏阳街道 channel > 工作动态), 2025-12-12, one article:
the 夏阳街道 leg of the district's 幸福集市 volunteer fair in 章浜社区. Text as returned by the `pages`
store, from its title; the stored page's last paragraph (“幸福集市”吸引了众多居民) is cut off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5814", "corpus/raw/pages/5814_qingpu_xiayang_xingfu_jishi.txt",
         publisher="上海市青浦区人民政府", date="2025-12-12", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: title with the page's date on the same line (HEADLINE); no entities

# ---- line 2: lead and the guest list
p.ent("ADMIN", "青浦", line=2)                      # “幸福青浦·温暖家园” activity name (decision 2)
#   “温暖新城·志愿聚力”: 新城 = the planned new town, no unit
p.ent("ADMIN", "夏阳街道", line=2)
p.ent("ADMIN", "章浜社区", line=2)
p.ent("ORG", "区委社会工作部", line=2, nth=1)        # 区委社会工作部部长陈钢
p.ent("PERSON", "陈钢", line=2)
p.ent("ORG", "街道党工委", line=2)                  # level word + organ, like 县委
p.ent("ORG", "人大工委", line=2)                    # the street's 人大工委 (as page-3809)
p.ent("PERSON", "孙卫", line=2)
p.ent("ORG", "党工委", line=2, after="孙卫")         # 党工委副书记、办事处主任陆辉
#   办事处 (bare, in 办事处主任/副主任): no span, as page-3809 (and 1709, 3006) have it
p.ent("PERSON", "陆辉", line=2)
p.ent("ORG", "区委幸福社区建设推进办", line=2)       # an organ's office written after it: one ORG
p.ent("PERSON", "张卫兴", line=2)
p.ent("ORG", "党工委", line=2, after="张卫兴")       # 党工委副书记许华
p.ent("PERSON", "许华", line=2)
p.ent("ORG", "区委社会工作部", line=2)              # 区委社会工作部副部长沈丹华
p.ent("PERSON", "沈丹华", line=2)
p.ent("ORG", "党工委", line=2, after="沈丹华")       # 党工委委员、办事处副主任邹梅
p.ent("PERSON", "邹梅", line=2)
#   幸福合伙人代表, 社区居民代表: roles, no span

# ---- line 3: the speech and its "三个升级"
p.ent("PERSON", "孙卫", line=3)
p.ent("ADMIN", "夏阳街道", line=3)
p.slogan("COUNT", "三个升级", line=3,
         expansion=["升级资源对接机制", "升级激励保障体系", "升级阵地功能内涵"])
p.ent("ADMIN", "青浦", line=3)                      # “青浦样本” (decision 2, a brand of the district)

# ---- line 4: the ceremony
p.ent("PERSON", "陈钢", line=4)
p.ent("ORG", "夏阳街道“向阳启航”青年志愿者服务队", line=4)   # a named team with its prefix; partial quotes inside
p.ent("PERSON", "陆辉", line=4)
p.ent("PERSON", "张卫兴", line=4)
p.ent("PERSON", "许华", line=4)
p.ent("PERSON", "沈丹华", line=4)
p.slogan("PARALLEL", "1010", line=4)                # “1010”公益理发师: a quoted code of digits (annotation.md)
#   “我为人人、人人为我”: no numeral, no formula

# ---- line 5: no entities

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 5, "BODY", article=1)

p.save()
