"""A received mail, parsed into the fields the triage core needs.

``parse_message`` is the entry of every mail, so it never raises: whatever is wrong with the
bytes is written into ``ParsedMessage.defects`` as short machine keys, and ``is_malformed`` says
which of those keys mean "only a human should handle this mail".

The stdlib parser runs with ``policy.compat32`` on purpose. With ``policy.default`` the headers are
parsed lazily into rich objects, and that parsing raises on some malformed headers
(``msg["from"].addresses`` and friends) long after ``parse`` returned, in code paths that are
hard to guard one by one. compat32 keeps every header as the raw string it was, and this module
decodes it itself (8-bit bytes, RFC 2047 encoded-words, unknown charsets), recording what was
wrong instead of raising.
"""

from __future__ import annotations

import binascii
import codecs
import functools
import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import errors as email_errors
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from types import MappingProxyType

from triage.html_text import MAX_HTML_CHARS, html_to_text
from triage.language import detect_language
from triage.quotes import split_new_text, strip_quoted_history

log = logging.getLogger(__name__)

# Limits that keep one hostile or broken mail from eating memory or time.
MAX_RAW_BYTES = 25 * 1024 * 1024  # parse at most this much of a mail
MAX_BODY_CHARS = 200_000  # readable body text kept
MAX_PART_BYTES = 2 * 1024 * 1024  # decoded bytes of one text part looked at
MAX_HEADERS = 500  # header fields kept
MAX_HEADER_CHARS = 16_000  # characters kept of one header value
MAX_MIME_DEPTH = 50  # nested multiparts followed
MAX_MIME_PARTS = 1_000  # parts looked at

# Defect keys (the part before any ":") that make a mail "malformed, humans only": the sender
# is unknown, or the body could not be read reliably. Everything else is cosmetic: recorded
# for the audit trail, but the mail can still be triaged automatically.
SERIOUS_DEFECTS = frozenset(
    {
        "no_from",  # nobody to answer
        "bad_from",  # a From header without a usable address
        "no_text_body",  # no text/plain or text/html part at all
        "undecodable_body",  # the text came out as mostly garbage
        "bad_boundary",  # multipart without (matching) boundaries: parts run together
        "bad_mime_structure",  # parts that contradict their declared structure
        "truncated",  # multipart never closed: the mail was cut off
        # a line that is no header ends the header block early: the headers after it
        # (Content-Type among them) are read as body text
        "bad_header_block",
        "too_deep",  # nesting beyond MAX_MIME_DEPTH: some parts were not read
        "parser_error",  # the stdlib parser itself failed; only headers (if any) were read
    }
)


@dataclass(frozen=True)
class ParsedMessage:
    """Everything the pure core reads from one mail; built by ``parse_message``."""

    message_id: str  # with angle brackets; synthesised from a hash of the bytes when absent
    subject: str  # encoded-words decoded, whitespace folded
    from_addr: str  # bare address, lower-cased; "" when absent or unparseable
    from_name: str
    to_addrs: tuple[str, ...]  # To + Cc, bare, lower-cased
    date: datetime | None  # timezone-aware; None when absent or unparseable
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: Mapping[str, tuple[str, ...]]  # lower-cased name -> decoded values, in order
    body_text: str  # the whole readable body (text part, or HTML rendered to text)
    new_text: str  # body without quoted history and signature
    language: str  # "en" or "zh" (see language.py)
    defects: tuple[str, ...] = field(default=())  # why the mail may be malformed
    attachment_names: tuple[str, ...] = ()  # file names of non-body parts, in order
    # Body without quoted history but with the signature: phone numbers and account names
    # often sit in the signature, so detail extraction may want this rather than new_text.
    unquoted_text: str = ""

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None

    @property
    def classify_text(self) -> str:
        """What the classifier sees: subject plus the new part of the body."""
        return f"{self.subject}\n{self.new_text}".strip()

    @property
    def malformed(self) -> bool:
        """True when a human must handle this mail (see ``SERIOUS_DEFECTS``)."""
        return is_malformed(self)

    @property
    def serious_defects(self) -> tuple[str, ...]:
        """The defects that make this mail malformed, in the order they were found."""
        return tuple(defect for defect in self.defects if is_serious_defect(defect))


