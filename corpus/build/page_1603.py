import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1603", "corpus/raw/pages/1603_bozhou_zhengfuban_dangyuan.txt",
         publisher="亳州晚报", date=None, script="simplified", origin="pages")

# ---- line 1
p.byline("BYLINE", "本报讯", line=1)
p.ent("ORG", "中共亳州市人民政府办公室机关", line=1)   # organ of the 机关党员大会 (meeting name)
p.ent("PERSON", "杜延安", line=1)

# ---- line 2
p.ent("ORG", "市政府办公室机关党委", line=2)            # sub-unit with its parent, one ORG
p.ent("ORG", "市政府", line=2, after="要抓好")          # 市政府重点难点问题集中攻坚月活动 (organ in an event name)

# ---- line 3
p.ent("ORG", "中国共产党亳州市人民政府办公室机关", line=3)  # in 《…机关党员大会选举办法(草案)》
p.ent("ORG", "市直工委", line=3)
p.ent("ORG", "中共亳州市人民政府办公室机关委员会", line=3)
p.ent("PERSON", "张秀忠", line=3)
p.ent("ORG", "中共亳州市人民政府办公室第三届机关党委", line=3)

# ---- line 4
p.ent("ORG", "市委", line=4, nth=1)     # 市委常委 -> ORG 市委
p.ent("PERSON", "刘辉", line=4)
p.ent("ORG", "市委", line=4, nth=1)     # second 市委常委 (first free hit)
p.ent("PERSON", "李胜辉", line=4)
p.ent("PERSON", "郑超", line=4)
p.ent("ORG", "市政府", line=4)          # 市政府秘书长
p.ent("PERSON", "吴火权", line=4)
p.byline("CREDIT", "(记者 陈璐)", line=4)
p.ent("PERSON", "陈璐", line=4)

# ---- line 6: 新闻推荐 teaser of another article (site navigation, PAGE)
p.ent("ORG", "安徽省第二环境保护督察组", line=6)
p.ent("ADMIN", "亳州市", line=6)
p.byline("BYLINE", "本报讯", line=6)
p.ent("ORG", "省委", line=6)
p.ent("ORG", "省政府", line=6)
p.ent("ADMIN", "安徽省", line=6, after="关于")          # 安徽省环境保护督察 (campaign name)

# ---- line 7: site motto
p.ent("ADMIN", "亳州", line=7, every=True)

# ---- blocks
p.block(1, 4, "BODY", article=1)
p.block(5, 7, "PAGE")

p.save()
