"""page-5713: ccnnvip.com (青海频道 > 乡镇在线), 2022-04-05, one article: 治多县 (玉树州, 青海)
visits herders on the 青海-西藏 border. Text as returned by the `pages` store, from its title;
the last paragraph, cut off mid-sentence by the store, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5713", "corpus/raw/pages/5713_zhiduo_bianjie_zoufang.txt",
         publisher="ccnnvip.com", date="2022-04-05", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "治多县", line=1)                 # 青藏边界: one-character short forms, no ADMIN

# ---- line 7: byline + first paragraph
p.byline("BYLINE", "(文:才仁当智 摄影:索南文扎)")
p.ent("PERSON", "才仁当智", line=7)
p.ent("PERSON", "索南文扎", line=7)
p.ent("ADMIN", "青海省", line=7)
p.ent("ADMIN", "治多县", line=7)
p.ent("ADMIN", "索加乡", line=7)
p.ent("ADMIN", "当曲村", line=7)
p.ent("ADMIN", "那曲市", line=7)
p.ent("ADMIN", "安多县", line=7)
p.ent("ADMIN", "多玛乡", line=7)               # 五组: a herders' group below village level, no span

# ---- line 9: the speech
p.ent("ORG", "治多县委", line=9)                # 治多县委常委 -> the committee
p.ent("ORG", "宣传部", line=9)                  # 宣传部长 -> 宣传部 (shortened title keeps its department)
p.ent("PERSON", "荣伟", line=9)
p.ent("ORG", "州委", line=9)
p.ent("ORG", "州政府", line=9)
p.ent("ORG", "治多县委", line=9, after="州政府")
p.ent("ORG", "县政府", line=9, after="治多县委、")
# 中央第七次西藏工作座谈会: 中央 qualifies the meeting (no ORG); 西藏 inside an event name -> ADMIN
p.ent("ADMIN", "西藏", line=9)
p.ent("ADMIN", "索加", line=9, after="红色")      # ‘红色索加’故事: unit inside a brand (decision 2)
p.slogan("PARALLEL", "一优两高", line=9)          # items not spelled out on the page
p.ent("ADMIN", "玉树州", line=9)
p.ent("ADMIN", "治多县", line=9, after="玉树州")
p.ent("ADMIN", "索加乡", line=9)
p.ent("ADMIN", "当曲村", line=9)
p.ent("ADMIN", "那曲市", line=9)
p.ent("ADMIN", "安多县", line=9)
p.ent("ADMIN", "多玛乡", line=9)
# line 11: 青藏两省区各级党委、政府, 党和国家: generic, no spans

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")        # 【时间】… 【阅览】: date-only meta line
p.block(5, 5, "PAGE")        # 分享: (site furniture)
p.block(7, 11, "BODY", article=1)

p.save()
