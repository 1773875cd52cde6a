"""Secrets a customer should never send: card numbers (Luhn), passwords, PINs, OTPs, CVVs.

Shared by the extractor (to warn the customer) and by ``triage.masking`` (to hide them).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from triage.extract.code_context import (
    find_context_codes,
    find_context_cvvs,
    find_context_passwords,
    find_context_pins,
)

SECRET_KINDS: tuple[str, ...] = ("password", "pin", "otp", "cvv", "card_number")

# Common words that follow "password is ..." without being a password.
_NOT_A_PASSWORD = frozenset(
    [
        "wrong",
        "incorrect",
        "invalid",
        "correct",
        "right",
        "not",
        "no",
        "the",
        "my",
        "a",
        "an",
        "too",
        "still",
        "being",
        "very",
        "already",
        "expired",
        "locked",
        "blocked",
        "reset",
        "changed",
        "forgotten",
        "forgot",
        "lost",
        "stolen",
        "rejected",
        "denied",
        "required",
        "needed",
        "missing",
        "weak",
        "strong",
        "same",
        "different",
        "ok",
        "okay",
        "fine",
        "working",
        "accepted",
        "definitely",
        "really",
        "also",
        "just",
        "now",
        "always",
        "never",
        "new",
        "old",
        "updated",
        "saved",
        "case",
        "sensitive",
    ]
)


@dataclass(frozen=True)
class SecretSpan:
    """A secret value at ``text[start:end]`` of the given kind."""

    kind: str
    start: int
    end: int


def luhn_ok(digits: str) -> bool:
    """True when ``digits`` passes the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def network_first_digits(digits: str) -> bool:
    """True when ``digits`` start as a card network's numbers do, whatever their length: Amex,
    Diners and JCB (3), Visa (4), Mastercard (51-55, 2221-2720), Discover, UnionPay, Maestro."""
    return digits[0] in "3456" or "2221" <= digits[:4] <= "2720"


def plausible_card_prefix(digits: str) -> bool:
    """True when the leading digits and length fit a payment-card network."""
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    if digits[:2] in ("34", "37"):
        return n == 15
    if "51" <= digits[:2] <= "55" or "2221" <= digits[:4] <= "2720":
        return n == 16
    if digits[:2] in ("62", "60", "65", "64", "35", "36", "30", "38", "39", "50", "56", "57", "58"):
        return 14 <= n <= 19
    return digits[0] == "6" and 16 <= n <= 19


@cache
def _digit_run_re() -> re.Pattern[str]:
    # Linear: each repetition needs a digit, separators are single characters.
    return re.compile(r"(?<!\d)\d(?:[ \-]?\d)*")


def _run_groups(run: str, offset: int) -> list[tuple[str, int, int]]:
    groups: list[tuple[str, int, int]] = []
    for m in re.finditer(r"\d+", run):
        groups.append((m.group(), offset + m.start(), offset + m.end()))
    return groups


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def find_card_numbers(
    text: str, *, glued_ok: bool = False, network_only: bool = False
) -> list[tuple[int, int, str]]:
    """Luhn-valid 13-19 digit card numbers as (start, end, digits).

    A number glued to Latin letters (``card4111...``) counts only when ``glued_ok`` and its
    prefix fits a card network, so ids such as ``T2024051200123456`` are left alone.
    ``network_only`` also requires that prefix for free-standing numbers (one numeric id in
    ten passes Luhn by chance).
    """
    found: list[tuple[int, int, str]] = []
    # "IBAN DE14 5007 0010 0561 9507 06": digits of an IBAN may pass Luhn by chance
    ibans = [(i.start(), i.end()) for i in _iban_shape_re().finditer(text)]
    for m in _digit_run_re().finditer(text):
        if any(m.start() < e and s < m.end() for s, e in ibans):
            continue
        if text[max(0, m.start() - 1) : m.start()] == "+":
            continue  # "+49 151 28836074": an international phone number
        groups = _run_groups(m.group(), m.start())
        glued = m.start() > 0 and _is_latin(text[m.start() - 1])
        glued = glued or (m.end() < len(text) and _is_latin(text[m.end()]))
        if glued and not glued_ok:
            continue
        # Try the whole run first, then windows of consecutive groups (two cards in a row).
        i = 0
        while i < len(groups):
            hit = None
            # Only windows of at most 19 digits can be cards: linear in long digit runs.
            stop, total = i, 0
            while stop < len(groups) and total + len(groups[stop][0]) <= 19:
                total += len(groups[stop][0])
                stop += 1
            for j in range(stop, i, -1):
                digits = "".join(g[0] for g in groups[i:j])
                if 13 <= len(digits) <= 19 and luhn_ok(digits):
                    if (glued or network_only) and not plausible_card_prefix(digits):
                        continue
                    hit = (groups[i][1], groups[j - 1][2], digits, j)
                    break
            if hit is None:
                i += 1
                continue
            found.append((hit[0], hit[1], hit[2]))
            i = hit[3]
    return found


_DIGIT_GROUPS = re.compile(r"(?:[ \-]?\d)+")


def digit_run_end(text: str, end: int) -> int:
    """Where the run of digit groups that goes on at ``end`` stops ("6217 0012 3088 5521 006":
    a 19-digit card whose first 16 digits alone pass Luhn)."""
    m = _DIGIT_GROUPS.match(text, end)
    return end if m is None else m.end()


@cache
def _iban_shape_re() -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}(?![A-Za-z0-9])")


@cache
def _printed_card_re() -> re.Pattern[str]:
    # Four groups of four (a 19-digit card adds three), the way cards are printed.
    return re.compile(
        r"(?<![\d\-.])\d{4}(?P<sep>[ \-.])\d{4}(?P=sep)\d{4}(?P=sep)\d{4}(?:(?P=sep)\d{3})?"
        r"(?![ \-.]?\d)"
    )


