"""Build tests/data/details_corpus.jsonl: the hand-written mails plus generated ones.

Generated mails compose realistic sentences from pools of values whose normalised form is
computed here independently of the extractor (dates from the mail's Date, IBAN checksums by
mod 97...). Usage: ``python bench/details_corpus_build.py [--out PATH] [--seed N] [--count N]``.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from details_corpus_hand import HAND, HOLDOUT
from details_corpus_hand2 import HOLDOUT_2
from details_corpus_hand3 import HOLDOUT_3
from details_corpus_hand4 import HOLDOUT_4
from details_corpus_hand5 import HOLDOUT_5
from details_corpus_hand6 import HOLDOUT_6
from details_corpus_hand7 import HOLDOUT_7
from details_corpus_hand8 import HOLDOUT_8

Label = dict[str, list[str]]
MONTHS = "January February March April May June July August September October November December"
MONTH_NAMES = MONTHS.split()
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZH_WEEKDAYS = "一二三四五六日"


class Mail:
    """A mail under construction: sentences plus the labels they imply."""

    def __init__(self, rng: random.Random, lang: str, sent: datetime) -> None:
        self.rng, self.lang, self.sent = rng, lang, sent
        self.parts: list[str] = []
        self.exp: Label = {}
        self.inv: dict[str, list[list[str]]] = {}
        self.sens: list[str] = []
        self.opts: dict[str, Any] = {}

    def add(self, text: str, **labels: str) -> None:
        self.parts.append(text)
        for name, value in labels.items():
            if value and value not in self.exp.setdefault(name, []):
                self.exp[name].append(value)

    def text(self) -> str:
        joiner = "" if self.lang == "zh" else " "
        body = joiner.join(self.parts)
        return body


# ------------------------------------------------------------------ value pools
def email(rng: random.Random) -> str:
    first = rng.choice(
        [
            "anna",
            "li.wei",
            "j.smith",
            "mohamed",
            "sara_k",
            "tom.h",
            "wang.fang",
            "chen88",
            "priya.r",
            "lucas",
            "emma.b",
            "zhang_min",
            "k.tanaka",
        ]
    )
    return f"{first}{rng.randint(1, 999)}@" + rng.choice(
        ["gmail.com", "outlook.com", "qq.com", "163.com", "yahoo.co.uk", "icloud.com", "web.de"]
    )


CN_MOBILE_PREFIXES = [
    "138",
    "139",
    "137",
    "136",
    "135",
    "150",
    "151",
    "152",
    "158",
    "159",
    "186",
    "187",
    "188",
    "189",
    "133",
    "153",
    "177",
    "180",
    "181",
    "199",
]


def cn_mobile(rng: random.Random) -> tuple[str, str]:
    digits = rng.choice(CN_MOBILE_PREFIXES) + "".join(rng.choice(string.digits) for _ in range(8))
    style = rng.randrange(4)
    raw = {
        0: digits,
        1: f"{digits[:3]} {digits[3:7]} {digits[7:]}",
        2: f"{digits[:3]}-{digits[3:7]}-{digits[7:]}",
        3: f"+86 {digits}",
    }[style]
    return raw, "+86" + digits


INTL_PHONES = [
    ("07911 123456", "+447911123456"),
    ("+44 7400 654321", "+447400654321"),
    ("+44 20 7946 0958", "+442079460958"),
    ("+49 1512 3456789", "+4915123456789"),
    ("+33 6 12 34 56 78", "+33612345678"),
    ("+852 9123 4567", "+85291234567"),
    ("+65 9123 4567", "+6591234567"),
    ("+61 412 345 678", "+61412345678"),
    ("+1 650 253 0000", "+16502530000"),
    ("+971 50 123 4567", "+971501234567"),
    ("+63 917 123 4567", "+639171234567"),
    ("+60 12-345 6789", "+60123456789"),
]


def phone(m: Mail) -> tuple[str, str]:
    if m.lang == "zh" or m.rng.random() < 0.3:
        return cn_mobile(m.rng)
    return m.rng.choice(INTL_PHONES)


def txn_id(rng: random.Random, sent: datetime) -> str:
    d = sent.strftime("%Y%m%d")
    shape = rng.randrange(6)
    n = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    return [
        f"TXN-{sent.year}-{n(6)}",
        f"T{d}{n(8)}",
        f"ORD-{n(8)}",
        f"OKP{n(10)}",
        f"{d}{n(10)}",
        f"PAY{n(12)}",
    ][shape]


def _mod97_iban(country: str, bban: str) -> str:
    def numeric(s: str) -> str:
        return "".join(str(int(c, 36)) for c in s)

    check = 98 - int(numeric(bban + country + "00")) % 97
    return f"{country}{check:02d}{bban}"


IBAN_SHAPES = {
    "DE": ("n", 18),
    "NL": ("NLBANK", 10),
    "GB": ("GBBANK", 14),
    "ES": ("n", 20),
    "AT": ("n", 16),
    "IT": ("ITX", 22),
    "FR": ("n", 23),
    "BE": ("n", 12),
}
IBAN_BANKS = {"NL": ["ABNA", "INGB", "RABO"], "GB": ["NWBK", "BARC", "HBUK", "MIDL"]}


def iban(rng: random.Random) -> tuple[str, str]:
    country = rng.choice(list(IBAN_SHAPES))
    kind, length = IBAN_SHAPES[country]
    digits = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    if kind == "n":
        bban = digits(length)
    elif kind == "ITX":
        bban = rng.choice(string.ascii_uppercase) + digits(length)
    else:
        bban = rng.choice(IBAN_BANKS[country]) + digits(length)
    return country, _mod97_iban(country, bban)


def spaced(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


BICS = [
    ("DEUTDEFF", "DE"),
    ("COBADEFFXXX", "DE"),
    ("NWBKGB2L", "GB"),
    ("BARCGB22", "GB"),
    ("ABNANL2A", "NL"),
    ("INGBNL2A", "NL"),
    ("BNPAFRPP", "FR"),
    ("CAIXESBBXXX", "ES"),
    ("HSBCHKHH", "HK"),
    ("DBSSSGSG", "SG"),
    ("BKCHCNBJ", "CN"),
    ("CHASUS33", "US"),
    ("BOFAUS3N", "US"),
    ("MBBEMYKL", "MY"),
    ("BKKBTHBK", "TH"),
    ("UBSWCHZH80A", "CH"),
]
COUNTRIES_EN = [
    ("Germany", "DE"),
    ("the UK", "GB"),
    ("Spain", "ES"),
    ("France", "FR"),
    ("the Netherlands", "NL"),
    ("Italy", "IT"),
    ("Hong Kong", "HK"),
    ("Singapore", "SG"),
    ("China", "CN"),
    ("the US", "US"),
    ("Malaysia", "MY"),
    ("Thailand", "TH"),
    ("Switzerland", "CH"),
    ("Australia", "AU"),
    ("the Philippines", "PH"),
    ("Japan", "JP"),
    ("Canada", "CA"),
    ("Vietnam", "VN"),
]
COUNTRIES_ZH = [
    ("德国", "DE"),
    ("英国", "GB"),
    ("西班牙", "ES"),
    ("法国", "FR"),
    ("荷兰", "NL"),
    ("意大利", "IT"),
    ("香港", "HK"),
    ("新加坡", "SG"),
    ("美国", "US"),
    ("马来西亚", "MY"),
    ("泰国", "TH"),
    ("瑞士", "CH"),
    ("澳大利亚", "AU"),
    ("日本", "JP"),
    ("加拿大", "CA"),
    ("越南", "VN"),
    ("韩国", "KR"),
]
DEVICES = [
    ("iPhone 15 Pro Max", "iPhone 15 Pro Max"),
    ("iphone 12", "iPhone 12"),
    ("iPhone 13 mini", "iPhone 13 mini"),
    ("iPhone SE", "iPhone SE"),
    ("iPhone 16 Plus", "iPhone 16 Plus"),
    ("iPhone 8", "iPhone 8"),
    ("Samsung Galaxy S24 Ultra", "Samsung Galaxy S24 Ultra"),
    ("Galaxy A34", "Samsung Galaxy A34"),
    ("Samsung S22", "Samsung Galaxy S22"),
    ("Galaxy Z Flip 5", "Samsung Galaxy Z Flip 5"),
    ("Pixel 8", "Google Pixel 8"),
    ("Google Pixel 6a", "Google Pixel 6a"),
    ("Huawei P40 Pro", "Huawei P40 Pro"),
    ("Huawei nova 11", "Huawei nova 11"),
    ("Xiaomi 13T Pro", "Xiaomi 13T Pro"),
    ("Redmi Note 12", "Redmi Note 12"),
    ("POCO F5", "POCO F5"),
    ("OPPO A78", "OPPO A78"),
    ("vivo Y36", "vivo Y36"),
    ("OnePlus 11R", "OnePlus 11R"),
    ("Honor X9b", "Honor X9b"),
]
DEVICES_ZH = [
    ("华为Mate 60", "Huawei Mate 60"),
    ("华为P60 Pro", "Huawei P60 Pro"),
    ("小米14", "Xiaomi 14"),
    ("红米K70", "Redmi K70"),
    ("荣耀Magic 6 Pro", "Honor Magic 6 Pro"),
    ("苹果15 Pro", "iPhone 15 Pro"),
    ("三星S23", "Samsung Galaxy S23"),
    ("一加12", "OnePlus 12"),
    ("vivo X100", "vivo X100"),
    ("OPPO Reno 11", "OPPO Reno 11"),
]
OS_EN = [
    ("iOS 17.2", "iOS 17.2"),
    ("iOS 16.7.5", "iOS 16.7.5"),
    ("Android 14", "Android 14"),
    ("Android 13", "Android 13"),
    ("android 12", "Android 12"),
]
OS_ZH = [
    ("鸿蒙4.0", "HarmonyOS 4.0"),
    ("安卓14", "Android 14"),
    ("iOS 17.5", "iOS 17.5"),
    ("HarmonyOS 3.1", "HarmonyOS 3.1"),
    ("MIUI 14", "MIUI 14"),
]
ERRORS_EN = [
    "Payment failed: insufficient funds",
    "Transaction declined",
    "Service unavailable",
    "Invalid recipient details",
    "Session expired, please log in again",
    "Daily limit reached",
    "Unable to connect to server",
]
ERRORS_ZH = [
    "交易失败",
    "余额不足",
    "系统繁忙，请稍后再试",
    "收款人信息有误",
    "网络连接失败",
    "超出单日限额",
    "账户状态异常",
]


def amount(m: Mail) -> tuple[str, str]:
    rng = m.rng
    v = rng.choice([12, 30, 45.5, 88, 100, 200, 250, 300, 500, 1250, 1299.99, 2000, 3500.75])
    whole = f"{v:,.2f}" if isinstance(v, float) else f"{v:,}"
    plain = f"{v:.2f}" if isinstance(v, float) else str(v)
    if m.lang == "zh":
        forms = [
            (f"{plain}元", "CNY"),
            (f"¥{whole}", "CNY"),
            (f"{plain} 块", "CNY"),
            (f"{plain}欧元", "EUR"),
            (f"{plain}美元", "USD"),
            (f"HK${whole}", "HKD"),
            (f"{plain}港币", "HKD"),
            (f"人民币{plain}元", "CNY"),
        ]
    else:
        euro = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        forms = [
            (f"${whole}", "USD"),
            (f"EUR {plain}", "EUR"),
            (f"{plain} euros", "EUR"),
            (f"£{whole}", "GBP"),
            (f"USD {plain}", "USD"),
            (f"{euro} €", "EUR"),
            (f"HK${whole}", "HKD"),
            (f"{plain} GBP", "GBP"),
            (f"SGD {whole}", "SGD"),
        ]
    raw, cur = rng.choice(forms)
    if cur == "CNY" and raw.startswith("人民币"):
        pass
    return raw, f"{float(v):.2f} {cur}"


def when(m: Mail) -> tuple[str, str]:
    """A date phrase and its ISO value, relative phrases resolved against the mail's Date."""
    rng, ref = m.rng, m.sent.date()
    back = rng.randint(1, 20)
    day = ref - timedelta(days=back)
    hour, minute = rng.choice([(9, 5), (14, 30), (15, 0), (20, 45), (11, 20), (8, 0)])
    iso_t = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    mon = MONTH_NAMES[day.month - 1]
    if m.lang == "zh":
        period, h12 = ("下午", hour - 12) if hour > 12 else ("上午", hour)
        zh_time = f"{period}{h12}点" + (f"{minute}分" if minute else "")
        if hour == 12 or (hour == 15 and not minute):
            zh_time = f"下午{hour - 12}点" if hour > 12 else "中午12点"
        yesterday = ref - timedelta(days=1)
        last_week = ref - timedelta(days=ref.weekday() + 7 - 4)  # 上周五
        forms = [
            (f"{day.year}年{day.month}月{day.day}日 {zh_time}", iso_t),
            (f"{day.month}月{day.day}日", day.isoformat()),
            (f"{day.isoformat()} {hour:02d}:{minute:02d}", iso_t),
            (f"昨天{zh_time}", f"{yesterday.isoformat()}T{hour:02d}:{minute:02d}"),
            ("前天", (ref - timedelta(days=2)).isoformat()),
            ("今天上午", ref.isoformat()),
            ("上周五", last_week.isoformat()),
            (f"{day.year}/{day.month:02d}/{day.day:02d}", day.isoformat()),
        ]
    else:
        ampm = (
            f"{hour % 12 or 12}{f':{minute:02d}' if minute else ''}{'pm' if hour >= 12 else 'am'}"
        )
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(
            day.day, "th"
        )
        fri = ref - timedelta(days=(ref.weekday() - 4) % 7 or 7)
        forms = [
            (f"{day.day} {mon} {day.year} {hour:02d}:{minute:02d}", iso_t),
            (f"{day.isoformat()}", day.isoformat()),
            (f"{mon} {day.day}{suffix} at {ampm}", iso_t),
            (f"{day.day:02d}/{day.month:02d}/{day.year}", day.isoformat()),
            ("yesterday", (ref - timedelta(days=1)).isoformat()),
            ("last Friday", fri.isoformat()),
            ("this morning", ref.isoformat()),
            (f"{mon[:3]} {day.day}, {day.year}", day.isoformat()),
            ("2 days ago", (ref - timedelta(days=2)).isoformat()),
        ]
    return rng.choice(forms)


