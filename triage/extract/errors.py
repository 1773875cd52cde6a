"""Error messages (quoted text after "says"/提示) and codes ("error 502", "错误代码 E1023")."""

from __future__ import annotations

import re
from functools import cache

from triage.extract.spans import Claims, Hit

_OPEN_CLOSE = {'"': '"', "“": "”", "'": "'", "‘": "’", "「": "」", "『": "』", "«": "»", "【": "】"}


@cache
def _quote_lead_re() -> re.Pattern[str]:
    # A verb or noun that introduces what the screen showed, then a short gap, then a quote.
    return re.compile(
        r"(?<![A-Za-z])(?:says?|said|saying|shows?|showed|shown|showing|displays?|displayed"
        r"|displaying|reads?|message|error|alert|pop[\s-]?up|popped\s+up|pops\s+up|prompt"
        r"|notification|got|get|getting|keep\s+getting|told\s+me|tells\s+me|warning)(?![A-Za-z])"
        r"[^\"“'‘「『«【\n]{0,40}?(?P<q>[\"“'‘「『«【])"
        r"|(?:提示|显示|顯示|报错|報錯|错误|錯誤|出现|出現|弹出|彈出|弹窗|写着|寫著|说|顯示為|显示为|提醒)"
        r"[^\"“”'‘「『【\n]{0,12}?(?P<zq>[\"“'‘「『【])",
        re.IGNORECASE,
    )


@cache
def _code_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:error|err|http)(?:\s*(?:code|no\.?|number|#))?"
        r"(?:\s*(?:is|was|of|:|#|-|=))*\s*(?P<code>[A-Z]{0,4}[\-_]?\d{2,6}[A-Z]?)(?![A-Za-z0-9])"
        r"|(?:错误代码|错误码|錯誤代碼|错误编号|报错代码|报错码|代码|错误)\s*[:：#为是]?\s*"
        r"(?P<zcode>[A-Za-z]{0,4}[\-_]?\d{2,6}[A-Za-z]?)(?![A-Za-z0-9])"
        r"|(?<![A-Za-z0-9\-])(?P<bare>(?:ERR|ERROR|E)[\-_]?\d{3,5})(?![A-Za-z0-9])"
        r"|(?<![A-Za-z])code\s*[:#]?\s*(?P<lcode>[A-Z]{1,5}[\-_]?\d{2,6})(?![A-Za-z0-9])",
        re.IGNORECASE,
    )


def _clean(message: str) -> str:
    return " ".join(message.split()).strip(" .,;:!?。，；：！？")


def find_error_messages(text: str, claims: Claims, original: str | None = None) -> list[Hit]:
    """Quoted error texts (whitespace folded) and error codes (upper-cased).

    ``text`` is the width-folded text; messages are copied from ``original`` so that
    full-width punctuation inside a Chinese message is kept as written.
    """
    source = text if original is None else original
    hits: list[Hit] = []
    for m in _quote_lead_re().finditer(text):
        quote_at = m.start("q") if m.group("q") else m.start("zq")
        opener = text[quote_at]
        closer = _OPEN_CLOSE[opener]
        limit = min(len(text), quote_at + 300)
        end = text.find(closer, quote_at + 1, limit)
        if opener in "'‘":
            # An apostrophe inside a word ("can't") must not close the quote.
            while end != -1 and end + 1 < len(text) and text[end + 1].isalpha():
                end = text.find(closer, end + 1, limit)
        if end == -1 or "\n\n" in text[quote_at:end]:
            continue
        message = _clean(source[quote_at + 1 : end])
        if len(message) < 3 or not claims.is_free(quote_at, end + 1):
            continue
        claims.claim(quote_at, end + 1)
        hits.append(Hit("error_message", message, quote_at, end + 1))
    for m in _code_re().finditer(text):
        name = next(n for n in ("code", "zcode", "bare", "lcode") if m.group(n))
        start, end = m.start(name), m.end(name)
        if not claims.is_free(start, end):
            continue
        code = m.group(name).upper()
        if code.isdigit() and len(code) == 4 and code.startswith(("19", "20")):
            continue  # "error since 2024" is a year
        claims.claim(start, end)
        hits.append(Hit("error_message", code, start, end))
    return hits
