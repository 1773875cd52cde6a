"""Secrets known by their shape and the sentence around them, not by a keyword right before.

A keyword right before the value is the usual sign of a secret ("OTP: 482913"), but customers
also write "She asked me to read out the numbers that came by text and I did: 55.12.98",
"我把验证码告诉他了，四零九五五一", a code alone on a line with "^ that's what you just texted
me" under it, "the little number on the signature strip (926)", "my password is my dog's name +
year + !, i.e. Biscuit2019!" or "the same number 1357 for the app and the phone lock". Four
finders read such values: one-time codes (six digits, 3+3 or 2+2+2 groups, letter-digit halves,
Chinese numerals, digits said as words), CVVs (three digits), passwords (letters, digits and a
symbol) and PINs (four digits, or "the old one is …"). Each counts a token only when its
sentence, the one before it or (for a token alone on its line) the next line talks about that
kind of secret, and nothing right before it names it as something else (an order, a phone, an
account, a sum, a card's last digits).
"""

from __future__ import annotations

import re
from functools import cache

# (kind, start, end)
Found = tuple[str, int, int]


@cache
def _shape_re() -> re.Pattern[str]:
    return re.compile(
        # not part of a longer number, id, version, time, address or phone number
        # (a colon only after a digit: "12:30:45" is a time, "我发了：629048" a code)
        r"(?<![A-Za-z0-9.\-/+#_@=$€£¥₹₱₩])(?<!\d:)(?<!\d[ .\-])"
        r"(?P<val>\d{6}|\d{3}(?P<s1>[ .\-])\d{3}|\d{2}(?P<s2>[ .\-])\d{2}(?P=s2)\d{2}"
        # "4418-2290": a backup code's two dashed halves
        r"|\d{4}-\d{4}"
        # "It's 7KQ-M42": a code of letters and digits in two dashed halves
        # (not "NET-408": letters then digits is how error codes are named)
        r"|(?![A-Z]{2,4}-\d{2,4}(?![A-Za-z0-9]))"
        r"(?=[A-Z0-9]{2,4}-[A-Z0-9]{2,4}(?![A-Za-z0-9]))(?=\S*[A-Z])(?=\S*\d)"
        r"[A-Z0-9]{2,4}-[A-Z0-9]{2,4})"
        r"(?![A-Za-z0-9\-/_@%]|[ .\-,:]?\d)"
        # a quantity, not a code: "120000 ms", "482913 times"
        r"(?![^\S\n]?(?i:ms|s|secs?|seconds?|mins?|minutes?|hours?|days?|bytes|kb|mb|gb|times|x)"
        r"(?![A-Za-z]))"
        r"|(?<![零〇一二三四五六七八九十百千万两壹贰貳叁參肆伍陆陸柒捌玖拾佰仟])"
        # "四零九五五一", "七三八，二零四", "伍捌贰零壹玖" (the numerals written on cheques)
        r"(?P<zval>[零〇一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]{4,8}"
        r"|[零〇一二三四五六七八九]{3}[，,、 ][零〇一二三四五六七八九]{3})"
        r"(?![零〇一二三四五六七八九十百千万两壹贰貳叁參肆伍陆陸柒捌玖拾佰仟])"
        # "seven one nine, four four two", "zero four four": digits said as words
        r"|(?<![A-Za-z])(?P<wval>(?i:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
        r"(?:[ ,\-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){2,7}))(?![A-Za-z])"
    )


@cache
def _context_re() -> re.Pattern[str]:
    # What a sentence about a one-time code or PIN says, in the languages customers write in.
    return re.compile(
        r"(?<![A-Za-z])(?:otp|one[\s-]time|codes?|c[óo]digo|kod|kode|codice|verification"
        r"|sms|texted|texts?|message|digits|passcode|m?pin|cvv2?|cvc2?|cvn2?|csc)(?![A-Za-z])"
        r"|验证码|驗證碼|动态码|動態碼|校验码|校驗碼|短信|簡訊|简讯|短訊|号码|號碼|密码|密碼"
        # Korean: 인증번호 (verification number), 비밀번호 (password, PIN)
        r"|인증\s?번호|인증\s?코드|비밀번호",
        re.IGNORECASE,
    )