# ------------------------------------------------------------------ scenarios
def sc_transaction(m: Mail) -> None:
    rng = m.rng
    amt_raw, amt = amount(m)
    date_raw, iso = when(m)
    tid = txn_id(rng, m.sent)
    if m.lang == "zh":
        m.add(rng.choice(["您好，", "你好，", "客服您好：", ""]))
        m.add(f"我{date_raw}转账{amt_raw}失败了，", transaction_date=iso, amount=amt)
        m.add(rng.choice(["但是钱已经扣了。", "对方没收到。", "一直显示处理中。"]))
        kw = rng.choice(["订单号", "交易号", "流水号", "交易单号"])
        m.add(f"{kw}：{tid}。", transaction_id=tid)
    else:
        m.add(rng.choice(["Hi,", "Hello team,", "Dear OKPay,", ""]))
        m.add(f"my payment of {amt_raw} on {date_raw} failed", transaction_date=iso, amount=amt)
        m.add(rng.choice(["but I was charged.", "and the money is gone.", "- still pending."]))
        kw = rng.choice(["Transaction ID:", "Ref", "Order number", "txn", "reference:"])
        m.add(f"{kw} {tid}.", transaction_id=tid)


def sc_tech(m: Mail) -> None:
    rng = m.rng
    dev_raw, dev = rng.choice(DEVICES_ZH + DEVICES if m.lang == "zh" else DEVICES)
    os_raw, os = rng.choice(OS_ZH if m.lang == "zh" else OS_EN)
    ver = f"{rng.randint(4, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 12)}"
    if m.lang == "zh":
        err = rng.choice(ERRORS_ZH)
        ver_raw = rng.choice([f"版本 {ver}", f"版本号：{ver}", f"OKPay {ver}", f"v{ver}"])
        m.add(f"APP打开就提示“{err}”，", error_message=err)
        m.add(f"手机是{dev_raw}，", device_model=dev)
        m.add(f"系统{os_raw}，", os_version=os)
        m.add(f"{ver_raw}。", app_version=ver)
    else:
        err = rng.choice(ERRORS_EN)
        ver_raw = rng.choice([f"app version {ver}", f"v{ver}", f"OKPay {ver}", f"version {ver}"])
        m.add(f"The app says '{err}' when I open it.", error_message=err)
        m.add(f"Phone: {dev_raw},", device_model=dev)
        m.add(f"{os_raw},", os_version=os)
        m.add(f"{ver_raw}.", app_version=ver)
    if rng.random() < 0.4:
        code = rng.choice(["E1023", "E2041", "502", "E4001"])
        m.add(f"Error code {code}." if m.lang == "en" else f"错误代码 {code}。", error_message=code)


