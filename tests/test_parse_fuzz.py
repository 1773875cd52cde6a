"""Fuzzing parse_message with malformed mails: it never raises and flags serious breakage.

The generators build bytes directly: MIME trees with wrong, missing or unclosed boundaries,
unknown charsets and transfer encodings, deep nesting, huge headers, 8-bit garbage and NUL bytes,
and random mutations of the sample mails in tests/data/mime. Runs are derandomized, so a failure
reproduces on every machine.
"""

from __future__ import annotations

import base64
import functools
import re
from dataclasses import dataclass, fields
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage.message import MAX_BODY_CHARS, MAX_MIME_DEPTH, ParsedMessage, parse_message

MIME_DIR = Path(__file__).parent / "data" / "mime"
DEFECT_KEY = re.compile(r"^[a-z0-9_]+(?::[A-Za-z0-9._+-]+)?$")
MESSAGE_ID = re.compile(r"^<[^<>\s]+>$")

FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@dataclass(frozen=True)
class Case:
    """A generated mail and, when the generator knows it, a serious defect it must show."""

    raw: bytes
    must_be_malformed: bool = False


@functools.cache
def sample_mails() -> tuple[bytes, ...]:
    return tuple(path.read_bytes() for path in sorted(MIME_DIR.glob("*.eml")))


CHARSETS = [
    "utf-8", "UTF-8", "gb2312", "gbk", "GB18030", "big5", "iso-8859-1", "iso-8859-15",
    "windows-1252", "windows-1251", "koi8-r", "shift_jis", "euc-kr", "utf-16", "utf-7",
    "us-ascii", "x-foo", "unknown-8bit", "", "\"utf-8", "idna", "unicode_escape", "base64",
    "rot13", "undefined", "utf-8\x00", "\u00e9t\u00e9", "x" * 300,
]  # fmt: skip
TRANSFER_ENCODINGS = [
    "7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "BASE64", "garbage", "",
]  # fmt: skip
TEXTS = [
    "My transfer failed, please help.",
    "我的转账失败了，请帮忙查一下。谢谢！",
    "我的帳戶被凍結了",
    "Überweisung \u201cpending\u201d \u2013 \u20ac20",
    "On Mon, X wrote:\n> quoted\n\nSent from my iPhone",
    "<p>Hello <b>world</b> &amp; <script>x</script></p>",
    "",
]


def _encode(text: str, charset: str) -> bytes:
    try:
        return text.encode(charset.strip('"'))
    except (LookupError, UnicodeError, ValueError, TypeError):
        return text.encode("utf-8")