def is_serious_defect(defect: str) -> bool:
    """True when defect key ``defect`` makes a mail humans-only."""
    return defect.split(":", 1)[0] in SERIOUS_DEFECTS


def is_malformed(message: ParsedMessage) -> bool:
    """True when any of the message's defects is serious."""
    return any(is_serious_defect(defect) for defect in message.defects)


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one mail's raw bytes; never raises, records anything wrong in ``defects``."""
    try:
        return _MailParser(raw).parse()
    except Exception as exc:  # the last line of defence: never lose a mail
        log.warning("parse_message failed (%s); keeping headers only", type(exc).__name__)
        return _parse_after_failure(raw, exc)


def synthetic_message_id(raw: bytes) -> str:
    """A deterministic Message-ID for a mail that has none: a hash of its bytes."""
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return f"<sha256-{digest}@triage.invalid>"


def _parse_after_failure(raw: bytes, exc: Exception) -> ParsedMessage:
    key = f"parser_error:{type(exc).__name__}"
    try:
        return _MailParser(raw, headers_only=True, initial_defects=(key,)).parse()
    except Exception:  # even the header-only parse failed; return a bare shell
        return ParsedMessage(
            message_id=synthetic_message_id(raw),
            subject="",
            from_addr="",
            from_name="",
            to_addrs=(),
            date=None,
            in_reply_to=None,
            references=(),
            headers=MappingProxyType({}),
            body_text="",
            new_text="",
            language="en",
            defects=(key, "no_from", "no_text_body"),
        )


# --- charsets -------------------------------------------------------------------------------

# Labels mail clients use for a charset that Python knows under a broader (superset) name. Real
# "gb2312" mail routinely contains GBK/GB18030 characters, "big5" mail HKSCS ones, and so on.
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "csgb2312": "gb18030",
    "euc-cn": "gb18030",
    "x-euc-cn": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "windows-936": "gb18030",
    "chinese": "gb18030",
    "big5": "big5hkscs",
    "big-5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "csbig5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "windows-874": "cp874",
    "tis-620": "cp874",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "unicode-1-1-utf-8": "utf-8",
    "utf8mb4": "utf-8",
    "x-unicode20utf8": "utf-8",
}
# Text codecs that are not mail charsets and would misread (or always reject) any body.
_REFUSED_CODECS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "charmap"}
)
# Tried in order when the declared charset is missing, unknown or wrong. UTF-8 is strict enough
# to rarely accept anything else; GB18030 and Big5 cover the Chinese mail this project sees.
# cp1252 accepts most Western single-byte text, but also the bytes of a Chinese text cut in the
# middle of a character, so it comes last, after a retry that tolerates such a cut.
_FALLBACK_CODECS = ("utf-8", "gb18030", "big5hkscs")
_LAST_RESORT_CODEC = "cp1252"
_SINGLE_BYTE_PREFIXES = ("iso8859", "cp125", "latin", "ascii", "koi8", "mac-", "cp874")
_LATIN1 = "iso8859-1"
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\r\n"
_SAFE_KEY = re.compile(r"[^a-z0-9._+-]")
_GARBAGE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_STRIP_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # how BytesParser keeps 8-bit header bytes
_THREE_BYTE_UTF8 = re.compile("[\u0800-\uffff]")
_VISIBLE = re.compile(r"\S")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""")


def _defect_suffix(text: str) -> str:
    """``text`` made safe to put in a defect key."""
    return _SAFE_KEY.sub("_", text.strip().lower())[:40] or "_"


def _codec_for(label: str | None) -> str | None:
    """Python's codec name for a mail charset label, or None when unknown or refused."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    # pylint: disable-next=protected-access
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
        return None
    return info.name


