"""page-2608: 迪庆日报 (xgll.com.cn e-paper, 第1版 头版), 2017-07-20, one article:
迪庆建州60周年新闻发布会在昆举行. Text as returned by the `pages` store, from its opening; its
last paragraph (党的十八大以来,在以习近…) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2608", "corpus/raw/pages/2608_diqing_jianzhou60_fabuhui.txt",
         publisher="迪庆日报", date="2017-07-20", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- lines 1-16: e-paper navigation (PAGE)
p.ent("ADMIN", "德钦", line=12)                    # 德钦新闻: page 3's name; the county inside it (decision 2)

# ---- line 17: headline
p.ent("ADMIN", "迪庆", line=17)                    # 迪庆建州60周年; 在昆: one-character short form, no span

# ---- lines 18-19: photo caption
p.ent("ADMIN", "云南省", line=18)
p.ent("ADMIN", "迪庆藏族自治州", line=18)
p.ent("ADMIN", "昆明", line=18)
p.byline("PHOTO", "(松学宝 摄)")
p.ent("PERSON", "松学宝", line=19)                 # 中央驻滇媒体: 滇 is a one-character short form

# ---- line 21: byline + lead
p.byline("BYLINE", "本报讯 (记者 松学宝)")
p.ent("PERSON", "松学宝", line=21)
p.ent("ADMIN", "云南省", line=21)
p.ent("ADMIN", "迪庆藏族自治州", line=21)
p.ent("ADMIN", "昆明", line=21)

# ---- line 23
p.ent("ORG", "云南省新闻办公室", line=23)
p.ent("PERSON", "田虎青", line=23)
p.ent("ORG", "州委宣传部", line=23)
p.ent("ORG", "州委", line=23)                      # 州委常委: a shortened title keeps its organ
p.ent("PERSON", "刘荣", line=23)

# ---- line 25
p.ent("ADMIN", "迪庆藏族自治州", line=25)
p.ent("ADMIN", "迪庆", line=25)                    # 《吉祥迪庆》: unit inside a show's title
p.ent("ADMIN", "中国", line=25)                    # 中国·香格里拉特色产品展示展销会
p.ent("ADMIN", "香格里拉", line=25)                # 香格里拉 (the county-level city's name) inside the event's name

# ---- line 27
p.ent("ADMIN", "迪庆", line=27, every=True)        # 迪庆民族民间传统手工艺 / 大美迪庆

# ---- line 29
p.ent("ADMIN", "云南省", line=29)
p.ent("ADMIN", "迪庆藏族自治州", line=29)          # 迪庆藏族自治州首任州长
p.ent("PERSON", "松谋·昂翁洛桑丹增嘉措", line=29)  # 高僧大德…活佛: titles outside
p.ent("ADMIN", "迪庆", line=29, every=True)        # “迪庆”宣告成立 / 取名为迪庆 / 迪庆完成 / 迪庆各族儿女

# ---- blocks
p.block(1, 16, "PAGE")            # e-paper navigation, date line, 上一篇/下一篇
p.block(17, 17, "HEADLINE", article=1)
p.block(18, 19, "CAPTION", article=1)
for ln in (21, 23, 25, 27, 29):
    p.block(ln, ln, "BODY", article=1)

p.save()
