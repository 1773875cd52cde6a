"""Transaction ids: configured patterns, ids after a keyword, and common id shapes."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cache

from triage.extract.spans import Claims, Hit

log = logging.getLogger(__name__)


@cache
def _keyword_re() -> re.Pattern[str]:
    english = (
        r"(?<![A-Za-z])(?P<en>transaction|txn|trx|order|payment|transfer|refund|receipt|invoice"
        r"|reference|ref|tx|utr|rrn|arn"
        # nouns that name an id only with a suffix: "remittance no.", "withdrawal ID"
        r"|(?=(?:remittance|withdrawal|deposit|top[\s-]?up|payout|settlement|booking|voucher"
        r"|confirmation)\s*(?:id|no\.?|number|num|#|ref))[a-z]+(?:[\s-]?up)?)"
        r"(?P<suffix>\s*(?:id|no\.?|number|num|#|ref(?:erence)?|code))?"
        r"(?![A-Za-z])"
    )
    chinese = (
        r"(?P<zh>交易流水号|转账流水号|交易单号|交易编号|交易号码|交易号|交易ID|订单编号|订单号码"
        r"|订单号|订单ID|退款单号|转账单号|付款单号|支付单号|流水号|参考号|单号)"
    )
    return re.compile(english + "|" + chinese, re.IGNORECASE)


@cache
def _token_re() -> re.Pattern[str]:
    return re.compile(
        r"(?P<conn>(?:[\s:：#=是为(\[]|is\b|was\b){0,6})"
        r"(?P<val>[A-Za-z0-9][A-Za-z0-9_\-]{1,47}(?:/[A-Za-z0-9_\-]{1,24}){0,5})"
        r"(?![A-Za-z0-9_\-/])"
    )


@cache
def _date_like_re() -> re.Pattern[str]:
    return re.compile(r"\d{4}([-/])\d{1,2}\1\d{1,2}|\d{1,2}([-/])\d{1,2}\2\d{2,4}")


@cache
def _currency_after_re() -> re.Pattern[str]:
    return re.compile(
        r"\s?(?:元|块|欧|美元|英镑|港|日元|人民币|(?:usd|eur|gbp|cny|rmb|hkd|jpy|dollars?|euros?"
        r"|pounds?|yuan|bucks)(?![A-Za-z]))",
        re.IGNORECASE,
    )


@cache
def _shape_res() -> tuple[re.Pattern[str], ...]:
    return (
        re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{2,5}-\d{4}-\d{3,12}(?![A-Za-z0-9\-])"),
        re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{1,4}\d{10,24}(?![A-Za-z0-9\-])"),
        re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{2,5}[\-_]\d{6,20}(?![A-Za-z0-9\-])"),
        re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{2,5}\d{6,9}(?![A-Za-z0-9\-])"),
        re.compile(
            r"(?<![A-Za-z0-9\-])(?=[A-Z0-9]{12,32}(?![A-Za-z0-9\-]))"
            r"(?=(?:[0-9]*[A-Z]){2})(?=(?:[A-Z]*[0-9]){4})[A-Z0-9]{12,32}"
        ),
    )


@cache
def _custom_res(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            log.warning("ignoring invalid transaction_id pattern %r: %s", pattern, exc)
    return tuple(compiled)


def _plausible(token: str, strong_keyword: bool) -> bool:
    digits = sum(c.isdigit() for c in token)
    if digits == 0 or len(token) < 6:
        return False
    if _date_like_re().fullmatch(token):
        return False
    if token.isdigit():
        return len(token) >= (6 if strong_keyword else 8)
    # Words with a digit or two ("covid19", "iphone15") are not ids.
    return digits >= 3 or (len(token) >= 8 and digits >= 2)


def find_transaction_ids(text: str, claims: Claims, patterns: Sequence[str]) -> list[Hit]:
    """Transaction/order ids (upper-cased) found by pattern, by keyword, or by shape."""
    hits: list[Hit] = []

    def add(start: int, end: int, value: str) -> None:
        if claims.is_free(start, end):
            claims.claim(start, end)
            hits.append(Hit("transaction_id", value.upper(), start, end))

    for pattern in _custom_res(tuple(patterns)):
        for m in pattern.finditer(text):
            group = 1 if pattern.groups else 0
            if m.group(group):
                add(m.start(group), m.end(group), m.group(group))
    token_re = _token_re()
    for k in _keyword_re().finditer(text):
        t = token_re.match(text, k.end(), min(len(text), k.end() + 60))
        if t is None:
            continue
        token = t.group("val").strip("-_")
        strong = bool(k.group("zh") or k.group("suffix")) or k.group("en").lower() in (
            "txn",
            "trx",
            "tx",
            "ref",
            "reference",
            "transaction",
            "utr",
            "rrn",
            "arn",
        )
        if not _plausible(token, strong):
            continue
        if _currency_after_re().match(text, t.end("val")):
            continue
        add(t.start("val"), t.start("val") + len(token), token)
    for shape in _shape_res():
        for m in shape.finditer(text):
            add(m.start(), m.end(), m.group())
    return hits