def _kind_of_word(word: str) -> str:
    """The secret a code-shaped token is, from the nearest word about it."""
    lowered = word.lower()
    if lowered in ("pin", "mpin", "passcode", "비밀번호"):
        return "pin"  # an app's passcode of digits is its PIN
    if lowered in ("密码", "密碼"):
        return "password"
    if lowered.startswith(("cv", "csc")):
        return "cvv"
    return "otp"


# Words that say only that digits are involved; the kind comes from a stronger word nearby.
_WEAK_WORDS = frozenset({"digits", "sms", "text", "texts", "texted", "message", "号码", "號碼"})


@cache
def _other_thing_re() -> re.Pattern[str]:
    # Words right before a number (same clause) that say what else it is.
    return re.compile(
        r"(?:(?<![A-Za-z])(?:order|tracking|track|ref|reference|case|ticket|invoice|receipt"
        r"|booking|error|err|status|http|postal|post|zip|postcode|pincode|pin\s+code|account"
        r"|acct|a/c|customer|member|employee|student|policy|serial|imei|model|version|build"
        r"|flight|room|seat|transaction|txn|transfer|payment|id|no|phone|tel|mobile|mob"
        r"|whatsapp|call|sort|bsb|ifsc|routing|iban|swift|bic|card|ending|last|promo|voucher"
        r"|coupon|gift|referral|discount|amount|balance|sum|total|paid|price|cost)(?![A-Za-z])"
        r"[^.!?\n]{0,30}"
        r"|订单|訂單|单号|單號|流水|交易号|交易號|编号|編號|快递|快遞|取件|尾号|尾號|账号|帳號"
        r"|账户|帳戶|卡号|卡號|手机|手機|电话|電話|邮编|郵編|金额|金額|余额|餘額|优惠|優惠|兑换|兌換"
        r"|邀请|邀請|礼品|禮品|提货|提貨)[\u4e00-\u9fff]{0,2}"
        r"[^\S\n]*[:：#是为為]?[^\S\n]*$",
        re.IGNORECASE,
    )