def _try_decode(data: bytes, codec: str, final: bool) -> str | None:
    """``data`` decoded strictly with ``codec``, or None; ``final=False`` allows a cut tail."""
    try:
        decoder = codecs.getincrementaldecoder(codec)(errors="strict")
        return str(decoder.decode(data, final=final))
    except (UnicodeError, LookupError, ValueError, TypeError):
        return None


@functools.lru_cache(maxsize=64)
def _ascii_compatible(codec: str) -> bool:
    """True when ASCII bytes mean ASCII text in ``codec`` (not so in UTF-16, UTF-7, EBCDIC)."""
    return _try_decode(_ASCII_PROBE, codec, True) == _ASCII_PROBE.decode("ascii")


def _mostly_valid_utf8(text: str) -> bool:
    # Two or more characters from three-byte UTF-8 sequences essentially never come out of
    # GBK/Big5/Latin bytes by accident, so such text was UTF-8 whatever the label says.
    return len(_THREE_BYTE_UTF8.findall(text, endpos=10_000)) >= 2


class _Defects:
    """An ordered set of defect keys."""

    def __init__(self, initial: Iterable[str] = ()) -> None:
        self._keys: dict[str, None] = dict.fromkeys(initial)

    def add(self, key: str) -> None:
        self._keys.setdefault(key, None)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def as_tuple(self) -> tuple[str, ...]:
        return tuple(self._keys)


def _decode_bytes(
    data: bytes, declared: str | None, defects: _Defects, *, final: bool = True
) -> str:
    """``data`` as text: the declared charset when it fits, else a fallback chain (recorded)."""
    label = (declared or "").strip().strip("\"'").lower()
    codec = _codec_for(label)
    if label and codec is None:
        defects.add(f"unknown_charset:{_defect_suffix(label)}")
    if data.isascii() and (codec is None or _ascii_compatible(codec)):
        return data.decode("ascii")
    if codec is not None:
        text = _decode_declared(data, codec, final)
        if text is None and final:
            # Cut off inside a multi-byte character: the label is right, the end is missing.
            text = _decode_declared(data, codec, final=False)
            if text is not None:
                defects.add("cut_character")
        if text is not None:
            if codec != "utf-8" and not codec.startswith("utf-"):
                utf8 = _try_decode(data, "utf-8", final)
                mislabelled = utf8 is not None and (
                    codec.startswith(_SINGLE_BYTE_PREFIXES) or _mostly_valid_utf8(utf8)
                )
                if utf8 is not None and mislabelled:
                    defects.add(f"charset_mismatch:{_defect_suffix(label)}")
                    return utf8
            return text
        defects.add(f"charset_mismatch:{_defect_suffix(label)}")
    for fallback in _FALLBACK_CODECS:
        text = _try_decode(data, fallback, final)
        if text is not None:
            return text
    if final:
        # A mail cut off inside a multi-byte character fails every strict decode at its end.
        for fallback in _FALLBACK_CODECS:
            text = _try_decode(data, fallback, final=False)
            if text is not None:
                defects.add("cut_character")
                return text
    text = _try_decode(data, _LAST_RESORT_CODEC, final)
    if text is not None:
        return text
    defects.add("lossy_decode")
    return data.decode("utf-8", errors="replace")


def decode_text(data: bytes, declared: str | None) -> tuple[str, tuple[str, ...]]:
    """A body part's bytes as text, read as the parser reads them, and the defects met."""
    defects = _Defects()
    return _decode_bytes(data, declared, defects), defects.as_tuple()


def decode_header_value(value: str) -> tuple[str, tuple[str, ...]]:
    """A raw header value as the parser reads it, and the defects met."""
    defects = _Defects()
    return _decode_header_text(value, defects), defects.as_tuple()


