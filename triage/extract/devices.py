"""Phone models, OS versions and OKPay app versions, normalised to one canonical spelling."""

from __future__ import annotations

import re
from functools import cache

from triage.extract.spans import Claims, Hit

_SUFFIXES = {
    "pro max": "Pro Max",
    "promax": "Pro Max",
    "pro": "Pro",
    "max": "Max",
    "plus": "Plus",
    "mini": "mini",
    "ultra": "Ultra",
    "fe": "FE",
    "lite": "Lite",
    "edge": "Edge",
    "+": "+",
    "pro+": "Pro+",
    "pro +": "Pro+",
    "xl": "XL",
    "pro xl": "Pro XL",
    "proxl": "Pro XL",
    "rs": "RS",
    "t": "T",
    "t pro": "T Pro",
    "tpro": "T Pro",
    "s": "S",
    "e": "e",
    "gt": "GT",
    "pro fold": "Pro Fold",
    "fold": "Fold",
    "z": "Z",
    "ultimate": "Ultimate",
    "neo": "Neo",
    "turbo": "Turbo",
    "prime": "Prime",
    "se": "SE",
    "f": "F",
    "至尊版": "Ultra",
}
_SUF = (
    r"(?P<suf>\s?(?:pro\s?max|pro\s?xl|pro\s?fold|pro\s?\+|pro|max|plus|mini|ultra|fe|lite|edge"
    r"|\+|xl|rs|ultimate|gt|turbo|prime|se|f|至尊版))?"
)

