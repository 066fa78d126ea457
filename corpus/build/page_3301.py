"""page-3301: 通辽日报 article (来源:通遼日報), as stored by the `pages` store from 中国网草原频道's
big5 gateway (grassland.china.com.cn, 2019-07-31): 一匹縱橫馳騁的蒙古馬:通遼深入貫徹落實習近平重要講話精神.
Text taken as stored, from its title; the last stored paragraph (為了保護母親河…) is cut off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3301", "corpus/raw/pages/3301_tongliao_mengguma.txt",
         publisher="通辽日报", date="2019-07-31", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "通遼", line=1)
p.ent("PERSON", "習近平", line=1)                    # 習近平重要講話精神

# ---- line 3: web meta line (decision 12): one BYLINE per labelled credit, timestamp outside
p.byline("BYLINE", "來源:通遼日報", line=3)
p.byline("BYLINE", "作者:楊朝東 張啟民", line=3)
p.ent("ORG", "通遼日報", line=3)                     # the medium credited as source
p.ent("PERSON", "楊朝東", line=3)
p.ent("PERSON", "張啟民", line=3)
p.ent("PERSON", "蘇文彥", line=3)                    # 責任編輯: name is PERSON, no byline span

# ---- line 5
p.ent("ADMIN", "通遼", line=5)                       # 通遼人: the city's people, the unit is named

# ---- line 7
p.ent("PERSON", "習近平", line=7)
p.ent("ADMIN", "內蒙古", line=7)

# ---- line 11
p.ent("ADMIN", "通遼", line=11, nth=1)
p.ent("ADMIN", "通遼", line=11, nth=1)               # second occurrence (first now taken)
p.ent("PERSON", "習近平", line=11)
p.slogan("COUNT", "九條全産業鏈", line=11)
p.slogan("COUNT", "五個優勢品牌産業", line=11)
p.slogan("PARALLEL", "一帶一路", line=11)

# ---- line 13
p.ent("ADMIN", "通遼", line=13)

# ---- line 15: photo caption
p.ent("ADMIN", "扎魯特", line=15)                    # 扎魯特草原: the banner inside a place name (decision 2)

# ---- line 19
p.ent("ADMIN", "通遼", line=19)                      # 西遼河 is a river: no span

# ---- line 21
p.ent("ADMIN", "通遼市", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 7, "BODY", article=1)
p.block(9, 9, "CAPTION", article=1)       # caption of a photo the text store dropped
p.block(11, 13, "BODY", article=1)
p.block(15, 15, "CAPTION", article=1)
p.block(17, 17, "CROSSHEAD", article=1)
p.block(19, 23, "BODY", article=1)

if "--show" in sys.argv:
    p.show()
else:
    p.save()
