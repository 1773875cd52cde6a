"""Error messages (quoted or colon-introduced screen text) and codes ("error 502", "错误码 51")."""

from __future__ import annotations

import re
from functools import cache

from triage.extract.spans import Claims, Hit

_OPEN_CLOSE = {'"': '"', "“": "”", "'": "'", "‘": "’", "「": "」", "『": "』", "«": "»", "【": "】"}
_OPENERS = "\"“'‘「『«【"

# Words that introduce what a screen, an app or a bank answered. A quote follows within a
# short gap ("it says 'X'", "fails with "X"", "status is still "X"", "原因是“X”").
_LEADS_EN = (
    r"says?|said|saying|shows?|showed|shown|showing|displays?|displayed|displaying|reads?|reading"
    r"|messages?|errors?|alerts?|pop[\s-]?ups?|popped\s+up|pops\s+up|prompts?|prompted"
    r"|notifications?|notices?|got|gets?|getting|warnings?|banner|toast"
    r"|(?:comes?|came|coming)\s+back\s+with|(?:has|have|had|(?:it|that|this)['’]s)\s+been|is\s+(?:still|now)"
    r"|gives|gave|giving|throws|threw|throwing"
    r"|(?:told|tells|tell|telling)\s+(?:me|her|him|us|them|you)"
    r"|dialog(?:ue)?|fail(?:s|ed|ing)?\s+with|(?:errors?|errored|erroring)\s+(?:out\s+)?with"
    r"|(?:rejected|declined|denied|refused|bounced|returned|cancell?ed|blocked)\s+(?:with|as|for)"
    r"|returns?|returned|returning|respon(?:se|ds|ded)|repl(?:y|ies|ied)|reason|status"
    r"|stuck\s+(?:on|at|in|as)|still|marked\s+as|comes?\s+up|came\s+up|appears?|appeared"
    # "it came back "Reversed"", "shows as "Pending"", "it times out with "…""
    r"|(?:comes?|came|coming)\s+back|(?:shows?|showing|showed)\s+as|(?:times?|timed|timing)\s+out"
    # the verb in the languages mixed into English mails ("la app dice", "app kata")
    r"|dice|dijo|muestra|aparece|sale|kata|sagt|zeigt|dit|affiche|mostra|diz"
    r"|reports?|reported|complains?|complained|flashes|flashed|receiv(?:e|ed|ing)|see|saw|seeing"
)
_LEADS_ZH = (
    r"提示|显示|顯示|报错|報錯|错误|錯誤|出现|出現|弹出|彈出|弹窗|写着|寫著|说|顯示為|显示为|提醒"
    r"|原因|理由|状态|狀態|返回|回复|回覆|一直是|变成|變成|卡在|停在|停留在|报|告诉我|收到"
    # "现在还是“处理中”": still in that state
    r"|还是|還是|仍然是|仍是"
    r"|写的是|寫的是|上面写|上面寫|说的是|說的是|跳出来|跳出|弹出来|冒出|蹦出|弹|彈"
    # Cantonese: "個app話「交易失敗」", "寫住「…」"
    r"|(?:话|話)(?<![电電说說讲講对對笑废廢好坏壞的通][话話])|写住|寫住"
)
# Sentence-level cues: a quote in a sentence about a failure is what the screen said even
# when no lead word sits right before it ("my transfer failed - "Beneficiary name mismatch"").
_FAILURE_EN = (
    r"(?<![A-Za-z])(?:error|errors|errored|fail|fails|failed|failing|failure|declined|rejected|denied"
    r"|refused|unable|cannot|can't|can’t|couldn't|couldn’t|won't|won’t|stuck|pending|blocked"
    r"|frozen|suspended|crash(?:es|ed)?|bounced|reversed|returned|status|message|screen"
    r"|warning)(?![A-Za-z])"
)
_FAILURE_ZH = (
    r"失败|失敗|错误|錯誤|报错|報錯|提示|显示|顯示|异常|異常|拒绝|拒絕|无法|無法|不能|冻结|退回"
    r"|状态|狀態"
)
# A quote right after these, or right before those, names a button, tab or menu.
_CONTROL_BEFORE = (
    r"(?:tap|tapped|tapping|click|clicked|clicking|press|pressed|pressing|select|selected"
    r"|choose|chose|hit|open|opened|go\s+to|went\s+to|under|called|named|option|button|tab"
    r"|menu|点击|點擊|点|點|按|选择|選擇|进入|進入|打开|打開)\s*$"
)
_CONTROL_AFTER = (
    r"^\s*(?:button|tab|menu|page|option|section|link|icon|setting"
    r"|按钮|按鈕|页面|頁面|选项|選項|菜单|菜單|栏|欄|键|鍵)"
)


@cache
def _quote_lead_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:" + _LEADS_EN + r")(?![A-Za-z])"
        r"[^\"“'‘「『«【\n.!?]{0,40}?(?P<q>[\"“'‘「『«【])"
        r"|(?:" + _LEADS_ZH + r")[^\"“”'‘「『【\n。！？]{0,12}?(?P<zq>[\"“'‘「『【])",
        re.IGNORECASE,
    )


@cache
def _name_before_re() -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])(?:from|by|signed|titled|subject)\s*:?\s*$", re.IGNORECASE)


# A notification that money arrived or went out is not an error message (amounts inside it
# are then read as amounts).
_NOTICE_BEFORE = re.compile(
    r"(?:notification|notice|sms|text|email|e-mail|push|message|alert|通知|短信|推送)[^.!?\n]{0,20}$",
    re.IGNORECASE,
)
_SUCCESS_NOTICE = re.compile(
    r"(?<![A-Za-z])(?:you(?:'ve|\s+have)?\s+received|received|refund(?:ed)?\s+processed"
    r"|refunded|credited|successful(?:ly)?|has\s+been\s+(?:sent|paid|credited|refunded))"
    r"(?![A-Za-z])|已到账|已到賬|退款成功|已退款|收款成功|入账",
    re.IGNORECASE,
)


@cache
def _named_after_re() -> re.Pattern[str]:
    return re.compile(
        r"[^\S\n]*(?:这?几个字|這?幾個字|的字样|的字樣|字样|字樣|的字|的提示|的报错|的弹窗"
        r"|的错误|的錯誤"
        # '"Transaction not permitted" - that's what it says'
        r"|(?i:[-–—,]?[^\S\n]*(?:that'?s|that\s+is|is)\s+(?:all\s+|exactly\s+)?what\s+"
        r"(?:it|the\s+(?:app|screen|message|error))\s+(?:says|said|shows|showed)))"
    )


