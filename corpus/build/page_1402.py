import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 焦作日报 云报 (paper.jzrb.com) article on 修武县郇封镇 and the “五星”支部 campaign;
# source: pages store, http://paper.jzrb.com/Article/index/aid/6887144.html ; page date 2022年07月01日.
# The stored page ends mid-sentence in a last paragraph (连日来,该镇聚焦乡村振兴,…“四星);
# that paragraph was dropped.
p = Page("page-1402", "corpus/raw/pages/1402_jiaozuo_xunfeng.txt", publisher="焦作日报",
         date="2022-07-01", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ------------------------------------------------------------------ spans
# line 10: kicker
p.ent("ADMIN", "郇封镇", line=10)
# line 14
p.ent("ADMIN", "修武县", line=14)
p.ent("ADMIN", "郇封镇", line=14)
p.ent("ADMIN", "中常村", line=14)
# line 16
p.ent("ADMIN", "中常村", line=16)
# line 18
p.ent("ADMIN", "修武县", line=18)
p.ent("ORG", "中常村党支部", line=18)                     # 中常村党支部书记 -> organ kept whole
p.ent("PERSON", "冯文生", line=18)
# line 20
p.ent("PERSON", "冯文生", line=20)
p.ent("ORG", "村“两委”", line=20)                         # 中常村's two committees (decision 5)
# line 22
p.ent("ADMIN", "后雁门村", line=22)
# line 24
p.ent("ADMIN", "大位村", line=24)
# line 26
p.ent("ORG", "大位村党支部", line=26)
p.ent("PERSON", "崔磊磊", line=26)

# ------------------------------------------------------------------ slogans
# “五星”支部: five stars (支部过硬/产业兴旺/生态宜居/平安法治/文明幸福); the list that
# spells the items was in the dropped, cut-off paragraph -> no expansion.
p.slogan("GROUP", "五星", line=16)
p.slogan("GROUP", "五星", line=18)
p.slogan("GROUP", "五星", line=24)
p.slogan("GROUP", "五星", line=26)

# ------------------------------------------------------------------ blocks
p.block(1, 1, "PAGE")          # 云报平台 (page title of the e-paper app)
p.block(3, 3, "PAGE")          # 这已经是最后一期了哦!
p.block(5, 5, "PAGE")          # 我知道了
p.block(7, 8, "PAGE")          # 内容详情 / 2022年07月01日
p.block(10, 10, "KICKER", article=1)
p.block(12, 12, "HEADLINE", article=1)
p.block(14, 26, "BODY", article=1)

p.save()
