"""OAuth2 (XOAUTH2) login for Gmail and Microsoft 365 mailboxes: refresh and cache access tokens.

A `TokenProvider` turns a long-lived refresh token into short-lived access tokens through the
provider's token endpoint (RFC 6749 section 6), caches each until a minute before it expires,
and warns daily when the refresh token itself is near its end. Tokens and secrets are never
logged and never put in exception messages.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
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
MICROSOFT_TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
MICROSOFT_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All offline_access"
PROVIDERS = ("custom", "google", "microsoft")

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

    ``provider = "google"`` or ``"microsoft"`` (with ``tenant``) fills token_url and scope.
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
    if provider == "google":
        url_default, scope_default = GOOGLE_TOKEN_URL, GOOGLE_SCOPE
    elif provider == "microsoft":
        if not tenant:
            raise fail("tenant", "required for Microsoft (directory id or domain, or 'common')")
        if "/" in tenant or "?" in tenant:
            raise fail("tenant", f"not a tenant id or domain: {tenant!r}")
        url_default, scope_default = MICROSOFT_TOKEN_URL.format(tenant=tenant), MICROSOFT_SCOPE
    else:
        url_default, scope_default = "", ""

    token_url = text("token_url", url_default)
    if not token_url:
        raise fail("token_url", 'required (or set provider = "google" / "microsoft")')
    parts = urllib.parse.urlsplit(token_url)
    if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in _LOOPBACK):
        raise fail("token_url", "must be an https:// URL (http only on loopback, for tests)")
    if not parts.hostname:
        raise fail("token_url", f"no host in {token_url!r}")

    client_id = text("client_id", "")
    if not client_id:
        raise fail("client_id", "required (the app registration's client id)")

    refresh_env = text("refresh_token_env", "TRIAGE_OAUTH2_REFRESH_TOKEN")
    refresh_file = path("refresh_token_file")
    if not refresh_env and refresh_file is None:
        raise fail("refresh_token_env", "set refresh_token_env or refresh_token_file")

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
        client_secret_env=text("client_secret_env", ""),
        client_secret_file=path("client_secret_file"),
        refresh_token_env=refresh_env,
        refresh_token_file=refresh_file,
        scope=text("scope", scope_default),
        refresh_token_expires_at=_parse_expiry(table.get("refresh_token_expires_at"), fail),
        timeout_seconds=float(timeout),
        persist_rotated_refresh_token=persist,
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
        configured = self.cfg.refresh_token()
        refresh_token = self._rotated_refresh or configured
        if not refresh_token:
            where = self.cfg.refresh_token_file or f"${self.cfg.refresh_token_env}"
            raise OAuth2Error(f"no refresh token: {where} is empty or unset", transient=False)
        secret = self.cfg.client_secret()
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        form["client_id"] = self.cfg.client_id
        if secret:
            form["client_secret"] = secret
        if self.cfg.scope:
            form["scope"] = self.cfg.scope
        request = urllib.request.Request(
            self.cfg.token_url,
            data=urllib.parse.urlencode(form).encode("ascii"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
            },
            method="POST",
        )
        scrub = _scrubber(refresh_token, configured, secret)
        try:
            with urllib.request.urlopen(request, timeout=self.cfg.timeout_seconds) as resp:
                body = resp.read(MAX_ERROR_BODY * 4)
        except urllib.error.HTTPError as exc:
            raise _http_error(exc, self.cfg.token_url, scrub) from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise OAuth2Error(
                f"token endpoint {self.cfg.token_url} unreachable: {scrub(str(reason))}",
                transient=True,
            ) from None
        payload = _json_object(body)
        if payload is None:
            raise OAuth2Error(
                f"token endpoint {self.cfg.token_url} answered 200 without a JSON object",
                transient=True,
            )
        value = payload.get("access_token")
        if not isinstance(value, str) or not value:
            raise OAuth2Error(
                f"token endpoint {self.cfg.token_url} answered without an access_token",
                transient=False,
            )
        token_type = payload.get("token_type", "Bearer")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise OAuth2Error(f"unexpected token_type {token_type!r}", transient=False)
        lifetime = _seconds(payload.get("expires_in"), DEFAULT_EXPIRES_IN)
        self._take_rotation(payload, refresh_token, now)
        log.info("oauth2: new access token from %s, valid %ds", self.cfg.token_url, lifetime)
        return AccessToken(value, now + timedelta(seconds=lifetime))

    def _take_rotation(self, payload: Mapping[str, Any], used: str, now: datetime) -> None:
        rotated = payload.get("refresh_token")
        if isinstance(rotated, str) and rotated and rotated != used:
            self._rotated_refresh = rotated
            log.info("oauth2: the provider issued a new refresh token")
            if self.cfg.persist_rotated_refresh_token and self.cfg.refresh_token_file:
                _write_private(self.cfg.refresh_token_file, rotated)
        ends_in = payload.get("refresh_token_expires_in")
        if isinstance(ends_in, int | float) and not isinstance(ends_in, bool) and ends_in > 0:
            self._refresh_expires_at = now + timedelta(seconds=float(ends_in))


def _days(n: int) -> str:
    return "less than a day" if n < 1 else "1 day" if n == 1 else f"{n} days"


def _write_private(path: Path, secret: str) -> None:
    """Replace ``path`` atomically with a file only the service user can read."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(secret + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        # The new token still works from memory; only a restart would need the file.
        log.error("oauth2: could not store the new refresh token in %s: %s", path, exc.strerror)


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
    """Log an ``smtplib.SMTP`` connection in with XOAUTH2 (smtplib does the base64)."""
    token = provider.access_token()

    def respond(challenge: bytes | None = None) -> str:
        # A challenge after the initial response is the server's error report; the protocol
        # wants an empty answer, after which the server sends the final failure code.
        return xoauth2_string(user, token) if challenge is None else ""

    smtp.auth("XOAUTH2", respond)
