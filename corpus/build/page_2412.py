"""page-2412: 玉林日报 (玉林新闻网 m.yybnet.net, 容县 section), 2011-12-16, one article:
《玉林日报》创刊60周年座谈会举行. Text as returned by the `pages` store, from its title
(the portal's motto 看家乡事,品故乡情 above the title left out); its last paragraph
(1951年8月1日,《玉林日报》…如今,玉林日报社已发), cut off mid-sentence, dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2412", "corpus/raw/pages/2412_yulin_ribao_60zhounian.txt",
         publisher="玉林日报", date="2011-12-16", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "玉林日报", line=1)                    # 《玉林日报》: a newspaper named after its city is one ORG

# ---- line 3: medium alone with its timestamp = the page's source line
p.byline("BYLINE", "玉林日报", line=3)
p.ent("ORG", "玉林日报", line=3)

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "本报讯(记者王彦臻)", line=5)
p.ent("PERSON", "王彦臻", line=5)
p.ent("ORG", "市委", line=5, after="12月15日")       # 市委举行座谈会
p.ent("ORG", "玉林日报", line=5, after="纪念")        # 纪念《玉林日报》
p.ent("ORG", "市委", line=5, after="创刊60周年。")    # 市委书记
p.ent("ORG", "市人大常委会", line=5)                 # 市人大常委会主任
p.ent("PERSON", "金湘军", line=5)
p.ent("PERSON", "韩元利", line=5)                    # 市长韩元利: no organ written
p.ent("ORG", "玉林日报", line=5, after="充分肯定了")  # 《玉林日报》创刊以来
p.ent("ORG", "市委", line=5, after="并代表")
p.ent("ORG", "市政府", line=5)
p.ent("ORG", "玉林日报社", line=5)
p.ent("ORG", "玉林日报", line=5, after="问候")        # 对《玉林日报》今后发展
#   (贺信全文另发): an editor's note, no credit

# ---- line 7
p.ent("ORG", "市委", line=7, nth=1)                 # 市委副书记
p.ent("PERSON", "陈延国", line=7)
p.ent("ORG", "市委", line=7, after="讲话")           # 市委常委 -> ORG 市委
p.ent("ORG", "宣传部", line=7)                      # 宣传部部长 -> ORG 宣传部 (one specific body)
p.ent("PERSON", "满昌学", line=7)
p.ent("ORG", "市人大常委会", line=7)
p.ent("PERSON", "张福文", line=7)
p.ent("ORG", "市政协", line=7)
p.ent("PERSON", "黄典山", line=7)

# ---- line 9
p.ent("PERSON", "陈延国", line=9)
p.ent("ADMIN", "玉林市", line=9)
p.slogan("COUNT", "六个示范", line=9)               # items not spelled out: no expansion
p.ent("ADMIN", "玉林", line=9, after="幸福和谐")      # 建设幸福和谐玉林
p.ent("ORG", "玉林日报", line=9, after="赋予")        # 赋予《玉林日报》新的使命
p.ent("ORG", "玉林日报社", line=9)
p.ent("ADMIN", "玉林", line=9, after="道路,为")       # 为玉林文化大发展
#   党的十七届六中全会: an event, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 玉林日报 2011-12-16 06:30 大字 (source line)
p.block(5, 9, "BODY", article=1)

p.save()
