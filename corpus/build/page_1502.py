"""page-1502: 兰陵县应急管理局 news item on the 兰陵县人民政府 portal (山东), 2022-09-28."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1502", "corpus/raw/pages/1502_lanling_yingji.txt", publisher="兰陵县应急管理局",
         date="2022-09-28", script="simplified", origin="pages")

# ---------------------------------------------------------------- spans
# line 1: portal banner; the government is ORG, 网站 (website) outside
p.ent("ORG", "兰陵县人民政府", line=1)
# line 6: meta line 发布机构
p.ent("ORG", "兰陵县应急管理局", line=6)
# line 11: meta field 名称 repeating the title
p.ent("ADMIN", "兰陵县", line=11)
# line 12: headline
p.ent("ADMIN", "兰陵县", line=12)
# line 14
p.ent("ORG", "县委", line=14)                 # 县委书记 -> organ 县委
p.ent("PERSON", "王康亮", line=14)
for name in ("张学超", "陈向营", "李勇"):
    p.ent("PERSON", name, line=14)
for org in ("县应急局", "县住建局", "县文旅局", "县消防救援大队"):
    p.ent("ORG", org, line=14)
# line 16
p.ent("PERSON", "王康亮", line=16, every=True)
p.ent("ADMIN", "兰陵", line=16)               # 兰陵王城项目: unit inside a project/site name (decision 2)
p.ent("ORG", "中钢集团山东矿业分公司", line=16)  # one ORG, 山东 inside
# 宝山前野生动物园: a venue (decision 14), no span
# line 18
p.ent("PERSON", "王康亮", line=18)

# ---------------------------------------------------------------- slogans
p.slogan("PARALLEL", "三管三必须", line=18)   # 管行业必须管安全… : items not spelled out on the page

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "发布机构 兰陵县应急管理局", line=6)   # labelled source credit (decision 12)

# ---------------------------------------------------------------- blocks
p.block(1, 3, "PAGE")                 # 欢迎访问…网站! / 今天是
p.block(5, 5, "PAGE")                 # 索引号
p.block(6, 6, "BYLINE", article=1)    # 发布机构 兰陵县应急管理局
p.block(7, 11, "PAGE")                # 公开目录, 发布日期, 文号, 公开方式, 名称
p.block(12, 12, "HEADLINE", article=1)
p.block(14, 18, "BODY", article=1)
p.block(23, 23, "PAGE")               # 扫一扫在手机打开当前页面

if __name__ == "__main__":
    if "--show" in sys.argv:
        p.show()
    p.save()
