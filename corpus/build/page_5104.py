"""page-5104: 岳西县农业农村局 (its 农业新闻 channel on the 岳西县 portal, ny.ahyx.gov.cn/nyxw/2020/02/401080.html;
publisher inferred from the address), February 2020 (address only, no printed date): the report of a bureau
meeting on epidemic control and farm work. The store's text opens at the meeting's second paragraph (会议首先…):
no title was stored. The site's copyright line after the body (岳西网凡注明…未经本网书面授权,任何) was cut off
mid-sentence by the store and is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5104", "corpus/raw/pages/5104_yuexi_nongyenongcun_huiyi.txt",
         publisher="岳西县农业农村局", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "中央", line=1)            # 传达学习了中央省市县关于…文件精神: the centre issuing documents (ORG, like 中央要求)
#   省市县 (bare level words), 国家省市农业农村部门 (generic): no span
#   一手抓好…,一手抓好…: two clauses across a comma, no formula (decision 10)

# ---- line 2
p.ent("PERSON", "习近平", line=2)
p.ent("ORG", "中央", line=2, nth=1)     # 全面落实中央和省市县关于疫情防控工作部署: acting (cf. 落实中央和省市各项决策部署)
#   中央一号文件: 中央 as a modifier of a document's name (like 中央八项规定), no span; 一号文件 is a number, no formula
p.slogan("GROUP", "三大革命", line=2)   # 农村环境“三大革命”: N大 + category naming a campaign's parts (items not listed)
p.slogan("GROUP", "三大行动", line=2)
#   各乡镇, 乡镇、村, 相关部门: generic, no span; “菜篮子”: no numeral

# ---- blocks
p.block(1, 2, "BODY", article=1)        # no title stored

p.save()