def _decode_declared(data: bytes, codec: str, final: bool) -> str | None:
    if codec == _LATIN1:
        # Mail labelled Latin-1 is nearly always Windows-1252 (curly quotes in 0x80-0x9f).
        return _try_decode(data, "cp1252", final) or _try_decode(data, _LATIN1, final)
    return _try_decode(data, codec, final)


_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")
_PADDING = re.compile(rb"=+")


def _lenient_base64(text: str, defects: _Defects) -> bytes:
    """Base64 ``text`` decoded, skipping stray characters and a dangling last character.

    Some mailers concatenate separately padded blocks, so each stretch between padding is
    decoded on its own instead of stopping at the first "=".
    """
    data = text.encode("ascii", errors="replace")
    if _NOT_BASE64.sub(b"", data.translate(None, b" \t\r\n=")) != data.translate(None, b" \t\r\n="):
        defects.add("bad_base64")  # characters outside the alphabet
    decoded = bytearray()
    for block in _PADDING.split(data):
        cleaned = _NOT_BASE64.sub(b"", block)
        if len(cleaned) % 4 == 1:
            defects.add("bad_base64")  # cut mid-quantum
            cleaned = cleaned[:-1]
        if cleaned:
            decoded += binascii.a2b_base64(cleaned + b"=" * (-len(cleaned) % 4))
    return bytes(decoded)


def _clean_text(text: str) -> str:
    """Newlines normalised, control characters and lone surrogates removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _STRIP_CONTROLS.sub("", text)
    return _LONE_SURROGATE.sub("\ufffd", text)


def _looks_undecodable(text: str) -> bool:
    """More than 5% of the visible characters are replacement or control characters."""
    garbage = len(_GARBAGE.findall(text))
    return garbage >= 4 and garbage * 20 > len(_VISIBLE.findall(text))


# --- headers --------------------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,80})\?([bBqQ])\?([^?]*?)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_WHITESPACE = re.compile(r"\s+")
_MSG_ID = re.compile(r"<[^<>\s]{1,500}>")
_BARE_MSG_ID = re.compile(r"[^<>\s]{1,500}")
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]{1,200}@[^@\s<>()\[\],;:\"]{1,255}$")


def _recover_8bit(value: str, defects: _Defects) -> str:
    """Header text from BytesParser with raw 8-bit bytes (surrogate-escaped) decoded."""
    if not _ESCAPED_BYTE.search(value):
        return value
    defects.add("header_defect:8bit")
    data = value.encode("utf-8", errors="surrogateescape")
    return _decode_bytes(data, None, defects)


def _decode_encoded_word(encoding: str, payload: str) -> bytes | None:
    """The bytes of one encoded-word's payload, or None when it is not B/Q encoding at all."""
    data = payload.encode("ascii", errors="replace")
    if encoding in "bB":
        data = data.rstrip(b"=")
        if _NOT_BASE64.search(data):
            return None
        # A dangling sixth of a byte is dropped; missing padding is forgiven.
        data = data[: len(data) - len(data) % 4] if len(data) % 4 == 1 else data
        data += b"=" * (-len(data) % 4)
    try:
        return binascii.a2b_base64(data) if encoding in "bB" else binascii.a2b_qp(data, header=True)
    except (binascii.Error, ValueError):
        return None


