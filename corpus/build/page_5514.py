"""page-5514: 芮城县融媒体中心 (text on the 芮城县人民政府 portal rcx.gov.cn, 信息来源:芮城县融媒体中心), 2022-01-11,
one article: 全省实施乡村振兴战略实绩考核市际交叉评价芮城座谈会召开. Text as returned by the `pages` store, from
its title (the portal's bullets and login bar above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5514", "corpus/raw/pages/5514_ruicheng_xiangcun_kaohe_zuotan.txt",
         publisher="芮城县融媒体中心", date="2022-01-11", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "芮城", line=1)                       # …市际交叉评价芮城座谈会: the county by its short name

# ---- line 3: the portal's meta line (decision 12): one BYLINE span for the labelled source, date outside
p.byline("BYLINE", "信息来源:芮城县融媒体中心", line=3)
p.ent("ORG", "芮城县融媒体中心", line=3)

# ---- line 5
p.ent("ADMIN", "运城市", line=5)
p.ent("ADMIN", "晋中市", line=5, nth=1)
p.ent("ADMIN", "晋中市", line=5, after="当天下午")     # 由晋中市农业领域6位专家: the city, no organ named
p.ent("ORG", "第三考核组", line=5)                     # a named, numbered team (区委第三巡察组); bare 考核组 later: deictic
p.ent("ORG", "县委", line=5, nth=1)                    # 县委书记
p.ent("PERSON", "尚玉良", line=5)
p.ent("ORG", "县委", line=5, after="尚玉良")           # 县委副书记
p.ent("PERSON", "杨春霞", line=5, nth=1)
p.ent("ORG", "县委", line=5, after="杨春霞")           # 县委常委 (市委常委 -> ORG 市委)
p.ent("ORG", "组织部", line=5)                         # 组织部部长 (宣传部长 -> ORG 宣传部)
p.ent("PERSON", "陈军田", line=5)
p.ent("PERSON", "张琳", line=5)
p.ent("PERSON", "杨春霞", line=5, after="座谈会由")

# ---- line 7
p.ent("PERSON", "尚玉良", line=7)
p.ent("ORG", "县委", line=7)
p.ent("PERSON", "习近平", line=7)
p.ent("ORG", "省委", line=7)
p.ent("ORG", "市委", line=7)
p.slogan("PARALLEL", "五抓一优一促", line=7)           # items not spelled out on the page
p.slogan("GROUP", "五大振兴", line=7)                  # the five revitalisations; items not listed here

# ---- line 9
p.ent("ORG", "晋中市现代农业产业发展中心", line=9)
p.ent("PERSON", "郭侠军", line=9)
p.byline("CREDIT", "(记者 郭 荣 司马璐玺)", line=9)    # reporters' bracket after the last sentence (22NN rule)
p.ent("PERSON", "郭 荣", line=9)
p.ent("PERSON", "司马璐玺", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 时间:… 信息来源:芮城县融媒体中心 字体大小 浏览次数
p.block(5, 9, "BODY", article=1)
p.block(11, 11, "PAGE")                # 打印本页】 【关闭窗口

p.save()