_CARD_WORD = re.compile(r"card|卡", re.IGNORECASE)
# What names a number as an order, receipt or transaction number, right before it.
_ID_LEAD = re.compile(
    r"(?:订单号|訂單號|订单编号|單號|单号|流水号|流水號|交易号|交易號|编号|編號"
    r"|order\s*(?:no\.?|number|#|id)|ref(?:erence)?(?:\s*(?:no\.?|number|#))?"
    r"|transaction\s*(?:id|no\.?|number)|invoice\s*(?:no\.?|number|#)?"
    r"|receipt\s*(?:no\.?|number|#)?"
    # a loyalty or membership card's number ("My Tesco clubcard is 6340…")
    r"|club\s?card(?:\s+(?:number|no\.?))?(?:\s+is)?|loyalty\s+card(?:\s+number)?(?:\s+is)?"
    r"|member(?:ship)?\s+(?:card\s+)?(?:number|no\.?)(?:\s+is)?|会员卡号?|會員卡號?|积分卡号?)"
    r"[\s:：#是为為]{0,4}$",
    re.IGNORECASE,
)


def after_id_word(text: str, start: int) -> bool:
    """True when the number at ``start`` is introduced as an order or transaction number."""
    return _ID_LEAD.search(text, max(0, start - 30), start) is not None


@cache
def _destination_lead_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:(?:收款|对方|對方)(?:人)?(?:的)?(?:卡号|卡號|账号|帳號|账户|帳戶|银行卡|銀行卡)"
        # "本来应该是 6217…", "instead of 6217…": the account the money was meant for
        r"|(?:本来|本來)(?:应该|應該)?是|(?<![A-Za-z])(?:instead\s+of|should\s+have\s+(?:been|gone\s+to))"
        # "房东的建行卡号 6217…": the card of the person paid
        r"|(?:房东|房東|朋友|家人|商家|师傅|師傅|老板|老闆)的[^\d，。！？\n]{0,6}(?:卡号|卡號|账号|帳號)"
        # "我转账给朋友 1,500 元，填的卡号是 6217…"
        r"|(?:转账|轉帳)给[^。！？\n]{0,24}?(?:卡号|卡號|账号|帳號)(?:是|为|為)?"
        # "钱转到了 6217…", "提现 3,200 元到农业银行 6228…"
        r"|(?:转|轉|汇|匯|打|提现|提現)[^，。！？\n]{0,14}?到了?[^\d，。！？\n]{0,8}"
        r"|(?<![A-Za-z])(?:(?:recipient|payee|beneficiary|receiver)(?:'s)?\s+(?:bank\s+)?"
        r"(?:card|account)|(?:sent|transferred|withdrew|withdrawn)\b[^.!?\n]{0,30}?\bto\s+"
        r"(?:(?:his|her|their|the|a|my\s+\w+'s)\s+)?(?:bank\s+)?(?:card|account))"
        r"(?:\s+(?:number|no\.?))?)[^\S\n]*(?:是|为|為|is|:|：)?[^\S\n]*$",
        re.IGNORECASE,
    )


def card_is_destination(text: str, start: int) -> bool:
    """True when the card number at ``start`` is where money was sent ("收款卡号 6212…",
    "钱转到了 6217…"): the recipient's account, still masked, but no secret the customer
    gave away (no "freeze your card" warning for it)."""
    return _destination_lead_re().search(text, max(0, start - 40), start) is not None


def find_printed_cards(text: str) -> list[tuple[int, int, str]]:
    """Card numbers printed in groups of four after a card word, even when Luhn fails: a
    customer's typo still exposes most of the card, so it is treated (and masked) as one."""
    found: list[tuple[int, int, str]] = []
    if not _CARD_WORD.search(text):
        return found
    for m in _printed_card_re().finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if not plausible_card_prefix(digits) or after_id_word(text, m.start()):
            continue
        if _CARD_WORD.search(text, max(0, m.start() - 60), m.start()):
            found.append((m.start(), m.end(), digits))
    # "my card number is 4485 1894 9139 286 (i think, its worn)", "这张卡为什么一直被拒：
    # 6259…": a number the customer names as their card, however it is grouped
    for m in _named_card_re().finditer(text):
        start, end = m.start("num"), m.end("num")
        if all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, re.sub(r"\D", "", m.group("num"))))
    return found


