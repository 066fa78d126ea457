"""agree-page-3507: 郑州市社会保险事业管理局 (its own site, 工作简报 2010年第16期), simplified,
one article: the founding meeting of the bureau's Youth League committee on 4月9日 (2010).
No publication date is printed (only the bulletin's year and the meeting's day). Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3507", "corpus/raw/pages/3507_zhengzhou_shebaoju_tuanwei.txt",
         publisher="郑州市社会保险事业管理局", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

LEAGUE = "共青团郑州市社会保险事业管理局委员会"   # quoted as a whole: quotes outside the span

# ---- line 1: headline with its series banner [市社保局工作简报2010年第16期]
p.ent("ORG", "市社保局", line=1)                  # organ inside a document/series title
p.ent("ORG", LEAGUE, line=1)                      # 我局: deictic, no span

# ---- line 2
p.ent("ORG", LEAGUE, line=2)
p.ent("ORG", "团市委组织部", line=2)              # 团市委组织部部长: sub-unit joins its parent
p.ent("PERSON", "赵凯", line=2)
p.ent("ORG", "市人力资源和社会保障局团委", line=2)  # the bureau's league committee, one ORG
p.ent("PERSON", "张学良", line=2)
p.ent("ORG", "社保局党委", line=2)                # a known organ's 党委 belongs to it
p.ent("PERSON", "郑金邦", line=2)
p.ent("PERSON", "郜跃进", line=2)                 # 局长 is a title
#   党委委员: a title (bare 党委, no ORG)
p.ent("PERSON", "张弋飞", line=2)
p.ent("PERSON", "郑琦", line=2)
#   我局第一届团委书记、副书记和团委委员: titles, deictic 我局, no span

# ---- line 3
p.ent("PERSON", "赵凯", line=3)                   # 赵凯部长
p.ent("ORG", "郑州市社会保险事业管理局", line=3)   # inside 《关于同意…成立共青团委员会的批复》
#   共青团委员会 in the title: the kind of body to be set up, no span
p.ent("ORG", "团市委", line=3)                    # 代表团市委致辞

# ---- line 4
p.ent("PERSON", "郜跃进", line=4)                 # 郜跃进局长; 郜局长: surname + title, no PERSON
p.ent("ORG", "郑州市社保局", line=4, every=True)   # two mentions (团组织: a kind of body)

# ---- line 5: the five elected members, then 王麟乐 again
for name in ["王麟乐", "杨卿", "施乾俊", "李璐", "牛珂"]:
    p.ent("PERSON", name, line=5)
p.ent("PERSON", "王麟乐", line=5)                 # 第一届团委书记王麟乐

# ---- line 6
p.ent("PERSON", "郑金邦", line=6)                 # 郑金邦书记
p.ent("ORG", "局党委", line=6)                    # 代表局党委: the bureau's party committee (like 县委)
#   新一届团委 (x2): bare 团委, no ORG (decision 13, like 党支部); 我局 (x2): deictic
#   共青团工作: a field of work, no span
p.ent("ORG", "社保局", line=6)                    # 为社保局的发展: the bureau itself (decision 13)

# ---- line 7
#   我局 (x2), 共青团和青年工作 (a field of work), 团干部, 共青团员: no span
p.ent("ORG", "共青团", line=7, after="发扬")       # 发扬共青团的优良传统: the League itself
p.ent("ADMIN", "郑州市", line=7)                  # 为郑州市社会保险事业贡献

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)             # series banner stays inside the HEADLINE
p.block(2, 7, "BODY", article=1)

p.save()
