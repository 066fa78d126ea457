import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 聊城日报 e-paper (lcrb.lcxw.cn) article on 阳谷县寿张镇; source: pages store,
# http://lcrb.lcxw.cn/paper/pc/content/content_51290.html ; no date on the page.
p = Page("page-1401", "corpus/raw/pages/1401_liaocheng_shouzhang.txt", publisher="聊城日报",
         date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ------------------------------------------------------------------ spans
# line 1: headline
p.ent("ADMIN", "寿张镇", line=1)
# line 2: byline + first paragraph
p.ent("PERSON", "赵际良", line=2)
p.ent("PERSON", "李贵波", line=2)
p.ent("ADMIN", "阳谷县", line=2)
p.ent("ADMIN", "寿张镇", line=2)
p.ent("ADMIN", "周庄村", line=2, nth=1)                  # 周庄村蔬菜种植基地
p.ent("ORG", "周庄村党支部", line=2)                      # 周庄村党支部书记 -> organ kept whole
p.ent("PERSON", "赵文来", line=2)                         # 赵文来说
# line 3
p.ent("ADMIN", "寿张镇", line=3)
p.ent("ADMIN", "寿张", line=3, after="和美")              # “和美寿张” -> bare name of the town
# line 4
p.ent("ORG", "寿张镇党委", line=4)
# line 5
p.ent("ADMIN", "四棚西村", line=5)
p.ent("ADMIN", "冀王村", line=5)
p.ent("ADMIN", "沙河崖村", line=5)
p.ent("ADMIN", "寿张镇", line=5)

# ------------------------------------------------------------------ slogans
p.slogan("PLUS", "1+5+N", line=4)                         # “1+5+N”基层党建工作闭环管理新模式

# ------------------------------------------------------------------ bylines
p.byline("BYLINE", "本报讯 (通讯员 赵际良 李贵波)", line=2)

# ------------------------------------------------------------------ blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 5, "BODY", article=1)

p.save()