def sc_cross_border(m: Mail) -> None:
    rng = m.rng
    code, iban_value = iban(rng)
    bic, _ = rng.choice([b for b in BICS if b[1] == code] or BICS)
    names = dict((c, n) for n, c in (COUNTRIES_ZH if m.lang == "zh" else COUNTRIES_EN))
    name = names.get(code, "Germany" if m.lang == "en" else "德国")
    ccode = code if code in names else "DE"
    amt_raw, amt = amount(m)
    bad = rng.random() < 0.25
    shown = iban_value
    if bad:
        if rng.random() < 0.5:
            pos = rng.randrange(5, len(iban_value))
            while not iban_value[pos].isdigit():
                pos = rng.randrange(5, len(iban_value))
            digit = str((int(iban_value[pos]) + 1) % 10)
            shown = iban_value[:pos] + digit + iban_value[pos + 1 :]
            problem = "iban_checksum"
        else:
            shown = iban_value[:-1]
            problem = "iban_length"
    iban_txt = spaced(shown) if rng.random() < 0.6 else shown
    if m.lang == "zh":
        m.add(f"我要汇款{amt_raw}到{name}，", amount=amt, country=ccode)
        m.add(f"收款人IBAN：{iban_txt}，", **({} if bad else {"recipient_account": shown}))
        m.add(f"SWIFT代码：{bic}。手续费是多少？", swift_bic=bic)
    else:
        m.add(f"I want to send {amt_raw} to {name}.", amount=amt, country=ccode)
        m.add(f"IBAN: {iban_txt}", **({} if bad else {"recipient_account": shown}))
        m.add(f"BIC/SWIFT: {bic}. How long will it take?", swift_bic=bic)
    if bad:
        m.inv.setdefault("recipient_account", []).append([shown, problem])


