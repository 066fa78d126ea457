"""page-3309: 广州市番禺区人民政府 (panyu.gov.cn, 政务公开 > 政府工作报告), published 2023-02-25:
the opening of 2023年政府工作报告 (区长 叶珊瑚). Text as returned by the `pages` store, from its title;
the last stored paragraph ((二)经济发展稳中有进…总量全) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3309", "corpus/raw/pages/3309_panyu_zhengfu_gongzuo_baogao.txt",
         publisher="广州市番禺区人民政府", date="2023-02-25", script="simplified", origin="pages")

# ---- line 1: title
p.ent("ORG", "广州市番禺区第十八届人民代表大会", line=1)   # congress of a numbered term: one ORG; 第三次会议 = the event

# ---- line 3: web meta line (source credit); line 4 字体大小: furniture
p.byline("BYLINE", "来源:广州市番禺区人民政府", line=3)
p.ent("ORG", "广州市番禺区人民政府", line=3)

# ---- line 6: —— dated venue line (SUBHEAD)
p.ent("ORG", "广州市番禺区第十八届人民代表大会", line=6)

# ---- line 8: speaker line under the title (BYLINE, title included)
p.byline("BYLINE", "广州市番禺区人民政府区长  叶珊瑚", line=8)
p.ent("ORG", "广州市番禺区人民政府", line=8)             # 区长 is a title
p.ent("PERSON", "叶珊瑚", line=8)

# ---- line 12
p.ent("ORG", "番禺区人民政府", line=12)
p.ent("ORG", "政协", line=12)                            # 政协委员: contracted title keeps its organ (警察局長 -> 警察局)

# ---- line 16
p.ent("PERSON", "习近平", line=16, nth=1)               # 以习近平同志为核心的党中央
p.ent("ORG", "党中央", line=16, nth=1)
p.ent("ORG", "中国共产党", line=16)                      # inside 中国共产党第二十次全国代表大会 (an event): organisation ORG
p.ent("PERSON", "习近平", line=16, after="一年来")        # 习近平新时代中国特色社会主义思想
p.ent("PERSON", "习近平", line=16, after="坚决贯彻执行")   # 以习近平同志为核心的党中央
p.ent("ORG", "党中央", line=16, after="坚决贯彻执行")
p.ent("ORG", "市委", line=16)
p.ent("ORG", "市政府", line=16)
p.ent("ORG", "区委", line=16)
p.ent("ORG", "区十八届人大", line=16)                    # term inside a congress's name; 二次会议 = the event

# ---- line 18
p.ent("ADMIN", "广州", line=18)                          # 广州首个榕树公园
#   大夫山森林公园, 华南国家植物园体系: places / a system, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 4, "PAGE")
p.block(6, 6, "SUBHEAD", article=1)
p.block(8, 8, "BYLINE", article=1)
p.block(10, 12, "BODY", article=1)
p.block(14, 14, "CROSSHEAD", article=1)
p.block(16, 18, "BODY", article=1)

p.save()
