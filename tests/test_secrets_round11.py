"""Round 11 of secret detection: PINs and answers by their sentence, more numerals and words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from triage.details import extract_details
from triage.masking import mask_secrets

SENT = datetime(2028, 7, 12, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "kinds", "secret"),
    [
        # an answer for a secret named just before, four digits for a PIN in the sentence
        (
            "How do I change my transaction PIN? The old one is 2468 and someone saw it.",
            ("pin",),
            "2468",
        ),
        (
            "I used the same number 1357 for the app and the phone lock, so they can open it.",
            ("pin",),
            "1357",
        ),
        # a password of words and a year joined by dots, in Vietnamese or Korean words
        (
            "my mật khẩu (password) got changed. old was hoa.sen.2019 . I am locked.",
            ("password",),
            "hoa.sen.2019",
        ),
        (
            "My 비밀번호 for the app is 6 digits, I set it 240815 but it says incorrect",
            ("pin",),
            "240815",
        ),
        # codes: a Korean SMS, digit groups around a dash, a short letter-digit code,
        # Chinese numerals in two groups, numerals written as on a cheque
        (
            "I got 인증번호 [OKPay] 인증번호 [305917] 타인 노출 금지 but the app says timeout",
            ("otp",),
            "305917",
        ),
        (
            "asking for the código de verificação. I sent them 8 1 4 - 2 7 3 and then",
            ("otp",),
            "8 1 4 - 2 7 3",
        ),
        ('the email code is "K4-77Q9" but the app says 6 digits', ("otp",), "K4-77Q9"),
        ("叫我讀返個驗證碼俾佢聽，我講咗「七三八，二零四」。", ("otp",), "七三八，二零四"),
        ("【OKPay】验证码 伍捌贰零壹玖，用于解绑银行卡，请勿泄露。", ("otp",), "伍捌贰零壹玖"),
        # CVVs: "the back number", 安全码 before its digits, three digits read out one by one
        ("Card: 4716 2085 5931 0046, the back number is 219.", ("cvv", "card_number"), "219"),
        ("卡号 6259 6511 2084 3318，安全码三位 018。", ("cvv", "card_number"), "018"),
        ("佢問我卡背面嗰三個字，我入咗 5 2 7，之後話拒絕", ("cvv",), "5 2 7"),
        ("typing the código de segurança 046 and it worked", ("cvv",), "046"),
    ],
)
def test_secrets_found_and_masked(text: str, kinds: tuple[str, ...], secret: str) -> None:
    assert extract_details(text, sent_at=SENT).sensitive == kinds
    assert secret not in mask_secrets(text)


@pytest.mark.parametrize(
    "text",
    [
        # four digits that are no PIN: a parcel's groups, a year, a card's last digits
        "My replacement card arrived (FedEx 7749 2210 5531) but the PIN letter didn't.",
        "I set up my PIN in 2024 and it worked until now",
        "the card ending 1357 asks for the PIN at every terminal",
        # a protocol number that passes Luhn but fits no card network
        "I was told by your chat (protocol 2028070811442) that my refund would arrive",
        # an error code named letters-then-digits, a version
        'the app says "Code must be 6 digits" (error AB-1234)',
        "the old one is version 8.3.7, the new one too",
    ],
)
def test_distractors_are_no_secret(text: str) -> None:
    assert extract_details(text, sent_at=SENT).sensitive == ()
    assert mask_secrets(text) == text


def test_the_landlords_card_is_the_recipient_account() -> None:
    text = "上周三给房东转了 4,500 元房租。房东的建行卡号 6217 0033 2001 8845 102。"
    details = extract_details(text, sent_at=SENT)
    assert details.sensitive == ()
    assert details.values("recipient_account") == ("6217003320018845102",)
    assert "0033 2001 8845" not in mask_secrets(text)


@pytest.mark.parametrize(
    ("text", "kinds", "secret"),
    [
        # round 12 (set 10): NIP, the value wanted for a PIN named sentences before, dotted cards
        ("Someone asked for my NIP. I told them 4 8 1 5 before I realised.", ("pin",), "4 8 1 5"),
        (
            "pls reset my mpin. i put wrong 3 times, now locked. new one i want 7391 but no.",
            ("pin",),
            "7391",
        ),
        (
            "i want to add my card, i am typing 5355.2201.9847.7634 exp 03/31",
            ("card_number",),
            "2201.9847",
        ),
    ],
)
def test_round_twelve_secrets(text: str, kinds: tuple[str, ...], secret: str) -> None:
    assert extract_details(text, sent_at=SENT).sensitive == kinds
    assert secret not in mask_secrets(text)


def test_a_loyalty_card_number_is_no_payment_card() -> None:
    text = "My Tesco clubcard is 6340 1234 5678 9012 in case you do the points thing."
    assert extract_details(text, sent_at=SENT).sensitive == ()
    assert mask_secrets(text) == text


def test_the_intended_account_of_a_mistyped_transfer_is_a_recipient_too() -> None:
    text = "输错了一位账号，转到了 6217 0033 2051 1788 005，本来应该是 6217 0033 2051 1788 013。"
    details = extract_details(text, sent_at=SENT)
    assert details.sensitive == ()
    assert details.values("recipient_account") == ("6217003320511788005", "6217003320511788013")


def test_a_luhn_valid_number_of_a_card_network_is_masked_whatever_its_length() -> None:
    # a 15-digit number starting with 4 is no Visa length, but the masking keeps to the safe
    # side for card networks' first digits (the protocol number above starts with 2)
    assert "400000000000006" not in mask_secrets("card 400000000000006 declined")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "The bank asked me for the 'secret word' when I called. I said \"mango rain 77\".",
            "mango rain 77",
        ),
        ("my memorable word is “blue harbour”, can someone change it?", "blue harbour"),
    ],
)
def test_quoted_words_given_for_a_secret_word_are_a_password(text: str, secret: str) -> None:
    assert extract_details(text, sent_at=SENT).sensitive == ("password",)
    assert secret not in mask_secrets(text)


@pytest.mark.parametrize(
    "text",
    [
        # apostrophes are no quote marks; the quoted name of the thing is no value
        "I don't remember my memorable word, it's something long",
        "The bank asked about my 'secret word' but I never set one",
        'He said "hello there" and asked for my account',
    ],
)
def test_no_phrase_without_quoted_words_for_it(text: str) -> None:
    assert extract_details(text, sent_at=SENT).sensitive == ()
    assert mask_secrets(text) == text
