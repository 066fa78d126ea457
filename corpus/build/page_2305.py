"""page-2305: 宜兴日报 (本报讯, 宜兴市 = 我市), as republished on m.taohuren.com/article/2651.html;
one article: 宜兴市领导考察指导 (党政代表团 to 沛县 and 涟水县). Text as returned by the `pages`
store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2305", "corpus/raw/pages/2305_yixing_dangzheng_kaocha.txt",
         publisher="宜兴日报", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "宜兴市", line=1)                    # 宜兴市领导: the city's leaders

# ---- line 5: 摘要 (site abstract repeating the lead)
for name in ["王中苏", "张立军", "邵亚群"]:
    p.ent("PERSON", name, line=5)
p.ent("ADMIN", "沛县", line=5)
p.ent("ADMIN", "涟水县", line=5)                    # 我市, 市领导: level words, no span

# ---- line 7: bare source tag + lead
p.byline("BYLINE", "本报讯", line=7)
for name in ["王中苏", "张立军", "邵亚群"]:
    p.ent("PERSON", name, line=7)
p.ent("ADMIN", "沛县", line=7)
p.ent("ADMIN", "涟水县", line=7)

# ---- line 9: 沛县
p.ent("ADMIN", "沛县", line=9, every=True)          # 挂钩县——沛县, 沛县地处, 沛县在融文化 (3)
#   苏北: a region, no unit; 大风歌广场, 汉之源景区: places; 市党政代表团: a delegation, no ORG
p.ent("ORG", "市委", line=9)                        # 市委书记王中苏
p.ent("PERSON", "王中苏", line=9)
p.ent("ADMIN", "宜兴", line=9, every=True)          # 值得宜兴借鉴, 宜兴的陶文化名片 (2)

# ---- line 11: 涟水县
p.ent("ADMIN", "涟水县", line=11)
p.ent("ORG", "今世缘酒业股份有限公司", line=11)       # an enterprise
p.ent("ADMIN", "红窑镇", line=11)                   # 红窑镇云锦产业园: a park, the town inside it
p.ent("ADMIN", "涟水经济开发区", line=11)            # a named 开发区 (decision 3)
#   城市规划展示馆: venue, no span
p.ent("PERSON", "王中苏", line=11)
p.ent("ADMIN", "涟水", line=11, every=True)         # 涟水的每一个变化, 相信涟水 (2)

# ---- line 13: closing paragraph + credit
p.ent("PERSON", "王中苏", line=13)
p.ent("ADMIN", "宜兴", line=13, every=True)         # 宜兴与沛县, 推进宜兴 (2)
p.ent("ADMIN", "沛县", line=13)
p.ent("ADMIN", "涟水", line=13)
p.byline("CREDIT", "(耿蕾)", line=13)
p.ent("PERSON", "耿蕾", line=13)

# ---- line 15: link to another item of the site (furniture)
p.ent("PERSON", "徐汉棠", line=15)                   # a named person on a furniture line keeps his span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 4, "PAGE")              # 文章二维码 / 扫码手机阅读
p.block(5, 5, "SUBHEAD", article=1)  # 摘要: the site's standfirst under the title
p.block(7, 13, "BODY", article=1)
p.block(15, 15, "PAGE")            # link to another page of the site

p.save()
