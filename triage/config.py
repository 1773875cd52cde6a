"""Configuration: read once from TOML into frozen dataclasses, validated before anything starts."""

from __future__ import annotations

import os
import re
import tomllib
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from triage.logging_setup import LoggingConfig, parse_logging_config
from triage.metrics import MetricsConfig, parse_metrics_config
from triage.oauth2 import MICROSOFT_SMTP_SCOPE, OAuth2Config, parse_oauth2_config

T = TypeVar("T")


class ConfigError(Exception):
    """A config problem, phrased as `file: [section] key: what is wrong`."""


@dataclass(frozen=True)
class ServiceConfig:
    brand: str
    own_addresses: tuple[str, ...]
    reply_from: str
    fallback_language: str
    mode: str  # "live" | "shadow"
    ticket_prefix: str
    subject_format: str


@dataclass(frozen=True)
class ImapConfig:
    name: str  # the mailbox's name in state, logs and metrics
    host: str
    port: int
    ssl: bool
    starttls: bool
    username: str
    password_env: str
    password_file: Path | None
    inbox: str
    sent_folder: str
    timeout_seconds: float
    idle: bool
    auth: str = "password"  # "password" | "oauth2"
    oauth2: OAuth2Config | None = None

    def password(self) -> str:
        return _secret(self.password_env, self.password_file)


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    ssl: bool
    starttls: bool
    username: str
    password_env: str
    password_file: Path | None
    timeout_seconds: float
    auth: str = "password"  # "password" | "oauth2"
    oauth2: OAuth2Config | None = None  # with auth = "oauth2": own table, or the first mailbox's

    def password(self) -> str:
        return _secret(self.password_env, self.password_file)


@dataclass(frozen=True)
class PollConfig:
    interval_seconds: float
    batch_size: int


@dataclass(frozen=True)
class ClassifierConfig:
    model_dir: Path  # a model folder, or a registry whose CURRENT names the promoted model
    threshold: float  # 0: the model card's threshold
    registry_dir: Path | None = None  # where `triage promote` keeps models (default: model_dir)
    target_precision: float = 0.97  # precision the abstain threshold must reach
    promote_max_f1_drop: float = 0.005
    promote_max_coverage_drop: float = 0.05
    promote_data: tuple[Path, ...] = ()  # default held-out data for `triage promote`


@dataclass(frozen=True)
class DetailsConfig:
    default_region: str
    sender_counts_as_contact: bool
    transaction_id_patterns: tuple[str, ...]


@dataclass(frozen=True)
class RepliesConfig:
    template_dir: Path


@dataclass(frozen=True)
class LimitsConfig:
    per_sender_per_hour: int
    per_sender_per_day: int
    per_ticket_per_day: int


@dataclass(frozen=True)
class TicketsConfig:
    reminder_after_hours: float
    incomplete_after_hours: float
    hotline: str


@dataclass(frozen=True)
class QueueConfig:
    category_folder: str
    urgent_folder: str
    unsorted_folder: str
    move: bool
    keywords: bool
    keyword_prefix: str
    forward_to: str
    ticket_keyword: bool = False
    redact_secrets: bool = True  # file a masked copy of a mail holding secrets, drop the original


@dataclass(frozen=True)
class Config:
    path: Path
    service: ServiceConfig
    imap: ImapConfig  # the first mailbox; also the defaults of [mailboxes.*]
    smtp: SmtpConfig
    poll: PollConfig
    classifier: ClassifierConfig
    details: DetailsConfig
    replies: RepliesConfig
    limits: LimitsConfig
    queue: QueueConfig
    tickets: TicketsConfig
    store_path: Path
    taxonomy_path: Path
    mailboxes: tuple[ImapConfig, ...] = ()  # every mailbox, [imap] first
    metrics: MetricsConfig = field(default_factory=MetricsConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)

    @property
    def shadow(self) -> bool:
        return self.service.mode == "shadow"


def _secret(env: str, file: Path | None) -> str:
    # Secrets are read when a connection is made, not at load time, so they are never held in
    # the config object that may be printed or logged.
    if file is not None:
        return file.read_text(encoding="utf-8").strip()
    if env:
        return os.environ.get(env, "")
    return ""


