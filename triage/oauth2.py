"""OAuth2 (XOAUTH2) login for Gmail and Microsoft 365 mailboxes: refresh and cache access tokens.

A `TokenProvider` turns a long-lived refresh token into short-lived access tokens through the
provider's token endpoint (RFC 6749 section 6), caches each until a minute before it expires,
and warns daily when the refresh token itself is near its end. Tokens and secrets are never
logged and never put in exception messages.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import secrets
import smtplib
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

# Refresh this long before the access token's end, so a token never expires mid-login.
REFRESH_MARGIN = timedelta(seconds=60)
# Warn (once a day) when the refresh token ends within this.
EXPIRY_WARNING = timedelta(days=14)
# Access-token lifetime assumed when the endpoint does not say (both providers say 3600).
DEFAULT_EXPIRES_IN = 3600
MAX_ERROR_BODY = 65536

GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
GOOGLE_SCOPE = "https://mail.google.com/"
GOOGLE_AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"
MICROSOFT_TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
MICROSOFT_AUTH_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize"
MICROSOFT_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All offline_access"
# Sending replies through Microsoft's SMTP (SMTP AUTH must be enabled for the mailbox).
MICROSOFT_SMTP_SCOPE = "https://outlook.office.com/SMTP.Send offline_access"
# App-only access (client credentials) to Exchange Online: no user, no refresh token.
MICROSOFT_APP_SCOPE = "https://outlook.office365.com/.default"
PROVIDERS = ("custom", "google", "microsoft")
GRANTS = ("refresh_token", "client_credentials")

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class OAuth2Error(Exception):
    """The token endpoint refused or failed; ``transient`` errors may succeed on a retry."""

    def __init__(self, message: str, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class OAuth2Config:
    token_url: str
    client_id: str
    client_secret_env: str = ""
    client_secret_file: Path | None = None
    refresh_token_env: str = "TRIAGE_OAUTH2_REFRESH_TOKEN"
    refresh_token_file: Path | None = None
    scope: str = ""
    refresh_token_expires_at: date | None = None
    timeout_seconds: float = 30.0
    # Microsoft rotates refresh tokens on every use; write the new one back to the file so a
    # restart after the old one's 90 days still works.
    persist_rotated_refresh_token: bool = False
    # "refresh_token" (a user's consent) or "client_credentials" (Microsoft app-only access).
    grant: str = "refresh_token"
    # The consent page, for obtaining the first refresh token (`authorization_url`).
    auth_url: str = ""

    def client_secret(self) -> str:
        return _read_secret(self.client_secret_env, self.client_secret_file)

    def refresh_token(self) -> str:
        return _read_secret(self.refresh_token_env, self.refresh_token_file)


def _read_secret(env: str, file: Path | None) -> str:
    # Read at use time, not at load time, so the config object never holds a secret.
    if file is not None:
        try:
            return file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise OAuth2Error(f"cannot read {file}: {exc.strerror}", transient=False) from None
    return os.environ.get(env, "").strip() if env else ""


def parse_oauth2_config(
    table: Mapping[str, object], file: Path, section: str = "imap.oauth2"
) -> OAuth2Config:
    """The `[imap.oauth2]` table as an OAuth2Config; ValueError `file: [section] key: problem`.

    ``provider = "google"`` or ``"microsoft"`` (with ``tenant``) fills token_url, auth_url and
    scope.
    Relative ``*_file`` paths are resolved against the config file's folder.
    """

    def fail(key: str, problem: str) -> ValueError:
        return ValueError(f"{file}: [{section}] {key}: {problem}")

    def text(key: str, default: str) -> str:
        value = table.get(key, default)
        if not isinstance(value, str):
            raise fail(key, f"expected a string, got {type(value).__name__}")
        return value.strip()

    def path(key: str) -> Path | None:
        value = text(key, "")
        if not value:
            return None
        p = Path(value)
        return p if p.is_absolute() else (file.resolve().parent / p).resolve()

    known = {
        "provider", "tenant", "token_url", "client_id", "client_secret_env",
        "client_secret_file", "refresh_token_env", "refresh_token_file", "scope",
        "refresh_token_expires_at", "timeout_seconds", "persist_rotated_refresh_token",
        "grant", "auth_url",
    }  # fmt: skip
    unknown = sorted(set(table) - known)
    if unknown:
        raise fail(unknown[0], "unknown key (a typo?)")

    provider = text("provider", "custom")
    if provider not in PROVIDERS:
        raise fail("provider", f"expected one of {', '.join(PROVIDERS)}, got {provider!r}")
    tenant = text("tenant", "")
    if tenant and provider != "microsoft":
        raise fail("tenant", 'only for provider = "microsoft"')
    grant = text("grant", "refresh_token")
    if grant not in GRANTS:
        raise fail("grant", f"expected one of {', '.join(GRANTS)}, got {grant!r}")
    if provider == "google":
        if grant != "refresh_token":
            raise fail("grant", "Google mailboxes need a user's refresh token")
        url_default, auth_default, scope_default = GOOGLE_TOKEN_URL, GOOGLE_AUTH_URL, GOOGLE_SCOPE
    elif provider == "microsoft":
        if not tenant:
            raise fail("tenant", "required for Microsoft (directory id or domain, or 'common')")
        if "/" in tenant or "?" in tenant:
            raise fail("tenant", f"not a tenant id or domain: {tenant!r}")
        url_default = MICROSOFT_TOKEN_URL.format(tenant=tenant)
        auth_default = MICROSOFT_AUTH_URL.format(tenant=tenant)
        scope_default = MICROSOFT_SCOPE if grant == "refresh_token" else MICROSOFT_APP_SCOPE
    else:
        url_default, auth_default, scope_default = "", "", ""

    def url(key: str, default: str) -> str:
        value = text(key, default)
        if not value:
            return value
        parts = urllib.parse.urlsplit(value)
        loopback_http = parts.scheme == "http" and parts.hostname in _LOOPBACK
        if parts.scheme != "https" and not loopback_http:
            raise fail(key, "must be an https:// URL (http only on loopback, for tests)")
        if not parts.hostname:
            raise fail(key, f"no host in {value!r}")
        return value

    token_url = url("token_url", url_default)
    if not token_url:
        raise fail("token_url", 'required (or set provider = "google" / "microsoft")')
    auth_url = url("auth_url", auth_default)

    client_id = text("client_id", "")
    if not client_id:
        raise fail("client_id", "required (the app registration's client id)")

    refresh_env = text("refresh_token_env", "TRIAGE_OAUTH2_REFRESH_TOKEN")
    refresh_file = path("refresh_token_file")
    if grant == "refresh_token" and not refresh_env and refresh_file is None:
        raise fail("refresh_token_env", "set refresh_token_env or refresh_token_file")
    secret_env = text("client_secret_env", "")
    secret_file = path("client_secret_file")
    if grant == "client_credentials" and not secret_env and secret_file is None:
        raise fail("client_secret_env", "client_credentials needs client_secret_env or _file")

    timeout = table.get("timeout_seconds", 30.0)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise fail("timeout_seconds", f"expected a number, got {type(timeout).__name__}")
    if timeout <= 0:
        raise fail("timeout_seconds", "must be greater than 0")

    persist = table.get("persist_rotated_refresh_token", False)
    if not isinstance(persist, bool):
        raise fail("persist_rotated_refresh_token", "expected true or false")
    if persist and refresh_file is None:
        raise fail("persist_rotated_refresh_token", "needs refresh_token_file")

    return OAuth2Config(
        token_url=token_url,
        client_id=client_id,
        client_secret_env=secret_env,
        client_secret_file=secret_file,
        refresh_token_env=refresh_env,
        refresh_token_file=refresh_file,
        scope=text("scope", scope_default),
        refresh_token_expires_at=_parse_expiry(table.get("refresh_token_expires_at"), fail),
        timeout_seconds=float(timeout),
        persist_rotated_refresh_token=persist,
        grant=grant,
        auth_url=auth_url,
    )


def _parse_expiry(value: object, fail: Callable[[str, str], ValueError]) -> date | None:
    key = "refresh_token_expires_at"
    if value is None or value == "":
        return None
    if isinstance(value, datetime):  # TOML offset/local date-time
        return value.date()
    if isinstance(value, date):  # TOML local date
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            raise fail(key, f"expected a date such as 2025-03-31, got {value!r}") from None
    raise fail(key, f"expected a date such as 2025-03-31, got {type(value).__name__}")


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class AccessToken:
    value: str
    expires_at: datetime

    def __repr__(self) -> str:  # the dataclass repr would print the token
        return f"AccessToken(expires_at={self.expires_at.isoformat()})"


class TokenProvider:
    """Valid access tokens on demand: cached, refreshed a minute before expiry, thread-safe."""

    def __init__(self, cfg: OAuth2Config, clock: Callable[[], datetime] = _utc_now) -> None:
        self.cfg = cfg
        self.clock = clock
        self._lock = threading.Lock()
        self._token: AccessToken | None = None
        self._rotated_refresh: str | None = None
        self._refresh_expires_at: datetime | None = (
            datetime.combine(cfg.refresh_token_expires_at, datetime.min.time(), UTC)
            if cfg.refresh_token_expires_at is not None
            else None
        )
        self._warned_on: date | None = None

    def __repr__(self) -> str:
        return f"TokenProvider(token_url={self.cfg.token_url!r})"

    def access_token(self) -> str:
        """A token valid for at least REFRESH_MARGIN; refreshes through the endpoint if not."""
        with self._lock:
            now = self.clock()
            self._warn_if_refresh_token_ends_soon(now)
            token = self._token
            if token is None or now >= token.expires_at - REFRESH_MARGIN:
                token = self._refresh(now)
                self._token = token
            return token.value

    def invalidate(self) -> None:
        """Drop the cached token (the server refused it); the next call refreshes."""
        with self._lock:
            self._token = None

    @property
    def expires_at(self) -> datetime | None:
        """When the cached access token ends; None before the first refresh."""
        token = self._token
        return token.expires_at if token is not None else None

    # --- internals ------------------------------------------------------------------------

    def _warn_if_refresh_token_ends_soon(self, now: datetime) -> None:
        ends = self._refresh_expires_at
        if ends is None or ends - now > EXPIRY_WARNING or self._warned_on == now.date():
            return
        self._warned_on = now.date()
        if ends <= now:
            log.warning(
                "oauth2: the refresh token for %s expired on %s; logins will fail until a new"
                " one is issued (docs/operations.md, OAuth2)",
                self.cfg.token_url, ends.date().isoformat(),
            )  # fmt: skip
        else:
            log.warning(
                "oauth2: the refresh token for %s expires on %s (in %s); issue a new one"
                " before then (docs/operations.md, OAuth2)",
                self.cfg.token_url, ends.date().isoformat(), _days((ends - now).days),
            )  # fmt: skip

    def _refresh(self, now: datetime) -> AccessToken:
        secret = self.cfg.client_secret()
        form = {"grant_type": self.cfg.grant, "client_id": self.cfg.client_id}
        used = configured = ""
        if self.cfg.grant == "refresh_token":
            configured = self.cfg.refresh_token()
            used = self._rotated_refresh or configured
            if not used:
                where = self.cfg.refresh_token_file or f"${self.cfg.refresh_token_env}"
                raise OAuth2Error(f"no refresh token: {where} is empty or unset", transient=False)
            form["refresh_token"] = used
        elif not secret:
            where = self.cfg.client_secret_file or f"${self.cfg.client_secret_env}"
            raise OAuth2Error(f"no client secret: {where} is empty or unset", transient=False)
        if secret:
            form["client_secret"] = secret
        if self.cfg.scope:
            form["scope"] = self.cfg.scope
        payload = _post_form(self.cfg, form, _scrubber(used, configured, secret))
        value, lifetime = _access_token_of(payload, self.cfg.token_url)
        self._take_rotation(payload, used, now)
        log.info("oauth2: new access token from %s, valid %ds", self.cfg.token_url, lifetime)
        return AccessToken(value, now + timedelta(seconds=lifetime))

    def _take_rotation(self, payload: Mapping[str, Any], used: str, now: datetime) -> None:
        rotated = payload.get("refresh_token")
        if isinstance(rotated, str) and rotated and rotated != used:
            self._rotated_refresh = rotated
            log.info("oauth2: the provider issued a new refresh token")
            path = self.cfg.refresh_token_file
            if self.cfg.persist_rotated_refresh_token and path is not None:
                try:
                    _write_private(path, rotated)
                except OSError as exc:
                    # The new token works from memory; only a restart would need the file.
                    log.error("oauth2: could not store the new refresh token in %s: %s",
                              path, exc.strerror)  # fmt: skip
        ends_in = payload.get("refresh_token_expires_in")
        if isinstance(ends_in, int | float) and not isinstance(ends_in, bool) and ends_in > 0:
            self._refresh_expires_at = now + timedelta(seconds=float(ends_in))


def _post_form(
    cfg: OAuth2Config, form: Mapping[str, str], scrub: Callable[[str], str]
) -> dict[str, Any]:
    """POST ``form`` to the token endpoint; the JSON object it answers, or OAuth2Error."""
    request = urllib.request.Request(
        cfg.token_url,
        data=urllib.parse.urlencode(form).encode("ascii"),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=cfg.timeout_seconds) as resp:
            body = resp.read(MAX_ERROR_BODY * 4)
    except urllib.error.HTTPError as exc:
        raise _http_error(exc, cfg.token_url, scrub) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise OAuth2Error(
            f"token endpoint {cfg.token_url} unreachable: {scrub(str(reason))}", transient=True
        ) from None
    payload = _json_object(body)
    if payload is None:
        raise OAuth2Error(
            f"token endpoint {cfg.token_url} answered 200 without a JSON object", transient=True
        )
    return payload


def _access_token_of(payload: Mapping[str, Any], url: str) -> tuple[str, int]:
    """(access token, lifetime in seconds) from a token response."""
    value = payload.get("access_token")
    if not isinstance(value, str) or not value:
        raise OAuth2Error(f"token endpoint {url} answered without an access_token", False)
    token_type = payload.get("token_type", "Bearer")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise OAuth2Error(f"unexpected token_type {token_type!r}", transient=False)
    return value, _seconds(payload.get("expires_in"), DEFAULT_EXPIRES_IN)


def _days(n: int) -> str:
    return "less than a day" if n < 1 else "1 day" if n == 1 else f"{n} days"


def _write_private(path: Path, secret: str) -> None:
    """Replace ``path`` atomically with a file only the service user can read."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(secret + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def _seconds(value: object, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int | float) and value > 0:
        return int(value)
    if isinstance(value, str) and value.isdigit():  # some servers send a string
        return int(value)
    return default


