"""Replies sent with XOAUTH2 through a real SMTP server (the capture server in its XOAUTH2 mode)
with access tokens from a real token endpoint on loopback; and the service's token wiring."""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any, cast

import pytest

from tests.test_oauth2 import (  # the loopback token endpoint and its helpers
    CLIENT_SECRET,
    REFRESH,
    TokenServer,
    config,
    secrets_env,
    token_server,
)
from triage.config import SmtpConfig, load_config
from triage.devstack.capture import SmtpCapture
from triage.oauth2 import OAuth2Error, TokenProvider
from triage.sender import SendError, SmtpSender
from triage.service import Service

__all__ = ["secrets_env", "token_server"]  # fixtures, re-used from test_oauth2

SUPPORT = "support@okpay.test"
CUSTOMER = "li.wei@example.com"
ACCEPTED = "ya29.the-one-accepted-ACCESS-TOKEN"


@pytest.fixture(scope="module")
def xoauth2_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmtpCapture]:
    """A capture server that takes mail only after AUTH XOAUTH2 as SUPPORT with ACCEPTED."""
    server = SmtpCapture(
        tmp_path_factory.mktemp("smtp-xoauth2"), xoauth2_token=ACCEPTED, xoauth2_user=SUPPORT
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def server(xoauth2_server: SmtpCapture) -> SmtpCapture:
    xoauth2_server.clear()
    return xoauth2_server


def smtp_config(server: SmtpCapture, **overrides: Any) -> SmtpConfig:
    base = SmtpConfig(
        host=server.host,
        port=server.port,
        ssl=False,
        starttls=False,
        username=SUPPORT,
        password_env="",
        password_file=None,
        timeout_seconds=10.0,
        auth="oauth2",
    )
    return replace(base, **overrides)


def reply() -> tuple[bytes, str]:
    """An auto-reply as the poller sends it: answering a customer's mail in its thread."""
    msg = EmailMessage()
    msg["From"] = f"OKPay Support <{SUPPORT}>"
    msg["To"] = CUSTOMER
    msg["Subject"] = "Re: refund not received [#TKT-000042]"
    msg["In-Reply-To"] = "<customer-1@example.com>"
    msg["References"] = "<customer-1@example.com>"
    msg["Message-ID"] = make_msgid(domain="okpay.test")
    msg.set_content("Please send us the transaction ID of the refund.\n")
    return msg.as_bytes(), msg["Message-ID"]


def send_and_close(sender: SmtpSender) -> None:
    """One reply through ``sender``, which is closed after it as the poller does."""
    try:
        sender.send(reply()[0], SUPPORT, [CUSTOMER])
    finally:
        sender.close()


def sender_for(server: SmtpCapture, token_url: str) -> tuple[SmtpSender, TokenProvider]:
    provider = TokenProvider(config(token_url))
    return SmtpSender(smtp_config(server, oauth2=provider.cfg), provider), provider


def refusals(server: SmtpCapture) -> int:
    return server.log_file.read_text(encoding="utf-8").count("XOAUTH2 login refused")


# --- the real SMTP exchange --------------------------------------------------------------------


@pytest.mark.integration
@pytest.mark.usefixtures("secrets_env")
def test_reply_is_sent_with_xoauth2_and_the_token_is_cached(
    server: SmtpCapture, token_server: TokenServer
) -> None:
    token_server.grant(ACCEPTED)
    sender, provider = sender_for(server, token_server.url)
    raw, message_id = reply()
    try:
        sender.send(raw, SUPPORT, [CUSTOMER])
    finally:
        sender.close()
    (mail,) = server.captured()  # stored before the server said 250, so already there
    assert mail.message["Message-ID"] == message_id
    assert (mail.mail_from, mail.rcpt_tos) == (SUPPORT, (CUSTOMER,))
    assert token_server.requests[0]["refresh_token"] == REFRESH

    # A later connection (the next poll) logs in with the cached token: no second refresh.
    again = SmtpSender(sender.cfg, provider)
    try:
        again.send(reply()[0], SUPPORT, [CUSTOMER])
    finally:
        again.close()
    assert len(server.captured()) == 2
    assert len(token_server.requests) == 1


@pytest.mark.integration
def test_without_login_the_server_takes_no_mail(server: SmtpCapture) -> None:
    # Shows the server really requires the login the other tests pass.
    sender = SmtpSender(smtp_config(server, auth="password", username=""))
    with pytest.raises(SendError) as info:
        sender.send(reply()[0], SUPPORT, [CUSTOMER])
    assert "530" in str(info.value) and info.value.transient is False
    assert server.captured() == []


@pytest.mark.integration
@pytest.mark.usefixtures("secrets_env")
def test_refused_token_is_refreshed_once_and_the_retry_succeeds(
    server: SmtpCapture, token_server: TokenServer
) -> None:
    token_server.grant("ya29.revoked-before-its-expiry")
    token_server.grant(ACCEPTED)
    sender, _ = sender_for(server, token_server.url)
    before = refusals(server)
    send_and_close(sender)
    assert len(server.captured()) == 1
    assert len(token_server.requests) == 2
    assert refusals(server) == before + 1


@pytest.mark.integration
@pytest.mark.usefixtures("secrets_env")
def test_token_refused_twice_holds_the_replies_without_the_token(
    server: SmtpCapture, token_server: TokenServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    token_server.grant("ya29.first-SECRET-token")
    token_server.grant("ya29.second-SECRET-token")
    sender, _ = sender_for(server, token_server.url)
    with pytest.raises(SendError) as info:
        sender.send(reply()[0], SUPPORT, [CUSTOMER])
    message = str(info.value)
    # Our credentials, not the mail: the reply waits for a working login instead of being lost.
    assert info.value.transient is True
    assert f"SMTP XOAUTH2 login refused for {SUPPORT} even with a fresh token (535" in message
    for secret in ("first-SECRET", "second-SECRET", REFRESH, CLIENT_SECRET):
        assert secret not in message and secret not in caplog.text
    assert "SMTP refused the cached token" in caplog.text  # the logs did say something
    assert isinstance(info.value.__cause__, smtplib.SMTPAuthenticationError)
    assert sender.conn is None and server.captured() == []
    assert len(token_server.requests) == 2
    # The rest of the poll does not try again: no new token, no new login.
    refused = refusals(server)
    with pytest.raises(SendError) as again:
        sender.send(reply()[0], SUPPORT, [CUSTOMER])
    assert again.value.transient is True
    assert (len(token_server.requests), refusals(server)) == (2, refused)
    # The next poll (after close) tries again, and sends once the provider accepts.
    sender.close()
    token_server.grant(ACCEPTED)
    send_and_close(sender)
    assert len(server.captured()) == 1


@pytest.mark.integration
@pytest.mark.usefixtures("secrets_env")
def test_token_endpoint_outage_is_a_transient_send_error(
    server: SmtpCapture, token_server: TokenServer
) -> None:
    token_server.responses.append((503, {"error": "temporarily_unavailable"}))
    sender, _ = sender_for(server, token_server.url)
    with pytest.raises(SendError) as info:
        sender.send(reply()[0], SUPPORT, [CUSTOMER])
    assert info.value.transient is True
    assert "OAuth2" in str(info.value) and "HTTP 503" in str(info.value)
    assert isinstance(info.value.__cause__, OAuth2Error)  # metrics count it as kind="oauth2"
    assert server.captured() == []

    # The next poll (the poller closes the sender after each), with the endpoint back, sends.
    sender.close()
    token_server.grant(ACCEPTED)
    send_and_close(sender)
    assert len(server.captured()) == 1


@pytest.mark.integration
@pytest.mark.usefixtures("secrets_env")
def test_revoked_refresh_token_holds_the_replies_and_says_what_to_do(
    server: SmtpCapture, token_server: TokenServer
) -> None:
    token_server.responses.append((400, {"error": "invalid_grant"}))
    sender, _ = sender_for(server, token_server.url)
    with pytest.raises(SendError) as info:
        sender.send(reply()[0], SUPPORT, [CUSTOMER])
    assert info.value.transient is True and "issue a new refresh token" in str(info.value)
    assert isinstance(info.value.__cause__, OAuth2Error)


@pytest.mark.integration
@pytest.mark.usefixtures("secrets_env")
def test_default_capture_server_offers_no_auth(tmp_path: Path, token_server: TokenServer) -> None:
    plain = SmtpCapture(tmp_path / "plain")
    plain.start()
    try:
        with smtplib.SMTP(plain.host, plain.port, timeout=10) as conn:
            conn.ehlo()
            assert not conn.has_extn("auth")
            assert conn.mail(SUPPORT)[0] == 250  # mail without any login, as before
        # An oauth2 sender pointed at it says so, before asking for a token.
        sender, _ = sender_for(plain, token_server.url)
        with pytest.raises(SendError, match="does not offer AUTH XOAUTH2") as info:
            sender.send(reply()[0], SUPPORT, [CUSTOMER])
        assert info.value.transient is True and token_server.requests == []
    finally:
        plain.stop()


# --- wiring: which TokenProvider the sender gets ---------------------------------------------


def service_for(tmp_path: Path, text: str) -> Service:
    path = tmp_path / "triage.toml"
    path.write_text(text, encoding="utf-8")
    cfg = load_config(path)
    # Construction touches neither the engine nor the store.
    return Service(cfg, cast(Any, None), cast(Any, None), clock=lambda: datetime.now(UTC))


GOOGLE = '[imap.oauth2]\nprovider = "google"\nclient_id = "cid"\n'
TWO_MAILBOXES = (
    '[imap]\nusername = "support@okpay.test"\nauth = "oauth2"\n' + GOOGLE + "[mailboxes.sales]\n"
    'username = "sales@okpay.test"\n'
)


def test_smtp_shares_the_mailboxes_token_provider(tmp_path: Path) -> None:
    svc = service_for(
        tmp_path, TWO_MAILBOXES + '[smtp]\nusername = "support@okpay.test"\nauth = "oauth2"\n'
    )
    support = svc.tokens["support"]
    assert [cast(SmtpSender, p.sender).tokens for p in svc.pollers] == [support, support]


def test_smtp_with_its_own_table_gets_one_provider_for_all_pollers(tmp_path: Path) -> None:
    svc = service_for(
        tmp_path,
        TWO_MAILBOXES + '[smtp]\nusername = "relay@okpay.test"\nauth = "oauth2"\n'
        '[smtp.oauth2]\nprovider = "google"\nclient_id = "relay-app"\n',
    )
    first, second = (cast(SmtpSender, p.sender).tokens for p in svc.pollers)
    assert first is second and first is not None
    assert first not in svc.tokens.values() and first.cfg.client_id == "relay-app"


def test_password_smtp_gets_no_token_provider(tmp_path: Path) -> None:
    svc = service_for(
        tmp_path, '[imap]\nusername = "support@okpay.test"\nauth = "oauth2"\n' + GOOGLE
    )
    assert cast(SmtpSender, svc.pollers[0].sender).tokens is None


# --- order of the SMTP dialogue (no TLS server here: a recording stand-in) --------------------


class RecordingSmtp:
    """Stands in for smtplib.SMTP: records the dialogue, offers XOAUTH2 after EHLO."""

    calls: list[str]

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.calls = []
        self.esmtp_features: dict[str, str] = {}
        RecordingSmtp.last = self

    def starttls(self, context: object = None) -> None:
        self.calls.append("starttls")
        self.esmtp_features = {}  # smtplib forgets the capabilities after STARTTLS

    def ehlo_or_helo_if_needed(self) -> None:
        if not self.esmtp_features:
            self.calls.append("ehlo")
            self.esmtp_features = {"auth": "LOGIN XOAUTH2"}

    def auth(self, mechanism: str, authobject: Any, *, initial_response_ok: bool = True) -> Any:
        assert self.esmtp_features, "AUTH before EHLO"
        self.calls.append(f"auth {mechanism} {authobject()!r}")
        return 235, b"ok"

    def login(self, user: str, password: str) -> None:
        self.calls.append("login")

    def close(self) -> None:
        self.calls.append("close")


@pytest.mark.usefixtures("secrets_env")
def test_starttls_then_ehlo_then_xoauth2(
    token_server: TokenServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(smtplib, "SMTP", RecordingSmtp)
    token_server.grant("tok")
    provider = TokenProvider(config(token_server.url))
    cfg = SmtpConfig(
        host="smtp.example.com",
        port=587,
        ssl=False,
        starttls=True,
        username=SUPPORT,
        password_env="",
        password_file=None,
        timeout_seconds=10.0,
        auth="oauth2",
        oauth2=provider.cfg,
    )
    SmtpSender(cfg, provider)._connect()
    xoauth2 = f"user={SUPPORT}\x01auth=Bearer tok\x01\x01"
    assert RecordingSmtp.last.calls == ["starttls", "ehlo", f"auth XOAUTH2 {xoauth2!r}"]


def test_oauth2_sender_needs_a_token_provider() -> None:
    cfg = SmtpConfig("h", 25, False, False, SUPPORT, "", None, 10.0, auth="oauth2")
    with pytest.raises(ValueError, match="needs a TokenProvider"):
        SmtpSender(cfg)
