"""page-3311: 渠县网 (qx818.com, site of 渠县融媒体中心, 四川省达州市渠县), 2020-10-15, one article:
王飞虎到县融媒体中心调研. Text as returned by the `pages` store, from its title; the store's
last paragraph (王飞虎指出,…习近平总书记多次发表重要) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3311", "corpus/raw/pages/3311_quxian_wangfeihu_rongmeiti.txt",
         publisher="渠县网", date="2020-10-15", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "王飞虎", line=1)
p.ent("ORG", "县融媒体中心", line=1)                 # level word + organ, like 县妇联

# ---- line 3: web meta line (decision 12): one BYLINE span per labelled credit, timestamp outside
p.byline("BYLINE", "作者:赵辉", line=3)
p.byline("BYLINE", "来源:本站原创", line=3)          # source = this site (本站, like 本网: no ORG)
p.ent("PERSON", "赵辉", line=3)

# ---- lines 4-5: app prompt (PAGE); the site named in it is ORG
p.ent("ORG", "渠县网", line=5)                      # 渠县网APP: the medium, APP outside

# ---- line 11
p.ent("ORG", "县委", line=11, nth=1)                # 县委书记、县长 -> ORG 县委 + titles
p.ent("PERSON", "王飞虎", line=11)
p.ent("ORG", "县融媒体中心", line=11)
p.slogan("GROUP", "四力", line=11)                  # “四力” (脚力、眼力、脑力、笔力; items not in this article)
p.slogan("PARALLEL", "一区、三地、一城", line=11)    # parts joined by 、 stay one formula (decision 10)
p.ent("ADMIN", "渠县", line=11, nth=1)              # 把渠县的声音
p.ent("ADMIN", "渠县", line=11, nth=1)              # 渠县“特富美安” (no numeral: no formula)
p.ent("ORG", "县委", line=11, nth=1)                # 县委副书记 (second 县委 on the line; first already taken)
p.ent("PERSON", "张宇科", line=11)

# ---- line 13
p.ent("PERSON", "王飞虎", line=13)
p.ent("ORG", "县融媒体中心", line=13, every=True)    # two mentions
#   (line 15) 自融媒体中心成立以来: bare institution type, no span (decision 13)

# ---- line 15
p.ent("ORG", "渠县融媒体中心", line=15)
p.slogan("PARALLEL", "两微一端", line=15)            # two numeral-led parts; items not spelled out
p.ent("ADMIN", "渠县", line=15, after="《")         # 《渠县新闻》 programme: unit inside (decision 2)
p.ent("ORG", "融渠县", line=15)                     # 融渠县APP: the media centre's news app, a medium
p.ent("ORG", "渠县网", line=15)                     # 渠县网APP: the medium, APP outside
p.ent("ADMIN", "渠县", line=15, after="今日")        # 《今日渠县》 programme
p.ent("ADMIN", "渠县", line=15, after="含《")        # 《渠县政法》 programme
#   《两会聚焦》: 两会 is no formula; 《党建先锋》《以案说法》…: programmes, no span
p.ent("ORG", "中央广播电视总台", line=15)
p.ent("ORG", "人民日报海外版", line=15)
p.ent("ORG", "四川电视台", line=15)
p.ent("ORG", "达州电视台", line=15)
p.ent("ORG", "学习强国", line=15)                   # platforms that ran the stories (one ORG per title)
p.ent("ORG", "人民日报", line=15, after="学习强国")   # 人民日报客户端: the medium, 客户端 outside
p.ent("ORG", "新华社", line=15)                     # 新华社客户端
p.ent("ORG", "四川观察", line=15)
p.ent("ORG", "达州观察", line=15)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 作者:… 来源:… 发布时间:… 点击数: (decision 12)
p.block(4, 5, "PAGE")                  # 扫一扫下载 / 渠县网APP (app prompt)
p.block(7, 7, "PAGE")                  # 分享
p.block(9, 9, "PAGE")                  # 分享到:
p.block(11, 15, "BODY", article=1)

p.save()
