"""page-4211: 龙门网 (longmen.net, news site of 龙门县, 惠州市, 广东), one article on the founding of
中共佛山龙潭同乡支部委员会 (a Party branch of 龙潭镇's migrant members in 佛山). Party building.
The stored page has no title: it opens with 微信扫一扫 and a photo caption. Text as stored."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4211", "corpus/raw/pages/4211_longmen_longtan_tongxiang_dangzhibu.txt",
         publisher="龙门网", date=None, script="simplified", origin="pages")

# ---- line 2: photo caption
p.ent("ORG", "中共龙门县委组织部", line=2)          # party name joins the organ (one ORG)
p.ent("ORG", "佛山龙潭同乡党支部", line=2)          # a named branch

# ---- line 3
p.ent("ADMIN", "佛山市", line=3)
p.ent("ADMIN", "南海区", line=3)
p.ent("ADMIN", "南海", line=3, after="南海区")       # 南海迎宾馆: a venue, the unit inside is ADMIN (decision 2)
p.ent("ORG", "龙门县龙潭镇委", line=3)              # 龙门县龙潭镇委书记 -> one ORG with its prefix (§2) + title
p.ent("ORG", "镇人大", line=3)                      # 镇人大主席 -> contracted title keeps the organ
p.ent("PERSON", "肖文勇", line=3)
p.ent("ORG", "龙潭镇委", line=3)                    # 龙潭镇委副书记
p.ent("PERSON", "张年胜", line=3)
p.ent("ADMIN", "佛山", line=3, after="60多名在")     # 佛山地区 (an area): the city is ADMIN
p.ent("ADMIN", "龙潭镇", line=3, after="工作的")     # 龙潭镇乡贤
p.ent("ADMIN", "龙门县", line=3)                    # 龙门县首个流出地党支部
p.ent("ORG", "中共佛山龙潭同乡支部委员会", line=3)
p.ent("ORG", "县委组织部", line=3)
p.ent("PERSON", "林富如", line=3)

# ---- line 4
p.ent("PERSON", "肖文勇", line=4)
#   广河高速公路: one-character short forms (广州, 河源), no ADMIN
p.ent("ADMIN", "佛山", line=4)                      # 佛山同乡
p.ent("ADMIN", "龙潭", line=4)                      # 龙潭乡亲 (乡亲 is a word, 34NN decision)

# ---- line 5
p.ent("PERSON", "林富如", line=5)
p.ent("ORG", "中共佛山龙潭同乡支部委员会", line=5)
p.ent("ORG", "佛山龙潭同乡党支部", line=5)
#   我县 (twice), 我县同乡会: deictic, no span
p.ent("ADMIN", "龙门", line=5)                      # 给力龙门发展

# ---- line 6
p.ent("PERSON", "张年胜", line=6)
p.ent("ORG", "镇政府", line=6)                      # level word + organ, one specific body
p.ent("ADMIN", "佛山", line=6)
p.ent("ADMIN", "龙潭", line=6)                      # 龙潭籍乡贤

# ---- line 7
p.ent("ADMIN", "龙潭镇", line=7)
p.ent("ADMIN", "龙门县", line=7)
p.ent("ADMIN", "佛山", line=7)                      # 在佛山地区工作
p.ent("ADMIN", "龙潭", line=7, after="佛山地区工作的")   # 龙潭籍乡贤
p.ent("ADMIN", "龙潭", line=7, after="支持")          # 支持龙潭发展
p.ent("ADMIN", "佛山", line=7, after="使在")          # 在佛山地区的党员
p.ent("ADMIN", "龙潭", line=7, after="及时了解")      # 龙潭经济社会发展
p.ent("ORG", "龙潭镇委", line=7)
p.ent("ORG", "佛山龙潭同乡会", line=7)               # a named hometown association (social organisation)
p.ent("ADMIN", "龙潭", line=7, after="基础上,在")    # 龙潭籍党员
p.ent("ORG", "中共佛山龙潭同乡支部委员会", line=7)
p.ent("ADMIN", "龙潭", line=7, after="人心和智慧,推动")  # 推动龙潭经济社会发展

# ---- blocks
p.block(1, 1, "PAGE")                 # 微信扫一扫 (share widget)
p.block(2, 2, "CAPTION", article=1)   # photo caption, no credit
p.block(3, 7, "BODY", article=1)

p.save()