@cache
def _named_card_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:(?<![A-Za-z])(?:card\s*(?:number|no\.?|num|#)|(?:my|the)\s+(?:amex|visa|mastercard"
        r"|debit\s+card|credit\s+card|card))(?![A-Za-z])|卡号|卡號|(?:这|這|那|我)张卡|(?:我|我的)卡)"
        # "Card number\n5391 2874\n0036 1746": groups may run over line breaks
        r"[^\d.!?。！？]{0,20}?(?P<num>(?<![\d\-])\d(?:[ \-]?\d|\n\d){12,18})(?![\d\-]|[.,]\d)",
        re.IGNORECASE,
    )


_KEYWORDS: tuple[tuple[str, str], ...] = (
    # Longer phrases first: "one-time password" is an OTP, not a password.
    ("otp", r"one[\s-]?time\s+(?:pass(?:word|code)|code|pin)"),
    ("otp", r"(?:verification|verify|sms|text|auth(?:entication)?|2fa|login|confirmation)\s+code"),
    ("otp", r"(?:6|six|4|four)[\s-]digit\s+code"),
    ("otp", r"otp|2fa|mfa|(?-i:m?TAN)|backup\s+codes?|recovery\s+codes?"),
    # a forwarded text: "The SMS said your code is 901 552"
    ("otp", r"your\s+(?:verification\s+|security\s+|login\s+|one[\s-]time\s+)?code"),
    # "Your OKPay code is 618 344": a service's name before "code" (not a promo, coupon,
    # gift, postal or tracking code)
    (
        "otp",
        r"your\s+(?!(?:promo|promotion|promotional|discount|coupon|voucher|gift|referral"
        r"|invite|invitation|tracking|zip|postal|post|area|country|bank|branch|sort|swift"
        r"|error|qr|bar|pairing|activation|access)\s)[A-Za-z][A-Za-z\-]{1,20}\s+code",
    ),
    ("otp", r"验证码|動態碼|动态码|短信码|校验码|驗證碼|动态口令|動態口令"),
    # a one-time password in Chinese is an OTP, not the account's password
    ("otp", r"动态密码|動態密碼|一次性(?:密码|密碼|验证码|驗證碼)"),
    # "收到的六位数是 582146": a six-digit number the customer received (not the last six
    # digits of a card or an ID: 后六位, 尾号)
    ("otp", r"(?<![后後尾末])(?:六|6)位(?:数字|數字|数|數|码|碼)"),
    # "the security code on the back of the card in the app says 517"
    (
        "cvv",
        # an Amex's CID only right before its digits ("exp 05/30 CID 7712")
        r"(?:cvv2?|cvc2?|cvn2?|csc|cid(?=[^\S\n]*(?::|is)?[^\S\n]*\d{3,4}(?!\d))"
        r"|(?:card\s+)?security\s+(?:code|number))"
        r"(?:\s+(?:on|at)\s+the\s+back(?:\s+of\s+(?:the|my)\s+(?:virtual\s+)?card)?)?",
    ),
    # "the code on the back is 321"
    # "the code on the back is 321", "the number at back side of card is 321"
    (
        "cvv",
        r"(?:code|number|digits)\s+(?:on|at)\s+(?:the\s+)?back(?:\s*side)?"
        r"(?:\s+of\s+(?:the\s+|my\s+)?card)?",
    ),
    # "the 3 digits on the back (of my card) are 123", "three numbers on back of card is 517"
    (
        "cvv",
        r"(?:3|three)[\s-]?(?:digits?|numbers?)(?:\s+code)?\s+(?:on|at|from|in)\s+(?:the\s+)?back"
        r"(?:\s*side)?(?:\s+of\s+(?:the\s+|my\s+)?card)?",
    ),
    ("cvv", r"安全码|安全碼|卡背三位数|签名条上的三位数|簽名條上的三位數"),
    # "卡背面三位是 317", "背面的三位数字": the three digits on the back of the card
    (
        "cvv",
        r"(?:卡)?背(?:面|后|後|脊)?(?:的)?(?:那)?末?(?:三|3)"
        r"(?:位(?:数字|數字|数|數|码|碼)?|码|碼|个数字|個數字|个数|個數|个字|個字)",
    ),
    # "卡背面的数字是 517": the digits printed on the back of a card
    ("cvv", r"卡(?:片)?背(?:面|后|後)(?:的|上的)?(?:数字|數字|号码|號碼)"),
    # "the OKPay unlock code is 190 384": the code that opens the app is its PIN
    ("pin", r"unlock\s+code|geheimzahl|geheimnummer|(?-i:NIP)"),
    # "MPIN", "UPI PIN", "ATM PIN"; "my 4 digits are 7 7 1 3"
    ("pin", r"(?:m|t|upi\s+|atm\s+)?pin(?:\s+(?:code|number))?"),
    ("pin", r"(?:my|the)\s+(?:4|four)[\s-]digits?"),
    # a bank card's password is its PIN
    ("pin", r"(?:银行卡|銀行卡|取款|提款|卡|ATM)\s?(?:密码|密碼)"),
    # "pass is Summer2024!": a bare "pass" only right before is/was/a colon
    (
        "password",
        r"pass(?:word|code|wd)|pass\s+word|pwd|login\s+password|pw(?=\s*(?:[:=]|is\s))"
        # not a ticket: "my bus pass is 12345", "boarding pass: …"
        r"|pass(?=\s*(?:is|was|[:=])\s)(?<!boarding pass)(?<!bus pass)(?<!train pass)"
        r"(?<!season pass)(?<!day pass)(?<!gym pass)(?<!metro pass)(?<!transit pass)"
        r"(?<!travel pass)(?<!ski pass)(?<!press pass)(?<!visitor pass)(?<!guest pass)",
    ),
    ("password", r"支付密码|登录密码|密码|密碼|登录口令|登錄口令|口令"),
    # the word in the languages customers mix into English mails
    (
        "password",
        r"contrase[ñn]a|clave|senha|mot\s+de\s+passe|has[łl]o|kata\s+laluan|passwort|kennwort"
        r"|wachtwoord|l[öo]senord",
    ),
)


@cache
def _keyword_re() -> re.Pattern[str]:
    parts = []
    for i, (_, pattern) in enumerate(_KEYWORDS):
        parts.append(f"(?P<k{i}>{pattern})")
    # ASCII keywords need word boundaries; the Han ones must not use \b (Han is \w).
    # "ERR-OTP-403": a keyword inside a hyphenated code is part of that code
    return re.compile(
        r"(?<![A-Za-z])(?<![A-Za-z0-9][\-_])(?:" + "|".join(parts) + r")(?![A-Za-z])",
        re.IGNORECASE,
    )


@cache
def _value_re() -> re.Pattern[str]:
    # "changed my password to Kwame!2026safe": "to" gives the new value
    connector = (
        # "the password I'm using is …": the customer's own choice, then is/was
        r"(?:[Ii](?:'m|’m|\s+am)?\s+(?:using|use|used|set|typed|type|entered|enter|chose|picked)"
        r"(?=\s+(?:is|was)\b|\s+\S*\d)"
        r"|will\s+be|would\s+be|should\s+be|is|was|are|of|to|=|:|是|係|系|为|為|码|碼|code|number|no\.?|#|-|\(|\)"
        # "mi contraseña es …", "mon mot de passe est …", "moje hasło jest …"
        r"|es|era|é|est|jest|adalah|ialah|ist"
        r"|(?:改|设|設|换|換)(?:成|为|為)了?)"
    )
    return re.compile(
        r"[^\S\n]*(?P<conn>(?:" + connector + r"[^\S\n]*){0,3})"
        r"(?P<quote>['\"“‘「『]?)"
        r"(?P<val>[A-Za-z0-9!@#$%^&*_+=?~.\-/]{3,64})"
    )


def _is_secret(kind: str, conn: str, quoted: bool, value: str) -> bool:
    if kind in ("pin", "otp", "cvv"):
        return value.isdigit() and 3 <= len(value) <= 8
    if quoted or any(c in conn for c in ":=是係系为為"):
        return value.lower() not in _NOT_A_PASSWORD
    if re.search(r"(?<![A-Za-z])to(?![A-Za-z])", conn, re.IGNORECASE):
        # "the password to OKPay" names what it opens; a new value has digits or symbols
        return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    if any(c.isdigit() for c in value) or not value.isalnum():
        return True
    return bool(any(c.isupper() for c in value[1:]))


@cache
def _digits_after_re() -> re.Pattern[str]:
    # "the OTP I got was 604918": a few words, then the code, within one clause;
    # "验证码，我发给你们：5 8 2 1 4 6": a short Chinese clause, then a colon or 是/为.
    return re.compile(
        r"(?:(?:[^\S\n]*[A-Za-z'’]{1,12}){0,4}"
        # "验证码发你们 582146": a clause handing the code to the reader, then a space
        r"|[，,]?(?P<zgap>[\u4e00-\u9fff，,]{1,12})(?=[:：是係系为]|(?<=了|你|您|们|們|的)[^\S\n]))"
        # "PIN as my birthday, 140392": a comma may stand for "is"
        # "OTP => 482913", "PIN... 4490": an arrow or an ellipsis for "is"
        r"[^\S\n]*(?:=>|->|\.{2,3}|…|[:=：是係系为(,，>])?[^\S\n]*"
        # "482.913": a code split by a dot into two groups of three (never a sum or a time)
        r"(?P<val>\d{3}\.\d{3}(?![\d.,]\d|\d)|\d{1,8}(?:[ \-]\d{1,4}){0,7}(?![\d.,]\d|\d)"
        # "验证码是五八二一四六": a code written digit by digit in Chinese numerals
        r"|(?<=[:：是係系为為])[^\S\n]*[零〇一二三四五六七八九]{4,8}(?![零〇一二三四五六七八九十百千万])"
        # "my pin is four four nine zero": a code read out in English number words
        r"|(?:(?<=is )|(?<=:)|(?<=: ))(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
        r"(?:[ \-,]+|(?![A-Za-z]))){4,8}(?<![ \-,]))"
    )


@cache
def _spelled_digits_re() -> re.Pattern[str]:
    # "here it is: 7 3 9 1 0 2": a code read out digit by digit
    # "code: 4-0-9-9-1-7", "4.0.9.9.1.7": the same separator between every digit
    return re.compile(
        r"(?<![\d.,])\d(?:(?:[ ]|[ ]?[·•][ ]?|[ ]-[ ])\d){3,7}(?![ ]?\d|[.,]\d)"
        r"|(?<![\d.,\-A-Za-z])\d(?P<sep>[\-.])\d(?:(?P=sep)\d){2,6}(?![\-.]?\d)"
    )


@cache
def _code_word_re() -> re.Pattern[str]:
    # digits read out one by one are a code in a sentence about a code or a text message
    return re.compile(
        r"(?<![A-Za-z])(?:code|c[óo]digo|kod|kode|codice|otp|m?pin|passcode|sms|texted|texts?"
        r"|digits|(?-i:NIP))(?![A-Za-z])|验证码|驗證碼|动态码|短信|簡訊|密码|密碼|码|碼",
        re.I,
    )


@cache
def _given_code_re() -> re.Pattern[str]:
    # "I gave them the code 482 913": a code handed to someone is a one-time code (a code
    # merely received, "a text with a code 839201", is not flagged)
    return re.compile(
        r"(?<![A-Za-z])(?:gave|give|given|giving|sent|send|told|tell|shared|share|read\s+out"
        # "I typed the code 482913 three times": a code typed into the app is a one-time code
        r"|forwarded|forward|typed|type|entered|enter|input|keyed\s+in|put\s+in|tried)\s+(?:(?:them|him|her|you|the\s+(?:caller|guy|man|woman|person"
        r"|agent|scammer))\s+)?(?:the|a|my|that|this)\s+(?:sms\s+|text\s+)?code"
        r"(?:\s*(?:is|was|:))?\s*(?P<val>\d{1,4}(?:[ \-]?\d{1,4}){0,3})(?![\d.,]\d|\d)",
        re.IGNORECASE,
    )


@cache
def _received_code_re() -> re.Pattern[str]:
    # "an SMS with code 552 019", "the code they texted me is 730 215", "code from the sms:
    # 882104", "the number they texted me was 882 104", "短信里的数字 552019"
    sender = (
        r"\s+(?:they|he|she|you|it|someone|the\s+bank|the\s+app|okpay)\s+(?:just\s+)?"
        r"(?:texted|sent|sms(?:'?e)?d|messaged|whatsapped|gave|read\s+out)"
        r"(?:\s+(?:me|us|to\s+me|over))?(?:\s+(?:over|on)\s+the\s+phone)?"
        r"|\s+(?:from|in)\s+the\s+(?:sms|text|message)"
        # "the code I received is 448201": the customer gives the value of a code received
        r"|\s+(?:I|we)\s+(?:just\s+)?(?:received|got|was\s+sent|were\s+sent)"
        r"(?=\s*(?:is|was|:))"
        # "the code I entered 482913": the code the customer typed into the app
        r"|\s+(?:I|we)\s+(?:just\s+)?(?:typed|entered|input|keyed\s+in|put\s+in|tried)(?:\s+in)?"
    )
    value = (
        r"(?:\s*(?:is|was|are|were|:|=))?\s*(?P<{g}>\d{{1,4}}(?:[ \-]?\d{{1,4}}){{0,3}})"
        r"(?![\d.,]\d|\d)"
    )
    return re.compile(
        r"(?<![A-Za-z])codes?(?P<sender>"
        + sender
        + r")?"
        + value.format(g="val")
        + r"|(?<![A-Za-z])(?:number|digits)(?:"
        + sender
        + r")"
        + value.format(g="nval")
        # "they texted me 448 201": a number texted to the customer is a code (not "sent",
        # which is also said of money)
        + r"|(?<![A-Za-z])(?:texted|sms(?:'?e)?d|messaged)\s+(?:me|us)\s*(?:the\s+code\s*)?:?"
        + value.format(g="tval")
        + r"|(?:短信|簡訊|简讯|短訊)(?P<zmid>[^，。！？\n]{0,8}?)(?:码|碼|数字|數字)[^\S\n]*"
        r"(?:是|为|為|:|：)?[^\S\n]*(?P<zval>\d{1,4}(?:[ \-]?\d{1,4}){0,3})(?![\d.,]\d|\d)",
        re.IGNORECASE,
    )


_DATE_SHAPE = re.compile(r"\d{4}[-/ ]\d{1,2}[-/ ]\d{1,2}|\d{1,2}[-/ ]\d{1,2}[-/ ]\d{2,4}")

# Lower-case literals only: a fast first look before the received-code pattern.
_RECEIVED_HINT = re.compile(r"code|number|digit|text|sms|messag|短信|簡訊|简讯|短訊")

# Codes that are no one-time codes ("zip code 10027", "promo code 2024", "error code 1203").
_OTHER_CODES = frozenset(
    {
        "error",
        "err",
        "http",
        "status",
        "zip",
        "postal",
        "post",
        "postcode",
        "promo",
        "promotion",
        "discount",
        "coupon",
        "voucher",
        "sort",
        "area",
        "country",
        "qr",
        "bar",
        "swift",
        "bank",
        "branch",
        "reason",
        "response",
        "return",
        "decline",
        "tracking",
        "referral",
        "invite",
        "gift",
        "product",
        "security",
        "ref",
        "reference",
        "booking",
        "order",
        "ticket",
        "case",
    }
)


@cache
def _code_asked_re() -> re.Pattern[str]:
    # someone asked the customer to hand the code over ("asking me to read it out", "让我
    # 把数字念给他"): a phishing attempt's target is the one-time code, given or not
    return re.compile(
        r"(?<![A-Za-z])(?:ask(?:s|ed|ing)?|want(?:s|ed|ing)?|tell(?:s|ing)?|told)\s+"
        r"(?:me|us)\s+(?:to\s+(?:read|tell|give|share|send|forward|say|repeat|provide)"
        r"(?![A-Za-z])(?:\s+(?:it|them|the\s+(?:code|digits|numbers)|that|this))?"
        r"(?:\s+(?:out|back|to))?|for\s+(?:it|the\s+code|that\s+code|the\s+digits))(?![A-Za-z])"
        r"|(?:让|讓|叫|要|要求)我[^\S\n]*(?:把[^，。！？\n]{0,8})?(?:念|读|讀|报|報|告诉|告訴"
        r"|发给|發給|说|說|提供)",
        re.IGNORECASE,
    )


def _asked_codes(text: str, taken: list[SecretSpan]) -> list[SecretSpan]:
    """A code texted to the customer ("the code they texted me is …"), or one that someone
    asked the customer for in the same sentence ("an SMS with code …, asking me to read it
    out"); a code merely received is not flagged."""
    found: list[SecretSpan] = []
    if not _RECEIVED_HINT.search(text.lower()):
        return found
    for m in _received_code_re().finditer(text):
        group = next(g for g in ("val", "nval", "tval", "zval") if m.group(g))
        start, end = m.start(group), m.end(group)
        digits = re.sub(r"\D", "", m.group(group))
        if not 4 <= len(digits) <= 8 or any(start < t.end and t.start < end for t in taken):
            continue
        if group in ("nval", "tval") and (len(digits) > 6 or _DATE_SHAPE.fullmatch(m.group(group))):
            continue  # "she texted me 9123 4567" is a phone number, "2024-05-01" a date
        before = re.search(r"([A-Za-z]+)\s+$", text[max(0, m.start() - 16) : m.start()])
        if before is not None and before.group(1).lower() in _OTHER_CODES:
            continue
        # "短信发来的码是 482913": the code the SMS brought, like "the code they texted me"
        sent_to_me = (
            group == "zval"
            and re.search(r"发|發|收到|给我|給我", m.group("zmid")) is not None
            # "短信收到的取件码": a parcel, coupon or invitation code is no one-time code
            and re.search(
                r"取件|取货|取貨|快递|快遞|优惠|優惠|兑换|兌換|提货|邀请|邀請|订单|訂單|单号|單號",
                m.group("zmid"),
            )
            is None
        )
        if m.group("sender") or group in ("nval", "tval") or sent_to_me:
            found.append(SecretSpan("otp", start, end))
            continue
        # the sentence around the code, at most 160 characters each way (linear on long runs)
        floor, ceiling = max(0, start - 160), min(len(text), end + 160)
        lo = max(floor, *(text.rfind(c, floor, start) + 1 for c in ".!?。！？\n"))
        stops = [i for i in (text.find(c, end, ceiling) for c in ".!?。！？\n") if i != -1]
        if _code_asked_re().search(text, lo, min(stops) if stops else ceiling):
            found.append(SecretSpan("otp", start, end))
    return found


def _given_codes(text: str, taken: list[SecretSpan]) -> list[SecretSpan]:
    found: list[SecretSpan] = []
    for m in _given_code_re().finditer(text):
        digits = re.sub(r"\D", "", m.group("val"))
        overlaps = any(m.start("val") < t.end and t.start < m.end("val") for t in taken)
        if 4 <= len(digits) <= 8 and not overlaps:
            found.append(SecretSpan("otp", m.start("val"), m.end("val")))
    return found


# What may open the sentence of a code named in the sentence before ("It's ", "I gave it na
# po, ", nothing at all on a new line); not a sentence of its own ("The ATM showed ").
_SHORT_OPENING = re.compile(
    r"[^\S\n]*(?!.*(?:show|display|say|said|read))[^.!?。！？\n\d]{0,24}?[\s:：,，]*", re.I
)


def _spelled_codes(text: str, taken: list[SecretSpan]) -> list[SecretSpan]:
    """Digits read out one by one in a sentence about a code: nothing else is written so."""
    found: list[SecretSpan] = []
    for m in _spelled_digits_re().finditer(text):
        if any(m.start() < t.end and t.start < m.end() for t in taken):
            continue
        lo = max(text.rfind(c, 0, m.start()) for c in ".!?。！？\n")
        said = _code_word_re().search(text, lo + 1, m.start())
        # "the code fails on version 6.2.1.4": the digits belong to another word; "SMS wala
        # number bata diya 6 3 9 1 0 4": a number read out digit by digit is the code itself
        other = _NOT_A_CODE_BEFORE.search(text, said.end(), m.start()) if said else None
        if other is not None and other.group().lower() == "number" and " " in m.group():
            other = None
        if said and other is None:
            found.append(SecretSpan(_spelled_kind(text, lo + 1, m.start()), m.start(), m.end()))
            continue
        # "My card PIN doesn't work. It's 9 9 0 2", "asked for the code. I gave it, 7 4 8 8 2
        # 0", "PIN from the letter doesn't work:\n0 4 7 2": the code was named just before
        if lo > 0 and _SHORT_OPENING.fullmatch(text, lo + 1, m.start()):
            prev = max(text.rfind(c, 0, lo) for c in ".!?。！？\n")
            word = _code_word_re().search(text, prev + 1, lo)
            if word is not None and not _NOT_A_CODE_BEFORE.search(text, word.end(), lo):
                found.append(SecretSpan(_spelled_kind(text, prev + 1, lo), m.start(), m.end()))
    return found


@cache
def _password_gap_re() -> re.Pattern[str]:
    # "my password was saved in my notes app: Bluebell!2024": a few words, a colon, the value
    return re.compile(
        r"(?P<gap>(?:[^\S\n]+[A-Za-z'’]{1,12}){1,8})[^\S\n]*[:：][^\S\n]*"
        r"(?P<val>[A-Za-z0-9!#$%^&*_+=?~.\-]{6,64}?)(?=[.,;)]?(?:\s|$))"
    )


_NOT_A_PASSWORD_GAP = re.compile(
    r"reset|link|email|e-mail|sms|text|message|error|says|said|shows|screen|hint|rule|policy"
    r"|must|should|require",
    re.IGNORECASE,
)


def _looks_like_password(value: str) -> bool:
    """Letters with digits or symbols: what a password is, and not a word, a number or an id."""
    return (
        any(c.isalpha() for c in value)
        and any(c.isdigit() for c in value)
        and any(c.islower() for c in value)
        and not re.fullmatch(r"[A-Z]{0,4}[-_]?\d[\d\-]*", value)
    )


def _spelled_kind(text: str, start: int, end: int) -> str:
    """What a code read out digit by digit is, from the keyword nearest before it."""
    kinds = [
        (k.start(), kind)
        for k in _keyword_re().finditer(text, start, end)
        for kind in [next(_KEYWORDS[int(g[1:])][0] for g, v in k.groupdict().items() if v)]
    ]
    return max(kinds)[1] if kinds else "otp"


@cache
def _zh_gap_value_re() -> re.Pattern[str]:
    # "支付密码好像泄露了，之前设置的是 882211": a short Chinese clause, then 是/为/：, then the
    # value; the clause must not name another thing (号, 码, 卡, 账...) whose value it could be.
    return re.compile(
        r"(?P<gap>[\u4e00-\u9fff，,]{0,16})(?:是|为|為|:|：)[^\S\n]*"
        # "设的是我生日 950512", "是生日，0512": a few words saying what the value is
        r"(?:(?P<what>[\u4e00-\u9fff]{1,5})[，,]?[^\S\n]*(?=\d))?"
        r"(?P<val>[A-Za-z0-9!@#$%^&*_+=?~.\-]{4,32})(?![A-Za-z0-9])"
    )


_YEAR_AFTER = re.compile(r"(?i:in|since|until|till|from|by|of)[^\S\n]+(?:19|20)\d{2}$")

# Words after which digits are something else than the code ("... step I get Error 1203").
_NOT_A_CODE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:error|err|http|status|version|ver|build|id|number|no|ref|order|ticket|case"
    r"|model|room|page|step|flight|line|account|card|phone|tel)(?![A-Za-z])",
    re.IGNORECASE,
)