def _json_object(body: bytes) -> dict[str, Any] | None:
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return payload if isinstance(payload, dict) else None


def _scrubber(*secrets: str) -> Callable[[str], str]:
    """Remove the given secrets from text a server echoed back (defence in depth)."""
    present = [s for s in secrets if len(s) >= 4]

    def scrub(text: str) -> str:
        for s in present:
            text = text.replace(s, "****")
        return text

    return scrub


def _http_error(exc: urllib.error.HTTPError, url: str, scrub: Callable[[str], str]) -> OAuth2Error:
    try:
        payload = _json_object(exc.read(MAX_ERROR_BODY)) or {}
    except OSError:
        payload = {}
    code = str(payload.get("error") or "")
    description = scrub(str(payload.get("error_description") or ""))[:300]
    detail = f"{code}: {description}" if description else code or exc.reason
    status = exc.code
    if status >= 500 or status in (408, 429):
        return OAuth2Error(f"token endpoint {url} failed (HTTP {status}: {detail})", True)
    if code == "invalid_grant":
        return OAuth2Error(
            f"refresh token rejected by {url} (invalid_grant:"
            f" {description or 'expired or revoked'}); issue a new refresh token"
            " (docs/operations.md, OAuth2)",
            False,
        )
    if code in ("invalid_client", "unauthorized_client"):
        return OAuth2Error(
            f"client id/secret rejected by {url} ({detail}); check client_id and the secret",
            False,
        )
    return OAuth2Error(f"token endpoint {url} refused (HTTP {status}: {detail})", False)


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (not base64-encoded) for ``user`` and ``token``."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