@cache
def _charge_before_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:charged|billed|debited|called|named|labell?ed|titled|so-called)"
        r"(?:\s+(?:me|us|a|an|the|for|with|as))*\s*$",
        re.IGNORECASE,
    )


def _is_sms_signature(text: str, quote_at: int) -> bool:
    if text[quote_at] != "【":
        return False
    end = text.find("】", quote_at + 1, quote_at + 16)
    inner = text[quote_at + 1 : end] if end != -1 else ""
    after = text[end + 1 : end + 2] if end != -1 else ""
    return bool(inner) and " " not in inner and "\u4e00" <= after <= "\u9fff"


@cache
def _opener_re() -> re.Pattern[str]:
    return re.compile("[" + re.escape(_OPENERS) + "]")


@cache
def _failure_re() -> re.Pattern[str]:
    return re.compile(_FAILURE_EN + "|" + _FAILURE_ZH, re.IGNORECASE)


@cache
def _control_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(_CONTROL_BEFORE, re.IGNORECASE), re.compile(_CONTROL_AFTER, re.IGNORECASE))


@cache
def _colon_lead_re() -> re.Pattern[str]:
    # "Error: Insufficient balance", "a banner pops up at the top: ...", "状态：失败",
    # "弹窗写着：系统繁忙" (no quotes): a lead word, a short gap, then a colon.
    return re.compile(
        r"(?<![A-Za-z])(?:says?|said|saying|shows?|showed|displays?|displayed|reads?"
        r"|messages?|errors?|error\s+text|alerts?|pop[\s-]?ups?|popped\s+up|pops\s+up|banner"
        r"|toast|dialog(?:ue)?|prompts?|notifications?|warnings?|status|reason|response"
        r"|fail(?:s|ed)?\s+with|returned|returns"
        r"|(?:got|get|getting|received|receive)\s+(?:this|the\s+following|the\s+message|an?\s+error)"
        # "a message at the bottom - Payment could not be processed": a spaced dash as a
        # colon (kept only when the text names a failure, see _colon_messages)
        r")(?![A-Za-z])[^:：=\n.!?\"“'‘\-–—]{0,25}(?:[:：]|[ ]?=|[ ][-–—](?=[ ]))[^\S\n]*"
        r"|(?:提示|显示|顯示|报错|報錯|错误信息|錯誤信息|错误提示|提示信息|弹窗|弹出|原因|状态|狀態"
        r"|错误讯息|讯息|错误消息|跳出|跳出来|弹出来|小字|字样|文字|一行字"
        r"|写着|寫著)[^\n，。:：“”\"「」]{0,6}[:：][^\S\n]*",
        re.IGNORECASE,
    )


# Words that end the screen text and start the customer's own clause ("... since 3rd Dec",
# "... every time I open it", "... in my history", "... and I gave up").
_OWN_CLAUSE = (
    # "… before you can continue" is the screen speaking to the user
    r"(?:since|every|each|but|when|whenever|after|before(?!\s+you\s)|because|although|though|so|even|yet"
    r"|anymore|(?<!for[ ])(?:today|yesterday|tonight)|if|while|whereas|which|what|why|how"
    # "until further notice" is the screen's
    r"|until(?!\s+(?:further\s+notice|you\s))"
    r"|then[ ](?:[a-z]+ed|it|I|the|my)"
    r"|immediately|instantly|straight\s+away|right\s+away|randomly|constantly|repeatedly"
    # "for a week", "for two weeks now": how long it has lasted
    r"|for\s+(?:my|our)(?=\s)|for\s+(?:\d|(?:an?|one|two|three|four|five|six|several|many|a\s+few)\s+(?:more\s+)?"
    r"(?:minute|hour|day|week|month|year|while|long\s+time)s?|the\s+past|hours|days|weeks"
    r"|months|ages|ever|some|over)"
    r"|(?:in|on|at)\s+(?:my|the\s+(?:corner|top|bottom|middle|app|history))|(?:on|at)\s+(?:top|bottom)"
    r"|and\s+(?:I|my|now|then|it|the|nothing|that|no|nobody|none|still|yet)"
    # "... and sends me back to the login page": the app's next action, not its text
    r"|and\s+(?:[a-z]+[^s\W]s|[a-z]+ed)(?=\s))(?![A-Za-z])"
)
_DASH_CLAUSE = (
    r"(?!(?:what|why|how|who|where|which|is|are|can|could|do|does|did|any|anyone|help|i|i'm"
    r"|pls|plz)(?![a-z']))[a-z][a-z']*(?:,?[ ](?!" + _OWN_CLAUSE + r")[a-z][a-z']*)+"
    r"(?=[.!?]?(?:\s|$))(?![ ,])"
)
# Single words that name a state of a payment ("it shows Pending", "It shows Rejected."); not
# account states ("it just says Locked" is how customers describe their account).
_STATE_WORDS = (
    r"(?:Pending|Processing|Failed|Declined|Rejected|Returned|Reversed|Refunded|Cancell?ed"
    r"|Completed|Complete|Expired|Denied|Queued|Held"
    r"|On\s+hold|In\s+progress|In\s+review|Under\s+review|Unverified|Incomplete|Unavailable"
    r"|Invalid|Error|Unknown|Scheduled|Disputed|Settled|Sent|Unpaid|Paid|Successful|Success)"
)


