"""Faults around the daemon: Dovecot restarts, SMTP failures, a locked, read-only or full state
database. Each must end with every mail filed once and no customer answered twice."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench.common import (
    HIGH_LIMITS,
    ForkedTriage,
    corpus_mails,
    db_rows,
    demo_corpus,
    retarget,
    wait_child,
    warm_up,
)
from scripts.chaos import ChaosReport, check, finished, in_reply_to
from tests.conftest import config_for
from triage import cli
from triage.cli import build_service
from triage.config import load_config
from triage.daemon import Daemon
from triage.devstack import MailStack, wait_until
from triage.explain import explain
from triage.service import Service

pytestmark = pytest.mark.integration


# --- helpers -------------------------------------------------------------------------------------


@pytest.fixture
def state_dir() -> Iterator[Path]:
    """A directory on tmpfs for the state database: these tests are about crashes, not fsync
    speed, and a disk-backed database makes each mail ~50 ms slower."""
    where = Path(
        tempfile.mkdtemp(prefix="faults", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    )
    yield where
    shutil.rmtree(where, ignore_errors=True)


def make_config(stack: MailStack, folder: Path, **sections: dict[str, object]) -> Path:
    return config_for(stack, folder, limits=dict(HIGH_LIMITS), **sections)


@pytest.fixture
def service_for() -> Iterator[Callable[[Path], Service]]:
    """Builds the daemon's service for a config, in-process; closes their stores afterwards."""
    built: list[Service] = []

    def build(config: Path) -> Service:
        built.append(build_service(load_config(config)))
        return built[-1]

    yield build
    for service in built:
        with contextlib.suppress(Exception):
            service.store.close()


def replied_mail(service: Service, tag: str) -> tuple[str, bytes]:
    """A demo mail that the configured model answers, with a fresh Message-ID and sender."""
    engine = service.pollers[0].engine
    now = datetime.now(UTC)
    for name, raw in demo_corpus():
        mid = f"<fault-{tag}-{name}@customers.example>"
        mail = retarget(raw, mid, f"{tag}@customers.example")
        if explain(engine, mail, now=now)["reply"]:
            return mid, mail
    pytest.fail("no demo mail gets an auto-reply from this model")


def folder_of(stack: MailStack, message_id: str) -> list[str]:
    """Every folder holding a mail with this Message-ID."""
    found = []
    with stack.imap() as client:
        for flags, _, name in client.list_folders():
            if b"\\Noselect" in flags:
                continue
            client.select_folder(name, readonly=True)
            if client.search(["HEADER", "Message-ID", message_id]):
                found.append(str(name))
    return found


def outbox(config: Path) -> list[tuple[str, int]]:
    db = load_config(config).store_path
    return [(str(s), int(a)) for s, a in db_rows(db, "SELECT status, attempts FROM outbox")]


def replies_to(stack: MailStack, message_id: str) -> int:
    return sum(1 for m in stack.captured() if in_reply_to(m.message) == message_id)


# --- Dovecot restarted mid-backlog -----------------------------------------------------------------


def test_dovecot_restart_mid_backlog_loses_and_doubles_nothing(
    clean_mailbox: MailStack, tmp_path: Path, state_dir: Path
) -> None:
    stack = clean_mailbox
    config = make_config(stack, state_dir, poll={"interval_seconds": 1})
    db = load_config(config).store_path
    batch = corpus_mails(30, "restart")
    stack.deliver_many(m.raw for m in batch)
    warm_up(config)
    daemon = ForkedTriage("run", config, tmp_path / "daemon.log")
    try:
        wait_until(
            lambda: (
                bool(db_rows(db, "SELECT COUNT(*) FROM messages WHERE status='done'"))
                and db_rows(db, "SELECT COUNT(*) FROM messages WHERE status='done'")[0][0] >= 3
            ),
            timeout=60,
            message="the daemon handling its first mails",
        )
        stack.restart_dovecot()
        assert daemon.poll() is None, "the daemon died with Dovecot"
        wait_until(lambda: finished(db, stack), timeout=90, message="the backlog done")
    finally:
        stopping = time.monotonic()
        daemon.send_signal(signal.SIGTERM)
        exit_code = wait_child(daemon, stopping, 30).returncode
    report = ChaosReport(mails=len(batch), kills_planned=0, final_exit_code=exit_code)
    check(report, stack, db, {m.message_id for m in batch})
    assert report.problems == [], "\n".join(report.lines())
    log = (tmp_path / "daemon.log").read_text()
    assert "poll failed" in log or "IDLE connection lost" in log, "the restart went unnoticed"