def _decode_header_text(value: str, defects: _Defects) -> str:
    """A raw header value as readable text: 8-bit recovered, unfolded, encoded-words decoded."""
    if len(value) > MAX_HEADER_CHARS:
        defects.add("header_defect:too_long")
        value = value[:MAX_HEADER_CHARS]
    text = _FOLD.sub("", _recover_8bit(value, defects)).replace("\r", " ").replace("\n", " ")
    pieces: list[str] = []
    # Adjacent encoded-words with the same charset are joined as bytes first: clients split a
    # multi-byte character across two words more often than the RFC would like.
    pending: bytearray = bytearray()
    pending_charset = ""
    position = 0

    def flush() -> None:
        nonlocal pending, pending_charset
        if pending or pending_charset:
            pieces.append(_decode_bytes(bytes(pending), pending_charset, defects))
        pending, pending_charset = bytearray(), ""

    for match in _ENCODED_WORD.finditer(text):
        gap = text[position : match.start()]
        position = match.end()
        charset = match.group(1).split("*", 1)[0]  # RFC 2231 language suffix
        data = _decode_encoded_word(match.group(2), match.group(3))
        if data is None:
            defects.add("header_defect:bad_encoded_word")
            flush()
            pieces.append(gap + match.group(0))
            continue
        if gap.strip() or charset.lower() != pending_charset.lower():
            flush()
            if gap.strip() or not pieces:
                pieces.append(gap)
        pending_charset = charset
        pending += data
    flush()
    pieces.append(text[position:])
    return _LONE_SURROGATE.sub("\ufffd", _STRIP_CONTROLS.sub("", "".join(pieces)))