@cache
def _said_unquoted_re() -> re.Pattern[str]:
    # "message reads Session expired, please sign in again", "the terminal showed DECLINED -
    # CONTACT ISSUER", "a message pops up saying Payment method not supported": a screen noun,
    # a verb of showing, then capitalised words (or Han text) up to the customer's own clause.
    word = r"(?:[a-z][a-z']*|[A-Z][A-Za-z0-9']*|\d+|[$€£¥]\d+(?:[.,]\d+)*)(?![A-Za-z0-9])"
    words = (
        r"[A-Z][A-Za-z']*(?![A-Za-z0-9])(?:[ ][-–][ ](?=[a-z]+[ ][a-z]))?"
        # " - some features are limited": a screen's second clause after a spaced dash, when
        # it runs to the sentence end in lower case and is no question or own clause
        r"(?:(?:,?[ ]|-|[ ][-–][ ](?=[A-Z]|"
        + _DASH_CLAUSE
        + r")|(?<=[-–][ ]))(?!"
        + _OWN_CLAUSE
        + r")"
        + word
        + r"){1,14}(?:[ ]\([A-Za-z0-9_\-]{1,8}(?:[ ][A-Za-z0-9_\-]{1,8})?\)"
        r"|[ ][-–][ ](?:code|error|ref)[ ]?[A-Z0-9][A-Z0-9_\-]{1,10})?"
    )
    # every word after the first needs a separator, so a long capital run splits one way only
    caps = (
        r"[A-Z][A-Z0-9']+(?:(?:[ ]?[-–/,][ ]?|[ ])(?:[A-Z][A-Z0-9']*|\d{1,4}(?=[ ][A-Z]))){1,12}"
        r"(?:[ ]\d{1,4})?"
        r"(?![A-Za-z0-9])|[A-Z]{5,}(?![A-Za-z0-9_\-])"
    )
    han = r"[\u4e00-\u9fff][\u4e00-\u9fff，,]{1,30}[\u4e00-\u9fff]"
    subject = (
        r"(?:message|screen|app|it|error|banner|pop[\s-]?up|terminal|machine|atm|reader|wallet"
        r"|notification|display|dialog|page|website|site|pos|status|box|window|alert|prompt"
        r"|toast|sms|text|receipt|slip)"
    )
    verb = (
        r"(?:(?:shows|showed|show|gives|gave)\s+me|says|said|say|reads|read|shows|showed|show"
        r"|displays|displayed|display|printed"
        r"|prints|saying|reading|showing|displaying|stating|states|stated"
        r"|(?:pops?|popped|comes?|came)\s+up\s+(?:saying|with)|appears?\s+saying"
        r"|(?:keeps|kept)\s+(?:on\s+)?(?:saying|showing|telling\s+me)|telling\s+me"
        r"|(?:tells|told|tell)\s+(?:me|us)|(?:comes?|came)\s+back\s+with"
        r"|returned|returns|responded\s+with|replied\s+with|throws|threw|throwing)"
    )
    return re.compile(
        r"(?<![A-Za-z])(?:(?i:"
        + subject
        + r")(?i:\s+(?:just|only|then|still|always|now|again|suddenly|simply))?\s+(?i:"
        + verb
        # "all it says is Something went wrong"
        + r")(?:\s+(?:is|was))?(?i:\s+(?:something|sth)\s+(?:like|about|along\s+the\s+lines\s+of))?"
        # "… and the words Transfer unsuccessful" shares the "and" of "and then says"
        r"|(?i:(?:and|then|but|with)\s+(?:(?:then\s+)?(?:says|said|shows|showed|displays|displayed)"
        r"|the\s+(?:words|wording|text)))"
        # "bounced the payment back saying Account number invalid"
        r"|(?i:(?:bounced|rejected|declined|returned|refused|failed|reversed)\b[^.!?\n]{0,30}?"
        r"\b(?:saying|stating|with\s+the\s+reason))"
        r"|(?i:with|gives?|gave|throws?|threw|shows?|showed|got|get|gets|getting|received"
        r"|receive|see|saw|seeing|sees)\s+(?:me\s+)?(?:the|a|an|this)\s+"
        r"(?:message|error|warning|notice|note|remark|reason|comment|status)"
        r"|(?i:message|error|status|text|banner|notification)(?:\s+(?:on|in|from)\s+(?:the|my)"
        r"\s+[A-Za-z]+)?\s+(?:is|was)(?i:\s+(?:something|sth)\s+like)?)\s+"
        # "We couldn't complete your withdrawal" is how screens speak: We is not excluded
        r"(?!(?:I|They|He|She|It|My|Our|Their|There|The|A|An|Nothing|No"
        r"|Me|Him|Her|Us|Them)\b|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun"
        r"|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
        # "Oops! Something went wrong": a screen's interjection belongs to its text
        r"(?P<t>(?:(?:Oops|Whoops|Uh[ -]oh|Oh[ ]no|Sorry)[!.,][ ](?=[A-Z]))?"
        r"(?:" + caps + r"|" + words + r"|" + han + r"))",
    )


@cache
def _said_lower_re() -> re.Pattern[str]:
    # "the app shows transfer failed, funds will be returned within 3 working days", "the
    # status is still awaiting merchant confirmation": lower-case screen text after a screen
    # noun, kept only when it names a failure or a waiting state (see _LOWER_CUE).
    word = r"[a-z][a-z']*(?![A-Za-z0-9])|\d+(?![A-Za-z0-9])"
    return re.compile(
        r"(?<![A-Za-z])(?i:app|screen|message|status|error|banner|notification|pop[\s-]?up|it)"
        # "a red message at the bottom said ...": a short place phrase may come between
        r"(?i:\s+(?:at|on|in)\s+the\s+(?:top|bottom|middle|corner|screen|page))?"
        r"(?i:\s+(?:just|only|then|still|always|now|again))?"
        r"\s+(?i:says|said|reads|read|shows|showed|displays|displayed|is\s+still|was\s+still"
        r"|keeps\s+saying|kept\s+saying)\s+"
        r"(?!(?:the|a|an|my|that|this|it|me|nothing|no|something|i|you|we|they|he|she"
        r"|there|what|which|how|up|as|like|to|not|same|fine|ok|okay|correct|completed|success"
        r"|successful|normal)(?![A-Za-z]))"
        r"(?P<t>[a-z][a-z']*(?:(?:,?[ ]|[ ][-–][ ])(?!"
        + _OWN_CLAUSE
        + r")(?:"
        + word
        + r")){1,14})"
    )


_LOWER_CUE = re.compile(
    r"(?<![a-z])(?:fail(?:ed|ure)?|declined|rejected|denied|error|invalid|unable|cannot|can't"
    r"|expired|awaiting|pending|review|processing|limit|exceeded|insufficient|unavailable"
    r"|timed?\s?out|try\s+again|not\s+(?:allowed|supported|found|available|verified)"
    r"|incorrect|wrong|locked|blocked|frozen|suspended|restricted|disabled|unsuccessful"
    r"|could\s?n[o']t|not\s+(?:successful|completed|processed|possible|valid|responding"
    r"|reachable|registered|recogni[sz]ed|accepted|activated|enabled|eligible|authori[sz]ed))"
    r"(?![a-z])"
)


