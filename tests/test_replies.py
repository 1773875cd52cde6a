"""Auto-reply rendering: coverage of every kind, category and language, content rules, subjects."""

from __future__ import annotations

import re
import shutil
import tomllib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.replies import (
    REPLY_KINDS,
    TICKET_STATES,
    Reply,
    ReplyContext,
    ReplyRenderer,
    TemplateError,
)

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
LANGUAGES = ("en", "zh")


def _taxonomy() -> dict[str, object]:
    with (ROOT / "config" / "taxonomy.toml").open("rb") as fh:
        return tomllib.load(fh)


TAXONOMY = _taxonomy()
CATEGORIES: tuple[str, ...] = tuple(TAXONOMY["categories"])  # type: ignore[arg-type]
DETAIL_NAMES: tuple[str, ...] = tuple(TAXONOMY["details"])  # type: ignore[arg-type]
LABELS = {
    lang: tomllib.loads((TEMPLATES / lang / "details.toml").read_text("utf-8"))["details"]
    for lang in LANGUAGES
}

# Phrases the tests look for; each is the one place a template's wording is pinned down.
NEVER_ASK = {"en": "will never ask for your password", "zh": "绝不会"}
CHECK_LINE = {"en": "does not look right or complete", "zh": "似乎不正确或不完整"}
WARNING = {
    "en": "Important: your message seems to contain your",
    "zh": "重要提醒：您的来信中似乎包含",
}
SAFETY = {"en": "Please take these steps now to keep your money safe", "zh": "为保障您的资金安全"}
BULLET = "• "


@pytest.fixture(scope="module")
def renderer() -> ReplyRenderer:
    return ReplyRenderer(TEMPLATES)


