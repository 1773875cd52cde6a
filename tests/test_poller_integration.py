"""The poller against the real Dovecot and SMTP capture server on loopback."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.conftest import PLUMBING, config_for
from triage.cli import build_poller, main
from triage.config import load_config
from triage.devstack import MailStack
from triage.poller import Poller

pytestmark = pytest.mark.integration


def customer_mail(
    n: int,
    body: str,
    subject: str = "Problem with my wallet",
    sender: str = "alice@example.com",
    extra: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Alice Example <{sender}>"
    msg["To"] = "support@okpay.test"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 20, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<cust-{n}@example.com>"
    for k, v in (extra or {}).items():
        msg[k] = v
    msg.set_content(body)
    return msg.as_bytes()


TX_FAILED = (
    "Hello, my transfer failed yesterday and the money left my balance. Please help me get it back."
)
FEEDBACK = "I love the new OKPay app design, great job! One suggestion: add a dark mode."


def poller_for(config: Path) -> Poller:
    return build_poller(load_config(config))


def inbox_uids(stack: MailStack) -> list[int]:
    c = stack.imap()
    try:
        c.select_folder("INBOX", readonly=True)
        return list(c.search(["ALL"]))
    finally:
        c.logout()


def folder_flags(stack: MailStack, folder: str) -> list[set[bytes]]:
    c = stack.imap()
    try:
        if not c.folder_exists(folder):
            return []
        c.select_folder(folder, readonly=True)
        return [set(v[b"FLAGS"]) for v in c.fetch(c.search(["ALL"]), ["FLAGS"]).values()]
    finally:
        c.logout()


def all_folders(stack: MailStack) -> dict[str, int]:
    c = stack.imap()
    try:
        names = [f for flags, _, f in c.list_folders() if b"\\Noselect" not in flags]
        return {f: int(c.folder_status(f, [b"MESSAGES"])[b"MESSAGES"]) for f in names}
    finally:
        c.logout()


def test_one_mail_gets_one_threaded_reply_and_is_filed(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    stack = clean_mailbox
    stack.deliver(customer_mail(1, TX_FAILED))
    summary = poller_for(plumbing_config).poll_once()
    assert (summary.new, summary.handled, summary.replies, summary.failed) == (1, 1, 1, 0)

    replies = stack.captured()
    assert len(replies) == 1
    reply = replies[0].message
    assert replies[0].rcpt_tos == ("alice@example.com",)
    assert reply["In-Reply-To"] == "<cust-1@example.com>"
    assert "<cust-1@example.com>" in reply["References"]
    assert reply["Auto-Submitted"] == "auto-replied"
    assert "[#TKT-" in reply["Subject"]
    assert inbox_uids(stack) == []
    folders = all_folders(stack)
    assert folders.get("Sent") == 1
    queued = {f: n for f, n in folders.items() if f.startswith("Triage/") and n}
    assert sum(queued.values()) == 1
    (folder,) = queued
    flags = folder_flags(stack, folder)[0]
    assert b"\\Seen" not in flags
    assert any(f.startswith(b"triage-cat:") for f in flags)
    # No per-ticket keyword by default: each would grow every folder's keyword list.
    assert not any(f.startswith(b"triage-ticket:") for f in flags)


def test_ticket_keyword_when_configured(clean_mailbox: MailStack, tmp_path: Path) -> None:
    stack = clean_mailbox
    cfg = config_for(stack, tmp_path / "triage", **PLUMBING, queue={"ticket_keyword": True})
    stack.deliver(customer_mail(1, TX_FAILED))
    poller_for(cfg).poll_once()
    (folder,) = [f for f, n in all_folders(stack).items() if f.startswith("Triage/") and n]
    (flags,) = folder_flags(stack, folder)
    assert any(f.startswith(b"triage-ticket:TKT-") for f in flags)


def test_second_poll_does_nothing(clean_mailbox: MailStack, plumbing_config: Path) -> None:
    stack = clean_mailbox
    stack.deliver(customer_mail(2, FEEDBACK))
    poller_for(plumbing_config).poll_once()
    first = len(stack.captured())
    again = poller_for(plumbing_config).poll_once()
    assert (again.new, again.replies) == (0, 0)
    assert len(stack.captured()) == first == 1


def test_redelivered_mail_is_not_answered_twice(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    stack = clean_mailbox
    raw = customer_mail(3, FEEDBACK)
    stack.deliver(raw)
    poller_for(plumbing_config).poll_once()
    stack.deliver(raw)  # same Message-ID, new UID
    summary = poller_for(plumbing_config).poll_once()
    assert summary.new == 1
    assert len(stack.captured()) == 1


def test_auto_reply_and_list_mail_get_no_reply(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    stack = clean_mailbox
    stack.deliver(customer_mail(4, "I am out of office until Monday.", subject="Out of office",
                                extra={"Auto-Submitted": "auto-replied"}))  # fmt: skip
    stack.deliver(customer_mail(5, "Our November newsletter", sender="news@example.com",
                                extra={"List-Id": "<news.example.com>", "Precedence": "list"}))  # fmt: skip
    summary = poller_for(plumbing_config).poll_once()
    assert summary.new == 2
    assert stack.captured() == []
    assert inbox_uids(stack) == []
    assert all_folders(stack).get("Triage/Unsorted") == 2


def test_transient_smtp_failure_defers_then_sends_once(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    stack = clean_mailbox
    stack.deliver(customer_mail(6, FEEDBACK))
    stack.set_smtp_fault("tempfail", count=1)
    first = poller_for(plumbing_config).poll_once()
    assert first.deferred == 1
    assert stack.captured() == []
    assert len(inbox_uids(stack)) == 1  # not filed until its reply is out
    second = poller_for(plumbing_config).poll_once()
    assert second.replies == 1
    assert len(stack.captured()) == 1
    assert inbox_uids(stack) == []


def test_permanent_smtp_failure_still_queues_for_agents(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    stack = clean_mailbox
    stack.deliver(customer_mail(7, FEEDBACK))
    stack.set_smtp_fault("permfail", count=1)
    summary = poller_for(plumbing_config).poll_once()
    assert summary.replies == 0
    assert inbox_uids(stack) == []
    again = poller_for(plumbing_config).poll_once()
    assert again.replies == 0
    assert stack.captured() == []


def test_smtp_down_never_loses_the_mail(clean_mailbox: MailStack, plumbing_config: Path) -> None:
    stack = clean_mailbox
    stack.deliver(customer_mail(8, FEEDBACK))
    stack.stop_smtp()
    try:
        summary = poller_for(plumbing_config).poll_once()
        assert summary.deferred == 1
    finally:
        stack.start_smtp()
    assert len(inbox_uids(stack)) == 1
    poller_for(plumbing_config).poll_once()
    assert len(stack.captured()) == 1


def test_interrupted_send_is_reconciled_not_resent(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    """A crash between 'sending' and 'sent' must give zero or one reply, never two."""
    stack = clean_mailbox
    stack.deliver(customer_mail(9, FEEDBACK))
    poller = poller_for(plumbing_config)
    summary = poller.poll_once()
    assert summary.replies == 1
    # Simulate the crash window: the reply went out (it is in Sent) but the row says sending.
    db = sqlite3.connect(load_config(plumbing_config).store_path)
    db.execute("UPDATE outbox SET status='sending'")
    db.commit()
    poller_for(plumbing_config).poll_once()
    assert db.execute("SELECT status FROM outbox").fetchone()[0] == "sent"
    # Not in Sent either: uncertain, flagged, still not re-sent.
    db.execute("UPDATE outbox SET status='sending', reply_id='<other@okpay.test>'")
    db.commit()
    poller_for(plumbing_config).poll_once()
    assert db.execute("SELECT status FROM outbox").fetchone()[0] == "uncertain"
    db.close()
    assert len(stack.captured()) == 1


def test_shadow_mode_sends_and_moves_nothing(clean_mailbox: MailStack, tmp_path: Path) -> None:
    stack = clean_mailbox
    config = config_for(stack, tmp_path / "shadow", service={"mode": "shadow"}, **PLUMBING)
    stack.deliver(customer_mail(10, TX_FAILED))
    summary = poller_for(config).poll_once()
    assert summary.new == 1
    assert stack.captured() == []
    assert len(inbox_uids(stack)) == 1
    db = sqlite3.connect(load_config(config).store_path)
    assert db.execute("SELECT status FROM outbox").fetchall() == [("shadow",)]
    db.close()
    assert poller_for(config).poll_once().new == 0


def test_forward_to_helpdesk_is_masked_with_headers(
    clean_mailbox: MailStack, tmp_path: Path
) -> None:
    stack = clean_mailbox
    config = config_for(
        stack, tmp_path / "fwd", queue={"forward_to": "helpdesk@okpay.test"}, **PLUMBING
    )
    stack.deliver(customer_mail(11, "My card 4111 1111 1111 1111 was charged twice for 20 EUR."))
    poller_for(config).poll_once()
    forwards = [m for m in stack.captured() if m.rcpt_tos == ("helpdesk@okpay.test",)]
    assert len(forwards) == 1
    fwd = forwards[0]
    assert fwd.message["X-Triage-Ticket"].startswith("TKT-")
    assert fwd.message["X-Triage-Category"]
    assert b"4111 1111 1111 1111" not in fwd.raw
    assert b"4111111111111111" not in fwd.raw


def test_cli_once_exit_code_and_dead_server(
    clean_mailbox: MailStack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stack = clean_mailbox
    config = config_for(stack, tmp_path / "dead", imap={"port": 1})
    assert main(["once", "-q", "-c", str(config)]) == 1
    err = capsys.readouterr().err
    assert "poll failed" in err and "IMAP" in err
    assert "Traceback" not in err


def test_one_failing_mailbox_does_not_stop_the_others(
    clean_mailbox: MailStack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stack = clean_mailbox
    (tmp_path / "wrong").write_text("not-the-password")
    config = config_for(
        stack,
        tmp_path / "multi",
        **PLUMBING,
        mailboxes={"broken": {"username": stack.default_user,
                              "password_file": str(tmp_path / "wrong")}},
    )  # fmt: skip
    stack.deliver(customer_mail(12, FEEDBACK))
    assert main(["once", "-q", "-c", str(config)]) == 1  # one mailbox failed: non-zero exit
    assert len(stack.captured()) == 1  # ...but the healthy one was triaged
    err = capsys.readouterr().err
    assert "mailbox broken" in err and "login failed" in err
    assert main(["status", "-c", str(config)]) == 0
    status = capsys.readouterr().out
    assert "broken" in status and "support" in status
    assert "login failed" in status


def test_urgent_mail_goes_to_the_urgent_folder_even_when_the_model_abstains(
    clean_mailbox: MailStack, tmp_path: Path
) -> None:
    stack = clean_mailbox
    # A threshold no prediction reaches: the model abstains on everything.
    config = config_for(stack, tmp_path / "u", classifier={"threshold": 0.999999})
    stack.deliver(customer_mail(13, "Someone stole my phone, please freeze my wallet now!"))
    summary = poller_for(config).poll_once()
    assert summary.rows[0]["action"] == "human_only"
    assert summary.rows[0]["priority"] == "urgent"
    assert all_folders(stack).get("Triage/Urgent") == 1
    assert stack.captured() == []


def test_a_queue_folder_created_meanwhile_is_not_an_error(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    """An agent (or another process) may create the folder between our LIST and CREATE."""
    from triage.mailbox import ImapMailbox

    stack = clean_mailbox
    mailbox = ImapMailbox(load_config(plumbing_config).imap)
    mailbox.open()
    try:
        other = stack.imap()
        other.create_folder("Triage/feedback")
        other.logout()
        assert mailbox.client is not None
        real_exists = mailbox.client.folder_exists
        mailbox.client.folder_exists = lambda folder: False  # type: ignore[method-assign]
        try:
            mailbox.ensure_folder("Triage/feedback")  # CREATE answers ALREADYEXISTS
        finally:
            mailbox.client.folder_exists = real_exists  # type: ignore[method-assign]
        assert "Triage/feedback" in mailbox._folders
    finally:
        mailbox.close()


def test_long_poll_keeps_no_unsolicited_responses(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    """imaplib hoards untagged responses (EXPUNGE, COPYUID, FLAGS after every new keyword);
    kept for a whole poll they grew the daemon by ~65 KB per mail."""
    from triage.mailbox import ImapMailbox

    stack = clean_mailbox
    for n in range(30):
        stack.deliver(customer_mail(100 + n, FEEDBACK))
    mailbox = ImapMailbox(load_config(plumbing_config).imap)
    mailbox.open()
    try:
        uids = mailbox.uids()
        assert len(mailbox.fetch(uids)) == 30
        for n, uid in enumerate(uids):
            mailbox.add_keywords(uid, [f"triage-new-keyword-{n}"])
            mailbox.move(uid, "Triage/feedback")
        mailbox.append("Sent", customer_mail(999, FEEDBACK))
        assert mailbox.client is not None
        kept = mailbox.client._imap.untagged_responses
        assert sum(len(v) for v in kept.values()) == 0, kept.keys()
    finally:
        mailbox.close()
    assert all_folders(stack)["Triage/feedback"] == 30


def test_a_replied_mail_costs_three_commits(
    clean_mailbox: MailStack, plumbing_config: Path
) -> None:
    """Each commit is an fsync: the decision, 'sending', then 'sent' with the plan's progress.
    Keywords, the copy to Sent and the move are safe to repeat, so a chunk's finished plans
    share one commit."""
    stack = clean_mailbox
    for n in range(3):
        stack.deliver(customer_mail(n, TX_FAILED, sender=f"c{n}@example.com"))
    poller = poller_for(plumbing_config)
    real_tx = poller.store.tx
    commits = 0

    @contextlib.contextmanager
    def counting_tx() -> Iterator[sqlite3.Connection]:
        nonlocal commits
        with real_tx() as db:
            yield db
        commits += 1

    poller.store.tx = counting_tx  # type: ignore[method-assign]
    summary = poller.poll_once()
    assert (summary.handled, summary.replies) == (3, 3)
    per_poll = 2  # the chunk's finished plans, mailbox_ok
    assert commits - per_poll == 3 * 3
    assert inbox_uids(stack) == []
    assert all_folders(stack)["Sent"] == 3
    rows = sqlite3.connect(load_config(plumbing_config).store_path).execute(
        "SELECT status, plan FROM messages"
    )
    assert sorted(rows) == [("done", "[]")] * 3


def test_imap_connection_sends_small_writes_at_once(plumbing_config: Path) -> None:
    """Nagle off: an APPEND's closing CRLF must not wait for the server's delayed ACK."""
    import socket

    from triage.mailbox import connect

    client = connect(load_config(plumbing_config).imap)
    try:
        assert client.socket().getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        client.logout()