def sc_account(m: Mail) -> None:
    rng = m.rng
    if rng.random() < 0.5:
        raw = email(rng)
        norm = raw.lower()
    else:
        raw, norm = phone(m)
    if m.lang == "zh":
        m.add(rng.choice(["我的账户登录不了，", "查询一下我的余额明细，", "我的账户被锁定了，"]))
        m.add(f"注册{'邮箱' if '@' in raw else '手机号'}是{raw}。", account_contact=norm)
    else:
        m.add(
            rng.choice(
                [
                    "I can't log in to my account.",
                    "Please send my statement.",
                    "My account is blocked.",
                ]
            )
        )
        m.add(f"Registered {'email' if '@' in raw else 'phone'}: {raw}", account_contact=norm)


def distractor(m: Mail) -> None:
    """Text that looks like a detail but is not one (labels unchanged)."""
    rng = m.rng
    if m.lang == "zh":
        m.add(
            rng.choice(
                [
                    "我已经等了3天了。",
                    "一般5-7个工作日能到吗？",
                    "我从2019年开始用你们的app。",
                    "试了两三次都不行。",
                    "这是我第2次联系你们了。",
                ]
            )
        )
    else:
        m.add(
            rng.choice(
                [
                    "I've been a customer since 2019.",
                    "I tried 3 times.",
                    "This is the 2nd time I write.",
                    "It usually takes 24 hours, right?",
                    "I gave it 5 stars before, now 1.",
                    "Please reply within 48 hours.",
                ]
            )
        )


