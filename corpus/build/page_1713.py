"""page-1713: 三元新闻网 (fjsyxww.com, 三明市三元区; section 基层快讯), 2023-11-27, one article:
三元区4地被命名为市直机关第一批主题党日活动基地. Text as returned by the `pages` store, from its
title; the last paragraph (cut off mid-sentence: "…战斗意义等;深") was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1713", "corpus/raw/pages/1713_sanyuan_zhutidangri_jidi.txt",
         publisher="三元新闻网", date="2023-11-27", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "三元区", line=1)                 # 市直机关: generic, no span

# ---- line 2: web meta line (source + editor; timestamp outside)
p.byline("BYLINE", "来源:机关党工委", line=2)
p.ent("ORG", "机关党工委", line=2)                # the district's 直属机关党工委: one specific body (decision 13)
p.ent("PERSON", "陈依童", line=2)                 # editor: PERSON, no byline span (editor lines)

# ---- line 4
p.ent("ORG", "三明市直机关工委", line=4)
p.ent("ADMIN", "洋溪镇", line=4)                  # 洋溪镇乡村振兴红色教育基地: unit inside a site name
p.ent("ADMIN", "中村乡", line=4)
p.ent("ADMIN", "顶太", line=4)                    # 顶太—筠竹红色文旅基地: village names inside a site name
p.ent("ADMIN", "筠竹", line=4)
p.ent("ADMIN", "三元区", line=4, nth=1)
p.ent("ADMIN", "西际村", line=4)
p.ent("ADMIN", "三元区", line=4)
p.ent("ADMIN", "小蕉村", line=4)

# ---- line 7: crosshead
p.ent("ADMIN", "洋溪镇", line=7)

# ---- line 9
p.ent("ADMIN", "洋溪镇", line=9)                  # site name
p.ent("ADMIN", "洋溪镇", line=9)                  # 坐落在洋溪镇上街村村部旁
p.ent("ADMIN", "上街村", line=9)
#   “红色+绿色”: no numeral, no slogan; 3个展厅: a count
p.ent("ORG", "福建省委", line=9)                  # 时任福建省委副书记: contracted title keeps the organ
p.ent("PERSON", "习近平", line=9)
p.ent("ADMIN", "洋溪乡", line=9)
p.ent("ADMIN", "上街村", line=9)
p.ent("ADMIN", "洋溪", line=9, after="近年来")    # 洋溪牢记重要嘱托
#   中央坂、兴尚老街、清枫谷三大板块: places, and 三大板块 counts areas (like 五大片区): no slogan
p.ent("ADMIN", "三明", line=9)                    # “绿色三明”: unit inside a campaign name
p.ent("ORG", "东方军", line=9)                    # the Red Army's 东方军 acting (入闽攻打沙县)
p.ent("ADMIN", "沙县", line=9)
p.ent("ADMIN", "洋溪", line=9, after="驻扎在")
p.ent("PERSON", "陈阿忠", line=9)
p.ent("PERSON", "邓日福", line=9)
p.ent("ORG", "东方军", line=9)                    # 东方军马厩: the organisation named inside a relic's name
p.ent("ORG", "省立福州初级中学", line=9)
p.ent("ORG", "福州一中", line=9)
p.ent("ADMIN", "福州", line=9, after="前身")      # 从福州迁洋溪
p.ent("ADMIN", "洋溪", line=9, after="前身")
p.ent("PERSON", "江景波", line=9)
p.ent("PERSON", "宋良存", line=9)
#   “三牧校风”: 三牧 is the school's old site name (三牧坊), no formula

# ---- line 12: crosshead (its paragraph was cut off in the store and dropped)
p.ent("ADMIN", "中村乡", line=12)
p.ent("ADMIN", "顶太", line=12)
p.ent("ADMIN", "筠竹", line=12)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 4, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(9, 9, "BODY", article=1)
p.block(12, 12, "CROSSHEAD", article=1)

p.save()
