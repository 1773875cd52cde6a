"""MailStack: a private Dovecot (IMAP + LMTP) plus an SMTP capture server on loopback."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import smtplib
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import imapclient

from triage.devstack.capture import SmtpCapture
from triage.devstack.capture_files import CapturedMail
from triage.devstack.dovecot import DovecotServer
from triage.devstack.errors import DevstackError, StackUnavailable
from triage.devstack.processes import Managed
from triage.devstack.waiting import wait_until

log = logging.getLogger(__name__)

SUPPORT_USER = "support@okpay.test"
DEFAULT_USERS: tuple[tuple[str, str], ...] = ((SUPPORT_USER, "support-pass"),)
STATE_VERSION = 1
START_ATTEMPTS = 3


def make_root(in_memory: bool = False) -> Path:
    """A fresh short directory that Dovecot's unprivileged processes can traverse.

    Not pytest's tmp_path: its parent is 0700, which ``nobody`` and ``dovecot`` cannot enter.
    """
    parent = "/dev/shm" if in_memory and os.path.isdir("/dev/shm") else "/tmp"
    root = Path(tempfile.mkdtemp(prefix="ms", dir=parent))
    root.chmod(0o755)
    return root


class MailStack:
    """Real IMAP/LMTP/SMTP servers on loopback for tests, the demo and benchmarks.

    Use ``MailStack.start()`` (or ``with MailStack.start() as stack:``); ``load_state`` attaches
    to a stack another process started and recorded with ``write_state``.
    """

    def __init__(
        self,
        root: Path,
        users: tuple[tuple[str, str], ...],
        dovecot: DovecotServer,
        smtp: SmtpCapture,
        owns_root: bool,
    ) -> None:
        self.root = root
        self.users = users
        self.dovecot = dovecot
        self.smtp = smtp
        self.owns_root = owns_root

    @property
    def host(self) -> str:
        return self.dovecot.host

    @property
    def imap_port(self) -> int:
        return self.dovecot.imap_port

    @property
    def lmtp_port(self) -> int:
        return self.dovecot.lmtp_port

    @property
    def smtp_port(self) -> int:
        return self.smtp.port

    @property
    def mail_format(self) -> str:
        return self.dovecot.mail_format

    @classmethod
    def start(
        cls,
        root: Path | None = None,
        users: Sequence[tuple[str, str]] = DEFAULT_USERS,
        mail_format: str = "maildir",
        *,
        in_memory: bool = False,
        host: str = "127.0.0.1",
        timeout: float = 20.0,
    ) -> MailStack:
        """Start Dovecot and the capture server; return once both greet. ``root``: data dir.

        Without ``root`` a new dir is made under /tmp (/dev/shm with ``in_memory``, advised
        for benchmarks with thousands of mails) and deleted by ``stop()``.
        """
        user_pairs = tuple((user, password) for user, password in users)
        if not user_pairs:
            raise ValueError("at least one user is needed")
        owns_root = root is None
        if root is None:
            root = make_root(in_memory)
        else:
            root.mkdir(parents=True, exist_ok=True)
            root.chmod(0o755)
        for attempt in range(1, START_ATTEMPTS + 1):
            # Fresh ports each attempt: a port free when picked can be taken before the bind.
            dovecot = DovecotServer(root, user_pairs, host=host, mail_format=mail_format)
            smtp = SmtpCapture(root / "smtp", host=host)
            stack = cls(root, user_pairs, dovecot, smtp, owns_root)
            try:
                dovecot.write_config()
                # Both boot in parallel: Python's start-up is the larger share of the wait.
                smtp_started = smtp.launch()
                dovecot_started = dovecot.launch()
                dovecot.wait_ready(dovecot_started, timeout)
                smtp.wait_ready(smtp_started, timeout)
                return stack
            except DevstackError as exc:
                last_attempt = attempt == START_ATTEMPTS or isinstance(exc, StackUnavailable)
                stack.stop(remove_root=owns_root and last_attempt)
                if last_attempt:
                    raise
                log.warning("mail stack start attempt %s failed, retrying: %s", attempt, exc)
            except BaseException:
                stack.stop()
                raise
        raise AssertionError("unreachable")  # the loop returns or raises

    def stop(self, remove_root: bool | None = None) -> None:
        """Stop both servers; delete the data dir when we created it (or ``remove_root``)."""
        try:
            self.smtp.request_stop()  # Python's exit overlaps Dovecot's shutdown
            self.dovecot.stop()
        finally:
            self.smtp.stop()
        if self.owns_root if remove_root is None else remove_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> MailStack:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def password(self, user: str) -> str:
        """The password of ``user``; KeyError when the stack has no such user."""
        for name, password in self.users:
            if name == user:
                return password
        raise KeyError(f"no user {user!r} in this mail stack")

    @property
    def default_user(self) -> str:
        """The first configured user (the support mailbox by default)."""
        return self.users[0][0]

    # -- mail in: LMTP ---------------------------------------------------------------------

    def deliver(
        self, raw: bytes, rcpt: str = SUPPORT_USER, mail_from: str = "customer@example.com"
    ) -> None:
        """Deliver one mail into ``rcpt``'s INBOX over LMTP; it is stored when this returns.

        Dovecot prepends Return-Path, Delivered-To and Received: the stored mail ends with
        ``raw``. IDLE clients hear of it ~0.5 s later (Dovecot's fixed notify delay).
        """
        self.deliver_many([raw], rcpt=rcpt, mail_from=mail_from)

    def deliver_many(
        self,
        raws: Iterable[bytes],
        rcpt: str = SUPPORT_USER,
        mail_from: str = "customer@example.com",
    ) -> int:
        """Deliver mails in order over one LMTP connection; return how many were delivered.

        One recipient per transaction: LMTP replies once per recipient after DATA, and
        smtplib reads only the first reply, so several would desynchronise the connection.
        """
        delivered = 0
        with smtplib.LMTP(self.host, self.lmtp_port, timeout=30) as lmtp:
            for raw in raws:
                lmtp.sendmail(mail_from, [rcpt], raw)
                delivered += 1
        return delivered

    def append_many(
        self,
        raws: Iterable[bytes],
        folder: str = "INBOX",
        user: str | None = None,
        batch: int = 500,
    ) -> int:
        """Bulk-load mails with IMAP MULTIAPPEND (about 10x LMTP's rate); return the count.

        For benchmark backlogs: unlike ``deliver``, no trace headers (Return-Path,
        Delivered-To, Received) are added. The folder must exist (INBOX always does).
        """
        appended = 0
        pending: list[bytes] = []
        with self.imap(user) as client:
            for raw in raws:
                pending.append(raw)
                if len(pending) >= batch:
                    client.multiappend(folder, pending)
                    appended += len(pending)
                    pending = []
            if pending:
                client.multiappend(folder, pending)
                appended += len(pending)
        return appended

    # -- mailbox access: IMAP --------------------------------------------------------------

    def imap(self, user: str | None = None, timeout: float = 30.0) -> imapclient.IMAPClient:
        """A plain-IMAP client logged in as ``user`` (default: the support user). Close it."""
        name = user or self.default_user
        client = imapclient.IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=timeout)
        try:
            client.login(name, self.password(name))
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    def empty_mailboxes(self, user: str | None = None) -> None:
        """Delete every folder but INBOX and every message in INBOX (all users by default)."""
        for name in [user] if user else [name for name, _ in self.users]:
            client = self.imap(name)
            try:
                folders = [folder for _, _, folder in client.list_folders()]
                # Children first: Dovecot refuses to delete a folder that has children.
                for folder in sorted(folders, key=lambda f: (-f.count("/"), f)):
                    if folder.upper() != "INBOX":
                        with contextlib.suppress(imapclient.exceptions.IMAPClientError):
                            client.delete_folder(folder)
                if client.select_folder("INBOX")[b"EXISTS"]:
                    # A range, not a UID list: thousands of UIDs overflow the 64 KB line limit.
                    client.delete_messages("1:*", silent=True)
                    client.expunge()
                client.close_folder()
            finally:
                client.logout()

    def folder_counts(self, user: str | None = None) -> dict[str, int]:
        """Message count of every selectable folder of ``user`` (default: the support user)."""
        with self.imap(user) as client:
            names = [
                name
                for flags, _, name in client.list_folders()
                if b"\\Noselect" not in flags and b"\\NonExistent" not in flags
            ]
            statuses = {name: client.folder_status(name, [b"MESSAGES"]) for name in names}
        return {name: int(status[b"MESSAGES"]) for name, status in statuses.items()}

    # -- mail out: SMTP capture ------------------------------------------------------------

    def captured(self) -> list[CapturedMail]:
        """Every mail the SMTP capture server accepted, oldest first."""
        return self.smtp.captured()

    def wait_for_captured(self, count: int, timeout: float = 10.0) -> list[CapturedMail]:
        """Poll until at least ``count`` mails were captured; return them (TimeoutError if not)."""
        mails: list[CapturedMail] = []

        def enough() -> bool:
            nonlocal mails
            mails = self.captured()
            return len(mails) >= count

        wait_until(enough, timeout=timeout, message=f"{count} captured mail(s)")
        return mails

    def clear_captured(self) -> None:
        """Forget every captured mail."""
        self.smtp.clear()

    def set_smtp_fault(self, mode: str, count: int | None = None, at: str = "data") -> None:
        """Fail the next ``count`` SMTP transactions (None: all until changed) with ``mode``.

        mode: "none", "tempfail" (451), "permfail" (550), "drop" (connection aborted);
        at: "mail", "rcpt" or "data" (default: after the data, so the client sent it all).
        """
        self.smtp.set_fault(mode, count=count, at=at)

    def stop_smtp(self) -> None:
        """Stop the SMTP capture server (connections are then refused)."""
        self.smtp.stop()

    def start_smtp(self) -> None:
        """Start the SMTP capture server again on the same port."""
        self.smtp.start()

    def restart_dovecot(self) -> None:
        """Stop and start Dovecot on the same ports and data (clients are disconnected)."""
        self.dovecot.restart()

    def stop_dovecot(self) -> None:
        """Stop Dovecot cleanly (IMAP and LMTP connections are then refused)."""
        self.dovecot.stop()

    def kill_dovecot(self) -> None:
        """SIGKILL every Dovecot process at once, like a crash; ``start_dovecot`` recovers."""
        self.dovecot.kill()

    def start_dovecot(self) -> None:
        """Start Dovecot again on the same ports and data."""
        self.dovecot.stop()  # reaps leftovers of a crash, if any
        self.dovecot.start()

    def reset(self) -> None:
        """Make the stack like new for the next test: servers up, mailboxes empty, no faults."""
        if not self.smtp.alive():
            self.smtp.stop()
            self.smtp.start()
        if not self.dovecot.alive():
            self.start_dovecot()
        self.set_smtp_fault("none")
        self.clear_captured()
        self.empty_mailboxes()

    # -- state file: for stacks started by one process and used or stopped by another -------

    def state(self) -> dict[str, Any]:
        """Ports, PIDs and paths as a JSON-ready dict (holds the test users' passwords)."""
        return {
            "version": STATE_VERSION,
            "root": str(self.root),
            "owns_root": self.owns_root,
            "host": self.host,
            "imap_port": self.imap_port,
            "lmtp_port": self.lmtp_port,
            "smtp_port": self.smtp_port,
            "mail_format": self.mail_format,
            "users": [list(pair) for pair in self.users],
            "dovecot_pid": self.dovecot.pid,
            "smtp_pid": self.smtp.pid,
            "written_at": time.time(),
        }

    def write_state(self, path: Path) -> None:
        """Record the stack in ``path`` (mode 0600: it names the test passwords)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.tmp")
        temp.write_text(json.dumps(self.state(), indent=2) + "\n", encoding="utf-8")
        temp.chmod(0o600)
        os.replace(temp, path)

    @classmethod
    def load_state(cls, path: Path) -> MailStack:
        """Attach to the stack recorded in ``path``; it may stop it. DevstackError if unreadable."""
        try:
            state: Any = json.loads(path.read_text(encoding="utf-8"))
            if state.get("version") != STATE_VERSION:
                raise DevstackError(f"{path}: unsupported state version {state.get('version')}")
            root = Path(state["root"])
            users = tuple((str(user), str(password)) for user, password in state["users"])
            host = str(state["host"])
            dovecot = DovecotServer(
                root,
                users,
                host=host,
                imap_port=int(state["imap_port"]),
                lmtp_port=int(state["lmtp_port"]),
                mail_format=str(state["mail_format"]),
            )
            smtp = SmtpCapture(root / "smtp", host=host, port=int(state["smtp_port"]))
            if state.get("dovecot_pid"):
                dovecot.process = Managed(
                    "dovecot", int(state["dovecot_pid"]), marker=str(dovecot.layout.config)
                )
            if state.get("smtp_pid"):
                smtp.process = Managed(
                    "smtp-capture", int(state["smtp_pid"]), marker=str(smtp.directory)
                )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DevstackError(f"{path}: cannot read mail stack state: {exc}") from exc
        return cls(root, users, dovecot, smtp, owns_root=bool(state.get("owns_root")))
