"""mask_text / mask_value: secrets and personal data never survive, everything else does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.extract.secrets import luhn_ok
from triage.masking import mask_text, mask_value


def _with_check_digit(prefix: str) -> str:
    return next(prefix + d for d in "0123456789" if luhn_ok(prefix + d))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("card 4111 1111 1111 1111 ok", "card 4111 11** **** 1111 ok"),
        ("card 4111111111111111.", "card 411111******1111."),
        ("卡号6222021234567890128，", "卡号622202*********0128，"),
        ("my password is Hunter2!", "my password is ****"),
        ("password: sunshine", "password: ****"),
        ("PIN 4821", "PIN ****"),
        ("the OTP I got was 604918, thanks", "the OTP I got was ****, thanks"),
        ("CVV: 731", "CVV: ****"),
        ("验证码是483920", "验证码是****"),
        ("密码：abc12345", "密码：****"),
        ("IBAN DE89 3704 0044 0532 0130 00.", "IBAN DE****************3000."),
        ("account number 123456789", "account number *****6789"),
        ("mail jane.doe@example.com now", "mail j***@example.com now"),
        ("call +44 20 7946 0958", "call +44 ** **** 0958"),
        ("手机13812345678", "手机138****5678"),
    ],
)
def test_mask_text_table(text: str, expected: str) -> None:
    assert mask_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Transaction TXN-2024-000123 of $1,250.00 on 2024-05-12 14:30, app 5.2.1, iOS 17.2",
        "订单号 T2024051200123456，金额200元，版本 5.2.1",
        "my password is wrong and the OTP never arrived",
        "",
    ],
)
def test_mask_text_leaves_ordinary_details_alone(text: str) -> None:
    assert mask_text(text) == text


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("account_contact", "jane@example.com", "j***@example.com"),
        ("account_contact", "+8613812345678", "+86*******5678"),
        ("recipient_account", "DE89370400440532013000", "DE****************3000"),
        ("recipient_account", "123456789", "*****6789"),
        ("transaction_id", "TXN-2024-000123", "TXN-2024-000123"),
        ("error_message", "Card 4111111111111111 declined", "Card 411111******1111 declined"),
    ],
)
def test_mask_value(name: str, value: str, expected: str) -> None:
    assert mask_value(name, value) == expected


_CARD_PREFIXES = ["4", "51", "55", "2221", "34", "37", "6222", "35"]
_FILLER = st.lists(
    st.sampled_from([*"abc XYZ.,:;-!?\n你好转账", "password", " is ", "订单", "OTP"]), max_size=20
).map("".join)


@st.composite
def card_number(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(_CARD_PREFIXES))
    length = draw(st.sampled_from([15, 16, 19]))
    body = draw(
        st.text(
            alphabet="0123456789",
            min_size=length - len(prefix) - 1,
            max_size=length - len(prefix) - 1,
        )
    )
    digits = _with_check_digit(prefix + body)
    if draw(st.booleans()):
        return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    return digits


@given(before=_FILLER, card=card_number(), after=_FILLER)
@settings(max_examples=200, deadline=None)
def test_no_luhn_valid_card_survives(before: str, card: str, after: str) -> None:
    masked = mask_text(f"{before} {card} {after}")
    assert re.sub(r"\D", "", card) not in re.sub(r"[^\d*]", "", masked)
    for run in re.findall(r"\d(?:[ -]?\d)*", masked):
        digits = re.sub(r"\D", "", run)
        assert not (13 <= len(digits) <= 19 and luhn_ok(digits)), masked


@given(
    before=_FILLER,
    keyword=st.sampled_from(
        [
            "OTP",
            "otp code",
            "verification code:",
            "验证码",
            "验证码是",
            "PIN",
            "CVV",
            "password is",
            "password:",
            "密码",
            "密码是",
            "one-time password",
        ]
    ),
    secret=st.from_regex(r"[0-9]{4,8}", fullmatch=True),
    after=_FILLER,
)
@settings(max_examples=200, deadline=None)
def test_no_otp_or_password_survives(before: str, keyword: str, secret: str, after: str) -> None:
    masked = mask_text(f"{before} {keyword} {secret} {after}")
    assert secret not in masked.replace(after, "").replace(before, "")


@given(
    password=st.from_regex(r"[A-Za-z]{3,8}[0-9!#$%]{1,4}[A-Za-z0-9]{0,4}", fullmatch=True),
    keyword=st.sampled_from(["my password is", "password:", "Password =", "登录密码是", "密码："]),
)
@settings(max_examples=100, deadline=None)
def test_passwords_do_not_survive(password: str, keyword: str) -> None:
    assert password not in mask_text(f"hi, {keyword} {password} thanks")
