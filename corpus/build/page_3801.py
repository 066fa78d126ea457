"""page-3801: 延吉新闻网 (yanjinews.com, site of 延吉市融媒体中心), 2016-06-17, one article:
中央和省级媒体采访团来延采风 感受魅力延吉. Text as returned by the `pages` store, from its title;
the store's last line (a photo caption cut after 采访) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3801", "corpus/raw/pages/3801_yanji_meiti_caifeng.txt",
         publisher="延吉新闻网", date="2016-06-17", script="simplified", origin="pages")

# ---- line 1: headline (来延: one-character short form of 延吉, no span)
p.ent("ADMIN", "延吉", line=1)

# ---- line 2: source tag with date + first paragraph
p.byline("BYLINE", "延吉新闻网6月17日讯(记者 翟宇佳)")
p.ent("ORG", "延吉新闻网", line=2)
p.ent("PERSON", "翟宇佳", line=2)
p.ent("ORG", "延吉市旅游局", line=2)
for org in ["新华社", "中新社", "吉林日报", "新文化报", "吉林旅游网"]:
    p.ent("ORG", org, line=2)
#   中央、省级媒体: 中央 qualifies a level, no span
p.ent("ADMIN", "延吉", line=2, after="采访团来到")
p.ent("ADMIN", "延吉", line=2, after="零距离感受")
p.ent("ADMIN", "延吉", line=2, after="并报道")        # 延吉至长白山…专列; 长白山 is the mountain, no span

# ---- photo captions (lines 4, 6, 10, 12, 16): 延边博物馆 is a venue -> ADMIN 延边 only
for ln in (4, 10, 12, 16):
    p.ent("ADMIN", "延边", line=ln)
    p.ent("PERSON", "翟宇佳", line=ln)
    p.byline("PHOTO", "翟宇佳 摄", line=ln)
p.ent("PERSON", "翟宇佳", line=6)
p.byline("PHOTO", "翟宇佳 摄", line=6)

# ---- line 7
p.ent("ADMIN", "延边", line=7)                      # 延边博物馆 (venue)
p.ent("ADMIN", "延边", line=7, after="朝鲜族革命斗争史陈列")   # 延边出土文物陈列 (an exhibition)
p.ent("ADMIN", "中国", line=7)                      # 中国朝鲜族: the Koreans of China; 新中国 (epithet of the state): no span

# ---- line 8
p.ent("ORG", "吉林旅游广播", line=8)                 # a radio channel whose reporter speaks
p.ent("PERSON", "李泽育", line=8)
p.ent("ADMIN", "延吉", line=8)

# ---- line 13
p.ent("ADMIN", "中国", line=13)                     # 中国朝鲜族民俗园 (a site): unit inside
p.ent("ADMIN", "延吉", line=13, nth=1)              # 延吉海兰江湖高尔夫球场
p.ent("ADMIN", "延吉", line=13, nth=1)              # 延吉梦都美民俗旅游度假村
p.ent("ADMIN", "延吉", line=13, nth=1)              # 延吉至长白山…专列

# ---- line 14
p.ent("ORG", "延吉市旅游局", line=14)
p.ent("PERSON", "王延波", line=14)
p.ent("ADMIN", "延吉市", line=14)                   # 延吉市旅游工作会议 (a meeting): unit inside
p.ent("ORG", "环长白山旅游产业联盟", line=14)          # a named alliance being set up
p.ent("ORG", "市旅游局", line=14)
p.ent("ADMIN", "延吉", line=14, after="中央和省级媒体来")
p.ent("ADMIN", "延吉", line=14, after="对")
p.ent("ADMIN", "吉林", line=14)                     # 吉林、长春等地: places listed
p.ent("ADMIN", "长春", line=14)
p.ent("ADMIN", "延吉", line=14, after="了解")
p.ent("ADMIN", "延吉", line=14, after="认识")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BODY", article=1)
p.block(4, 4, "CAPTION", article=1)
p.block(6, 6, "CAPTION", article=1)
p.block(7, 8, "BODY", article=1)
p.block(10, 10, "CAPTION", article=1)
p.block(12, 12, "CAPTION", article=1)
p.block(13, 14, "BODY", article=1)
p.block(16, 16, "CAPTION", article=1)

p.save()
