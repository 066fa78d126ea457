"""page-3814: 台山市人民政府 portal (台山政府网, cnts.gov.cn, 台山快讯 section), 2020-10-13,
one article: 《美丽台山我的家》走进广海镇 (来源: 百峰网, the county-level city's news site).
Text as returned by the `pages` store, from its site furniture and title; the last paragraph
(广海镇镇党委书记刘宏杰表示,接下来广海的工作,一是加快…) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3814", "corpus/raw/pages/3814_taishan_guanghai_meili.txt",
         publisher="台山市人民政府", date="2020-10-13", script="simplified", origin="pages")

# ---- line 3: headline
p.ent("ADMIN", "台山", line=3)                        # 《美丽台山我的家》: a programme title, unit inside (decision 2)
p.ent("ADMIN", "广海镇", line=3)

# ---- lines 5-6: meta lines (labelled credits, decision 12)
p.byline("BYLINE", "来源: 百峰网", line=5)
p.ent("ORG", "百峰网", line=5)                        # the medium named as source
p.byline("BYLINE", "发布机构:台山政府网", line=6)
p.ent("ORG", "台山政府网", line=6)                     # a unit's own portal is ORG (21NN)

# ---- line 9: first paragraph
p.ent("ADMIN", "台山市", line=9)
p.ent("ADMIN", "台山", line=9)                        # 《美丽台山我的家》
p.ent("ADMIN", "广海镇", line=9)                      # add the longer form first
p.ent("ADMIN", "广海", line=9)                        # 直播活动走进广海: bare name of the town

# ---- line 11: second paragraph
p.ent("ORG", "广海镇党委", line=11)                    # 广海镇党委书记: contracted title keeps the organ
p.ent("PERSON", "刘宏杰", line=11)
p.ent("ORG", "镇委", line=11)                         # 镇委副书记 (like 县委书记 -> 县委)
p.ent("PERSON", "梁志娇", line=11)
p.ent("ADMIN", "广海镇", line=11)                     # 介绍了广海镇实施…
#   海丝古镇: a description of the town's heritage, no span
p.ent("ORG", "鲲鹏村委会", line=11)                    # one village's committee (decision 5); longer first
p.ent("ADMIN", "鲲鹏村", line=11, every=True)         # 以鲲鹏村为示范点, 从鲲鹏村干部
p.ent("ADMIN", "江门市", line=11)
p.ent("ORG", "广海中心小学", line=11)                  # a school
p.ent("ADMIN", "广海", line=11, after="文化振兴角度")    # 对广海“打龙船”等非遗文化

# ---- line 13: third paragraph
p.ent("ADMIN", "广海", line=13)                       # 广海建城历史悠久
p.ent("ADMIN", "广海镇", line=13, after="近年来")
p.ent("ADMIN", "广海镇", line=13, after="工作过程中")
p.slogan("PARALLEL", "一树、两园、三廊、四旁")           # counts 1-2-3-4 joined by 、: one formula (22NN); no items given
#   一二三产业, 第一/第二/第三产业: ordinals, no formula
p.ent("ORG", "鲲鹏村委会", line=13)                    # 以鲲鹏村委会为依托
p.ent("ADMIN", "广海", line=13, after="刷亮")          # “广海咸鱼”品牌: a brand, unit inside (decision 2)
p.ent("ADMIN", "广海镇", line=13, after="三是拓展")

# ---- blocks
p.block(1, 1, "PAGE")            # • 网站支持IPv6
p.block(2, 2, "PAGE")            # breadcrumb 您现在的位置 :
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 4, "PAGE")            # date-only meta line
p.block(5, 6, "BYLINE", article=1)   # 来源 / 发布机构 meta lines of the one article
p.block(7, 7, "PAGE")            # 【字体: (font-size widget)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "BODY", article=1)

if "--show" in sys.argv:
    p.show()
else:
    p.save()
