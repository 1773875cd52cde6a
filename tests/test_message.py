"""parse_message: real-looking client mails, charsets, headers, limits and defect keys."""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.message import Message
from email.parser import BytesParser
from pathlib import Path

import pytest

from triage.html_text import html_to_text
from triage.message import (
    MAX_BODY_CHARS,
    MAX_HEADERS,
    SERIOUS_DEFECTS,
    ParsedMessage,
    is_malformed,
    is_serious_defect,
    parse_message,
    synthetic_message_id,
)

MIME_DIR = Path(__file__).parent / "data" / "mime"


def sample(name: str) -> ParsedMessage:
    return parse_message((MIME_DIR / name).read_bytes())


def mail(headers: str, body: bytes = b"hello\r\n") -> bytes:
    """A mail from header lines ("\\n"-separated) and raw body bytes."""
    head = headers.strip("\n").replace("\n", "\r\n").encode("utf-8")
    return head + b"\r\n\r\n" + body


def b_word(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


@dataclass(frozen=True)
class Sample:
    file: str
    from_addr: str
    from_name: str
    subject: str
    language: str
    new_text_has: str  # a phrase the new text must keep
    new_text_lacks: tuple[str, ...] = ()  # quoted history / signature that must be gone
    defects: tuple[str, ...] = ()  # exactly these defect keys
    attachments: tuple[str, ...] = ()


SAMPLES = [
    Sample(
        "gmail_reply_en.eml",
        "maria.garcia@gmail.com",
        "Maria Garcia",
        "Re: Your refund request REF-20240506-0042",
        "en",
        "Can you check what happened?",
        ("wrote:", "Dear customer", "Maria"),
    ),
    Sample(
        "outlook_reply_en.eml",
        "john.smith@outlook.com",
        "John Smith",
        "RE: Transfer not received",
        "en",
        "my sister\u2019s account didn\u2019t arrive. The app says \u201ccompleted\u201d.",
        ("Best regards", "Sent:", "Please send us", "_____"),
    ),
    Sample(
        "apple_iphone_en.eml",
        "kevin.lee@icloud.com",
        "Kevin Lee",
        "Re: Card top-up failed",
        "en",
        "failed again with error E1043",
        ("Sent from my iPhone", "Hello Kevin"),
    ),
    Sample(
        "apple_nested_en.eml",
        "tom.wu@me.com",
        "Tom Wu",
        "Re: Transfer recipient",
        "en",
        "His phone number is +86 139 1234 5678.",
        ("Regards", "Who is the recipient?"),
        attachments=("logo.png",),
    ),
    Sample(
        "qq_mail_zh.eml",
        "12345678@qq.com",
        "张三",
        "回复：转账未到账",
        "zh",
        "请帮忙查一下，谢谢！",
        ("原始邮件", "发件人", "请提供交易单号", "张三"),
    ),
    Sample(
        "foxmail_gbk_zh.eml",
        "wangzk@foxmail.com",
        "王喆堃",
        "回复: 关于您的充值问题",
        "zh",
        "用户名：王喆堃",
        ("此致", "敬礼", "发送时间", "请告知充值时间"),
    ),
    Sample(
        "netease163_html_zh.eml",
        "liwei2024@163.com",
        "liwei2024",
        "Re: 账户被冻结",
        "zh",
        "你好，我的账户被冻结了，无法付款，请尽快处理。",
        ("发自网易邮箱大师", "写道", "有什么可以帮您"),
    ),
    Sample(
        "gmail_zh.eml",
        "chenchen.sz@gmail.com",
        "陈晨",
        "Re: 绑定银行卡失败",
        "zh",
        "请问是什么原因？",
        ("写道", "遇到了什么问题", "陈晨"),
    ),
    Sample(
        "outlook_zh.eml",
        "sunli@outlook.com",
        "孙丽",
        "回复: 退款申请",
        "zh",
        "订单号 CN20240520888",
        ("发件人", "已受理"),
    ),
    Sample(
        "big5_tw_zh.eml",
        "meiling.lin@hinet.example.net",
        "林美玲",
        "跨境付款重複收費",
        "zh",
        "訂單編號：TW20240525001",
        ("林小姐",),
    ),
    Sample(
        "html_only_en.eml",
        "oliver.brown@example.co.uk",
        "Oliver Brown",
        "Unauthorised payments on my account",
        "en",
        "2024-05-26\t$120.00",
        ("Ignore me", "hidden", "padding", "a comment"),
    ),
    Sample(
        "raw_utf8_headers_zh.eml",
        "zhoujie@example.cn",
        "周杰",
        "手机号更换后无法登录",
        "zh",
        "无法登录账户",
        ("发自我的iPhone",),
        defects=("header_defect:8bit",),
    ),
    Sample(
        "attachments.eml",
        "lina@example.cn",
        "Li Na",
        "Receipt attached",
        "en",
        "Please see the attached receipt and screenshot.",
        attachments=("收据.pdf", "截图.png"),
    ),
    Sample(
        "unknown_charset.eml",
        "a.user@example.com",
        "",
        "Balance wrong",
        "en",
        "My balance shows €0 but I had €1,200 yesterday. Café payment refunded?",
        defects=("unknown_charset:x-foo-bar",),
    ),
    Sample(
        "wrong_charset_gbk_as_utf8.eml",
        "zhao@example.cn",
        "",
        "退款",
        "zh",
        "我申请的退款已经七天了还没有到账",
        defects=("charset_mismatch:utf-8",),
    ),
    Sample(
        "no_message_id.eml",
        "sam@example.org",
        "Sam",
        "How do I change my phone number?",
        "en",
        "I have a new SIM.",
        defects=("no_message_id", "bad_date"),
    ),
]


@pytest.mark.parametrize("case", SAMPLES, ids=lambda case: case.file)
def test_client_samples(case: Sample) -> None:
    msg = sample(case.file)
    assert msg.from_addr == case.from_addr
    assert msg.from_name == case.from_name
    assert msg.subject == case.subject
    assert msg.language == case.language
    assert case.new_text_has in msg.new_text
    for gone in case.new_text_lacks:
        assert gone not in msg.new_text
    assert msg.defects == case.defects
    assert not msg.malformed
    assert msg.attachment_names == case.attachments
    assert msg.to_addrs[0] == "support@okpay.example"


@pytest.mark.parametrize(
    ("file", "serious"),
    [
        ("no_from.eml", "no_from"),
        ("only_attachment.eml", "no_text_body"),
        ("truncated_multipart.eml", "truncated"),
        ("bad_boundary.eml", "bad_boundary"),
    ],
)
def test_broken_samples_are_malformed(file: str, serious: str) -> None:
    msg = sample(file)
    assert serious in msg.defects
    assert msg.malformed


def test_truncated_multipart_keeps_the_text_that_arrived() -> None:
    msg = sample("truncated_multipart.eml")
    assert "DE89 3704 0044 0532 0130 00 failed and" in msg.body_text


def test_unsplittable_multipart_is_split_on_the_delimiter_it_uses() -> None:
    msg = sample("bad_boundary.eml")
    assert msg.body_text == "Where is my money?"
    assert "repaired_boundary" in msg.defects


def test_headers_are_decoded_lowercased_and_ordered() -> None:
    msg = sample("outlook_reply_en.eml")
    assert msg.header("Thread-Topic") == "Transfer not received"
    assert msg.headers["references"] == ("<reply-1@okpay.example> <reply-2@okpay.example>",)
    assert msg.references == ("<reply-1@okpay.example>", "<reply-2@okpay.example>")
    assert msg.in_reply_to == "<reply-2@okpay.example>"
    assert msg.to_addrs == ("support@okpay.example", "anna.smith@example.org")
    assert msg.date == datetime(2024, 5, 15, 8, 29, 58, tzinfo=UTC)
    assert all(name == name.lower() for name in msg.headers)
    assert len(msg.headers["received"]) == 1


def test_gmail_plain_alternative_is_preferred_over_html() -> None:
    msg = sample("gmail_reply_en.eml")
    assert msg.body_text.startswith("Hi,\n\nI still haven't received the refund")
    assert "> Dear customer," in msg.body_text  # the plain part's own quoting


def test_unquoted_text_keeps_the_signature() -> None:
    msg = sample("outlook_reply_en.eml")
    assert "Best regards,\nJohn Smith" in msg.unquoted_text
    assert "Sent:" not in msg.unquoted_text


@pytest.mark.parametrize(
    ("charset", "text"),
    [
        ("gb2312", "我的转账失败了"),
        ("gbk", "王喆的充值没有到账"),  # 喆 is outside GB2312
        ("gb18030", "退款𠀀已经申请"),  # a four-byte GB18030 character
        ("big5", "我的帳戶被凍結了"),
        ("utf-8", "Überweisung fehlgeschlagen — 转账失败"),
        ("iso-8859-1", "Paiement refusé à la caisse"),
        ("iso-8859-2", "Przelew nie dotarł, proszę sprawdzić"),
        ("iso-8859-5", "Перевод не получен"),
        ("iso-8859-7", "Η μεταφορά απέτυχε"),
        ("windows-1250", "Převod se nezdařil"),
        ("windows-1251", "Платёж отклонён"),
        ("windows-1252", "Transfer \u201cpending\u201d \u2013 €20"),
        ("windows-1256", "فشل التحويل"),
    ],
)
@pytest.mark.parametrize("transfer", ["8bit", "base64", "quoted-printable"])
def test_declared_charsets(charset: str, text: str, transfer: str) -> None:
    data = text.encode(charset)
    if transfer == "base64":
        data = base64.encodebytes(data)
    elif transfer == "quoted-printable":
        data = quopri.encodestring(data)
    raw = mail(
        "From: a@example.com\nSubject: x\nMessage-ID: <c@x>\nDate: Mon, 3 Jun 2024 10:00:00 +0000"
        f"\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {transfer}",
        data,
    )
    msg = parse_message(raw)
    assert msg.body_text == text
    assert msg.defects == ()


def test_encoded_word_split_inside_a_character_is_joined() -> None:
    data = "转账失败".encode()
    first, second = base64.b64encode(data[:4]).decode(), base64.b64encode(data[4:]).decode()
    raw = mail(f"From: a@example.com\nSubject: =?UTF-8?B?{first}?=\n =?UTF-8?B?{second}?=")
    assert parse_message(raw).subject == "转账失败"


@pytest.mark.parametrize(
    ("header", "subject"),
    [
        ("=?utf-8?Q?Refund_=E2=82=AC20_please?=", "Refund €20 please"),
        # RFC 2047: whitespace between two encoded-words is not part of the text
        (f"Re: {b_word('退款', 'gb2312')} {b_word('问题', 'gbk')} now", "Re: 退款问题 now"),
        (f"{b_word('帳戶', 'big5')}", "帳戶"),
        ("=?iso-8859-1?q?caf=E9?= ok", "café ok"),
        ("=?UTF-8*zh?B?6YCA5qy+?=", "退款"),  # RFC 2231 language suffix
        ("plain   folded\n   subject", "plain folded subject"),
        ("=?x-unknown?B?6YCA5qy+?=", "退款"),  # unknown charset: fallback decode
    ],
)
def test_subject_decoding(header: str, subject: str) -> None:
    raw = mail(f"From: a@example.com\nSubject: {header}")
    assert parse_message(raw).subject == subject


def test_from_name_in_chinese_with_comma_inside_encoded_word() -> None:
    name = b_word("张三, 客户", "utf-8")
    msg = parse_message(mail(f"From: {name} <Zhang.San@QQ.com>, other@example.com"))
    assert (msg.from_name, msg.from_addr) == ("张三, 客户", "zhang.san@qq.com")


@pytest.mark.parametrize(
    ("from_header", "addr", "defect"),
    [
        ("Someone <USER@Example.COM>", "user@example.com", None),
        ('"Doe, Jane" <jane@example.com>', "jane@example.com", None),
        ("jane@example.com (Jane Doe)", "jane@example.com", None),
        ("undisclosed-recipients:;", "", "bad_from"),
        ("no address here", "", "bad_from"),
        (b_word("Li <li@example.cn>", "utf-8"), "li@example.cn", None),
    ],
)
def test_from_parsing(from_header: str, addr: str, defect: str | None) -> None:
    msg = parse_message(mail(f"From: {from_header}"))
    assert msg.from_addr == addr
    assert (defect in msg.defects) if defect else ("bad_from" not in msg.defects)
    assert msg.malformed == (defect is not None)


def test_missing_message_id_is_synthesised_deterministically() -> None:
    raw = mail("From: a@example.com\nSubject: hi")
    first, second = parse_message(raw), parse_message(raw)
    assert first.message_id == second.message_id == synthetic_message_id(raw)
    assert first.message_id.startswith("<sha256-") and first.message_id.endswith("@triage.invalid>")
    assert parse_message(raw + b"x").message_id != first.message_id
    assert "no_message_id" in first.defects and not first.malformed


@pytest.mark.parametrize(
    ("value", "expected", "defect"),
    [
        ("Mon, 3 Jun 2024 10:00:00 +0800", datetime(2024, 6, 3, 2, 0, tzinfo=UTC), None),
        ("3 Jun 2024 10:00:00 -0500", datetime(2024, 6, 3, 15, 0, tzinfo=UTC), None),
        ("Mon, 3 Jun 2024 10:00:00 GMT", datetime(2024, 6, 3, 10, 0, tzinfo=UTC), None),
        ("Mon, 3 Jun 2024 10:00:00 -0000", datetime(2024, 6, 3, 10, 0, tzinfo=UTC), "date_no_timezone"),
        ("2024年6月3日", None, "bad_date"),
        ("Mon, 99 Foo 2024 99:99:99 +0000", None, "bad_date"),
    ],
)  # fmt: skip
def test_date_parsing(value: str, expected: datetime | None, defect: str | None) -> None:
    msg = parse_message(mail(f"From: a@example.com\nDate: {value}"))
    assert msg.date == expected
    if msg.date is not None:
        assert msg.date.tzinfo is not None
    if defect:
        assert defect in msg.defects
    assert not msg.malformed


def test_date_keeps_the_senders_offset() -> None:
    msg = parse_message(mail("From: a@example.com\nDate: Mon, 3 Jun 2024 10:00:00 +0800"))
    assert msg.date is not None and msg.date.utcoffset() == timedelta(hours=8)
    assert msg.date.tzinfo == timezone(timedelta(hours=8))


def test_to_and_cc_are_merged_deduplicated_and_lowercased() -> None:
    raw = mail("From: a@example.com\nTo: B@Example.com, c@example.com\nCc: b@example.com, D@x.org")
    assert parse_message(raw).to_addrs == ("b@example.com", "c@example.com", "d@x.org")


def test_references_keep_order_and_drop_duplicates() -> None:
    raw = mail(
        "From: a@example.com\nReferences: <1@x> <2@x>\n <1@x> junk <3@x>\nIn-Reply-To: x <3@x>"
    )
    msg = parse_message(raw)
    assert msg.references == ("<1@x>", "<2@x>", "<3@x>")
    assert msg.in_reply_to == "<3@x>"


def test_alternative_falls_back_to_html_when_plain_is_empty() -> None:
    raw = mail(
        'From: a@example.com\nContent-Type: multipart/alternative; boundary="B"',
        b"--B\r\nContent-Type: text/plain\r\n\r\n \r\n--B\r\nContent-Type: text/html\r\n\r\n"
        b"<p>From <b>HTML</b> &amp; more</p>\r\n--B--\r\n",
    )
    msg = parse_message(raw)
    assert msg.body_text == "From HTML & more"
    assert msg.defects == ("no_message_id", "no_date")


def test_html_meta_charset_is_used_when_mime_declares_none() -> None:
    html = '<meta charset="gbk"><p>余额不对</p>'.encode("gbk")
    msg = parse_message(mail("From: a@example.com\nContent-Type: text/html", html))
    assert msg.body_text == "余额不对"


def test_body_text_is_capped() -> None:
    body = b"refund " * (MAX_BODY_CHARS // 3)
    msg = parse_message(mail("From: a@example.com", body))
    assert len(msg.body_text) == MAX_BODY_CHARS
    assert "body_too_long" in msg.defects and not msg.malformed


def test_header_count_is_capped() -> None:
    many = "\n".join(f"X-Spam-{i}: {i}" for i in range(MAX_HEADERS + 50))
    msg = parse_message(mail(f"From: a@example.com\n{many}"))
    assert sum(len(values) for values in msg.headers.values()) == MAX_HEADERS
    assert "too_many_headers" in msg.defects


def test_huge_header_value_is_truncated() -> None:
    msg = parse_message(mail("From: a@example.com\nSubject: " + "x" * 100_000))
    assert len(msg.subject) < 20_000
    assert "header_defect:too_long" in msg.defects


def test_undecodable_body_is_serious() -> None:
    garbage = bytes(range(256)) * 4
    msg = parse_message(mail("From: a@example.com\nContent-Type: text/plain", garbage))
    assert "undecodable_body" in msg.defects
    assert msg.malformed


def test_nul_bytes_and_controls_are_removed_from_text() -> None:
    msg = parse_message(mail("From: a@example.com", b"my\x00 refund\x07 please\r\n"))
    assert msg.body_text == "my refund please"


def test_empty_text_body_is_cosmetic_but_no_text_part_is_serious() -> None:
    empty = parse_message(mail("From: a@example.com\nSubject: refund?", b""))
    assert "empty_body" in empty.defects and not empty.malformed
    assert empty.classify_text == "refund?"


@pytest.mark.parametrize(
    "raw",
    [b"", b"\x00" * 100, b"\xff\xfe garbage", b"From a@b\n", b"Content-Type: multipart/mixed\n\n"],
)
def test_nonsense_is_parsed_and_malformed(raw: bytes) -> None:
    msg = parse_message(raw)
    assert msg.malformed
    assert msg.message_id == synthetic_message_id(raw)


def test_deeply_nested_multipart_stops_at_the_depth_limit() -> None:
    inner = b"Content-Type: text/plain\r\n\r\nhello\r\n"
    for level in range(80):
        boundary = f"b{level}".encode()
        inner = (
            b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n--' + boundary
            + b"\r\n" + inner + b"\r\n--" + boundary + b"--\r\n"
        )  # fmt: skip
    msg = parse_message(b"From: a@example.com\r\n" + inner)
    assert "too_deep" in msg.defects and msg.malformed


def test_thousands_of_levels_keep_the_headers() -> None:
    depth = 1_500
    body = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    msg = parse_message(b"From: a@example.com\r\nSubject: deep\r\n" + body)
    assert msg.subject == "deep" and msg.from_addr == "a@example.com"
    assert msg.malformed


@pytest.mark.parametrize(
    ("defects", "malformed"),
    [
        ((), False),
        (("no_date", "no_message_id", "header_defect:8bit", "unknown_charset:x-foo"), False),
        (("charset_mismatch:utf-8", "body_too_long", "empty_body", "bad_base64"), False),
        (("no_from",), True),
        (("undecodable_body",), True),
        (("bad_boundary", "repaired_boundary"), True),
        (("parser_error:RecursionError",), True),
    ],
)
def test_malformed_depends_on_serious_defects_only(
    defects: tuple[str, ...], malformed: bool
) -> None:
    msg = parse_message(mail("From: a@example.com"))
    probe = ParsedMessage(**{**msg.__dict__, "defects": defects})
    assert probe.malformed is malformed is is_malformed(probe)


def test_serious_defects_lists_only_the_serious_ones() -> None:
    msg = sample("bad_boundary.eml")
    assert msg.serious_defects == ("bad_boundary", "bad_mime_structure")
    assert "repaired_boundary" in msg.defects


def test_serious_defect_keys_match_by_prefix() -> None:
    assert is_serious_defect("parser_error:ValueError")
    assert not is_serious_defect("header_defect:no_from")
    assert "no_from" in SERIOUS_DEFECTS


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<div>x</div><div>y</div>", "x\ny"),
        ("<script>alert(1)</script><style>p{}</style>seen", "seen"),
        ("&lt;tag&gt; &amp; &#20320;&#x597D; &nbsp;x", "<tag> & 你好 x"),
        ("<ul><li>one</li><li>two</li></ul><ol><li>a</li><li>b</li></ol>", "- one\n- two\n1. a\n2. b"),
        ("<blockquote>old<br>text</blockquote>new", "> old\n> text\nnew"),
        ("<pre>keep\n  this</pre>", "keep\n  this"),
        ("   lots \n\n of    space  ", "lots of space"),
        ("<img alt='logo'>Hi", "[logo]Hi"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a\tb"),
        ("<html><head><title>t<meta charset=utf-8><body>visible", "visible"),
        ("<![if !supportLists]>x<![endif]>y", "xy"),
        ("<unclosed <p>text", "<unclosed\n\ntext"),  # a "<" that starts no tag is text
        ("a < b <!-- never closed", "a < b"),
    ],
)  # fmt: skip
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_body_cut_inside_a_character_keeps_the_declared_charset() -> None:
    body = "退款没有到账".encode("gb2312")[:-1]
    raw = mail("From: a@example.com\nContent-Type: text/plain; charset=gb2312", body)
    msg = parse_message(raw)
    assert msg.body_text == "退款没有到"
    assert "cut_character" in msg.defects and not msg.malformed


def test_base64_cut_mid_quantum_is_decoded_as_far_as_it_goes() -> None:
    encoded = base64.b64encode("你好，我的余额不对".encode("gbk")).decode()[:-3]
    raw = mail(
        "From: a@example.com\nContent-Type: text/plain\nContent-Transfer-Encoding: base64",
        encoded.encode(),
    )
    msg = parse_message(raw)
    assert msg.body_text.startswith("你好，我的余额")
    assert "bad_base64" in msg.defects and not msg.malformed


def test_separately_padded_base64_blocks_are_all_decoded() -> None:
    blocks = base64.b64encode(b"refund ") + b"\r\n" + base64.b64encode(b"please")
    raw = mail("From: a@example.com\nContent-Transfer-Encoding: base64", blocks)
    assert parse_message(raw).body_text == "refund please"


def test_raw_gbk_header_bytes_are_recovered() -> None:
    raw = b"From: a@example.com\r\nSubject: " + "转账失败".encode("gbk") + b"\r\n\r\nx"
    msg = parse_message(raw)
    assert msg.subject == "转账失败"
    assert msg.defects[0] == "header_defect:8bit"


def test_nested_comments_in_from_do_not_lose_the_rest_of_the_mail() -> None:
    raw = b"From: " + b"(" * 5_000 + b"\r\nSubject: hi\r\n\r\nmy body"
    msg = parse_message(raw)
    assert (msg.subject, msg.body_text) == ("hi", "my body")
    assert "bad_from" in msg.defects and msg.malformed


def test_mislabelled_latin1_that_is_utf8_is_read_as_utf8() -> None:
    raw = mail(
        "From: a@example.com\nContent-Type: text/plain; charset=iso-8859-1", "€20 café".encode()
    )
    msg = parse_message(raw)
    assert msg.body_text == "€20 café"
    assert "charset_mismatch:iso-8859-1" in msg.defects


def test_a_recursion_error_in_the_stdlib_parser_keeps_the_headers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = BytesParser.parsebytes

    def explode(self: BytesParser, data: bytes, headersonly: bool = False) -> Message:
        if not headersonly:
            raise RecursionError
        return original(self, data, headersonly=True)

    monkeypatch.setattr(BytesParser, "parsebytes", explode)
    msg = parse_message(mail("From: a@example.com\nSubject: deep"))
    assert (msg.subject, msg.from_addr) == ("deep", "a@example.com")
    assert "too_deep" in msg.defects and msg.malformed


def test_any_unexpected_error_still_returns_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(text: str) -> str:
        raise ValueError("bug")

    monkeypatch.setattr("triage.message.split_new_text", explode)
    msg = parse_message(mail("From: a@example.com\nSubject: still here"))
    assert msg.subject == "still here"
    assert msg.defects[0] == "parser_error:ValueError" and msg.malformed


@pytest.mark.parametrize(
    ("header", "subject", "defect"),
    [
        ("=?utf-8?B?!!?= tail", "=?utf-8?B?!!?= tail", "header_defect:bad_encoded_word"),
        ("=?utf-8?B?5byg?=abc", "张abc", None),
        ("=?utf-8?B?5byg?= x =?utf-8?B?5LiJ?=", "张 x 三", None),
        ("=?utf-8?B?5byg?==?gbk?B?zcu/7g==?=", "张退款", None),
        ("=?utf-8?B?5byg", "=?utf-8?B?5byg", None),  # never closed: left as it is
    ],
)
def test_odd_encoded_words(header: str, subject: str, defect: str | None) -> None:
    msg = parse_message(mail(f"From: a@example.com\nSubject: {header}"))
    assert msg.subject == subject
    if defect:
        assert defect in msg.defects


def test_a_non_header_line_inside_the_headers_is_serious() -> None:
    raw = (
        b"From: a@example.com\r\nX-A: 1\r\nnot a header\r\nContent-Type: text/html\r\n\r\n<p>x</p>"
    )
    msg = parse_message(raw)
    assert msg.body_text.startswith("not a header\nContent-Type: text/html")
    assert "bad_header_block" in msg.serious_defects


def test_8bit_body_with_a_codec_that_always_fails_is_still_read() -> None:
    raw = mail("From: a@example.com\nContent-Type: text/plain; charset=undefined", "你好".encode())
    msg = parse_message(raw)
    assert msg.body_text == "你好"
    assert "unknown_charset:undefined" in msg.defects
    assert not [d for d in msg.defects if d.startswith("parser_error")]