_ZH_OTHER_THINGS = (
    "号",
    "码",
    "碼",
    "卡",
    "账",
    "帳",
    "金额",
    "手机",
    "电话",
    "邮箱",
    "地址",
    "名",
)


def find_keyword_secrets(text: str) -> list[SecretSpan]:
    """Values given after password/PIN/OTP/CVV/验证码/密码 keywords."""
    found: list[SecretSpan] = []
    value_re = _value_re()
    for m in _keyword_re().finditer(text):
        kind = next(_KEYWORDS[int(k[1:])][0] for k, v in m.groupdict().items() if v)
        vm = value_re.match(text, m.end(), min(len(text), m.end() + 90))
        if kind != "password":
            dm = _digits_after_re().match(text, m.end(), min(len(text), m.end() + 60))
            if (
                dm is not None
                and dm.group("zgap")
                and any(w in dm.group("zgap") for w in _ZH_OTHER_THINGS)
            ):
                dm = None  # "验证码收不到，订单号是 12345678": the clause names another thing
            if dm is not None and _NOT_A_CODE_BEFORE.search(text, m.end(), dm.start("val")):
                dm = None  # "SMS code step I get Error 1203": the digits belong to another word
            if dm is not None and _YEAR_AFTER.search(text, m.end(), dm.end("val")):
                dm = None  # "I set up my PIN in 2024": a year
            # Codes are also read out in groups ("55 12 98", "604-918").
            digits = re.sub(r"[^\d零〇一二三四五六七八九]", "", dm.group("val")) if dm else ""
            if dm is not None and re.match(r"[A-Za-z]", dm.group("val")):
                digits = "0" * len(re.findall(r"[A-Za-z]+", dm.group("val")))
            # The grouped reading wins over the first group alone ("is 618 344": mask both).
            if (
                dm is not None
                and 3 <= len(digits) <= 8
                and (
                    vm is None
                    or not vm.group("val").isdigit()
                    or (dm.start("val") == vm.start("val") and len(digits) > len(vm.group("val")))
                )
            ):
                found.append(SecretSpan(kind, dm.start("val"), dm.end("val")))
                continue
        if kind == "password" and (vm is None or len(vm.group("val")) < 3):
            zm = _zh_gap_value_re().match(text, m.end(), min(len(text), m.end() + 60))
            gap = (zm.group("gap") + (zm.group("what") or "")) if zm is not None else ""
            if zm is not None and not any(w in gap for w in _ZH_OTHER_THINGS):
                value = zm.group("val").rstrip(".-/?")
                if value.lower() not in _NOT_A_PASSWORD:
                    found.append(SecretSpan(kind, zm.start("val"), zm.start("val") + len(value)))
                    continue
        if kind == "password":
            gm = _password_gap_re().match(text, m.end(), min(len(text), m.end() + 90))
            if (
                gm is not None
                and not _NOT_A_PASSWORD_GAP.search(gm.group("gap"))
                and _looks_like_password(gm.group("val"))
            ):
                found.append(SecretSpan(kind, gm.start("val"), gm.end("val")))
                continue
        if vm is None:
            continue
        value = vm.group("val").rstrip(".-/?")
        if len(value) < 3:
            continue
        if _is_secret(kind, vm.group("conn"), bool(vm.group("quote")), value):
            start = vm.start("val")
            found.append(SecretSpan(kind, start, start + len(value)))
    found += _spelled_codes(text, found)
    found += _values_before_keywords(text, found)
    found += _codes_on_next_line(text, found)
    found += _given_codes(text, found)
    found += _asked_codes(text, found)
    for finder in (
        find_context_codes,
        find_context_cvvs,
        find_context_passwords,
        find_context_pins,
    ):
        found += [
            SecretSpan(kind, start, end)
            for kind, start, end in finder(text, [(t.start, t.end) for t in found])
        ]
    found += _codes_after_cards(text, found)
    found = [_refined(text, s) for s in found if not _postal_pin(text, s)]
    return found + _repeats(text, found)


