"""page-1305: 高台县人民政府 (gaotai.gov.cn), 县政府第51次常务会议 news page (pages store)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1305", "corpus/raw/pages/1305_gaotai_changwu.txt", publisher="高台县人民政府",
         date="2020-11-05", script="simplified", origin="pages")

# ---------------------------------------------------------------- spans
# L3 title
p.ent("PERSON", "张龙", line=3)
p.ent("ORG", "县政府", line=3)          # organ inside a meeting name (县政府第51次常务会议)
# L10-L15 meta table
p.ent("ORG", "高台县政府办", line=11)
p.ent("ORG", "高台县政府办", line=15)
# L20
p.ent("ORG", "县委", line=20)            # 县委副书记 -> ORG 县委
p.ent("PERSON", "张龙", line=20)
p.ent("ORG", "县政府", line=20)
# L22
p.ent("ORG", "中国共产党第十九届中央委员会", line=22)
p.ent("PERSON", "习近平", line=22, nth=1)
p.ent("PERSON", "习近平", line=22, nth=1)   # second occurrence (first now taken)
p.ent("ORG", "中国人民志愿军", line=22)   # organisation named inside an event's name
p.ent("ORG", "国务院", line=22)
p.ent("PERSON", "李克强", line=22)
p.ent("ADMIN", "中华人民共和国", line=22)  # law title names the state
# L24
p.ent("ORG", "中央", line=24)            # 按照中央和省市各项决策部署: the central authorities

# ---------------------------------------------------------------- slogans
# “属地、部门、单位、个人”四方责任: the items are printed before the formula
s = p.slogan("GROUP", "四方责任", line=24)[0]
lo = p.line_bounds[23][0]
s["expansion"] = [list(p.find_all(w, lo, s["start"])[0]) for w in ("属地", "部门", "单位", "个人")]

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "发布机构高台县政府办")     # labelled credit on two table lines
p.byline("BYLINE", "责任部门高台县政府办")

# ---------------------------------------------------------------- blocks
p.block(1, 1, "PAGE")        # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 9, "PAGE")        # font/print controls, 索引号, 文号, 关键词
p.block(10, 11, "BYLINE", article=1)   # 发布机构 / 高台县政府办
p.block(12, 13, "PAGE")      # 公开形式 / 主动公开
p.block(14, 15, "BYLINE", article=1)   # 责任部门 / 高台县政府办
p.block(16, 18, "PAGE")      # 生成日期 / timestamp / 是否有效
p.block(20, 26, "BODY", article=1)

p.save()
