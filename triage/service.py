"""All the mailboxes of one config, polled in turn and failing independently."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from triage.config import Config
from triage.engine import Engine
from triage.mailbox import ImapMailbox, MailboxError
from triage.metrics import Metrics
from triage.oauth2 import TokenProvider
from triage.poller import Poller, PollSummary
from triage.sender import SendError, SmtpSender
from triage.store import Store, StoreError

log = logging.getLogger(__name__)


@dataclass
class ServiceSummary:
    polls: list[PollSummary] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # mailbox -> why its poll failed

    @property
    def failed(self) -> int:
        return sum(p.failed for p in self.polls) + len(self.errors)


class Service:
    """The daemon's unit of work: one poll of every mailbox, each isolated from the others."""

    def __init__(
        self,
        cfg: Config,
        engine: Engine,
        store: Store,
        clock: Callable[[], datetime],
        metrics: Metrics | None = None,
    ) -> None:
        self.cfg = cfg
        self.store = store
        self.metrics = metrics
        # One token cache per mailbox, shared by its poller and its IDLE watcher.
        self.tokens = {
            m.name: TokenProvider(m.oauth2) for m in cfg.mailboxes if m.oauth2 is not None
        }
        smtp_tokens = _smtp_tokens(cfg, self.tokens)
        self.pollers = [
            Poller(cfg, engine, store, ImapMailbox(m, self.tokens.get(m.name)),
                   SmtpSender(cfg.smtp, smtp_tokens), clock, m.name)
            for m in cfg.mailboxes
        ]  # fmt: skip

    def request_stop(self) -> None:
        for p in self.pollers:
            p.stop_requested = True

    def set_engine(self, engine: Engine) -> None:
        """Swap the engine (a newly promoted model) between polls, never mid-mail."""
        for p in self.pollers:
            p.engine = engine

    def poll_all(self) -> ServiceSummary:
        out = ServiceSummary()
        for poller in self.pollers:
            if poller.stop_requested:
                break
            poll = poller.poll_once
            if self.metrics is not None:
                poll = self.metrics.instrument(poller.name, poll)
            try:
                out.polls.append(poll())
            except (MailboxError, SendError, StoreError) as exc:
                # One mailbox down (bad password, server gone) must not stop the others.
                log.error("mailbox %s: poll failed: %s", poller.name, exc)
                out.errors[poller.name] = str(exc)
        if self.metrics is not None:
            self.metrics.set_model_version(self.pollers[0].engine.classifier.version)
        if out.errors and len(out.errors) == len(self.pollers):
            # Nothing worked: surface it to the caller (exit code, daemon failure count).
            raise MailboxError("; ".join(f"{k}: {v}" for k, v in out.errors.items()))
        return out


def _smtp_tokens(cfg: Config, mailbox_tokens: dict[str, TokenProvider]) -> TokenProvider | None:
    """SMTP's token provider: the mailbox's own when SMTP uses that mailbox's OAuth2 config
    (one cache, one refresh, one rotating refresh token), else one of its own."""
    if cfg.smtp.auth != "oauth2" or cfg.smtp.oauth2 is None:
        return None
    for m in cfg.mailboxes:
        # Equal configs ask the same endpoint for the same token: share, never refresh twice.
        if m.oauth2 is not None and m.oauth2 == cfg.smtp.oauth2:
            return mailbox_tokens[m.name]
    return TokenProvider(cfg.smtp.oauth2)
