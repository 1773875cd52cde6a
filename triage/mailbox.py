"""IMAP adapter (imapclient): read new mail without side effects; tag, move, copy and
remove on request."""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl as ssl_lib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import imapclient
from imapclient.exceptions import IMAPClientError

from triage.config import ImapConfig
from triage.oauth2 import OAuth2Error, TokenProvider, imap_login

log = logging.getLogger(__name__)

FETCH_BATCH = 200


class MailboxError(Exception):
    """The IMAP server failed us; ``transient`` errors are retried on the next poll."""

    def __init__(self, message: str, transient: bool = True) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class StoredMail:
    """One mail as the server holds it: what a faithful copy of it needs."""

    raw: bytes
    flags: tuple[str, ...]  # system flags and keywords, \\Recent left out (no client may set it)
    when: datetime | None  # INTERNALDATE


class MailboxPort(Protocol):
    def open(self) -> int: ...
    def uids(self) -> list[int]: ...
    def fetch(self, uids: Sequence[int]) -> dict[int, bytes]: ...
    def add_keywords(self, uid: int, keywords: Sequence[str]) -> bool: ...
    def move(self, uid: int, folder: str) -> bool: ...
    def add_keywords_many(self, uids: Sequence[int], keywords: Sequence[str]) -> None: ...
    def move_many(self, uids: Sequence[int], folder: str) -> None: ...
    def append(
        self, folder: str, raw: bytes, flags: Sequence[str] = ..., when: datetime | None = None
    ) -> None: ...
    def has_message_id(self, folder: str, message_id: str) -> bool: ...
    def has_header(self, folder: str, name: str, value: str) -> bool: ...
    def stored(self, uid: int) -> StoredMail | None: ...
    def can_expunge_one(self) -> bool: ...
    def expunge(self, uid: int) -> None: ...
    def close(self) -> None: ...


def keyword_atom(text: str) -> str:
    """An IMAP keyword from free text: atom characters only (RFC 3501 flag-keyword)."""
    out = []
    for ch in text:
        out.append(ch if ch.isascii() and (ch.isalnum() or ch in "-_.:/+$") else "_")
    return "".join(out)[:64]


def drop_unsolicited(client: imapclient.IMAPClient) -> None:
    """Forget the untagged responses imaplib has kept.

    imaplib keeps every untagged response nobody asked for (EXPUNGE and COPYUID after a MOVE,
    EXISTS and RECENT as mail arrives, the folder's whole FLAGS list after each new keyword)
    until the connection closes: over a 3,000-mail poll that was the process's growth, and an
    IDLE connection lives for months. We never read them: imapclient takes what it needs from
    each command's own response.
    """
    client._imap.untagged_responses.clear()


def connect(cfg: ImapConfig, tokens: TokenProvider | None = None) -> imapclient.IMAPClient:
    """A logged-in connection (password or XOAUTH2), no folder selected; MailboxError else."""
    ctx = ssl_lib.create_default_context() if (cfg.ssl or cfg.starttls) else None
    try:
        client = imapclient.IMAPClient(
            cfg.host,
            port=cfg.port,
            ssl=cfg.ssl,
            ssl_context=ctx,
            use_uid=True,
            timeout=cfg.timeout_seconds,
        )
    except (IMAPClientError, OSError) as exc:
        raise MailboxError(f"IMAP {cfg.host}:{cfg.port}: {exc}") from exc
    # imaplib writes an APPEND's literal and its closing CRLF separately; with Nagle on, the
    # CRLF waits for the server's delayed ACK (about 90 ms instead of 47 per APPEND at a 20 ms
    # round trip, docs/benchmarks-daemon.md). Commands are small and rare: send them at once.
    with contextlib.suppress(OSError, AttributeError):
        client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        if cfg.starttls:
            client.starttls(ctx)
        if tokens is not None:
            imap_login(client, cfg.username, tokens)
        else:
            client.login(cfg.username, cfg.password())
    except BaseException as exc:
        # Close the socket on every failure, or each failed poll leaks a connection.
        with contextlib.suppress(Exception):
            client.shutdown()
        if isinstance(exc, OAuth2Error):
            raise MailboxError(f"IMAP {cfg.name}: OAuth2: {exc}", exc.transient) from exc
        if isinstance(exc, imapclient.exceptions.LoginError):
            raise MailboxError(
                f"IMAP login failed for {cfg.username}: {exc}", transient=False
            ) from exc
        if isinstance(exc, IMAPClientError | OSError):
            raise MailboxError(f"IMAP {cfg.host}:{cfg.port}: {exc}") from exc
        raise
    return client


