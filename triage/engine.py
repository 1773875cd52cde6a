"""The pure triage pipeline for one mail: parse, classify, extract, decide, render."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from triage.classifier import Prediction
from triage.decide import Decision, Policy, ReplyHistory, TicketView, decide
from triage.details import Details, ExtractOptions, extract_details
from triage.masking import mask_secrets
from triage.message import ParsedMessage, parse_message
from triage.replies import Reply, ReplyContext, ReplyRenderer
from triage.taxonomy import Taxonomy

TICKET_REF = re.compile(r"\[#([A-Za-z0-9]+-\d+)\]")


class ClassifierPort(Protocol):
    @property
    def version(self) -> str: ...

    def predict(self, texts: Sequence[str]) -> list[Prediction]: ...


@dataclass(frozen=True)
class Analysis:
    message: ParsedMessage
    prediction: Prediction
    details: Details  # this mail's own details
    decision: Decision
    reply: Reply | None


@dataclass(frozen=True)
class Engine:
    """Everything the core needs, loaded once; holds no connection and no clock."""

    taxonomy: Taxonomy
    classifier: ClassifierPort
    renderer: ReplyRenderer
    extract_options: ExtractOptions
    policy: Policy
    brand: str = "OKPay"
    fallback_language: str = "en"
    hotline: str = ""

    def parse(self, raw: bytes) -> ParsedMessage:
        return parse_message(raw)

    def analyse(
        self,
        msg: ParsedMessage,
        *,
        now: datetime,
        ticket_ref: str,
        ticket: TicketView | None = None,
        history: ReplyHistory | None = None,
        prediction: Prediction | None = None,
    ) -> Analysis:
        """Decide and render the reply for one parsed mail (no I/O)."""
        if prediction is None:
            prediction = self.predict([msg])[0]
        # The signature stays in for details (customers sign with their phone number); only the
        # quoted history, which may be our own text, is left out.
        details = extract_details(
            f"{msg.subject}\n{msg.unquoted_text or msg.new_text}",
            sent_at=msg.date or now,
            sender=msg.from_addr,
            options=self.extract_options,
        )
        decision = decide(
            msg, prediction, details, self.taxonomy, self.policy, history or ReplyHistory(), ticket
        )
        reply = None
        if decision.reply_kind is not None:
            reply = self.renderer.render(
                self.reply_context(msg, decision, details, ticket_ref, ticket)
            )
        return Analysis(msg, prediction, details, decision, reply)

    def predict(self, msgs: Sequence[ParsedMessage]) -> list[Prediction]:
        texts = [m.classify_text for m in msgs]
        preds = self.classifier.predict(texts) if texts else []
        # A mail with no words at all must not borrow a confident label from an empty string.
        return [
            p if texts[i].strip() else Prediction(p.category, 0.0, True)
            for i, p in enumerate(preds)
        ]

    def reply_context(
        self,
        msg: ParsedMessage,
        decision: Decision,
        own: Details,
        ticket_ref: str,
        ticket: TicketView | None,
    ) -> ReplyContext:
        received = tuple(
            (name, vals[0].display) for name, vals in decision.details.found.items() if vals
        )
        invalid = tuple(
            (name, vals[0].display, vals[0].problem)
            for name, vals in decision.details.invalid.items()
            if vals
        )
        language = msg.language if msg.language in ("en", "zh") else self.fallback_language
        return ReplyContext(
            kind=decision.reply_kind or "acknowledge",
            language=language,
            category=decision.category,
            ticket_ref=ticket_ref,
            # "Re: <their subject>" must not carry a card number or code back out by mail.
            original_subject=mask_secrets(msg.subject),
            customer_name=msg.from_name,
            missing=decision.missing,
            received=received,
            invalid=invalid,
            sensitive=own.sensitive,
            urgent=decision.priority == "urgent",
            ticket_state=(ticket.state if ticket else ""),
            ticket_summary=received if ticket else (),
            brand=self.brand,
            hotline=self.hotline,
        )


def subject_ticket_ref(subject: str) -> str | None:
    m = TICKET_REF.search(subject)
    return m.group(1).upper() if m else None