def _fold_whitespace(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _addresses(values: Iterable[str], defects: _Defects) -> list[tuple[str, str]]:
    """(display name, bare lower-cased address) pairs with a valid-looking address."""
    found: list[tuple[str, str]] = []
    for value in values:
        text = _FOLD.sub("", _recover_8bit(value[:MAX_HEADER_CHARS], defects))
        pairs = _valid_pairs(text, defects)
        if not pairs and "=?" in text:
            # Some clients encode the whole "Name <addr>" as one encoded-word.
            pairs = _valid_pairs(_decode_header_text(text, defects), defects)
        found.extend(
            (_fold_whitespace(_decode_header_text(name, defects)), addr) for name, addr in pairs
        )
    return found


def _valid_pairs(text: str, defects: _Defects) -> list[tuple[str, str]]:
    try:
        parsed = getaddresses([text.replace("\r", " ").replace("\n", " ")])
    except RecursionError:
        # The stdlib recurses once per nested "(" comment; a hostile header nests thousands.
        defects.add("header_defect:unparseable_address")
        return []
    pairs = []
    for name, addr in parsed:
        bare = addr.strip().lower()
        if _ADDRESS.match(bare):
            pairs.append((name, bare))
    return pairs


def _message_ids(value: str) -> list[str]:
    return _MSG_ID.findall(value)


def _parse_date(value: str | None, defects: _Defects) -> datetime | None:
    if value is None:
        defects.add("no_date")
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except Exception:  # ValueError mostly; odd inputs have raised IndexError and others
        defects.add("bad_date")
        return None
    if parsed.tzinfo is None:
        # RFC 5322 "-0000": the time is UTC, the sender's zone unknown.
        defects.add("date_no_timezone")
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# --- body -----------------------------------------------------------------------------------

# How the stdlib parser's defect classes map to this module's keys.
_EMAIL_DEFECT_KEYS: dict[type[email_errors.MessageDefect], str] = {
    email_errors.NoBoundaryInMultipartDefect: "bad_boundary",
    email_errors.StartBoundaryNotFoundDefect: "bad_boundary",
    email_errors.CloseBoundaryNotFoundDefect: "truncated",
    email_errors.MultipartInvariantViolationDefect: "bad_mime_structure",
    email_errors.FirstHeaderLineIsContinuationDefect: "header_defect:continuation_first",
    email_errors.MisplacedEnvelopeHeaderDefect: "header_defect:misplaced_envelope",
    email_errors.MissingHeaderBodySeparatorDefect: "bad_header_block",
    email_errors.InvalidMultipartContentTransferEncodingDefect: "header_defect:multipart_cte",
    email_errors.InvalidBase64PaddingDefect: "bad_base64",
    email_errors.InvalidBase64CharactersDefect: "bad_base64",
    email_errors.InvalidBase64LengthDefect: "bad_base64",
}
# A MIME delimiter line: "--" and a boundary of RFC 2046 characters, at the start of a line.
_DELIMITER_LINE = re.compile(r"^--([0-9A-Za-z'()+_,./:=?-]{1,70})[ \t]*\r?$", re.MULTILINE)
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def _email_defect_key(defect: object) -> str:
    for cls, key in _EMAIL_DEFECT_KEYS.items():
        if isinstance(defect, cls):
            return key
    name = type(defect).__name__.removesuffix("Defect")
    return "mime_defect:" + _CAMEL.sub("_", name).lower()


@dataclass
class _Piece:
    text: str
    is_html: bool


def _raw_payload(part: Message) -> object:
    """The payload as the parser stored it: a str (8-bit bytes surrogate-escaped) or a list."""
    try:
        return part.get_payload()
    except Exception:
        # For an 8-bit payload the stdlib decodes with the declared charset and only expects
        # LookupError; a codec such as "undefined" raises UnicodeError instead. The stored
        # payload is what we want anyway.
        return getattr(part, "_payload", "")


_MULTIPART = re.compile(rb"multipart/", re.IGNORECASE)
MAX_MULTIPARTS = 6 * MAX_MIME_DEPTH  # multipart entities a mail may declare before we give up


def _too_many_multiparts(raw: bytes) -> bool:
    matches = _MULTIPART.finditer(raw)
    return any(count >= MAX_MULTIPARTS for count, _ in enumerate(matches, start=1))


class _MailParser:
    """One parse of one mail: holds the defects and attachment names found along the way."""

    def __init__(
        self, raw: bytes, *, headers_only: bool = False, initial_defects: Iterable[str] = ()
    ) -> None:
        self.raw = bytes(raw)
        self.headers_only = headers_only
        self.defects = _Defects(initial_defects)
        self.attachments: list[str] = []
        self.parts_seen = 0
        self.saw_text_part = False

    def parse(self) -> ParsedMessage:
        raw = self.raw
        if len(raw) > MAX_RAW_BYTES:
            self.defects.add("oversize_input")
            raw = raw[:MAX_RAW_BYTES]
        if not raw.strip():
            self.defects.add("empty_input")
        msg = self._parse_bytes(raw)
        headers = self._headers(msg)
        first = {name: values[0] for name, values in headers.items() if values}
        raw_values = self._raw_values(msg)

        from_name, from_addr = self._sender(raw_values.get("from", []))
        recipients = [
            addr for _, addr in _addresses(self._recipient_values(raw_values), self.defects)
        ]
        message_id = self._message_id(first.get("message-id"))
        in_reply_to = next(iter(_message_ids(first.get("in-reply-to", ""))), None)
        references = tuple(dict.fromkeys(_message_ids(" ".join(headers.get("references", ())))))
        date = _parse_date(first.get("date"), self.defects)
        subject = _fold_whitespace(first.get("subject", ""))

        body_text = "" if self.headers_only else self._body(msg)
        if not body_text.strip():
            self.defects.add("empty_body" if self.saw_text_part else "no_text_body")
        # Nothing past the headers runs on the fallback path, in case it was what failed.
        unquoted = strip_quoted_history(body_text) if body_text else ""
        new_text = split_new_text(body_text) if body_text else ""
        return ParsedMessage(
            message_id=message_id,
            subject=subject,
            from_addr=from_addr,
            from_name=from_name,
            to_addrs=tuple(dict.fromkeys(recipients)),
            date=date,
            in_reply_to=in_reply_to,
            references=references,
            headers=MappingProxyType(headers),
            body_text=body_text,
            new_text=new_text,
            language=detect_language(f"{subject}\n{new_text}"),
            defects=self.defects.as_tuple(),
            attachment_names=tuple(self.attachments),
            unquoted_text=unquoted,
        )

    def _parse_bytes(self, raw: bytes) -> Message:
        if not self.headers_only and _too_many_multiparts(raw):
            # The stdlib parser recurses once per nesting level and only gives up (slowly, with
            # RecursionError) near a thousand; no real mail has this many multiparts.
            self.defects.add("too_deep")
            self.headers_only = True
        if self.headers_only:
            return BytesHeaderParser(policy=compat32).parsebytes(raw)
        try:
            return BytesParser(policy=compat32).parsebytes(raw)
        except RecursionError:
            # Thousands of nested multiparts: the parser recurses per level. Keep the headers.
            self.defects.add("too_deep")
            self.headers_only = True
            return BytesHeaderParser(policy=compat32).parsebytes(raw)

    def _raw_values(self, msg: Message) -> dict[str, list[str]]:
        values: dict[str, list[str]] = {}
        for name, value in list(msg.raw_items())[:MAX_HEADERS]:
            values.setdefault(str(name).strip().lower(), []).append(str(value))
        return values

    def _headers(self, msg: Message) -> dict[str, tuple[str, ...]]:
        items = list(msg.raw_items())
        if len(items) > MAX_HEADERS:
            self.defects.add("too_many_headers")
        decoded: dict[str, list[str]] = {}
        for name, value in items[:MAX_HEADERS]:
            key = _fold_whitespace(_recover_8bit(str(name), self.defects)).lower()
            decoded.setdefault(key, []).append(_decode_header_text(str(value), self.defects))
        return {key: tuple(values) for key, values in decoded.items()}

    def _sender(self, values: list[str]) -> tuple[str, str]:
        if not values:
            self.defects.add("no_from")
            return "", ""
        if len(values) > 1:
            self.defects.add("header_defect:multiple_from")
        pairs = _addresses(values[:1], self.defects)
        if not pairs:
            self.defects.add("bad_from")
            return "", ""
        name, addr = pairs[0]
        return name.strip("\"' "), addr

    @staticmethod
    def _recipient_values(raw_values: Mapping[str, list[str]]) -> list[str]:
        return [*raw_values.get("to", []), *raw_values.get("cc", [])]

    def _message_id(self, value: str | None) -> str:
        if value is not None:
            ids = _message_ids(value)
            if ids:
                return ids[0]
            bare = value.strip().strip("<>")
            if "@" in bare and _BARE_MSG_ID.fullmatch(bare):
                self.defects.add("header_defect:message_id_without_brackets")
                return f"<{bare[:500]}>"
            self.defects.add("bad_message_id")
        else:
            self.defects.add("no_message_id")
        return synthetic_message_id(self.raw)

    def _body(self, msg: Message) -> str:
        pieces = self._extract(msg, 0)
        texts = [piece.text.strip("\n") for piece in pieces if piece.text.strip()]
        body = "\n\n".join(texts)
        if len(body) > MAX_BODY_CHARS:
            self.defects.add("body_too_long")
            body = body[:MAX_BODY_CHARS]
        return body

    def _note_part_defects(self, part: Message) -> None:
        for defect in getattr(part, "defects", ()):
            self.defects.add(_email_defect_key(defect))

    def _extract(self, part: Message, depth: int) -> list[_Piece]:
        self.parts_seen += 1
        if self.parts_seen > MAX_MIME_PARTS:
            self.defects.add("too_many_parts")
            return []
        if depth > MAX_MIME_DEPTH:
            self.defects.add("too_deep")
            return []
        self._note_part_defects(part)
        ctype = part.get_content_type()
        if ctype == "message/rfc822" or (
            part.is_multipart() and not ctype.startswith("multipart/")
        ):
            self.attachments.append(self._attachment_name(part, "message.eml"))
            return []
        if part.is_multipart():
            children = [child for child in part.get_payload() if isinstance(child, Message)]
            if ctype == "multipart/alternative":
                return self._choose_alternative(children, depth)
            pieces: list[_Piece] = []
            for child in children:
                pieces.extend(self._extract(child, depth + 1))
            return pieces
        if ctype.startswith("multipart/"):
            # A multipart the parser could not split (the defect is already recorded). Its
            # text still holds whatever the sender wrote: split it on the delimiter lines it
            # really uses, or failing that keep it as plain text.
            salvaged = self._split_on_found_boundary(part, depth)
            return salvaged if salvaged else self._text_piece(part, is_html=False)
        disposition = (part.get_content_disposition() or "").lower()
        filename = self._filename(part)
        is_body_type = ctype in ("text/plain", "text/html")
        if (
            disposition == "attachment"
            or not is_body_type
            or (filename and disposition != "inline")
        ):
            self.attachments.append(filename or f"(unnamed {ctype})")
            return []
        return self._text_piece(part, is_html=ctype == "text/html")

    def _split_on_found_boundary(self, part: Message, depth: int) -> list[_Piece]:
        payload = _raw_payload(part)
        if not isinstance(payload, str) or depth >= MAX_MIME_DEPTH:
            return []
        found = _DELIMITER_LINE.search(payload)
        if found is None:
            return []
        boundary = found.group(1)
        header = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
        data = (header + payload).encode("utf-8", errors="surrogateescape")
        repaired = BytesParser(policy=compat32).parsebytes(data)
        if not repaired.is_multipart():
            return []
        self.defects.add("repaired_boundary")
        return self._extract(repaired, depth + 1)

    def _choose_alternative(self, children: list[Message], depth: int) -> list[_Piece]:
        """The plain-text alternative when it has text, else the richest one that has text."""
        chosen: list[_Piece] = []
        for child in children:
            pieces = self._extract(child, depth + 1)
            if not any(piece.text.strip() for piece in pieces):
                continue
            if not any(piece.is_html for piece in pieces):
                return pieces
            chosen = chosen or pieces
        return chosen

    def _filename(self, part: Message) -> str:
        try:
            name = part.get_filename()
        except Exception:  # parameter parsing of hostile headers
            self.defects.add("header_defect:bad_filename")
            return ""
        if not name:
            return ""
        return _fold_whitespace(_decode_header_text(str(name), self.defects))

    def _attachment_name(self, part: Message, default: str) -> str:
        return self._filename(part) or default

    def _text_piece(self, part: Message, *, is_html: bool) -> list[_Piece]:
        self.saw_text_part = True
        payload = self._transfer_decoded(part)
        if not payload:
            return []
        truncated = len(payload) > MAX_PART_BYTES
        if truncated:
            self.defects.add("body_too_long")
            payload = payload[:MAX_PART_BYTES]
        charset = self._charset(part)
        if charset is None and is_html:
            meta = _META_CHARSET.search(payload[:4096])
            charset = meta.group(1).decode("ascii") if meta else None
        text = _decode_bytes(payload, charset, self.defects, final=not truncated)
        if _looks_undecodable(text):
            self.defects.add("undecodable_body")
        if is_html:
            if len(text) > MAX_HTML_CHARS:
                self.defects.add("body_too_long")
            text = html_to_text(text)
        return [_Piece(_clean_text(text), is_html)]

    def _transfer_decoded(self, part: Message) -> bytes:
        """The part's bytes with its Content-Transfer-Encoding undone, leniently."""
        cte = str(part.get("content-transfer-encoding", "")).strip().lower()
        raw = _raw_payload(part)
        if cte == "base64" and isinstance(raw, str):
            # The stdlib hands back the undecoded text when the length is off by one (a cut
            # mail); decoding what is there keeps the sender's words.
            return _lenient_base64(raw, self.defects)
        try:
            payload = part.get_payload(decode=True)
        except Exception:  # uuencode and friends can fail in ways the stdlib does not catch
            self.defects.add("bad_transfer_encoding")
            payload = raw.encode("utf-8", errors="surrogateescape") if isinstance(raw, str) else b""
        self._note_part_defects(part)
        return payload if isinstance(payload, bytes) else b""

    def _charset(self, part: Message) -> str | None:
        try:
            charset = part.get_content_charset()
        except Exception:  # RFC 2231 parameters can be arbitrarily broken
            self.defects.add("header_defect:bad_charset_param")
            return None
        return str(charset) if charset else None
