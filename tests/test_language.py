"""detect_language: "zh" when Han characters are a meaningful share, else "en"."""

from __future__ import annotations

import pytest

from triage.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("My transfer failed, please help.", "en"),
        ("我的转账失败了，请帮忙处理。", "zh"),
        ("我的轉賬失敗了", "zh"),  # traditional characters count too
        ("退款", "zh"),
        ("好", "zh"),  # one character and nothing else
        ("你好，我的OKPay账户被冻结了，transaction ID是TX123", "zh"),
        ("请帮忙 please help me with my refund", "zh"),
        ("Hi, I sent money to my friend 张三 yesterday but it has not arrived yet.", "en"),
        ("My refund has not been received after ten days 谢谢", "en"),
        ("Please see https://www.okpay.example/help/refunds 退款查询 在哪里", "zh"),
        ("联系我 zhang.san.long.address@example.com 谢谢", "zh"),
        ("账户余额问题 xOO6w6OsztK1xE9LUGF51cu7p9Pgtu6yu7bUo6zJ2cHLyP2w2b", "zh"),
        ("A single 字 in an English sentence", "en"),
        ("日本語のテキスト", "zh"),  # kanji count as Han; only en/zh are supported
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "12345 678", "!!! ???", "😀😀"])
def test_no_letters_gives_the_fallback(text: str) -> None:
    assert detect_language(text, fallback="zh") == "zh"
    assert detect_language(text) == "en"


def test_only_the_start_of_a_huge_text_is_read() -> None:
    text = "退款" * 20_000 + " refund" * 100_000
    assert detect_language(text) == "zh"