# (brand as displayed, pattern with groups num and optional ser/suf, series glued to number?)
_FAMILIES: tuple[tuple[str, str], ...] = (
    # Tablets first: "Galaxy Tab S9", "MatePad 11" must not be read as a phone of the brand.
    (
        "iPad",
        r"ipad\s?(?P<ser>air|mini|pro)?\s?\(?(?P<num>\d{1,2}(?:\.\d)?)(?:st|nd|rd|th)?"
        r"(?:\s?(?:gen(?:eration)?\.?|代)\)?|\)|(?=[^\d.]|$))",
    ),
    (
        "Samsung Galaxy Tab",
        r"(?:(?:samsung|三星)\s?(?:galaxy\s?)?|galaxy\s?)tab\s?(?P<ser>s|a)(?P<num>\d{1,2})" + _SUF,
    ),
    (
        "Huawei MatePad",
        r"(?:huawei\s?|华为\s?|華為\s?)?matepad\s?(?P<ser>pro|air|se)?\s?"
        r"(?P<num>\d{1,2}(?:\.\d)?)(?![\d.])",
    ),
    ("Honor MagicPad", r"(?:honor\s?|荣耀\s?|榮耀\s?)?(?:平板\s?)?magic\s?pad\s?(?P<num>\d{1,2})"),
    ("Lenovo Tab", r"(?:lenovo\s?|联想\s?)tab\s?(?P<ser>p|m)(?P<num>\d{1,2})" + _SUF),
    (
        "Pad",
        r"(?P<brand>xiaomi|小米|redmi|红米|honor|honour|荣耀|oneplus|一加|oppo|vivo|realme|真我)"
        r"\s?(?:pad|平板)\s?(?P<num>\d{1,2})" + _SUF,
    ),
    (
        "iPhone",
        r"(?:iphone|苹果|蘋果)\s?(?P<num>1[0-7]|[4-9]|xs|xr|x|se)(?P<e>e)?"
        r"(?P<suf>\s?(?:pro\s?max|pro|max|plus|mini))?",
    ),
    (
        "Samsung Galaxy",
        r"(?:(?:samsung|三星)\s?(?:galaxy\s?)?|galaxy\s?)"
        r"(?P<ser>z\s?fold|z\s?flip|fold|flip|note|s|a|m)\s?(?P<num>\d{1,3}(?-i:[se])?)" + _SUF,
    ),
    ("Google Pixel", r"(?:google\s)?pixel\s?(?P<num>\d{1,2}a?|fold)" + _SUF),
    (
        "Huawei",
        r"(?:huawei|华为|華為)\s?(?P<ser>mate\s?x|mate|nova|pura|p|y|enjoy|畅享|暢享)"
        r"\s?(?P<num>\d{1,2}|x\d?)" + _SUF,
    ),
    ("Redmi", r"(?:xiaomi\s)?(?:redmi|红米)\s?(?P<ser>note|k|a)?\s?(?P<num>\d{1,2}[cs]?)" + _SUF),
    ("POCO", r"poco\s?(?P<ser>[fxmc])(?P<num>\d{1,2})" + _SUF),
    # "Mi 11 Lite": Xiaomi's old series name, only capitalised
    (
        "Xiaomi",
        r"(?:(?:xiaomi|小米)\s?(?:mi\s?)?|(?-i:Mi)\s?)(?P<ser>civi\s?)?(?P<num>\d{1,2})(?P<t>t)?"
        + _SUF,
    ),
    ("OPPO", r"oppo\s?(?P<ser>reno|find\s?x|find\s?n|a|k|f)\s?(?P<num>\d{1,3}x?)" + _SUF),
    ("iQOO", r"(?:vivo\s?)?iqoo\s?(?P<ser>neo|z)?\s?(?P<num>\d{1,2})" + _SUF),
    ("vivo", r"vivo\s?(?P<ser>x\s?fold|x|y|v|s|t)\s?(?P<num>\d{1,3}[set]?)" + _SUF),
    (
        "OnePlus",
        r"(?:oneplus|one\s?plus|一加)\s?(?P<ser>nord\s?ce|nord|ace)?\s?(?P<num>\d{1,2}[rtv]?)"
        + _SUF,
    ),
    ("Honor", r"(?:honor|honour|荣耀|榮耀)\s?(?P<ser>magic|x)?\s?(?P<num>\d{1,3}[a-z]?)" + _SUF),
    # Huawei models are often written without the brand ("Mate 60 Pro", "mate60"): only
    # capitalised, or next to Han text, and never before a currency word ("my mate 20 quid").
    ("Huawei*", r"(?P<ser>mate\s?x|mate|pura)\s?(?P<num>\d{2}|x\d?)" + _SUF),
    # "P60 Pro here (Huawei, ...)": a brandless P series only when the sentence names Huawei
    ("Huawei+", r"(?<![A-Za-z0-9\-])(?P<ser>P)(?P<num>[1-9]0)" + _SUF),
    (
        "Motorola",
        r"(?:motorola\s?(?:moto\s?)?|moto\s?)(?P<ser>edge|razr|g|e)\s?(?P<num>\d{1,3})" + _SUF,
    ),
    ("Sony Xperia", r"(?:sony\s?)?xperia\s?(?P<num>1|5|10)(?:\s?(?P<gen>vi{0,3}|iv|i{1,3}))?"),
    ("Nokia", r"nokia\s?(?P<ser>xr|g|x|c)?\s?(?P<num>\d{1,3})" + _SUF),
    ("Nothing Phone", r"nothing\s?phone\s?\(?(?P<num>[1-4]a?)\)?" + _SUF),
    (
        "realme",
        r"(?:realme|真我)\s?(?P<ser>gt\s?neo|gt|narzo|note|c|p)?\s?(?P<num>\d{1,3})" + _SUF,
    ),
    ("Meizu", r"(?:meizu|魅族)\s?(?P<num>\d{1,2})" + _SUF),
    (
        "ZTE",
        r"(?:zte\s?)?(?P<ser>axon|(?<=zte)blade\s?[avx]|(?<=zte )blade\s?[avx])\s?(?P<num>\d{1,3})"
        + _SUF,
    ),
    ("Red Magic", r"(?:nubia\s?|努比亚\s?)?(?:red\s?magic|红魔)\s?(?P<num>\d{1,2}s?)" + _SUF),
    ("Nubia", r"(?:zte\s?)?(?:nubia|努比亚)\s?(?P<ser>z|flip|neo)?\s?(?P<num>\d{1,2}s?)" + _SUF),
    ("Asus", r"(?:asus\s?|华硕\s?)?(?P<ser>rog\s?phone|zenfone)\s?(?P<num>\d{1,2})" + _SUF),
    ("Tecno", r"tecno\s?(?P<ser>spark|camon|pova|phantom)\s?(?P<num>\d{1,2}[cs]?)" + _SUF),
    ("itel", r"itel\s?(?P<ser>a|p|s)\s?(?P<num>\d{1,3})" + _SUF),
    ("Fairphone", r"fairphone\s?(?P<num>\d)(?![\d.])"),
    ("Infinix", r"infinix\s?(?P<ser>hot|note|zero|smart)\s?(?P<num>\d{1,2}[is]?)" + _SUF),
)
_SERIES = {
    "z fold": "Z Fold",
    "zfold": "Z Fold",
    "z flip": "Z Flip",
    "zflip": "Z Flip",
    "note": "Note",
    "mate": "Mate",
    "mate x": "Mate X",
    "matex": "Mate X",
    "nova": "nova",
    "pura": "Pura",
    "reno": "Reno",
    "find x": "Find X",
    "findx": "Find X",
    "find n": "Find N",
    "findn": "Find N",
    "nord": "Nord",
    "nord ce": "Nord CE",
    "nordce": "Nord CE",
    "magic": "Magic",
    "neo": "Neo",
    "x fold": "X Fold",
    "xfold": "X Fold",
    "fold": "Z Fold",
    "flip": "Z Flip",
    "edge": "Edge",
    "razr": "Razr",
    "gt": "GT",
    "gt neo": "GT Neo",
    "gtneo": "GT Neo",
    "narzo": "Narzo",
    "axon": "Axon",
    "blade a": "Blade A",
    "bladea": "Blade A",
    "blade v": "Blade V",
    "bladev": "Blade V",
    "blade x": "Blade X",
    "bladex": "Blade X",
    "rog phone": "ROG Phone",
    "rogphone": "ROG Phone",
    "zenfone": "Zenfone",
    "ace": "Ace",
    "enjoy": "Enjoy",
    "畅享": "Enjoy",
    "暢享": "Enjoy",
    "civi": "Civi",
    "air": "Air",
    "mini": "mini",
    "se": "SE",
    "spark": "Spark",
    "camon": "Camon",
    "pova": "Pova",
    "phantom": "Phantom",
    "hot": "Hot",
    "zero": "Zero",
    "smart": "Smart",
}
_PAD_MAKERS = {
    "xiaomi": "Xiaomi",
    "小米": "Xiaomi",
    "redmi": "Redmi",
    "红米": "Redmi",
    "honor": "Honor",
    "honour": "Honor",
    "荣耀": "Honor",
    "oneplus": "OnePlus",
    "一加": "OnePlus",
    "oppo": "OPPO",
    "vivo": "vivo",
    "realme": "realme",  # the maker writes its name in lower case, as vivo does
    "真我": "realme",
}
_GLUED_SERIES = frozenset({"Find X", "Find N", "Mate X", "X Fold", "Blade A", "Blade V", "Blade X"})