@cache
def _caps_after_verb_re() -> re.Pattern[str]:
    # "the receipt says TRANSACTION VOID": two or more capital words after a verb of
    # showing, whatever the subject (capitals are how terminals and statuses print)
    return re.compile(
        r"(?<![A-Za-z])(?i:says|said|reads|read|shows|showed|displays|displayed|printed|prints)"
        r"\s+(?P<t>[A-Z]{2,}(?:(?:[ ]?[-–/][ ]?|[ ])[A-Z]{2,}){1,6}(?:[ ]\d{1,4})?)(?![A-Za-z0-9*])"
    )


@cache
def _got_caps_re() -> re.Pattern[str]:
    # "I keep getting Transaction Declined when paying": capitalised words after a verb of
    # getting or seeing; kept only when they name a failure (_LOWER_CUE, any case).
    word = r"(?:[a-z][a-z']*|[A-Z][A-Za-z0-9']*|\d+)(?![A-Za-z0-9])"
    return re.compile(
        r"(?<![A-Za-z])(?:(?i:get|gets|got|getting|receive|received|receiving|see|saw|seeing)"
        r"\s+(?:(?i:the|an?|this)\s+)?"
        # any subject, no article: "Apple Pay says Card Not Supported", "the cashier said
        # Card declined"
        r"|(?i:says|said|shows|showed|reads|displays|displayed|printed|saying|showing)\s+)"
        r"(?!(?:I|We|They|He|She|It|My|Our|Their|That|This|There|The|A|An|Nothing|No"
        r"|Something(?![ ]went[ ]wrong)|Me|Him|Her|Us|Them|OKPay|Apple|Google|Samsung|IBAN|BIC"
        r"|SWIFT|PIN|OTP"
        r"|CVV)\b)"
        r"(?P<t>[A-Z][A-Za-z']*(?![A-Za-z0-9])(?:(?:,?[ ]|-)(?!"
        + _OWN_CLAUSE
        + r")"
        + word
        + r"){1,8}(?:[ ]\([A-Za-z0-9_\-]{1,8}(?:[ ][A-Za-z0-9_\-]{1,8})?\))?)"
    )


@cache
def _named_says_the_re() -> re.Pattern[str]:
    # "Interac says the recipient email is not registered": a named service (capitalised)
    # reporting in lower case; kept only with a failure word (_LOWER_CUE)
    word = r"[a-z][a-z']*(?![A-Za-z0-9])|[A-Z][A-Za-z0-9']*(?![A-Za-z0-9])|\d+(?![A-Za-z0-9])"
    return re.compile(
        r"(?<![A-Za-z])(?-i:[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?)[ ](?:says|said|shows|showed)[ ]"
        r"(?P<t>the[ ][a-z][a-z']*(?:(?:,?[ ])(?!" + _OWN_CLAUSE + r")(?:" + word + r")){1,12})"
    )


@cache
def _state_word_re() -> re.Pattern[str]:
    # "A transfer of $45 on June 24 shows Pending": a capitalised state word after a verb of
    # showing, whatever the subject (lower case "shows as completed" is the customer's word).
    return re.compile(
        r"(?<![A-Za-z])(?i:shows?|showed|showing|says?|said|reads?|displays?|displayed"
        r"|marked(?:\s+as)?|shown\s+as|listed\s+as|status\s+(?:is|was)|status[ ]?[-–=]"
        # "the status changed from Pending to Failed": the state it came to
        r"|(?:changed|changes|went|turned|moved|switched)(?:\s+from\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?"
        r"\s+to|is\s+now|(?:been|stuck|sitting)\s+(?:on|at|in))"
        # "the app shows it as Completed"
        r"(?:\s+(?i:it|them|the\s+(?:payment|transfer|transaction)))?"
        r"\s+(?:as\s+)?(?P<t>" + _STATE_WORDS + r"(?:[ ](?-i:[A-Z][a-z]+)){0,2}"
        # "showing as Failed - Recipient not registered": a state and its reason
        r"(?:[ ][-–:][ ](?-i:[A-Z])[A-Za-z' ]{2,60}?(?=[.!?\n]|$))?)(?![A-Za-z])(?![ ][A-Z])"
    )


@cache
def _zh_unquoted_re() -> re.Pattern[str]:
    # "提示交易存在风险已被拦截", "弹出登录状态已失效，请重新登录",
    # "短信说 您的账户…" (no quotes, no colon): the lead, then one clause, or two
    # when the second one asks the reader to do something (请…), as screens do.
    # A bare state after 显示 ("一直显示处理中") is the customer's report of the
    # state and is left out, as the corpus labels it.
    clause = r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,29}"
    return re.compile(
        # "报错了，说对方账户异常": the lead, then 说 after a pause
        # "报错信息是 Unknown error (E999)" (before 报错/提示 alone can take the position)
        r"(?:(?:报错|報錯|错误|錯誤|提示)(?:信息|訊息|讯息|内容|內容|提示)(?:是|为|為)"
        r"|(?:报错|報錯|提示|弹窗|弹出|彈出)了?[，,]?[^\S\n]*(?:说|說)"
        r"|弹出|彈出|弹窗|報錯|报错|提示|写着|寫著"
        r"|(?:短信|通知|消息|页面|頁面|屏幕|界面|系统|系統|上面|原因|理由|内容|它|(?i:app)|应用"
        r"|應用|软件|軟件)(?:上|里|裡|中)?(?:说|說|写的是|寫的是))"
        # "提示我实名信息不一致，无法提现": the screen told the customer
        r"(?:了|的是|为|為|着|說|说|(?<=提示)我)?[^\S\n]*"
        r"(?P<t>"
        + clause
        + r"(?:[，,](?:请|請|无法|無法|不能|暂|暫|稍后|稍後|需要|需|如非|如有)"
        + r"[\u4e00-\u9fff]{1,12})?"
        r"|[A-Z][A-Za-z']*(?:[ ][A-Za-z']+){1,8}(?:[ ]?\([A-Za-z0-9_\-]{1,10}\))?)"
        r"|(?:显示|顯示)(?:了|的是|为|為)?[^\S\n]*(?:(?P<en>[A-Z][A-Za-z']*(?:[ ][A-Za-z']+){1,8})"
        # "系统显示交易异常，请联系发卡行": a state with advice to the reader is screen text
        r"|(?P<zs>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,19}[，,](?:请|請)[\u4e00-\u9fff]{1,12}))"
    )


