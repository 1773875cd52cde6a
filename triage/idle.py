"""IMAP IDLE watcher: wakes the poller as soon as the server announces new mail."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import imapclient
from imapclient.exceptions import IMAPClientError

from triage.config import ImapConfig
from triage.mailbox import ImapMailbox, MailboxError, drop_unsolicited
from triage.oauth2 import TokenProvider

log = logging.getLogger(__name__)

# RFC 2177: servers may drop an IDLE after 30 minutes; renew well before that.
RENEW_SECONDS = 9 * 60
CHECK_SECONDS = 1.0  # how quickly a stop request is noticed
MAX_BACKOFF = 60.0


class IdleWatcher(threading.Thread):
    """Keeps one IDLE connection open; calls ``on_change`` on EXISTS/RECENT/EXPUNGE.

    Reconnects with bounded exponential backoff. A server without IDLE makes it return after
    logging once: the scheduled poll is then the only trigger.
    """

    def __init__(
        self,
        cfg: ImapConfig,
        on_change: Callable[[], None],
        stop: threading.Event,
        renew_seconds: float = RENEW_SECONDS,
        tokens: TokenProvider | None = None,
    ) -> None:
        super().__init__(name="imap-idle", daemon=True)
        self.cfg = cfg
        self.on_change = on_change
        self.stop = stop
        self.renew_seconds = renew_seconds
        self.tokens = tokens
        self.connected = threading.Event()
        self.supported = True
        self.mailbox: ImapMailbox | None = None  # the current connection, for inspection

    def run(self) -> None:
        backoff = 1.0
        while not self.stop.is_set():
            mailbox = self.mailbox = ImapMailbox(self.cfg, self.tokens)
            try:
                mailbox.open()
                client = mailbox.client
                assert client is not None
                if not client.has_capability("IDLE"):
                    log.warning("%s has no IDLE; relying on the poll interval", self.cfg.host)
                    self.supported = False
                    return
                drop_unsolicited(client)  # SELECT's EXISTS is no news
                self.connected.set()
                backoff = 1.0
                self.on_change()  # catch up on anything that arrived while disconnected
                self._idle(client)
            except (MailboxError, IMAPClientError, OSError) as exc:
                self.connected.clear()
                log.warning("IDLE connection lost (%s); reconnecting in %.0fs", exc, backoff)
                self.stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
            finally:
                mailbox.close()
        self.connected.clear()

    def _idle(self, client: imapclient.IMAPClient) -> None:
        while not self.stop.is_set():
            client.idle()
            changed = False
            started = time.monotonic()
            try:
                while (
                    not changed
                    and not self.stop.is_set()
                    and time.monotonic() - started < self.renew_seconds
                ):
                    responses = client.idle_check(timeout=CHECK_SECONDS)
                    if any(_is_change(r) for r in responses):
                        changed = True
                        break
            finally:
                client.idle_done()
                drop_unsolicited(client)
            if changed:
                self.on_change()


def _is_change(response: object) -> bool:
    if isinstance(response, tuple) and len(response) >= 2:
        return response[1] in (b"EXISTS", b"RECENT")
    return False
