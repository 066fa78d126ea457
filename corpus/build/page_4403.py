"""page-4403: 东兰县融媒体中心 (its WeChat account 美丽东兰, "东兰县融媒体中心出品"; copy on
wxredian.com), 2024-11-21, one article: 东兰县林业局联合多部门开展森林防火宣传活动.
Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4403", "corpus/raw/pages/4403_donglan_senlin_fanghuo.txt",
         publisher="东兰县融媒体中心", date="2024-11-21", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "东兰县林业局", line=1)

# ---- line 3: 民生 (category)  date  广西 (the account's location tag)
p.ent("ADMIN", "广西", line=3)

# ---- line 6
p.ent("ORG", "东兰县林业局", line=6)
p.ent("ORG", "县应急局", line=6)
#   林场 (bare institution type, decision 13), 各乡镇 (level word): no span

# ---- line 8: 《广西壮族自治区森林防火条例》 -> the unit inside a law title (decision 2)
p.ent("ADMIN", "广西壮族自治区", line=8)

# ---- line 10: 全县 (level word): no span

# ---- line 12
p.ent("ADMIN", "东兰县", line=12)

# ---- lines 16-22: author line (BYLINE, decision 12) and editor lines (PAGE, names PERSON)
p.byline("BYLINE", "作者丨覃琳元", line=16)
p.ent("PERSON", "覃琳元", line=16)
p.ent("PERSON", "班樱娜", line=18)
p.ent("PERSON", "韦   万", line=20)
p.ent("PERSON", "韦晓勇", line=22)

# ---- account furniture
p.ent("ORG", "东兰县融媒体中心", line=24)
p.ent("ORG", "美丽东兰", line=29)        # the media centre's own account: a medium (§2 media)
p.ent("ORG", "东兰县融媒体中心", line=31)
p.ent("ORG", "美丽东兰", line=35)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                     # category, timestamp, location tag
p.block(6, 12, "BODY", article=1)
p.block(14, 14, "PAGE")                   # END
p.block(16, 16, "BYLINE", article=1)      # 作者丨覃琳元
p.block(18, 22, "PAGE")                   # 编辑丨 / 责编丨 / 审核丨
p.block(24, 24, "PAGE")                   # 东兰县融媒体中心出品 (producer line, like a host line)
p.block(26, 26, "PAGE")                   # 投稿邮箱
p.block(29, 29, "PAGE")                   # 关注美丽东兰…
p.block(31, 31, "PAGE")                   # copyright
p.block(33, 33, "PAGE")                   # 未经允许 切勿转载
p.block(35, 37, "PAGE")                   # account card: 美丽东兰 / 政务服务,信息宣传。 / 最新文章

p.save()
