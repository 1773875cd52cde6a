"""Countries named in a mail (English/Chinese names, ISO codes in context), as alpha-2 codes."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from triage.extract.country_data import NOT_COUNTRIES, alpha_codes, city_names, country_names
from triage.extract.spans import Claims, Hit

# Upper-case codes that are also English words or common abbreviations: they need a strong
# cue ("country: IT", "destination IN") rather than a mere "to".
_WORDLIKE = frozenset(
    [
        "AM",
        "AN",
        "AS",
        "AT",
        "BE",
        "BY",
        "DO",
        "GO",
        "HE",
        "ID",
        "IN",
        "IS",
        "IT",
        "ME",
        "MY",
        "NO",
        "OR",
        "PM",
        "SO",
        "TO",
        "TV",
        "PC",
        "OK",
        "US",
        "ARE",
        "CAN",
        "MAR",
        "PER",
        "BEL",
        "NOR",
        "FIN",
        "GAB",
    ]
)
_CUE_WEAK = ("to", "in", "from", "the", "via", "into", "到", "往", "至", "汇往", "转到", "寄往")
_CUE_STRONG = ("country", "destination", "country:", "国家", "国家:", "国家：", "地区", "地区:")
_ALWAYS = {"USA": "US", "UK": "GB", "UAE": "AE", "PRC": "CN"}


_GIVEN_NAME_BEFORE = re.compile(
    r"(?:\b(?:hi|hello|hey|dear|thanks|thank\s+you|regards|cheers|best|love|from|cc|mr|ms|mrs"
    r"|name\s+is|i'm|i\s+am|this\s+is|called|friend|brother|sister|son|daughter|colleague)"
    r"[\s,.:]*|^\s*)$",
    re.IGNORECASE,
)
_GIVEN_NAME_AFTER = re.compile(
    r"^(?:\s+[A-Z][a-z]+|['’]s\b|\s+(?:said|says|told|asked|wants|sent\s+me|paid\s+me)\b|\s*$)",
)
_CUE_AFTER = re.compile(
    r"\s(?:mobile|phone|number|sim|bank|account|card|iban|address|resident|citizen)(?![a-z])",
    re.IGNORECASE,
)
# "(Commonwealth Bank, Sydney)", "Hilton Hotel, Paris": a place after an address word
_ADDRESS_BEFORE = re.compile(
    r"(?:bank|branch|street|st\.?|road|rd\.?|avenue|ave\.?|hotel|airport|mall|office|centre"
    r"|center|station),\s*$",
    re.IGNORECASE,
)
# Chinese city names that are also parts of common words need a place word right before.
_ZH_CITIES_NEED_CUE = frozenset({"台中", "台南", "新北"})
_ZH_PLACE_CUES = ("在", "到", "去", "从", "於", "于", "往", "住", "來", "来", "回", "飞", "自")
_PLACE_WORDS = re.compile(
    # "a villa in the Algarve": a region takes "the"
    r"(?:\b(?:in|to|from|at|near|into|visiting|via|around|outside|inside|of)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# Money moving towards a place: "send to", "transfer ... to my mum in", "汇到", "转账到".
_TRANSFER_EN = re.compile(
    r"(?<![A-Za-z])(?:send|sent|sending|sends|transfer|transferred|transferring|transfers|wire"
    r"|wired|wiring|remit|remitted|remitting|remittance|pay|paid|paying|payout|top[\s-]?up"
    r"|withdraw|withdrew|withdrawal|cash\s+out|moving\s+money|payment)(?![A-Za-z])",
    re.IGNORECASE,
)
_TRANSFER_ZH = re.compile(
    r"汇|匯|转账|轉帳|转给|转到|转去|转入|打款|付款|寄钱|转了|转钱|提现|付给|汇款"
    r"|寄了|寄到|寄回|寄给|寄去|寄過|寄过"
    # "转 S$500 回国内", "转2000块到": 转 right before an amount
    r"|转(?=\s*(?:[A-Z]{1,3}\$|[$¥￥€£]|\d))"
)
_TOWARD_EN = re.compile(
    r"(?:\b(?:to|into)\s+(?:the\s+)?$"
    r"|\bto\s+(?:my|his|her|their|our|a|an|the|some)\b[^.!?\n,;]{0,50}\b(?:in|at)\s+(?:the\s+)?$"
    r"|\b(?:destination|recipient|beneficiary|receiving)\s+(?:country|bank\s+country)"
    r"(?:\s+(?:is|was))?\s*[:\-]?\s*(?:the\s+)?$)",
    re.IGNORECASE,
)
_TOWARD_ZH = re.compile(
    r"(?:到|往|至|去|给|给在|給|给住在|回|进|入)$|(?:收款国家|收款国|目的地|收款地区|目的国)\s*[:：是为]?\s*$"
)
# A full stop ends a clause; the dot inside "€2.350,00" or "5.2" does not.
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)|[。！？；\n]")


def _trie_pattern(words: set[str]) -> str:
    """One regex alternation for ``words`` sharing prefixes (fast), longest match first."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return render(trie)


