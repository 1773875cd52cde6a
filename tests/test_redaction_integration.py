"""Mail holding secrets is filed as a masked copy, against the real Dovecot on loopback."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PLUMBING, config_for
from tests.test_poller_integration import customer_mail, inbox_uids, poller_for
from triage.devstack import MailStack
from triage.mailbox import ImapMailbox, MailboxError
from triage.poller import Poller
from triage.redaction import ORIGINAL_HEADER

pytestmark = pytest.mark.integration

CARD_MAIL = "My card 4111 1111 1111 1111 was charged twice for 20 EUR. My PIN is 4821."


def queued_mails(stack: MailStack) -> dict[str, list[tuple[bytes, set[bytes]]]]:
    """Raw bytes and flags of every mail in the Triage folders, by folder."""
    c = stack.imap()
    try:
        out: dict[str, list[tuple[bytes, set[bytes]]]] = {}
        for flags, _, name in c.list_folders("Triage/"):
            if b"\\Noselect" in flags:
                continue
            c.select_folder(name, readonly=True)
            found = c.fetch(c.search(["ALL"]), ["BODY.PEEK[]", "FLAGS"]).values()
            if found:
                out[name] = [(v[b"BODY[]"], set(v[b"FLAGS"])) for v in found]
        return out
    finally:
        c.logout()


def internal_dates(stack: MailStack, folder: str) -> list[datetime]:
    c = stack.imap()
    try:
        c.select_folder(folder, readonly=True)
        found = c.fetch(c.search(["ALL"]), ["INTERNALDATE"]).values()
        return [v[b"INTERNALDATE"] for v in found]
    finally:
        c.logout()


def assert_masked(raw: bytes) -> None:
    for secret in (b"4111 1111 1111 1111", b"4111111111111111", b"4821"):
        assert secret not in raw


def test_secret_is_masked_in_the_queued_copy_and_the_original_is_gone(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    stack = clean_mailbox
    stack.deliver(customer_mail(1, CARD_MAIL))
    plain = customer_mail(2, "My transfer of 20 EUR failed yesterday, please check.")
    stack.deliver(plain)
    poller = poller_for(plumbing_config)
    summary = poller.poll_once()
    assert (summary.new, summary.handled, summary.failed, summary.redacted) == (2, 2, 0, 1)
    assert inbox_uids(stack) == []

    mails = [m for batch in queued_mails(stack).values() for m in batch]
    assert len(mails) == 2
    (masked,) = [(raw, flags) for raw, flags in mails if b"<cust-1@example.com>" in raw]
    raw, flags = masked
    assert_masked(raw)
    assert b"4111 11** **** 1111" in raw
    assert f"{ORIGINAL_HEADER}: <support/".encode() in raw
    # Filed like any other mail: tagged for agents, still unread.
    assert any(f.startswith(b"triage-cat:") for f in flags)
    assert b"triage-sensitive" in flags
    assert b"\\Seen" not in flags
    # A mail without secrets is the customer's original, as delivered.
    (other,) = [r for r, _ in mails if b"<cust-2@example.com>" in r]
    assert other.replace(b"\r\n", b"\n").endswith(plain.replace(b"\r\n", b"\n").rstrip() + b"\n\n")
    assert ORIGINAL_HEADER.encode() not in other
    (audit,) = poller.store.audit_rows("event=?", ("redact",))
    assert audit["message_id"] == "<cust-1@example.com>"


def test_a_crash_between_copy_and_removal_files_one_copy(
    clean_mailbox: MailStack, plumbing_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = clean_mailbox
    stack.deliver(customer_mail(3, CARD_MAIL))

    def dropped(self: ImapMailbox, uid: int) -> None:
        raise MailboxError("IMAP expunge: connection reset")

    with monkeypatch.context() as patch:
        patch.setattr(ImapMailbox, "expunge", dropped)
        with pytest.raises(MailboxError, match="expunge"):
            poller_for(plumbing_config).poll_once()
    # The copy is filed, the original is still in the inbox: two mails, none lost.
    assert len(inbox_uids(stack)) == 1
    assert sum(len(v) for v in queued_mails(stack).values()) == 1

    again = poller_for(plumbing_config).poll_once()
    assert again.new == 0
    assert inbox_uids(stack) == []
    mails = [m for batch in queued_mails(stack).values() for m in batch]
    assert len(mails) == 1
    assert_masked(mails[0][0])
    assert len(stack.captured()) == 1  # and the customer got one reply, not two


def test_redaction_can_be_turned_off(clean_mailbox: MailStack, tmp_path: Path) -> None:
    stack = clean_mailbox
    config = config_for(stack, tmp_path / "t", queue={"redact_secrets": False}, **PLUMBING)
    stack.deliver(customer_mail(4, CARD_MAIL))
    assert poller_for(config).poll_once().redacted == 0
    ((raw, flags),) = [m for batch in queued_mails(stack).values() for m in batch]
    assert b"4111 1111 1111 1111" in raw
    assert b"triage-sensitive" in flags


def test_the_copy_keeps_flags_and_arrival_time(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    stack = clean_mailbox
    arrived = datetime(2026, 3, 1, 8, 30, 0)  # naive: local time, as imapclient reads it back
    c = stack.imap()
    try:
        c.append("INBOX", customer_mail(5, CARD_MAIL), flags=[b"$Important"], msg_time=arrived)
    finally:
        c.logout()
    poller_for(plumbing_config).poll_once()
    ((folder, batch),) = queued_mails(stack).items()
    ((raw, flags),) = batch
    assert_masked(raw)
    assert b"$Important" in flags  # an agent's or a filter's flag survives
    assert internal_dates(stack, folder) == [arrived]  # agents sort by arrival


def test_a_secret_only_in_the_quoted_history_is_masked_too(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    stack = clean_mailbox
    body = (
        "Any news on this? It has been a week.\n\n"
        "On Mon, 16 Nov 2026 at 09:00, Alice wrote:\n"
        "> My card 4111 1111 1111 1111 was charged twice for 20 EUR.\n"
    )
    stack.deliver(customer_mail(6, body, subject="Re: charged twice"))
    assert poller_for(plumbing_config).poll_once().redacted == 1
    ((raw, _),) = [m for batch in queued_mails(stack).values() for m in batch]
    assert_masked(raw)
    assert b"Any news on this?" in raw


def test_mail_the_triage_failed_on_is_filed_masked_for_humans(
    clean_mailbox: MailStack, plumbing_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = clean_mailbox
    stack.deliver(customer_mail(20, CARD_MAIL))
    stack.deliver(customer_mail(21, "My transfer of 20 EUR failed yesterday, please check."))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug on strange input")

    monkeypatch.setattr(Poller, "triage", broken)
    poller = poller_for(plumbing_config)
    summary = poller.poll_once()
    assert (summary.new, summary.failed, summary.redacted) == (2, 2, 1)
    assert inbox_uids(stack) == []
    assert stack.captured() == []
    (unsorted,) = queued_mails(stack).values()
    assert len(unsorted) == 2
    assert all(b"triage-error" in flags for _, flags in unsorted)
    (masked,) = [raw for raw, _ in unsorted if b"<cust-20@example.com>" in raw]
    assert_masked(masked)
    (plain,) = [raw for raw, _ in unsorted if b"<cust-21@example.com>" in raw]
    assert ORIGINAL_HEADER.encode() not in plain
    assert [r["status"] for r in poller.store.message_rows("1=1", ())] == ["failed", "failed"]
