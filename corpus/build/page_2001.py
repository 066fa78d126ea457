"""page-2001: 邯郸日报 (via 河北新闻网 邯郸频道 handan.hebnews.cn, "来源:邯郸日报"), 2014-12-29,
one article: 河北省今冬明春“三下乡”邯郸鸡泽县集中服务活动侧记. Text as returned by the `pages`
store, from its first line; the last paragraph (cut mid-sentence: …将党的最新理) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2001", "corpus/raw/pages/2001_handan_jize_sanxiaxiang.txt",
         publisher="邯郸日报", date="2014-12-29", script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 3: headline
p.ent("ADMIN", "河北省", line=3)
p.ent("ADMIN", "邯郸", line=3)
p.ent("ADMIN", "鸡泽县", line=3)
# 三下乡: items 文化、科技、卫生 spelled out on line 9 (…文化、科技、卫生“三下乡”活动); expansion on the first mention (headline)
p.slogan("GROUP", "三下乡", line=3, expansion=["文化", "科技", "卫生"], exp_after="我省今冬明春")

# ---- line 5: web meta line: source + editor
p.byline("BYLINE", "来源:邯郸日报", line=5)
p.ent("ORG", "邯郸日报", line=5)
p.ent("PERSON", "李珊珊", line=5)                 # 责任编辑:实习编辑李珊珊 (editor: PERSON, no byline span)

# ---- line 7
p.slogan("GROUP", "三下乡", line=7)
p.ent("PERSON", "毛遂", line=7)                  # 毛遂故里: a real person's name
p.ent("ADMIN", "邯郸", line=7)
p.ent("ADMIN", "鸡泽县", line=7)

# ---- line 9
p.ent("ADMIN", "鸡泽县", line=9)
p.ent("PERSON", "毛遂", line=9)                  # 毛遂公园
p.ent("PERSON", "毛遂", line=9)                  # 毛遂大街
p.slogan("GROUP", "三下乡", line=9)
p.ent("ORG", "河北省委宣传部", line=9)
p.ent("ORG", "省新闻出版广电局", line=9)
p.ent("ORG", "省财政厅", line=9)
p.ent("ORG", "邯郸市委宣传部", line=9)
p.ent("ORG", "市财政局", line=9)
p.ent("ADMIN", "鸡泽县", line=9)
p.slogan("GROUP", "三下乡", line=9)

# ---- line 11
p.ent("ADMIN", "曹庄乡", line=11)                # 该县 (deictic) no span
p.ent("ADMIN", "大言寨村", line=11)
p.ent("PERSON", "韩长青", line=11)

# ---- line 13
p.ent("ADMIN", "鸡泽县", line=13)

# ---- blocks
p.block(1, 1, "COLUMN")          # 各市新闻: the site's section
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)   # 来源:… meta line of the article (decision 12)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "BODY", article=1)

p.save()
