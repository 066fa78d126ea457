import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1414", "corpus/raw/pages/1414_alsyq_aorigele.txt",
         publisher="阿拉善右旗人民政府", date="2025-01-14", script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# line 1: headline (series banner 代表委员履职记 stays inside it)
p.ent("PERSON", "敖日格勒", line=1)

# line 4
p.ent("ORG", "阿右旗人大", line=4)     # 阿右旗人大代表: deputy of the banner's people's congress
p.ent("ORG", "阿拉腾敖包镇固日班图拉嘎嘎查党支部", line=4)
p.ent("PERSON", "敖日格勒", line=4)      # 嘎查达 (village head) is a title

# line 5
p.ent("ADMIN", "固日班图拉嘎嘎查", line=5)
p.ent("ADMIN", "阿拉腾敖包镇", line=5)   # 阿拉腾敖包镇区: the town's built-up area
p.ent("PERSON", "敖日格勒", line=5)

# line 6: speaker line
p.ent("ORG", "阿右旗阿拉腾敖包镇固日班图拉嘎嘎查党支部", line=6)
p.ent("PERSON", "敖日格勒", line=6)

# line 8
p.ent("ADMIN", "阿右旗", line=8)          # inside the project name
p.ent("ORG", "内蒙古能源集团", line=8)
p.ent("ADMIN", "固日班图拉嘎嘎查", line=8)
p.ent("PERSON", "敖日格勒", line=8)

# line 9: speaker line
p.ent("ORG", "内蒙古能源", line=9)        # the company's short name opening the project name
p.ent("ADMIN", "阿右旗", line=9)
p.ent("PERSON", "樊瑞峰", line=9)

# blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "PAGE")
p.block(4, 10, "BODY", article=1)

p.save()
