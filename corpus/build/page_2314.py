"""page-2314: 陕西科技报 (szb.snkjb.com e-paper, 2017-04-21, 02版, section 市县新闻), three
briefs: 乾县大唐牡丹文化旅游节开幕 / 千阳开启订单式种植模式 / 平利重拳整治城乡环境. Text as
returned by the `pages` store, complete (the last brief ends with its credit)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2314", "corpus/raw/pages/2314_snkjb_shixian_xinwen.txt",
         publisher="陕西科技报", date="2017-04-21", script="simplified", origin="pages")

# ================= article 1: 乾县大唐牡丹文化旅游节开幕
p.ent("ADMIN", "乾县", line=3)
p.byline("BYLINE", "本报讯", line=4)
# line 5
p.ent("ADMIN", "咸阳", line=5)                      # theme 游美丽咸阳: unit inside a theme name
p.ent("ADMIN", "乾县", line=5)                      # 乾县乾陵景区 (乾陵景区: a site, no span)
# line 6
p.ent("PERSON", "武则天", line=6)                   # “武则天·乾陵杯”: a real person inside a contest name
p.ent("ADMIN", "中国", line=6)                      # 世界城市旅游小姐中国西北区总决赛: 中国 as a place (西北区: contest region, no unit)
p.ent("ADMIN", "咸阳", line=6)                      # 咸阳2017踏青赏花旅游季活动
#   6大系列活动: a count of the festival's activities in prose, no slogan (see notes)
# line 8
p.byline("CREDIT", "(马沅聪)", line=8)
p.ent("PERSON", "马沅聪", line=8)

# ================= article 2: 千阳开启订单式种植模式
p.ent("ADMIN", "千阳", line=11)                     # bare name of 千阳县
p.byline("BYLINE", "本报讯", line=12)
p.ent("ADMIN", "千阳县", line=13)
p.ent("ADMIN", "草碧镇", line=13)
p.ent("ADMIN", "上店村", line=13)
p.ent("ADMIN", "贵州", line=13)                     # 贵州一家酒厂
p.byline("CREDIT", "(秦玮玮 鲍翊)", line=16)
p.ent("PERSON", "秦玮玮", line=16)
p.ent("PERSON", "鲍翊", line=16)

# ================= article 3: 平利重拳整治城乡环境
p.ent("ADMIN", "平利", line=19)                     # bare name of 平利县
p.byline("BYLINE", "本报讯", line=20)
p.ent("ADMIN", "平利", line=21)
p.ent("ORG", "县环保督查领导小组", line=21)         # 该县环保督查领导小组: deictic 该 outside
p.ent("ADMIN", "中国", line=21)                     # “中国最美乡村”: unit inside a title/award name
p.byline("CREDIT", "(刘勇 沈奕君)", line=23)
p.ent("PERSON", "刘勇", line=23)
p.ent("PERSON", "沈奕君", line=23)

# ---- blocks
p.block(1, 1, "COLUMN")                             # 市县新闻: the page's section banner
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "BYLINE", article=1)
p.block(5, 6, "BODY", article=1)
p.block(8, 8, "BODY", article=1)                    # a line holding only a CREDIT stays BODY
p.block(11, 11, "HEADLINE", article=2)
p.block(12, 12, "BYLINE", article=2)
p.block(13, 14, "BODY", article=2)
p.block(16, 16, "BODY", article=2)
p.block(19, 19, "HEADLINE", article=3)
p.block(20, 20, "BYLINE", article=3)
p.block(21, 21, "BODY", article=3)
p.block(23, 23, "BODY", article=3)

p.save()