def ctx(**overrides: object) -> ReplyContext:
    base = ReplyContext(
        kind="ask_for_details",
        language="en",
        category="refund_dispute",
        ticket_ref="TKT-1042",
        original_subject="Refund for my order",
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


def label(lang: str, name: str) -> str:
    return str(LABELS[lang][name]["label"])


def bullet_labels(body: str, lang: str) -> list[str]:
    """Detail names whose label starts a bullet line, in order (a name per bullet)."""
    found = []
    for line in body.splitlines():
        if not line.startswith(BULLET):
            continue
        text = line[len(BULLET) :]
        # Longest label first, so "The amount..." does not hide a longer label sharing a prefix.
        for name in sorted(DETAIL_NAMES, key=lambda n: -len(label(lang, n))):
            if text.startswith(label(lang, name)):
                found.append(name)
                break
    return found


# --- The hard rule: replies never ask for secrets -------------------------------------------

_EN_SECRET = re.compile(
    r"password|passcode|\bpin\b|\botp\b|one[- ]time (?:pass)?code|verification code|"
    r"security code|\bcvv\b|\bcvc\b|card number|card details|digits of (?:your|the) card|"
    r"expiry date",
    re.I,
)
_EN_REQUEST = re.compile(
    r"\b(?:send|provide|give|tell|share|forward|email us|reply|include|attach|confirm|write|"
    r"ask for|need|require|let us know)\b",
    re.I,
)
_EN_NEGATION = re.compile(r"\b(?:never|not|no one|nobody)\b|n't\b", re.I)
# "we send you a code" is us sending, not asking.
_EN_BENIGN = re.compile(r"\bwe(?:'ll| will)? send\b", re.I)
_ZH_SECRET = re.compile(
    r"密码|PIN|验证码|动态码|校验码|安全码|CVV|CVC|卡号|卡背|有效期|后四位|后4位|末四位", re.I
)
_ZH_REQUEST = re.compile(
    r"请[^。！？；]{0,15}?(?:提供|发送|发给|告诉|附上|补充|填写|回复|确认)|"
    r"(?:发给|告诉|提供给|回复|交给)我们|向我们(?:提供|发送)|索取|需要您"
)
_ZH_NEGATION = re.compile(r"不|勿|别|绝不|切勿")
# Asked for in any wording, these are always wrong: no "last digits of your card" either.
_ALWAYS_BAD = re.compile(
    r"last (?:four|4|few|two|2) digits|first (?:six|6) digits|(?:后|末)\s*(?:四|4|几)\s*位", re.I
)


def secret_requests(text: str) -> list[str]:
    """Sentences of ``text`` that ask the customer for a secret."""
    bad = []
    for sentence in re.split(r"[.!?;\n。！？；]", text):
        if _ALWAYS_BAD.search(sentence):
            bad.append(sentence)
            continue
        en = _EN_BENIGN.sub(" ", sentence)
        asks_en = _EN_SECRET.search(en) and _EN_REQUEST.search(en) and not _EN_NEGATION.search(en)
        asks_zh = (
            _ZH_SECRET.search(sentence)
            and _ZH_REQUEST.search(sentence)
            and not _ZH_NEGATION.search(sentence)
        )
        if asks_en or asks_zh:
            bad.append(sentence)
    return bad


@pytest.mark.parametrize(
    "sentence",
    [
        "Please send us your password.",
        "Reply with the verification code we sent you.",
        "To confirm your identity, please provide your PIN",
        "We need the last 4 digits of your card",
        "Include your card number and CVV in your reply",
        "Let us know the one-time code",
        "请提供您的登录密码。",
        "请把验证码发给我们。",
        "请回复银行卡号后四位",
        "为核实身份，请在回复中附上 CVV 安全码",
        "我们需要您的支付密码",
    ],
)
def test_secret_scanner_catches_requests(sentence: str) -> None:
    assert secret_requests(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "OKPay will never ask for your password, PIN or card number.",
        "Please never share these with anyone, including us.",
        "Tap Forgot password and choose a new password.",
        "We send a verification link or code to that phone number.",
        "Please change your password in the app now.",
        "请勿向任何人透露验证码。",
        "我们会向该手机号发送验证码。",
        "OKPay 绝不会向您索取登录密码或完整卡号。",
        "Please reply with the transaction ID.",
    ],
)
def test_secret_scanner_passes_warnings_and_app_steps(sentence: str) -> None:
    assert secret_requests(sentence) == []


def every_context() -> Iterator[ReplyContext]:
    """All kinds × categories × languages, each with and without missing details."""
    for lang in LANGUAGES:
        for category in CATEGORIES:
            for kind in REPLY_KINDS:
                states = (*TICKET_STATES, "") if kind == "status" else ("",)
                for state in states:
                    plain = ctx(kind=kind, language=lang, category=category, ticket_state=state)
                    yield plain
                    yield replace(
                        plain,
                        customer_name="Alice",
                        missing=DETAIL_NAMES,
                        received=(("amount", "30.00 EUR"),),
                        invalid=(("swift_bic", "DEUT", "bic_format"),),
                        sensitive=("password", "cvv"),
                        urgent=True,
                        ticket_summary=(("transaction_id", "TX…4821"),),
                        include_faq=True,
                    )


@pytest.fixture(scope="module")
def all_replies(renderer: ReplyRenderer) -> list[tuple[ReplyContext, Reply]]:
    return [(c, renderer.render(c)) for c in every_context()]


def test_no_reply_asks_for_secrets(all_replies: list[tuple[ReplyContext, Reply]]) -> None:
    offenders = {
        f"{c.language}/{c.kind}/{c.category}/{c.ticket_state}": secret_requests(r.body)
        for c, r in all_replies
        if secret_requests(r.body)
    }
    assert offenders == {}
    assert len(all_replies) == len(LANGUAGES) * len(CATEGORIES) * (len(REPLY_KINDS) + 5) * 2