# After 提示/显示, the customer's own outcome words ("显示成功了", "显示失败但钱扣了",
# "显示已扣款") or words that make 显示/提示 a noun or a verb about the display itself
# ("显示有问题", "显示屏", "提示音", "没有提示") are no screen text.
_ZH_NOT_TEXT_START = (
    "有",
    "没",
    "不",
    "了",
    "的",
    "出",
    "正",
    "为",
    "在",
    "得",
    "屏",
    "器",
    "音",
    "框",
    "窗",
    "提示",
    "显示",
    "写着",
    "说",
    "信息",
    "代码",
    "错误码",
    "错误代码",
    "错误信息",
    "错误提示",
    "码",
    "内容",
    "消息",
    "一下",
    "视窗",
    "對話框",
    "对话框",
    "画面",
    "界面",
    "页面",
    "来",
    "來",
    "一个",
    "一個",
    "一条",
    "一條",
    "很多",
    "好几",
    "好幾",
    "要",
    "让",
    "讓",
    "叫",
    "我",
    "你",
    "他",
    "她",
    "它",
    "这",
    "那",
    "啥",
    "什么",
    "是否",
    "还",
    "都",
    "也",
    "就",
    "又",
)
# Words that name a problem ("实名信息不一致", "账户已冻结"): screen text, not a request.
_ZH_PROBLEM = re.compile(
    r"不一致|不符|失败|失敗|错误|錯誤|异常|異常|无效|無效|不足|过期|過期|超时|超時|冻结|凍結|受限"
    r"|不支持|不存在|有误|有誤|无法|無法|不能|已被|风险|風險"
)
_ZH_SCREEN_ADVICE = re.compile(
    r"请(?:稍后|稍後|重试|重試|联系|聯繫|核实|核實|检查|檢查|重新)|预计|預計"
)
_ZH_OUTCOME_WORDS = ("成功", "失败", "失敗", "扣款", "扣钱", "扣了", "到账", "到賬")
_ZH_CLAUSE_TAIL = re.compile(r"(?:但是|但|可是|然后|而且|所以|还是|就|了)[\u4e00-\u9fff]*$")


@cache
def _colon_text_re() -> re.Pattern[str]:
    # One sentence: up to a line end or a sentence end followed by a space or the text end.
    # The customer's own words after the message start with "but", "so", " - "...
    return re.compile(
        r"[^\n。！？!?]{3,120}?(?=[.][^\S\n]|[.]?$|[\n。！？!?]|,?[ ](?:but|however|although"
        r"|though|so|and[ ](?:I|my|now|then|the[ ]money))[ ]|[ ][-–—][ ]"
        r"|[，,][^\n，,:：。=]{1,8}(?:[:：]|[ ]?=)"
        # "Error 429: Too many requests，是不是…": the Chinese clause is the customer's
        r"|(?<=[A-Za-z0-9)])[，,](?=[\u4e00-\u9fff])"
        # "Daily limit reached, I only sent 2", "交易处理中，请耐心等待，我都等了三天了": a
        # clause in the customer's own voice
        # (not "we"/我们: screens speak for the company: "Sorry, we couldn't…")
        r"|[，,][ ]?(?:(?:I|I'm|I've|I'd|my)[ ]|(?:我(?!们|們)|可是|但是|但|可|结果|結果|然后"
        r"|然後|而且|所以|怎么|怎麼|为什么|為什麼|是不是|请问|請問|麻烦|麻煩)))",
        re.MULTILINE,
    )