@cache
def _names_re() -> re.Pattern[str]:
    names = {n.text.lower() for n in country_names()} | {n.lower() for n in NOT_COUNTRIES}
    # ASCII names need word boundaries; Han names are matched as substrings.
    return re.compile(r"(?<![A-Za-z])(?:" + _trie_pattern(names) + r")(?![A-Za-z])", re.IGNORECASE)


@cache
def _accent_fold() -> dict[int, int]:
    """Latin letters with diacritics mapped to their base letter (one character each)."""
    table: dict[int, int] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = ord(base)
    return table


def without_accents(text: str) -> str:
    """``text`` with Latin diacritics dropped, same length ("Cancún" -> "Cancun")."""
    return text.translate(_accent_fold())


@cache
def _cities_re() -> re.Pattern[str]:
    names = {without_accents(n.text) for n in city_names()}
    return re.compile(r"(?<![A-Za-z])(?:" + _trie_pattern(names) + r")(?![A-Za-z])")


@cache
def _name_index() -> dict[str, tuple[str, bool]]:
    return {n.text.lower(): (n.code, n.needs_capital) for n in country_names()}


@cache
def _city_index() -> dict[str, tuple[str, bool]]:
    return {without_accents(n.text): (n.code, n.needs_capital) for n in city_names()}


@cache
def _code_re() -> re.Pattern[str]:
    # "PRIMEVID*UK": a merchant's descriptor on a statement, not a country named
    return re.compile(r"(?<![A-Za-z0-9$.\-*])(?:[A-Z]{2,3})(?![A-Za-z0-9$\-]|\.[A-Za-z])")


def _cue_before(text: str, start: int) -> str:
    before = text[max(0, start - 24) : start].rstrip(" (")
    words: list[str] = re.findall(r"[A-Za-z]+:?|[\u4e00-\u9fff]+[:：]?", before)
    if not words:
        return ""
    last: str = words[-1].lower()
    if last == "the" and len(words) >= 2:
        return "to" if words[-2].lower() in _CUE_WEAK else "the"
    for cue in _CUE_STRONG + _CUE_WEAK:
        if last.endswith(cue):
            return cue
    return last


