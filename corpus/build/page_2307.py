"""page-2307: 云上孝昌 (孝昌县融媒体中心, yunxc.hbxc.cn), Hubei; one article on 周巷镇's
“学习二十大•建功新时代” 拉练 (tour of villages). Text as returned by the `pages` store; the
stored page opens with the body (no title stored), ends with its credit and editor lines."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2307", "corpus/raw/pages/2307_xiaochang_zhouxiang_laliang.txt",
         publisher="云上孝昌 (孝昌县融媒体中心)", date=None, script="simplified", origin="pages")

# ---- line 1
#   党的二十大 / “学习二十大•建功新时代”: 二十大 is no formula, the campaign name holds no unit
p.ent("ORG", "国家乡村振兴局", line=1)
p.ent("ADMIN", "孝昌", line=1)                      # 孝昌县 by its bare name
p.ent("ADMIN", "周巷镇", line=1)

# ---- line 2: the nine sites of the tour
#   新龙湖文体广场, 茶叶长廊, 十里苗木长廊: places; 知青点: a site (unit inside -> ADMIN);
#   金陈湾, 王家畈, 竹林湾, 毛家湾: natural villages (湾/畈) below village level, no span
p.ent("ADMIN", "青山村", line=2)
p.ent("ADMIN", "公平村", line=2)
p.ent("ADMIN", "龙泉村", line=2)
p.ent("ADMIN", "新龙村", line=2)
p.ent("ADMIN", "黄庙村", line=2)
p.ent("ORG", "梦里花园联合社", line=2)              # a named cooperative federation (an enterprise)
#   相关村(社区)党总支书记, 镇驻村包片领导: generic, no span

# ---- line 3: 全镇, 各村: level words, no span

# ---- line 4
p.slogan("GROUP", "五大振兴", line=4)               # the five parts of rural revitalisation; items not listed
p.ent("ORG", "周巷镇骆店村党总支", line=4)          # a named village's body, admin prefix attached
p.ent("PERSON", "王东芳", line=4)

# ---- line 5
p.ent("ADMIN", "周巷社区", line=5)                  # 新龙湖广场: a place, no span

# ---- line 6
p.ent("ADMIN", "周巷社区", line=6)                  # 我们周巷社区: deictic 我们 outside
p.slogan("GROUP", "五有", line=6)                   # ‘五有’人士: quoted count formula, items not listed
p.ent("ORG", "周巷社区党总支", line=6)
p.ent("PERSON", "周军平", line=6)

# ---- lines 7-10: credit and editor lines
p.byline("BYLINE", "记者:张园园 王婵(通讯员)", line=7)   # one label, two names: one labelled credit
p.ent("PERSON", "张园园", line=7)
p.ent("PERSON", "王婵", line=7)
p.ent("PERSON", "丁珂", line=8)
p.ent("PERSON", "李梦婷", line=8)
p.ent("PERSON", "汪海莲", line=9)
p.ent("PERSON", "高玉峰", line=10)

# ---- blocks
p.block(1, 6, "BODY", article=1)
p.block(7, 7, "BYLINE", article=1)   # web meta credit line under the article (decision 12)
p.block(8, 10, "PAGE")               # 编辑 / 责编 / 终审: editor lines

p.save()
