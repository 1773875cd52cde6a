"""Round 9 of secret detection: codes known by shape and context, repeats, named cards, kinds."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from triage.details import extract_details
from triage.masking import mask_secrets

SENT = datetime(2028, 4, 12, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "kinds", "secret"),
    [
        # a code-shaped token in a sentence about a code or a text message
        (
            "She asked me to read out the numbers that came by text and I did: 55.12.98. Then"
            " £820 left my wallet.",
            ("otp",),
            "55.12.98",
        ),
        ("381 920\n^ that's what you just texted me, can you log me in?", ("otp",), "381 920"),
        ("Twój kod OKPay: 662310, then another one, 119 874.", ("otp",), "119 874"),
        ("我把验证码告诉他了，四零九五五一，后来想想不对。", ("otp",), "四零九五五一"),
        ("482 650 这是你们发给我的短信码，麻烦帮我登录一下。", ("otp",), "482 650"),
        ("我把簡訊裡的號碼 66 21 09 傳給他了。", ("otp",), "66 21 09"),
        # the value before the keyword, as a bank's SMS writes it
        ('"OKPay: 447 391 is your verification code. Never share it."', ("otp",), "447 391"),
        ('"Dear Customer, 508813 is OTP for txn of INR 49,999.00"', ("otp",), "508813"),
        # digits read out one by one, the code named in other words or in the sentence before
        ("me llegó un SMS con el código 8 0 4 4 1 7 y no pedí nada", ("otp",), "8 0 4 4 1 7"),
        ("He asked for the code. I gave it na po, 7 4 8 8 2 0, before I knew.", ("otp",), ""),
        ("maine usko SMS wala number bata diya 6 3 9 1 0 4.", ("otp",), "6 3 9 1 0 4"),
        (
            "My new card PIN from the letter doesn't work:\n0 4 7 2\nIt says Invalid PIN",
            ("pin",),
            "",
        ),
        ("My MPIN is 4 digit 2 0 2 4 and the app says MPIN blocked", ("pin",), "2 0 2 4"),
        ("I KNOW my 4 digits are right, 7 7 1 3, I've used them for years.", ("pin",), "7 7 1 3"),
        # an app's passcode of digits, a password typed at a cash machine: the PIN
        ("Can the app stop asking for my passcode every time? It's 246810, easy.", ("pin",), ""),
        ("实体卡在 ATM 取现，输密码 0 9 2 7 提示密码错误", ("pin",), "0 9 2 7"),
        # cards named as the customer's, grouped any way or failing Luhn; an Amex's CID
        ("my card number is 4485 1894 9139 286 (the last bit is worn)", ("card_number",), ""),
        ("帮我查一下这张卡为什么一直被拒：6259147153056846", ("card_number",), "6259147153056846"),
        ("My Amex 371449635398431 exp 05/30 CID 7712 won't link", ("cvv", "card_number"), "7712"),
        ("卡 4716 6420 1224 9534，背面三個字 662，成日被拒", ("cvv", "card_number"), "662"),
        # the word for password in the languages mixed into English mails
        ("Mi contraseña es Sol2024! and it does not work", ("password",), "Sol2024!"),
    ],
)
def test_secrets_found_and_masked(text: str, kinds: tuple[str, ...], secret: str) -> None:
    assert extract_details(text, sent_at=SENT).sensitive == kinds
    if secret:
        assert secret not in mask_secrets(text)


@pytest.mark.parametrize(
    "text",
    [
        'the app says "Too many code requests (ERR-OTP-403)" and my OTP never came',
        "Address: Flat 12B, Whitefield, Bengaluru, PIN code 560048. Registered mobile 99860 23417",
        "My order number from the text is 482913, it has not shipped",
        "短信发来的优惠码是 482913",
        "我的订单号 482913，短信说已发货",
        "the SMS said the payment of 120000 won went through",
        "the text says the transfer was on 12.04.28, code sent separately",
        "My PIN doesn't work. The ATM showed 9 9 0 2 as the terminal.",
        "I never got the OTP, can you send the code again?",
        "the sms says my account number 1 2 3 4 5 6 7 8 9 0 is wrong",
        "the code fails on version 6.2.1.4",
    ],
)
def test_distractors_are_no_secret(text: str) -> None:
    assert extract_details(text, sent_at=SENT).sensitive == ()
    assert mask_secrets(text) == text


def test_a_secret_written_twice_is_masked_both_times() -> None:
    text = (
        'locked out - password "Marmalade&Toast9" not accepted\n'
        "even though Marmalade&Toast9 is definitely what I set, and 604 118 was the code"
        " (I typed 604118 twice)"
    )
    masked = mask_secrets(text)
    assert "Marmalade&Toast9" not in masked
    assert "604 118" not in masked and "604118" not in masked


def test_an_iban_is_never_masked_as_a_card() -> None:
    # "5007 0010 0561 9507" inside this IBAN passes Luhn by chance
    text = "IBAN DE14 5007 0010 0561 9507 06, BIC DEUTDEFF"
    assert mask_secrets(text) == text


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("给朋友转账 2,600 元，收款卡号 6212 0455 8715 3616（工商银行）", "6212045587153616"),
        ("收款账号 6217 0012 3088 5521 006（建设银行），前天转的", "6217001230885521006"),
        ("钱转到了 6217 0028 5513 9046 271 这个账户，建设银行的", "6217002855139046271"),
    ],
)
def test_a_card_the_money_went_to_is_the_recipient_account_and_still_masked(
    text: str, account: str
) -> None:
    details = extract_details(text, sent_at=SENT)
    assert details.sensitive == ()  # no "freeze your card" warning for someone else's card
    assert details.values("recipient_account") == (account,)
    masked = mask_secrets(text)
    assert account[6:-4] not in masked.replace(" ", "")
    assert masked.replace(" ", "").count("*") == len(account) - 10