def _is_given_name(text: str, start: int, end: int) -> bool:
    """ "Jordan" in "Thanks, Jordan" or "Jordan Lee said" is a person, not a country."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 30) : start]
    after = text[end : end + 20].split("\n", 1)[0]
    if _PLACE_WORDS.search(before):
        return False
    return bool(_GIVEN_NAME_BEFORE.search(before) or _GIVEN_NAME_AFTER.match(after))


# "I live in Madrid", "i'm at home in Glasgow", "我住在深圳": where the customer is at home
_LIVE_IN = re.compile(
    r"(?:(?<![A-Za-z])(?:I\s+live\s+in|(?:I'm|I\s+am)\s+(?:at\s+)?home\s+in|at\s+home\s+in"
    r"|based\s+in|living\s+in)|我住在|我家在|住喺)[^\S\n]*$",
    re.IGNORECASE,
)


def _lives_at(text: str, hit: Hit) -> bool:
    # "I live in Madrid", or "Singapore here." opening a mail: where the customer writes from
    return (
        _LIVE_IN.search(text, max(0, hit.start - 24), hit.start) is not None
        or _HERE_AFTER.match(text, hit.end) is not None
    )


_HERE_AFTER = re.compile(r"[^\S\n]+here(?:[.,!:;]|\s*$)", re.IGNORECASE)


def _clause_before(text: str, start: int) -> str:
    lo = max(0, start - 90)
    window = text[lo:start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    return window[cut:]


def _is_destination(text: str, start: int) -> bool:
    """True when money is said to move towards the place named at ``start``."""
    clause = _clause_before(text, start)
    if re.search(r"(?:destination|收款国家|收款国|目的地|目的国)", clause[-30:], re.IGNORECASE):
        return bool(_TOWARD_EN.search(clause) or _TOWARD_ZH.search(clause))
    line_end = _CLAUSE_END.search(text, start)
    sentence = clause + text[start : line_end.start() if line_end else len(text)]
    if _TOWARD_EN.search(clause):
        return bool(_TRANSFER_EN.search(sentence) or _TRANSFER_ZH.search(sentence))
    if _TOWARD_ZH.search(clause.rstrip()):
        return bool(_TRANSFER_ZH.search(sentence) or _TRANSFER_EN.search(sentence))
    return False


def countries_named(text: str) -> frozenset[str]:
    """Alpha-2 codes of the countries named in ``text`` (names only, no claims, no codes)."""
    index = _name_index()
    codes = set()
    for m in _names_re().finditer(text):
        entry = index.get(m.group().lower())
        if entry is not None and (not entry[1] or m.group()[0].isupper()):
            codes.add(entry[0])
    cities = _city_index()
    codes.update(cities[m.group()][0] for m in _cities_re().finditer(without_accents(text)))
    return frozenset(codes)


def _name_hits(text: str, claims: Claims) -> tuple[list[Hit], list[Hit]]:
    """Countries named, and countries known by one of their cities."""
    hits: list[Hit] = []
    index = _name_index()
    for m in _names_re().finditer(text):
        entry = index.get(m.group().lower())
        if entry is None or not claims.is_free(m.start(), m.end()):
            continue  # a NOT_COUNTRIES phrase, or inside an id/IBAN
        if text[max(0, m.start() - 1) : m.start()] == "*":
            continue  # "PRIMEVID*UK": a merchant's descriptor on a statement
        code, needs_capital = entry
        if needs_capital and (
            not m.group()[0].isupper() or _is_given_name(text, m.start(), m.end())
        ):
            continue
        if m.group().isascii() and len(m.group()) <= 3 and not m.group().isupper():
            continue  # "uk", "usa" in lower case are too ambiguous
        claims.claim(m.start(), m.end())
        hits.append(Hit("country", code, m.start(), m.end()))
    index = _city_index()
    city_hits: list[Hit] = []
    # city names match with or without their accents ("Cancún", "Izmir"/"İzmir")
    for m in _cities_re().finditer(without_accents(text)):
        code, latin = index[m.group()]
        if not claims.is_free(m.start(), m.end()):
            continue
        # "Shenzhen Bank" is a bank; "in Shenzhen. Bank of China, ..." is the city
        after = re.split(r"[.,;:!?。，；：！？\n]", text[m.end() : m.end() + 8], maxsplit=1)[
            0
        ].lower()
        if any(
            w in after for w in ("银行", "銀行", "时间", "時間", "分行", "支行", " time", "bank")
        ):
            continue  # "北京时间" is a time zone, "上海银行" a bank
        before = text[max(0, m.start() - 24) : m.start()]
        if latin and not (_PLACE_WORDS.search(before) or _ADDRESS_BEFORE.search(before)):
            continue  # "Sydney" alone may be a person
        if m.group() in _ZH_CITIES_NEED_CUE and not before.endswith(_ZH_PLACE_CUES):
            continue  # "平台中" is "in the platform", "在台中" is Taichung
        claims.claim(m.start(), m.end())
        city_hits.append(Hit("country", code, m.start(), m.end()))
    return hits, city_hits


def _code_hits(text: str, claims: Claims) -> list[Hit]:
    hits: list[Hit] = []
    codes = alpha_codes()
    for m in _code_re().finditer(text):
        token = m.group()
        if not claims.is_free(m.start(), m.end()):
            continue
        found_code = _ALWAYS.get(token) or codes.get(token)
        if found_code is None:
            continue
        if token not in _ALWAYS:
            cue = _cue_before(text, m.start())
            strong = any(cue.endswith(c) for c in _CUE_STRONG)
            weak = cue in _CUE_WEAK or (token == "US" and cue == "the")
            # "my HK number", "a UK account": a code naming whose number or account it is
            after = _CUE_AFTER.match(text, m.end()) is not None and token not in _WORDLIKE
            if (
                not strong
                and not after
                and (token in _WORDLIKE or not weak)
                and not (token == "US" and weak)
            ):
                continue
        claims.claim(m.start(), m.end())
        hits.append(Hit("country", found_code, m.start(), m.end()))
    return hits


def find_countries(text: str, claims: Claims) -> list[Hit]:
    """Countries as ISO alpha-2 codes: the destination of a transfer when the mail says where
    money goes ("send to Germany", "汇到德国", "destination: IT"), else every country named
    (by name, by a big city, or by an upper-case code with a cue).

    Where the customer says they live ("I live in Madrid", "at home in Glasgow") is their
    home, not a country the issue is about; its other cities are not counted either.
    """
    names, cities = _name_hits(text, claims)
    home = {h.value for h in names + cities if _lives_at(text, h)}
    cities = [h for h in cities if h.value not in home or _is_destination(text, h.start)]
    names = [h for h in names if not _lives_at(text, h)]
    hits = sorted(names + cities + _code_hits(text, claims), key=lambda h: h.start)
    destinations = [h for h in hits if _is_destination(text, h.start)]
    for m in _mainland_re().finditer(text):
        # "转 S$500 回国内": the mainland as a destination (not as a place named in passing)
        if claims.is_free(m.start(), m.end()) and _is_destination(text, m.start()):
            claims.claim(m.start(), m.end())
            destinations.append(Hit("country", "CN", m.start(), m.end()))
    destinations.sort(key=lambda h: h.start)
    return destinations or hits


@cache
def _mainland_re() -> re.Pattern[str]:
    return re.compile(r"中国大陆|内地|大陆|国内")
