"""`triage run` as a real process: IDLE wake-ups, clean stop on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PLUMBING, config_for
from tests.test_poller_integration import FEEDBACK, customer_mail
from triage.devstack import MailStack, wait_until

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as r:
        return str(r.read().decode())


def handled_count(port: int) -> float:
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in scrape(port).splitlines()
        if line.startswith("triage_mails_handled_total{") and 'mailbox="support"' in line
    )


def start_daemon(config: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "triage.cli", "-v", "run", "-c", str(config)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def test_idle_wakes_the_daemon_and_sigterm_stops_it(
    clean_mailbox: MailStack, tmp_path: Path
) -> None:
    stack = clean_mailbox
    # A five-minute interval: only IDLE can explain a reply within seconds.
    port = free_port()
    config = config_for(
        stack,
        tmp_path / "d",
        poll={"interval_seconds": 300},
        metrics={"enabled": True, "port": port},
        **PLUMBING,
    )
    log = tmp_path / "daemon.log"
    proc = start_daemon(config, log)
    try:
        wait_until(lambda: b"daemon started" in log.read_bytes(), timeout=120,
                   message="daemon did not start")  # fmt: skip
        # Let the first (empty) poll finish and IDLE settle before the mail arrives.
        wait_until(lambda: b"poll support:" in log.read_bytes(), timeout=120)
        stack.deliver(customer_mail(40, FEEDBACK))
        wait_until(lambda: len(stack.captured()) == 1, timeout=60,
                   message="no reply: IDLE did not wake the daemon")  # fmt: skip
        stack.deliver(customer_mail(41, FEEDBACK, sender="dave@example.com"))
        wait_until(lambda: len(stack.captured()) == 2, timeout=60)
        # The reply is out before the poll that sent it has finished filing the mail.
        wait_until(lambda: handled_count(port) == 2, timeout=60,
                   message="metrics do not count the two mails")  # fmt: skip
        assert 'triage_model_info{version="' in scrape(port)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as r:
            assert r.status == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    assert code == 0, log.read_text()
    text = log.read_text()
    assert "daemon stopped" in text
    assert "Traceback" not in text


def test_daemon_survives_imap_outage(clean_mailbox: MailStack, tmp_path: Path) -> None:
    stack = clean_mailbox
    config = config_for(stack, tmp_path / "o", poll={"interval_seconds": 1}, **PLUMBING)
    log = tmp_path / "daemon.log"
    proc = start_daemon(config, log)
    try:
        wait_until(lambda: b"poll support:" in log.read_bytes(), timeout=120)
        stack.stop_dovecot()
        wait_until(lambda: b"poll failed" in log.read_bytes(), timeout=60)
        stack.start_dovecot()
        stack.deliver(customer_mail(42, FEEDBACK))
        wait_until(lambda: len(stack.captured()) == 1, timeout=60,
                   message="the daemon did not recover after the IMAP outage")  # fmt: skip
        assert proc.poll() is None, "the daemon died"
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    assert code == 0, log.read_text()
    assert os.path.exists(log)


def test_idle_connection_keeps_no_unsolicited_responses(
    clean_mailbox: MailStack, tmp_path: Path
) -> None:
    """The IDLE connection lives for months; imaplib would keep an EXISTS and an EXPUNGE
    of every mail that ever arrived."""
    import threading

    from triage.config import load_config
    from triage.idle import IdleWatcher

    stack = clean_mailbox
    cfg = load_config(config_for(stack, tmp_path / "triage"))
    kept: list[int] = []
    woken = threading.Event()

    def on_change() -> None:
        assert watcher.mailbox is not None and watcher.mailbox.client is not None
        kept.append(sum(len(v) for v in watcher.mailbox.client._imap.untagged_responses.values()))
        woken.set()

    stop = threading.Event()
    watcher = IdleWatcher(cfg.imap, on_change, stop)
    watcher.start()
    try:
        assert woken.wait(30), "no catch-up call after connecting"
        for n in range(8):
            woken.clear()
            stack.deliver(customer_mail(200 + n, FEEDBACK))
            assert woken.wait(30), f"mail {n} did not wake the watcher"
    finally:
        stop.set()
        watcher.join(30)
    assert len(kept) == 9
    assert max(kept[1:]) == 0, kept
