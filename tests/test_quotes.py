"""split_new_text: quoted history and signatures go, the sender's own words stay."""

from __future__ import annotations

import pytest

from triage.quotes import split_new_text, strip_quoted_history, strip_signature

CASES = [
    pytest.param("My refund is late.", "My refund is late.", id="nothing-to-strip"),
    pytest.param(
        "My refund is late.\n\n> Dear customer,\n> we are checking.",
        "My refund is late.",
        id="quoted-lines",
    ),
    pytest.param(
        "Still broken.\n\nOn Mon, May 6, 2024 at 9:14 AM OKPay Support <support@okpay.example> "
        "wrote:\n> Please update the app.",
        "Still broken.",
        id="gmail-attribution-one-line",
    ),
    pytest.param(
        "Still broken.\n\nOn Mon, May 6, 2024 at 9:14 AM OKPay Support <\nsupport@okpay.example>"
        " wrote:\n\n> Please update the app.",
        "Still broken.",
        id="gmail-attribution-wrapped",
    ),
    pytest.param(
        "Still broken.\n\nOn Mon, May 6, 2024 at 9:14 AM OKPay Support\n<support@okpay.example>\n"
        "wrote:\n\nPlease update the app.",
        "Still broken.",
        id="attribution-three-lines-no-quote-marks",
    ),
    pytest.param(
        "Yes it was me.\n\nOn 30 May 2024, at 09:00, OKPay <s@okpay.example> wrote:\n\nWho sent it?",
        "Yes it was me.",
        id="apple-attribution",
    ),
    pytest.param(
        "I answered below.\n\nOn Tue, Support wrote:\n> What is your ID?\n\nIt is 12345.\n"
        "> And the amount?\n$20",
        "I answered below.\n\nIt is 12345.\n$20",
        id="inline-answers-survive",
    ),
    pytest.param(
        "Please check.\n\n-----Original Message-----\nFrom: OKPay\nSent: Monday\nSubject: x\n\nold",
        "Please check.",
        id="outlook-original-message",
    ),
    pytest.param(
        "Please check.\n\n________________________________\nFrom: OKPay Support "
        "<support@okpay.example>\nSent: Tuesday, May 14, 2024 3:12 PM\nTo: John\nSubject: RE: x"
        "\n\nold text",
        "Please check.",
        id="outlook-header-block",
    ),
    pytest.param(
        "Please check.\n\n--------------------\nFrom: OKPay Support\nSent: Tuesday\nTo: John\n"
        "Subject: RE: x\nold text",
        "Please check.",
        id="html-rule-above-header-block",
    ),
    pytest.param(
        "See below.\n\nFrom: OKPay <s@okpay.example>\nDate: Tuesday, 14 May 2024\nTo: me\n"
        "Subject: Re: refund\n\nold",
        "See below.",
        id="header-block-with-date-and-subject",
    ),
    pytest.param(
        "I paid my friend.\nFrom: my main account\nTo: Li Wei\nAmount: 200 USD\nWhy is it pending?",
        "I paid my friend.\nFrom: my main account\nTo: Li Wei\nAmount: 200 USD\nWhy is it pending?",
        id="customer-from-to-lines-are-not-a-header-block",
    ),
    pytest.param(
        '请帮忙查一下。\n\n------------------ 原始邮件 ------------------\n发件人: "OKPay"<s@o.com>;'
        "\n发送时间: 2024年5月20日\n收件人: 张三\n主题: 回复\n\n旧内容",
        "请帮忙查一下。",
        id="qq-original-rule",
    ),
    pytest.param(
        "请帮忙查一下。\n\n------------------\xa0Original\xa0------------------\nFrom: x\n\nold",
        "请帮忙查一下。",
        id="qq-english-original-rule-nbsp",
    ),
    pytest.param(
        "请回复。\n\n-----邮件原件-----\n发件人: OKPay\n\n旧内容",
        "请回复。",
        id="outlook-chinese-original-rule",
    ),
    pytest.param(
        "充值没有到账。\n\n发件人：OKPay客服\n发送时间：2024-05-22 14:05\n收件人：王五\n主题：充值\n\n旧",
        "充值没有到账。",
        id="foxmail-header-block-fullwidth-colons",
    ),
    pytest.param(
        "充值没有到账。\n\n寄件者: OKPay\n寄件日期: 2024年5月22日\n收件者: 王五\n主旨: 充值\n\n舊",
        "充值没有到账。",
        id="outlook-traditional-header-block",
    ),
    pytest.param(
        '账户被冻结了。\n\n在 2024-05-23 09:01:44，"OKPay客服" <s@okpay.example> 写道：\n> 您好',
        "账户被冻结了。",
        id="netease-attribution",
    ),
    pytest.param(
        "账户被冻结了。\n\n在 2024年5月1日 星期三 10:00，OKPay客服 写道：\n您好，请问有什么问题？",
        "账户被冻结了。",
        id="chinese-attribution-without-quote-marks",
    ),
    pytest.param(
        "绑卡失败。\n\n陈晨 <c@gmail.com> 于2024年5月24日周五 10:00写道：\n\n> 你好",
        "绑卡失败。",
        id="gmail-chinese-attribution",
    ),
    pytest.param(
        "Card blocked.\n\nSent from my iPhone",
        "Card blocked.",
        id="sent-from-iphone",
    ),
    pytest.param(
        "Card blocked.\n\nGet Outlook for Android",
        "Card blocked.",
        id="outlook-mobile",
    ),
    pytest.param("卡被锁了。\n\n发自我的iPhone", "卡被锁了。", id="fazi-iphone"),
    pytest.param("卡被锁了。\n\n发自网易邮箱大师", "卡被锁了。", id="netease-master"),
    pytest.param("卡被锁了。\n\n来自我的华为手机", "卡被锁了。", id="huawei"),
    pytest.param(
        "Please check.\n\nBest regards,\nJohn Smith\nAccounts Manager\n+1 202 555 0100",
        "Please check.",
        id="best-regards-name-title-phone",
    ),
    pytest.param("Please check.\n\nThanks,\nMaria", "Please check.", id="thanks-name"),
    pytest.param(
        "请帮忙查一下。\n\n谢谢！\n张三",
        "请帮忙查一下。",
        id="xiexie-name",
    ),
    pytest.param(
        "请帮忙查一下。\n\n此致\n敬礼！\n王五",
        "请帮忙查一下。",
        id="cizhi-jingli",
    ),
    pytest.param(
        "我的退款什么时候到账？谢谢！\n张三",
        "我的退款什么时候到账？谢谢！",
        id="name-under-question-with-thanks",
    ),
    pytest.param(
        "Where is my refund? Thanks!\nPlease hurry",
        "Where is my refund? Thanks!\nPlease hurry",
        id="lowercase-line-is-not-a-name",
    ),
    pytest.param(
        "My refund is late.\n\nThanks,\nCan you tell me when it arrives?",
        "My refund is late.\n\nThanks,\nCan you tell me when it arrives?",
        id="question-after-signoff-is-kept",
    ),
    pytest.param(
        "My card was stolen.\n\nThanks\nAlso my account number is 12345\nand my phone is 555",
        "My card was stolen.\n\nThanks\nAlso my account number is 12345\nand my phone is 555",
        id="sentences-after-signoff-are-kept",
    ),
    pytest.param(
        "卡被盗了。\n\n谢谢\n另外我的账号是12345",
        "卡被盗了。\n\n谢谢\n另外我的账号是12345",
        id="chinese-sentence-after-signoff-is-kept",
    ),
    pytest.param(
        "Refund?\n\nKind regards,\nAnna Berg\nHead of Finance, Berg & Sons\n12 High Street",
        "Refund?",
        id="signature-with-title-and-address",
    ),
    pytest.param(
        "Thank you for your help, the refund arrived.",
        "Thank you for your help, the refund arrived.",
        id="thanks-sentence-is-content",
    ),
    pytest.param("Thanks,\nJohn", "Thanks,\nJohn", id="nothing-left-keeps-original"),
    pytest.param(
        "Body text.\n-- \nJohn Doe\nACME Ltd\nhttps://acme.example",
        "Body text.",
        id="dashdash-signature",
    ),
    pytest.param(
        "Body.\n--\n" + "\n".join(f"line {i}" for i in range(20)),
        "Body.\n--\n" + "\n".join(f"line {i}" for i in range(20)),
        id="long-block-after-dashes-is-content",
    ),
    pytest.param(
        "Forwarding the notice.\n\n---------- Forwarded message ---------\nFrom: Bank\n"
        "Subject: Payment failed\n\nYour payment failed.",
        "Forwarding the notice.\n\n---------- Forwarded message ---------\nFrom: Bank\n"
        "Subject: Payment failed\n\nYour payment failed.",
        id="forwarded-message-is-kept",
    ),
    pytest.param(
        "> On Mon wrote:\n> only quotes",
        "> On Mon wrote:\n> only quotes",
        id="only-quotes-keeps-original",
    ),
    pytest.param("Line one\r\nLine two\r\n> old", "Line one\nLine two", id="crlf"),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize(("body", "new_text"), CASES)
def test_split_new_text(body: str, new_text: str) -> None:
    assert split_new_text(body) == new_text


def test_history_and_signature_are_separate_steps() -> None:
    body = "Refund please.\n\nBest regards,\nAnna\n+44 7700 900123\n\n> old quote"
    unquoted = strip_quoted_history(body)
    assert unquoted == "Refund please.\n\nBest regards,\nAnna\n+44 7700 900123"
    assert strip_signature(unquoted) == "Refund please."