@cache
def _family_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (brand, re.compile(r"(?<![A-Za-z0-9])" + pattern + r"(?![A-Za-z0-9+])", re.IGNORECASE))
        for brand, pattern in _FAMILIES
    )


def _series(raw: str | None) -> tuple[str, bool]:
    """Canonical series name and whether the number is glued to it ("S24" vs "Note 13")."""
    if not raw:
        return "", False
    key = " ".join(raw.lower().split())
    if key in _SERIES:
        canonical = _SERIES[key]
        return canonical, canonical in _GLUED_SERIES
    return raw.upper(), True


def _model_name(brand: str, m: re.Match[str]) -> str:
    groups = m.groupdict()
    num = m.group("num")
    suffix = _SUFFIXES.get(" ".join((groups.get("suf") or "").lower().split()), "")
    if brand == "iPhone":
        num = num.upper() if num.isalpha() else num
        name = f"iPhone {num}" + ("e" if groups.get("e") else "")
        return f"{name} {suffix}".strip()
    if brand == "Pad":
        maker = _PAD_MAKERS[groups["brand"].lower()]
        return f"{maker} Pad {num} {suffix}".strip()
    if brand in ("iPad", "Huawei MatePad"):
        series = _SERIES.get((groups.get("ser") or "").lower(), (groups.get("ser") or "").title())
        return " ".join(part for part in (brand, series, num) if part)
    if brand == "Lenovo Tab":
        return f"Lenovo Tab {groups['ser'].upper()}{num} {suffix}".strip()
    if brand == "Honor MagicPad":
        return f"Honor MagicPad {num}"
    if brand == "Samsung Galaxy Tab":
        joiner = "" if suffix == "+" else " "
        return f"Samsung Galaxy Tab {groups['ser'].upper()}{num}{joiner}{suffix}".strip()
    if brand == "Sony Xperia":
        gen = (groups.get("gen") or "").upper()
        return f"Sony Xperia {num} {gen}".strip()
    if brand == "Nothing Phone":
        return f"Nothing Phone ({num.lower()}) {suffix}".strip()
    if brand == "Motorola" and (groups.get("ser") or "").lower() in ("g", "e"):
        return f"Motorola Moto {groups['ser'].upper()}{num} {suffix}".strip()
    if brand == "Nubia" and groups.get("ser") and groups["ser"].lower() == "flip":
        return f"Nubia Flip {num} {suffix}".strip()
    if brand == "Red Magic":
        return f"Red Magic {num.upper() if num.endswith('s') else num} {suffix}".strip()
    series, glued = _series(groups.get("ser"))
    num = num.upper() if brand in ("POCO",) else num
    if brand == "Honor" or brand == "OnePlus":
        num = num[:-1] + num[-1].lower() if num[-1].isalpha() and brand == "Honor" else num.upper()
    if groups.get("t"):
        num += "T"
    if brand == "Samsung Galaxy" and suffix == "Plus":
        suffix = "+"
    if brand == "Google Pixel" and num.lower() == "fold":
        num = "Fold"
    model = f"{series}{num}" if glued else f"{series} {num}".strip()
    joiner = "" if suffix == "+" else " "
    return f"{brand} {model}{joiner}{suffix}".strip()