@cache
def _code_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:(?:error|err|http)(?:\s*(?:code|no\.?|number|#))?"
        r"|(?:status|response|return|reason|decline)\s*code)"
        r"(?:\s*(?:is|was|of|:|#|-|=))*\s*"
        r"(?P<code>0x[0-9A-F]{1,8}|[A-Z]{0,4}[\-_]?\d{2,6}[A-Z]?)(?![A-Za-z0-9])"
        r"|(?:错误代码|错误码|錯誤代碼|錯誤碼|错误编号|报错代码|报错码|状态码|狀態碼|返回码|代码|错误"
        # "系统报错500了" (not "报错10次")
        r"|报错|報錯)"
        r"\s*[:：#为是]?\s*(?P<zcode>[A-Za-z]{0,4}[\-_]?\d{2,6}[A-Za-z]?)(?![A-Za-z0-9])"
        r"(?!\s*(?:次|遍|回|天|小时|小時|分钟|分鐘|秒|多次))"
        r"|(?<![A-Za-z0-9\-])(?P<bare>(?:ERR|ERROR|E)[\-_]?\d{3,5}|ERR_[A-Z]{3,}(?:_[A-Z]+){0,5})"
        r"(?![A-Za-z0-9])"
        r"|(?<![A-Za-z])code\s*[:#]?\s*(?P<lcode>[A-Z]{1,5}[\-_]?\d{2,6})(?![A-Za-z0-9])"
        # "the only thing it shows is a code: 9021" (kept in a sentence about a failure)
        r"|(?<![A-Za-z])(?<!zip )(?<!postal )(?<!post )(?<!promo )(?<!area )(?<!sort )"
        r"(?<!country )code\s*[:#]\s*(?P<ncode>\d{3,6})(?![\d.,]\d|\d)"
        # Windows-style hex codes and constant names ("REJECTED_BY_BENEFICIARY_BANK")
        r"|(?<![A-Za-z0-9])(?P<hex>0x[0-9A-Fa-f]{4,8})(?![A-Za-z0-9])"
        r"|(?<![A-Za-z0-9_])(?P<snake>(?-i:[A-Z][A-Z0-9]*(?:_[A-Z0-9]{2,}){1,6}))(?![A-Za-z0-9_])"
        # "fails with -25293", "crashed with code 1009": what a failure came with
        r"|(?<![A-Za-z])(?:fail(?:s|ed|ing)?|errors?|errored|crash(?:es|ed)?|exits?|exited"
        r"|quits?|closes|closed)\s+with\s+(?:(?:error|code|status)\s+)*"
        r"(?P<wcode>-?\d{3,6}|[A-Z]{1,6}[\-_]?\d{2,6})(?![A-Za-z0-9.,]\d|[A-Za-z0-9])"
        # "a grey box with AUTH-4012": letters, a dash, a short number; kept only in a
        # sentence about a failure (see _dashed_code_ok)
        r"|(?<![A-Za-z0-9\-#/])(?P<dash>(?-i:[A-Z]{2,6})-\d{3,4})(?![A-Za-z0-9\-/])",
        re.IGNORECASE,
    )


@cache
def _dash_not_error_before_re() -> re.Pattern[str]:
    # tickets, cases, orders and references are numbered the same way
    return re.compile(
        r"(?:ticket|case|ref|reference|order|invoice|request|no\.?|number|id|#|单号|编号)\W{0,3}$",
        re.IGNORECASE,
    )


def _dashed_code_ok(text: str, start: int, end: int) -> bool:
    if _dash_not_error_before_re().search(text[max(0, start - 14) : start]):
        return False
    around = _sentence_around(text, start, end)
    return bool(_failure_re().search(around) or re.search(r"\b(?:get|got|with)\b", around))


def _clean(message: str) -> str:
    return " ".join(message.split()).strip(" .,;:!?。，；：！？")


def _quote_end(text: str, quote_at: int) -> int:
    """Index of the closing quote for the opener at ``quote_at``, or -1."""
    opener = text[quote_at]
    closer = _OPEN_CLOSE[opener]
    limit = min(len(text), quote_at + 300)
    end = text.find(closer, quote_at + 1, limit)
    if opener in "'‘":
        # An apostrophe inside a word ("can't") must not close the quote.
        while end != -1 and end + 1 < len(text) and text[end + 1].isalpha():
            end = text.find(closer, end + 1, limit)
    if end == -1 or "\n\n" in text[quote_at:end]:
        return -1
    return end


def _sentence_around(text: str, start: int, end: int) -> str:
    lo = max(0, start - 120)
    before = text[lo:start]
    cut = max(before.rfind(c) for c in ".!?。！？\n")
    after = text[end : end + 80]
    stops = [i for i in (after.find(c) for c in ".!?。！？\n") if i != -1]
    return before[cut + 1 :] + " " + after[: min(stops) if stops else len(after)]


def _is_apostrophe(text: str, at: int) -> bool:
    return text[at] in "'’" and at > 0 and text[at - 1].isalnum()


def _looks_like_screen_text(message: str) -> bool:
    words = message.split()
    han = sum("\u4e00" <= c <= "\u9fff" for c in message)
    return len(words) >= 2 or han >= 3


def _free_around(claims: Claims, start: int, end: int) -> bool:
    """No claimed span crosses ``[start, end)``; spans wholly inside it are allowed.

    "'IBAN DE00 1234 … is not valid'": the IBAN is read on its own and also belongs to the
    message.
    """
    return all(e <= start or s >= end or (start < s and e < end) for s, e in claims.spans)


_SALUTATION = re.compile(
    r"(?:尊敬的|亲爱的|親愛的|(?i:dear|hello|hi)[ ](?:customer|user|client|valued|sir|madam|"
    r"[A-Z][a-z]+,))"
)
# A parcel (or its tracking) as the subject of the verb of showing right before the quote.
_PARCEL_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:tracking|parcel|package|courier|shipment|dhl|ups|fedex|usps"
    r"|royal[ ]mail|postnl|la[ ]poste)(?![A-Za-z])|快递|快遞|物流|包裹|运单|運單)"
    # "DHL tracking 0034… shows": only a number (or "number") between subject and verb
    r"(?:[^\S\n]*(?i:number|no\.?|#)|[^\S\n]+(?=\S*\d)\S+){0,2}[^\S\n]*(?i:shows?|showed|showing|says?|said|reads?"
    r"|status(?:[^\S\n]+is)?|显示|顯示|写着|寫著|状态|狀態)(?:了|为|為|是)?[^\S\n]*[:：]?[^\S\n]*$"
)

# Right before a quote: a sum (the quote names it) or a note the customer wrote themselves.
_LABEL_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:[€£$¥]|(?i:eur|usd|gbp|sek|chf|元))|[€£$¥]\s*\d[\d,.]*"
    r"|(?<![A-Za-z])(?i:(?:payment\s+)?(?:note|memo|reference\s+text|description))"
    r"|备注|備註|附言|留言)[^\S\n]*[:：]?[^\S\n]*$"
)
# "Your FAQ says "Maximum AED 50,000 per transfer"": a rule quoted from OKPay's pages or
# terms, not something the app showed.
_DOCS_BEFORE = re.compile(
    # (not "the site says": a web page's own error is an error)
    r"(?:(?<![A-Za-z])(?i:faq|faqs|help[ ](?:centre|center)"
    r"|article|terms|t&cs|policy|blog|ad|advert|brochure)(?![A-Za-z])[^\S\n]*(?i:says?|said"
    r"|states?|stated|writes?|wrote|reads?|promises?|promised)"
    r"|网站|網站|官网|官網|常见问题|常見問題|条款|條款)[^\S\n]*(?:写着?|寫著?|说|說)?[^\S\n]*[:：]?[^\S\n]*$"
)


def _clause_before(text: str, at: int) -> str:
    """The text of the sentence before ``at`` (at most 60 characters)."""
    before = text[max(0, at - 60) : at]
    cut = max(before.rfind(c) for c in ".!?。！？\n,，;；")
    return before[cut + 1 :]