# A password given as digits at a cash machine or a till is the card's PIN; an app passcode
# of digits is its PIN.
_PIN_PLACE = re.compile(
    r"(?<![A-Za-z])(?:atm|cash\s+machine|pos|terminal|till|passcode)(?![A-Za-z])"
    r"|取现|取現|取款|提款|实体卡|實體卡|刷卡",
    re.IGNORECASE,
)
_ADDRESS_WORDS = re.compile(
    r"(?<![A-Za-z])(?:address|flat|house|road|rd|street|st|lane|nagar|colony|sector|city"
    r"|district|state|village|deliver(?:y|ed)?|courier|post(?:al)?)(?![A-Za-z])",
    re.IGNORECASE,
)


def _refined(text: str, secret: SecretSpan) -> SecretSpan:
    value = re.sub(r"[ \-.]", "", text[secret.start : secret.end])
    near = _PIN_PLACE.search(text, max(0, secret.start - 60), secret.start)
    if secret.kind == "password" and value.isdigit() and near:
        return SecretSpan("pin", secret.start, secret.end)
    return secret


def _postal_pin(text: str, secret: SecretSpan) -> bool:
    """An Indian "PIN code 560048" in an address is a postal code."""
    if secret.kind != "pin" or secret.end - secret.start != 6:
        return False
    lead = text[max(0, secret.start - 16) : secret.start].lower()
    # "PIN code 560048", "Kolkata, PIN 700016": six digits after PIN in an address
    return "pin" in lead and bool(
        _ADDRESS_WORDS.search(text, max(0, secret.start - 120), secret.start)
    )