class _OAuth2Client(Protocol):
    def oauth2_login(self, user: str, access_token: str) -> object: ...


def imap_login(client: _OAuth2Client, user: str, provider: TokenProvider) -> None:
    """Log ``client`` (an IMAPClient) in with XOAUTH2; a refused cached token is refreshed once.

    Raises OAuth2Error from the token endpoint and imapclient's LoginError from the server.
    """
    from imapclient.exceptions import LoginError

    try:
        client.oauth2_login(user, provider.access_token())
    except LoginError:
        # A cached token can be revoked before its expiry (password change, admin action):
        # one fresh token decides whether the failure is real.
        log.info("oauth2: IMAP refused the cached token for %s; retrying with a fresh one", user)
        provider.invalidate()
        client.oauth2_login(user, provider.access_token())


class _SmtpClient(Protocol):
    def auth(
        self, mechanism: str, authobject: Callable[..., str], *, initial_response_ok: bool = ...
    ) -> tuple[int, bytes]: ...


def smtp_login(smtp: _SmtpClient, user: str, provider: TokenProvider) -> None:
    """Log an ``smtplib.SMTP`` connection in with XOAUTH2; a 535 is retried with a fresh token.

    Raises OAuth2Error from the token endpoint and smtplib's SMTPAuthenticationError from the
    server (after the retry, or at once for another code, such as 534 "not allowed").
    """
    try:
        _smtp_xoauth2(smtp, user, provider.access_token())
    except smtplib.SMTPAuthenticationError as exc:
        if exc.smtp_code != 535:
            raise
        # Like IMAP: a cached token can be revoked before its expiry; a fresh one decides.
        log.info("oauth2: SMTP refused the cached token for %s; retrying with a fresh one", user)
        provider.invalidate()
        _smtp_xoauth2(smtp, user, provider.access_token())