def signature(m: Mail) -> None:
    m.opts = {"own_addresses": ["support@okpay.com", "@okpay.com"], "own_phones": ["+442079460000"]}
    if m.lang == "zh":
        m.add("\n\n> 在 2024年5月1日，OKPay客服 <support@okpay.com> 写道：\n> 请提供更多信息。")
    else:
        m.add(
            "\n\n-- \nOn Tue, OKPay Support <support@okpay.com> wrote:\n> hotline +44 20 7946 0000"
        )


def sensitive(m: Mail) -> None:
    rng = m.rng
    kind = rng.choice(["password", "pin", "otp", "cvv", "card_number"])
    if m.lang == "zh":
        text = {
            "password": "我的密码是Abc123456，",
            "pin": "PIN码是2580，",
            "otp": "验证码是 604918，",
            "cvv": "CVV是 731，",
            "card_number": "卡号 4539 1488 0343 6467，",
        }[kind]
    else:
        text = {
            "password": "my password is Qwerty!2024",
            "pin": "my PIN is 2580",
            "otp": "the OTP I got was 604918",
            "cvv": "CVV: 731",
            "card_number": "card number 4111 1111 1111 1111",
        }[kind]
    m.add(text)
    m.sens.append(kind)


SCENARIOS: list[Callable[[Mail], None]] = [sc_transaction, sc_tech, sc_cross_border, sc_account]