def _quoted_messages(text: str, source: str, claims: Claims) -> list[Hit]:
    hits: list[Hit] = []
    led: set[int] = set()
    for m in _quote_lead_re().finditer(text):
        led.add(m.start("q") if m.group("q") else m.start("zq"))
    before_re, after_re = _control_res()
    pos = 0
    while True:
        opener = _opener_re().search(text, pos)
        if opener is None:
            break
        quote_at = opener.start()
        pos = quote_at + 1
        if quote_at not in led and _is_apostrophe(text, quote_at):
            continue
        end = _quote_end(text, quote_at)
        if end == -1:
            continue
        message = _clean(source[quote_at + 1 : end])
        han = sum("\u4e00" <= c <= "\u9fff" for c in message)
        shortest = 2 if han == len(message) and quote_at in led else 3
        if len(message) < shortest or not _free_around(claims, quote_at, end + 1):
            continue  # a led Chinese state may be two characters: 变成了“失败”
        if _SUCCESS_NOTICE.search(message) and _NOTICE_BEFORE.search(
            text[max(0, quote_at - 30) : quote_at]
        ):
            continue  # 'a notification "Refund processed: €18.00"' reports money, not a failure
        if _name_before_re().search(text[max(0, quote_at - 12) : quote_at]):
            continue  # 'an email from "OKPay Security"' names a sender
        if _charge_before_re().search(text[max(0, quote_at - 24) : quote_at]):
            continue  # 'got charged a "cross-border fee"' names a fee
        if _LABEL_BEFORE.search(text[max(0, quote_at - 30) : quote_at]):
            continue  # 'another 12,40 € "FX fee"', 'our payment note "April delivery"
        if _is_sms_signature(text, quote_at):
            continue  # "【OKPay】您的验证码…" signs a text message
        if _SALUTATION.match(message):
            continue  # a whole notice quoted ("「尊敬的用户，您于…」"), not a screen's error
        if re.search(r"been\s*$", text[max(0, quote_at - 8) : quote_at]) and re.match(
            r"(?:a|an|the|so|very|really|quite|such)\s", message, re.IGNORECASE
        ):
            continue  # 'it's been "a nightmare"' describes, a state would be "Processing"
        if _PARCEL_BEFORE.search(_clause_before(text, quote_at)):
            continue  # 'DHL tracking shows "returned to sender"': a parcel's state
        if _DOCS_BEFORE.search(_clause_before(text, quote_at)):
            continue  # a rule quoted from the FAQ or the site
        if quote_at not in led and text[max(0, quote_at - 2) : quote_at].rstrip().endswith(
            (":", "：")
        ):
            led.add(quote_at)  # "Apple Pay: 'Could Not Add Card…'": a colon introduces it
        if quote_at not in led and _named_after_re().match(text, end + 1):
            led.add(quote_at)  # "能看到“正在加载”几个字": the words say it is screen text
        if quote_at not in led:
            if before_re.search(text[max(0, quote_at - 16) : quote_at]):
                continue
            if after_re.search(text[end + 1 : end + 14]):
                continue
            around = _sentence_around(text, quote_at, end + 1)
            if not _looks_like_screen_text(message) or not _failure_re().search(around):
                continue
        claims.claim(quote_at, end + 1)
        hits.append(Hit("error_message", message, quote_at, end + 1))
        pos = end + 1
    return hits


def _colon_messages(text: str, source: str, claims: Claims) -> list[Hit]:
    hits: list[Hit] = []
    for m in _colon_lead_re().finditer(text):
        if m.end() < len(text) and text[m.end()] in _OPENERS:
            continue  # quoted: handled above
        t = _colon_text_re().match(text, m.end())
        if t is None or not claims.is_free(t.start(), t.end()):
            continue
        message = _clean(source[t.start() : t.end()])
        if len(message) < 3 or _code_re().fullmatch(message) or message[:1].isdigit():
            continue  # a bare code is read by the code pattern
        if text[m.end() - 2 : m.end()].strip() in ("-", "–", "—") and (
            not _LOWER_CUE.search(message.lower())
            or re.search(r"[A-Z]", text[m.start() + 1 : m.end()])
            or re.match(r"(?i:status|reason|response)", text[m.start() : m.end()])
        ):
            # "the error - I think - was mine": a dash is a colon only before a failure, and
            # only after a plain lead ("says Payment declined - please…" is one text; "Status -
            # Failed" is read as a state)
            continue
        if not _looks_like_screen_text(message) and not message[:1].isupper():
            continue
        start, end = t.start(), t.end()
        more = _instruction_re().match(text, end)
        if more is not None:
            # "Card issuer unavailable. Please try later.": screens add what to do next
            end = more.end()
            message = _clean(source[start:end])
        if _coded_lead_re().fullmatch(text, m.start(), m.end()):
            # "Error 1107: Beneficiary bank not reachable": the code and its text are one
            # message, as the screen printed them.
            start = m.start()
            message = _clean(source[start:end])
        claims.claim(start, end)
        hits.append(Hit("error_message", message, start, end))
    return hits


@cache
def _instruction_re() -> re.Pattern[str]:
    return re.compile(
        r"[.][ ](?:Please[ ](?:try|retry|contact|check[ ]your|update|re-?enter|verify|use|wait)"
        r"|Please[ ](?!(?:help|advise|assist|fix|refund|look|let|reply|respond|call|email|sort"
        r"|resolve|explain|tell|confirm|investigate|check[ ](?:my|this|it|the|what|why)|send|give"
        r"|unblock|unlock|reverse|cancel)\b)[a-z]+"
        r"|Try[ ]again|Retry|Contact[ ](?:your|customer|support|us)|Check[ ]your|Make[ ]sure"
        r"|Verify[ ](?:it|your)|Update[ ](?:the|your)|Restart[ ]the"
        # "Payment unsuccessful. Your money will be refunded within 3 days.": the screen
        # telling the user what happens to their money next
        r"|Your[ ](?:money|funds|payment|transfer|account|card|request|transaction|session"
        r"|balance|refund|amount|top-?up|withdrawal)[ ](?:will|has|have|is|was|may|might|could"
        r"|cannot|can't|should)[ ])[^.!?\n]{0,60}(?=[.!]|$)",
    )


@cache
def _coded_lead_re() -> re.Pattern[str]:
    return re.compile(
        r"(?i:error)(?:\s*(?:code|no\.?|#))?\s*[A-Z]{0,4}[\-_]?\d{2,6}[A-Z]?\s*:[^\S\n]*"
    )


# A list of capitalised single words is a row of tabs or buttons, not a message.
_UI_LABELS = re.compile(r"[A-Z][a-z]+(?:(?:,[ ]|[ ]and[ ]|[ ]&[ ])[A-Z][a-z]+)+")
_MONEY_START = re.compile(r"[A-Z]{3}[ ]?\d")


