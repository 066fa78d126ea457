"""page-2714: 农业科技报 (nkb.com.cn e-paper, 06版), 2017-06-21 (from the url), one article:
陕西城固原公镇 / 三个“犟”支书 一片为民情. Text as returned by the `pages` store, from the
e-paper's navigation bar; the last paragraph (在三官村…他说群, cut mid-sentence) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2714", "corpus/raw/pages/2714_nkb_chenggu_jiang_zhishu.txt",
         publisher="农业科技报", date="2017-06-21", script="simplified", origin="pages")

# ---- line 1: e-paper navigation bar (PAGE)
p.slogan("GROUP", "三农", line=1)                  # section 三农视点: the formula inside a name
p.ent("ADMIN", "杨凌", line=1)                     # section 科技杨凌: unit inside a name (decision 2)

# ---- line 7: kicker
p.ent("ADMIN", "陕西", line=7)
p.ent("ADMIN", "城固", line=7)                     # bare name of 城固县
p.ent("ADMIN", "原公镇", line=7)
#   line 8: 三个“犟”支书 counts three people, no formula

# ---- line 10
p.ent("ADMIN", "陕西", line=10)
p.ent("ADMIN", "城固县", line=10)
p.ent("ADMIN", "原公镇", line=10)
#   三个农村党支部: generic, no span

# ---- line 11
p.ent("ADMIN", "汉中市", line=11)
p.ent("ORG", "东窑村党支部", line=11)               # 东窑村党支部书记: named village's branch + title
p.ent("PERSON", "杨志明", line=11)
p.ent("PERSON", "杨志明", line=11, after="早在3月15日")
p.ent("ORG", "县医院", line=11)                     # level word + institution (as 县人民检察院)
p.ent("ORG", "村委会", line=11)                     # 东窑村's committee (decision 5)

# ---- line 12
p.ent("ORG", "陈村党支部", line=12)
p.ent("PERSON", "张润成", line=12)
#   张支书 (x2): surname + title, no PERSON
p.ent("ADMIN", "陈村", line=12, after="张支书患有高血压")
p.ent("PERSON", "张润成", line=12, after="花甲之年的")
#   医院 (bare), 村干部, 村上: no span

# ---- blocks
p.block(1, 6, "PAGE")                  # navigation bar, 通版阅读, 当前版:06版, 发布日期:
p.block(7, 7, "KICKER", article=1)     # place-only line before the catchy headline
p.block(8, 8, "HEADLINE", article=1)
p.block(9, 9, "PAGE")                  # 文章字数:781
p.block(10, 12, "BODY", article=1)

p.save()