# --- SMTP faults -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "at", "count"),
    [("tempfail", "data", 2), ("tempfail", "mail", 1), ("drop", "data", 1)],
)
def test_transient_smtp_failure_is_retried_and_answered_once(
    clean_mailbox: MailStack,
    tmp_path: Path,
    mode: str,
    at: str,
    count: int,
    service_for: Callable[[Path], Service],
) -> None:
    stack = clean_mailbox
    config = make_config(stack, tmp_path / "triage")
    service = service_for(config)
    mid, mail = replied_mail(service, f"transient-{mode}-{at}")
    stack.set_smtp_fault(mode, count=count, at=at)
    stack.deliver(mail)
    for attempt in range(count):
        summary = service.poll_all().polls[0]
        assert summary.deferred == 1, f"attempt {attempt + 1} was not deferred"
        assert replies_to(stack, mid) == 0
        assert folder_of(stack, mid) == ["INBOX"], "a deferred mail must wait in the inbox"
        assert [r.get("finished") for r in summary.rows] == ([False] if attempt == 0 else [])
    final = service.poll_all().polls[0]
    assert replies_to(stack, mid) == 1
    assert outbox(config) == [("sent", count + 1)]
    # The poll that finished the plan reports the mail, so metrics count it exactly once.
    [row] = final.rows
    assert (row["resumed"], row["finished"], row["reply_sent"]) == (True, True, True)
    assert row["action"] in ("ask_for_details", "send_faq", "acknowledge")
    [folder] = folder_of(stack, mid)
    assert folder.startswith("Triage/")
    service.poll_all()  # nothing left to do: no second reply
    assert replies_to(stack, mid) == 1


def test_permanent_smtp_failure_gives_up_the_reply_but_files_the_mail(
    clean_mailbox: MailStack, tmp_path: Path, service_for: Callable[[Path], Service]
) -> None:
    stack = clean_mailbox
    config = make_config(stack, tmp_path / "triage")
    service = service_for(config)
    mid, mail = replied_mail(service, "permfail")
    stack.set_smtp_fault("permfail", count=None, at="data")
    stack.deliver(mail)
    summary = service.poll_all().polls[0]
    assert summary.handled == 1 and summary.replies == 0
    assert outbox(config) == [("failed", 1)]
    [folder] = folder_of(stack, mid)
    assert folder.startswith("Triage/"), "agents must still find the mail in a queue"
    stack.set_smtp_fault("none")
    service.poll_all()
    assert stack.captured() == [], "a permanent failure must not be retried later"
    assert outbox(config) == [("failed", 1)]


# --- the state database ------------------------------------------------------------------------------


def poll_fails_then_recovers(
    stack: MailStack, service: Service, mid: str, caplog: pytest.LogCaptureFixture, why: str
) -> Daemon:
    """With the database unusable: the daemon's poll fails with ``why`` logged, the mail waits
    in the inbox unanswered. Returns the daemon for the caller's recovery step."""
    daemon = Daemon(service.poll_all, interval=1, request_stop=service.request_stop)
    with caplog.at_level(logging.ERROR, logger="triage"):
        assert daemon.safe_poll() is None
        assert daemon.safe_poll() is None
    assert daemon.failures == 2
    failed = [r.getMessage() for r in caplog.records if "poll failed" in r.getMessage()]
    assert failed and all(why in m for m in failed), failed
    assert folder_of(stack, mid) == ["INBOX"]
    assert replies_to(stack, mid) == 0
    return daemon


def assert_recovered(stack: MailStack, daemon: Daemon, mid: str) -> None:
    assert daemon.safe_poll() is not None
    assert daemon.failures == 0
    [folder] = folder_of(stack, mid)
    assert folder.startswith("Triage/")
    assert replies_to(stack, mid) == 1