def _repeats(text: str, found: list[SecretSpan]) -> list[SecretSpan]:
    """Every other place a found secret is written again ("password "Marmalade&Toast9" not
    accepted … Marmalade&Toast9 is definitely what I set")."""
    more: list[SecretSpan] = []
    spans = [(t.start, t.end) for t in found]
    for value, kind in {text[t.start : t.end]: t.kind for t in found}.items():
        digits = re.sub(r"\D", "", value)
        if re.fullmatch(r"[\d .\-]+", value):
            if len(digits) < 4:
                continue  # a CVV's three digits recur as prices and times
            # as written, or run together ("604 118" … "604118")
            forms = {re.escape(value), digits}
            pattern = r"(?<![\d.,])(?:" + "|".join(forms) + r")(?![\d]|[.,]\d)"
        elif len(value) >= 5 and not re.search(r"[零〇一二三四五六七八九]", value):
            pattern = r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])"
        else:
            continue
        # a handful at most: a real mail repeats a secret once or twice
        for m in itertools.islice(re.finditer(pattern, text), _MAX_REPEATS):
            if all(m.end() <= s or m.start() >= e for s, e in spans):
                spans.append((m.start(), m.end()))
                more.append(SecretSpan(kind, m.start(), m.end()))
    return more


_MAX_REPEATS = 6


