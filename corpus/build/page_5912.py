"""page-5912: 陇县人民政府 (county portal longxian.gov.cn, 宝鸡市陇县, 陕西; publisher inferred from the
domain, the page's source line credits 陇县广播电视台), 2024-08-15, one article:
宝鸡市2024年苏陕协作工作推进会在我县召开. Text as returned by the `pages` store, from the portal's
IPv6 notice and breadcrumb; the stored opening ends mid-sentence (会议学习传达了…县委常委、常务), so that
last paragraph was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5912", "corpus/raw/pages/5912_longxian_sushan_xiezuo.txt",
         publisher="陇县人民政府", date="2024-08-15", script="simplified", origin="pages")

# ---- line 5: headline (苏陕协作: 苏 and 陕 are one-character short forms, no ADMIN; 我县 deictic)
p.ent("ADMIN", "宝鸡市", line=5)

# ---- line 7: web meta line, one labelled credit (BYLINE block)
p.byline("BYLINE", "来源:陇县广播电视台")
p.ent("ORG", "陇县广播电视台", line=7)

# ---- line 9
p.ent("ORG", "市委", line=9)                         # 市委常委 -> ORG 市委
p.ent("PERSON", "李明泉", line=9)
p.ent("PERSON", "李维芳", line=9)
p.ent("ORG", "市政府", line=9)                       # 市政府副秘书长
p.ent("ORG", "徐宝工作组", line=9)                   # the 徐州 cadres' working group in 宝鸡, a named team
p.ent("PERSON", "张宗强", line=9)

# ---- line 11
p.ent("PERSON", "李维芳", line=11)
p.ent("ADMIN", "陇县", line=11, every=True)          # 在陇县召开; 陇县将认真贯彻
p.ent("ADMIN", "铜山区", line=11)                    # 徐州市铜山区, the paired district

# ---- line 13
p.ent("PERSON", "李明泉", line=13)
p.ent("PERSON", "习近平", line=13)
p.ent("ORG", "中央", line=13)                        # 统一到中央和省市决策部署上来: the centre acting
#   徐宝两地, 东西部协作, 苏陕协作: one-character short forms / regions, no span

# ---- blocks
p.block(1, 3, "PAGE")            # IPv6 notice, 当前位置:, breadcrumb (首页 > 长者专版 > 政务要闻)
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 13, "BODY", article=1)

p.save()