def _smtp_xoauth2(smtp: _SmtpClient, user: str, token: str) -> None:
    """One AUTH XOAUTH2 exchange (smtplib does the base64)."""

    def respond(challenge: bytes | None = None) -> str:
        # A challenge after the initial response is the server's error report; the protocol
        # wants an empty answer, after which the server sends the final failure code.
        return xoauth2_string(user, token) if challenge is None else ""

    smtp.auth("XOAUTH2", respond)


# --- first consent: obtaining the refresh token ------------------------------------------------


@dataclass(frozen=True)
class Consent:
    """One authorization-code request (RFC 6749 4.1 with PKCE, RFC 7636) waiting for its code."""

    url: str
    state: str
    code_verifier: str
    redirect_uri: str

    def __repr__(self) -> str:  # the verifier is a secret until the code is redeemed
        return f"Consent(url={self.url!r})"


def start_consent(cfg: OAuth2Config, redirect_uri: str, login_hint: str = "") -> Consent:
    """The consent-page URL the mailbox owner must open, with a fresh state and PKCE verifier."""
    if not cfg.auth_url:
        raise OAuth2Error("no auth_url: set provider or auth_url in the oauth2 table", False)
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    state = secrets.token_urlsafe(24)
    params = {
        "response_type": "code",
        "client_id": cfg.client_id,
        "redirect_uri": redirect_uri,
        "scope": cfg.scope,
        "state": state,
        "code_challenge": challenge.decode().rstrip("="),
        "code_challenge_method": "S256",
    }
    if urllib.parse.urlsplit(cfg.auth_url).hostname == "accounts.google.com":
        # Google issues a refresh token only for offline access, and only on a consent screen.
        params |= {"access_type": "offline", "prompt": "consent"}
    if login_hint:
        params["login_hint"] = login_hint
    separator = "&" if "?" in cfg.auth_url else "?"
    url = cfg.auth_url + separator + urllib.parse.urlencode(params)
    return Consent(url, state, verifier, redirect_uri)