@cache
def _card_trailer_re() -> re.Pattern[str]:
    # "5500 0000 0000 0004, 11/29, 737": a card, its expiry, then three or four digits
    return re.compile(
        r"[^\S\n]*[,;，]?[^\S\n]*(?:(?:exp(?:iry|ires|iring)?|valid\s+(?:thru|through|until)"
        r"|有效期|到期)[^\S\n]*[:：]?[^\S\n]*)?(?:0?[1-9]|1[0-2])[^\S\n]*/[^\S\n]*(?:\d{2}|20\d{2})"
        r"[^\S\n]*[,;，]?[^\S\n]*(?P<cvv>\d{3,4})(?![\d/.,]\d|\d)",
        re.IGNORECASE,
    )


def _codes_after_cards(text: str, taken: list[SecretSpan]) -> list[SecretSpan]:
    """The bare three digits after a card number and its expiry are its CVV."""
    if not re.search(r"\d[^\S\n]*/[^\S\n]*\d", text):
        return []
    found: list[SecretSpan] = []
    for _, end, _ in find_card_numbers(text, network_only=True):
        m = _card_trailer_re().match(text, end, min(len(text), end + 60))
        if m is None or any(m.start("cvv") < t.end and t.start < m.end("cvv") for t in taken):
            continue
        found.append(SecretSpan("cvv", m.start("cvv"), m.end("cvv")))
    return found


_SECRET_VALUE = r"[A-Za-z0-9!@#$%^&*_+=?~.\-]{3,64}"
_OTP_MODIFIERS = frozenset(
    {"verification", "verify", "sms", "text", "otp", "login", "auth", "authentication", "2fa"}
    | {"sign-in", "signin", "log-in", "security", "access", "confirmation", "one-time"}
)


