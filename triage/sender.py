"""SMTP adapter: hand one message to the server; classify failures as transient or not."""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl as ssl_lib
from collections.abc import Sequence
from typing import Protocol

from triage.config import SmtpConfig

log = logging.getLogger(__name__)


class SendError(Exception):
    def __init__(self, message: str, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


class SenderPort(Protocol):
    def send(self, raw: bytes, mail_from: str, recipients: Sequence[str]) -> None: ...
    def close(self) -> None: ...


class SmtpSender:
    """Keeps one SMTP connection open across a poll; reconnects once if it was dropped."""

    def __init__(self, cfg: SmtpConfig) -> None:
        self.cfg = cfg
        self.conn: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        ctx = ssl_lib.create_default_context() if (self.cfg.ssl or self.cfg.starttls) else None
        conn: smtplib.SMTP
        if self.cfg.ssl:
            conn = smtplib.SMTP_SSL(
                self.cfg.host, self.cfg.port, timeout=self.cfg.timeout_seconds, context=ctx
            )
        else:
            conn = smtplib.SMTP(self.cfg.host, self.cfg.port, timeout=self.cfg.timeout_seconds)
            if self.cfg.starttls:
                conn.starttls(context=ctx)
        if self.cfg.username:
            conn.login(self.cfg.username, self.cfg.password())
        return conn

    def send(self, raw: bytes, mail_from: str, recipients: Sequence[str]) -> None:
        try:
            if self.conn is None:
                self.conn = self._connect()
            refused = self.conn.sendmail(mail_from, list(recipients), raw)
        except smtplib.SMTPResponseException as exc:
            self._drop()
            code = int(exc.smtp_code)
            raise SendError(
                f"SMTP {code}: {exc.smtp_error!r}", transient=400 <= code < 500
            ) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            self._drop()
            codes = [int(c) for c, _ in exc.recipients.values()]
            transient = all(400 <= c < 500 for c in codes)
            raise SendError(f"SMTP recipients refused: {codes}", transient=transient) from exc
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            self._drop()
            raise SendError(f"SMTP {self.cfg.host}:{self.cfg.port}: {exc}", transient=True) from exc
        if refused:
            raise SendError(f"SMTP refused some recipients: {sorted(refused)}", transient=False)

    def _drop(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self.conn.quit()
            self.conn = None
