"""page-3108: 今日启东 (启东日报's e-paper, jrqd.qidongnews.com), 2017-08-23, 第一版:要闻, one article:
我市党政代表团赴如皋海安考察. Text as returned by the `pages` store, from its title; the e-paper
furniture above the title (这已经是最后一期了哦!, 我知道了, dates, 上一期 下一期, 第一版:要闻) is left out.
The stored opening ends with the sentence "王晓斌指出,…如火如荼。" (the article has 1593 characters):
that paragraph ends on a full stop, so it is kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3108", "corpus/raw/pages/3108_qidong_rugao_haian_kaocha.txt",
         publisher="今日启东", date="2017-08-23", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "如皋", line=1)
p.ent("ADMIN", "海安", line=1)

# ---- line 3: subhead
p.ent("ADMIN", "南通", line=3)
p.ent("ADMIN", "上海", line=3)                      # 上海大都市: the city as a place

# ---- line 7: first paragraph
p.byline("BYLINE", "本报讯", line=7)                # bare source tag
p.ent("ORG", "市委", line=7, nth=1)                 # 市委书记王晓斌
p.ent("PERSON", "王晓斌", line=7)
p.ent("ORG", "市委", line=7)                        # 市委副书记、市长黄卫锋 (next free 市委)
p.ent("PERSON", "黄卫锋", line=7)
p.ent("ADMIN", "如皋市", line=7)
p.ent("ADMIN", "海安县", line=7)
for name in ["顾云峰", "汤雄", "赵男男", "龚心明", "石光辉", "沈良杰", "黄忠", "袁圣菊",
             "高红宇", "唐海兵", "徐永辉"]:
    p.ent("PERSON", name, line=7)

# ---- line 9
p.ent("ADMIN", "如皋市", line=9, nth=1)              # 来到如皋市
p.ent("ADMIN", "如皋", line=9)                      # 如皋享有…
p.ent("ADMIN", "江苏", line=9)                      # 江苏历史文化名城 (a title: decision 2)
p.ent("ADMIN", "中国", line=9)                      # 中国花木盆景之都 (a title: decision 2)
p.ent("ADMIN", "如皋市", line=9, after="近年来")    # 如皋市开拓创新
#   国家级经济技术开发区, 国家一类开放口岸, 国家农业科技园区核心区, 省级高新技术产业开发区: kinds, no span
p.ent("ORG", "如皋市委", line=9)                    # 如皋市委书记陈晓东
p.ent("PERSON", "陈晓东", line=9)
p.ent("ORG", "市委", line=9, after="陈晓东")         # 市委副书记、市长何益军
p.ent("PERSON", "何益军", line=9)
#   龙游湖商务区, 汽车文化馆: places, no span
p.ent("ORG", "凌志软件", line=9)                    # enterprise (short name)
p.ent("ORG", "康迪电动汽车", line=9)                # enterprise
p.ent("ORG", "陆地方舟", line=9)                    # enterprise
p.ent("ADMIN", "如皋", line=9, after="陆地方舟")    # 如皋国际园艺城: a venue, unit inside it

# ---- line 11
p.ent("ORG", "凌志软件股份有限公司", line=11)
p.ent("PERSON", "王晓斌", line=11, every=True)
p.ent("PERSON", "黄卫锋", line=11, every=True)

# ---- line 13
p.ent("PERSON", "王晓斌", line=13)
p.ent("ADMIN", "如皋", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)
p.block(5, 5, "PAGE")                               # 本文字数:1593 (e-paper furniture)
p.block(7, 13, "BODY", article=1)

p.save()
