"""OAuth2 token refresh against a real token endpoint on loopback; config parsing; XOAUTH2."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import smtplib
import stat
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from imapclient.exceptions import LoginError

from triage.oauth2 import (
    GOOGLE_AUTH_URL,
    GOOGLE_SCOPE,
    GOOGLE_TOKEN_URL,
    MICROSOFT_APP_SCOPE,
    MICROSOFT_SCOPE,
    OAuth2Config,
    OAuth2Error,
    TokenProvider,
    consent_via_loopback,
    imap_login,
    parse_oauth2_config,
    smtp_login,
    start_consent,
    store_refresh_token,
    xoauth2_string,
)

REFRESH = "1//refresh-SECRET-abcdef123456"
CLIENT_SECRET = "client-SECRET-zyxw9876"
T0 = datetime(2024, 5, 12, 9, 0, tzinfo=UTC)


@dataclass
class TokenServer:
    url: str
    responses: list[tuple[int, object]] = field(default_factory=list)
    requests: list[dict[str, str]] = field(default_factory=list)

    def grant(self, token: str, expires_in: int = 3600, **extra: object) -> None:
        self.responses.append(
            (
                200,
                {"access_token": token, "token_type": "Bearer", "expires_in": expires_in, **extra},
            )
        )


@pytest.fixture
def token_server() -> Iterator[TokenServer]:
    state = TokenServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = urllib.parse.parse_qs(self.rfile.read(length).decode(), strict_parsing=True)
            state.requests.append({k: v[0] for k, v in form.items()})
            status, payload = (
                state.responses.pop(0)
                if state.responses
                else (500, {"error": "no scripted response"})
            )
            body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/token"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


class Clock:
    def __init__(self, t: datetime = T0) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def secrets_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_OAUTH_REFRESH", REFRESH)
    monkeypatch.setenv("TEST_OAUTH_SECRET", CLIENT_SECRET)


def config(url: str, **overrides: object) -> OAuth2Config:
    base = OAuth2Config(
        token_url=url,
        client_id="client-123.apps.example",
        client_secret_env="TEST_OAUTH_SECRET",
        refresh_token_env="TEST_OAUTH_REFRESH",
        scope=GOOGLE_SCOPE,
        timeout_seconds=5,
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


# --- refresh and cache ---------------------------------------------------------------------


@pytest.mark.usefixtures("secrets_env")
def test_first_call_refreshes_with_the_refresh_token_grant(token_server: TokenServer) -> None:
    token_server.grant("ya29.access-1")
    provider = TokenProvider(config(token_server.url), clock=Clock())
    assert provider.access_token() == "ya29.access-1"
    assert token_server.requests == [
        {
            "grant_type": "refresh_token",
            "refresh_token": REFRESH,
            "client_id": "client-123.apps.example",
            "client_secret": CLIENT_SECRET,
            "scope": GOOGLE_SCOPE,
        }
    ]
    assert provider.expires_at == T0 + timedelta(seconds=3600)


@pytest.mark.usefixtures("secrets_env")
def test_public_client_without_secret_or_scope_sends_neither(token_server: TokenServer) -> None:
    token_server.grant("t")
    TokenProvider(
        config(token_server.url, client_secret_env="", scope=""), clock=Clock()
    ).access_token()
    assert set(token_server.requests[0]) == {"grant_type", "refresh_token", "client_id"}


@pytest.mark.usefixtures("secrets_env")
def test_token_is_cached_until_a_minute_before_expiry(token_server: TokenServer) -> None:
    token_server.grant("first", expires_in=3600)
    token_server.grant("second", expires_in=3600)
    clock = Clock()
    provider = TokenProvider(config(token_server.url), clock=clock)
    assert provider.access_token() == "first"
    clock.t = T0 + timedelta(seconds=3600 - 61)
    assert provider.access_token() == "first"
    assert len(token_server.requests) == 1
    clock.t = T0 + timedelta(seconds=3600 - 60)
    assert provider.access_token() == "second"
    assert len(token_server.requests) == 2
    assert provider.expires_at == clock.t + timedelta(seconds=3600)


@pytest.mark.usefixtures("secrets_env")
def test_invalidate_forces_a_refresh(token_server: TokenServer) -> None:
    token_server.grant("first")
    token_server.grant("second")
    provider = TokenProvider(config(token_server.url), clock=Clock())
    assert provider.access_token() == "first"
    provider.invalidate()
    assert provider.access_token() == "second"


@pytest.mark.usefixtures("secrets_env")
def test_missing_expires_in_assumes_an_hour(token_server: TokenServer) -> None:
    token_server.responses.append((200, {"access_token": "t", "token_type": "bearer"}))
    provider = TokenProvider(config(token_server.url), clock=Clock())
    provider.access_token()
    assert provider.expires_at == T0 + timedelta(hours=1)


@pytest.mark.usefixtures("secrets_env")
def test_concurrent_callers_share_one_refresh(token_server: TokenServer) -> None:
    token_server.grant("shared")
    provider = TokenProvider(config(token_server.url), clock=Clock())
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(provider.access_token())) for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert results == ["shared"] * 8
    assert len(token_server.requests) == 1


# --- errors --------------------------------------------------------------------------------


@pytest.mark.usefixtures("secrets_env")
def test_invalid_grant_is_permanent_and_says_what_to_do(token_server: TokenServer) -> None:
    token_server.responses.append(
        (400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."})
    )
    provider = TokenProvider(config(token_server.url), clock=Clock())
    with pytest.raises(OAuth2Error) as info:
        provider.access_token()
    assert info.value.transient is False
    assert "invalid_grant: Token has been expired or revoked." in str(info.value)
    assert "issue a new refresh token" in str(info.value)


@pytest.mark.usefixtures("secrets_env")
@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_server_errors_and_throttling_are_transient(token_server: TokenServer, status: int) -> None:
    token_server.responses.append((status, {"error": "temporarily_unavailable"}))
    token_server.grant("after-retry")
    provider = TokenProvider(config(token_server.url), clock=Clock())
    with pytest.raises(OAuth2Error) as info:
        provider.access_token()
    assert info.value.transient is True
    assert f"HTTP {status}" in str(info.value)
    assert provider.access_token() == "after-retry"  # nothing bad was cached


@pytest.mark.usefixtures("secrets_env")
def test_invalid_client_is_permanent(token_server: TokenServer) -> None:
    token_server.responses.append(
        (401, {"error": "invalid_client", "error_description": "Unauthorized"})
    )
    with pytest.raises(OAuth2Error) as info:
        TokenProvider(config(token_server.url), clock=Clock()).access_token()
    assert info.value.transient is False
    assert "client id/secret rejected" in str(info.value)


@pytest.mark.usefixtures("secrets_env")
def test_non_json_200_is_transient_and_200_without_token_is_not(token_server: TokenServer) -> None:
    token_server.responses.append((200, b"<html>proxy login</html>"))
    token_server.responses.append((200, {"token_type": "Bearer"}))
    provider = TokenProvider(config(token_server.url), clock=Clock())
    with pytest.raises(OAuth2Error) as first:
        provider.access_token()
    assert first.value.transient is True
    with pytest.raises(OAuth2Error) as second:
        provider.access_token()
    assert second.value.transient is False and "without an access_token" in str(second.value)


@pytest.mark.usefixtures("secrets_env")
def test_unreachable_endpoint_is_transient() -> None:
    import socket

    with socket.socket() as s:  # a port that was free a moment ago and has no listener
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    provider = TokenProvider(config(f"http://127.0.0.1:{port}/token"), clock=Clock())
    with pytest.raises(OAuth2Error) as info:
        provider.access_token()
    assert info.value.transient is True and "unreachable" in str(info.value)


def test_missing_refresh_token_is_a_clear_permanent_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEST_OAUTH_REFRESH", raising=False)
    with pytest.raises(OAuth2Error) as info:
        TokenProvider(config("http://127.0.0.1:9/token"), clock=Clock()).access_token()
    assert info.value.transient is False
    assert str(info.value) == "no refresh token: $TEST_OAUTH_REFRESH is empty or unset"


# --- refresh-token lifetime ----------------------------------------------------------------


@pytest.mark.usefixtures("secrets_env")
def test_expiry_warning_once_a_day_within_14_days(
    token_server: TokenServer, caplog: pytest.LogCaptureFixture
) -> None:
    for i in range(4):
        token_server.grant(f"t{i}", expires_in=3600)
    clock = Clock()
    provider = TokenProvider(
        config(token_server.url, refresh_token_expires_at=date(2024, 5, 22)), clock=clock
    )
    caplog.set_level(logging.WARNING, logger="triage.oauth2")
    provider.access_token()
    clock.t = T0 + timedelta(hours=5)  # same day: no second warning
    provider.access_token()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "expires on 2024-05-22 (in 9 days)" in warnings[0].getMessage()
    clock.t = T0 + timedelta(days=1)
    provider.access_token()
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 2
    clock.t = datetime(2024, 5, 23, 8, tzinfo=UTC)
    provider.access_token()
    assert "expired on 2024-05-22" in caplog.records[-1].getMessage()


@pytest.mark.usefixtures("secrets_env")
def test_no_warning_when_expiry_is_far(
    token_server: TokenServer, caplog: pytest.LogCaptureFixture
) -> None:
    token_server.grant("t")
    caplog.set_level(logging.WARNING, logger="triage.oauth2")
    TokenProvider(
        config(token_server.url, refresh_token_expires_at=date(2024, 5, 27)), clock=Clock()
    ).access_token()
    assert not caplog.records


@pytest.mark.usefixtures("secrets_env")
def test_refresh_token_expires_in_from_the_server_drives_the_warning(
    token_server: TokenServer, caplog: pytest.LogCaptureFixture
) -> None:
    token_server.grant("t1", refresh_token_expires_in=5 * 86400)
    token_server.grant("t2")
    clock = Clock()
    provider = TokenProvider(config(token_server.url), clock=clock)
    caplog.set_level(logging.WARNING, logger="triage.oauth2")
    provider.access_token()
    assert not caplog.records  # learned only from this answer
    clock.t = T0 + timedelta(days=1)
    provider.access_token()
    assert "expires on 2024-05-17" in caplog.records[-1].getMessage()


# --- rotation --------------------------------------------------------------------------------


def test_rotated_refresh_token_is_used_next_and_persisted(
    token_server: TokenServer, tmp_path: Path
) -> None:
    token_file = tmp_path / "refresh_token"
    token_file.write_text(REFRESH + "\n")
    token_server.grant("a1", expires_in=100, refresh_token="rotated-SECRET-2")
    token_server.grant("a2", expires_in=100)
    clock = Clock()
    cfg = config(
        token_server.url,
        refresh_token_env="",
        refresh_token_file=token_file,
        client_secret_env="",
        persist_rotated_refresh_token=True,
    )
    provider = TokenProvider(cfg, clock=clock)
    provider.access_token()
    clock.t += timedelta(seconds=100)
    assert provider.access_token() == "a2"
    assert [r["refresh_token"] for r in token_server.requests] == [REFRESH, "rotated-SECRET-2"]
    assert token_file.read_text() == "rotated-SECRET-2\n"
    assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600


# --- secrets never leak ----------------------------------------------------------------------


@pytest.mark.usefixtures("secrets_env")
def test_no_secret_in_logs_errors_or_reprs(
    token_server: TokenServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    access = "ya29.ACCESS-SECRET-777"
    token_server.grant(access, refresh_token="rotated-SECRET-3")
    token_server.responses.append(
        (
            400,
            {
                "error": "invalid_grant",
                "error_description": f"bad token {REFRESH} / rotated-SECRET-3",
            },
        )
    )
    provider = TokenProvider(
        config(token_server.url, refresh_token_expires_at=date(2024, 5, 13)), clock=Clock()
    )
    assert provider.access_token() == access
    provider.invalidate()
    with pytest.raises(OAuth2Error) as info:
        provider.access_token()
    assert info.value.__cause__ is None and info.value.__context__ is not None  # raised "from None"
    shown = caplog.text + str(info.value) + repr(provider) + repr(provider._token)
    for secret in (REFRESH, CLIENT_SECRET, access, "rotated-SECRET-3"):
        assert secret not in shown
    assert "oauth2: new access token" in caplog.text  # the logs did say something


# --- XOAUTH2 and logins ------------------------------------------------------------------------


def test_xoauth2_string_format() -> None:
    assert (
        xoauth2_string("support@okpay.test", "tok")
        == "user=support@okpay.test\x01auth=Bearer tok\x01\x01"
    )


class FakeImap:
    def __init__(self, accepted: set[str]) -> None:
        self.accepted = accepted
        self.attempts: list[tuple[str, str]] = []

    def oauth2_login(self, user: str, access_token: str) -> bytes:
        self.attempts.append((user, access_token))
        if access_token not in self.accepted:
            raise LoginError("[AUTHENTICATIONFAILED] Invalid credentials (Failure)")
        return b"OK"


@pytest.mark.usefixtures("secrets_env")
def test_imap_login_retries_once_with_a_fresh_token(token_server: TokenServer) -> None:
    token_server.grant("revoked-early")
    token_server.grant("fresh")
    client = FakeImap({"fresh"})
    imap_login(client, "support@okpay.test", TokenProvider(config(token_server.url), clock=Clock()))
    assert client.attempts == [
        ("support@okpay.test", "revoked-early"),
        ("support@okpay.test", "fresh"),
    ]


@pytest.mark.usefixtures("secrets_env")
def test_imap_login_gives_up_after_the_fresh_token_fails(token_server: TokenServer) -> None:
    token_server.grant("a")
    token_server.grant("b")
    client = FakeImap(set())
    with pytest.raises(LoginError):
        imap_login(client, "u@x.test", TokenProvider(config(token_server.url), clock=Clock()))
    assert len(client.attempts) == 2


class FakeSmtp:
    def __init__(self) -> None:
        self.responses: list[str] = []

    def auth(
        self, mechanism: str, authobject: object, *, initial_response_ok: bool = True
    ) -> tuple[int, bytes]:
        assert mechanism == "XOAUTH2" and callable(authobject)
        self.responses.append(authobject())
        self.responses.append(authobject(b'{"status":"401"}'))
        return 235, b"ok"


@pytest.mark.usefixtures("secrets_env")
def test_smtp_login_sends_xoauth2_then_empty_answer_to_a_challenge(
    token_server: TokenServer,
) -> None:
    token_server.grant("smtp-token")
    smtp = FakeSmtp()
    smtp_login(smtp, "support@okpay.test", TokenProvider(config(token_server.url), clock=Clock()))
    assert smtp.responses == [xoauth2_string("support@okpay.test", "smtp-token"), ""]


class RefusingSmtp:
    """Answers AUTH XOAUTH2 like Gmail: 235 for an accepted token, else ``code``."""

    def __init__(self, accepted: set[str], code: int = 535) -> None:
        self.accepted = accepted
        self.code = code
        self.tokens: list[str] = []

    def auth(
        self, mechanism: str, authobject: object, *, initial_response_ok: bool = True
    ) -> tuple[int, bytes]:
        assert mechanism == "XOAUTH2" and callable(authobject)
        initial: str = authobject()
        token = initial.split("auth=Bearer ", 1)[1].rstrip("\x01")
        self.tokens.append(token)
        if token in self.accepted:
            return 235, b"2.7.0 Accepted"
        assert authobject(b'{"status":"401"}') == ""
        raise smtplib.SMTPAuthenticationError(
            self.code, b"5.7.8 Username and Password not accepted"
        )


@pytest.mark.usefixtures("secrets_env")
def test_smtp_login_retries_a_refused_token_once_with_a_fresh_one(
    token_server: TokenServer,
) -> None:
    token_server.grant("revoked-early")
    token_server.grant("fresh")
    smtp = RefusingSmtp({"fresh"})
    smtp_login(smtp, "support@okpay.test", TokenProvider(config(token_server.url), clock=Clock()))
    assert smtp.tokens == ["revoked-early", "fresh"]
    assert len(token_server.requests) == 2


@pytest.mark.usefixtures("secrets_env")
def test_smtp_login_gives_up_after_the_fresh_token_is_refused(token_server: TokenServer) -> None:
    token_server.grant("a")
    token_server.grant("b")
    smtp = RefusingSmtp(set())
    with pytest.raises(smtplib.SMTPAuthenticationError) as info:
        smtp_login(smtp, "u@x.test", TokenProvider(config(token_server.url), clock=Clock()))
    assert info.value.smtp_code == 535 and smtp.tokens == ["a", "b"]


@pytest.mark.usefixtures("secrets_env")
def test_smtp_login_does_not_retry_other_refusals(token_server: TokenServer) -> None:
    token_server.grant("a")
    smtp = RefusingSmtp(set(), code=534)  # "application-specific password required" and such
    with pytest.raises(smtplib.SMTPAuthenticationError):
        smtp_login(smtp, "u@x.test", TokenProvider(config(token_server.url), clock=Clock()))
    assert smtp.tokens == ["a"] and len(token_server.requests) == 1


# --- config --------------------------------------------------------------------------------

F = Path("/etc/support-triage/triage.toml")


def test_parse_google_preset() -> None:
    cfg = parse_oauth2_config(
        {"provider": "google", "client_id": "id", "client_secret_env": "GSECRET"}, F
    )
    assert cfg.token_url == GOOGLE_TOKEN_URL and cfg.scope == GOOGLE_SCOPE
    assert (
        cfg.refresh_token_env == "TRIAGE_OAUTH2_REFRESH_TOKEN"
        and cfg.client_secret_env == "GSECRET"
    )


def test_parse_microsoft_preset_with_tenant_and_files() -> None:
    cfg = parse_oauth2_config(
        {
            "provider": "microsoft", "tenant": "contoso.onmicrosoft.com", "client_id": "id",
            "refresh_token_file": "secrets/refresh", "persist_rotated_refresh_token": True,
            "refresh_token_expires_at": date(2025, 3, 31), "timeout_seconds": 10,
        },
        F,
    )  # fmt: skip
    assert (
        cfg.token_url
        == "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
    )
    assert cfg.scope == MICROSOFT_SCOPE
    assert cfg.refresh_token_file == Path("/etc/support-triage/secrets/refresh")
    assert cfg.refresh_token_expires_at == date(2025, 3, 31)
    assert cfg.timeout_seconds == 10.0


@pytest.mark.parametrize(
    "value", ["2025-03-31", datetime(2025, 3, 31, 12, tzinfo=UTC), "2025-03-31T00:00:00+00:00"]
)
def test_parse_expiry_forms(value: object) -> None:
    cfg = parse_oauth2_config(
        {
            "token_url": "https://idp.example/token",
            "client_id": "x",
            "refresh_token_expires_at": value,
        },
        F,
    )
    assert cfg.refresh_token_expires_at == date(2025, 3, 31)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"client_id": "x"}, "token_url: required"),
        (
            {"provider": "yahoo", "client_id": "x"},
            "provider: expected one of custom, google, microsoft, got 'yahoo'",
        ),
        ({"provider": "microsoft", "client_id": "x"}, "tenant: required for Microsoft"),
        (
            {"provider": "google", "tenant": "t", "client_id": "x"},
            'tenant: only for provider = "microsoft"',
        ),
        (
            {"token_url": "http://idp.example/token", "client_id": "x"},
            "token_url: must be an https:// URL",
        ),
        ({"provider": "google"}, "client_id: required"),
        (
            {"provider": "google", "client_id": "x", "refresh_token_env": ""},
            "refresh_token_env: set refresh_token_env or refresh_token_file",
        ),
        (
            {"provider": "google", "client_id": "x", "persist_rotated_refresh_token": True},
            "persist_rotated_refresh_token: needs refresh_token_file",
        ),
        (
            {"provider": "google", "client_id": "x", "refresh_token_expires_at": "soon"},
            "refresh_token_expires_at: expected a date such as 2025-03-31, got 'soon'",
        ),
        (
            {"provider": "google", "client_id": "x", "timeout_seconds": 0},
            "timeout_seconds: must be greater than 0",
        ),
        ({"provider": "google", "client_id": 7}, "client_id: expected a string, got int"),
        (
            {"provider": "google", "client_id": "x", "refresh_token": "inline!"},
            "refresh_token: unknown key (a typo?)",
        ),
    ],
)
def test_parse_errors_name_file_section_key(table: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_oauth2_config(table, F)
    assert str(info.value).startswith(f"{F}: [imap.oauth2] {message}")


def test_http_token_url_allowed_on_loopback_only() -> None:
    cfg = parse_oauth2_config({"token_url": "http://127.0.0.1:8080/token", "client_id": "x"}, F)
    assert cfg.token_url == "http://127.0.0.1:8080/token"


def test_parse_microsoft_app_only_grant() -> None:
    cfg = parse_oauth2_config(
        {
            "provider": "microsoft",
            "tenant": "t1",
            "client_id": "x",
            "grant": "client_credentials",
            "client_secret_file": "/run/secret",
        },
        F,
    )
    assert cfg.grant == "client_credentials" and cfg.scope == MICROSOFT_APP_SCOPE
    with pytest.raises(ValueError, match="client_secret_env: client_credentials needs"):
        parse_oauth2_config(
            {
                "provider": "microsoft",
                "tenant": "t1",
                "client_id": "x",
                "grant": "client_credentials",
            },
            F,
        )
    with pytest.raises(ValueError, match="grant: Google mailboxes need a user's refresh token"):
        parse_oauth2_config(
            {"provider": "google", "client_id": "x", "grant": "client_credentials"}, F
        )


# --- app-only (client credentials) ---------------------------------------------------------


@pytest.mark.usefixtures("secrets_env")
def test_client_credentials_grant_needs_no_refresh_token(
    token_server: TokenServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEST_OAUTH_REFRESH")
    token_server.grant("app-token", expires_in=3599)
    cfg = config(token_server.url, grant="client_credentials", scope=MICROSOFT_APP_SCOPE)
    assert TokenProvider(cfg, clock=Clock()).access_token() == "app-token"
    assert token_server.requests == [
        {
            "grant_type": "client_credentials",
            "client_id": cfg.client_id,
            "client_secret": CLIENT_SECRET,
            "scope": MICROSOFT_APP_SCOPE,
        }
    ]


def test_client_credentials_without_secret_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TEST_OAUTH_SECRET", raising=False)
    with pytest.raises(
        OAuth2Error, match=r"no client secret: \$TEST_OAUTH_SECRET is empty or unset"
    ):
        TokenProvider(
            config("http://127.0.0.1:9/t", grant="client_credentials"), clock=Clock()
        ).access_token()


# --- first consent ---------------------------------------------------------------------------


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).items()}


def test_start_consent_google_asks_for_offline_access_with_pkce() -> None:
    cfg = config("https://oauth2.googleapis.com/token", auth_url=GOOGLE_AUTH_URL)
    consent = start_consent(cfg, "http://localhost:8765/", login_hint="support@okpay.test")
    q = _query(consent.url)
    assert consent.url.startswith(GOOGLE_AUTH_URL + "?")
    assert q["access_type"] == "offline" and q["prompt"] == "consent"
    assert q["code_challenge_method"] == "S256" and q["state"] == consent.state
    assert q["scope"] == GOOGLE_SCOPE and q["login_hint"] == "support@okpay.test"
    expected = (
        base64.urlsafe_b64encode(hashlib.sha256(consent.code_verifier.encode()).digest())
        .decode()
        .rstrip("=")
    )
    assert q["code_challenge"] == expected
    assert consent.code_verifier not in repr(consent)
    other = start_consent(cfg, "http://localhost:8765/")
    assert other.state != consent.state and other.code_verifier != consent.code_verifier


def test_start_consent_microsoft_has_no_google_parameters() -> None:
    cfg = parse_oauth2_config(
        {"provider": "microsoft", "tenant": "contoso.example", "client_id": "x"}, F
    )
    q = _query(start_consent(cfg, "http://localhost:1/").url)
    assert "access_type" not in q and q["scope"] == MICROSOFT_SCOPE


@pytest.mark.usefixtures("secrets_env")
def test_consent_via_loopback_redeems_the_code(token_server: TokenServer, tmp_path: Path) -> None:
    token_server.grant("first-access", refresh_token="new-refresh-SECRET")
    cfg = config(token_server.url, auth_url="https://login.example/authorize")
    opened: list[str] = []

    def browser(url: str) -> None:  # plays the user: the provider redirects back with a code
        opened.append(url)
        q = _query(url)
        back = f"{q['redirect_uri']}?code=auth-code-1&state={q['state']}"
        with urllib.request.urlopen(back.replace("localhost", "127.0.0.1"), timeout=5) as resp:
            assert b"consent received" in resp.read()

    refresh = consent_via_loopback(cfg, browser, timeout_s=10)
    assert refresh == "new-refresh-SECRET"
    (form,) = token_server.requests
    assert form["grant_type"] == "authorization_code" and form["code"] == "auth-code-1"
    challenge = _query(opened[0])["code_challenge"]
    assert (
        base64.urlsafe_b64encode(hashlib.sha256(form["code_verifier"].encode()).digest())
        .decode()
        .rstrip("=")
        == challenge
    )
    assert form["redirect_uri"] == _query(opened[0])["redirect_uri"]
    target = tmp_path / "refresh"
    store_refresh_token(target, refresh)
    assert (
        target.read_text() == "new-refresh-SECRET\n"
        and stat.S_IMODE(target.stat().st_mode) == 0o600
    )


@pytest.mark.usefixtures("secrets_env")
def test_consent_with_a_wrong_state_is_refused(token_server: TokenServer) -> None:
    cfg = config(token_server.url, auth_url="https://login.example/authorize")

    def forger(url: str) -> None:
        q = _query(url)
        urllib.request.urlopen(
            f"http://127.0.0.1:{urllib.parse.urlsplit(q['redirect_uri']).port}/?code=x&state=forged",
            timeout=5,
        ).close()

    with pytest.raises(OAuth2Error, match="wrong state"):
        consent_via_loopback(cfg, forger, timeout_s=10)
    assert token_server.requests == []  # the code was never redeemed


@pytest.mark.usefixtures("secrets_env")
def test_consent_denied_by_the_user(token_server: TokenServer) -> None:
    cfg = config(token_server.url, auth_url="https://login.example/authorize")

    def deny(url: str) -> None:
        port = urllib.parse.urlsplit(_query(url)["redirect_uri"]).port
        urllib.request.urlopen(
            f"http://127.0.0.1:{port}/?error=access_denied&error_description=user+said+no",
            timeout=5,
        ).close()

    with pytest.raises(OAuth2Error, match="consent refused: access_denied user said no"):
        consent_via_loopback(cfg, deny, timeout_s=10)


@pytest.mark.usefixtures("secrets_env")
def test_consent_times_out_without_an_answer(token_server: TokenServer) -> None:
    cfg = config(token_server.url, auth_url="https://login.example/authorize")
    with pytest.raises(OAuth2Error, match="no answer from the consent page within 0s") as info:
        consent_via_loopback(cfg, lambda url: None, timeout_s=0.2)
    assert info.value.transient is True


@pytest.mark.usefixtures("secrets_env")
def test_code_exchange_without_refresh_token_explains_offline_access(
    token_server: TokenServer,
) -> None:
    token_server.grant("access-only")
    cfg = config(token_server.url, auth_url="https://login.example/authorize")

    def browser(url: str) -> None:
        q = _query(url)
        port = urllib.parse.urlsplit(q["redirect_uri"]).port
        urllib.request.urlopen(
            f"http://127.0.0.1:{port}/?code=c&state={q['state']}", timeout=5
        ).close()

    with pytest.raises(OAuth2Error, match="offline"):
        consent_via_loopback(cfg, browser, timeout_s=10)


def test_rotated_token_that_cannot_be_persisted_still_works(
    token_server: TokenServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    token_file = tmp_path / "refresh"
    token_file.write_text(REFRESH)
    (tmp_path / ".refresh.tmp").mkdir()  # the write cannot happen (even as root)
    cfg = config(
        token_server.url,
        refresh_token_env="",
        refresh_token_file=token_file,
        client_secret_env="",
        persist_rotated_refresh_token=True,
    )
    token_server.grant("a1", expires_in=100, refresh_token="rot-SECRET")
    token_server.grant("a2", expires_in=100)
    clock = Clock()
    provider = TokenProvider(cfg, clock=clock)
    assert provider.access_token() == "a1"
    assert "could not store the new refresh token" in caplog.text
    assert "rot-SECRET" not in caplog.text
    assert token_file.read_text() == REFRESH
    clock.t += timedelta(seconds=100)
    assert provider.access_token() == "a2"
    assert token_server.requests[-1]["refresh_token"] == "rot-SECRET"  # kept in memory
