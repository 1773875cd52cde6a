"""The dev mail stack: real Dovecot and SMTP capture behave as the rest of the tests assume."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path
from types import ModuleType

import pytest

from triage.devstack import MailStack, StackUnavailable, ensure_dovecot_installed, wait_until
from triage.devstack import dovecot as dovecot_module
from triage.devstack import processes as processes_module
from triage.devstack.capture_files import (
    Fault,
    decode_capture,
    encode_capture,
    read_fault,
    take_fault,
    write_fault,
)
from triage.devstack.processes import is_alive

REPO = Path(__file__).resolve().parent.parent
SUPPORT = "support@okpay.test"


def make_mail(subject: str, message_id: str, body: str = "My transfer is missing.") -> bytes:
    mail = EmailMessage()
    mail["From"] = "Customer <customer@example.com>"
    mail["To"] = SUPPORT
    mail["Subject"] = subject
    mail["Message-ID"] = message_id
    mail.set_content(body)
    return mail.as_bytes(policy=mail.policy.clone(linesep="\r\n"))


def send(stack: MailStack, rcpts: list[str], raw: bytes) -> None:
    with smtplib.SMTP(stack.host, stack.smtp_port, timeout=10) as smtp:
        smtp.sendmail("replies@okpay.test", rcpts, raw)


# -- unit: file formats and polling ------------------------------------------------------------


def test_capture_file_round_trips_envelope_and_exact_bytes() -> None:
    raw = b"Subject: =?utf-8?b?6YCA5qy+?=\r\n\r\n.leading dot\r\n"
    mail = decode_capture(encode_capture("", ["a@x.test", "b@y.test"], raw), "n.eml")
    assert (mail.raw, mail.mail_from, mail.rcpt_tos) == (raw, "", ("a@x.test", "b@y.test"))
    assert mail.message["Subject"] == "退款"


def test_fault_counts_down_then_switches_off(tmp_path: Path) -> None:
    write_fault(tmp_path, Fault("tempfail", count=2, at="rcpt"))
    assert [take_fault(tmp_path).mode for _ in range(3)] == ["tempfail", "tempfail", "none"]
    assert not read_fault(tmp_path).active


def test_fault_without_count_affects_every_transaction(tmp_path: Path) -> None:
    write_fault(tmp_path, Fault("permfail"))
    assert all(take_fault(tmp_path).mode == "permfail" for _ in range(5))


@pytest.mark.parametrize(
    ("mode", "count", "at"), [("explode", None, "data"), ("drop", -1, "data"), ("drop", 1, "ehlo")]
)
def test_invalid_fault_is_rejected(mode: str, count: int | None, at: str) -> None:
    with pytest.raises(ValueError):
        Fault(mode, count, at)


def test_wait_until_returns_the_first_truthy_value() -> None:
    values = iter([0, None, "", 7, 8])
    assert wait_until(lambda: next(values), timeout=1.0, interval=0.001) == 7


def test_wait_until_raises_timeout_naming_the_condition() -> None:
    started = time.monotonic()
    with pytest.raises(TimeoutError, match="inbox has mail"):
        wait_until(lambda: False, timeout=0.05, interval=0.01, message="inbox has mail")
    assert time.monotonic() - started < 1.0


def test_missing_dovecot_without_root_is_reported_as_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dovecot_module, "dovecot_binary", lambda: None)
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    with pytest.raises(StackUnavailable, match="needs root: apt-get install -y dovecot-imapd"):
        ensure_dovecot_installed()


@pytest.mark.parametrize("had_policy", [False, True])
def test_install_blocks_service_start_and_updates_only_on_failure(
    tmp_path: Path, had_policy: bool
) -> None:
    policy = tmp_path / "policy-rc.d"
    if had_policy:
        policy.write_text("#!/bin/sh\nexit 0\n")
    calls: list[tuple[list[str], str]] = []
    returncodes = iter([100, 0, 0])  # install fails (no package lists), update, install

    def fake_run(argv: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        calls.append((argv, policy.read_text()))
        return subprocess.CompletedProcess(argv, next(returncodes), "", "")

    dovecot_module._apt_install_without_starting(policy, fake_run)
    assert [argv[:2] for argv, _ in calls] == [
        ["apt-get", "install"],
        ["apt-get", "update"],
        ["apt-get", "install"],
    ]
    assert all(text.rstrip().endswith("exit 101") for _, text in calls)
    assert policy.exists() == had_policy
    assert not had_policy or policy.read_text() == "#!/bin/sh\nexit 0\n"


# -- integration: IMAP + LMTP -----------------------------------------------------------------


@pytest.mark.integration
def test_delivered_mail_reads_back_without_becoming_seen(clean_mailbox: MailStack) -> None:
    raw = make_mail("Refund please", "<peek-1@example.com>")
    clean_mailbox.deliver(raw)
    with clean_mailbox.imap() as client:
        client.select_folder("INBOX")
        [uid] = client.search("ALL")
        fetched = client.fetch([uid], ["BODY.PEEK[]", "FLAGS"])[uid]
        # Dovecot prepends trace headers (Return-Path, Delivered-To, Received); the rest is ours.
        assert fetched[b"BODY[]"].endswith(raw)
        assert b"\\Seen" not in fetched[b"FLAGS"]
        assert b"\\Seen" not in client.get_flags([uid])[uid]


@pytest.mark.integration
def test_deliver_many_keeps_order_on_one_connection(clean_mailbox: MailStack) -> None:
    raws = [make_mail(f"mail {i}", f"<many-{i}@example.com>") for i in range(5)]
    assert clean_mailbox.deliver_many(raws) == 5
    with clean_mailbox.imap() as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        envelopes = client.fetch(uids, ["ENVELOPE"])
        subjects = [envelopes[uid][b"ENVELOPE"].subject for uid in sorted(uids)]
    assert subjects == [f"mail {i}".encode() for i in range(5)]


@pytest.mark.integration
def test_append_many_bulk_loads_in_order(clean_mailbox: MailStack) -> None:
    raws = [make_mail(f"bulk {i}", f"<bulk-{i}@example.com>") for i in range(7)]
    assert clean_mailbox.append_many(raws, batch=3) == 7
    with clean_mailbox.imap() as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        bodies = client.fetch(uids, ["BODY.PEEK[]"])
    assert [bodies[uid][b"BODY[]"] for uid in uids] == raws


@pytest.mark.integration
def test_keywords_are_stored_and_read_back(clean_mailbox: MailStack) -> None:
    clean_mailbox.deliver(make_mail("Where is my money", "<kw-1@example.com>"))
    with clean_mailbox.imap() as client:
        client.select_folder("INBOX")
        [uid] = client.search("ALL")
        client.add_flags([uid], [b"Triage-Refund", b"$AutoReplied"])
    with clean_mailbox.imap() as other:
        other.select_folder("INBOX", readonly=True)
        flags = set(other.get_flags([uid])[uid])
        assert {b"Triage-Refund", b"$AutoReplied"} <= flags
        assert other.search(["KEYWORD", "Triage-Refund"]) == [uid]


@pytest.mark.integration
def test_created_folder_receives_moved_mail(clean_mailbox: MailStack) -> None:
    clean_mailbox.deliver(make_mail("Refund", "<move-1@example.com>"))
    with clean_mailbox.imap() as client:
        client.create_folder("Triage/Refund")
        client.create_folder("Sent")
        client.select_folder("INBOX")
        client.move(client.search("ALL"), "Triage/Refund")
        assert client.search("ALL") == []
        client.select_folder("Triage/Refund", readonly=True)
        [uid] = client.search("ALL")
        body = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
        assert b"Message-ID: <move-1@example.com>" in body
        names = {name for _, _, name in client.list_folders()}
    assert {"INBOX", "Triage/Refund", "Sent"} <= names


@pytest.mark.integration
def test_clean_mailbox_left_nothing_from_earlier_tests(clean_mailbox: MailStack) -> None:
    with clean_mailbox.imap() as client:
        assert [name for _, _, name in client.list_folders()] == ["INBOX"]
        client.select_folder("INBOX", readonly=True)
        assert client.search("ALL") == []
    assert clean_mailbox.captured() == []


@pytest.mark.integration
def test_idle_wakes_up_after_delivery(clean_mailbox: MailStack) -> None:
    with clean_mailbox.imap() as client:
        client.select_folder("INBOX")
        client.idle()
        try:
            clean_mailbox.deliver(make_mail("Hello", "<idle-1@example.com>"))
            delivered = time.monotonic()
            responses: list[object] = []
            # Dovecot 2.3 batches change notifications for a fixed ~0.5 s.
            while not any(r[1] == b"EXISTS" for r in responses if isinstance(r, tuple)):
                left = delivered + 5.0 - time.monotonic()
                assert left > 0, f"no EXISTS within 5 s; got {responses}"
                responses += client.idle_check(timeout=left)
            assert time.monotonic() - delivered < 5.0
        finally:
            client.idle_done()


@pytest.mark.integration
def test_restarted_dovecot_keeps_mail_and_uidvalidity(clean_mailbox: MailStack) -> None:
    clean_mailbox.deliver(make_mail("Before restart", "<restart-1@example.com>"))
    with clean_mailbox.imap() as client:
        before = client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
    old_pid = clean_mailbox.dovecot.pid
    clean_mailbox.restart_dovecot()
    assert clean_mailbox.dovecot.pid != old_pid
    assert old_pid is not None and not is_alive(old_pid)
    with clean_mailbox.imap() as client:
        after = client.select_folder("INBOX", readonly=True)
        assert client.search("ALL") == uids
    assert after[b"UIDVALIDITY"] == before[b"UIDVALIDITY"]


@pytest.mark.integration
def test_dovecot_comes_back_after_a_crash_with_the_mail(clean_mailbox: MailStack) -> None:
    clean_mailbox.deliver(make_mail("Before crash", "<crash-1@example.com>"))
    master = clean_mailbox.dovecot.pid
    assert master is not None
    helpers = clean_mailbox.dovecot.instance_pids()
    # Only the master dies: its helpers are orphaned and still hold the ports.
    os.kill(master, signal.SIGKILL)
    wait_until(lambda: not clean_mailbox.dovecot.alive(), timeout=5)
    clean_mailbox.start_dovecot()
    assert not any(is_alive(pid) for pid in helpers)
    assert clean_mailbox.folder_counts() == {"INBOX": 1}
    clean_mailbox.kill_dovecot()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((clean_mailbox.host, clean_mailbox.imap_port), timeout=5).close()
    clean_mailbox.start_dovecot()
    assert clean_mailbox.folder_counts() == {"INBOX": 1}


@pytest.mark.integration
def test_folder_counts_lists_selectable_folders(clean_mailbox: MailStack) -> None:
    clean_mailbox.deliver_many([make_mail(f"s{i}", f"<fc-{i}@example.com>") for i in range(3)])
    with clean_mailbox.imap() as client:
        client.create_folder("Triage/Refund")
        client.select_folder("INBOX")
        client.move(client.search("ALL")[:1], "Triage/Refund")
    assert clean_mailbox.folder_counts() == {"INBOX": 2, "Triage/Refund": 1}


# -- integration: SMTP capture ----------------------------------------------------------------


@pytest.mark.integration
def test_capture_records_envelope_and_headers(clean_mailbox: MailStack) -> None:
    raw = make_mail("Re: Refund please", "<reply-1@okpay.test>", body=".dot-stuffed line\n")
    send(clean_mailbox, ["customer@example.com", "audit@okpay.test"], raw)
    [mail] = clean_mailbox.captured()
    assert mail.mail_from == "replies@okpay.test"
    assert mail.rcpt_tos == ("customer@example.com", "audit@okpay.test")
    assert mail.raw == raw
    assert mail.message["Message-ID"] == "<reply-1@okpay.test>"
    assert mail.message["Subject"] == "Re: Refund please"


@pytest.mark.integration
def test_wait_for_captured_returns_once_enough_arrived(clean_mailbox: MailStack) -> None:
    with pytest.raises(TimeoutError, match="1 captured"):
        clean_mailbox.wait_for_captured(1, timeout=0.1)
    send(clean_mailbox, ["c@example.com"], make_mail("w", "<w@okpay.test>"))
    assert [m.message["Subject"] for m in clean_mailbox.wait_for_captured(1)] == ["w"]


@pytest.mark.integration
def test_captured_mails_are_listed_in_arrival_order(clean_mailbox: MailStack) -> None:
    for i in range(4):
        send(clean_mailbox, ["c@example.com"], make_mail(f"n{i}", f"<order-{i}@okpay.test>"))
    assert [m.message["Subject"] for m in clean_mailbox.captured()] == ["n0", "n1", "n2", "n3"]
    clean_mailbox.clear_captured()
    assert clean_mailbox.captured() == []


@pytest.mark.integration
@pytest.mark.parametrize(("mode", "code"), [("tempfail", 451), ("permfail", 550)])
@pytest.mark.parametrize(
    ("at", "error"),
    [
        ("data", smtplib.SMTPDataError),
        ("mail", smtplib.SMTPSenderRefused),
    ],
)
def test_injected_failure_rejects_one_send_then_recovers(
    clean_mailbox: MailStack, mode: str, code: int, at: str, error: type[Exception]
) -> None:
    clean_mailbox.set_smtp_fault(mode, count=1, at=at)
    raw = make_mail("reply", "<fault@okpay.test>")
    with pytest.raises(error) as caught:
        send(clean_mailbox, ["c@example.com"], raw)
    assert isinstance(caught.value, smtplib.SMTPResponseException)
    assert caught.value.smtp_code == code
    assert clean_mailbox.captured() == []
    send(clean_mailbox, ["c@example.com"], raw)
    assert len(clean_mailbox.captured()) == 1


@pytest.mark.integration
def test_injected_rcpt_failure_refuses_the_recipient(clean_mailbox: MailStack) -> None:
    clean_mailbox.set_smtp_fault("tempfail", count=1, at="rcpt")
    with pytest.raises(smtplib.SMTPRecipientsRefused) as caught:
        send(clean_mailbox, ["c@example.com"], make_mail("r", "<rcpt@okpay.test>"))
    assert caught.value.recipients["c@example.com"][0] == 451


@pytest.mark.integration
@pytest.mark.parametrize("at", ["mail", "rcpt", "data"])
def test_injected_drop_disconnects_without_storing(clean_mailbox: MailStack, at: str) -> None:
    clean_mailbox.set_smtp_fault("drop", count=1, at=at)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        send(clean_mailbox, ["c@example.com"], make_mail("d", "<drop@okpay.test>"))
    assert clean_mailbox.captured() == []
    assert clean_mailbox.smtp.alive()


@pytest.mark.integration
def test_fault_without_count_persists_until_cleared(clean_mailbox: MailStack) -> None:
    clean_mailbox.set_smtp_fault("permfail")
    for _ in range(3):
        with pytest.raises(smtplib.SMTPDataError):
            send(clean_mailbox, ["c@example.com"], make_mail("p", "<p@okpay.test>"))
    clean_mailbox.set_smtp_fault("none")
    send(clean_mailbox, ["c@example.com"], make_mail("p", "<p@okpay.test>"))
    assert len(clean_mailbox.captured()) == 1


@pytest.mark.integration
def test_stopped_smtp_refuses_connections_until_started(clean_mailbox: MailStack) -> None:
    clean_mailbox.stop_smtp()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((clean_mailbox.host, clean_mailbox.smtp_port), timeout=5).close()
    clean_mailbox.start_smtp()
    send(clean_mailbox, ["c@example.com"], make_mail("back", "<back@okpay.test>"))
    assert [m.message["Subject"] for m in clean_mailbox.captured()] == ["back"]


@pytest.mark.integration
def test_start_retries_with_new_ports_when_a_port_was_taken(
    mailstack: MailStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `mailstack` only to skip where Dovecot cannot run; this starts its own stack.
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        picks = iter([taken])
        real_free_port = processes_module.free_port
        monkeypatch.setattr(
            dovecot_module, "free_port", lambda host: next(picks, None) or real_free_port(host)
        )
        with MailStack.start() as stack:
            assert stack.imap_port != taken
            assert "Address already in use" in stack.dovecot.layout.log_file.read_text()
            stack.deliver(make_mail("retry", "<retry@example.com>"))
            assert stack.folder_counts() == {"INBOX": 1}
        assert not stack.root.exists()


# -- integration: state file and CLI ----------------------------------------------------------


@pytest.mark.integration
def test_state_file_lets_another_handle_reach_the_stack(
    clean_mailbox: MailStack, tmp_path: Path
) -> None:
    state = tmp_path / "mailstack.json"
    clean_mailbox.write_state(state)
    assert state.stat().st_mode & 0o077 == 0
    attached = MailStack.load_state(state)
    assert (attached.imap_port, attached.smtp_port) == (
        clean_mailbox.imap_port,
        clean_mailbox.smtp_port,
    )
    assert attached.dovecot.alive() and attached.smtp.alive()
    attached.deliver(make_mail("via state", "<state@example.com>"))
    with clean_mailbox.imap() as client:
        client.select_folder("INBOX", readonly=True)
        assert len(client.search("ALL")) == 1


def load_cli() -> ModuleType:
    """scripts/mailstack.py as a module, to call its main() in-process."""
    spec = importlib.util.spec_from_file_location(
        "mailstack_cli", REPO / "scripts" / "mailstack.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.integration
def test_cli_starts_in_background_and_stops(
    mailstack: MailStack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `mailstack` only to skip where Dovecot cannot run; the CLI starts its own stack.
    state = tmp_path / "cli.json"
    # A real child process for start: capture_output would hang if a server kept our pipes.
    started = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "mailstack.py"), "start", "--state", str(state)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr
    printed = dict(line.split("=", 1) for line in started.stdout.splitlines())
    recorded = json.loads(state.read_text())
    assert int(printed["MAILSTACK_IMAP_PORT"]) == recorded["imap_port"]
    cli = load_cli()
    try:
        assert cli.main(["status", "--state", str(state)]) == 0
        with socket.create_connection(("127.0.0.1", recorded["imap_port"]), timeout=5) as sock:
            assert sock.recv(100).startswith(b"* OK")
    finally:
        assert cli.main(["stop", "--state", str(state)]) == 0
    assert not is_alive(recorded["dovecot_pid"]) and not is_alive(recorded["smtp_pid"])
    assert not Path(recorded["root"]).exists()
    assert cli.main(["status", "--state", str(state)]) == 3
    assert "not running" in capsys.readouterr().out