def _unquoted_messages(text: str, source: str, claims: Claims) -> list[Hit]:
    hits: list[Hit] = []
    for m in _said_unquoted_re().finditer(text):
        start, end = m.start("t"), m.end("t")
        message = _clean(source[start:end])
        han = sum("\u4e00" <= c <= "\u9fff" for c in message)
        single_caps = message.isupper() and " " not in message
        if (len(message.split()) < 2 and han < 2 and not single_caps) or not claims.is_free(
            start, end
        ):
            continue
        if _UI_LABELS.fullmatch(message) or _MONEY_START.match(message):
            continue  # "shows Home, Cards and Profile", "displays USD 500 as my limit"
        more = _instruction_re().match(text, end)
        if more is not None and not han:
            end = more.end()  # "it says Transfer failed. Please contact support."
            message = _clean(source[start:end])
        claims.claim(start, end)
        hits.append(Hit("error_message", message, start, end))
    for m in _said_lower_re().finditer(text):
        start, end = m.start("t"), m.end("t")
        message = _clean(source[start:end])
        if _LOWER_CUE.search(message) and claims.is_free(start, end):
            claims.claim(start, end)
            hits.append(Hit("error_message", message, start, end))
    for m in _named_says_the_re().finditer(text):
        start, end = m.start("t"), m.end("t")
        message = _clean(source[start:end])
        if _LOWER_CUE.search(message) and claims.is_free(start, end):
            claims.claim(start, end)
            hits.append(Hit("error_message", message, start, end))
    for m in _caps_after_verb_re().finditer(text):
        start, end = m.start("t"), m.end("t")
        if claims.is_free(start, end):
            claims.claim(start, end)
            hits.append(Hit("error_message", _clean(source[start:end]), start, end))
    for m in _state_word_re().finditer(text):
        start, end = m.start("t"), m.end("t")
        if claims.is_free(start, end):
            claims.claim(start, end)
            hits.append(Hit("error_message", _clean(source[start:end]), start, end))
    for m in _got_caps_re().finditer(text):
        start, end = m.start("t"), m.end("t")
        message = _clean(source[start:end])
        if _MONEY_START.match(message):
            continue
        if _LOWER_CUE.search(message.lower()) and claims.is_free(start, end):
            claims.claim(start, end)
            hits.append(Hit("error_message", message, start, end))
    return hits


@cache
def _zh_named_text_re() -> re.Pattern[str]:
    # "出现系统错误的提示", "显示交易受限的字样": the text, then a noun saying it is screen text
    return re.compile(
        r"(?:出现|出現|显示|顯示|弹出|彈出|跳出|提示|报|報)了?[^\S\n]*"
        r"(?P<t>[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9，,' ]{1,59}?)[^\S\n]?"
        r"(?:的|之)(?:提示|字样|字樣|提醒|错误|錯誤|弹窗|彈窗|窗口|信息|讯息|訊息|报错|報錯|通知)"
    )


def _zh_unquoted_messages(text: str, source: str, claims: Claims) -> list[Hit]:
    hits: list[Hit] = []
    for named in _zh_named_text_re().finditer(text):
        start, end = named.start("t"), named.end("t")
        if claims.is_free(start, end) and not named.group("t").startswith(_ZH_NOT_TEXT_START):
            claims.claim(start, end)
            hits.append(Hit("error_message", _clean(source[start:end]), start, end))
    pos = 0
    while (m := _zh_unquoted_re().search(text, pos)) is not None:
        # a rejected lead may hide the next one ("提示框写着账户已冻结")
        pos = m.start() + 1
        group = next(g for g in ("t", "en", "zs") if m.group(g))
        start = m.start(group)
        message = m.group(group)
        if message[0].isascii():
            if len(message.split()) < 2:
                continue
        else:
            if message.startswith(_ZH_NOT_TEXT_START) or (
                any(w in message for w in _ZH_OUTCOME_WORDS)
                and not _ZH_SCREEN_ADVICE.search(message)
            ):
                continue  # "提示交易失败请稍后重试": advice to the reader makes it screen text
            if text[max(0, start - 3) : start].rstrip().endswith("提示我") and not (
                _ZH_PROBLEM.search(message)
            ):
                continue  # "提示我更新到最新版本": what it asked me to do, in my words
            message = _ZH_CLAUSE_TAIL.sub("", message) if "，" not in message else message
        end = start + len(message)
        if len(message) < 2 or text[end : end + 1] in (":", "：") or not claims.is_free(start, end):
            continue  # a label before a colon is read by the colon rule
        claims.claim(start, end)
        hits.append(Hit("error_message", _clean(source[start:end]), start, end))
    return hits


def find_error_messages(text: str, claims: Claims, original: str | None = None) -> list[Hit]:
    """Quoted or colon-introduced error texts (whitespace folded) and error codes (upper-cased).

    ``text`` is the width-folded text; messages are copied from ``original`` so that
    full-width punctuation inside a Chinese message is kept as written.
    """
    source = text if original is None else original
    hits = _quoted_messages(text, source, claims)
    hits += _colon_messages(text, source, claims)
    hits += _unquoted_messages(text, source, claims)
    hits += _zh_unquoted_messages(text, source, claims)
    for m in _code_re().finditer(text):
        name = next(
            n
            for n in ("code", "zcode", "bare", "lcode", "hex", "snake", "wcode", "dash", "ncode")
            if m.group(n)
        )
        start, end = m.start(name), m.end(name)
        if not claims.is_free(start, end):
            continue
        if name in ("dash", "ncode") and not _dashed_code_ok(text, start, end):
            continue
        code = m.group(name) if name == "hex" else m.group(name).upper()
        if code.startswith("0X"):
            code = m.group(name)  # "error code 0x2A" keeps its hex prefix as written
        if code.isdigit() and text[max(0, start - 2) : start] == " -":
            code, start = "-" + code, start - 1  # "error code -1009": a negative code
        if code.isdigit() and len(code) == 4 and code.startswith(("19", "20")):
            continue  # "error since 2024" is a year
        claims.claim(start, end)
        hits.append(Hit("error_message", code, start, end))
    hits.sort(key=lambda h: h.start)
    return _joined_at_colons(hits, text, source)


def _joined_at_colons(hits: list[Hit], text: str, source: str) -> list[Hit]:
    """Two unquoted texts with only a colon between them are one screen text: "it says
    Withdrawal not possible: bank account not verified"."""
    joined: list[Hit] = []
    for hit in hits:
        last = joined[-1] if joined else None
        if (
            last is not None
            and re.fullmatch(r"[^\S\n]?[:：][^\S\n]?", text[last.end : hit.start])
            and text[last.start] not in _OPENERS
            and text[hit.start] not in _OPENERS
            and " " in last.value.strip()
        ):
            joined[-1] = Hit(
                "error_message", _clean(source[last.start : hit.end]), last.start, hit.end
            )
            continue
        joined.append(hit)
    return joined
