"""page-2915: 里報 (life-information.com.tw, 新竹縣 local news), 2024-10-10, one article:
竹縣國慶升旗典禮旗海飄揚楊文科傾聽民意強調莫忘「以民為本」初衷. Text as returned by the `pages`
store, from its title; the last paragraph (cut off mid-sentence: …的施政核心目) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2915", "corpus/raw/pages/2915_xinzhu_guoqing_shengqi.txt",
         publisher="里報", date="2024-10-10", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "竹縣", line=1)                     # short form of 新竹縣 + level word (like 海西州)
p.ent("PERSON", "楊文科", line=1)

# ---- line 3: web meta line (byline; timestamp outside)
p.byline("BYLINE", "記者:里報.tw 林家慶 / 新竹縣 報導", line=3)
p.ent("ORG", "里報.tw", line=3)                    # the medium, named as it signs
p.ent("PERSON", "林家慶", line=3)
p.ent("ADMIN", "新竹縣", line=3)                   # the desk's place

# ---- line 5
p.byline("BYLINE", "【新竹訊】", line=5)             # release tag like 【新北市訊】
p.ent("ADMIN", "新竹", line=5)                     # inside the tag (nth 1 on the line)
p.ent("ORG", "新竹縣政府", line=5)
p.ent("ORG", "縣府", line=5)                       # 縣府前廣場: the square in front of the county government
p.ent("ADMIN", "新竹縣", line=5)                   # 「新竹縣各界慶祝…升旗典禮」: unit inside an event name
p.ent("PERSON", "楊文科", line=5)                  # 縣長楊文科
p.ent("ORG", "縣府", line=5, after="楊文科率")      # 縣府團隊
p.ent("PERSON", "張鎮榮", line=5)                  # 議長張鎮榮 (議長: title; bare 議會 = institution type, no span)
p.ent("PERSON", "徐欣瑩", line=5)                  # 立委徐欣瑩
p.ent("PERSON", "楊文科", line=5, after="熱鬧非凡")
p.ent("ORG", "縣府", line=5, after="以民為本")      # 縣府團隊努力打拚

# ---- line 7
p.ent("ORG", "忠信學校戰鼓社", line=7)              # a school's club: one ORG with its school
p.ent("ADMIN", "中華民國", line=7)                 # the state, as a place (祝福中華民國生日快樂)
p.ent("ORG", "衛福部國健署", line=7)                # organiser named inside a contest's name
p.ent("ORG", "新竹縣新豐鄉天天開心協會", line=7)
p.ent("ORG", "竹東高中韓國流行舞蹈社", line=7)

# ---- line 9: 國軍寶寶 is a mascot, no span

# ---- line 11: the list of co-organisers
p.ent("PERSON", "楊文科", line=11)
for org in ["新竹縣後備憲兵荷松協會", "新竹縣太極氣功十八式運動推展協會", "忠信學校戰鼓社",
            "忠信學校山前女子槍隊", "新竹縣新豐鄉天天開心協會", "竹東高中韓國流行舞蹈社",
            "憲兵第205指揮部新竹縣憲兵隊", "北部地區人才招募中心國軍新竹站"]:
    p.ent("ORG", org, line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