def test_every_reply_says_we_never_ask_for_secrets(
    all_replies: list[tuple[ReplyContext, Reply]],
) -> None:
    for c, r in all_replies:
        assert NEVER_ASK[c.language] in r.body, (c.language, c.kind, c.category)


def test_every_reply_is_clean_mail_text(all_replies: list[tuple[ReplyContext, Reply]]) -> None:
    for c, r in all_replies:
        where = (c.language, c.kind, c.category, c.ticket_state)
        assert r.language == c.language, where
        assert c.ticket_ref in r.body, where
        assert "{{" not in r.body and "{%" not in r.body and "None" not in r.body, where
        assert "\n\n\n" not in r.body and r.body.endswith("\n"), where
        assert all(len(line.encode()) < 998 for line in r.body.splitlines()), where


# --- Coverage: every category has every kind in both languages --------------------------------


def test_shipped_templates_pass_check(renderer: ReplyRenderer) -> None:
    assert renderer.check(CATEGORIES, DETAIL_NAMES) == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("category", CATEGORIES)
def test_send_faq_carries_the_category_faq(
    renderer: ReplyRenderer, lang: str, category: str
) -> None:
    faq = (TEMPLATES / lang / "faq" / f"{category}.txt.j2").read_text("utf-8")
    first_line = faq.splitlines()[0]
    body = renderer.render(ctx(kind="send_faq", language=lang, category=category)).body
    assert first_line in body
    others = [c for c in CATEGORIES if c != category]
    for other in others:
        other_first = (TEMPLATES / lang / "faq" / f"{other}.txt.j2").read_text("utf-8")
        assert other_first.splitlines()[0] not in body


@pytest.mark.parametrize(
    ("lang", "category", "phrases"),
    [
        (
            "en",
            "login_access",
            [
                "Forgot password",
                "phone number or email",
                "verification link or code",
                "new password",
            ],
        ),
        ("zh", "login_access", ["忘记密码", "手机号或邮箱", "验证链接或验证码", "新密码"]),
        ("en", "transaction_error", ["status", "try the payment again", "refund or correction"]),
        ("zh", "transaction_error", ["状态", "重新付款", "退款或更正"]),
        (
            "en",
            "technical_support",
            ["Update", "Restart", "reinstall", "phone model", "app version", "error message"],
        ),
        (
            "zh",
            "technical_support",
            ["更新", "重启", "重新安装", "手机型号", "App 版本号", "错误提示"],
        ),
        ("en", "feedback", ["Thank you", "product and customer experience teams"]),
        ("zh", "feedback", ["感谢", "产品和客户体验团队"]),
        (
            "en",
            "cross_border",
            ["countr", "fee", "exchange rate", "take longer", "IBAN", "SWIFT/BIC"],
        ),
        ("zh", "cross_border", ["国家", "手续费", "汇率", "耗时更长", "IBAN", "SWIFT/BIC"]),
        ("en", "card_issue", ["Freeze card"]),
        ("zh", "card_issue", ["冻结卡片"]),
    ],
)
def test_faq_covers_the_product_spec(
    renderer: ReplyRenderer, lang: str, category: str, phrases: list[str]
) -> None:
    body = renderer.render(ctx(kind="send_faq", language=lang, category=category)).body
    assert [p for p in phrases if p not in body] == []


# --- Details: missing, received, invalid --------------------------------------------------------

MISSING_CASES = [
    ("refund_dispute", ("account_contact",)),
    ("refund_dispute", ("account_contact", "transaction_id")),
    ("transaction_error", ("transaction_date", "amount")),
    ("technical_support", ("device_model", "app_version", "error_message")),
    ("cross_border", ("country", "recipient_account", "swift_bic")),
    ("login_access", ("account_contact", "account_contact")),  # duplicates collapse
    ("cross_border", DETAIL_NAMES),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("category", "missing"), MISSING_CASES)
