"""page-5105: 怀集新闻网 (怀集县融媒体中心, zqhjtv.com), 2024-10-16, one article: 何以连麦.
Text as returned by the `pages` store, from its title; the site's greeting and breadcrumb
above the title were left out, and the last paragraph (cut mid-sentence) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5105", "corpus/raw/pages/5105_huaiji_lianmai.txt",
         publisher="怀集新闻网", date="2024-10-16", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "连麦", line=1)                        # 何以连麦: the township by its short name

# ---- line 2: web meta line (timestamp outside the credit)
p.byline("BYLINE", "来源:怀集县融媒体中心", line=2)
p.ent("ORG", "怀集县融媒体中心", line=2)

# ---- line 4
p.ent("ADMIN", "连麦镇", line=4)
p.ent("ADMIN", "怀集县", line=4)
for name in ["连西", "连东", "麦乌"]:                 # 分连西、连东、麦乌3乡: units listed before their level word
    p.ent("ADMIN", name, line=4)

# ---- line 6: placeholder + photo credit
p.byline("PHOTO", "何柳林  摄", line=6)
p.ent("PERSON", "何柳林", line=6)

# ---- line 9
p.ent("ADMIN", "连麦镇", line=9)
p.ent("PERSON", "黄佐臣", line=9)                      # 康熙 / 同治: reign names, no span
p.ent("ADMIN", "云南", line=9)                         # 云南|大理府知府: province + Qing prefecture
p.ent("ADMIN", "大理府", line=9)
p.ent("PERSON", "陈之梅", line=9)

# ---- line 15: a unit's 供图 credit
p.byline("PHOTO", "连麦镇党政办供图", line=15)
p.ent("ORG", "连麦镇党政办", line=15)

# ---- line 18
p.ent("ADMIN", "连麦镇", line=18, every=True)          # three mentions
p.ent("ADMIN", "石坑", line=18, every=True)            # 石坑鸭 (x3): named after 石坑村 of 连麦镇 (decision 2: a unit inside a product's name)
p.slogan("PER_UNIT", "一村一品", line=18)

# ---- line 26
p.byline("PHOTO", "陈莉莉 摄", line=26)
p.ent("PERSON", "陈莉莉", line=26)

# ---- line 29
p.ent("ADMIN", "连麦镇", line=29, every=True)          # two mentions
p.ent("ADMIN", "怀集县", line=29)
p.ent("ADMIN", "石坑", line=29, every=True)            # 石坑鸭 (x2)

# ---- line 35
p.byline("PHOTO", "杨雨晴 摄", line=35)
p.ent("PERSON", "杨雨晴", line=35)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "CAPTION", article=1)      # 图片 placeholder glued to the credit 何柳林  摄
p.block(9, 9, "BODY", article=1)
p.block(12, 12, "PAGE")                  # 图片 (picture placeholder)
p.block(14, 14, "PAGE")                  # 图片
p.block(15, 15, "CAPTION", article=1)    # 连麦镇党政办供图
p.block(18, 18, "BODY", article=1)
p.block(21, 21, "PAGE")                  # 图片
p.block(24, 24, "PAGE")                  # 图片
p.block(26, 26, "CAPTION", article=1)    # 陈莉莉 摄
p.block(29, 29, "BODY", article=1)
p.block(32, 32, "PAGE")                  # 图片
p.block(34, 34, "PAGE")                  # 图片
p.block(35, 35, "CAPTION", article=1)    # 杨雨晴 摄

p.save()