# A number asked for, told or given (English and Hinglish): with a grouped code, that is one.
_SPOKEN_NUMBER = re.compile(
    r"(?<![A-Za-z])(?:numbers?|told|tell|gave|give|read\s+out|batao|bata\s+diya|bataya|diya)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)

# A currency right before or after: a sum, not a code.
_MONEY_AFTER = re.compile(
    r"[^\S\n]?(?:元|块|塊|円|원|(?i:rs|inr|usd|eur|gbp|cny|rmb|hkd|twd|sgd|aud|cad|jpy|krw|php"
    r"|idr|vnd|myr|thb|dollars?|euros?|pounds?|rupees?|pesos?|yuan|yen|won|baht|ringgit)"
    r"(?![A-Za-z]))"
)
_MONEY_BEFORE = re.compile(r"(?i:rs\.?|inr|usd|eur|gbp|cny|rmb|hkd|sgd|aud|[A-Z]{2}\$)[^\S\n]?$")
_DOTTED_DATE = re.compile(r"(\d{2})[.\-/](\d{2})[.\-/]\d{2}")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around ``text[start:end]`` (a dot ends one only before a space,
    and not after an abbreviation such as "i.e." or "approx.")."""
    lo = start
    while lo > 0:
        ch = text[lo - 1]
        if ch in "!?。！？\n" or (ch == "." and lo < len(text) and _full_stop(text, lo - 1)):
            break
        lo -= 1
    hi = end
    while hi < len(text):
        ch = text[hi]
        if ch in "!?。！？\n" or (ch == "." and _full_stop(text, hi)):
            break
        hi += 1
    return lo, hi


_ABBREVIATIONS = frozenset(
    {"i.e", "e.g", "etc", "approx", "no", "nr", "vs", "mr", "mrs", "ms", "dr"}
)


def _full_stop(text: str, at: int) -> bool:
    """True when the dot at ``at`` ends a sentence."""
    if at + 1 < len(text) and not text[at + 1].isspace():
        return False
    word = text[max(0, at - 8) : at].split()[-1:] or [""]
    return word[0].lower() not in _ABBREVIATIONS


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence of the token, the one before it, and the next line for a lone token."""
    lo, hi = _sentence(text, start, end)
    spans = [(lo, hi)]
    if lo > 1:
        spans.append(_sentence(text, lo - 2, lo - 1))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if not text[line_start:start].strip() and not text[end:line_end].strip(" \t.,"):
        following = text.find("\n", line_end + 1)
        spans.append((line_end + 1, len(text) if following == -1 else following))
    return spans


def _looks_like_date(value: str) -> bool:
    m = _DOTTED_DATE.fullmatch(value)
    if m is None:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def find_context_codes(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Code-shaped tokens in a sentence about a code, a text message or a PIN."""
    found: list[Found] = []
    if not _context_re().search(text) and not _SPOKEN_NUMBER.search(text):
        return found
    for m in _shape_re().finditer(text):
        group = next(g for g in ("val", "zval", "wval") if m.group(g))
        start, end = m.start(group), m.end(group)
        if any(start < e and s < end for s, e in taken):
            continue
        value = m.group(group)
        if group == "val":
            if _looks_like_date(value) or _MONEY_AFTER.match(text, end):
                continue
            if _MONEY_BEFORE.search(text, max(0, start - 5), start):
                continue
        clause_start = max(text.rfind(c, 0, start) for c in ",，;；、\n") + 1
        if _other_thing_re().search(text, max(clause_start, start - 40), start):
            continue
        kind = None
        spaced = group == "val" and not value.isdigit()
        for lo, hi in _windows(text, start, end):
            words = [w for w in _context_re().finditer(text, lo, hi) if not _inside(w, start, end)]
            if not words and spaced and _SPOKEN_NUMBER.search(text, lo, hi):
                words = [m]  # "jo number aaya wo batao. Maine 40 92 71 bata diya"
            if words:
                strong = [w for w in words if w is not m and w.group().lower() not in _WEAK_WORDS]
                near = min(strong or words, key=lambda w: abs(w.start() - start))
                kind = _kind_of_word(near.group()) if near is not m else "otp"
                break
        if kind is not None:
            found.append((kind, start, end))
    return found


def _inside(match: re.Match[str], start: int, end: int) -> bool:
    return start <= match.start() and match.end() <= end


@cache
def _cvv_context_re() -> re.Pattern[str]:
    # "the little number on the signature strip (926)", "the card behind number 509"
    return re.compile(
        r"(?<![A-Za-z])(?:signature\s+(?:strip|panel)|behind\s+number|number\s+behind"
        r"|back\s+number|security\s+code|c[óo]digo\s+de\s+seguran[çc]a|c[óo]digo\s+de\s+seguridad"
        r"|(?:on|at)\s+the\s+back(?:\s+of\s+(?:the|my)\s+card)?|back\s+of\s+(?:the|my)\s+card"
        r"|cvv2?|cvc2?|cvn2?|csc)(?![A-Za-z])|签名条|簽名條|卡背|背面|背后|背後|安全码|安全碼",
        re.IGNORECASE,
    )


# three digits, also read out one by one ("我入咗 5 2 7")
_THREE_DIGITS = re.compile(
    r"(?<![\d.,:/\-$€£¥#*])(?<![\d*][ ])(?:\d{3}|\d[ ]\d[ ]\d)"
    r"(?![\d:/%]|[.,]\d|[ ]\d|\s*(?:元|块|円))"
)
_NOT_CVV_BEFORE = re.compile(
    r"(?i:end(?:s|ing)?(?:\s+(?:in|with))?|last|error|code\s+\(|version|app|iphone|galaxy|pixel"
    r"|[$€£¥]|usd|eur|gbp|sgd|hkd|rs\.?)[^\S\n]*$|尾号|尾號|末四"
)


def find_context_cvvs(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Three digits in the sentence that talks about the back of a card or its CVV."""
    found: list[Found] = []
    if not _cvv_context_re().search(text):
        return found
    for m in _THREE_DIGITS.finditer(text):
        start, end = m.start(), m.end()
        if any(start < e and s < end for s, e in taken):
            continue
        if _NOT_CVV_BEFORE.search(text, max(0, start - 12), start):
            continue
        lo, hi = _sentence(text, start, end)
        if _cvv_context_re().search(text, lo, hi):
            found.append(("cvv", start, end))
    return found


@cache
def _password_context_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:password|passwd|passcode|pwd|log[\s-]?in|sign[\s-]?in|contrase[ñn]a"
        r"|clave|senha|mot\s+de\s+passe|has[łl]o|kata\s+laluan|passwort|kennwort"
        r"|m[ậa]t\s+kh[ẩa]u|şifre|sifre|kata\s+sandi)(?![A-Za-z])|密码|密碼|口令|비밀번호|รหัสผ่าน",
        re.IGNORECASE,
    )


# Letters, a digit and a symbol, as a password is made; not an e-mail, a link or a hashtag.
_PASSWORD_SHAPE = re.compile(
    r"(?<![A-Za-z0-9@.#/\-_])(?=[^\s]*[A-Za-z])(?=[^\s]*\d)(?=[^\s]*[!@#$%^&*_+=?~])"
    r"[A-Za-z0-9!@#$%^&*_+=?~]{6,40}(?![A-Za-z0-9@#$%^&*_+=~])"
    # "hoa.sen.2019": words and a year joined by dots (a version has no letters, a domain no
    # digits at the end)
    r"|(?<![A-Za-z0-9@.#/\-_])(?:[A-Za-z]{2,}\.){1,4}\d{2,6}(?![A-Za-z0-9@.]|\.[A-Za-z0-9])"
)


_ADDRESS_OR_LINK = re.compile(
    r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+|(?i:https?://|www\.)\S+"
)


# A phone-banking secret word or a passphrase, and the quoted words given for it.
_PHRASE_WORDS = re.compile(
    r"(?<![A-Za-z])(?:secret\s+word|memorable\s+(?:word|phrase)|pass\s?phrase"
    r"|security\s+(?:word|answer|phrase))(?![A-Za-z])",
    re.IGNORECASE,
)
# quote marks, not apostrophes ("don't … it's"): no letter outside them
_QUOTED_PHRASE = re.compile(r"(?<![A-Za-z])[\"“'‘](?P<val>[^\"”'’\n]{3,40})[\"”'’](?![A-Za-z])")


def _quoted_phrases(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """'The bank asked me for the 'secret word'. I said "mango rain 77".': the words given."""
    found: list[Found] = []
    for m in _QUOTED_PHRASE.finditer(text):
        start, end = m.start("val"), m.end("val")
        if _PHRASE_WORDS.search(m.group("val")) or any(start < e and s < end for s, e in taken):
            continue  # the quoted name of the thing, not its value
        if any(_PHRASE_WORDS.search(text, lo, hi) for lo, hi in _windows(text, m.start(), m.end())):
            found.append(("password", start, end))
    return found


def find_context_passwords(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """A token made like a password in a sentence about a password or a login: "my password
    is my dog's name + year + !, i.e. Biscuit2019!", "Kata laluan saya Melaka@2020"; quoted
    words given for a secret word or a passphrase."""
    found: list[Found] = []
    if _PHRASE_WORDS.search(text):
        found += _quoted_phrases(text, taken)
    if not _password_context_re().search(text):
        return found
    # e-mail addresses and links hold such tokens too
    skip = taken + [(s, e) for _, s, e in found]
    skip += [(a.start(), a.end()) for a in _ADDRESS_OR_LINK.finditer(text)]
    for m in _PASSWORD_SHAPE.finditer(text):
        start, end = m.start(), m.end()
        if any(start < e and s < end for s, e in skip):
            continue
        # the sentence and the one before ("… + year + !, i.e. Biscuit2019!": a "!" inside)
        if any(
            _password_context_re().search(text, lo, hi) for lo, hi in _windows(text, start, end)
        ):
            found.append(("password", start, end))
    return found


@cache
def _pin_context_re() -> re.Pattern[str]:
    # "the same number 1357 for the app and the phone lock", "my transaction PIN"
    return re.compile(
        r"(?<![A-Za-z])(?:m?pin|passcode|phone\s+lock|screen\s+lock|lock\s+screen|unlock)"
        r"(?![A-Za-z])|解锁|解鎖|锁屏|鎖屏",
        re.IGNORECASE,
    )


# "The old one is 2468": a value given for a secret named just before
_ANAPHORA = re.compile(
    # ("new one i want 7391": the value the customer wants to set is as secret)
    r"(?<![A-Za-z])(?:the\s+)?(?:old|new|current|previous|first)\s+one"
    r"(?:\s+i\s+(?:want|chose|set|picked|use))?(?:\s+(?:is|was))?[^\S\n]+"
    r"(?P<val>\d{4,8})(?![\d.,]\d|\d)",
    re.IGNORECASE,
)
# four digits standing alone (not a group of a longer number: "FedEx 7749 2210 5531")
_FOUR_DIGITS = re.compile(
    # (nor the kept digits of a masked card: "4111 11** **** 1111")
    r"(?<![\d.,:/\-$€£¥#*])(?<![\d*][ \-])\d{4}(?![\d:/%*]|[.,]\d|[ \-][\d*]|\s*(?:年|元|块))"
)
_NOT_PIN_BEFORE = re.compile(
    r"(?i:end(?:s|ing)?(?:\s+(?:in|with))?|last(?:\s+\w+)?|error|code\s+\(|version|app\s+v?"
    r"|iphone|galaxy|pixel|model|year|in|since|of|[$€£¥]|usd|eur|gbp|rs\.?)[^\S\n]*$|尾号|尾號|末四"
)


def find_context_pins(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Four digits given for a PIN named in the sentence (or the one before), or as "the old
    one is …" after a PIN, a password or a code was named."""
    found: list[Found] = []
    for m in _ANAPHORA.finditer(text):
        start, end = m.start("val"), m.end("val")
        if any(start < e and s < end for s, e in taken):
            continue
        # the secret it answers for was named in the last few sentences
        lo, hi = max(0, start - 200), end
        if _pin_context_re().search(text, lo, hi):
            found.append(("pin", start, end))
        elif _password_context_re().search(text, lo, hi):
            found.append(("password", start, end))
        elif _context_re().search(text, lo, hi):
            found.append(("otp", start, end))
    if not _pin_context_re().search(text):
        return found
    spans = taken + [(s, e) for _, s, e in found]
    for m in _FOUR_DIGITS.finditer(text):
        start, end = m.start(), m.end()
        if any(start < e and s < end for s, e in spans):
            continue
        if _NOT_PIN_BEFORE.search(text, max(0, start - 14), start):
            continue
        if 1900 <= int(m.group()) <= 2099:
            continue  # a year
        lo, hi = _sentence(text, start, end)
        if _pin_context_re().search(text, lo, hi):
            found.append(("pin", start, end))
    return found
