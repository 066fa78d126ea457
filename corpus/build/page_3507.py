"""page-3507: 郑州市社会保险事业管理局 (zzsi.com, the bureau's own site: 我局…), 工作简报2010年第16期,
one article: 我局召开“共青团郑州市社会保险事业管理局委员会”成立大会. Text as returned by the
`pages` store, from its title; the last, cut-off line "(社保" (a closing credit) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3507", "corpus/raw/pages/3507_zhengzhou_shebaoju_tuanwei.txt",
         publisher="郑州市社会保险事业管理局", date=None, script="simplified", origin="pages")

LEAGUE = "共青团郑州市社会保险事业管理局委员会"

# ---- line 1: headline with its bulletin tag
p.ent("ORG", "市社保局", line=1)                 # [市社保局工作简报…]: organ inside a document name
#   我局: deictic, no span
p.ent("ORG", LEAGUE, line=1)                     # quotes wrap the whole name: outside

# ---- line 2
p.ent("ORG", LEAGUE, line=2)
p.ent("ORG", "团市委组织部", line=2)            # sub-unit joined to its organ
p.ent("PERSON", "赵凯", line=2)
p.ent("ORG", "市人力资源和社会保障局团委", line=2)
p.ent("PERSON", "张学良", line=2)
p.ent("ORG", "社保局党委", line=2)              # a known organ's 党委 belongs to it
p.ent("PERSON", "郑金邦", line=2)
p.ent("PERSON", "郜跃进", line=2)
p.ent("PERSON", "张弋飞", line=2)
p.ent("PERSON", "郑琦", line=2)
#   我局第一届团委书记: deictic + a bare 团委 (no span, like 机关党委)

# ---- line 3
p.ent("PERSON", "赵凯", line=3)
p.ent("ORG", "郑州市社会保险事业管理局", line=3)   # inside 《关于同意…成立共青团委员会的批复》
#   共青团委员会 in the title: the kind of body to be set up, no span
p.ent("ORG", "团市委", line=3)                   # 代表团市委致辞

# ---- line 4
p.ent("PERSON", "郜跃进", line=4)
#   郜局长: surname + title, no PERSON
p.ent("ORG", "郑州市社保局", line=4, nth=1)
p.ent("ORG", "郑州市社保局", line=4, nth=1)      # second mention (the first is no longer free)
#   团组织: a kind of body (like 党组织), no span; 共青团员: members, no span

# ---- line 5
for name in ["王麟乐", "杨卿", "施乾俊", "李璐", "牛珂"]:
    p.ent("PERSON", name, line=5)
p.ent("PERSON", "王麟乐", line=5)                 # 第一届团委书记王麟乐

# ---- line 6
p.ent("PERSON", "郑金邦", line=6)
p.ent("ORG", "局党委", line=6)                   # level word + organ (the bureau's Party committee)
p.ent("ORG", "共青团", line=6)                   # 共青团工作: the League named inside a compound
p.ent("ORG", "社保局", line=6)                   # 为社保局的发展: one specific bureau (decision 13)

# ---- line 7
p.ent("ORG", "共青团", line=7, nth=1)            # 我局的共青团和青年工作
#   共青团员代表: members, no span
p.ent("ORG", "共青团", line=7, after="发扬")       # 发扬共青团的优良传统
p.ent("ADMIN", "郑州市", line=7)                 # 郑州市社会保险事业: the city's undertaking, no organ

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 7, "BODY", article=1)

p.save()
