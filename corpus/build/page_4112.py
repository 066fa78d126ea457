"""page-4112: 定西日报 (text credited 来源:定西日报; copy on 每日甘肃网 dx.gansudaily.com.cn, 定西 > 漳县),
2019-11-08; one article: the public pledge of 漳县's county head 刘静. Text as returned by the `pages`
store, from its breadcrumb; the last paragraph (the site's copyright notice under 版权声明, cut off
mid-sentence) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4112", "corpus/raw/pages/4112_dingxi_zhangxian_chengnuo.txt",
         publisher="定西日报", date="2019-11-08", script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE)
p.ent("ORG", "每日甘肃网", line=1)            # the hosting news site
p.ent("ADMIN", "定西", line=1)                # channel named by the city
p.ent("ADMIN", "漳县", line=1)

# ---- line 3: headline
p.ent("ORG", "漳县政府", line=3)

# ---- line 5: meta line, timestamp + 来源 (decision 12)
p.byline("BYLINE", "来源:定西日报")
p.ent("ORG", "定西日报", line=5)

# ---- line 7: the author's line under the title (decision 8: title included)
p.byline("BYLINE", "漳县县委副书记、县长 刘 静")
p.ent("ORG", "漳县县委", line=7)
p.ent("PERSON", "刘 静", line=7)              # 县长 is a title without its unit: no span

# ---- line 9
p.ent("ADMIN", "漳县", line=9)
p.ent("ORG", "市委", line=9)                  # 被市委、市政府约谈 (定西市)
p.ent("ORG", "市政府", line=9)
p.ent("ORG", "县政府", line=9)

# ---- line 11: no entities (县上四大班子, 各常委, 全县: generic)
p.slogan("GROUP", "十大生态产业", line=11)     # quoted N大 before its kind: Gansu's programme
p.slogan("PLAN", "十四五", line=11)
s = p.slogan("COUNT", "收支两条线", line=11)[0]  # fixed fiscal formula, items 收 / 支 printed before the count
(a, _), = p.find_all("收", s["start"], s["end"])
(b, _), = p.find_all("支", s["start"], s["end"])
s["expansion"] = [[a, a + 1], [b, b + 1]]
#   周分析、旬调度: no numeral; 一是/二是/三是: ordinals; 四大班子: a count of bodies; 第四季度: a date

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 11, "BODY", article=1)
p.block(13, 13, "PAGE")                        # 版权声明 (its notice dropped, see docstring)

p.save()
