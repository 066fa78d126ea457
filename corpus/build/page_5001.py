"""page-5001: 天台县人民政府 (zjtt.gov.cn; 来源: 天台新闻网), 2024-12-24, one article:
县委县政府工作务虚会召开. Text as returned by the `pages` store, from its title; the last
paragraph (cut off mid-sentence in the store) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5001", "corpus/raw/pages/5001_tiantai_wuxuhui.txt",
         publisher="天台县人民政府", date="2024-12-24", script="simplified", origin="pages")

# ---- line 1: headline 县委县政府工作务虚会召开
p.ent("ORG", "县委", line=1)
p.ent("ORG", "县政府", line=1)

# ---- line 2: web meta line (timestamp outside, counter label no span)
p.byline("BYLINE", "来源:天台新闻网", line=2)
p.ent("ORG", "天台新闻网", line=2)

# ---- line 4
p.ent("ORG", "县委", line=4)
p.ent("ORG", "县政府", line=4)
p.ent("ORG", "中央", line=4)            # 落实中央和省委、市委工作部署: the centre issuing, ORG
p.ent("ORG", "省委", line=4)
p.ent("ORG", "市委", line=4)
p.slogan("PARALLEL", "八八战略", line=4)  # two numeral-led parts (decision of 22NN)
p.ent("ADMIN", "天台", line=4)

# ---- line 6: the speakers and participants
p.ent("ORG", "县委", line=6, nth=1)      # 县委书记
p.ent("PERSON", "陈晨", line=6)
p.ent("ORG", "县委", line=6, nth=1)      # 县委副书记 (next free occurrence)
p.ent("PERSON", "王欣东", line=6)
p.ent("ORG", "县人大常委会", line=6)
p.ent("PERSON", "朱良其", line=6)
p.ent("ORG", "县政协", line=6)
p.ent("PERSON", "卢益民", line=6)
p.ent("ORG", "县委", line=6, after="卢益民")  # 其他县委常委 -> ORG 县委
#   副县长, 各乡镇(街道), 相关部门: titles and generic words, no span

# ---- line 8
p.ent("ADMIN", "天台", line=8, every=True)   # 认清天台发展, 推动天台跃升蝶变
p.ent("PERSON", "陈晨", line=8)

# ---- line 10
p.ent("ADMIN", "天台", line=10)
p.ent("PERSON", "陈晨", line=10)
p.slogan("PLAN", "十四五", line=10)
p.slogan("PLAN", "十五五", line=10)
#   锚定五年、谋准三年: counts of years, no formula (decision 10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)     # 时间:… 来源:天台新闻网 浏览次数: (decision 12)
p.block(4, 10, "BODY", article=1)

p.save()
