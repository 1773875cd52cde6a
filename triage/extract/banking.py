"""Recipient bank details: IBAN (schwifty checksum), SWIFT/BIC, account numbers in context."""

from __future__ import annotations

import re
from functools import cache

import phonenumbers
from schwifty import BIC, IBAN, registry
from schwifty import exceptions as sx

from triage.extract.spans import Claims, Context, Hit, window_before


@cache
def _iban_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?"
        r"(?![A-Za-z0-9])",
        re.IGNORECASE,
    )


def _iban_problem(candidate: str) -> str | None:
    """None when valid, else a problem key; "" when it is not an IBAN at all."""
    try:
        IBAN(candidate)
    except sx.InvalidCountryCode:
        return ""
    except sx.InvalidChecksumDigits:
        return "iban_checksum"
    except sx.InvalidLength:
        return "iban_length"
    except sx.SchwiftyException:
        return "iban_format"
    return None


def _fits_country_spec(candidate: str) -> bool:
    """The country's IBAN length and BBAN format (letters only where the country allows them,
    as the Swiss "... 4650 Y"), whatever the check digits say."""
    try:
        spec = registry.get_iban_spec(candidate[:2])
    except (KeyError, sx.SchwiftyException):
        return False
    return len(candidate) == spec.iban_length and spec.regex.match(candidate[4:]) is not None


def find_ibans(text: str, claims: Claims) -> list[Hit]:
    """IBANs (compact, upper-case); ones failing length or checksum carry a problem key."""
    hits: list[Hit] = []
    for m in _iban_re().finditer(text):
        raw = m.group()
        chunks = raw.split(" ")
        keyword = "iban" in window_before(text, m.start(), 30) or (
            # printed in groups of four the way IBANs are, in a mail that says IBAN anywhere
            # ("NL87 INGB 0007 7531 1 … Error 'IBAN has the wrong length'")
            len(chunks) >= 4 and all(len(c) == 4 for c in chunks[:-1]) and "iban" in text.lower()
        )
        # A lower-case word after an upper-case IBAN ("BE11 0635 2198 7448 is") is prose.
        while len(chunks) > 1 and chunks[-1] != chunks[-1].upper() and raw[:2].isupper():
            chunks.pop()
        shown = " ".join(chunks)
        if shown != shown.upper() and not keyword:
            continue
        if not claims.is_free(m.start(), m.start() + len(shown)):
            continue
        # The pattern may swallow a trailing code word ("... 3000 BIC"), but a BBAN may also
        # end in letters (Swiss "... 4650 Y"): the longest valid reading wins, and a problem
        # is reported for the reading without the trailing words.
        words = len(chunks)
        while (
            words > 1
            and chunks[words - 1].isalpha()
            and not _fits_country_spec("".join(chunks[:words]).upper())
        ):
            words -= 1
        best: tuple[str, int, str | None] | None = None
        for n in range(len(chunks), 0, -1):
            candidate = "".join(chunks[:n]).upper()
            if len(candidate) < 15:
                break
            problem = _iban_problem(candidate)
            end = m.start() + len(" ".join(chunks[:n]))
            if problem is None:
                best = (candidate, end, None)
                break
            if best is None and n <= words:
                best = (candidate, end, problem)
        if best is None:
            continue
        candidate, end, problem = best
        # Without an IBAN cue only a right-length string with a bad checksum is a mistyped
        # IBAN; other near-misses ("CZ2025022021150088") are ids.
        if problem not in (None, "iban_checksum") and not keyword:
            continue
        claims.claim(m.start(), end)
        hits.append(Hit("recipient_account", candidate, m.start(), end, problem or ""))
        if problem == "":
            hits[-1] = Hit("recipient_account", candidate, m.start(), end, "iban_country")
    return hits


@cache
def _bic_keyword_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:swift|bic)(?:\s*/\s*(?:swift|bic))?(?:\s*(?:code|number|no\.?|码|代码|代號))?"
        # "the bank code BCITITM": a loose name for the BIC; the value must still start with
        # four letters (a numeric sort or routing code never does)
        r"|(?<![A-Za-z])bank(?:'s)?\s+code"
        r"|银行代码|银行识别码|银行国际代码",
        re.IGNORECASE,
    )