@cache
def _money_after_re() -> re.Pattern[str]:
    return re.compile(
        r"\s*(?:quid|pounds?|bucks|dollars?|euros?|yuan|元|块|镑|刀|usd|gbp|eur|%)", re.IGNORECASE
    )


def _bare_model_ok(text: str, m: re.Match[str]) -> bool:
    """A brandless "Mate 60" counts when capitalised or written next to Han text."""
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    han = "\u4e00" <= before <= "\u9fff" or "\u4e00" <= after <= "\u9fff"
    if not (m.group()[0].isupper() or han):
        return False
    return _money_after_re().match(text, m.end()) is None


def _brand_in_sentence(text: str, m: re.Match[str], brand: str) -> bool:
    """The brand is named in the sentence around the model (parentheses included)."""
    lo, hi = max(0, m.start() - 40), min(len(text), m.end() + 40)
    before = re.split(r"[.!?。！？\n]\s", text[lo : m.start()])[-1]
    after = re.split(r"[.!?。！？\n](?:\s|$)", text[m.end() : hi])[0]
    # a brand followed by its own model ("a Huawei Mate 60") does not name this one
    own = r"(?:" + brand + r")(?!\s?(?:mate|nova|pura|matepad|enjoy|畅享|[pyPY]\d))"
    return re.search(own, before + " " + after, re.IGNORECASE) is not None


def find_devices(text: str, claims: Claims) -> list[Hit]:
    """Phone models such as "iPhone 15 Pro Max", "Samsung Galaxy S24 Ultra", "Huawei Mate 60"."""
    hits: list[Hit] = []
    for brand, pattern in _family_res():
        for m in pattern.finditer(text):
            if not claims.is_free(m.start(), m.end()):
                continue
            if brand.endswith("*"):
                if not _bare_model_ok(text, m):
                    continue
                brand = brand.rstrip("*")
            elif brand.endswith("+"):
                if not m.group()[0].isupper() or not _brand_in_sentence(
                    text, m, "huawei|华为|華為"
                ):
                    continue
                brand = brand.rstrip("+")
            claims.claim(m.start(), m.end())
            hits.append(Hit("device_model", _model_name(brand, m), m.start(), m.end()))
    return hits