def test_ask_for_details_lists_exactly_the_missing_details(
    renderer: ReplyRenderer, lang: str, category: str, missing: tuple[str, ...]
) -> None:
    reply = renderer.render(ctx(language=lang, category=category, missing=missing))
    assert bullet_labels(reply.body, lang) == list(dict.fromkeys(missing))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_missing_detail_comes_with_its_hint(renderer: ReplyRenderer, lang: str) -> None:
    body = renderer.render(ctx(language=lang, missing=DETAIL_NAMES)).body
    for name in DETAIL_NAMES:
        assert str(LABELS[lang][name]["hint"]) in body, name


def test_transaction_id_hint_says_where_to_find_it(renderer: ReplyRenderer) -> None:
    body = renderer.render(ctx(missing=("transaction_id",))).body
    assert "Me → Transactions → tap the payment → Transaction ID" in body


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "kind", ["ask_for_details", "send_faq", "acknowledge", "reminder", "details_complete"]
)
def test_received_details_are_confirmed_with_their_masked_display(
    renderer: ReplyRenderer, lang: str, kind: str
) -> None:
    received = (("account_contact", "a***@example.com"), ("transaction_id", "TX…4821"))
    body = renderer.render(
        ctx(kind=kind, language=lang, received=received, missing=("amount",))
    ).body
    sep = ": " if lang == "en" else "："
    for name, display in received:
        assert f"{BULLET}{label(lang, name)}{sep}{display}\n" in body


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("problem", "explanation"),
    [
        ("iban_checksum", {"en": "check digits", "zh": "校验位"}),
        ("iban_length", {"en": "wrong number of characters", "zh": "长度"}),
        ("iban_format", {"en": "characters", "zh": "字符"}),
        ("iban_country", {"en": "country code", "zh": "国家代码"}),
        ("bic_length", {"en": "8 or 11", "zh": "8 位或 11 位"}),
        ("bic_format", {"en": "6 letters", "zh": "6 个字母"}),
        ("bic_country", {"en": "country code", "zh": "国家的代码"}),
        ("phone_invalid", {"en": "complete phone number", "zh": "完整的手机号"}),
        ("some_new_key", {"en": "", "zh": ""}),  # unknown key: the line stands without a reason
    ],
)
def test_invalid_details_get_a_check_line_instead_of_a_request(
    renderer: ReplyRenderer, lang: str, problem: str, explanation: dict[str, str]
) -> None:
    name = "swift_bic" if problem.startswith("bic") else "recipient_account"
    if problem == "phone_invalid":
        name = "account_contact"
    reply = renderer.render(
        ctx(language=lang, missing=(name, "country"), invalid=((name, "XX12…34", problem),))
    )
    lines = [
        line for line in reply.body.splitlines() if line.startswith(BULLET + label(lang, name))
    ]
    assert len(lines) == 1
    assert CHECK_LINE[lang] in lines[0] and "XX12…34" in lines[0]
    assert explanation[lang] in lines[0]
    assert bullet_labels(reply.body, lang) == [name, "country"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_valid_details_get_no_check_line(renderer: ReplyRenderer, lang: str) -> None:
    body = renderer.render(ctx(language=lang, received=(("amount", "5.00 EUR"),))).body
    assert CHECK_LINE[lang] not in body


# --- Sensitive data and urgent cases -------------------------------------------------------------

SENSITIVE_CASES = [
    (
        ("password",),
        {"en": ["password", "change your password"], "zh": ["登录密码", "修改登录密码"]},
    ),
    (("pin",), {"en": ["PIN", "and PIN"], "zh": ["支付密码", "和支付密码"]}),
    (
        ("otp",),
        {"en": ["verification code", "did not request"], "zh": ["验证码", "不是您本人申请"]},
    ),
    (("cvv",), {"en": ["CVV", "freeze the card"], "zh": ["CVV", "冻结该卡"]}),
    (
        ("card_number", "password"),
        {"en": ["card number and password"], "zh": ["银行卡号、登录密码"]},
    ),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", REPLY_KINDS)
@pytest.mark.parametrize(("sensitive", "phrases"), SENSITIVE_CASES)
def test_sensitive_data_gets_a_warning_paragraph(
    renderer: ReplyRenderer,
    lang: str,
    kind: str,
    sensitive: tuple[str, ...],
    phrases: dict[str, list[str]],
) -> None:
    body = renderer.render(ctx(kind=kind, language=lang, sensitive=sensitive)).body
    warning = next(p for p in body.split("\n\n") if p.startswith(WARNING[lang]))
    assert [p for p in phrases[lang] if p not in warning] == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", REPLY_KINDS)
def test_no_warning_without_sensitive_data(renderer: ReplyRenderer, lang: str, kind: str) -> None:
    assert WARNING[lang] not in renderer.render(ctx(kind=kind, language=lang)).body


URGENT_STEPS = {
    "card_issue": {"en": "Freeze the card in the app", "zh": "在 App 中冻结该卡"},
    "login_access": {"en": "block your SIM card", "zh": "挂失 SIM 卡"},
    "refund_dispute": {"en": "Freeze your linked cards", "zh": "冻结已绑定的银行卡"},
    "transaction_error": {"en": "Freeze your linked cards", "zh": "冻结已绑定的银行卡"},
    "other": {"en": "ask us to freeze it", "zh": "申请冻结账户"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["acknowledge", "ask_for_details"])
@pytest.mark.parametrize("category", list(URGENT_STEPS))
def test_urgent_replies_start_with_safety_steps(
    renderer: ReplyRenderer, lang: str, kind: str, category: str
) -> None:
    urgent = renderer.render(ctx(kind=kind, language=lang, category=category, urgent=True)).body
    calm = renderer.render(ctx(kind=kind, language=lang, category=category)).body
    assert SAFETY[lang] in urgent and URGENT_STEPS[category][lang] in urgent
    assert SAFETY[lang] not in calm and URGENT_STEPS[category][lang] not in calm
    # Safety comes before anything the customer has to do for us.
    assert urgent.index(SAFETY[lang]) < urgent.index(NEVER_ASK[lang])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_urgent_steps_use_the_hotline_when_given(renderer: ReplyRenderer, lang: str) -> None:
    body = renderer.render(
        ctx(language=lang, category="card_issue", urgent=True, hotline="+44 20 7946 0000")
    ).body
    assert "+44 20 7946 0000" in body


# --- Status replies ------------------------------------------------------------------------------

STATUS_PHRASES = {
    "waiting_for_customer": {"en": "waiting for some details", "zh": "补充一些信息"},
    "incomplete": {"en": "waiting for some details", "zh": "补充一些信息"},
    "ready_for_agent": {"en": "in the queue", "zh": "排队"},
    "with_agent": {"en": "An agent is working on your case", "zh": "客服人员正在处理"},
    "resolved": {"en": "marked as resolved", "zh": "已解决"},
    "": {"en": "could not find an earlier ticket", "zh": "没有找到"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("state", list(STATUS_PHRASES))
def test_status_reply_tells_the_ticket_state(
    renderer: ReplyRenderer, lang: str, state: str
) -> None:
    summary = (("transaction_id", "TX…4821"),)
    body = renderer.render(
        ctx(kind="status", language=lang, ticket_state=state, ticket_summary=summary)
    ).body
    assert STATUS_PHRASES[state][lang] in body
    others = {p[lang] for s, p in STATUS_PHRASES.items() if p[lang] != STATUS_PHRASES[state][lang]}
    assert [p for p in others if p in body] == []
    assert "TX…4821" in body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_status_waiting_lists_what_is_missing(renderer: ReplyRenderer, lang: str) -> None:
    body = renderer.render(
        ctx(
            kind="status",
            language=lang,
            ticket_state="waiting_for_customer",
            missing=("transaction_id",),
        )
    ).body
    assert bullet_labels(body, lang) == ["transaction_id"]


# --- Greeting and language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "name", "greeting"),
    [
        ("en", "Alice Smith", "Hello Alice Smith,\n"),
        ("en", "", "Hello,\n"),
        ("en", "alice@example.com", "Hello,\n"),
        ("en", '"Bob"\r\nBcc: x', "Hello Bob Bcc: x,\n"),
        ("en", "Seán O'Brien", "Hello Seán O'Brien,\n"),
        ("en", "12345", "Hello,\n"),
        ("zh", "张伟", "张伟，您好！\n"),
        ("zh", "", "您好！\n"),
    ],
)
def test_greeting(renderer: ReplyRenderer, lang: str, name: str, greeting: str) -> None:
    assert renderer.render(ctx(language=lang, customer_name=name)).body.startswith(greeting)


@pytest.mark.parametrize(
    ("asked", "used"),
    [
        ("en", "en"),
        ("zh", "zh"),
        ("ZH", "zh"),
        ("zh-CN", "zh"),
        ("zh_TW", "zh"),
        ("fr", "en"),
        ("", "en"),
    ],
)
def test_language_falls_back(renderer: ReplyRenderer, asked: str, used: str) -> None:
    reply = renderer.render(ctx(language=asked))
    assert reply.language == used
    assert NEVER_ASK[used] in reply.body


def test_fallback_language_is_configurable() -> None:
    reply = ReplyRenderer(TEMPLATES, fallback_language="zh").render(ctx(language="de"))
    assert reply.language == "zh"


def test_unknown_category_falls_back_to_other(renderer: ReplyRenderer) -> None:
    body = renderer.render(ctx(kind="send_faq", category="no_such_category")).body
    other = (TEMPLATES / "en" / "faq" / "other.txt.j2").read_text("utf-8").splitlines()[0]
    assert other in body


@pytest.mark.parametrize("bad", [{"kind": "shout"}, {"kind": "status", "ticket_state": "lost"}])
def test_bad_context_is_rejected(renderer: ReplyRenderer, bad: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        renderer.render(ctx(**bad))


def test_unknown_detail_name_names_the_file(renderer: ReplyRenderer) -> None:
    with pytest.raises(TemplateError, match=r"en/details\.toml.*favourite_colour"):
        renderer.render(ctx(missing=("favourite_colour",)))


def test_unknown_detail_name_is_left_out_of_confirmations(renderer: ReplyRenderer) -> None:
    body = renderer.render(
        ctx(
            received=(("favourite_colour", "blue"), ("amount", "5.00 EUR")),
            invalid=(("shoe_size", "99", "too_big"),),
        )
    ).body
    assert "blue" not in body and "99" not in body and "5.00 EUR" in body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_os_version_found_alongside_is_confirmed(renderer: ReplyRenderer, lang: str) -> None:
    body = renderer.render(ctx(language=lang, received=(("os_version", "iOS 17.4"),))).body
    assert "iOS 17.4" in body and label(lang, "os_version") in body


# --- Subjects ------------------------------------------------------------------------------------

SUBJECT_CASES = [
    ("Refund for my order", "Re: Refund for my order [#TKT-1042]"),
    ("Re: Refund for my order", "Re: Refund for my order [#TKT-1042]"),
    ("RE: re: Aw: Refund", "Re: Refund [#TKT-1042]"),
    ("Re[2]: Refund", "Re: Refund [#TKT-1042]"),
    ("Re: Refund [#TKT-1042]", "Re: Refund [#TKT-1042]"),
    ("[#TKT-1042] Re: Refund", "Re: Refund [#TKT-1042]"),
    ("Re: Refund [#tkt-1042] [#TKT-1042]", "Re: Refund [#TKT-1042]"),
    ("Refund (TKT-1042)", "Re: Refund [#TKT-1042]"),
    ("Refund TKT-10420", "Re: Refund TKT-10420 [#TKT-1042]"),  # another ticket's ref stays
    ("回复：退款 [#TKT-1042]", "Re: 退款 [#TKT-1042]"),
    ("答复: 退款", "Re: 退款 [#TKT-1042]"),
    ("Fwd: Re: Refund", "Re: Fwd: Re: Refund [#TKT-1042]"),
    ("Refund\r\nBcc: evil@example.com", "Re: Refund Bcc: evil@example.com [#TKT-1042]"),
    ("Refund\u2028now", "Re: Refund now [#TKT-1042]"),
    ("", "Re: Your message to OKPay Support [#TKT-1042]"),
    ("Re: ", "Re: Your message to OKPay Support [#TKT-1042]"),
    ("[#TKT-1042]", "Re: Your message to OKPay Support [#TKT-1042]"),
]


@pytest.mark.parametrize(("original", "expected"), SUBJECT_CASES)
def test_subject(renderer: ReplyRenderer, original: str, expected: str) -> None:
    assert renderer.render(ctx(original_subject=original)).subject == expected


def test_empty_subject_default_is_localised(renderer: ReplyRenderer) -> None:
    reply = renderer.render(ctx(language="zh", original_subject=""))
    assert reply.subject == "Re: 您发给 OKPay 客服的邮件 [#TKT-1042]"


def test_subject_ref_cannot_inject_headers(renderer: ReplyRenderer) -> None:
    reply = renderer.render(ctx(ticket_ref="TKT-1\r\nBcc: x@example.com"))
    assert "\r" not in reply.subject and "\n" not in reply.subject


def test_long_subject_is_shortened(renderer: ReplyRenderer) -> None:
    subject = renderer.render(ctx(original_subject="word " * 100)).subject
    assert len(subject) < 180 and subject.endswith("… [#TKT-1042]")


def test_subject_format_is_configurable() -> None:
    r = ReplyRenderer(TEMPLATES, subject_format="[{brand} #{ticket_ref}] {subject}")
    assert r.render(ctx(original_subject="Re: Hi")).subject == "[OKPay #TKT-1042] Hi"


@pytest.mark.parametrize("fmt", ["Re: {subject} {unknown}", "Re: {ticket_ref}", "Re: {0}"])
def test_bad_subject_format_is_rejected(fmt: str) -> None:
    with pytest.raises(ValueError, match="subject_format"):
        ReplyRenderer(TEMPLATES, subject_format=fmt)


_noise = st.text(st.characters(exclude_categories=["Cs"]), max_size=40).filter(
    lambda s: "tkt" not in s.lower()
)


@settings(max_examples=200, deadline=None)
@given(
    before=_noise,
    after=_noise,
    prefixes=st.lists(st.sampled_from(["Re: ", "RE:", "re : ", "Aw: ", "回复：", "Re[3]: "])),
    tagged=st.booleans(),
)
def test_subject_properties(before: str, after: str, prefixes: list[str], tagged: bool) -> None:
    renderer = _shared_renderer()
    original = "".join(prefixes) + before + (" [#TKT-1042] " if tagged else "") + after
    subject = renderer.render(ctx(original_subject=original)).subject
    assert "\r" not in subject and "\n" not in subject
    assert subject.startswith("Re: ") and not re.match(r"Re: (re|aw)\s*[:：]", subject, re.I)
    assert subject.count("TKT-1042") == 1 and subject.endswith("[#TKT-1042]")


_RENDERER: list[ReplyRenderer] = []


def _shared_renderer() -> ReplyRenderer:
    # hypothesis forbids function-scoped fixtures in @given tests; build once, reuse.
    if not _RENDERER:
        _RENDERER.append(ReplyRenderer(TEMPLATES))
    return _RENDERER[0]


# --- check() and broken template folders -------------------------------------------------------


@pytest.fixture
def template_copy(tmp_path: Path) -> Path:
    target = tmp_path / "templates"
    shutil.copytree(TEMPLATES, target)
    return target


def test_check_finds_missing_files_syntax_errors_and_undefined_names(template_copy: Path) -> None:
    (template_copy / "zh" / "faq" / "card_issue.txt.j2").unlink()
    (template_copy / "en" / "status.txt.j2").write_text("{% if %}\n", "utf-8")
    hints = template_copy / "zh" / "details.toml"
    hints.write_text(
        hints.read_text("utf-8").replace("[details.swift_bic]", "[details.x]"), "utf-8"
    )
    problems = ReplyRenderer(template_copy).check(CATEGORIES, DETAIL_NAMES)
    joined = "\n".join(problems)
    assert "zh/faq/card_issue.txt.j2: missing" in joined
    assert "en/status.txt.j2:1: syntax error" in joined
    assert "zh/details.toml: [details.swift_bic] needs a label and a hint" in joined


def test_check_renders_every_template_so_undefined_variables_show(template_copy: Path) -> None:
    faq = template_copy / "en" / "faq" / "feedback.txt.j2"
    faq.write_text(faq.read_text("utf-8") + "{{ refund_days }}\n", "utf-8")
    problems = ReplyRenderer(template_copy).check(CATEGORIES, DETAIL_NAMES)
    assert len(problems) == 1
    assert "en/faq/feedback.txt.j2:" in problems[0] and "refund_days" in problems[0]


def test_check_reports_a_missing_language_and_category(template_copy: Path) -> None:
    shutil.rmtree(template_copy / "zh")
    problems = ReplyRenderer(template_copy).check([*CATEGORIES, "crypto"], DETAIL_NAMES)
    assert any("zh: no templates for language zh" in p for p in problems)
    assert any("en/faq/crypto.txt.j2: missing" in p for p in problems)
    assert any("[categories] has no topic for crypto" in p for p in problems)


def test_bad_toml_is_reported_with_its_file(template_copy: Path) -> None:
    (template_copy / "en" / "labels.toml").write_text("[strings\n", "utf-8")
    problems = ReplyRenderer(template_copy).check(CATEGORIES, DETAIL_NAMES)
    assert any("en/labels.toml" in p for p in problems)


def test_missing_folder_or_fallback_language_fails_at_construction(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="not found"):
        ReplyRenderer(tmp_path / "nowhere")
    (tmp_path / "en").mkdir()
    with pytest.raises(TemplateError, match="fallback language"):
        ReplyRenderer(tmp_path, fallback_language="zh")


def test_render_error_names_the_template(template_copy: Path) -> None:
    faq = template_copy / "en" / "faq" / "other.txt.j2"
    faq.write_text("{{ nope }}\n", "utf-8")
    with pytest.raises(TemplateError, match=r"en/faq/other\.txt\.j2:1: 'nope' is undefined"):
        ReplyRenderer(template_copy).render(ctx(kind="send_faq", category="other"))


def test_templates_are_read_once_at_construction(template_copy: Path) -> None:
    renderer = ReplyRenderer(template_copy)
    shutil.rmtree(template_copy)
    assert NEVER_ASK["en"] in renderer.render(ctx(kind="send_faq")).body


@pytest.mark.parametrize(
    ("lang", "bad_line"),
    [("en", "To verify you, please reply with your card number."), ("zh", "请回复您的验证码。")],
)
def test_a_template_that_asks_for_secrets_is_caught(
    template_copy: Path, lang: str, bad_line: str
) -> None:
    faq = template_copy / lang / "faq" / "other.txt.j2"
    faq.write_text(faq.read_text("utf-8") + bad_line + "\n", "utf-8")
    body = (
        ReplyRenderer(template_copy)
        .render(ctx(kind="send_faq", language=lang, category="other"))
        .body
    )
    assert secret_requests(body) == [bad_line.rstrip("。.")]
