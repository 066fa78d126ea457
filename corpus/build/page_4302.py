"""page-4302: 阜新市农业农村局 (the bureau's own site nync.fuxin.gov.cn; 来源:阜新市农业农村局 on the meta line),
2025-04-21, one article: 阜新市农业农村局组织参加辽宁省粮食大面积单产提升行动工作会议.
Text as returned by the `pages` store, from its title, with the site's furniture after the article."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4302", "corpus/raw/pages/4302_fuxin_nync_danchan.txt",
         publisher="阜新市农业农村局", date="2025-04-21", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "阜新市农业农村局", line=1)
p.ent("ADMIN", "辽宁省", line=1)                    # inside a meeting's name (decision 2)

# ---- line 3: meta line (decision 12): the labelled source is the byline; the editor is a PERSON only
p.byline("BYLINE", "来源:阜新市农业农村局", line=3)
p.ent("ORG", "阜新市农业农村局", line=3)
p.ent("PERSON", "岳怡静", line=3)                   # 责任编辑: an editor credit, no byline span (docs: editor lines)

# ---- line 5
p.ent("ORG", "辽宁省农业农村厅", line=5)
p.ent("ADMIN", "彰武县", line=5)                    # 我市彰武县: 我市 deictic, no span
p.ent("ORG", "省农业农村厅", line=5)

# ---- line 7
p.ent("ORG", "农业农村部社会事业促进司", line=7)     # a sub-unit joins its ministry (中央农办秘书局)
p.ent("PERSON", "毛德智", line=7)
p.ent("ORG", "省农业农村厅", line=7)
p.ent("PERSON", "杨奕", line=7)
#   到阜: a one-character short form, never ADMIN
p.ent("ORG", "市政府", line=7)                      # 市政府副市长 -> ORG + title
p.ent("PERSON", "李树坦", line=7)
p.ent("ORG", "市农业农村局", line=7)
p.ent("PERSON", "岳永兴", line=7)
p.ent("PERSON", "梁庆福", line=7)                   # 局长岳永兴副局长梁庆福: the missing 、 of the page
p.ent("ADMIN", "彰武县", line=7)                    # 彰武县县长 -> ADMIN + title (as 雄县县长 on 1601)
p.ent("PERSON", "赵永硕", line=7)
p.ent("ADMIN", "彰武县", line=7, after="调研组")
p.ent("ADMIN", "冯家镇", line=7)
p.ent("ADMIN", "林家村", line=7)
p.ent("ADMIN", "兴隆山镇", line=7)
p.ent("ADMIN", "老虎村", line=7)
p.ent("ORG", "先达万和玉米种植专业合作社", line=7)   # a named cooperative (enterprise)

# ---- line 9
p.ent("ORG", "市农业农村局", line=9)                # 局视频会议室: a room, no span
p.ent("ORG", "省农业农村厅", line=9)
p.ent("ORG", "农业农村部社会事业促进司", line=9)
p.ent("PERSON", "毛德智", line=9)
p.ent("ADMIN", "阜新市", line=9)                    # 阜新市玉米大豆单产提升工程项目: unit inside a project's name

# ---- line 11
p.ent("ORG", "市农业农村局", line=11)
#   百万亩农业单产提升行动: a quantity, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 日期… 浏览量… 来源:… 责任编辑:… (decision 12)
p.block(5, 11, "BODY", article=1)      # four paragraphs, split by blank lines
p.block(13, 13, "PAGE")                # 图片2.png: a picture's file name (PAGE on most pages)
p.block(21, 23, "PAGE")                # 打印 / 分享 / 返回列表: site furniture

p.save()
