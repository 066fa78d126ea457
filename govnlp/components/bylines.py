"""``byline_tagger``: bylines, end-of-article credits and photo credits, parsed.

Finds the three labels of ANNOTATION.md section 4 with exact patterns over
the normalised text (the source tags, roles and brackets of the genre are a
closed set), and parses each span into ``span._.source`` (本报, 新华社,
山西新闻网…) and ``span._.credits``, a list of ``(role, name)`` pairs with
roles normalised (记者, 本报记者, 见习记者, 特约记者, 通讯员, 实习生, 摄影;
``None`` for a name with no role).  Names run together (记者李铮通讯员王飞李永)
are split at role words and, failing spaces, at known surnames.  Web pages add
labelled meta lines (作者：…, 来源：… give a credit or a source), and a line of
role and names is a BYLINE when it opens an article and a CREDIT when it closes
one (docs/annotation.md).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..gazetteer import admin_table
from ..names import NOT_NAMES, OFFICE_TITLES, TRANSLIT, transliterated

# where the entity patterns leave their byline search of a page for the byline tagger (one
# search per page; popped by the tagger, so it never reaches a serialised Doc)
FOUND_KEY = "govnlp.bylines_found"
ROLES = ("本报记者", "本刊记者", "本报通讯员", "见习记者", "特约记者", "首席记者", "实习记者", "全媒体记者", "融媒体记者",
         "全媒记者", "融媒记者", "记者", "通讯员",
         "实习生", "摄影记者", "摄影", "摄", "作者", "来源", "特派记者", "特派员")
ROLE_RE = "|".join(ROLES)
# the roles as layout may space them out (记 者 | 张子鹤 赵 鑫)
SPACED_ROLE_RE = "|".join("[ \u3000]?".join(r) for r in ROLES)
WS = r"[ \t\u3000\n]*"
WS1 = r"[ \t\u3000]*(?:\n[ \t\u3000]*)?"         # layout space with at most one line break (no blank line)
_H = r"\u4e00-\u9fff"
# a county's media brand: a brand word and the county's name (今日高邮, 视听高邮, 云上赤壁, 掌上桐乡)
MEDIA_BRANDS = ("今日", "视听", "云上", "掌上")
BRAND = rf"(?:{'|'.join(MEDIA_BRANDS)})[{_H}]{{2,4}}?"
# what a source tag's medium ends in (山西新闻网, 甘州融媒, 阜新融媒体中心), longest first
SOURCE_ENDS = "网|报|台|社|融媒体中心|融媒体|融媒|客户端|发布|在线|信息港"
# what sets a medium off from its reporter (南部最大聲/記者, 墨新聞|記者)
MEDIUM_BAR = "/／|｜"
MEDIA_JOINER = r"[/／、·•\-－—]"                  # between media named together (湖南日报·新湖南客户端)
# media named before the last one of a source, each with its joiner (浙江在线-|安吉新闻网)
JOINED_MEDIA = rf"(?:[{_H}]{{2,8}}(?:{SOURCE_ENDS}){MEDIA_JOINER})*"
# 本报讯 / 本报 / 本报广州6月3日电 / 新华社北京5月1日电 / 山西新闻网晋城讯 / 四川新闻网绵阳5月9日讯 / 甘州融媒讯
SOURCE = (rf"(?:【[{_H}]{{1,8}}讯】|【[特专快]讯】|【[{_H}]{{1,4}}报】(?=[{_H}])"        # 【新北市訊】: a government's own release; 【特訊】: the paper's
          rf"|[△▲][{_H}]{{2,12}}讯(?=[:：])"                   # △政府發言人辦公室訊:…: an office's release in a paper
          rf"|【[A-Za-z]{{0,6}}[{_H}]{{0,8}}(?:新闻台|电视台|新闻网|通讯社|新闻)】(?=[^\n]{{0,200}}?[。！？])"   # 【Now新聞台】港澳辦…。: a channel's
          # own story (a title it opens has no sentence end: 【黄冈新闻网】神奇而美丽的长兴村)
          rf"|本{WS}[报网台站港][{_H}]{{1,4}}[讯电]|【本[报网台站]消息】|【[{_H}]{{2,8}}?报道】"   # 本报凌云讯, 【本報消息】, 【點新聞報道】
          rf"|【(?:{ROLE_RE})[ \u3000]*[{_H}]{{2,4}}[ \u3000]*[/／]?[{_H}]{{2,4}}(?:报导|报道)】"       # 【記者鍾陽正桃園報導】
          rf"|本{WS}[报网台站港](?:(?:(?![讯电])[{_H}]){{0,4}}[0-9一二三四五六七八九十]{{1,2}}月[0-9一二三四五六七八九十]{{1,3}}日)?{WS}[讯电]?"
          rf"|(?:新华社|中央社|中新社|中通社|中新网)(?:{WS}[/／]{WS})?[{_H}]{{0,4}}(?:(?:[0-9]{{1,2}}月)?[0-9]{{1,2}}日)?电"   # 中央社／ 屏东县12日电
          rf"|[{_H}]{{2,8}}?(?:网|社|台)(?:(?!本[报网台])[{_H}]{{1,4}}(?=[0-9]))?(?:[0-9]{{1,2}}月)?[0-9]{{1,2}}日电"   # 香港新聞網11月21日電, 中評社香港6月29日電: any medium's dated wire
          rf"|[（(][{_H}]{{2,10}}(?:{SOURCE_ENDS})讯[）)]"          # (营口之窗网讯): the whole tag in brackets
          rf"|[{_H}]{{2,8}}报道(?=[（(](?:{ROLE_RE}))"             # 云上大冶报道(通讯员 叶光华 记者 陈婷)
          rf"|{JOINED_MEDIA}"     # 滨州日报/滨州网讯, 湖南日报·新湖南客户端, 浙江在线-安吉新闻网
          rf"[{_H}]{{1,8}}(?:{SOURCE_ENDS})(?:[（(][{_H}]{{2,10}}[）)])?"   # 荆楚网(湖北日报网)讯, 新报讯
          rf"{WS1}(?!本[报网台])[{_H}]{{0,4}}(?:[0-9]{{1,2}}月[0-9]{{1,2}}日)?{WS1}讯"    # (not 酒泉日报⏎⏎本报讯)
          rf"|[{_H}]{{1,8}}(?:网|台|社|客户端)(?:[0-9]{{1,2}}月[0-9]{{1,2}}日)?{WS}消息"      # 苍南新闻网11月13日消息
          rf"|《[{_H}]{{2,10}}(?:报|网)》{WS}(?:消息|讯)"            # 《内蒙古日报》消息
          rf"|{BRAND}{WS}(?:消息|讯)"                                # 云上赤壁消息: a county's media brand
          rf"|[{_H}]{{2,5}}(?<![喜资通简快电视传审问音])讯(?=[ \u3000]*[0-9]{{1,2}}月[0-9]{{1,2}}日)"   # 东昌府讯 9月6日
          rf"|[{_H}]{{2,6}}(?<![喜资通简快电视传审问音警])讯(?=[（(])"     # 廉政中国讯(李长贵 张聪利): a site's tag before its reporters
          rf"|又讯(?=[ \u3000（(])"                               # 又讯 昨天下午,…, 又讯(通讯员夏萍记者冯鑫): a second story under the same tag
          rf"|{JOINED_MEDIA}"          # 浙江在线-兰溪新闻网(见习记者 …)
          rf"[{_H}]{{2,10}}(?:{SOURCE_ENDS})(?=[【（(](?:{ROLE_RE})))")     # 攸县融媒体中心【记者:刘志刚】
BRACKET = r"[（(〔\[【][^（()）〔〕\[\]【】\n]{1,60}?(?:\n[^（()）〔〕\[\]【】\n]{1,40}?)?[）)〕\]】]"
def _tag_matches(text: str):
    """Source tags, and the tag opening the next line of one that began mid-line: a tag may
    run over a column break (山西新闻网⏎晋城讯), so 来源:新疆日报⏎|新疆日报讯(…) first matches
    from the line above."""
    for m in BYLINE_TAG.finditer(text):
        yield m
        nl = m.group().find("\n")
        line_start = text.rfind("\n", 0, m.start()) + 1
        if nl != -1 and text[line_start:m.start()].strip(" \u3000□■"):
            k = m.start() + nl + 1
            while k < len(text) and text[k] in " \u3000":
                k += 1
            again = BYLINE_TAG.match(text, k)
            if again:
                yield again


# the reporters named after a tag, before a colon (本报讯 记者任晓莉报道:…)
REPORTED = rf"(?:{ROLE_RE})[ \u3000]*[{_H}]{{2,4}}(?:[ \u3000、]+(?:(?:{ROLE_RE})[ \u3000]*)?[{_H}]{{2,4}})*[ \u3000]*(?:报道|报导)(?=[:：])"   # 特约记者沈忱、通讯员伍天良报道:
# the medium a tagged story is taken from (中国甘肃网1月11日讯 据兰州日报报道 (记者 王忠德))
TAKEN_FROM = rf"[ \u3000]*据[{_H}]{{2,10}}?(?:报道|报导|消息)"
# the reporters after a tag, to the end of its line, unbracketed (尚一網訊 記者 孫瑋懌 王偉傑 … 李張念)
TAG_NAMES = rf"(?:{ROLE_RE})[ \u3000]*[{_H}]{{2,4}}(?:[ \u3000、]+(?:(?:{ROLE_RE})[ \u3000]*)?[{_H}]{{2,4}})*(?=[ \u3000]*(?:\n|$))"
BYLINE_TAG = re.compile(rf"(?P<src>{SOURCE})(?P<taken>{TAKEN_FROM})?(?:{WS}(?P<br>{BRACKET})|[ \u3000]*(?P<rep>{REPORTED})"
                        rf"|[ \u3000]+(?P<names>{TAG_NAMES}))?")
# a page's unit field (【单位:舒城县教育局】), never a measure's unit (单位:万元)
UNIT_FIELD = re.compile(rf"(?<![{_H}])单位[:：](?P<value>[{_H}]{{2,20}}?(?:局|委|办|中心|政府|院|所|站|校|中|小|会|部|厅|处|社|网|台|报))(?=[\s】\]]|$)")
# a reporter and the place reported from, run on after a photo credit (（記者彭新茹攝）記者彭新茹∕新竹報導)
DESK_AFTER_PHOTO = re.compile(rf"(?<=[）)】])(?:{ROLE_RE})[{_H}]{{2,4}}(?:、[{_H}]{{2,4}})*[ \u3000]*[/／∕][ \u3000]*[{_H}]{{2,4}}(?:报导|报道)")
# a photo credit closing a caption, with the medium after a slash (…宣传。记者 左黎韵 摄\视觉重庆)
PHOTO_MEDIUM_CREDIT = (rf"(?:(?:特约|本报)?摄影|(?:特约|见习|本报)?记者|通讯员)[ \u3000]*(?P<n>[{_H}]{{2,4}})"
                          rf"(?:[ \u3000]*摄)?[ \u3000]*[\\/／][ \u3000]*(?P<m>(?![{_H}]{{0,6}}(?:报导|报道))[{_H}]{{2,8}})")   # (not 记者张丽英/报导: a desk)
PHOTO_MEDIUM = re.compile(rf"(?<=[。！？!?])[ \u3000]*{PHOTO_MEDIUM_CREDIT}(?=[ \u3000]*(?:\n|$))")
PHOTO_MEDIUM_ALONE = re.compile(PHOTO_MEDIUM_CREDIT)       # the span found, parsed on its own
# a role, then its people in brackets, opening a paragraph (通讯员(陈正果 王波)1月12日,…)
ROLE_BRACKET = re.compile(rf"^[ \u3000]*(?:{ROLE_RE})[（(][{_H}]{{2,4}}(?:[ \u3000、][{_H}]{{2,4}})*[）)]", re.M)
ROLE_BRACKET_MARKS = re.compile("[（()）]")               # read as spaces, the role's people are a credit line
# a picture's source closing its caption (…表揚活動。圖:市府提供)
PHOTO_SOURCE_CREDIT = rf"图[:：_][ \u3000]*(?P<u>[{_H}]{{2,12}})提供"      # 圖:市府提供, 圖_屏東縣政府提供
PHOTO_SOURCE = re.compile(rf"(?<=[。！？!?\n])[ \u3000]*{PHOTO_SOURCE_CREDIT}(?=[ \u3000]*(?:\n|$))")
PHOTO_SOURCE_ALONE = re.compile(PHOTO_SOURCE_CREDIT)
# a paper's bureau opening a byline (□武胜记者站 颜伟 实习生 黄钟锐)
BUREAU = re.compile(rf"^[{_H}]{{2,8}}(?:记者站|分社)(?=[ \u3000])")
BOX_LINE = re.compile(rf"^[ \u3000]*[□■◇◆]{WS}(?:(?:文|图)[/／])?(?:[{_H}]{{1,8}}(?:日报|晚报|报|社|台|网)(?=(?:全媒体|融媒体|融媒)?记者))?"   # □ 河北法制报记者 张哲
                      rf"(?:{ROLE_RE}|[{_H}]{{2,8}}(?:记者站|分社)[ \u3000]).*$"
                      rf"(?:\n[ \u3000]*(?:通讯员|实习生|见习记者)[ \u3000]*[{_H}]{{2,4}}(?:[ \u3000、]+[{_H}]{{2,4}})*[ \u3000]*$)?", re.M)   # …⏎ 通讯员 孙娟 袁建青
# a boxed line of names ending in 报道 (□于向阳 陈文 徐雯雯 报道): the reporters, no role word
BOX_REPORTED = re.compile(rf"^[ \u3000]*[□■◇◆][ \u3000]*(?P<names>[{_H}]{{2,4}}(?:[ \u3000、]+[{_H}]{{2,4}})*)[ \u3000]*(?:报道|报导)[ \u3000]*$", re.M)
# an article reprinted from a medium, credited at its end: （据新华社郑州9月9日电）
REPORTED_FROM = re.compile(rf"据([{_H}]{{2,8}}?(?:社|报|网|台))")
# a bracketed credit opening a paragraph, with no source tag: （记者冯芸）百年大计…
OPENING_CREDIT = re.compile(rf"^[ \u3000]*(?P<br>(?:[（(][{_H}]{{2,12}}(?:新闻|日报|报|网|台|传媒)[）)])?"    # (觀傳媒中彰投新聞)【記者…報導】
                            rf"[（(【『](?:[{_H}]{{1,6}}?(?:新闻|日报|报|网|台|传媒)(?:[/／](?=[{_H}]*?(?:{ROLE_RE})))?(?={ROLE_RE}|[{_H}]{{2,4}}特派员))?(?:[{_H}]{{2,4}}?特派员|{ROLE_RE})[ \u3000]*(?<=记者)?[:：]?[ \u3000]*[{_H}]{{2,4}}"
                            rf"(?:(?:[ \u3000、]+|(?=(?:{ROLE_RE})))(?:(?:{ROLE_RE})[ \u3000]*)?[{_H}]{{2,4}})*"      # (记者徐志强实习记者 赵凤娟)
                            rf"(?:[ \u3000]*[/／][ \u3000]*[{_H}]{{0,4}})?(?:[ \u3000]*[{_H}]{{2,4}}[ \u3000]*(?=报道|报导))?(?:[ \u3000]*(?:报道|报导))?[）)】』])", re.M)   # 【记者宋幸儒报导】, 【記者譚杰、趙奇濤/宜蘭報導】, 【嘉雲特派員陳信利/嘉義縣報導】, 【互傳媒/記者 范家豪/屏東 報導】
# a bracket of labelled credits opening a paragraph: (文:才仁当智 摄影:索南文扎)4月2日至5日,…
OPENING_FIELDS = re.compile(rf"^[ \u3000]*(?P<br>[（(](?:[ \u3000]*(?:文|图|文/图|图/文|摄影|摄像|作者|记者|通讯员)[:：][ \u3000]*"
                            rf"(?:[{_H}]{{2,6}}[·・][{_H}]{{2,6}}|[{_H}]{{2,4}})){{1,3}}[ \u3000]*[）)])", re.M)
MEDIUM_CREDIT = re.compile(rf"^[ \u3000]*(?P<br>[（(](?P<m>[{_H}]{{2,10}})[/／](?P<n>[{_H}]{{2,4}}(?:[ \u3000、][{_H}]{{2,4}})*)[）)])", re.M)
UNIT_PICTURE = re.compile(r"[ \u3000]*[（(【][\u4e00-\u9fff]{2,12}图片[）)】][ \u3000]*")
PHOTO_BR = re.compile(r"[（(【](?:(?:图片|照片)来源[:：][^（()）【】\n]{2,20}|[^（()）【】\n]{0,30}?(?:(?<!拍)摄|提供|资料图|资料照片|(?<=[\u4e00-\u9fff]{2})图片(?=[）)】]))[^（()）【】\n]{0,4})[）)】]")   # not (无人机拍摄); (圖片來源:馬祖日報)
# what ends a short line that is a medium or a place, not a writer's name
NOT_NAME_LINE_ENDS = ("报", "网", "台", "社", "市", "县", "区", "省", "镇", "乡", "村",
                      "率队", "带队", "一行", "调研", "讲话", "致辞", "出席", "主持")     # 石邦林率队: a subhead, what he did
# a bare photo credit ends its line: 李建平 摄, 本报记者 刘斐 摄, 杨 爽摄
PHOTO_BARE = re.compile(rf"(?:(?<![{_H}A-Za-z])|(?<=图片))[□■]?(?:(?:[A-Za-z]{{2,6}}|本报|[{_H}]{{2,8}}(?:日报|晚报|报|网|台|新闻))?(?:全媒体|融媒体|融媒)?(?:中心)?(?:(?:特约|见习|首席|实习|摄影)?记者|通讯员)[ \u3000]*)?(?:[{_H}]{{2,4}}[ \u3000]+)*[{_H}](?:[ \u3000]?[{_H}]){{1,3}}[ \u3000]*(?:[/／][ \u3000]*)?摄影?"
                        rf"(?=[ \u3000]*(?:\n|$))"        # 王铮 杨东辉 摄: several names; 记者范荣达／摄影; □融媒体中心记者李华摄
                        rf"|(?<![{_H}])(?:[{_H}]{{2,4}}[ \u3000]*)?(?:通讯员|记者)?[ \u3000]*供图(?=[ \u3000]*(?:\n|$))"
                        rf"|(?:(?<=[。！？!?\n \u3000])|^)[ \u3000]*[{_H}]{{3,16}}(?<=[局办部委会站所院队社心协联团])供图(?=[ \u3000]*(?:\n|$))")   # …。故城县乡村振兴局供图, …车间 奉节县政协供图
# an English "By" line naming the site or writer (By 苗栗人新聞網)
BY_LINE = re.compile(rf"^[ \u3000]*(?P<b>[Bb][Yy][ \u3000]+(?P<m>[{_H}]{{2,12}}|[A-Za-z][A-Za-z .]{{1,30}}[A-Za-z]))[ \u3000]*$", re.M)
# the unit that supplied a story or its pictures, in brackets (供稿/供图:旌阳区融媒体中心)
SUPPLIED_BY = re.compile(rf"(?:供稿|供图)(?:[/／、](?:供稿|供图))?[:：][ \u3000]*([{_H}]{{2,16}})")
# a picture taken from a page or an account, on its own line (截取自臉書/賴坤成, 翻攝自…)
PHOTO_TAKEN = re.compile(r"^[ \u3000]*(?:截取自|截图自|翻摄自?)[^\n。，,！？]{1,24}?[ \u3000]*$", re.M)
# a picture's credit after the caption's last sentence, its taker named after 图/ (圖/陳崑福翻攝(以下同))
PHOTO_BY = re.compile(rf"(?<=[。！？!?])[ \u3000]*(?:图[/／][ \u3000]*(?P<n>[{_H}]{{2,4}}?)(?:翻摄|摄影|摄)"
                      rf"(?:[（(][{_H}]{{2,6}}[）)])?"
                      rf"|摄[:：][ \u3000]*(?P<n2>[{_H}]{{2,4}})[/／](?P<m>[{_H}]{{2,8}}))(?=[ \u3000]*(?:\n|$))")   # 攝:林振東/端傳媒
CREDIT_BR = re.compile(r"(?<=[。！？!?”\s])[ \u3000]*(?P<br>[（(](?![上下]转|转第|接第|上接)[^（()）\n]{2,48}[）)])(?=[ \u3000]*(?:\n|$))")
# web meta lines (ANNOTATION.md decision 12): one BYLINE per labelled credit, label included,
# timestamps outside, the next field's label (关 键 词:, glued to the value) outside; editor lines (责任编辑) are page furniture, not credits
META_LABELS = "(?:作者|来源|稿源|发布者|发布人|发布时间|发布日期|更新时间|发稿时间|出版日期|出版时间|录入时间|发表时间|浏览次数|点击次数|阅读次数|时间|日期|编辑|责任编辑|点击|浏览|索引号|文号|关[ \u3000]*键[ \u3000]*[词字])"
# a page's widgets and next fields, which follow a meta value and name no one (来源:坪上镇 打印, 张彪浏览:3534)
PAGE_WORDS = "(?:打印|分享|收藏|关闭|字号|浏览|点击|阅读|报纸|评论)"
# a two- or three-character name spaced out for layout (赵 鑫, 李 莉): one character, a space, the rest
SPACED_NAME_CHARS = rf"[{_H}][ \u3000][{_H}]{{1,2}}"
SPACED_NAME = rf"{SPACED_NAME_CHARS}(?![{_H}])"
# a label's value alone on the next line, a unit (来源:⏎宣汉县纪委)
UNIT_ON_NEXT_LINE = rf"(?:\n[ \u3000]*(?=[{_H}]{{2,16}}(?:委|局|办|中心|政府|网|报|台|社|部)[ \u3000]*(?:\n|$)))?"
# a transliterated name joined by a middle dot (热孜万古丽·买买提)
DOTTED_NAME = rf"[{_H}]{{2,6}}[·・][{_H}]{{2,6}}"
# a body's opening date, run on after a meta field
BODY_DATE = re.compile(r"[0-9]{1,2}月[0-9]{1,2}日")
# (丨, a separator between meta fields, is a Han code point: a label or a name may touch it)
META_CREDIT = re.compile(rf"(?:(?<=丨)|(?<![{_H}]))(?P<label>作者|新闻作者|文章作者|来源|本文转自|转自|转载自|稿源|文章来源|信息来源|消息来源|资料来源|内容来源|稿件来源|内容出处|来自(?=[:：])|出处|发稿人|发稿单位|发布者|发布人|发布单位|发布机关|发布机构|发布部门|发文机构|发文机关|发文单位|撰稿人?|供稿单?位?"
                         rf"|(?:全媒体|融媒体)记者(?=[:：])|记[ \u3000]?者|通[ \u3000]?讯[ \u3000]?员"
                         rf"|文/图|图文|文字|文|图|摄影|摄像|视[ \u3000]?觉)(?:[ \u3000]?[:：丨｜|][ \u3000]*{UNIT_ON_NEXT_LINE}|[ \u3000]+(?=[{_H}]{{2,4}}[ \u3000]*(?:\n|$))"
                         rf"|(?<=来源)[ \u3000]+(?=[{_H}]{{2,12}}[ \u3000]*(?:\n|$))"      # 来源 鹤岗新闻联播: a medium alone on its line
                         rf"|(?:(?<=\n来源)|(?<=^来源))[ \u3000]*\n(?:[ \u3000]*\n)?[ \u3000]*(?=[{_H}]{{2,12}}(?:{SOURCE_ENDS})[ \u3000]*(?:\n|$))"   # 来源⏎⏎瓯海新闻网: the label on a line of its own
                         rf"|(?:(?<=文/图)|(?<=图文))[ \u3000]+(?=[{_H}]{{2,4}}"        # 文/图 郭爱成 通讯员 热孜万古丽·买买提
                         rf"(?:[ \u3000]+(?:(?:通讯员|记者|实习生)[ \u3000]*)?(?!报道|报导)(?:{DOTTED_NAME}|[{_H}]{{2,4}}))*[ \u3000]*(?:\n|$))"
                         rf"|(?<=文/图)(?=[{_H}]{{2,12}}记者))"          # 文/图茂名日报社全媒体记者 陈琴: glued to its medium
                         rf"(?P<value>[{_H}](?:[ \u3000][{_H}]){{1,2}}(?=[ \u3000]*(?:\n|$))"     # 刘 欢: spaced out
                         rf"|(?:(?:记[ \u3000]者|通[ \u3000]讯[ \u3000]员)[ \u3000]+(?=[{_H}]))?"   # 作者:记 者 田 野: a spaced role
                         rf"(?:{SPACED_NAME}|(?:(?!{META_LABELS}[:：]|{BODY_DATE.pattern})[^\s:：，。\]】)）丨]){{1,32}})"   # (文章来源:武汉市商务局|11月11日,…: the body run on)
                         rf"(?:[ \u3000]{{1,3}}(?:(?:通[ \u3000]?讯[ \u3000]?员|记[ \u3000]?者|实习生)[ \u3000]*)?(?!{PAGE_WORDS})(?:{SPACED_NAME}|{DOTTED_NAME}|[{_H}]{{2,3}})(?!(?!丨|{PAGE_WORDS})[{_H}]|[:：/]))*)"   # 记者杨勘 徐文 通讯员何浩
                         rf"(?!(?:(?!{META_LABELS}[:：])[^\s:：，。])*[:：])"     # a value is no next label (来源:运城晚报|发布者:); names may be spaced
                         rf"(?:[ \u3000]+(?:文/图|图/文|摄影|摄)(?![{_H}]))?"   # 作者:李永春 陈进宇 文/图
                         rf"(?:[（(](?:通讯员|实习生|见习记者|记者)[）)])?"      # 记者:张园园 王婵(通讯员)
                         rf"(?:[ \u3000]*[/／][ \u3000]*[{_H}]{{2,4}}[ \u3000]*(?:报道|报导))?")   # 記者:里報.tw 林家慶 / 新竹縣 報導
# an open-government record's issuer field, its value after a space or on the next line
# (发布机构 兰陵县应急管理局, 发布机构⏎高台县政府办, 发文机构:⏎⏎    县政府网站): a unit, closed by a space,
# the line's end or the next field
RECORD_ISSUER = re.compile(rf"(?<![{_H}])(?P<label>发布机构|发文机构|发文机关|发布机关|责任部门)(?:[ \u3000]*[:：])?[ \u3000]*(?:\n[ \u3000]*){{0,2}}"
                           rf"(?P<value>[{_H}]{{3,24}}?(?:政府办公室|政府办|政府|局|委员会|办公室|委|办|中心|院|所|馆|网站|厅|部|街道|镇|乡))"
                           rf"(?=[ \u3000]|\n|$)")
# what a web meta label credits: a unit (the span's source) or people in a role
META_SOURCES = ("来源", "本文转自", "转自", "转载自", "稿源", "文章来源", "信息来源", "消息来源", "资料来源", "内容来源", "稿件来源", "内容出处", "来自", "出处", "发稿单位", "发布者", "发布单位", "发布机关", "发布机构", "发布部门", "发文机构", "发文机关", "发文单位",
                "供稿", "供稿单位", "供稿位")
META_ROLES = {"作者": "作者", "新闻作者": "作者", "文章作者": "作者", "记者": "记者", "全媒体记者": "全媒体记者", "融媒体记者": "融媒体记者", "本报记者": "本报记者", "通讯员": "通讯员", "发稿人": "发稿人", "发布人": "发稿人", "撰稿": "作者", "撰稿人": "作者", "文/图": "作者", "图文": "作者", "文": "作者", "文字": "作者",
              "图": "摄影", "摄影": "摄影", "摄像": "摄影", "视觉": "摄影"}
# a speech's speaker under its title (保亭黎族苗族自治县人民政府县长 王惠仙, 县 长 周永根, 县委副书记、县长
# 木合塔尔·丝迪克), or each of a digest's speakers (内蒙古通辽日报副总编、首席记者 郝文秀)
SPEAKER_LINE = re.compile(rf"^[ \u3000]*(?P<who>[{_H}、]{{0,30}}?(?:"
                          + "|".join("[ \u3000]?".join(t) for t in sorted(OFFICE_TITLES, key=len, reverse=True))
                          + rf"))[ \u3000]+(?P<name>[{_H}](?:[ \u3000]?[{_H}]){{1,3}}|[{_H}]{{2,6}}[·・][{_H}]{{2,6}})[ \u3000]*$", re.M)
# a government's head under the title of the work report he gives, title and name run together
# (重庆市南岸区人民政府区长陈一清)
HEAD_OF_GOVERNMENT_LINE = re.compile(rf"^[ \u3000]*(?P<who>[{_H}]{{2,20}}人民政府代?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|盟长))"
                                     rf"(?P<name>[{_H}]{{2,3}})[ \u3000]*$", re.M)
# a source's label before the medium it names (来源:云上谷城 通讯员…)
SOURCE_LABEL = re.compile(r"(?:来源|稿源|转自)[:：][ \u3000]*")
# a bracket saying who runs a site (桐城市融媒体中心主办): a statement, no credit
RUNS_SITE = ("主办", "承办", "协办", "合办", "联办", "创办", "举办", "主管")
# the last character of a unit's or a body's name (西河镇, 县人社局), not of a person's
UNIT_LAST = "省市县区旗镇乡村局部委办厅处科室站所队社会院校司组团网台报馆心"
# a web page's dated source line: 2022-03-08　新聞及國際關係處新聞傳播科, 2023年10月11日 西江日报 (the unit
# or paper that published it; not a weekday, 2022年7月20日 星期三)
# a web page's source line: the medium, then its timestamp (达州日报 2020-03-24 08:46 大字)
DATE = r"(?<!\d)(?:\d{4}[-/.年]|\d{2}[-/.])\d{1,2}[-/.月]\d{1,2}日?"       # 2020-03-24, 2020年3月24日, 18-01-11
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"                   # 08:46, 08:46:10
STAMP = rf"{DATE}(?:[ \u3000]+{CLOCK})?(?:[ \u3000]+[\u4e00-\u9fff]{{1,4}})?"
DATE_PREFIX = rf"(?<!\d)(?:\d{{4}}|\d{{2}})[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:[ \u3000]+{CLOCK})?[ \u3000]+"   # (2021-07-23 09:58 今日福安)
_DATED_MEDIUM = rf"[{_H}]{{2,10}}(?:日报|晚报|报|网|门户网站|台|客户端|新闻)"
# (哈尔滨新闻网-哈尔滨日报2020-07-27 07:41: two media joined, the stamp glued on)
MEDIUM_DATED = re.compile(rf"^[ \u3000]*(?P<src>{_DATED_MEDIUM}(?:[-－—/、·]{_DATED_MEDIUM})*|[{_H}]{{2,16}}(?:人民政府|政府|融媒体中心|办公室|政府办))"
                          rf"[ \u3000]*{STAMP}[ \u3000]*(?:$|(?=(?:来源|作者|编辑)[:：]))", re.M)   # (… 来源:资阳日报)
NAME_DATED = re.compile(rf"^[ \u3000]*(?P<name>[{_H}]{{2,3}})[ \u3000]+{STAMP}[ \u3000]*$", re.M)
DATED_SOURCE = re.compile(rf"^[ \u3000]*(?:{DATE_PREFIX}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日[ \u3000]+)(?!星期|礼拜|周[一二三四五六日天]|{PAGE_WORDS})(?P<src>[{_H}（）()]{{2,30}})[ \u3000]*$", re.M)
DASH_CREDIT = re.compile(rf"(?<=\n)[ \u3000]*——(?:[^\n]{{2,40}}?[ \u3000][{_H}]{{2,4}}|[ \u3000]*编[ \u3000]*者)"
                         rf"(?=[ \u3000]*(?:\n|$))")                     # ——编  者: an editor's note signed
# a news desk's credit on its own line (生活中心/综合报导): a byline naming no person
DESK_CREDIT = re.compile(rf"^[ \u3000]*(?!{ROLE_RE})[{_H}]{{2,8}}{WS}[/／]{WS}(?:综合|编译|特稿)?(?:报导|报道)[ \u3000]*$", re.M)
# a web page's author line naming a unit, between the title and the date line (太宽河保护区党支部 /
# 2019-07-04): the CMS's 作者 field printed without its label
UNIT_AUTHOR_LINE = re.compile(rf"(?<=\n)[ \u3000]*(?P<u>[{_H}]{{4,30}}(?:党支部|支部委员会|党委|党总支|委员会|政府|局|办|中心|处|科|站|所|林场|公司))"
                              rf"[ \u3000]*\n[ \u3000]*{DATE}[ \u3000]*(?=\n)")
# a line naming only the media of a closing credit (沈阳日报、沈报全媒体), over its role line
MEDIUM_ENDS = "日报|晚报|报|社|台|网|全媒体|融媒体|融媒|融媒体中心|新闻中心|在线"     # what a medium's name ends in
MEDIA_LINE = re.compile(rf"[ \u3000]*[{_H}]{{2,8}}(?:{MEDIUM_ENDS})(?:[、/／][{_H}]{{2,8}}(?:{MEDIUM_ENDS}))*[ \u3000]*")
# a line opened by a reporter's role and names (本报记者  吴储岐《人民日报》…, 南方日报记者 徐林 骆骁骅)
# the names after a reporter's role, with further roles between them (屠瑜  通讯员  朱文轩)
# the desk's role run on after the last name (记者:黄 可儿|编辑:容倩文)
DESK_NEXT = r"(?=(?:责任)?编辑[:：]|责编[:：])"
ROLE_NAMES = rf"(?:[ \u3000]*[:：]?[ \u3000]*(?:(?:通讯员|实习生|见习记者|实习记者|特约记者)[ \u3000]*[:：]?[ \u3000]*)?(?!报道|报导|(?:责任)?编辑|责编)(?:{SPACED_NAME_CHARS}(?:(?![{_H}])|{DESK_NEXT})|[{_H}]{{2,3}}(?:(?![{_H}])|(?=报道|报导)|{DESK_NEXT}))(?:[/／](?:文图|图文|[文图])(?![{_H}]))?)+"   # 李狮|报道, 谭 啸, 侯丹/文 王强/图, 平党申/文图
ROLE_LINE = re.compile(rf"^[ \u3000]*(?:[-－•●▪◆][ \u3000]*)?(?:{DATE_PREFIX})?(?P<line>(?:文[/／])?(?:[\[【][ \u3000]*[{_H}]{{2,10}}[ \u3000]*[\]】][ \u3000]*)?"   # [ 台東電子報 ] 記者…; a date before the medium (2025-09-08 瓯海新闻网 记者…)
                       rf"(?:(?:[{_H}]{{2,8}}(?:新闻|网|报|台)[•·])?[{_H}]{{2,8}}(?:日报|晚报|报|社|台|网)(?:[ \u3000]*[{MEDIUM_BAR}])?[ \u3000]*|[{_H}]{{2,8}}[ \u3000]*[{MEDIUM_BAR}][ \u3000]*"
                       rf"|[{_H}]{{1,6}}(?=融媒))?"   # 联合报／ 记者…, 南部最大声/记者…, 墨新聞|記者…, 自贡|融媒记者…, 县|融媒体中心记者
                       rf"(?:本报记者|本刊记者|新华社记者|全媒体记者|融媒体中心记者|融媒体记者|融媒记者|摄影[ \u3000]*记者|记者|本报通讯员)"   # 法治日报全媒体记者 …, 摄影 记者 张培坚
                       rf"{ROLE_NAMES}(?P<desk>[ \u3000]*(?:[/／][ \u3000]*[{_H}]{{0,4}})?(?:报导|报道))?"   # …/台東報導
                       rf"(?:[ \u3000]+(?:文/图|图/文)(?=[ \u3000]*(?:\n|$)))?"      # 本报记者 弓华静 谭 啸 王家恒 文/图
                       rf"(?:[（(](?:通讯员|实习生|见习记者|记者)[）)])?)", re.M)      # 记者:张园园 王婵(通讯员)
# a medium's reporter credited with no name, on a line of its own under a title (新华社记者)
BARE_ROLE_LINE = re.compile(rf"^[ \u3000]*(?:新华社|中新社|本报|[{_H}]{{2,8}}(?:日报|晚报|报|社|台|网))(?:特约|见习|首席)?记者[ \u3000]*$", re.M)
# a reporter's credit run on after the last sentence of an article (…的有效性。本报记者  屠瑜  通讯员  朱文轩)
GLUED_CREDIT = re.compile(rf"(?<=[。！？”])[ \u3000]*(?P<c>(?:本报记者|记者|本报通讯员|通讯员){ROLE_NAMES})[ \u3000]*(?=\n|$)")
SENTENCE_END = "。！？!?；;：:，,、"
# the desk's roles in a closing bracket, each before its people (供稿 席广虎 编辑 毛玉煜): no reporter's roles
DESK_ROLES = r"(?:供稿|撰稿|编辑|责编|审核|校对)"
DESK_ROLES_CREDIT = re.compile(rf"(?:{DESK_ROLES}[ \u3000:：]*[{_H}]{{2,4}}(?:[ \u3000、][{_H}]{{2,4}})*[ \u3000]*)+")
DESK_ROLE_WORD = re.compile(rf"(?:(?<=^)|(?<=[ \u3000]))(?:{DESK_ROLES})(?=[ \u3000:：])")
# what follows a closing credit line: the page end, a blank line, or a further credit line
# or the next article's title (a short line with no sentence end)
CLOSED_AFTER = re.compile(rf"\s*\Z|[ \u3000]*\n[ \u3000]*\n|[ \u3000]*\n[ \u3000]*(?:{ROLE_RE})"
                          rf"|[ \u3000]*\n[^\n。！？；，]{{2,40}}(?<![。！？；，：:])\n")


@lru_cache(maxsize=1)
def surnames() -> tuple[set[str], set[str]]:
    text = resources.files("govnlp.data").joinpath("surnames.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return {w for w in words if len(w) == 1}, {w for w in words if len(w) == 2}


def looks_like_name(s: str, married: bool = False) -> bool:
    """A 2-4 character Han string beginning with a known surname; with ``married``,
    also four characters opened by two surnames (郭陈丽娇: a wife's name after her
    husband's surname, usual in Taiwan and Hong Kong)."""
    single, double = surnames()
    s = re.sub(r"[ \u3000]", "", s)
    if not (2 <= len(s) <= 4) or not re.fullmatch(rf"[{_H}]+", s):
        return False
    if s[:2] in double:
        return True
    return (len(s) <= 3 or married and s[1] in single) and s[0] in single


def split_names(s: str, credited: bool = False) -> list[str]:
    """Split a run of names: by spaces, else at surnames (王飞李永 → 王飞, 李永); ``credited``:
    the run follows a reporter's role, where six characters are two names of three."""
    parts = [p for p in re.split(r"[ \u3000、，,]+", s.strip()) if p]
    if len(parts) > 1:
        # "杨 爽": a single char then another single char is one name with a layout space
        merged, i = [], 0
        while i < len(parts):
            if len(parts[i]) == 1 and i + 1 < len(parts) and len(parts[i + 1]) <= 2:
                merged.append(parts[i] + " " + parts[i + 1])
                i += 2
            else:
                merged.append(parts[i])
                i += 1
        return merged
    s = parts[0] if parts else ""
    if len(s) <= 3 or "·" in s or "・" in s or len(s) == 4 and transliterated(s):
        return [s] if s else []                             # (热孜万古丽·买买提, 索南文扎: one name)
    single, _ = surnames()
    # six characters are two names of three more often than one of two and one of four (李晓明刘英娜)
    for cut in ((3, 2) if credited and len(s) == 6 and s[3] in single else (2, 3)):
        rest = s[cut:]
        if rest and rest[0] in single and len(rest) >= 2:
            return [s[:cut]] + split_names(rest, credited)
    return [s]


def parse_credits(s: str) -> list[tuple[str | None, str]]:
    """``记者 王梦迪 见习记者 安 珊`` → [(记者, 王梦迪), (见习记者, 安 珊)].

    Attributions that name nobody (资料图, 资料照片) give no credits."""
    s = s.replace("\n", "").replace("∕", "/")          # ∕ (U+2215): a slash as Taiwan's sites print it
    if re.sub(r"[\s（()）]", "", s) in ("资料图", "资料照片"):
        return []
    s = re.sub(r"^[ \u3000]*[\[【][ \u3000]*[\u4e00-\u9fff]{2,12}(?:报|報|网|網|台|社)[ \u3000]*[\]】]", "", s)   # [ 台東電子報 ] 記者…
    s = re.sub(r"^[（(〔\[【『□■◇◆\s]+|[）)〕\]】』\s]+$", "", s)
    s = re.sub(r"^文[/／][ \u3000]*", "", s)                   # 文/本刊记者 余建红: who wrote it
    s = re.sub(r"^文[:：]", "作者 ", s)                          # 文:才仁当智 摄影:索南文扎: its author
    s = re.sub(rf"^[\u4e00-\u9fff]{{2,8}}(?:{MEDIUM_ENDS})[ \u3000]+(?=[\u4e00-\u9fff]{{2,4}}[ \u3000]*摄)", "", s)   # (中评社 卢哲摄): the medium
    s = BUREAU.sub("", s)                                   # 武胜记者站 颜伟: the paper's bureau, its source
    s = DESK_ROLE_WORD.sub(" ", s)                          # 供稿 席广虎 编辑 毛玉煜: the desk's roles, no names
    s0 = s
    s = re.sub(r"^[\u4e00-\u9fff]{2,4}?(?=特派员)", "", s)     # 嘉雲|特派員: the region a correspondent covers
    s = re.sub(r"[ \u3000]*(?:[/／][ \u3000]*[\u4e00-\u9fff]{0,4})?[ \u3000]*(?:报道|報導|报导|整理|采写)$", "", s)   # 记者裴庆力报道, …/台東報導, 于芯 整理
    place = re.search(r"[ \u3000]+([\u4e00-\u9fff]{2,4})$", s) if s != s0 else None
    if place and not looks_like_name(place.group(1)):
        s = s[:place.start()]                               # 記者 吳佳宜 嘉義|報導: the place reported from
    elif s != s0:
        s = _without_place(s)                               # 記者鍾陽正|桃園|報導: the place, run on
    s = re.sub(rf"^[\u4e00-\u9fff]{{2,8}}[ \u3000]*[{MEDIUM_BAR}][ \u3000]*(?=记者|記者)", "", s)   # 南部最大聲/|記者, 墨新聞|記者: the medium
    s = re.sub(r"^[\u4e00-\u9fff]{2,6}?(?=融媒(?:体)?记者)", "", s)          # 自贡|融媒记者: the place's media centre
    s = re.sub(r"[ \u3000]+(?:文/图|图/文|文图)$", "", s)        # …龙俊帆 文/图: wrote and photographed
    s = re.sub(r"(?<=[\u4e00-\u9fff]{2})[/／](?:文图|图文|[文图])(?=[ \u3000]|$)", "", s)   # 侯丹/文 王强/图: who wrote, who photographed
    out: list[tuple[str | None, str]] = []
    pieces = re.split(rf"({SPACED_ROLE_RE})", s)
    role = None
    for piece in pieces:
        if re.sub(r"[ \u3000]", "", piece) in ROLES:
            piece = re.sub(r"[ \u3000]", "", piece)
            if piece == "摄":
                out = [("摄影", n) if r is None else (r, n) for r, n in out]
                role = None
                continue
            role = "摄影" if piece == "摄影记者" else piece
            continue
        piece = piece.strip(" \u3000：:□■" + MEDIUM_BAR)
        if not piece or re.search(rf"(?:{MEDIUM_ENDS})$", piece):
            continue                                        # 新天水·天水日报|记者马放: the medium, no name
        for name in split_names(piece, credited=role is not None):
            out.append((role, name))
    return out


def _without_place(s: str) -> str:
    """A credit that ran its name into the place reported from (記者鍾陽正桃園), cut before
    the place: a unit the gazetteer lists, after a name of two to four characters."""
    for cut in (3, 2):
        head = re.sub(rf"^.*(?:{ROLE_RE})[ \u3000]*", "", s[:-cut])
        if len(s) > cut and 2 <= len(head) <= 4 and re.fullmatch(rf"[{_H}]+", head + s[-cut:]) \
                and admin_table().lookup(s[-cut:]):
            return s[:-cut]
    return s


def source_and_names(value: str) -> tuple[str, list[str]]:
    """A source label's value: the medium, and the people it names after a layout gap
    (河北日报客户端  薛惠娟 任学光 郭东); no names where anything after the gap is no name."""
    medium, *rest = re.split(r"[ \u3000]{2,}", value.strip(), maxsplit=1)
    names = split_names(rest[0]) if rest else []
    return (medium, names) if names and all(looks_like_name(n) for n in names) else (value, [])


def end_before(text: str, at: int) -> int:
    """Where the text before ``at`` ends, its trailing whitespace skipped (0 for none)."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k


class BylineTagger:
    def __init__(self, nlp: Language, name: str = "byline_tagger", spans_key: str = "bylines"):
        register_extensions()
        self.name = name
        self.spans_key = spans_key

    @classmethod
    def find(cls, text: str) -> list[tuple[int, int, str, str | None]]:
        """(start, end, label, source) over normalised text (no instance state: the
        entity patterns call it too)."""
        found: list[tuple[int, int, str, str | None]] = []

        def add(st, en, label, source=None):
            while st < en and text[st].isspace():
                st += 1
            while en > st and text[en - 1].isspace():
                en -= 1
            if en > st and all(en <= a or st >= b for a, b, *_ in found):
                found.append((st, en, label, source))

        for m in PHOTO_BR.finditer(text):
            add(m.start(), m.end(), "PHOTO")
        for m in PHOTO_BARE.finditer(text):
            st = m.start()
            # leading words that are no names belong to the caption (学生们在上课 李明 摄)
            while True:
                w = re.match(rf"([{_H}]{{2,4}})[ \u3000]+(?=[{_H}])", text[st:m.end()])
                if not w or looks_like_name(w.group(1)) or w.group(1) in ROLES or "供图" in m.group():
                    break                                   # (记者 吴丹/摄: the role stays)
                st += w.end()
            add(st, m.end(), "PHOTO", cls._media(text[st:m.end()]))      # 光明新闻记者 李立治 摄: the medium
        for m in PHOTO_TAKEN.finditer(text):
            add(m.start(), m.end(), "PHOTO")
        for m in PHOTO_BY.finditer(text):
            if looks_like_name(m.group("n") or m.group("n2")):
                add(m.start(), m.end(), "PHOTO", m.group("m"))
        for m in PHOTO_MEDIUM.finditer(text):
            if looks_like_name(m.group("n")):
                add(m.start(), m.end(), "PHOTO", m.group("m"))
        for m in DESK_AFTER_PHOTO.finditer(text):
            add(m.start(), m.end(), "BYLINE")
        for m in ROLE_BRACKET.finditer(text):
            if all(looks_like_name(n) for _, n in parse_credits(ROLE_BRACKET_MARKS.sub(" ", m.group()))):
                add(m.start(), m.end(), "BYLINE")
        for m in PHOTO_SOURCE.finditer(text):
            add(m.start(), m.end(), "PHOTO", m.group("u"))
        for m in UNIT_FIELD.finditer(text):
            add(m.start(), m.end(), "BYLINE", m.group("value"))
        for m in BOX_LINE.finditer(text):
            if not any(looks_like_name(n) or "·" in n for _, n in parse_credits(m.group())):
                continue                                    # ■记者基层行: a column, naming no one
            bureau = BUREAU.search(m.group().lstrip(" \u3000□■◇◆"))
            add(m.start(), m.end(), "BYLINE", bureau.group().strip() if bureau else cls._media(m.group().lstrip(" \u3000□■◇◆")))
        for m in BOX_REPORTED.finditer(text):
            if all(looks_like_name(n) for n in split_names(m.group("names"))):
                add(m.start(), m.end(), "BYLINE")
        for m in ROLE_LINE.finditer(text):
            # (parse_credits drops the desk and the place reported from: 记者 吳佳宜 嘉義|報導)
            names = [n for _, n in parse_credits(re.sub(rf"^.*?(?={ROLE_RE})", "", m.group("line")))]
            closed = re.match(r"[ \u3000]*[）)]", text[m.end():])     # 见习⏎|记者 安 珊）: a bracket's second line
            if names and 2 * sum(map(looks_like_name, names)) > len(names) and not closed:   # not 记者基层行 (a column); 弓华静 谭 啸 王家恒: a rare surname among them
                st, source = m.start("line"), cls._media(m.group("line"))
                k = end_before(text, st)
                prev_start = text.rfind("\n", 0, k) + 1
                if k > prev_start and MEDIA_LINE.fullmatch(text, prev_start, k) and "\n" in text[k:st]:
                    st, source = prev_start, text[prev_start:k].strip()   # 沈阳日报、沈报全媒体 / 记者 张晶 许非
                # a labelled field (记者:谢瑜 李金泽) is a byline wherever it stands, as the meta lines are
                labelled = re.search(rf"(?:{ROLE_RE})[ \u3000]*[:：]", m.group("line"))
                add(st, m.end(), "BYLINE" if labelled else cls._place(text, st, m.end()), source)
        for m in BARE_ROLE_LINE.finditer(text):
            k = end_before(text, m.start())
            if k == 0 or text[k - 1] not in SENTENCE_END:      # under a title, not closing a paragraph
                add(m.start(), m.end(), "BYLINE", cls._media(m.group()))
        for m in DESK_CREDIT.finditer(text):
            add(m.start(), m.end(), "BYLINE")
        for m in BY_LINE.finditer(text):
            add(m.start("b"), m.end("b"), "BYLINE", m.group("m"))
        for m in UNIT_AUTHOR_LINE.finditer(text):
            k = end_before(text, m.start())
            # under the body's last sentence, or in the page's second half: its signature
            signed = text[k - 1:k] in "。！？!?" or m.start() > len(text) / 2
            add(m.start("u"), m.end("u"), "CREDIT" if signed else "BYLINE", m.group("u"))
        for m in GLUED_CREDIT.finditer(text):
            names = [n for _, n in parse_credits(m.group("c"))]
            if names and all(looks_like_name(n) for n in names):
                add(m.start("c"), m.end("c"), "CREDIT", "本报" if m.group("c").startswith("本报") else None)
        for m in _tag_matches(text):
            src = re.sub(r"\s", "", m.group("src"))
            line_start = text.rfind("\n", 0, m.start()) + 1
            prefix = text[line_start:m.start()].strip(" \u3000□■•●▪◆")
            gap = re.search(r"[ \u3000]{2,}$", text[line_start:m.start()])
            if prefix and not (gap and prefix[-1] not in SENTENCE_END):
                continue    # a source tag opens its line or follows a layout gap (本报讯 in mid-sentence is prose)
            if not m.group("br") and not src.endswith(("讯", "电", "讯)", "讯）", "讯】", "消息】", "日消息", "报道】", "报导】", "报】", "台】", "网】", "社】", "新闻】")) \
                    and not src.startswith("《"):
                continue
            end = m.end()
            # right after a source tag, a short bracket is the credit whatever it holds
            # (本报讯（粤文）: a pen name); a long one is body text
            if m.group("br") and not (cls._credit_like(m.group("br")) or cls._short_bracket(m.group("br"))):
                end = m.end("src")
            add(m.start(), end, "BYLINE", cls._source(src))
        for m in (*OPENING_CREDIT.finditer(text), *OPENING_FIELDS.finditer(text)):
            k = end_before(text, m.start())
            # after the body's last sentence the bracket closes an article: (本报记者 于芯 整理)
            closing = k > 0 and text[k - 1] in "。！？!?”"
            add(m.start("br"), m.end("br"), "CREDIT" if closing else "BYLINE", cls._media(m.group("br")))
        for m in MEDIUM_CREDIT.finditer(text):          # (辽宁区域经济/丁枫林 张彪)5月5日,…
            if all(looks_like_name(n) for n in split_names(m.group("n"))):
                add(m.start("br"), m.end("br"), "BYLINE", m.group("m"))
        for m in CREDIT_BR.finditer(text):
            inner = m.group("br")[1:-1].strip()
            quoted_from = REPORTED_FROM.match(inner)
            if quoted_from:                                 # （据新华社郑州9月9日电）
                add(m.start("br"), m.end("br"), "CREDIT", quoted_from.group(1))
                continue
            supplied = SUPPLIED_BY.fullmatch(inner)
            if supplied:                                    # (供稿/供图:旌阳区融媒体中心)
                add(m.start("br"), m.end("br"), "CREDIT", supplied.group(1))
                continue
            if inner.endswith("供稿") and re.fullmatch(rf"[{_H}]{{2,16}}", inner[:-2]):
                add(m.start("br"), m.end("br"), "CREDIT", inner[:-2])      # (区政府办供稿): the unit that wrote it
                continue
            medium = re.fullmatch(rf"([{_H}]{{2,10}}(?:{MEDIUM_ENDS}))[:：]([{_H}]{{2,4}}(?:[ \u3000、][{_H}]{{2,4}})*)", inner)
            if medium and all(looks_like_name(n) for n in split_names(medium.group(2))):
                add(m.start("br"), m.end("br"), "CREDIT", medium.group(1))     # (东昌府融媒:王洪伟)
                continue
            if DESK_ROLES_CREDIT.fullmatch(inner) and re.match(r"供稿|撰稿", inner) and all(looks_like_name(n) for _, n in parse_credits(inner)):
                add(m.start("br"), m.end("br"), "CREDIT")           # (供稿 席广虎 编辑 毛玉煜); (编辑:张培) alone is furniture
                continue
            if cls._unit_and_names(inner) and not re.search(ROLE_RE, inner):
                add(m.start("br"), m.end("br"), "CREDIT", inner.split()[0])
            elif cls._credit_like(m.group("br")):
                add(m.start("br"), m.end("br"), "CREDIT", cls._media(inner) if re.search(ROLE_RE, inner) else None)
            elif re.fullmatch(rf"[{_H}]{{2,12}}", inner) and inner[-1] in UNIT_LAST and not inner.endswith(RUNS_SITE):
                add(m.start("br"), m.end("br"), "CREDIT", inner)      # (政府新聞處): the unit, naming no one
        for m in DASH_CREDIT.finditer(text):
            add(m.start(), m.end(), "CREDIT")
        for m in META_CREDIT.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line = text[line_start:text.find("\n", m.start()) if "\n" in text[m.start():] else len(text)]
            if re.fullmatch(r"[A-Za-z0-9_.@-]+", m.group("value")) or m.group("value") in NOT_NAMES or "小编" in m.group("value"):
                continue    # 发布者:admin, 发布人:123, 作者:消息, 发布者: cs小编: a site account or a word, which names no one
            # a meta line, or meta fields with the body run on after them from its date
            # (发布日期:… 文章来源:武汉市商务局|11月11日,市商务局…)
            glued = BODY_DATE.match(text, m.end()) and not any(p in text[line_start:m.start()] for p in "。！？，,")
            if glued or len(line.strip()) <= 120 and not any(p in line for p in "。！？"):
                value, end = m.group("value"), m.end()
                dated = re.search(r"\d{4}[年\-/.]", value)
                if dated and dated.start() >= 2:
                    value, end = value[:dated.start()], m.start("value") + dated.start()   # 作者:苏盛宇|2023年02月01日
                if META_ROLES.get(re.sub(r"[ \u3000]", "", m.group("label"))) and len(re.sub(r"\s", "", value)) > 16:
                    continue        # 记者:黄南藏族自治州成为…: an interview's question, no credit
                if value.count("(") + value.count("（") > value.count(")") + value.count("）") \
                        and text[end:end + 1] in ")）":
                    value, end = value + text[end], end + 1        # 城南新区(三江街道): the bracket closes
                source = source_and_names(value)[0] if m.group("label") in META_SOURCES else None
                if source is None and (re.fullmatch(rf"[{_H}]{{2,10}}(?:{SOURCE_ENDS})", value)
                                       or re.fullmatch(rf"[{_H}]{{3,16}}(?:委|局|办|政府|中心|办公室)", value)):
                    source = value                          # 作者:阳湖网, 作者:盐亭县纪委监委: a medium or an organ credited as the author
                add(m.start(), end, "BYLINE", source)
        for m in RECORD_ISSUER.finditer(text):
            add(m.start(), m.end(), "BYLINE", m.group("value").removesuffix("网站"))   # 县政府|网站: the government
        for m in DATED_SOURCE.finditer(text):
            add(m.start("src"), m.end("src"), "BYLINE", m.group("src"))
        for m in MEDIUM_DATED.finditer(text):
            add(m.start("src"), m.end("src"), "BYLINE", m.group("src"))
        for m in NAME_DATED.finditer(text):             # 吉战顺 2016-11-01: the author under the title
            if looks_like_name(m.group("name")):
                add(m.start("name"), m.end("name"), "BYLINE")
        for m in [*SPEAKER_LINE.finditer(text), *HEAD_OF_GOVERNMENT_LINE.finditer(text)]:
            k = end_before(text, m.start())
            name = m.group("name")
            if (looks_like_name(name) or re.search("[·・]", name)) and k > 0 and text[k - 1] not in SENTENCE_END:
                add(m.start("who"), m.end("name"), "BYLINE")
        found.extend(cls._name_lines(text, found))
        return sorted(found)

    @staticmethod
    def _source(src: str) -> str | None:
        if re.match(rf"【(?:{ROLE_RE})", src):
            return None                                 # 【記者鍾陽正桃園報導】: a reporter, no medium named
        m = re.match(r"本[报网台站]|【(.+?)(?:[专特快]?讯|报道)】|【(.+)】", src)     # 【明報專訊】: the paper
        if m and re.fullmatch(r"【[特专快]讯】", src):
            return "本报"                                 # 【特訊】: the paper's own story
        if m:                                           # 本报, 本网; 【新北市讯】: the government itself; 【點新聞報道】, 【Now新聞台】
            return m.group(1) or m.group(2) or m.group()
        m = re.match(r"新华社|中央社|中新社|中通社|中新网", src)
        if m:
            return m.group()
        m = re.fullmatch(rf"[（(]([{_H}]{{2,10}}?)网?讯[）)]|([{_H}]{{2,8}}?)报道|([{_H}]{{2,8}}?(?:网|社|台))[{_H}]{{0,4}}(?:[0-9]{{1,2}}月)?[0-9]{{1,2}}日电", src)
        if m:                                           # (营口之窗网讯), 云上大冶报道, 中评社香港6月29日电: the medium
            return m.group(1) or m.group(2) or m.group(3)
        if src == "又讯":
            return None                                 # a second story under the tag above
        if src[:1] in "△▲":                            # △政府發言人辦公室訊: the office
            return src[1:].removesuffix("讯")
        m = re.fullmatch(rf"({BRAND})\s*(?:消息|讯)|([{_H}]{{2,5}})讯", src)
        if m:                                           # 今日高邮讯: the brand; 东昌府讯: the place's medium
            return m.group(1) or m.group(2)
        if src.startswith("《"):                        # 《内蒙古日报》消息: the paper
            return src[1:src.index("》")]
        if src.endswith("消息"):
            return re.sub(r"(?:[0-9]{1,2}月[0-9]{1,2}日)?\s*消息$", "", src)     # 苍南新闻网(11月13日)消息
        m = re.match(rf"((?:[{_H}]{{2,8}}?(?:{SOURCE_ENDS}){MEDIA_JOINER})*[{_H}]{{1,8}}?(?:{SOURCE_ENDS}))", src)
        return m.group(1) if m else src

    @staticmethod
    def _short_bracket(bracket: str) -> bool:
        inner = re.sub(r"\s", "", bracket[1:-1])
        return 0 < len(inner) <= 12 and not any(p in inner for p in "，。；,;")

    @staticmethod
    def _unit_and_names(inner: str) -> bool:
        """（县委组织部 赵世近 尤光璞）, (西河镇 谢雪诗): a unit, then the people who wrote."""
        parts = inner.split()
        return 2 <= len(parts) <= 6 and re.fullmatch(rf"[{_H}]{{2,12}}", parts[0]) is not None \
            and all(looks_like_name(p) for p in parts[1:]) \
            and (parts[0][-1] in UNIT_LAST or not looks_like_name(parts[0]))    # (张锦文 李书明): all names

    @staticmethod
    def _credit_like(bracket: str) -> bool:
        inner = re.sub(r"\s", "", bracket[1:-1]).replace("拍摄", "")     # (无人机拍摄: how, not who)
        if re.search(ROLE_RE, inner):
            return True
        names = split_names(bracket[1:-1].replace("\n", " "))
        return bool(names) and all(looks_like_name(n) for n in names)

    @staticmethod
    def _name_lines(text: str, found) -> list[tuple[int, int, str, None]]:
        """A short line holding only names, or roles and names, under a title line:
        杜思源; 钟钊 冯阳阳; 郭华平 黄晓平 本报记者 鄢朝晖; 记者李铮通讯员王飞李永."""
        out = []
        lines, pos = [], 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        nonblank = [(p, l) for p, l in lines if l.strip()]
        for k, (p, line) in enumerate(nonblank):
            s = line.strip()
            compact_line = re.sub(r"\s", "", s)
            if re.search(ROLE_RE, compact_line):
                credits = parse_credits(s)
                names = [n for _, n in credits]
                # nothing on the line but roles and names
                rest = re.sub(ROLE_RE, "", compact_line)
                for n in names:
                    rest = rest.replace(re.sub(r"\s", "", n), "", 1)
                if rest:
                    continue
                limit = 30
            else:
                names = split_names(s)
                # names set apart by 、 are a team's (潘健、何晶茹、…、王捷), if every one is a name
                limit = 40 if "、" in s and all(map(looks_like_name, names)) else 12
            if not names or len(names) > (8 if limit == 40 else 6) or not all(looks_like_name(n) or len(names) > 1 and any(map(looks_like_name, names))
                                                      and all(c in TRANSLIT for c in n) for n in names):
                continue                                    # (刘华 袁茂润 道吉: a Tibetan name among them)
            if any(re.sub(r"\s", "", n) in NOT_NAMES or n[:2] in NOT_NAMES for n in names) \
                    or compact_line.endswith(NOT_NAME_LINE_ENDS):   # (关注河|南热线: a word opens it)
                continue                                    # 海关|呼吁, 青岛西海岸报, 梅州市: no names
            if len(compact_line) > limit:
                continue
            prev = nonblank[k - 1][1].strip() if k > 0 else ""
            nxt = nonblank[k + 1][1].strip() if k + 1 < len(nonblank) else ""
            title_above = bool(prev) and prev[-1] not in SENTENCE_END and len(prev) <= 40
            body_below = len(nxt) >= 15 or (bool(nxt) and nxt[-1] in "。")
            closing = bool(prev) and prev[-1] in "。！？" and not nxt and len(names) > 1    # 齐晓兵 范红霞 under the last sentence
            if not (title_above or body_below or closing):
                continue
            st = p + len(line) - len(line.lstrip())
            en = p + len(line.rstrip())
            if all(en <= a or st >= b for a, b, *_ in found):
                out.append((st, en, BylineTagger._place(text, st, en), None))
        return out

    @staticmethod
    def _place(text: str, st: int, en: int) -> str:
        """BYLINE for a credit line that opens an article, CREDIT for one that closes it:
        under body text (a previous line ending a sentence) and before a blank line or
        the page end (docs/annotation.md, "credit lines at an article's end")."""
        k = end_before(text, st)
        prev_start = text.rfind("\n", 0, k) + 1
        if ROLE_LINE.fullmatch(text, prev_start, k):             # the second line of a closing credit
            return BylineTagger._place(text, prev_start, k)
        closes = k > 0 and text[k - 1] in "。！？”.!?…" and bool(CLOSED_AFTER.match(text, en)) \
            and not (text[k - 1] == "”" and not re.search("[。！？!?]", text[prev_start:k]))   # (a title ending in a quote)
        return "CREDIT" if closes else "BYLINE"

    @staticmethod
    def _media(line: str) -> str | None:
        m = re.match(rf"[ \u3000（(【]*((?:[{_H}]{{2,8}}(?:日报|晚报|报|社|台|网)|[{_H}]{{1,8}}新闻)"   # 漾新聞記者…
                     rf"(?=[ \u3000]*[/／]?[ \u3000]*(?:本报|新华社|(?:特派|特约|全媒体|融媒体|融媒)?记者))"
                     rf"|[{_H}]{{2,8}}(?=[ \u3000]*[{MEDIUM_BAR}][ \u3000]*记者))", line)      # 南部最大聲/記者, 墨新聞|記者
        if m:
            return m.group(1)
        labelled = re.match(rf"[ \u3000（(【]*{SOURCE_LABEL.pattern}([{_H}]{{2,12}}?)[ \u3000]+(?=(?:{ROLE_RE}))", line)
        if labelled and not labelled.group(1).startswith("本报"):
            return labelled.group(1)            # (来源:云上谷城 通讯员 刘江): the medium before the roles
        return "本报" if "本报" in line else ("新华社" if "新华社" in line else None)

    def __call__(self, doc: Doc) -> Doc:
        norm = doc._.norm_text or doc.text
        spans = []
        found = doc.user_data.pop(FOUND_KEY, None)     # the entity patterns' search of this page
        for st, en, label, source in self.find(norm) if found is None else found:
            sp = doc.char_span(st, en, label=label, alignment_mode="expand")
            if sp is None:
                continue
            sp._.source = source
            sp._.credits = self.credits(norm[st:en], source)
            spans.append(sp)
        doc.spans[self.spans_key] = spans
        return doc

    @staticmethod
    def credits(content: str, source: str | None) -> list[tuple[str | None, str]]:
        """The (role, name) pairs of one found span's normalised text."""
        if ROLE_BRACKET.fullmatch(content):
            content = ROLE_BRACKET_MARKS.sub(" ", content)    # 通讯员(陈正果 王波): the role's people
        photo = PHOTO_MEDIUM_ALONE.fullmatch(content.strip())
        if photo:
            return [("摄影", photo.group("n"))]            # 记者 左黎韵 摄\视觉重庆: the medium is no name
        if UNIT_FIELD.fullmatch(content) or PHOTO_SOURCE_ALONE.fullmatch(content.strip()):
            return []                               # 单位:…, 图:市府提供: a unit, no person
        if DESK_CREDIT.fullmatch(content) or UNIT_PICTURE.fullmatch(content):
            return []                               # 生活中心/综合报导, (廉政公署圖片): a desk or a unit, no person
        speaker = SPEAKER_LINE.fullmatch(content) or HEAD_OF_GOVERNMENT_LINE.fullmatch(content)
        if speaker and not re.search(rf"(?:{ROLE_RE})$", speaker.group("name")) \
                and not re.fullmatch(rf"(?:[{_H}]{{2,10}}(?:{MEDIUM_ENDS}))?(?:{ROLE_RE})", speaker.group("who").strip()):
            # (not 通讯员 董飞 摄, 本报记者 李狮报道, 潍坊日报社全媒体记者 于菲: a medium's reporter; 副总编、首席记者 郝文秀 speaks)
            return [(None, speaker.group("name"))]  # 县长 周永根: the speaker, titled
        if RECORD_ISSUER.fullmatch(content):
            return []                               # 发布机构 兰陵县应急管理局: a unit, no person
        meta = META_CREDIT.fullmatch(content)
        if meta:
            role = META_ROLES.get(re.sub(r"[ \u3000]", "", meta.group("label")))    # 记 者: spaced out
            if role and re.search(SPACED_ROLE_RE, meta.group("value")):   # 作者: 记者杨勘 徐文 通讯员何浩: roles inside
                return [(r or role, n) for r, n in parse_credits(meta.group("value"))]
            if not role and meta.group("label") in META_SOURCES:
                return [(None, n) for n in source_and_names(meta.group("value"))[1]]    # 来源: X日报  薛惠娟 郭东
            if not role or meta.group("value").strip() == source:
                return []                           # 作者:阳湖网: a medium, no person
            return [(role, n) for n in split_names(meta.group("value"))]
        if content.startswith("又讯"):
            content = content[2:]                   # 又讯(通讯员夏萍记者冯鑫): the tag, no name
        if source:
            m = BYLINE_TAG.match(content)
            if m:
                content = content[max(m.end("src"), m.end("taken")):]
            else:                       # a unit or paper opening a credit: (西河镇 谢雪诗), 四川日报记者 …
                inner = content.strip().lstrip("（(〔[□■△▲ \u3000")
                label = SOURCE_LABEL.match(inner)
                if label and inner.startswith(source, label.end()):
                    inner = inner[label.end():]     # 来源:云上谷城 通讯员…
                if inner.startswith(source) and not re.match(ROLE_RE, inner):   # (本报记者 is a role)
                    content = inner[len(source):]
                    if content.strip() in ("讯", "电"):
                        return []                   # 东昌府讯: the tag alone (its date kept it apart)
        return parse_credits(content)

    def score(self, examples, **kwargs):
        from ..scoring import score_byline_examples
        return score_byline_examples(examples)


@Language.factory("byline_tagger", assigns=["doc.spans"], default_config={"spans_key": "bylines"},
                  default_score_weights={"bylines_f": 1.0})
def make_byline_tagger(nlp: Language, name: str, spans_key: str) -> BylineTagger:
    return BylineTagger(nlp, name, spans_key)