@cache
def _bic_value_re() -> re.Pattern[str]:
    return re.compile(
        r"(?P<conn>(?:[\s:：#=是为\-(]|is\b){0,8})(?P<val>[A-Za-z0-9]{6,14})(?![A-Za-z0-9])"
    )


@cache
def _bic_shape_re() -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9])[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])")


def _bic_problem(candidate: str) -> str | None:
    try:
        BIC(candidate)
    except sx.InvalidLength:
        return "bic_length"
    except sx.InvalidCountryCode:
        return "bic_country"
    except sx.SchwiftyException:
        return "bic_format"
    return None


@cache
def _bank_cue_re() -> re.Pattern[str]:
    return re.compile(
        r"bank|(?<![A-Za-z])(?:swift|bic|iban|banco|banque|account|acct|a/c|wire|transfer|remit"
        r"|beneficiary)|银行|銀行|账号|帳號|账户|汇款|匯款|转账|轉帳",
        re.IGNORECASE,
    )


def _letter_bic_ok(text: str, start: int, end: int, value: str, named: frozenset[str]) -> bool:
    """An all-letter BIC without a keyword ("MBBEMYKL") could be a shouted word: take it when
    the bank registry knows it, or when bank words surround it and the mail names its country."""
    try:
        if BIC(value).exists:
            return True
    except sx.SchwiftyException:
        return False
    around = text[max(0, start - 80) : end + 80]
    return value[4:6] in named and _bank_cue_re().search(around) is not None


def find_bics(text: str, claims: Claims, named: frozenset[str] = frozenset()) -> list[Hit]:
    """SWIFT/BIC codes: after a keyword (invalid ones reported), or valid ones by shape (a
    location code with a digit, or bank context and the BIC's country named in the mail)."""
    hits: list[Hit] = []
    value_re = _bic_value_re()
    for k in _bic_keyword_re().finditer(text):
        m = value_re.match(text, k.end(), min(len(text), k.end() + 40))
        if m is None:
            continue
        raw = m.group("val")
        explicit = any(c in m.group("conn") for c in ":：=是为")
        if raw != raw.upper() and not explicit:
            continue
        if not raw[:4].isalpha() or not claims.is_free(m.start("val"), m.end("val")):
            continue
        value = raw.upper()
        problem = _bic_problem(value)
        claims.claim(m.start("val"), m.end("val"))
        hits.append(Hit("swift_bic", value, m.start("val"), m.end("val"), problem or ""))
    for m in _bic_shape_re().finditer(text):
        value = m.group()
        if not claims.is_free(m.start(), m.end()) or _bic_problem(value) is not None:
            continue
        if not any(c.isdigit() for c in value[6:8]) and not _letter_bic_ok(
            text, m.start(), m.end(), value, named
        ):
            continue
        if _PROMO_AROUND.match(text, m.end()) or _PROMO_BEFORE.search(text, 0, m.start()):
            continue  # "Your SPRING15 promo code": a code of a shop, not of a bank
        claims.claim(m.start(), m.end())
        hits.append(Hit("swift_bic", value, m.start(), m.end()))
    return hits


_PROMO_WORDS = r"(?:promo(?:tion(?:al)?)?|discount|coupon|voucher|referral|gift|invite)"
_PROMO_AROUND = re.compile(r"[^\S\n]+" + _PROMO_WORDS + r"?[^\S\n]*codes?(?![A-Za-z])", re.I)
_PROMO_BEFORE = re.compile(_PROMO_WORDS + r"[^\S\n]+(?:codes?[^\S\n]*)?[:：]?[^\S\n]*$", re.I)