class ImapMailbox:
    """One IMAP connection to one mailbox; reconnects are the caller's business."""

    def __init__(self, cfg: ImapConfig, tokens: TokenProvider | None = None) -> None:
        self.cfg = cfg
        self.tokens = tokens  # OAuth2 (XOAUTH2) instead of a password, when configured
        self.client: imapclient.IMAPClient | None = None
        self._folders: set[str] = set()

    def _c(self) -> imapclient.IMAPClient:
        if self.client is None:
            raise MailboxError("not connected")
        return self.client

    def open(self) -> int:
        """Connect, log in, select the inbox read-write; return its UIDVALIDITY."""
        client = connect(self.cfg, self.tokens)
        try:
            info = client.select_folder(self.cfg.inbox)
        except (IMAPClientError, OSError) as exc:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise MailboxError(f"IMAP {self.cfg.name}: select {self.cfg.inbox}: {exc}") from exc
        self.client = client
        self._folders = set()
        return int(info[b"UIDVALIDITY"])

    def _guard(self, what: str, exc: BaseException) -> MailboxError:
        return MailboxError(f"IMAP {what}: {exc}")

    def uids(self) -> list[int]:
        try:
            return sorted(int(u) for u in self._c().search(["ALL"]))
        except (IMAPClientError, OSError) as exc:
            raise self._guard("search", exc) from exc

    def fetch(self, uids: Sequence[int]) -> dict[int, bytes]:
        """Raw bytes by UID; BODY.PEEK so reading never sets \\Seen."""
        out: dict[int, bytes] = {}
        try:
            for i in range(0, len(uids), FETCH_BATCH):
                chunk = list(uids[i : i + FETCH_BATCH])
                for uid, data in self._c().fetch(chunk, ["BODY.PEEK[]"]).items():
                    body = data.get(b"BODY[]")
                    if isinstance(body, bytes):
                        out[int(uid)] = body
                self._drop_unsolicited()
        except (IMAPClientError, OSError) as exc:
            raise self._guard("fetch", exc) from exc
        return out

    def _drop_unsolicited(self) -> None:
        if self.client is not None:
            drop_unsolicited(self.client)

    def add_keywords(self, uid: int, keywords: Sequence[str]) -> bool:
        try:
            done = self._c().add_flags([uid], [k.encode() for k in keywords], silent=False)
            self._drop_unsolicited()
            return uid in done
        except (IMAPClientError, OSError) as exc:
            raise self._guard("store flags", exc) from exc

    def add_keywords_many(self, uids: Sequence[int], keywords: Sequence[str]) -> None:
        """One silent STORE for mails sharing a keyword set; UIDs already gone are skipped
        by the server."""
        if not uids:
            return
        try:
            self._c().add_flags(list(uids), [k.encode() for k in keywords], silent=True)
            self._drop_unsolicited()
        except (IMAPClientError, OSError) as exc:
            raise self._guard("store flags", exc) from exc

    def ensure_folder(self, folder: str) -> None:
        if folder in self._folders:
            return
        c = self._c()
        try:
            if not c.folder_exists(folder):
                try:
                    c.create_folder(folder)
                    log.info("created folder %s", folder)
                except IMAPClientError as exc:
                    # Someone else (an agent, another process) created it between LIST and
                    # CREATE, or the server listed it late (RFC 5530 ALREADYEXISTS): fine.
                    if "ALREADYEXISTS" not in str(exc) and not c.folder_exists(folder):
                        raise
            self._folders.add(folder)
        except (IMAPClientError, OSError) as exc:
            raise self._guard(f"create {folder}", exc) from exc

    def move(self, uid: int, folder: str) -> bool:
        """Move one mail. A UID no longer in the inbox (moved by a human, or by us before a
        crash) is a no-op for UID MOVE/COPY, so no search first: one round trip per mail."""
        self.move_many([uid], folder)
        return True

    def move_many(self, uids: Sequence[int], folder: str) -> None:
        """One UID MOVE for mails bound for the same folder (UIDs already gone are no-ops)."""
        if not uids:
            return
        self.ensure_folder(folder)
        c = self._c()
        try:
            if c.has_capability("MOVE"):
                c.move(list(uids), folder)
            else:
                c.copy(list(uids), folder)
                c.delete_messages(list(uids))
                c.uid_expunge(list(uids))
            self._drop_unsolicited()
        except (IMAPClientError, OSError) as exc:
            raise self._guard(f"move to {folder}", exc) from exc

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Sequence[str] = ("\\Seen",),
        when: datetime | None = None,
    ) -> None:
        """APPEND ``raw``; our own copies (Sent) are read already, hence the default flag."""
        self.ensure_folder(folder)
        try:
            self._c().append(folder, raw, flags=[f.encode() for f in flags], msg_time=when)
            self._drop_unsolicited()
        except (IMAPClientError, OSError) as exc:
            raise self._guard(f"append to {folder}", exc) from exc

    def has_message_id(self, folder: str, message_id: str) -> bool:
        return self.has_header(folder, "Message-ID", message_id)

    def has_header(self, folder: str, name: str, value: str) -> bool:
        """Whether a mail in ``folder`` has header ``name`` containing ``value``."""
        c = self._c()
        try:
            if not c.folder_exists(folder):
                return False
            c.select_folder(folder, readonly=True)
            try:
                return bool(c.search(["HEADER", name, value]))
            finally:
                c.select_folder(self.cfg.inbox)
        except (IMAPClientError, OSError) as exc:
            raise self._guard(f"search {folder}", exc) from exc

    def stored(self, uid: int) -> StoredMail | None:
        """The inbox mail ``uid`` with its flags and arrival time; None when it is gone."""
        try:
            data = self._c().fetch([uid], ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"]).get(uid)
            self._drop_unsolicited()
        except (IMAPClientError, OSError) as exc:
            raise self._guard("fetch", exc) from exc
        if not data or not isinstance(data.get(b"BODY[]"), bytes):
            return None
        flags = tuple(
            f.decode() if isinstance(f, bytes) else str(f)
            for f in data.get(b"FLAGS", ())
            if f not in (imapclient.RECENT, imapclient.DELETED)
        )
        when = data.get(b"INTERNALDATE")
        return StoredMail(data[b"BODY[]"], flags, when if isinstance(when, datetime) else None)

    def can_expunge_one(self) -> bool:
        """UID EXPUNGE (UIDPLUS) removes one mail without expunging what others deleted."""
        try:
            return bool(self._c().has_capability("UIDPLUS"))
        except (IMAPClientError, OSError) as exc:
            raise self._guard("capability", exc) from exc

    def expunge(self, uid: int) -> None:
        """Remove inbox mail ``uid`` for good; a UID already gone is a no-op."""
        c = self._c()
        try:
            c.delete_messages([uid])
            c.uid_expunge([uid])
            self._drop_unsolicited()
        except (IMAPClientError, OSError) as exc:
            raise self._guard("expunge", exc) from exc

    def close(self) -> None:
        if self.client is None:
            return
        try:
            self.client.logout()
        except (IMAPClientError, OSError):
            log.debug("IMAP logout failed; connection dropped")
        self.client = None