_OS_NAMES = {
    "ios": "iOS",
    "ipados": "iPadOS",
    "android": "Android",
    "安卓": "Android",
    "harmonyos": "HarmonyOS",
    "harmony os": "HarmonyOS",
    "鸿蒙": "HarmonyOS",
    "鸿蒙系统": "HarmonyOS",
    "miui": "MIUI",
    "hyperos": "HyperOS",
    "one ui": "One UI",
    "oneui": "One UI",
    "coloros": "ColorOS",
    "emui": "EMUI",
    "originos": "OriginOS",
    "oxygenos": "OxygenOS",
    "magicos": "MagicOS",
    "澎湃os": "HyperOS",
    "澎湃": "HyperOS",
    "澎湃 os": "HyperOS",
    "flyme": "Flyme",
    "flyme os": "Flyme",
    "nothing os": "Nothing OS",
    "nothingos": "Nothing OS",
    "funtouch os": "Funtouch OS",
    "funtouchos": "Funtouch OS",
    "realme ui": "realme UI",
    "realmeui": "realme UI",
    "magic ui": "Magic UI",
    "magicui": "Magic UI",
    "red magic os": "RedMagic OS",
    "redmagic os": "RedMagic OS",
    "redmagicos": "RedMagic OS",
}


@cache
def _os_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?P<os>ipados|ios|android|harmony\s?os(?:\s?next)?|鸿蒙系统|鸿蒙(?:\s?next)?"
        r"|安卓|miui"
        r"|hyper\s?os"
        r"|one\s?ui|coloros|emui|originos|oxygenos|magicos|澎湃\s?os|澎湃|flyme(?:\s?os)?"
        r"|nothing\s?os|funtouch\s?os|realme\s?ui|magic\s?ui|red\s?magic\s?os)"
        r"\s?(?:version|ver\.?|版本|系统|os)?\s?[:：]?"
        # builds may have long parts: "澎湃 OS 2.0.105"
        r"\s?v?(?P<ver>\d{1,2}(?:\.\d{1,2})?(?:\.\d{1,4}){0,2})(?![\d.]*\d)",
        re.IGNORECASE,
    )


def find_os_versions(text: str, claims: Claims) -> list[Hit]:
    """Operating-system versions ("iOS 17.2", "Android 14"), an optional extra detail."""
    hits: list[Hit] = []
    for m in _os_re().finditer(text):
        if not claims.is_free(m.start(), m.end()):
            continue
        # "HarmonyOS NEXT 5.0" is HarmonyOS 5.0; "Hyper OS" is HyperOS
        key = " ".join(m.group("os").lower().split()).removesuffix("next").strip()
        name = _OS_NAMES.get(key) or _OS_NAMES[key.replace(" ", "")]
        claims.claim(m.start(), m.end())
        hits.append(Hit("os_version", f"{name} {m.group('ver')}", m.start(), m.end()))
    return hits


