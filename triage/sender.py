"""SMTP adapter: hand one message to the server; classify failures as transient or not."""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl as ssl_lib
from collections.abc import Sequence
from typing import Protocol

from triage.config import SmtpConfig
from triage.oauth2 import OAuth2Error, TokenProvider, smtp_login

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

    def __init__(self, cfg: SmtpConfig, tokens: TokenProvider | None = None) -> None:
        if cfg.auth == "oauth2" and tokens is None:
            raise ValueError('[smtp] auth = "oauth2" needs a TokenProvider')
        self.cfg = cfg
        self.conn: smtplib.SMTP | None = None
        # XOAUTH2 access tokens; the mailbox's own provider when both use one consent.
        self.tokens = tokens if cfg.auth == "oauth2" else None
        # Set when the login was refused; cleared by close(), i.e. at the end of the poll.
        self.login_error: str | None = None

    def _connect(self) -> smtplib.SMTP:
        ctx = ssl_lib.create_default_context() if (self.cfg.ssl or self.cfg.starttls) else None
        conn: smtplib.SMTP
        if self.cfg.ssl:
            conn = smtplib.SMTP_SSL(
                self.cfg.host, self.cfg.port, timeout=self.cfg.timeout_seconds, context=ctx
            )
        else:
            conn = smtplib.SMTP(self.cfg.host, self.cfg.port, timeout=self.cfg.timeout_seconds)
        try:
            if self.cfg.starttls:
                conn.starttls(context=ctx)
            if self.tokens is not None:
                self._oauth2_login(conn, self.tokens)
            elif self.cfg.username:
                conn.login(self.cfg.username, self.cfg.password())
        except BaseException:
            # Close the socket on every failure, or each failed send leaks a connection.
            with contextlib.suppress(OSError):
                conn.close()
            raise
        return conn

    def _oauth2_login(self, conn: smtplib.SMTP, tokens: TokenProvider) -> None:
        """XOAUTH2 login; token-endpoint errors and refusals become SendError (no token in it)."""
        conn.ehlo_or_helo_if_needed()  # AUTH needs the EHLO capabilities (again after STARTTLS)
        if "XOAUTH2" not in conn.esmtp_features.get("auth", "").upper().split():
            raise SendError(
                f"SMTP {self.cfg.host}:{self.cfg.port} does not offer AUTH XOAUTH2"
                " (check host, port and starttls)",
                transient=False,
            )
        try:
            smtp_login(conn, self.cfg.username, tokens)
        except OAuth2Error as exc:
            raise SendError(f"SMTP {self.cfg.username}: OAuth2: {exc}", exc.transient) from exc
        except smtplib.SMTPAuthenticationError as exc:
            # Only the server's reply is shown; the token travels in our request, never in it.
            code = int(exc.smtp_code)
            reply = f"{code} {_server_text(exc.smtp_error)}"
            if code == 535:
                raise SendError(
                    f"SMTP XOAUTH2 login refused for {self.cfg.username} even with a fresh token"
                    f" ({reply}); check the token's scope (Microsoft needs SMTP.Send), that SMTP"
                    " AUTH is enabled for the mailbox, and [smtp] username",
                    transient=False,
                ) from exc
            raise SendError(
                f"SMTP XOAUTH2 login refused for {self.cfg.username} ({reply})",
                transient=400 <= code < 500,
            ) from exc

    def send(self, raw: bytes, mail_from: str, recipients: Sequence[str]) -> None:
        if self.login_error is not None:
            raise SendError(self.login_error, transient=True)
        try:
            if self.conn is None:
                self.conn = self._connect()
            refused = self.conn.sendmail(mail_from, list(recipients), raw)
        except smtplib.SMTPAuthenticationError as exc:
            reply = f"{exc.smtp_code} {_server_text(exc.smtp_error)}"
            raise self._login_refused(
                f"SMTP login refused for {self.cfg.username} ({reply}); check [smtp] username"
                " and password"
            ) from exc
        except SendError as exc:  # only the XOAUTH2 login in _connect raises these
            raise self._login_refused(str(exc)) from exc.__cause__
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

    def _login_refused(self, message: str) -> SendError:
        """A refused login is about our credentials, not about the mail: every reply would
        fail alike, so the mail waits in the inbox (transient) instead of losing its reply,
        and the rest of the poll does not try again (no login storm at the provider)."""
        self._drop()
        self.login_error = message + " (replies wait until the login works)"
        log.error("%s", self.login_error)
        return SendError(self.login_error, transient=True)

    def _drop(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()

    def close(self) -> None:
        self.login_error = None
        if self.conn is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self.conn.quit()
            self.conn = None


def _server_text(reply: bytes | str) -> str:
    """A server reply as one short printable line."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())[:200]
