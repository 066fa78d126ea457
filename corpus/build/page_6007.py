"""page-6007: 揭西县人民政府 (jiexi.gov.cn county portal, Guangdong), record of the
揭阳市揭西县棉湖镇人民政府信息公开 section, published 2023-12-04, one article:
棉湖镇召开“百千万工程”工作推进会. Text as returned by the `pages` store, from the record's
heading; the store's first line (the tabs 政府信息公开 规章库) and its last paragraph
(吴谦慎要求,… cut off at “要综合施”) are left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6007", "corpus/raw/pages/6007_jiexi_mianhu_baiqianwan.txt",
         publisher="揭西县人民政府", date="2023-12-04", script="simplified", origin="pages")

# ---- line 1: the disclosure platform's heading (page furniture)
p.ent("ORG", "揭阳市揭西县棉湖镇人民政府", line=1)   # the town government, admin prefixes inside

# ---- line 4: 发布机构 field (BYLINE, decision of 16NN/17NN), date outside
p.byline("BYLINE", "发布机构: 揭阳市揭西县棉湖镇人民政府", line=4)
p.ent("ORG", "揭阳市揭西县棉湖镇人民政府", line=4)

# ---- line 5: 名称 field of the record (PAGE), its mentions still annotated
p.ent("ADMIN", "棉湖镇", line=5)
p.slogan("PARALLEL", "百千万工程", line=5)

# ---- line 10: headline
p.ent("ADMIN", "棉湖镇", line=10)
p.slogan("PARALLEL", "百千万工程", line=10)

# ---- line 14: first paragraph
p.ent("ADMIN", "棉湖镇", line=14, nth=1)               # 12月2日,棉湖镇召开
p.ent("PERSON", "习近平", line=14)
p.ent("ADMIN", "广东", line=14)                        # 视察广东
p.ent("ORG", "省委", line=14)                          # 落实省委“1310”具体部署 (省市县 after it: level words)
p.slogan("PARALLEL", "1310", line=14)                  # 省委“1310”具体部署 (docs: PARALLEL)
p.ent("ORG", "棉湖镇党委", line=14)                     # 棉湖镇党委书记 -> ORG + title
p.ent("ADMIN", "棉湖镇", line=14, after="部署要求")      # 推动棉湖镇“百千万工程”
p.ent("PERSON", "吴谦慎", line=14)
p.ent("ORG", "镇党委", line=14, after="作讲话")          # 镇党委副书记、镇长
p.ent("PERSON", "林锐涛", line=14)
p.slogan("PARALLEL", "百千万工程", line=14, every=True)  # five mentions

# ---- line 16: second paragraph
p.ent("PERSON", "吴谦慎", line=16)
p.slogan("PARALLEL", "百千万工程", line=16, every=True)  # two mentions; 头号工程 is no count

# ---- blocks
p.block(1, 1, "PAGE")            # 揭阳市揭西县棉湖镇人民政府信息公开 (platform heading)
p.block(3, 3, "PAGE")            # 索引号 / 分类
p.block(4, 4, "BYLINE", article=1)   # 发布机构: … 成文日期: …
p.block(5, 8, "PAGE")            # 名称, 文号/发布日期, 主题词, 【打印】【字体】
p.block(10, 10, "HEADLINE", article=1)
p.block(12, 12, "PAGE")          # 发布日期 / 浏览次数
p.block(14, 16, "BODY", article=1)

p.save()
