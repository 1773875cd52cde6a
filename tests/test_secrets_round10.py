"""Round 10 of secret detection: passwords and CVVs by their sentence, spoken digits, more words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from triage.details import extract_details
from triage.masking import mask_secrets

SENT = datetime(2028, 6, 12, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "kinds", "secret"),
    [
        # a token made like a password in a sentence (or the one before) about a password
        (
            "my password is my dog's name + year + !, i.e. Biscuit2019! , it worked",
            ("password",),
            "Biscuit2019!",
        ),
        ("Kata laluan saya Melaka@2020 tapi app kata salah", ("password",), "Melaka@2020"),
        ("Mi clave es Toluca#1985 y la app dice que no", ("password",), "Toluca#1985"),
        ("我的登录口令是 Qing$hui_77，早上还能登", ("password",), "Qing$hui_77"),
        # the three digits by the back of the card, whatever it is called
        (
            "I've put in the little number on the signature strip (926) five times",
            ("cvv",),
            "926",
        ),
        ("I key in the card behind number 509 correctly one", ("cvv",), "509"),
        ("绑银联信用卡时要填 CVN2，我填的 082，提示校验失败", ("cvv",), "082"),
        ("签名条上的三位数是 441，有效期 27年9月", ("cvv",), "441"),
        ("卡背脊三個數字係 205，綁定嗰陣彈錯", ("cvv",), "205"),
        ("我輸入背面末三碼 617，系統卻說錯誤", ("cvv",), "617"),
        # digits said as words, codes with a sender's prefix, an e-mailed code, a TAN
        (
            "He asked for the code on my screen and I read it out - seven one nine, four four two.",
            ("otp",),
            "seven one nine, four four two",
        ),
        ("I type the CVC, zero four four, and it says invalid", ("cvv",), "zero four four"),
        (
            '"OK-614092 is your OKPay sign-in code. If this wasn\'t you, call us."',
            ("otp",),
            "614092",
        ),
        (
            "it asks for the code you emailed me. It's 7KQ-M42 but the site says no",
            ("otp",),
            "7KQ-M42",
        ),
        ("the TAN they sent (483920) does not work", ("otp",), "483920"),
        (
            "I saved my backup codes - the first one, 4418-2290, says already used",
            ("otp",),
            "4418-2290",
        ),
        ("让我把收到的短信校验码发给他，我发了：６２９０４８。", ("otp",), "６２９０４８"),
        ("jo number aaya wo batao. Maine 40 92 71 bata diya.", ("otp",), "40 92 71"),
        ("同事帮我看了备用机上的码：\n4 0 7 · 3 1 8\n你们帮我登一下", ("otp",), "4 0 7 · 3 1 8"),
        # the code that unlocks the app, a German card PIN
        ("The OKPay unlock code is 190 384 which is also my phone's code", ("pin",), "190 384"),
        ("Die Geheimzahl ist 7 3 0 4 - that's definitely right", ("pin",), "7 3 0 4"),
        # a card number over two lines
        ("Card number\n5391 2874\n0036 1746\nexpiry 08/30", ("card_number",), "0036 1746"),
    ],
)
def test_secrets_found_and_masked(text: str, kinds: tuple[str, ...], secret: str) -> None:
    assert extract_details(text, sent_at=SENT).sensitive == kinds
    assert secret not in mask_secrets(text)


@pytest.mark.parametrize(
    "text",
    [
        # e-mail addresses, links and error codes are made like passwords or codes too
        "I can't log in to my account. Registered email: sara_k738@outlook.com",
        "I can't log in, see https://okpay.example/help?id=a1!b2 for the page",
        'App keeps saying "Network error" (code NET-408) when I log in',
        # three digits that are no CVV: an amount, a card's last digits, an error number
        "the card ending 926 was declined on the back of a $509 bill",
        "签名条旁边写着客服电话，尾号 441 的卡被拒",
        # postal PIN, a phone with its country code
        "New address: 14 Park Street, Kolkata, PIN 700016. The OTP is not coming.",
        "Account +49 151 28836074, my top-up of €500 failed",
        # a grouped number that was no code: a sort code, a bank's phone
        "sort code 40-92-71, account 31926819, the number they gave me",
    ],
)
def test_distractors_are_no_secret(text: str) -> None:
    assert extract_details(text, sent_at=SENT).sensitive == ()
    assert mask_secrets(text) == text


def test_a_card_the_money_went_to_after_a_transfer_to_someone() -> None:
    text = "我转账给朋友 1,500 元，填的卡号是 6217 0033 8455 0190，结果提示“卡号不存在”。"
    details = extract_details(text, sent_at=SENT)
    assert details.sensitive == ()
    assert details.values("recipient_account") == ("6217003384550190",)
    assert "6217 0033 8455 0190" not in mask_secrets(text)