def finish_consent(cfg: OAuth2Config, consent: Consent, code: str) -> str:
    """Redeem the authorization code; return the refresh token (never logged)."""
    secret = cfg.client_secret()
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": consent.redirect_uri,
        "client_id": cfg.client_id,
        "code_verifier": consent.code_verifier,
    }
    if secret:
        form["client_secret"] = secret
    payload = _post_form(cfg, form, _scrubber(code, secret, consent.code_verifier))
    refresh = payload.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        raise OAuth2Error(
            "the provider gave no refresh token: the scope needs offline access"
            " (Microsoft: offline_access; Google: consent with access_type=offline)",
            transient=False,
        )
    log.info("oauth2: consent complete; a refresh token was issued")
    return refresh


def consent_via_loopback(
    cfg: OAuth2Config,
    open_url: Callable[[str], object],
    *,
    port: int = 0,
    redirect_host: str = "localhost",
    login_hint: str = "",
    timeout_s: float = 300.0,
) -> str:
    """Run the whole first consent: serve the redirect on 127.0.0.1, show the URL with
    ``open_url``, wait for the code, redeem it; return the refresh token.

    Use a fixed ``port`` with SSH forwarding when the browser is on another machine.
    """
    received: dict[str, str] = {}
    done = threading.Event()

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            if "code" not in query and "error" not in query:
                self.send_error(404)
                return
            received.update({k: v[0] for k, v in query.items()})
            body = b"support-triage: consent received; you can close this window.\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            done.set()

        def log_message(self, format: str, *args: Any) -> None:
            return  # the request line carries the authorization code

    server = HTTPServer(("127.0.0.1", port), Redirect)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
    thread.daemon = True
    thread.start()
    try:
        redirect_uri = f"http://{redirect_host}:{server.server_address[1]}/"
        consent = start_consent(cfg, redirect_uri, login_hint)
        open_url(consent.url)
        if not done.wait(timeout_s):
            raise OAuth2Error(f"no answer from the consent page within {timeout_s:.0f}s", True)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    if "error" in received:
        detail = received.get("error_description", "")[:300]
        raise OAuth2Error(f"consent refused: {received['error']} {detail}".strip(), False)
    if received.get("state") != consent.state:
        raise OAuth2Error("consent answer with a wrong state (not this request); try again", False)
    return finish_consent(cfg, consent, received["code"])


def store_refresh_token(path: Path, token: str) -> None:
    """Write a refresh token to ``path`` (mode 0600, atomic replace); OSError if it cannot."""
    _write_private(path, token)