@cache
def _value_before_keyword_re() -> re.Pattern[str]:
    # "482913 is my verification code", "Abc!2024xyz is my password", "482913是验证码": the
    # value first, then is/是 and the thing it is
    # "OKPay: 447 391 is your verification code", "508813 is OTP for txn" (a bank's SMS)
    return re.compile(
        r"(?<![^\s:：,，(（\"'“‘「\u4e00-\u9fff])(?P<val>\d{1,4}(?:[ \-]\d{1,4}){1,3}(?![\d\-])|"
        + _SECRET_VALUE
        + r")"
        r"(?:[^\S\n]+(?:is|was)[^\S\n]+(?:(?:my|the|our|your)[^\S\n]+)?"
        r"(?P<mods>(?:[A-Za-z][A-Za-z\-]{1,14}[^\S\n]+){0,3})"
        r"(?P<kw>password|passcode|pin|otp|cvv2?|cvc2?|code)(?![A-Za-z])"
        r"(?P<sender>[^\S\n]+(?:(?:they|he|she|you|it|the\s+bank|the\s+app|okpay)[^\S\n]+"
        r"(?:just[^\S\n]+)?(?:sent|texted|gave)|I[^\S\n]+(?:got|received|was[^\S\n]+sent)))?"
        # "482 650 这是你们发给我的短信码"
        r"|[^\S\n]*(?:这|這|那)?(?:就)?(?:是|为|為|係)[^\S\n]*(?:我的|我|刚收到的|剛收到的|收到的"
        r"|[\u4e00-\u9fff]{1,8}?的)?"
        r"(?P<zkw>验证码|驗證碼|动态码|動態碼|短信码|支付密码|登录密码|银行卡密码|銀行卡密碼"
        r"|取款密码|密码|密碼|安全码|安全碼|PIN))",
        re.IGNORECASE,
    )


def _kind_of(keyword: str, modifiers: list[str]) -> str | None:
    word = keyword.lower()
    if word.startswith(("cvv", "cvc", "安全")) or (word == "code" and "security" in modifiers):
        return "cvv"
    if word == "pin" or word.startswith(("银行卡", "銀行卡", "取款")):
        return "pin"
    if word == "code" and any(m in _OTHER_CODES for m in modifiers):
        return None
    if word in ("otp", "code") or word.startswith(("验证", "驗證", "动态", "動態", "短信")):
        return "otp"
    if "one-time" in modifiers or "one" in modifiers:
        return "otp"
    return "password"


def _value_fits(kind: str, value: str) -> bool:
    if kind == "password":
        return value.lower() not in _NOT_A_PASSWORD and _is_secret(kind, "", False, value)
    # "OK-614092": a sender's prefix before the code
    digits = re.sub(r"[ \-]", "", re.sub(r"^[A-Za-z]{1,4}-(?=\d)", "", value))
    return digits.isdigit() and (3 if kind == "cvv" else 4) <= len(digits) <= 8


def _values_before_keywords(text: str, taken: list[SecretSpan]) -> list[SecretSpan]:
    """A value named after it is given ("482913 is my verification code", "8812 is my PIN",
    "482913是验证码"); a bare "code" only with who sent it ("… is the code they sent me")."""
    found: list[SecretSpan] = []
    for m in _value_before_keyword_re().finditer(text):
        value = m.group("val").rstrip(".-/?")
        start, end = m.start("val"), m.start("val") + len(value)
        if any(start < t.end and t.start < end for t in taken) or after_id_word(text, start):
            continue
        if m.group("zkw"):
            kind = _kind_of(m.group("zkw"), [])
        else:
            mods = [w.lower() for w in m.group("mods").split()]
            kind = _kind_of(m.group("kw"), mods)
            bare = m.group("kw").lower() == "code" and not (set(mods) & _OTP_MODIFIERS)
            if bare and kind == "otp" and not m.group("sender"):
                continue  # "404 is the code the app shows"
        if kind is not None and _value_fits(kind, value):
            found.append(SecretSpan(kind, start, end))
    return found


@cache
def _code_on_next_line_re() -> re.Pattern[str]:
    # "the code below:\n558 201", "验证码如下：\n482913": the value alone on a following line
    return re.compile(
        r"(?<![A-Za-z])(?P<kw>(?:(?:the|my|this|that|your)[^\S\n]+(?P<mod>(?:verification|sms"
        r"|otp|login|one[\s-]time|security|auth(?:entication)?)[^\S\n]+)?"
        r"(?:codes?|otp|pin|passcode|password)|otp|pin|passcode"
        r"|(?:verification|sms|one[\s-]time|login)[^\S\n]+code)"
        r"|验证码|驗證碼|动态码|動態碼|支付密码|密码|密碼)"
        r"(?:[^\S\n]+(?:is[^\S\n]+|are[^\S\n]+)?(?:below|here|as[^\S\n]+follows|underneath))?"
        r"[^\S\n]*(?:如下|在下面|在这里|在這裡)?[^\S\n]*[:：.]?[^\S\n]*\n(?:[^\S\n]*\n)?"
        r"[^\S\n]*(?P<val>\d{1,4}(?:[ \-]\d{1,4}){1,3}|" + _SECRET_VALUE + r")[^\S\n]*(?=\n|$)",
        re.IGNORECASE,
    )


def _codes_on_next_line(text: str, taken: list[SecretSpan]) -> list[SecretSpan]:
    """A code or password announced at a line's end and written alone on the next line."""
    found: list[SecretSpan] = []
    if "\n" not in text:
        return found
    for m in _code_on_next_line_re().finditer(text):
        value = m.group("val").rstrip(".-/?")
        start, end = m.start("val"), m.start("val") + len(value)
        if any(start < t.end and t.start < end for t in taken):
            continue
        word = m.group("kw").lower()
        if "pin" in word.split():
            kind = "pin"
        elif ("password" in word and "one" not in word) or "密" in word:
            kind = "password"
        elif (m.group("mod") or "").lower().startswith("security"):
            kind = "cvv"
        else:
            kind = "otp"
        if _value_fits(kind, value):
            found.append(SecretSpan(kind, start, end))
    return found