@cache
def _app_version_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:(?<![A-Za-z])(?:(?:okpay\s*)?(?:app\s*)?(?:version|ver\.?)(?:\s*(?:number|no\.?))?"
        r"(?:\s*(?:is|of))?|okpay(?:\s*app)?|app|v)|版本号?|应用版本|app版本)"
        r"\s*[:：]?\s*(?:是|为)?\s*v?(?P<ver>\d{1,3}\.\d{1,3}(?:\.\d{1,4})?)(?![\d.]*\d|\s?%)"
        r"|(?<![\d.A-Za-z])(?P<bare>\d{1,2}\.\d{1,3}\.\d{1,4})(?![\d.]*\d)"
        # two-part versions where an update names them: "since updating to 6.2", "the 6.2
        # update", "the new dark mode in 6.2!", "升级到6.2以后", "6.1版本"
        r"|(?<![A-Za-z])(?:updat(?:e|ed|ing)|upgrad(?:e|ed|ing)|(?:re)?install(?:ed|ing)?)"
        r"(?:\s+(?:it|the\s+app|okpay))?\s+to\s+(?:the\s+)?(?:version\s+)?v?(?P<upd>\d{1,2}\.\d{1,3})"
        r"(?![\d.]*\d|\s?(?:%|[gmkt]b\b|gig|hours?|days?|min|times|x\b|k\b|inch|\"))"
        r"|(?<![A-Za-z])the\s+v?(?P<rel>\d{1,2}\.\d{1,3})\s+(?:update|upgrade|release|version|build)"
        r"|(?<![A-Za-z])new\b[^.!?\n]{0,40}?\bin\s+v?(?P<newin>\d{1,2}\.\d{1,3})(?=[!.,;)]|\s*$)"
        r"|(?:更新|升级|升級)(?:到|至)(?:最新的?)?\s*v?(?P<zupd>\d{1,2}\.\d{1,3})(?![\d.]*\d)"
        r"|(?<![\d.])(?P<zver>\d{1,2}\.\d{1,3})\s*(?:版本|版)",
        re.IGNORECASE,
    )


def find_app_versions(text: str, claims: Claims) -> list[Hit]:
    """OKPay app versions ("5.2.1") after a version cue, or bare three-part versions."""
    hits: list[Hit] = []
    for m in _app_version_re().finditer(text):
        group = next(
            g for g in ("ver", "bare", "upd", "rel", "newin", "zupd", "zver") if m.group(g)
        )
        if not claims.is_free(m.start(group), m.end(group)):
            continue
        if _other_app_before(text, m.start(group)):
            continue  # "my banking app (v4.18)", "微信是8.0.50": another app's version
        claims.claim(m.start(group), m.end(group))
        hits.append(Hit("app_version", m.group(group), m.start(group), m.end(group)))
    return hits


@cache
def _other_app_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:bank(?:ing)?\s+app|wechat|weixin|alipay|whatsapp|telegram|chrome"
        r"|safari|firefox|instagram|facebook|tiktok|paypal|revolut|gcash|paytm|phonepe|m-pesa"
        r"|google\s+play\s+services|kakaotalk|kakao|viber|snapchat|whatsapp\s+business"
        r"|youtube|spotify|netflix|uber|gojek|shopee|lazada|venmo|zelle|cash\s+app|skype"
        r"|gmail|discord|payme|touch\s*'?n\s*go|ovo|truemoney|zalopay|jkopay|line\s+pay"
        # names that are also English words count capitalised only ("grab the 6.2 update")
        r"|(?-i:Grab|GRAB|Slack|Wise|Messenger|Octopus))(?![A-Za-z])"
        # "LINE 是 14.3.0": the messenger, written in capitals ("line" is a word)
        r"|(?<![A-Za-z])(?-i:LINE)(?![A-Za-z])"
        # app stores are left out: "the app from AppGallery is stuck on 6.1.9" is OKPay's
        r"|微信|支付宝|支付寶|淘宝|抖音|银行app|银行APP|手机银行|银行的app|(?-i:QQ)|钉钉|釘釘|美团|美團"
        r"|京东|京東|拼多多|饿了么|餓了麼|微博|小红书|小紅書|快手|云闪付|雲閃付|高德|百度|哔哩哔哩"
        r"|蝦皮|虾皮|街口|八达通|八達通|全支付|一卡通",
        re.IGNORECASE,
    )


def _other_app_before(text: str, at: int) -> bool:
    """The clause right before a version names another app (and not OKPay after it)."""
    before = text[max(0, at - 25) : at]
    before = re.split(r"[.!?;。！？；，,\n]", before)[-1]
    ends = [m.end() for m in _other_app_re().finditer(before)]
    return bool(ends) and "okpay" not in before[ends[-1] :].lower()
