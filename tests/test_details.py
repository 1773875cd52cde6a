"""Unit tests of extract_details: one parametrized table per detail family, both languages."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from triage.details import DETAIL_NAMES, Details, ExtractOptions, extract_details

MONDAY = datetime(2024, 5, 13, 9, 15, tzinfo=timezone(timedelta(hours=1)))


def values(text: str, name: str, **kwargs: object) -> tuple[str, ...]:
    details = extract_details(text, sent_at=kwargs.pop("sent_at", MONDAY), **kwargs)  # type: ignore[arg-type]
    return details.values(name)


def run(text: str, **kwargs: object) -> Details:
    return extract_details(text, sent_at=MONDAY, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reach me at Jane.Doe@Example.com please", ("jane.doe@example.com",)),
        ("call 07911 123456", ("+447911123456",)),
        ("my number is +44 20 7946 0958.", ("+442079460958",)),
        ("手机号 138-1234-5678，谢谢", ("+8613812345678",)),
        ("我的电话13812345678", ("+8613812345678",)),
        ("my Chinese mobile is 13812345678", ("+8613812345678",)),
        ("WhatsApp +852 9123 4567 or mail li@qq.com", ("+85291234567", "li@qq.com")),
        ("no contact details here, order 2024", ()),
    ],
)
def test_account_contact(text: str, expected: tuple[str, ...]) -> None:
    assert values(text, "account_contact") == expected


def test_support_addresses_are_not_the_customer_contact() -> None:
    text = "Thanks.\nOKPay Support <support@okpay.com>, noreply@okpay.com, hotline +44 20 7946 0000"
    options = ExtractOptions(
        own_addresses=("support@okpay.com", "@okpay.com"), own_phones=("+442079460000",)
    )
    assert run(text, options=options).values("account_contact") == ()


@pytest.mark.parametrize(
    ("sender", "counts", "own", "expected"),
    [
        ("Ann@Mail.com", True, (), ("ann@mail.com",)),
        ("ann@mail.com", False, (), ()),
        ("support@okpay.com", True, ("support@okpay.com",), ()),
    ],
)
def test_sender_counts_as_contact_only_when_asked(
    sender: str, counts: bool, own: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    options = ExtractOptions(sender_counts_as_contact=counts, own_addresses=own)
    assert run("hello", sender=sender, options=options).values("account_contact") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transaction ID: TXN-2024-000123", ("TXN-2024-000123",)),
        ("ref T2024051200123456 please", ("T2024051200123456",)),
        ("order number 88120034567", ("88120034567",)),
        ("订单号：202411031500228761", ("202411031500228761",)),
        ("流水号 JP20241102883301", ("JP20241102883301",)),
        ("交易号TXN-2025-004417，房东说没收到", ("TXN-2025-004417",)),
        ("txn id: tp20240513000981", ("TP20240513000981",)),
        ("订单编号 CZ2025022021150088", ("CZ2025022021150088",)),  # IBAN-shaped, not an IBAN
        # distractors: phone, amount, date, version, IBAN, card
        ("call 13812345678 about the payment of 1,250 USD on 2024-05-12", ()),
        ("app version 5.2.1 on iPhone 15", ()),
        ("IBAN DE89 3704 0044 0532 0130 00", ()),
        ("card 4111 1111 1111 1111", ()),
        ("reference to my last email", ()),
        ("transfer 1000000 yuan", ()),
    ],
)
def test_transaction_id(text: str, expected: tuple[str, ...]) -> None:
    assert values(text, "transaction_id") == expected


def test_custom_transaction_id_pattern() -> None:
    options = ExtractOptions(transaction_id_patterns=(r"\bOK#(\d{5})\b", "[unclosed"))
    assert run("see OK#12345", options=options).values("transaction_id") == ("12345",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 12 May 2024 14:30", ("2024-05-12T14:30",)),
        ("2024-05-12", ("2024-05-12",)),
        ("on 05/12/2024", ("2024-05-12",)),  # 5 December would be in the future
        ("on 03/05/2024.", ("2024-05-03",)),  # day first for GB
        ("May 12th at 3pm", ("2024-05-12T15:00",)),
        ("the 10th of May", ("2024-05-10",)),
        ("yesterday", ("2024-05-12",)),
        ("this morning", ("2024-05-13",)),
        ("last Friday around 6pm", ("2024-05-10T18:00",)),
        ("yesterday evening at 8:15", ("2024-05-12T20:15",)),
        ("2 days ago", ("2024-05-11",)),
        ("Done at 9.45 this morning", ("2024-05-13T09:45",)),
        ("2024年5月12日 下午3点", ("2024-05-12T15:00",)),
        ("昨天下午3点", ("2024-05-12T15:00",)),
        ("今天上午", ("2024-05-13",)),
        ("前天", ("2024-05-11",)),
        ("上周五", ("2024-05-10",)),
        ("5月1日晚上8点半", ("2024-05-01T20:30",)),
        # distractors
        ("app 5.2.1, iOS 17.2, TXN-2024-000123, since 2019", ()),
        ("sort code 20-00-00", ()),
    ],
)
def test_transaction_date(text: str, expected: tuple[str, ...]) -> None:
    assert values(text, "transaction_date") == expected


def test_relative_dates_need_the_mail_date() -> None:
    assert values("yesterday at 3pm", "transaction_date", sent_at=None) == ()


def test_month_first_region() -> None:
    options = ExtractOptions(default_region="US")
    assert run("on 03/05/2024", options=options).values("transaction_date") == ("2024-03-05",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1,250.00", ("1250.00 USD",)),
        ("EUR 30", ("30.00 EUR",)),
        ("30 euros", ("30.00 EUR",)),
        ("30欧元", ("30.00 EUR",)),
        ("¥200", ("200.00 CNY",)),
        ("200元", ("200.00 CNY",)),
        ("1.234,56 €", ("1234.56 EUR",)),
        ("USD 45.5", ("45.50 USD",)),
        ("£12", ("12.00 GBP",)),
        ("100 块", ("100.00 CNY",)),
        ("HK$300", ("300.00 HKD",)),
        ("2万元", ("20000.00 CNY",)),
        ("5000日元", ("5000 JPY",)),
        ("¥3,500 in Tokyo", ("3500 JPY",)),
        # distractors
        ("version 5.2 on iPhone 15, 3 times, +44 20 7946 0958, 2024-05-12", ()),
    ],
)
def test_amount(text: str, expected: tuple[str, ...]) -> None:
    assert values(text, "amount") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it says 'Payment failed: insufficient funds'", ("Payment failed: insufficient funds",)),
        ('提示"交易失败"', ("交易失败",)),
        ("提示“网络异常，请稍后重试”", ("网络异常，请稍后重试",)),
        ("error 502", ("502",)),
        ("Error code E1023", ("E1023",)),
        ("错误代码 E1023", ("E1023",)),
        ("(code NET-408)", ("NET-408",)),
        ("I can't pay, it won't work", ()),
        ("error since 2024", ()),
    ],
)
def test_error_message(text: str, expected: tuple[str, ...]) -> None:
    assert values(text, "error_message") == expected


@pytest.mark.parametrize(
    ("text", "device", "os"),
    [
        ("iphone 13 pro, ios 17.4.1", ("iPhone 13 Pro",), ("iOS 17.4.1",)),
        ("iPhone15ProMax", ("iPhone 15 Pro Max",), ()),
        ("Samsung Galaxy S24 Ultra, Android 14", ("Samsung Galaxy S24 Ultra",), ("Android 14",)),
        ("galaxy a54", ("Samsung Galaxy A54",), ()),
        ("Pixel 8 Pro", ("Google Pixel 8 Pro",), ()),
        ("华为Mate 60 Pro，鸿蒙4.0", ("Huawei Mate 60 Pro",), ("HarmonyOS 4.0",)),
        ("小米13T Pro", ("Xiaomi 13T Pro",), ()),
        ("红米Note 12", ("Redmi Note 12",), ()),
        ("OPPO Find X7 Ultra", ("OPPO Find X7 Ultra",), ()),
        ("vivo X100 Pro，安卓14", ("vivo X100 Pro",), ("Android 14",)),
        ("一加12", ("OnePlus 12",), ()),
        ("荣耀90", ("Honor 90",), ()),
        ("I want to pay my mate 20 pounds", (), ()),
    ],
)
def test_device_model_and_os(text: str, device: tuple[str, ...], os: tuple[str, ...]) -> None:
    details = run(text)
    assert details.values("device_model") == device
    assert details.values("os_version") == os


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("app version 5.2.1", ("5.2.1",)),
        ("v5.2.1", ("5.2.1",)),
        ("版本 5.2.1", ("5.2.1",)),
        ("OKPay 5.2", ("5.2",)),
        ("更新到5.5.0之后", ("5.5.0",)),
        ("iOS 17.2 and Android 14", ()),
        ("paid 5.20 USD", ()),
    ],
)
def test_app_version(text: str, expected: tuple[str, ...]) -> None:
    assert values(text, "app_version") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sending to Germany", ("DE",)),
        ("transfer to the US", ("US",)),
        ("country: IT", ("IT",)),
        ("to DE please", ("DE",)),
        ("汇款到德国", ("DE",)),
        ("从澳门转到台湾", ("TW",)),  # the destination wins
        ("I live in the UK", ("GB",)),
        # codes that are words, and names inside other names
        ("IT support told me to log IN", ()),
        ("status: OK", ()),
        ("my Bank of America account", ()),
        ("提现到中国银行失败", ()),
    ],
)
def test_country(text: str, expected: tuple[str, ...]) -> None:
    assert values(text, "country") == expected


@pytest.mark.parametrize(
    ("text", "found", "invalid"),
    [
        ("IBAN: DE89 3704 0044 0532 0130 00", ("DE89370400440532013000",), ()),
        ("IBAN DE89 3704 0044 0532 0130 01", (), (("DE89370400440532013001", "iban_checksum"),)),
        ("IBAN DE89 3704 0044 0532 0130 0", (), (("DE8937040044053201300", "iban_length"),)),
        ("account number 123456789", ("123456789",), ()),
        ("收款账号 6222 0212 3456", ("622202123456",), ()),
        ("my account 13812345678 is locked", (), ()),  # a wallet account is a phone number
    ],
)
def test_recipient_account(
    text: str, found: tuple[str, ...], invalid: tuple[tuple[str, str], ...]
) -> None:
    details = run(text)
    assert details.values("recipient_account") == found
    bad = tuple((v.value, v.problem) for v in details.invalid.get("recipient_account", ()))
    assert bad == invalid
    assert all(not v.valid for v in details.invalid.get("recipient_account", ()))


@pytest.mark.parametrize(
    ("text", "found", "invalid"),
    [
        ("SWIFT: DEUTDEFF", ("DEUTDEFF",), ()),
        ("BIC/SWIFT code COBADEFFXXX", ("COBADEFFXXX",), ()),
        ("SWIFT代码：BKCHCNBJ", ("BKCHCNBJ",), ()),
        ("send via NWBKGB2L", ("NWBKGB2L",), ()),
        ("SWIFT: ABCDXX12", (), (("ABCDXX12", "bic_country"),)),
        ("BIC: DEUTDEFF5", (), (("DEUTDEFF5", "bic_length"),)),
        ("and the bank code BCITITM.", (), (("BCITITM", "bic_length"),)),
        ("bank code: COBADEFFXXX", ("COBADEFFXXX",), ()),
        ("bank code 20-00-00, account 12345678", (), ()),
        ("the CUSTOMER REFUNDED me", (), ()),
        ("SWIFT transfer to Spain", (), ()),
    ],
)
def test_swift_bic(text: str, found: tuple[str, ...], invalid: tuple[tuple[str, str], ...]) -> None:
    details = run(text)
    assert details.values("swift_bic") == found
    assert tuple((v.value, v.problem) for v in details.invalid.get("swift_bic", ())) == invalid


@pytest.mark.parametrize(
    ("text", "kinds", "secret"),
    [
        ("my password is Hunter2!", ("password",), "Hunter2!"),
        ("my PIN is 4821", ("pin",), "4821"),
        ("the OTP I got was 604918", ("otp",), "604918"),
        ("CVV 123 exp 08/27", ("cvv",), "123"),
        ("card 4539 1488 0343 6467", ("card_number",), "4539 1488 0343 6467"),
        ("验证码是 730215", ("otp",), "730215"),
        ("登录密码是 abc12345", ("password",), "abc12345"),
        ("卡号6222021234567890128", ("card_number",), "6222021234567890128"),
        ("I forgot my password and the OTP never arrives", (), ""),
        ("my password is wrong", (), ""),
        ("验证码一直收不到", (), ""),
        ("订单号 202406140698398936", (), ""),  # Luhn-valid by chance, no card network
    ],
)
def test_sensitive(text: str, kinds: tuple[str, ...], secret: str) -> None:
    details = run(f"{text}. Transaction TXN-2024-777777, error 'Failed {secret}'")
    assert details.sensitive == kinds
    shown = [v.value + v.display for vs in details.found.values() for v in vs]
    if secret:
        assert not any(secret in s for s in shown)


def test_found_names_are_known_and_displays_masked() -> None:
    text = "IBAN DE89 3704 0044 0532 0130 00, mail jane@example.com, phone +44 7911 123456"
    details = run(text)
    assert set(details.found) <= {*DETAIL_NAMES, "os_version"}
    displays = {v.display for vs in details.found.values() for v in vs}
    assert displays == {"DE****************3000", "j***@example.com", "+44******3456"}


def test_full_width_text_is_read_like_ascii() -> None:
    details = run("订单号：ＴＸＮ－２０２４－０００１２３，金额：１００元")
    assert details.values("transaction_id") == ("TXN-2024-000123",)
    assert details.values("amount") == ("100.00 CNY",)


def test_quoted_history_is_ignored() -> None:
    text = "Thanks.\n\nOn Tue, OKPay <support@okpay.com> wrote:\n> Your ref TXN-2024-000999 of $5"
    details = run(text)
    assert details.found == {}