@st.composite
def garbage(draw: st.DrawFn, max_size: int = 600) -> bytes:
    """Short random bytes, biased towards mail-ish troublemakers."""
    pieces = st.one_of(
        st.binary(max_size=max_size // 4),
        st.sampled_from(
            [b"\x00", b"\r", b"\n", b"\r\n", b"=?", b"?=", b"--", b"\xff\xfe", b"\xe4\xb8",
             b"=\r\n", b"=XY", b"<", b">", b"\t", b":", b"\x1b$B", b"+ADw-", b"&#", b"\x80"]
        ),
    )  # fmt: skip
    return b"".join(draw(st.lists(pieces, max_size=12)))


@dataclass(frozen=True)
class Headers:
    raw: bytes
    has_from: bool
    # False when junk may hold a line break: a blank line there ends the header block early
    # and turns the MIME structure into plain body text, so nothing is known about the result.
    predictable: bool


@st.composite
def header_block(draw: st.DrawFn) -> Headers:
    """Top-level header lines, without the blank line that ends them."""
    lines: list[bytes] = []
    predictable = True
    has_from = draw(st.booleans())
    if has_from:
        addr = draw(st.sampled_from([b"a@example.com", b"\xe5\xbc\xa0 <z@qq.com>", b"", b"<>"]))
        name = draw(
            st.sampled_from([b"", b"=?utf-8?B?5byg5LiJ?= ", b"=?x-foo?Q?=E5=BC?= ", b"\xd5\xc5 "])
        )
        lines.append(b"From: " + name + addr)
    optional = {
        b"Subject": [b"=?gb2312?B?zcu/7g==?=", b"=?utf-8?B?!!!?=", b"\xcd\xcb\xbf\xee", b""],
        b"Date": [b"Mon, 3 Jun 2024 10:00:00 +0800", b"yesterday", b"Mon, 99 Foo 99999 +9999"],
        b"Message-ID": [b"<a@b>", b"no-brackets@x", b"<<>>", b""],
        b"To": [b"support@okpay.example, =?utf-8?B?5byg?= <x@y>", b";;;,,,", b"\x00"],
        b"References": [b"<1@x> <2@x>", b"<" * 50],
    }
    for name, values in optional.items():
        if draw(st.booleans()):
            lines.append(name + b": " + draw(st.sampled_from(values)))
    if draw(st.integers(0, 9)) == 0:
        junk = draw(garbage())
        lines.append(b"X-Junk: " + junk)
        predictable = b"\r" not in junk and b"\n" not in junk
    if draw(st.integers(0, 14)) == 0:
        lines.append(b"X-Huge: " + b"A" * draw(st.integers(10_000, 300_000)))
    if draw(st.integers(0, 14)) == 0:
        lines.extend(b"X-Many-%d: v" % i for i in range(draw(st.integers(400, 3_000))))
    if draw(st.integers(0, 19)) == 0:
        lines.insert(0, b" continuation first")
    order = draw(st.permutations(range(len(lines))))
    return Headers(b"\r\n".join(lines[i] for i in order), has_from, predictable)


@st.composite
def leaf_part(draw: st.DrawFn) -> tuple[bytes, bool]:
    """A non-multipart part; the flag says whether it is a body text part."""
    ctype = draw(
        st.sampled_from(["text/plain", "text/html", "image/png", "application/pdf", "text/csv"])
    )
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(TRANSFER_ENCODINGS))
    attachment = draw(st.integers(0, 4)) == 0
    body = _encode(draw(st.sampled_from(TEXTS)), charset)
    if cte.lower() == "base64":
        body = base64.encodebytes(body)
        if draw(st.booleans()):
            body = body[: draw(st.integers(0, len(body)))]  # cut inside the base64
    if draw(st.integers(0, 3)) == 0:
        body += draw(garbage())
    header = b'Content-Type: %s; charset="%s"\r\n' % (
        ctype.encode(),
        charset.encode("utf-8", "replace"),
    )
    if cte:
        header += b"Content-Transfer-Encoding: " + cte.encode() + b"\r\n"
    if attachment:
        header += b'Content-Disposition: attachment; filename="=?utf-8?B?5pS25o2uLnBkZg==?="\r\n'
    is_text = ctype in ("text/plain", "text/html") and not attachment
    return header + b"\r\n" + body, is_text


@dataclass(frozen=True)
class Tree:
    raw: bytes  # headers (without the top-level ones) + body of this entity
    has_text: bool  # some text/plain or text/html part is reachable
    broken: bool  # a boundary is missing, wrong or unclosed at the top


@st.composite
def mime_tree(draw: st.DrawFn, depth: int = 0) -> Tree:
    if depth >= 3 or draw(st.integers(0, 2)) == 0:
        raw, is_text = draw(leaf_part())
        return Tree(raw, is_text, broken=False)
    if draw(st.integers(0, 5)) == 0:
        # An attached mail: read as an attachment, whatever it contains.
        inner = draw(mime_tree(depth + 1))
        raw = b"Content-Type: message/rfc822\r\n\r\nFrom: inner@example.com\r\n" + inner.raw
        return Tree(raw, has_text=False, broken=False)
    children = [draw(mime_tree(depth + 1)) for _ in range(draw(st.integers(0, 3)))]
    subtype = draw(st.sampled_from([b"mixed", b"alternative", b"related", b"x-weird"]))
    # Unique per depth: a nested multipart reusing its parent's boundary is broken in a way no
    # parser can see (its delimiters simply belong to the parent), so the claims below would lie.
    stem = draw(st.sampled_from([b"b", b"=_NextPart_000", b"a b c", b"x" * 80]))
    boundary = stem + b"-%d" % depth
    fault = draw(st.sampled_from(["none"] * 5 + ["no_param", "wrong_delimiter", "unclosed"]))
    param = b"" if fault == "no_param" else b'; boundary="' + boundary + b'"'
    delimiter = b"--" + (b"other-" + boundary if fault == "wrong_delimiter" else boundary)
    body = b"preamble\r\n"
    for child in children:
        body += delimiter + b"\r\n" + child.raw + b"\r\n"
    if fault != "unclosed":
        body += delimiter + b"--\r\nepilogue\r\n"
    raw = b"Content-Type: multipart/" + subtype + param + b"\r\n\r\n" + body
    has_text = any(child.has_text for child in children)
    # Without children the parser cannot see a bad delimiter, so that is not "broken".
    broken = fault != "none" and bool(children)
    return Tree(raw, has_text, broken)


@st.composite
def structured_mail(draw: st.DrawFn) -> Case:
    headers = draw(header_block())
    tree = draw(mime_tree())
    raw = headers.raw + b"\r\n" + tree.raw
    # Only claim what the structure guarantees; a mail may be malformed for other reasons too.
    must = headers.predictable and (not headers.has_from or tree.broken or not tree.has_text)
    return Case(raw, must_be_malformed=must)


