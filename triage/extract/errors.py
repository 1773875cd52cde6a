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
    r"|(?:told|tells|tell|telling)\s+(?:me|her|him|us|them|you)"
    r"|dialog(?:ue)?|fail(?:s|ed|ing)?\s+with|(?:errors?|errored|erroring)\s+(?:out\s+)?with"
    r"|(?:rejected|declined|denied|refused|bounced|returned|cancell?ed|blocked)\s+(?:with|as|for)"
    r"|returns?|returned|returning|respon(?:se|ds|ded)|repl(?:y|ies|ied)|reason|status"
    r"|stuck\s+(?:on|at|in)|still|marked\s+as|comes?\s+up|came\s+up|appears?|appeared"
    r"|reports?|reported|complains?|complained|flashes|flashed|receiv(?:e|ed|ing)|see|saw|seeing"
)
_LEADS_ZH = (
    r"提示|显示|顯示|报错|報錯|错误|錯誤|出现|出現|弹出|彈出|弹窗|写着|寫著|说|顯示為|显示为|提醒"
    r"|原因|理由|状态|狀態|返回|回复|回覆|一直是|变成|變成|卡在|停在|停留在|报|告诉我|收到"
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
        r"|fail(?:s|ed)?\s+with|returned|returns)(?![A-Za-z])[^:：\n.!?\"“'‘]{0,25}[:：][^\S\n]*"
        r"|(?:提示|显示|顯示|报错|報錯|错误信息|錯誤信息|错误提示|提示信息|弹窗|弹出|原因|状态|狀態"
        r"|写着|寫著)[^\n，。:：“”\"「」]{0,6}[:：][^\S\n]*",
        re.IGNORECASE,
    )


@cache
def _said_unquoted_re() -> re.Pattern[str]:
    # "message reads Session expired, please sign in again", "the terminal showed DECLINED -
    # CONTACT ISSUER": a screen noun, a verb of showing, then capitalised words.
    words = r"[A-Z][a-z']+(?:(?:,?[ ]|-)(?:[a-z][a-z']*|[A-Z][a-z']*|\d+)){1,14}"
    # every word after the first needs a separator, so a long capital run splits one way only
    caps = r"[A-Z][A-Z0-9']+(?:(?:[ ]?[-–/,][ ]?|[ ])[A-Z][A-Z0-9']*){1,12}"
    return re.compile(
        r"(?<![A-Za-z])(?:message|screen|app|it|error|banner|pop[\s-]?up|terminal|machine|atm"
        r"|notification|display|dialog|page|website|site|pos)\s+(?:just\s+|only\s+|then\s+)?"
        r"(?:says|said|reads|read|shows|showed|displays|displayed|printed|prints)\s+"
        r"(?!(?:I|You|We|They|He|She|It|My|Your|Our|Their|That|This|There|The|A|An|Nothing|No"
        r"|Something|Me|Him|Her|Us|Them)\b)"
        r"(?P<t>" + caps + r"(?![A-Za-z0-9])|" + words + r")",
    )


@cache
def _colon_text_re() -> re.Pattern[str]:
    # One sentence: up to a line end or a sentence end followed by a space or the text end.
    # The customer's own words after the message start with "but", "so", " - "...
    return re.compile(
        r"[^\n。！？!?]{3,120}?(?=[.][^\S\n]|[.]?$|[\n。！？!?]|,?[ ](?:but|however|although"
        r"|though|so|and[ ](?:I|my|now|then|the[ ]money))[ ]|[ ][-–—][ ])",
        re.MULTILINE,
    )


@cache
def _code_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:(?:error|err|http)(?:\s*(?:code|no\.?|number|#))?"
        r"|(?:status|response|return|reason|decline)\s*code)"
        r"(?:\s*(?:is|was|of|:|#|-|=))*\s*(?P<code>[A-Z]{0,4}[\-_]?\d{2,6}[A-Z]?)(?![A-Za-z0-9])"
        r"|(?:错误代码|错误码|錯誤代碼|錯誤碼|错误编号|报错代码|报错码|状态码|狀態碼|返回码|代码|错误)"
        r"\s*[:：#为是]?\s*(?P<zcode>[A-Za-z]{0,4}[\-_]?\d{2,6}[A-Za-z]?)(?![A-Za-z0-9])"
        r"|(?<![A-Za-z0-9\-])(?P<bare>(?:ERR|ERROR|E)[\-_]?\d{3,5}|ERR_[A-Z]{3,}(?:_[A-Z]+){0,5})"
        r"(?![A-Za-z0-9])"
        r"|(?<![A-Za-z])code\s*[:#]?\s*(?P<lcode>[A-Z]{1,5}[\-_]?\d{2,6})(?![A-Za-z0-9])"
        # Windows-style hex codes and constant names ("REJECTED_BY_BENEFICIARY_BANK")
        r"|(?<![A-Za-z0-9])(?P<hex>0x[0-9A-Fa-f]{4,8})(?![A-Za-z0-9])"
        r"|(?<![A-Za-z0-9_])(?P<snake>(?-i:[A-Z][A-Z0-9]+(?:_[A-Z0-9]{2,}){1,6}))(?![A-Za-z0-9_])",
        re.IGNORECASE,
    )


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
        if len(message) < 3 or not claims.is_free(quote_at, end + 1):
            continue
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
        if not _looks_like_screen_text(message) and not message[:1].isupper():
            continue
        claims.claim(t.start(), t.end())
        hits.append(Hit("error_message", message, t.start(), t.end()))
    return hits


def _unquoted_messages(text: str, source: str, claims: Claims) -> list[Hit]:
    hits: list[Hit] = []
    for m in _said_unquoted_re().finditer(text):
        start, end = m.start("t"), m.end("t")
        message = _clean(source[start:end])
        if len(message.split()) < 2 or not claims.is_free(start, end):
            continue
        claims.claim(start, end)
        hits.append(Hit("error_message", message, start, end))
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
    for m in _code_re().finditer(text):
        name = next(n for n in ("code", "zcode", "bare", "lcode", "hex", "snake") if m.group(n))
        start, end = m.start(name), m.end(name)
        if not claims.is_free(start, end):
            continue
        code = m.group(name) if name == "hex" else m.group(name).upper()
        if code.isdigit() and len(code) == 4 and code.startswith(("19", "20")):
            continue  # "error since 2024" is a year
        claims.claim(start, end)
        hits.append(Hit("error_message", code, start, end))
    hits.sort(key=lambda h: h.start)
    return hits