def generate(rng: random.Random, count: int) -> list[dict[str, Any]]:
    mails = []
    base = datetime.fromisoformat("2024-03-01T10:00:00+08:00")
    for i in range(count):
        lang = "zh" if rng.random() < 0.38 else "en"
        sent = base + timedelta(days=rng.randint(0, 300), hours=rng.randint(0, 12))
        m = Mail(rng, lang, sent)
        chosen = rng.sample(SCENARIOS, k=rng.choice([1, 1, 2]))
        for scenario in chosen:
            scenario(m)
        if sc_account not in chosen and rng.random() < 0.5:
            sc_account(m)
        if rng.random() < 0.4:
            distractor(m)
        if rng.random() < 0.15:
            sensitive(m)
        if rng.random() < 0.25:
            signature(m)
        mails.append(
            record(
                f"g{i + 1:03d}",
                "generated",
                lang,
                sent.isoformat(),
                m.text(),
                m.exp,
                m.inv,
                m.sens,
                m.opts,
            )
        )
    return mails


def record(
    ident: str,
    source: str,
    lang: str,
    sent: str,
    text: str,
    exp: Label,
    inv: dict[str, list[list[str]]],
    sens: list[str],
    opts: dict[str, Any],
    secrets: list[str] | None = None,
) -> dict[str, Any]:
    row = {
        "id": ident,
        "source": source,
        "lang": lang,
        "sent_at": sent,
        "options": opts,
        "text": text,
        "expected": exp,
        "invalid": inv,
        "sensitive": sorted(sens),
    }
    if secrets is not None:  # only sets that label their secrets as written carry the key
        row["secrets"] = secrets
    return row


def hand_records(
    prefix: str, part: str, items: list[dict[str, Any]], *, labels_secrets: bool = False
) -> list[dict[str, Any]]:
    """Corpus rows for one hand-written part, ids PREFIX001, PREFIX002...; ``labels_secrets``
    for a part that lists every mail's secrets as written (none listed means none there)."""
    return [
        record(
            f"{prefix}{i + 1:03d}",
            part,
            h["lang"],
            h["sent"],
            h["text"],
            h.get("exp", {}),
            h.get("inv", {}),
            h.get("sens", []),
            h.get("opts", {}),
            h.get("secrets", []) if labels_secrets else None,
        )
        for i, h in enumerate(items)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="tests/data/details_corpus.jsonl")
    parser.add_argument("--seed", type=int, default=20240513)
    parser.add_argument("--count", type=int, default=230)
    args = parser.parse_args(argv)
    rows = [
        *hand_records("h", "hand", HAND),
        *hand_records("x", "holdout", HOLDOUT),
        *hand_records("z", "hand_heldout_2", HOLDOUT_2),
        *hand_records("w", "hand_heldout_3", HOLDOUT_3),
        *hand_records("v", "hand_heldout_4", HOLDOUT_4),
        *hand_records("u", "hand_heldout_5", HOLDOUT_5),
        *hand_records("t", "hand_heldout_6", HOLDOUT_6),
        *hand_records("s", "hand_heldout_7", HOLDOUT_7, labels_secrets=True),
        *hand_records("r", "hand_heldout_8", HOLDOUT_8, labels_secrets=True),
    ]
    rows += generate(random.Random(args.seed), args.count)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} mails to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