def test_locked_database_fails_the_poll_clearly_and_loses_nothing(
    clean_mailbox: MailStack,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    service_for: Callable[[Path], Service],
) -> None:
    stack = clean_mailbox
    config = make_config(stack, tmp_path / "triage")
    service = service_for(config)
    # The product waits 10 s for a lock, as a daemon should; the test need not.
    service.store.db.execute("PRAGMA busy_timeout=100")
    mid, mail = replied_mail(service, "locked")
    stack.deliver(mail)
    holder = sqlite3.connect(str(load_config(config).store_path), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        daemon = poll_fails_then_recovers(stack, service, mid, caplog, "database is locked")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_recovered(stack, daemon, mid)


@contextlib.contextmanager
def small_tmpfs(size: str) -> Iterator[Path]:
    """A private tmpfs of ``size`` (root only); skips the test where mounting is not allowed."""
    where = Path(tempfile.mkdtemp(prefix="tfs", dir="/tmp"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        where.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)
        with contextlib.suppress(OSError):
            where.rmdir()


def remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)


def test_database_turning_read_only_fails_the_poll_clearly_and_loses_nothing(
    clean_mailbox: MailStack,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    service_for: Callable[[Path], Service],
) -> None:
    stack = clean_mailbox
    config = make_config(stack, tmp_path / "triage")
    service = service_for(config)
    mid, mail = replied_mail(service, "readonly")
    stack.deliver(mail)
    # A file system cannot be remounted read-only under an open writer, and root ignores file
    # modes; query_only makes SQLite refuse every write on the daemon's own connection, which
    # is what a database turned read-only under a running daemon looks like to it.
    service.store.db.execute("PRAGMA query_only=ON")
    try:
        daemon = poll_fails_then_recovers(stack, service, mid, caplog, "readonly database")
    finally:
        service.store.db.execute("PRAGMA query_only=OFF")
    assert_recovered(stack, daemon, mid)


def test_read_only_database_at_start_is_a_clear_error_and_touches_no_mail(
    clean_mailbox: MailStack,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    service_for: Callable[[Path], Service],
) -> None:
    stack = clean_mailbox
    with small_tmpfs("8m") as disk:
        db = disk / "t.sqlite3"
        config = make_config(stack, tmp_path / "triage", store={"path": str(db)})
        service_for(config).store.close()  # the database exists, then turns read-only
        mid = corpus_mails(1, "ro-start")[0]
        stack.deliver(mid.raw)
        remount(disk, "ro")
        root = logging.getLogger()
        handlers, level = root.handlers[:], root.level  # cli.main configures the root logger
        try:
            code = cli.main(["once", "-c", str(config)])
        finally:
            remount(disk, "rw")
            root.handlers[:], root.level = handlers, level
        err = capsys.readouterr().err
        assert code != 0
        assert str(db) in err and "Traceback" not in err
        assert folder_of(stack, mid.message_id) == ["INBOX"]
        try:
            assert cli.main(["once", "-c", str(config)]) == 0
        finally:
            root.handlers[:], root.level = handlers, level
        assert folder_of(stack, mid.message_id)[0].startswith("Triage/")


def fill(disk: Path) -> Path:
    """Write a file until the file system is full; return it."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        block = b"\0" * 4096
        while True:
            try:
                os.write(fd, block)
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    return filler
                raise
    finally:
        os.close(fd)


def test_full_disk_fails_the_poll_clearly_and_loses_nothing(
    clean_mailbox: MailStack,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    service_for: Callable[[Path], Service],
) -> None:
    stack = clean_mailbox
    with small_tmpfs("2m") as disk:
        config = make_config(stack, tmp_path / "triage", store={"path": str(disk / "t.sqlite3")})
        service = service_for(config)
        mid, mail = replied_mail(service, "full")
        stack.deliver(mail)
        filler = fill(disk)
        try:
            daemon = poll_fails_then_recovers(stack, service, mid, caplog, "full")
        finally:
            os.unlink(filler)
        assert_recovered(stack, daemon, mid)
        service.store.close()  # before the tmpfs is unmounted