@st.composite
def deep_mail(draw: st.DrawFn) -> Case:
    levels = draw(st.integers(1, 250))
    closed = draw(st.booleans())
    inner = b"Content-Type: text/plain\r\n\r\nhello\r\n"
    for level in range(levels):
        boundary = b"d%d" % level
        inner = (
            b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n--' + boundary
            + b"\r\n" + inner + b"\r\n" + (b"--" + boundary + b"--\r\n" if closed else b"")
        )  # fmt: skip
    raw = b"From: deep@example.com\r\n" + inner
    return Case(raw, must_be_malformed=levels > MAX_MIME_DEPTH or not closed)


@st.composite
def mutated_sample(draw: st.DrawFn) -> Case:
    raw = bytearray(draw(st.sampled_from(sample_mails())))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["cut", "flip", "nul", "delete", "duplicate", "charset", "8bit"]))
        at = draw(st.integers(0, max(0, len(raw) - 1)))
        if op == "cut":
            del raw[at:]
        elif op == "flip" and raw:
            raw[at] ^= draw(st.integers(1, 255))
        elif op == "nul":
            raw[at:at] = b"\x00" * draw(st.integers(1, 50))
        elif op == "delete":
            del raw[at : at + draw(st.integers(1, 200))]
        elif op == "duplicate":
            raw[at:at] = raw[at : at + draw(st.integers(1, 500))]
        elif op == "charset":
            raw = bytearray(
                re.sub(rb"charset=\"?[\w-]+", b"charset=x-" + bytes([65 + at % 26]), raw)
            )
        elif op == "8bit":
            raw[at:at] = draw(garbage())
    return Case(bytes(raw))


@st.composite
def pure_garbage(draw: st.DrawFn) -> Case:
    return Case(draw(garbage(max_size=4000)), must_be_malformed=True)


MAILS = st.one_of(structured_mail(), deep_mail(), mutated_sample(), pure_garbage())


def _is_clean_str(value: object) -> bool:
    if not isinstance(value, str):
        return False
    value.encode("utf-8")  # raises on lone surrogates, which no store could keep
    return True


def check_parse(case: Case) -> None:
    msg = parse_message(case.raw)
    assert isinstance(msg, ParsedMessage)
    for name in ("message_id", "subject", "from_addr", "from_name", "body_text", "new_text"):
        assert _is_clean_str(getattr(msg, name)), name
    assert _is_clean_str(msg.unquoted_text)
    for name in ("to_addrs", "references", "defects", "attachment_names"):
        values = getattr(msg, name)
        assert isinstance(values, tuple) and all(_is_clean_str(v) for v in values), name
    assert msg.in_reply_to is None or MESSAGE_ID.match(msg.in_reply_to)
    assert MESSAGE_ID.match(msg.message_id)
    assert msg.date is None or msg.date.tzinfo is not None
    assert msg.language in ("en", "zh")
    assert len(msg.body_text) <= MAX_BODY_CHARS
    for key, values in msg.headers.items():
        assert _is_clean_str(key) and key == key.lower()
        assert isinstance(values, tuple) and all(_is_clean_str(v) for v in values)
    for defect in msg.defects:
        assert DEFECT_KEY.match(defect), defect
    # The catch-all in parse_message hides bugs; every failure seen here must be anticipated.
    assert not [d for d in msg.defects if d.startswith("parser_error")], msg.defects
    assert msg.from_addr == msg.from_addr.lower()
    if not msg.from_addr:
        assert msg.malformed
    if not msg.body_text.strip():
        assert {"no_text_body", "empty_body"} & set(msg.defects)
    if msg.body_text.strip():
        assert msg.new_text.strip()
    if case.must_be_malformed:
        assert msg.malformed, msg.defects
    assert {f.name for f in fields(msg)} >= {"defects", "attachment_names"}


@settings(FUZZ, max_examples=200)
@given(MAILS)
def test_parse_survives_malformed_mail_quick(case: Case) -> None:
    check_parse(case)


@pytest.mark.slow
@settings(FUZZ, max_examples=1_500)
@given(MAILS)
def test_parse_survives_malformed_mail_thorough(case: Case) -> None:
    check_parse(case)


@pytest.mark.parametrize("path", sorted(MIME_DIR.glob("*.eml")), ids=lambda path: path.name)
def test_parse_is_deterministic(path: Path) -> None:
    raw = path.read_bytes()
    assert parse_message(raw) == parse_message(raw)
