"""Ticket flows against the real servers: follow-ups, completion, status, reminders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from triage.cli import main
from triage.config import load_config
from triage.devstack import MailStack
from triage.mailbox import ImapMailbox
from triage.poller import Poller
from triage.sender import SmtpSender
from triage.store import Store
from triage.wiring import build_engine

pytestmark = pytest.mark.integration

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def make_poller(config: Path, clock: Clock) -> Poller:
    cfg = load_config(config)
    return Poller(cfg, build_engine(cfg), Store(cfg.store_path), ImapMailbox(cfg.imap),
                  SmtpSender(cfg.smtp), clock=clock)  # fmt: skip


def mail(
    mid: str,
    body: str,
    subject: str,
    in_reply_to: str | None = None,
    sender: str = "bob@example.com",
) -> bytes:
    m = EmailMessage()
    m["From"] = f"Bob Example <{sender}>"
    m["To"] = "support@okpay.test"
    m["Subject"] = subject
    m["Date"] = format_datetime(T0)
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m.set_content(body)
    return m.as_bytes()


FIRST = (
    "Hello, I sent a transfer to my friend yesterday and it failed, but the money was taken "
    "from my balance. Please help."
)


def test_three_mail_conversation_and_status(
    clean_mailbox: MailStack, plumbing_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stack, clock = clean_mailbox, Clock()
    stack.deliver(mail("<c1@example.com>", FIRST, "Transfer failed but money taken"))
    make_poller(plumbing_config, clock).poll_once()
    (ask,) = stack.captured()
    body = ask.message.get_content()
    assert ask.message["In-Reply-To"] == "<c1@example.com>"
    subject = ask.message["Subject"]
    assert "[#TKT-" in subject
    ref = subject.split("[#")[1].split("]")[0]
    store = Store(load_config(plumbing_config).store_path)
    (ticket,) = store.tickets()
    assert ticket.state == "waiting_for_customer", body
    assert ticket.missing, "the first mail lacks the account contact and transaction id"

    # The customer answers our request with what was missing.
    clock.now += timedelta(minutes=30)
    stack.deliver(
        mail(
            "<c2@example.com>",
            "My registered phone is +44 7911 123456 and the transaction id is TXN-2026-004512.",
            f"Re: {subject}",
            in_reply_to=ask.message["Message-ID"],
        )
    )
    make_poller(plumbing_config, clock).poll_once()
    replies = stack.captured()
    assert len(replies) == 2
    done = replies[1].message
    assert done["In-Reply-To"] == "<c2@example.com>"
    assert ref in done["Subject"]
    (ticket,) = store.tickets()
    assert ticket.state == "ready_for_agent"
    assert ticket.missing == ()
    assert ticket.acknowledged

    # A status question without a reference is matched to the case by sender.
    clock.now += timedelta(hours=2)
    stack.deliver(mail("<c3@example.com>", "Hi, any update on my case? When will it be solved?",
                       "Any update?"))  # fmt: skip
    make_poller(plumbing_config, clock).poll_once()
    replies = stack.captured()
    assert len(replies) == 3
    status = replies[2].message
    assert ref in status["Subject"]
    (ticket,) = store.tickets()
    assert ticket.category == "transaction_error", "a status question keeps the case's category"
    store.close()

    # Operators see the whole case, masked.
    assert main(["history", "-c", str(plumbing_config), ref]) == 0
    history = capsys.readouterr().out
    for mid in ("<c1@example.com>", "<c2@example.com>", "<c3@example.com>"):
        assert mid in history
    assert "+447911123456" not in history and "+44******3456" in history
    assert history.count(" sent ") == 3
    assert main(["tickets", "--open", "-c", str(plumbing_config)]) == 0
    assert ref in capsys.readouterr().out
    assert main(["status", "-c", str(plumbing_config)]) == 0
    assert "support" in capsys.readouterr().out


def test_reminder_then_incomplete(clean_mailbox: MailStack, plumbing_config: Path) -> None:
    stack, clock = clean_mailbox, Clock()
    stack.deliver(mail("<r1@example.com>", FIRST, "Transfer failed", sender="carol@example.com"))
    make_poller(plumbing_config, clock).poll_once()
    assert len(stack.captured()) == 1

    clock.now += timedelta(hours=23)
    make_poller(plumbing_config, clock).poll_once()
    assert len(stack.captured()) == 1, "no reminder before 24 h"

    clock.now += timedelta(hours=2)
    make_poller(plumbing_config, clock).poll_once()
    replies = stack.captured()
    assert len(replies) == 2
    reminder = replies[1].message
    assert reminder["In-Reply-To"] == "<r1@example.com>"
    assert reminder["Auto-Submitted"] == "auto-replied"

    clock.now += timedelta(hours=1)
    make_poller(plumbing_config, clock).poll_once()
    assert len(stack.captured()) == 2, "one reminder only"

    clock.now += timedelta(hours=48)
    make_poller(plumbing_config, clock).poll_once()
    assert len(stack.captured()) == 2
    store = Store(load_config(plumbing_config).store_path)
    (ticket,) = store.tickets()
    assert ticket.state == "incomplete"
    store.close()
    c = stack.imap()
    try:
        folder = f"Triage/{ticket.category}"
        c.select_folder(folder, readonly=True)
        notes = c.search(["SUBJECT", f"[{ticket.ref}] incomplete"])
        assert len(notes) == 1
    finally:
        c.logout()
