"""page-3503: 智慧慈利 (慈利县融媒体中心), reposted on the 万慈利 forum (wancili.com), one article:
慈利县2021年—2022年省派乡村振兴驻村工作队见面会召开. Text as returned by the `pages` store
(no title stored; the page opens with the body and closes with the credit (来源:智慧慈利 作者:苏湘媛))."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3503", "corpus/raw/pages/3503_cili_zhucun_gongzuodui.txt",
         publisher="智慧慈利 (慈利县融媒体中心)", date=None, script="simplified", origin="pages")

# ---- line 1: lead
p.ent("ADMIN", "慈利县", line=1)                    # 慈利县…驻村工作队见面会: unit inside an event name
for name in ["侯铁夫", "朱超雄", "张满钏", "谭本伦", "周毅"]:
    p.ent("PERSON", name, line=1)
#   省派乡村振兴驻村工作队: a kind of team (7支…), no ORG

# ---- line 2: fused photo captions (会议现场 / 慈利县委副书记…侯铁夫) + body
p.ent("ORG", "慈利县委", line=2)                    # 慈利县委副书记 -> ORG + title
p.ent("ORG", "县人民政府", line=2)                  # 县人民政府县长候选人提名人选 -> ORG + title
p.ent("PERSON", "侯铁夫", line=2)
p.ent("ADMIN", "慈利县", line=2, after="《")         # 《慈利县2021—2022年…方案》: unit inside a document title
for org in ["省体育局", "省妇女联合会", "省煤业集团有限公司", "省演艺集团", "湖南体育职业学院",
            "中国人民人寿保险公司湖南省分公司", "省有色金属控股集团有限公司"]:
    p.ent("ORG", org, line=2)
p.ent("ADMIN", "慈利县", line=2, after="进驻")
for unit in ["三官寺土家族乡", "袁家庄村", "东岳观镇", "北平村", "广福桥镇", "三王村", "老棚村",
             "象市镇", "虎头村", "高峰土家族乡", "南井村", "龙潭河镇", "联富村", "零溪镇", "两岔溪村"]:
    p.ent("ADMIN", unit, line=2)

# ---- line 3
p.ent("ORG", "县人大常委会", line=3)
p.ent("PERSON", "朱超雄", line=3)
p.ent("ADMIN", "慈利", line=3, every=True)          # 帮助慈利争政策; 与慈利干部群众 (2)

# ---- line 4
p.ent("ORG", "县委", line=4)                        # 县委副书记
p.ent("ORG", "县人民政府", line=4)
p.ent("PERSON", "侯铁夫", line=4)

# ---- line 5: closing credit (one bracket, two labelled parts)
p.byline("CREDIT", "(来源:智慧慈利 作者:苏湘媛)")
p.ent("ORG", "智慧慈利", line=5)                    # the county media centre's brand, the credit's source
p.ent("PERSON", "苏湘媛", line=5)

# ---- blocks
p.block(1, 5, "BODY", article=1)   # no title stored; line 2 fuses two photo captions with body text;
                                   # the credit-only line 5 stays in the BODY block (decision 12)
p.block(6, 6, "PAGE")              # | (forum furniture)

p.save()
