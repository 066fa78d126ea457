import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1607", "corpus/raw/pages/1607_macau_psp_revista136.txt",
         publisher="澳門治安警察局", date=None, script="traditional", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: masthead of the magazine 警訊 (editor lines -> PAGE, names PERSON, no bylines)
p.ent("ORG", "P.S.P.", line=1)                     # REVISTA DA P.S.P. (the force's abbreviation inside the title)
for zh, pt in [("吳錦華", "NG KAM WA"), ("魏瑞斌", "NGAI SOI PAN"), ("鍾倩怡", "CHONG SIN I"),
               ("劉觀勝", "LAO KUN SENG"), ("李皓茜", "LEI HOU SAI"), ("李 聰", "LEI CHONG"),
               ("陳小換", "CHAN SIO WUN")]:
    p.ent("PERSON", zh, line=1)
    p.ent("PERSON", pt, line=1)
# 翻譯 / 攝影 credits: a division written after its department -> one ORG (twice, Chinese and Portuguese)
p.ent("ORG", "策劃行動廳 - 公共關係處", line=1, every=True)
p.ent("ORG", "Departamento De Planeamento De Operações - DIVISÃO DE RELAÇÕES PÚBLICAS", line=1, every=True)
p.ent("ORG", "警察學校", line=1)
p.ent("ORG", "ESCOLA DE POLÍCIA", line=1)
p.ent("PERSON", "陳 溦", line=1)
p.ent("PERSON", "CHAN MEI", line=1)
# 版權所有 治安警察局 ; address
p.ent("ORG", "治安警察局", after="DIREITOS DE AUTOR RESERVADOS", line=1)
p.ent("ADMIN", "澳門", after="地址:", line=1)
# 氹仔 (Taipa): an island/area, no administrative unit of Macau today -> no span
p.ent("ORG", "治安警察局", after="北安碼頭大馬路", line=1)   # the force named in 治安警察局總部大樓
p.ent("ORG", "CORPO DE POLÍCIA DE SEGURANÇA PÚBLICA", line=1)
p.ent("ORG", "CPSP", after="Edifício do Comando do", line=1)
p.ent("ADMIN", "Macau", after="Taipa,", line=1)

# ---- line 2: table of contents (section names) -> PAGE, no spans
p.block(1, 1, "PAGE")
p.block(2, 2, "PAGE")
p.save()