class _Section:
    """Typed access to one TOML table; every error names the file, section and key."""

    def __init__(self, file: Path, name: str, data: Mapping[str, Any]) -> None:
        self.file = file
        self.name = name
        self.data = data
        self.used: set[str] = set()

    def fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.file}: [{self.name}] {key}: {problem}")

    def get(self, key: str, kind: type[T], default: T) -> T:
        self.used.add(key)
        if key not in self.data:
            return default
        value = self.data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if kind is int and isinstance(value, bool):
            raise self.fail(key, "expected an integer")
        if not isinstance(value, kind):
            raise self.fail(key, f"expected {_kind_name(kind)}, got {type(value).__name__}")
        return value

    def strings(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        value = self.get(key, list, list(default))
        if not all(isinstance(v, str) for v in value):
            raise self.fail(key, "expected a list of strings")
        return tuple(value)

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.get(key, str, default)
        if value not in choices:
            raise self.fail(key, f"expected one of {', '.join(choices)}, got {value!r}")
        return value

    def positive(self, key: str, kind: type[T], default: T) -> T:
        value = self.get(key, kind, default)
        if value <= 0:  # type: ignore[operator]
            raise self.fail(key, "must be greater than 0")
        return value

    def port(self, key: str, default: int) -> int:
        value = self.get(key, int, default)
        if not 0 < value < 65536:
            raise self.fail(key, f"not a TCP port: {value}")
        return value

    def path(self, key: str, default: str, base: Path) -> Path:
        value = self.get(key, str, default)
        if not value:
            raise self.fail(key, "must not be empty")
        return (base / value).resolve() if not Path(value).is_absolute() else Path(value)

    def optional_path(self, key: str, base: Path) -> Path | None:
        value = self.get(key, str, "")
        return None if not value else self.path(key, value, base)

    def check_unknown(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.fail(unknown[0], "unknown key (a typo?)")


def _kind_name(kind: type[Any]) -> str:
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "true or false",
        list: "a list",
    }.get(kind, kind.__name__)


KNOWN_SECTIONS = (
    "service", "imap", "smtp", "poll", "classifier", "details", "replies", "limits", "queue",
    "store", "taxonomy", "tickets", "mailboxes", "metrics", "logging",
)  # fmt: skip


def load_config(path: str | Path) -> Config:
    """Read and validate the config file; raise ConfigError naming the file and key."""
    file = Path(path)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    for name in raw:
        if name not in KNOWN_SECTIONS:
            raise ConfigError(f"{file}: [{name}]: unknown section (a typo?)")
    base = file.resolve().parent

    def section(name: str) -> _Section:
        data = raw.get(name, {})
        if not isinstance(data, dict):
            raise ConfigError(f"{file}: [{name}]: expected a table")
        return _Section(file, name, data)

    sections: list[_Section] = []

    def opened(name: str) -> _Section:
        s = section(name)
        sections.append(s)
        return s

    imap = _imap(opened("imap"), base, None)
    mailboxes = [imap]
    extra = raw.get("mailboxes", {})
    if not isinstance(extra, dict):
        raise ConfigError(f"{file}: [mailboxes]: expected tables such as [mailboxes.sales]")
    for name, table in extra.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{file}: [mailboxes.{name}]: expected a table")
        sec = _Section(file, f"mailboxes.{name}", {"name": name, **table})
        sections.append(sec)
        mailboxes.append(_imap(sec, base, imap))
    names = [m.name for m in mailboxes]
    if len(set(names)) != len(names):
        raise ConfigError(f"{file}: [mailboxes]: mailbox names must be unique, got {names}")

    s = opened("service")
    own = tuple(a.lower() for a in s.strings("own_addresses", tuple(m.username for m in mailboxes)))
    service = ServiceConfig(
        brand=s.get("brand", str, "OKPay"),
        own_addresses=own,
        reply_from=s.get("reply_from", str, imap.username),
        fallback_language=s.choice("fallback_language", ("en", "zh"), "en"),
        mode=s.choice("mode", ("live", "shadow"), "live"),
        ticket_prefix=s.get("ticket_prefix", str, "TKT"),
        subject_format=s.get("subject_format", str, "Re: {subject} [#{ticket_ref}]"),
    )
    if "@" not in service.reply_from:
        raise s.fail("reply_from", "expected an address such as Support <support@example.com>")
    if not service.ticket_prefix.isalnum():
        raise s.fail("ticket_prefix", "letters and digits only")
    for field_name in ("{subject}", "{ticket_ref}"):
        if field_name not in service.subject_format:
            raise s.fail("subject_format", f"must contain {field_name}")

    smtp = _smtp(opened("smtp"), base, imap)

    s = opened("poll")
    poll = PollConfig(
        interval_seconds=s.positive("interval_seconds", float, 60.0),
        batch_size=s.positive("batch_size", int, 500),
    )

    s = opened("classifier")
    classifier = ClassifierConfig(
        model_dir=s.path("model_dir", "../models/starter", base),
        threshold=s.get("threshold", float, 0.0),
        registry_dir=s.optional_path("registry_dir", base),
        target_precision=s.positive("target_precision", float, 0.97),
        promote_max_f1_drop=s.get("promote_max_f1_drop", float, 0.005),
        promote_max_coverage_drop=s.get("promote_max_coverage_drop", float, 0.05),
        promote_data=tuple(
            (base / p).resolve() if not Path(p).is_absolute() else Path(p)
            for p in s.strings("promote_data")
        ),
    )
    if not 0.0 <= classifier.threshold < 1.0:
        raise s.fail("threshold", "expected a number from 0 to below 1")
    if classifier.target_precision > 1.0:
        raise s.fail("target_precision", "expected a number from 0 to 1")
    for key in ("promote_max_f1_drop", "promote_max_coverage_drop"):
        if getattr(classifier, key) < 0:
            raise s.fail(key, "must not be negative")

    s = opened("details")
    details = DetailsConfig(
        default_region=s.get("default_region", str, "GB").upper(),
        sender_counts_as_contact=s.get("sender_counts_as_contact", bool, False),
        transaction_id_patterns=s.strings("transaction_id_patterns"),
    )

    for pattern in details.transaction_id_patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise s.fail("transaction_id_patterns", f"bad regex {pattern!r}: {exc}") from None

    s = opened("replies")
    replies = RepliesConfig(template_dir=s.path("template_dir", "../templates", base))

    s = opened("limits")
    limits = LimitsConfig(
        per_sender_per_hour=s.positive("per_sender_per_hour", int, 3),
        per_sender_per_day=s.positive("per_sender_per_day", int, 10),
        per_ticket_per_day=s.positive("per_ticket_per_day", int, 4),
    )

    s = opened("queue")
    queue = QueueConfig(
        category_folder=s.get("category_folder", str, "Triage/{category}"),
        urgent_folder=s.get("urgent_folder", str, "Triage/Urgent"),
        unsorted_folder=s.get("unsorted_folder", str, "Triage/Unsorted"),
        move=s.get("move", bool, True),
        keywords=s.get("keywords", bool, True),
        keyword_prefix=s.get("keyword_prefix", str, "triage-"),
        forward_to=s.get("forward_to", str, ""),
        ticket_keyword=s.get("ticket_keyword", bool, False),
        redact_secrets=s.get("redact_secrets", bool, True),
    )
    if "{category}" not in queue.category_folder:
        raise s.fail("category_folder", "must contain {category}")

    s = opened("tickets")
    tickets = TicketsConfig(
        reminder_after_hours=s.positive("reminder_after_hours", float, 24.0),
        incomplete_after_hours=s.positive("incomplete_after_hours", float, 48.0),
        hotline=s.get("hotline", str, ""),
    )

    s = opened("store")
    store_path = s.path("path", "../var/triage.sqlite3", base)
    s = opened("taxonomy")
    taxonomy_path = s.path("path", "taxonomy.toml", base)

    for sec in sections:
        sec.check_unknown()
    return Config(
        path=file,
        service=service,
        imap=imap,
        smtp=smtp,
        poll=poll,
        classifier=classifier,
        details=details,
        replies=replies,
        limits=limits,
        queue=queue,
        tickets=tickets,
        store_path=store_path,
        taxonomy_path=taxonomy_path,
        mailboxes=tuple(mailboxes),
        metrics=_delegate(parse_metrics_config, raw, "metrics", file),
        logging=_delegate(parse_logging_config, raw, "logging", file),
    )


def _delegate(parse: Callable[[Mapping[str, object], Path], T], raw: Mapping[str, Any],
              name: str, file: Path) -> T:  # fmt: skip
    """Sections owned by their own module (metrics, logging) validate themselves."""
    table = raw.get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: [{name}]: expected a table")
    try:
        return parse(table, file)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def _smtp(s: _Section, base: Path, first_mailbox: ImapConfig) -> SmtpConfig:
    """The outgoing relay; XOAUTH2 reuses the first mailbox's OAuth2 table unless it has one."""
    cfg = SmtpConfig(
        host=s.get("host", str, "127.0.0.1"),
        port=s.port("port", 25),
        ssl=s.get("ssl", bool, False),
        starttls=s.get("starttls", bool, False),
        username=s.get("username", str, ""),
        password_env=s.get("password_env", str, ""),
        password_file=s.optional_path("password_file", base),
        timeout_seconds=s.positive("timeout_seconds", float, 30.0),
        auth=s.choice("auth", ("password", "oauth2"), "password"),
    )
    table = s.get("oauth2", dict, {})
    if cfg.auth != "oauth2":
        if table:
            raise s.fail("oauth2", 'an [smtp.oauth2] table needs auth = "oauth2"')
        return cfg
    if table:
        delegated = table.get("grant", "refresh_token") == "refresh_token"
        if table.get("provider") == "microsoft" and delegated and "scope" not in table:
            # The Microsoft preset's scope is IMAP's; an SMTP-only table wants SMTP's.
            table = {**table, "scope": MICROSOFT_SMTP_SCOPE}
        try:
            oauth2 = parse_oauth2_config(table, s.file, f"{s.name}.oauth2")
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        where = f"[{s.name}.oauth2]"
    elif first_mailbox.oauth2 is not None:
        # The usual deployment: one account whose consent covers both IMAP and SMTP.
        oauth2 = first_mailbox.oauth2
        where = "[imap.oauth2] (shared with [smtp])"
    else:
        raise s.fail(
            "oauth2",
            'auth = "oauth2" needs an [smtp.oauth2] table, or [imap] auth = "oauth2"'
            " with an [imap.oauth2] table to share",
        )
    if not cfg.username:
        raise s.fail("username", 'required with auth = "oauth2" (the sending mailbox address)')
    if _lacks_microsoft_smtp_scope(oauth2):
        raise s.fail(
            "oauth2",
            f"the scope of {where} has no https://outlook.office.com/SMTP.Send;"
            " Microsoft refuses SMTP with an IMAP-only token (docs/operations.md, OAuth2)",
        )
    return replace(cfg, oauth2=oauth2)


def _lacks_microsoft_smtp_scope(cfg: OAuth2Config) -> bool:
    """A delegated Microsoft token whose scope cannot send: a sure 535 at the first reply."""
    host = urllib.parse.urlsplit(cfg.token_url).hostname or ""
    if host != "login.microsoftonline.com" or cfg.grant != "refresh_token" or not cfg.scope:
        return False
    return "smtp.send" not in cfg.scope.lower()


def _imap(s: _Section, base: Path, defaults: ImapConfig | None) -> ImapConfig:
    """One mailbox; [mailboxes.NAME] tables inherit every key they do not set from [imap]."""
    d = defaults
    cfg = ImapConfig(
        name=s.get("name", str, "support"),
        host=s.get("host", str, d.host if d else "127.0.0.1"),
        port=s.port("port", d.port if d else 143),
        ssl=s.get("ssl", bool, d.ssl if d else False),
        starttls=s.get("starttls", bool, d.starttls if d else False),
        username=s.get("username", str, ""),
        password_env=s.get("password_env", str, "" if d else "TRIAGE_IMAP_PASSWORD"),
        password_file=s.optional_path("password_file", base),
        inbox=s.get("inbox", str, d.inbox if d else "INBOX"),
        sent_folder=s.get("sent_folder", str, d.sent_folder if d else "Sent"),
        timeout_seconds=s.positive("timeout_seconds", float, d.timeout_seconds if d else 30.0),
        idle=s.get("idle", bool, d.idle if d else True),
        auth=s.choice("auth", ("password", "oauth2"), d.auth if d else "password"),
    )
    table = s.get("oauth2", dict, {})
    if cfg.auth == "oauth2":
        if table:
            try:
                oauth2 = parse_oauth2_config(table, s.file, f"{s.name}.oauth2")
            except ValueError as exc:
                raise ConfigError(str(exc)) from None
        elif d is not None and d.oauth2 is not None:
            oauth2 = d.oauth2
        else:
            raise s.fail("oauth2", 'auth = "oauth2" needs an [imap.oauth2] table')
        cfg = replace(cfg, oauth2=oauth2)
    if not cfg.username:
        raise s.fail("username", "required")
    if not cfg.name or not cfg.name.replace("-", "").replace("_", "").isalnum():
        raise s.fail("name", "letters, digits, - and _ only")
    return cfg
