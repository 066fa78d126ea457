"""page-2612: 内蒙古商报 e-paper (szb.nmgsb.com.cn), 2019-01-29, 第3版 两会报道, one article:
奋进新征程 同做追梦人, a text reprinted from 《内蒙古日报》. Text as returned by the `pages` store,
from the page's nav line; its last paragraph (“政府工作报告内容全面…九原区市场监督管理局将继续深化商事
登记制度和) was cut mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2612", "corpus/raw/pages/2612_nmgsb_lianghui_fanxiang.txt",
         publisher="内蒙古商报", date="2019-01-29", script="simplified", origin="pages")

# ---- line 1: e-paper nav line listing the page's titles (PAGE)
p.ent("ORG", "内蒙古商报", line=1)                  # the paper's name in 内蒙古商报两会报道
p.ent("PERSON", "陈佰山", line=1)                   # 陈佰山委员
p.ent("ORG", "蒙能集团", line=1)
p.ent("PERSON", "薛昇旗", line=1)
#   自治区: level word; 蒙东: a region, no unit
p.ent("PERSON", "张俊伟", line=1)

# ---- lines 3-6: e-paper furniture
p.ent("ORG", "内蒙古商报", line=5)

# ---- line 14: source tag + first paragraph
p.byline("BYLINE", "《内蒙古日报》消息", line=14)    # source tag opening the article, like 本报讯
p.ent("ORG", "内蒙古日报", line=14)                 # a paper in 《》: ORG without the marks
#   我区, 自治区两会: level words; 两会: no formula
p.ent("PERSON", "习近平", line=14)
p.ent("ORG", "党中央", line=14)
p.ent("ADMIN", "内蒙古", line=14, after="亮丽")     # 建设亮丽内蒙古: the region as a place
#   中国梦: fixed political term (decision 2); 新中国成立70周年: historical name of the state, no span

# ---- line 16
p.ent("ORG", "呼和浩特市土左旗委", line=16)          # organ with its admin prefix; 土左旗 = 土默特左旗
p.ent("PERSON", "成红亮", line=16)
p.ent("ADMIN", "土左旗", line=16)                   # 土左旗作为革命老区
p.slogan("COUNT", "五个坚持", line=16)              # printed “五个 坚持” (layout space)
p.slogan("COUNT", "六个稳", line=16)
p.slogan("GROUP", "三大攻坚战", line=16)
s = p.slogan("COUNT", "三个提质", line=16)[0]        # printed “三 个提质”; items printed before it
lo = p.find_all("积极做好", s["start"] - 40, s["start"])[0][1]
s["expansion"] = [list(p.find_all(x, lo, s["start"])[0]) for x in ["乡村振兴", "工业转型", "服务业优化"]]
s = p.slogan("COUNT", "三篇文章", line=16)[0]        # 写好A、B、C的 “三篇文章”: items before, without 的
lo = p.find_all("写好", s["start"] - 40, s["start"])[0][1]
s["expansion"] = [list(p.find_all(x, lo, s["start"])[0]) for x in ["融合发展", "社会民生", "全面深化改革"]]

# ---- blocks
p.block(1, 1, "PAGE")          # nav line of the e-paper page's titles
p.block(3, 6, "PAGE")          # 第3版:两会报道 / PDF / 版面导航 / paper name / 上一篇 下一篇 + date
p.block(8, 8, "HEADLINE", article=1)
p.block(10, 10, "SUBHEAD", article=1)
p.block(12, 12, "PAGE")        # 作者: (empty meta line)
p.block(14, 14, "BODY", article=1)
p.block(16, 16, "BODY", article=1)

p.save()
