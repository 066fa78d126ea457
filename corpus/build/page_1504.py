import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1504", "corpus/raw/pages/1504_chongyang_guihuaquan.txt",
         publisher="崇阳县融媒体中心", date=None, script="simplified", origin="pages")

# ---- lines 1-6: app prompt furniture (PAGE), no spans (媒体云APP is an app name)

# ---- line 8: headline with its series banner 【牢记嘱托 建成支点】
p.ent("ADMIN", "桂花泉镇", line=8)
p.ent("ADMIN", "肖岭乡", line=8)
p.ent("ADMIN", "沙坪镇", line=8)
p.ent("ORG", "县委", line=8)                 # 县委三级干部大会: the organ inside a meeting name

# ---- line 13: lead paragraph
p.ent("ORG", "中共崇阳县委", line=13)        # party name joined to its organ: one ORG
p.ent("ORG", "县委", line=13)                # 学习贯彻落实县委三级干部大会精神
p.ent("ADMIN", "崇阳", line=13)              # 谱写中国式现代化崇阳篇章

# ---- line 15: crosshead
p.ent("ADMIN", "桂花泉镇", line=15)

# ---- line 17
p.ent("ORG", "县委", line=17)                # 县委常委 (contracted title keeps the organ)
p.ent("ORG", "县人武部", line=17)
p.ent("PERSON", "丁军亭", line=17)
p.ent("ADMIN", "桂花泉镇", line=17, every=True)   # 出席桂花泉镇三级干部会议; 2025年桂花泉镇锚定
p.slogan("PARALLEL", "一核三线五区", line=17)      # 五区 not spelled out: no expansion
s3 = p.slogan("GROUP", "三线", after="为主线路的", line=17)[0]   # the quoted “三线”, not the tail of 黄三线
# items printed before the formula: 以崇赵线-黄石线-黄三线为主线路的“三线”
lo = p.find_all("以崇赵线", s3["start"] - 40, s3["start"])[0][0]
s3["expansion"] = [list(p.find_all(x, lo, s3["start"])[0]) for x in ("崇赵线", "黄石线", "黄三线")]
p.ent("ADMIN", "三山", line=17)              # 三山、仙坪红色精品农旅线路: villages of 桂花泉镇
p.ent("ADMIN", "仙坪", line=17)

# ---- blocks
p.block(1, 6, "PAGE")
p.block(8, 8, "HEADLINE", article=1)
p.block(10, 10, "PAGE")                      # 02-10 12:03 (time only)
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "CROSSHEAD", article=1)
p.block(17, 17, "BODY", article=1)

p.save()
