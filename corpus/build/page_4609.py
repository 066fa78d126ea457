"""page-4609: 广元市昭化区太公镇人民政府 (news on the 昭化区 government portal, cnzh.gov.cn), 2021-11-30,
one article: 太公镇脱贫攻坚“回头看”,确保小康路上一个不掉队. Text as returned by the `pages` store,
from its title (the reader's widget lines 智能问答 关闭 / 你还可以输入40 above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4609", "corpus/raw/pages/4609_zhaohua_taigong_huitoukan.txt",
         publisher="广元市昭化区太公镇人民政府", date="2021-11-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "太公镇", line=1)

# ---- line 2: web meta line (decision 12): one BYLINE span for the labelled source, timestamp outside
p.byline("BYLINE", "来源:广元市昭化区太公镇人民政府", line=2)
p.ent("ORG", "广元市昭化区太公镇人民政府", line=2)     # one ORG with its admin prefix (§2)

# ---- line 4
p.ent("ORG", "区委农村工作领导小组", line=4)          # a committee's working group: one ORG with it (23NN)
#   我镇, 镇机关, 全镇13个村: level words / generic, no span

# ---- line 6
p.ent("ORG", "区农委", line=6)
#   “一村一户的查、一项一项地过”: read as a manner of checking (village by village, item by item),
#   like 一个一个过 (decision 16NN/17NN: a reduplicated count is a manner): no formula
p.slogan("GROUP", "六有", line=6)                     # 户“六有” (Sichuan's household exit standard); items not spelled out
p.slogan("GROUP", "五有", line=6)                     # 村“五有”; items not spelled out

# ---- line 8
p.ent("ORG", "区乡村振兴局", line=8)

# ---- line 10
p.ent("ADMIN", "太公镇", line=10)
p.ent("ORG", "中央", line=10)                         # 秉持中央…的各项指示: the centre issuing (ORG)
p.ent("ORG", "区委", line=10)                         # 省市区委 = 省委、市委、区委: 省/市 are level words; 区委 ORG

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)    # 发布时间:… 来源:… (meta line with a labelled source)
p.block(4, 10, "BODY", article=1)

p.save()