@cache
def _account_re() -> re.Pattern[str]:
    keyword = (
        r"(?P<kw>(?<![A-Za-z])(?:(?:beneficiary|recipient|receiving|bank|destination|payee|"
        r"recipient's|his|her|their)\s+)?(?:account|acct\.?|acc\.?|a/c)(?:\s*(?:number|no\.?|num|#))?"
        # Mexico's 18-digit CLABE names an account by itself
        r"|(?<![A-Za-z])clabe(?:\s*(?:number|no\.?|#))?"
        r"|收款人?(?:银行)?(?:账号|帐号|账户号码?)|银行账号|银行帐号|对方账号|账户号码|账户号|账号|帐号|账户|帐户"
        # a Japanese bank's account number (口座番号)
        r"|口座番号|口座"
        # a bank's name right before the number: "Vietcombank 0071001234567", "招商银行 6214..."
        r"|(?<![A-Za-z])(?-i:[A-Z][A-Za-z]{1,20}bank|[A-Z][A-Za-z]{1,20}\s+Bank)|银行|銀行"
        # "GTBank 0157…", "Bank Mandiri 1370…", "SBI account in Kochi 3041…", 戶口係 (Cantonese)
        r"|(?<![A-Za-z])(?-i:[A-Z]{1,4}Bank|Bank\s+[A-Z][a-z]{2,15})"
        r"|(?<![A-Za-z])account\s+in\s+(?-i:[A-Z][a-z]{2,15})|戶口係|户口系|戶口號碼|户口号码)"
    )
    return re.compile(
        keyword + r"(?P<conn>(?:[\s:：#=是为]|is\b|was\b){0,6})(?P<val>\d(?:[ \-]?\d){5,33})(?!\d)",
        re.IGNORECASE,
    )


_RECIPIENT_WORDS = (
    "beneficiary",
    "recipient",
    "receiving",
    "bank",
    "destination",
    "payee",
    "his",
    "her",
    "their",
    "收款",
    "对方",
    "银行",
    "銀行",
)


def find_account_numbers(text: str, claims: Claims, ctx: Context) -> list[Hit]:
    """Account numbers written after an account keyword, as digits.

    A number that is a valid mobile number after a bare "account" keyword is left for the
    phone extractor: wallet accounts are keyed by phone number.
    """
    hits: list[Hit] = []
    region = ctx.phone_region
    for m in _account_re().finditer(text):
        start, end = m.start("val"), m.end("val")
        if not claims.is_free(start, end):
            continue
        digits = re.sub(r"\D", "", m.group("val"))
        kw = m.group("kw").lower()
        if not any(w in kw for w in _RECIPIENT_WORDS) and _is_mobile(digits, region):
            continue
        claims.claim(start, end)
        hits.append(Hit("recipient_account", digits, start, end))
        hits += _corrected_account(text, claims, end, len(digits))
    for m in _nz_account_re().finditer(text):
        if claims.is_free(m.start(), m.end()):
            claims.claim(m.start(), m.end())
            hits.append(Hit("recipient_account", re.sub(r"\D", "", m.group()), m.start(), m.end()))
    return hits


@cache
def _correction_re() -> re.Pattern[str]:
    return re.compile(
        r"[^\S\n]*[,，]?[^\S\n]*(?:instead\s+of|rather\s+than|and\s+not|not|but|而不是|不是|而非"
        r"|应该是|应为|本来是)[^\S\n]*[:：]?[^\S\n]*(?P<val>\d(?:[ \-]?\d){5,33})(?!\d)",
        re.IGNORECASE,
    )


def _corrected_account(text: str, claims: Claims, end: int, length: int) -> list[Hit]:
    """The other number of a correction ("acct 10452287 instead of 10452278", "账号 X 应该是
    Y"): the same kind of number, so an account too when it has the same number of digits."""
    m = _correction_re().match(text, end)
    if m is None or not claims.is_free(m.start("val"), m.end("val")):
        return []
    digits = re.sub(r"\D", "", m.group("val"))
    if len(digits) != length:
        return []
    claims.claim(m.start("val"), m.end("val"))
    return [Hit("recipient_account", digits, m.start("val"), m.end("val"))]


@cache
def _nz_account_re() -> re.Pattern[str]:
    # New Zealand writes bank, branch, account and suffix apart: "01-0242-0123456-00".
    return re.compile(r"(?<![\d\-])\d{2}-\d{4}-\d{7}-\d{2,3}(?![\d\-])")


def _is_mobile(digits: str, region: str) -> bool:
    for reg in {region, "CN"}:
        try:
            number = phonenumbers.parse(digits, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return True
    return False
