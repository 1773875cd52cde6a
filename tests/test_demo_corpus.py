"""The demo / end-to-end mail corpus agrees with its manifest and with config/taxonomy.toml."""

from __future__ import annotations

import email
import html
import re
import tomllib
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "demo_mails"
TAXONOMY = ROOT / "config" / "taxonomy.toml"
SUPPORT = "support@okpay.test"
SPECIALS = ("out_of_office", "mailing_list", "bounce", "malformed")
SECRET_KINDS = ("password", "pin", "otp", "cvv", "card_number")
MIN_MAILS = 44
MIN_PER_CATEGORY = 3

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_TAG = re.compile(r"<[^>]+>")


@cache
def manifest() -> tuple[dict[str, Any], ...]:
    data = tomllib.loads((CORPUS / "manifest.toml").read_text(encoding="utf-8"))
    return tuple(data["mail"])


@cache
def taxonomy() -> dict[str, Any]:
    return tomllib.loads(TAXONOMY.read_text(encoding="utf-8"))


@cache
def raw(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


@cache
def parsed(name: str) -> EmailMessage:
    msg = email.message_from_bytes(raw(name), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@cache
def readable_text(name: str) -> str:
    """Subject plus every text part, decoded, HTML tags stripped, newlines normalised."""
    msg = parsed(name)
    chunks = [str(msg["subject"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_content_subtype() not in (
            "plain",
            "html",
        ):
            continue
        content = part.get_content()
        assert isinstance(content, str)
        if part.get_content_subtype() == "html":
            content = html.unescape(_TAG.sub(" ", content))
        chunks.append(content)
    return "\n".join(chunks).replace("\r\n", "\n")


def entries(*, special: bool | None = None) -> list[dict[str, Any]]:
    return [m for m in manifest() if special is None or (m["special"] != "none") == special]


def well_formed() -> list[str]:
    return [m["file"] for m in manifest() if m["special"] != "malformed"]


def customer_mails() -> list[str]:
    return [m["file"] for m in entries(special=False)]


def by_file(name: str) -> dict[str, Any]:
    return next(m for m in manifest() if m["file"] == name)


def iban_checksum_ok(iban: str) -> bool:
    """ISO 13616 mod-97 check, on the IBAN with spaces removed."""
    compact = iban.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


# --- manifest <-> files ------------------------------------------------------------------------


def test_every_eml_file_is_in_the_manifest_and_vice_versa() -> None:
    on_disk = sorted(p.name for p in CORPUS.glob("*.eml"))
    listed = [m["file"] for m in manifest()]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    assert sorted(listed) == on_disk
    assert len(on_disk) >= MIN_MAILS


def test_manifest_fields_have_allowed_values() -> None:
    categories = set(taxonomy()["categories"])
    details = set(taxonomy()["details"])
    for m in manifest():
        name = m["file"]
        assert m["language"] in ("en", "zh"), name
        assert m["special"] in ("none", *SPECIALS), name
        assert (m["category"] == "none") == (m["special"] != "none"), name
        assert m["category"] == "none" or m["category"] in categories, name
        assert set(m["present"]) | set(m["missing"]) | set(m["invalid"]) <= details, name
        assert set(m["sensitive"]) <= set(SECRET_KINDS), name
        assert not set(m["present"]) & set(m["missing"]), name
        assert set(m["invalid"]) <= set(m["missing"]), f"{name}: an invalid detail stays missing"
        assert m["description"].strip(), name
        assert m["file"].split("_")[1] == m["language"], f"{name}: file name says the language"


def test_every_category_appears_at_least_three_times() -> None:
    counts = Counter(m["category"] for m in entries(special=False))
    for category in taxonomy()["categories"]:
        assert counts[category] >= MIN_PER_CATEGORY, (category, counts[category])


def test_both_languages_roughly_sixty_forty() -> None:
    counts = Counter(m["language"] for m in manifest())
    share_zh = counts["zh"] / sum(counts.values())
    assert 0.3 <= share_zh <= 0.5, counts


def test_each_special_kind_appears_exactly_once_and_expects_no_reply() -> None:
    specials = entries(special=True)
    assert sorted(m["special"] for m in specials) == sorted(SPECIALS)
    for m in specials:
        assert m["expect_reply"] is False, m["file"]
        assert m["present"] == m["missing"] == m["missing_groups"] == [], m["file"]
    assert all(m["expect_reply"] is True for m in entries(special=False))


def test_missing_details_follow_from_taxonomy_and_present() -> None:
    categories = taxonomy()["categories"]
    for m in entries(special=False):
        present = set(m["present"])
        groups = categories[m["category"]]["required"]
        unmet = [g for g in groups if not any(set(alt.split("+")) <= present for alt in g)]
        assert m["missing_groups"] == unmet, m["file"]
        wanted = {n for g in unmet for alt in g for n in alt.split("+")} - present
        assert m["missing"] == sorted(wanted), m["file"]
        relevant = {n for g in groups for alt in g for n in alt.split("+")}
        assert present <= relevant, f"{m['file']}: present lists only this category's details"


def test_corpus_covers_complete_and_incomplete_mails_for_categories_with_requirements() -> None:
    categories = taxonomy()["categories"]
    for category, spec in categories.items():
        if not spec["required"]:
            continue
        mails = [m for m in entries(special=False) if m["category"] == category]
        assert any(not m["missing"] for m in mails), f"{category}: no complete mail"
        assert any(m["missing"] for m in mails), f"{category}: no incomplete mail"


# --- every file is real MIME -----------------------------------------------------------------


@pytest.mark.parametrize("name", well_formed())
def test_mail_parses_cleanly_with_required_headers(name: str) -> None:
    msg = parsed(name)
    defects = [d for part in msg.walk() for d in part.defects]
    assert defects == [], defects
    senders = getaddresses([str(msg["from"])])
    assert len(senders) == 1 and "@" in senders[0][1], msg["from"]
    assert [a.lower() for _, a in getaddresses([str(msg["to"])])] == [SUPPORT]
    sent = parsedate_to_datetime(str(msg["date"]))
    assert (sent.year, sent.month) == (2026, 11)
    assert sent.tzinfo is not None
    assert readable_text(name).strip()


def test_message_ids_are_present_and_unique() -> None:
    ids = []
    for m in manifest():
        head = re.split(rb"\r?\n\r?\n", raw(m["file"]), maxsplit=1)[0]
        found = re.findall(rb"(?im)^message-id:\s*(<[^>\r\n]+>)", head)
        assert len(found) == 1, m["file"]
        ids.append(found[0].lower())
    assert len(ids) == len(set(ids))


def test_senders_use_only_example_domains() -> None:
    allowed = re.compile(r"(^|\.)(example\.(com|org|net)|mail\.example\.cn|qq\.example)$")
    for name in well_formed():
        domain = getaddresses([str(parsed(name)["from"])])[0][1].rsplit("@", 1)[1].lower()
        assert allowed.search(domain), (name, domain)


def test_malformed_mail_is_really_malformed() -> None:
    (m,) = [m for m in manifest() if m["special"] == "malformed"]
    msg = parsed(m["file"])
    assert msg["from"] is None
    defects = [type(d).__name__ for part in msg.walk() for d in part.defects]
    assert "StartBoundaryNotFoundDefect" in defects


# --- the variety the corpus promises ---------------------------------------------------------


def test_corpus_has_the_promised_encoding_variety() -> None:
    charsets: set[str] = set()
    ctes: set[str] = set()
    top_types: set[str] = set()
    encoded_subjects = encoded_names = crlf = lf = 0
    for name in well_formed():
        data = raw(name)
        msg = parsed(name)
        top_types.add(msg.get_content_type())
        head = re.split(rb"\r?\n\r?\n", data, maxsplit=1)[0]
        encoded_subjects += bool(re.search(rb"(?im)^subject:.*=\?[^?]+\?[bq]\?", head))
        encoded_names += bool(re.search(rb"(?im)^from:.*=\?[^?]+\?[bq]\?", head))
        crlf += b"\r\n" in data
        lf += b"\r\n" not in data
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets.add((part.get_content_charset() or "").lower())
                ctes.add(str(part.get("content-transfer-encoding", "7bit")).lower())
    assert {"utf-8", "gbk", "gb2312"} <= charsets
    assert {"base64", "quoted-printable", "8bit", "7bit"} <= ctes
    assert {"text/plain", "text/html", "multipart/alternative", "multipart/mixed"} <= top_types
    assert encoded_subjects >= 10 and encoded_names >= 10
    assert crlf and lf


def test_replies_with_quoted_history_and_signatures_are_present() -> None:
    texts = [readable_text(n) for n in customer_mails()]
    assert any(re.search(r"(?m)^On .+ wrote:$", t) for t in texts)
    assert any(re.search(r"(?m)^在 .+写道：$", t) for t in texts)
    assert any("Sent from my iPhone" in t for t in texts)
    assert any("发自我的华为手机" in t for t in texts)


def test_png_screenshot_attachment_is_a_real_png() -> None:
    pngs = [
        part.get_content()
        for name in well_formed()
        for part in parsed(name).walk()
        if part.get_content_type() == "image/png"
    ]
    assert pngs
    assert all(isinstance(p, bytes) and p.startswith(b"\x89PNG\r\n\x1a\n") for p in pngs)


def test_special_mails_carry_their_markers() -> None:
    kind = {m["special"]: parsed(m["file"]) for m in entries(special=True)}
    ooo = kind["out_of_office"]
    assert str(ooo["auto-submitted"]).lower() == "auto-replied"
    assert "out of office" in str(ooo["subject"]).lower()
    listed = kind["mailing_list"]
    assert listed["list-id"] and listed["list-unsubscribe"]
    assert str(listed["precedence"]).lower() == "list"
    bounce = kind["bounce"]
    assert "mailer-daemon" in str(bounce["from"]).lower()
    assert bounce.get_content_type() == "multipart/report"
    assert bounce.get_param("report-type") == "delivery-status"
    assert any(p.get_content_type() == "message/delivery-status" for p in bounce.walk())


# --- details: what the manifest says is really in the mail -----------------------------------


@pytest.mark.parametrize("name", customer_mails())
def test_manifest_values_appear_verbatim_in_the_mail(name: str) -> None:
    m = by_file(name)
    text = readable_text(name)
    for key, values in m["values"].items():
        assert key.removesuffix("_invalid") in m["present"] + m["invalid"], (name, key)
        for value in values:
            assert value in text, (name, key, value)
    for detail in m["present"]:
        assert m["values"].get(detail), f"{name}: present {detail} has no value"


def test_mails_missing_a_contact_contain_no_email_address() -> None:
    for m in entries(special=False):
        if "account_contact" not in m["missing"]:
            continue
        addresses = [a for a in _EMAIL.findall(readable_text(m["file"])) if "okpay.test" not in a]
        assert addresses == [], m["file"]


def test_mails_missing_a_transaction_group_contain_no_transaction_id() -> None:
    for m in entries(special=False):
        if "transaction_id" in m["missing"]:
            assert not re.search(r"\bTX\d{8,}", readable_text(m["file"])), m["file"]


def test_ibans_valid_or_invalid_as_the_manifest_says() -> None:
    checked = 0
    for m in entries(special=False):
        for iban in m["values"].get("recipient_account", []):
            assert iban_checksum_ok(iban), (m["file"], iban)
            checked += 1
        for iban in m["values"].get("recipient_account_invalid", []):
            assert not iban_checksum_ok(iban), (m["file"], iban)
            checked += 1
    assert checked >= 4
    assert any("recipient_account" in m["invalid"] for m in manifest())


def test_sensitive_mails_really_contain_the_secrets() -> None:
    kinds = {k for m in manifest() for k in m["sensitive"]}
    assert {"card_number", "password", "otp"} <= kinds
    for m in manifest():
        if "card_number" in m["sensitive"]:
            assert "4111 1111 1111 1111" in readable_text(m["file"])


def test_urgent_flag_matches_the_taxonomy_urgent_phrases() -> None:
    phrases = taxonomy().get("urgent", {}).get("phrases")
    if not phrases:
        pytest.skip("config/taxonomy.toml has no [urgent] phrases")
    assert sum(m["urgent"] for m in manifest()) >= 3
    for m in entries(special=False):
        text = readable_text(m["file"]).lower()
        hits = [p for p in phrases if p.lower() in text]
        assert bool(hits) == m["urgent"], (m["file"], hits)


def test_thread_of_points_at_the_mail_it_replies_to() -> None:
    threaded = [m for m in manifest() if m["thread_of"]]
    assert threaded
    for m in threaded:
        parent_id = str(parsed(m["thread_of"])["message-id"]).strip()
        msg = parsed(m["file"])
        assert parent_id in str(msg["in-reply-to"] or "") + str(msg["references"] or "")
        assert parsedate_to_datetime(str(msg["date"])) > parsedate_to_datetime(
            str(parsed(m["thread_of"])["date"])
        )
