"""Transaction ids: configured patterns, ids after a keyword, and common id shapes."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from functools import cache

from triage.extract.spans import Claims, Hit

log = logging.getLogger(__name__)


@cache
def _keyword_re() -> re.Pattern[str]:
    english = (
        r"(?<![A-Za-z])(?P<en>transactions?|txns?|trx|orders?|payments?|transfers?|refunds?|receipt"
        r"|invoice"
        r"|references|reference|refs|ref|tx|utr|rrn|arn|folio"
        r"|approval(?=\s*(?:no\.?|number|code))"
        # nouns that name an id only with a suffix: "remittance no.", "withdrawal ID"
        r"|(?=(?:remittance|withdrawal|deposit|top[\s-]?up|payout|settlement|booking|voucher"
        r"|confirmation|conversion|exchange|batch|session)\s*(?:id|no\.?|number|num|#|ref))"
        r"[a-z]+(?:[\s-]?up)?"
        # "OKPay IDs P-0411-883120 and P-0411-883121": a bare upper-case ID before a value
        r"|(?-i:(?P<bare>IDs?))(?=[\s:：#]+(?=\S*\d)))"
        r"(?P<suffix>\s*\(?\s*(?:ids|id|nos\.?|no\.?|numbers|number|num|#|ref(?:erence)?|code))?"
        r"(?![A-Za-z])"
    )
    chinese = (
        r"(?P<zh>交易流水号|转账流水号|交易单号|交易编号|交易号码|交易号|交易ID|订单编号|订单号码"
        r"|订单号|订单ID|退款单号|转账单号|付款单号|支付单号|流水号|参考号|单号|回单号|凭证号|憑證號"
        r"|交易序号|序号|订单|收据编号|收據編號|收据号|收據號|扣款流水"
        r"|参考编号|參考編號|业务编号|業務編號"
        # 提領/提款/取款: a withdrawal (Taiwan writes 提領)
        r"|(?:汇款|匯款|转账|轉帳|提现|提現|提領|提领|提款|取款|充值|退款|付款|支付|交易)"
        r"(?:编号|編號|号码|號碼|号|號))"
    )
    return re.compile(english + "|" + chinese, re.IGNORECASE)


@cache
def _token_re() -> re.Pattern[str]:
    return re.compile(
        r"(?P<conn>(?:[\s:：#=是为(\[,]|is\b|was\b|分别|分別){0,6})"
        r"(?P<val>[A-Za-z0-9][A-Za-z0-9_\-]{1,47}(?:[/.][A-Za-z0-9_\-]{1,24}){0,5})"
        r"(?![A-Za-z0-9_\-/]|[.][A-Za-z0-9])"
    )


@cache
def _spaced_re() -> re.Pattern[str]:
    # "WD 2612 0448 1193", "4471 2290 8812": ids read out in groups of digits
    return re.compile(r"(?:[A-Z]{1,4}[ ]?)?\d{3,6}(?:[ ]\d{3,6}){1,5}(?![ ]?\d|[A-Za-z])")


@cache
def _more_ids_re() -> re.Pattern[str]:
    # "流水号 4200002612040011 和 4200002612040012", "IDs: and A-3": a list after one
    # keyword; each further item must have the shape of the first
    return re.compile(
        # 跟/同/還有: "and" as Taiwan and Hong Kong write it
        r"[^\S\n]*(?:,|，|、|;|/|&|和|及|与|與|以及|跟|同|还有|還有|and|or)[^\S\n]*"
        r"(?:(?:and|or)[^\S\n]+)?"
        r"(?P<val>[A-Za-z0-9][A-Za-z0-9_\-]{1,47}(?:[/.][A-Za-z0-9_\-]{1,24}){0,5})"
        r"(?![A-Za-z0-9_\-/]|[.][A-Za-z0-9])"
    )


@cache
def _gap_value_re() -> re.Pattern[str]:
    # "Receipt number on the ATM slip is 004417": a few words, then is/was/a colon
    return re.compile(
        r"(?:[^\S\n]+[A-Za-z']{1,12}){1,5}[^\S\n]*(?:is|was|:)[^\S\n]*"
        r"(?P<val>[A-Za-z0-9][A-Za-z0-9_\-]{1,47})(?![A-Za-z0-9_\-/]|[.][A-Za-z0-9])"
    )


_NOT_A_PAYMENT_ID = re.compile(
    r"(?<![A-Za-z])(?:crash|report|error|apple|face|touch|user|customer|member|login|account"
    r"|device|session|case|ticket|employee|student|tax|national|app|caller|chat|request)"
    r"[^\S\n]*$",
    re.IGNORECASE,
)

_NOT_ID_PREFIXES = frozenset(
    {"ID", "NO", "REF", "TXN", "UTR", "RRN", "ARN", "TEL", "FAX", "PIN", "OTP", "CVV", "BIC"}
)


def _shape_key(token: str) -> str:
    """Letters as A, digits as 9: ids in one list share it (give or take two characters)."""
    return re.sub(r"[0-9]+", "9", re.sub(r"[A-Za-z]+", "A", token))


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
def _shape_res() -> tuple[tuple[re.Pattern[str], int], ...]:
    patterns = (
        re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{2,5}-\d{4,8}-\d{3,12}(?![A-Za-z0-9\-])"),
        re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{1,4}\d{10,24}(?![A-Za-z0-9\-])"),
        re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{2,5}[\-_]\d{6,20}(?![A-Za-z0-9\-])"),
        re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{2,5}\d{6,9}(?![A-Za-z0-9\-])"),
        re.compile(
            r"(?<![A-Za-z0-9\-])(?=[A-Z0-9]{12,32}(?![A-Za-z0-9\-]))"
            r"(?=(?:[0-9]*[A-Z]){2})(?=(?:[A-Z]*[0-9]){4})[A-Z0-9]{12,32}"
        ),
        # "SB/2026/11/0387": a letter prefix and slash-separated groups with digits
        re.compile(r"(?<![A-Za-z0-9/\-])[A-Z]{2,5}(?:/[A-Z0-9]{2,8}){2,5}(?![A-Za-z0-9/\-])"),
        # "GPA.3312-4450-9921-77345": a letter prefix, a dot, dash-separated digit groups
        re.compile(r"(?<![A-Za-z0-9.\-])[A-Z]{2,5}\.\d{3,8}(?:-\d{3,8}){2,5}(?![A-Za-z0-9\-])"),
    )
    # the slash shape needs five digits ("A/C/12" is no id); the others have enough by shape
    return tuple((p, 5 if "/" in p.pattern else 0) for p in patterns)


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


# Parcel carriers: a number named after one of them tracks a parcel, not a payment.
_COURIERS = (
    r"(?:(?<![A-Za-z\-])(?:dhl|fedex|usps|evri|hermes|parcelforce|royal\s+mail|postnl"
    r"|la\s+poste|colissimo|aramex|yamato|sf\s+express|j&t|ninja\s+van|australia\s+post"
    r"|canada\s+post|japan\s+post|(?-i:UPS|EMS|DPD|TNT))(?![A-Za-z])"
    r"|顺丰|順豐|圆通|圓通|中通|申通|韵达|韻達|韻达|极兔|極兔|百世|德邦|京东快递|京東快遞|京东物流"
    r"|邮政|郵政|菜鸟|菜鳥|宅急便|黑猫|黑貓|新竹物流|嘉里大荣|嘉里大榮|宅配通)"
)


# "顺丰单号是 SF…", "黑貓宅急便單號 9081 2233 4410", "the DHL number": a parcel, whatever word
# for "number" follows the courier's name
_COURIER_NUMBER = (
    _COURIERS + r"(?:[^\S\n]?(?:快递|快遞|速运|速運|物流|宅急便|express|parcel))?"
    # "快递是中通的，单号 7512…": the courier's own clause may end before its number
    r"[^\S\n]*(?:的|寄件)?(?:[，,](?=[^\S\n]*(?:运单号|運單號|快递单号|单号|單號)))?[^\S\n]*"
    r"(?:运单号|運單號|快递单号|单号|單號|号码|號碼|编号|編號|号|號"
    r"|(?<![A-Za-z])(?:tracking(?:\s*(?:number|no\.?|#|id|code))?|number|no\.?|#|ref)"
    r"(?![A-Za-z]))"
)
# Lower-case literals only (no look-behind, no flags): a fast first look for a courier name.
_COURIER_HINT = re.compile(
    r"dhl|fedex|usps|evri|hermes|parcelforce|royal\s+mail|postnl|la\s+poste|colissimo|aramex"
    r"|yamato|sf\s+express|j&t|ninja\s+van|(?:australia|canada|japan)\s+post|ups|ems|dpd|tnt"
    r"|顺丰|順豐|圆通|圓通|中通|申通|韵达|韻達|韻达|极兔|極兔|百世|德邦|京东|京東|邮政|郵政|菜鸟|菜鳥"
    r"|宅急便|黑猫|黑貓|新竹物流|嘉里大|宅配通"
)


@cache
def _courier_number_re() -> re.Pattern[str]:
    return re.compile(
        _COURIER_NUMBER + r"[^\S\n]*(?:是|为|為|(?<![A-Za-z])is(?![A-Za-z]))?[^\S\n]*[:：#]?"
        r"[^\S\n]*(?P<val>[A-Za-z0-9](?:[A-Za-z0-9\-]|[ ](?=\d{3})){7,40})(?![A-Za-z0-9\-])",
        re.IGNORECASE,
    )


@cache
def _no_id_codes_re() -> re.Pattern[str]:
    return re.compile(
        # a parcel's tracking number: after a tracking word, or the postal S10 shape
        # ("AB123456789GB": two letters, nine digits, the sending country)
        r"(?:(?<![A-Za-z])(?:tracking|waybill|air[\s-]?waybill|awb|consignment"
        # a support ticket or case names our conversation, not a payment
        r"|(?:support\s+)?ticket|case)"
        r"(?:\s*(?:number|no\.?|#|id|code|编号|編號))?|快递单号|运单号|物流单号|快递号"
        r"|(?:客服)?工单号?|(?:客服)?工單號?|(?:case|個\s*case)\s*编号)"
        r"[^\S\n]*(?:是|为|為|(?<![A-Za-z])is(?![A-Za-z]))?[^\S\n]*[:：#]?[^\S\n]*"
        r"(?P<val>[A-Za-z0-9](?:[A-Za-z0-9\-]|[ ](?=\d{3})){7,40})(?![A-Za-z0-9\-])"
        r"|(?<![A-Za-z0-9\-])(?P<s10>[A-Z]{2}\d{9}[A-Z]{2})(?![A-Za-z0-9\-])"
        # an Indian branch code after its name (IFSC: four letters, a zero, six more)
        r"|(?<![A-Za-z])IFSC(?:\s*code)?[^\S\n]*[:：#]?[^\S\n]*(?P<ifsc>[A-Z]{4}0[A-Z0-9]{6})"
        r"(?![A-Za-z0-9\-])",
        re.IGNORECASE,
    )


def _claim_codes_that_are_no_ids(text: str, claims: Claims) -> None:
    """Claim parcel tracking numbers and bank branch codes: they look like ids but name no
    payment."""
    for m in _no_id_codes_re().finditer(text):
        name = "val" if m.group("val") else "s10" if m.group("s10") else "ifsc"
        if name == "s10" and _keyword_re().search(text[max(0, m.start() - 25) : m.start()]):
            continue  # "order no. XY123456789CN": the shop's id happens to have the shape
        if claims.is_free(m.start(name), m.end(name)):
            claims.claim(m.start(name), m.end(name))
    if _COURIER_HINT.search(text.lower()):
        for m in _courier_number_re().finditer(text):
            if claims.is_free(m.start("val"), m.end("val")):
                claims.claim(m.start("val"), m.end("val"))


def find_transaction_ids(text: str, claims: Claims, patterns: Sequence[str]) -> list[Hit]:
    """Transaction/order ids (upper-cased) found by pattern, by keyword, or by shape."""
    hits: list[Hit] = []

    def add(start: int, end: int, value: str) -> None:
        if claims.is_free(start, end):
            claims.claim(start, end)
            hits.append(Hit("transaction_id", value.upper(), start, end))

    _claim_codes_that_are_no_ids(text, claims)
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
        if k.group("bare") and _NOT_A_PAYMENT_ID.search(text, max(0, k.start() - 24), k.start()):
            continue  # "crash report id CR-77120-AB", "Apple ID": not a payment's id
        strong = bool(k.group("zh") or k.group("suffix")) or k.group("en").lower() in (
            "txn",
            "trx",
            "tx",
            "ref",
            "refs",
            "reference",
            "references",
            "folio",
            "approval",
            "transaction",
            "utr",
            "rrn",
            "arn",
        )
        start = t.start("val")
        token = t.group("val").strip("-_")
        spaced = _spaced_re().match(text, start)
        if spaced is not None and sum(c.isdigit() for c in spaced.group()) >= 10:
            # an id read out in groups: the groups are one id, written without spaces
            token = spaced.group().replace(" ", "")
            if _plausible(token, strong) and claims.is_free(start, spaced.end()):
                claims.claim(start, spaced.end())
                hits.append(Hit("transaction_id", token.upper(), start, spaced.end()))
            continue
        if not _plausible(token, strong) and (k.group("suffix") or strong):
            g = _gap_value_re().match(text, k.end(), min(len(text), k.end() + 80))
            if g is not None:
                gs = _spaced_re().match(text, g.start("val"))
                if gs is not None and sum(c.isdigit() for c in gs.group()) >= 10:
                    # "Ref on the statement: 5529 8812 0043"
                    if claims.is_free(gs.start(), gs.end()):
                        claims.claim(gs.start(), gs.end())
                        value = gs.group().replace(" ", "").upper()
                        hits.append(Hit("transaction_id", value, gs.start(), gs.end()))
                    continue
                if _plausible(g.group("val"), True):
                    t, token, start = g, g.group("val"), g.start("val")
        if not _plausible(token, strong):
            continue
        if _currency_after_re().match(text, start + len(token)):
            continue
        add(start, start + len(token), token)
        _add_listed(text, start + len(token), token, add)
    for shape, min_digits in _shape_res():
        for m in shape.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= min_digits:
                add(m.start(), m.end(), m.group())
    for m in _spaced_re().finditer(text):
        prefix = m.group().split(" ", 1)[0]
        if prefix.isalpha() and prefix not in _NOT_ID_PREFIXES and len(m.group()) >= 14:
            digits = m.group()[len(prefix) :].replace(" ", "")
            # "WD 2612 0448 1193": a letter prefix and groups of four digits
            if len(digits) >= 10 and all(len(g) == 4 for g in m.group().split(" ")[1:]):
                add(m.start(), m.end(), m.group().replace(" ", ""))
    return hits


def _add_listed(text: str, pos: int, first: str, add: Callable[[int, int, str], None]) -> None:
    """Further ids listed after the first one, when they have its shape."""
    key, more_re = _shape_key(first), _more_ids_re()
    for _ in range(8):
        m = more_re.match(text, pos, min(len(text), pos + 60))
        if m is None:
            return
        token = m.group("val")
        if _shape_key(token) != key or abs(len(token) - len(first)) > 2:
            return
        add(m.start("val"), m.end("val"), token)
        pos = m.end("val")
