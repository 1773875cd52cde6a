"""The triage decision: a pure function of the mail, the model's output, details and history."""

from __future__ import annotations

from dataclasses import dataclass, field

from triage.classifier import Prediction
from triage.details import Details
from triage.details_codec import merge_details
from triage.guard import loop_block_reason
from triage.message import ParsedMessage
from triage.taxonomy import Taxonomy

ACTIONS = ("ask_for_details", "send_faq", "acknowledge", "human_only", "ignore")

# Ticket states (see docs/tickets.md).
WAITING = "waiting_for_customer"
READY = "ready_for_agent"
WITH_AGENT = "with_agent"
RESOLVED = "resolved"
INCOMPLETE = "incomplete"


@dataclass(frozen=True)
class Policy:
    own_addresses: tuple[str, ...] = ()
    per_sender_per_hour: int = 3
    per_sender_per_day: int = 10
    per_ticket_per_day: int = 4


@dataclass(frozen=True)
class ReplyHistory:
    """Auto-replies already sent, counted by the store for the rate limits."""

    sender_last_hour: int = 0
    sender_last_day: int = 0
    ticket_last_day: int = 0


@dataclass(frozen=True)
class TicketView:
    """What the decision needs to know of the ticket a mail belongs to."""

    ref: str
    state: str
    category: str
    priority: str
    details: Details
    acknowledged: bool = False  # the "details complete" reply went out already


@dataclass(frozen=True)
class Decision:
    category: str
    confidence: float
    abstained: bool
    priority: str  # "urgent" | "normal"
    details: Details  # everything known for the case: this mail's plus the ticket's
    missing: tuple[str, ...]
    action: str  # one of ACTIONS
    skip_reason: str | None  # why no auto-reply, when there is none
    reply_kind: str | None  # the template kind to render, when a reply is sent
    ticket_state: str  # the ticket's state after this mail
    followup: bool = False  # the mail continues an existing ticket
    notes: tuple[str, ...] = field(default=())


def decide(
    msg: ParsedMessage,
    prediction: Prediction,
    details: Details,
    taxonomy: Taxonomy,
    policy: Policy,
    history: ReplyHistory,
    ticket: TicketView | None = None,
) -> Decision:
    """Decide what to do with one mail. Pure: everything it needs is an argument."""
    followup = ticket is not None and ticket.state not in (RESOLVED,)
    category = prediction.category
    abstained = prediction.abstained
    asks_status = category == "status_followup" and not abstained
    if followup and ticket is not None and not asks_status:
        # A customer's answer ("here is the id: ...") says little about the issue type; the
        # ticket's category stands.
        category = ticket.category
        abstained = False
    merged = merge_details(ticket.details, details) if followup and ticket else details
    urgent = taxonomy.is_urgent(msg.classify_text) or (
        followup and ticket is not None and ticket.priority == "urgent"
    )
    priority = "urgent" if urgent else "normal"
    missing = taxonomy.missing(category, merged) if category in taxonomy.categories else ()

    def result(
        action: str, skip: str | None, kind: str | None, state: str, *notes: str
    ) -> Decision:
        return Decision(
            category=category,
            confidence=prediction.confidence,
            abstained=abstained,
            priority=priority,
            details=merged,
            missing=missing,
            action=action,
            skip_reason=skip,
            reply_kind=kind,
            ticket_state=state,
            followup=followup,
            notes=notes,
        )

    if msg.malformed:
        # Before the loop guard: a mail too broken to read its headers reliably still has a
        # customer behind it as often as not, so it goes to humans rather than being ignored.
        return result("human_only", "malformed:" + ",".join(msg.serious_defects[:3]), None, READY)
    blocked = loop_block_reason(msg, policy.own_addresses)
    if blocked is not None:
        return result("ignore", blocked, None, ticket.state if ticket else READY)
    if abstained:
        return result("human_only", "low_confidence", None, READY)
    limit = _rate_limited(history, policy)
    state_if_replied = WAITING if missing else READY
    if asks_status:
        if limit:
            return result("human_only", limit, None, ticket.state if ticket else READY)
        return result("acknowledge", None, "status", ticket.state if ticket else READY)
    if followup and ticket is not None:
        if ticket.state in (WITH_AGENT, READY) and not missing:
            # An agent owns the case; another automatic "thanks" would be noise.
            return result("human_only", "agent_owns_ticket", None, ticket.state)
        if not missing and ticket.acknowledged:
            return result("human_only", "already_acknowledged", None, READY)
        if limit:
            return result("human_only", limit, None, WAITING if missing else READY)
        if missing:
            return result("ask_for_details", None, "ask_for_details", WAITING)
        return result("acknowledge", None, "details_complete", READY)
    if limit:
        return result("human_only", limit, None, state_if_replied)
    if missing:
        return result("ask_for_details", None, "ask_for_details", WAITING)
    final = (
        taxonomy.categories[category].action if category in taxonomy.categories else "acknowledge"
    )
    if urgent:
        final = "acknowledge"  # the acknowledgement carries the immediate safety steps
    return result(final, None, "send_faq" if final == "send_faq" else "acknowledge", READY)


def _rate_limited(history: ReplyHistory, policy: Policy) -> str | None:
    if history.sender_last_hour >= policy.per_sender_per_hour:
        return "rate_limit:sender_per_hour"
    if history.sender_last_day >= policy.per_sender_per_day:
        return "rate_limit:sender_per_day"
    if history.ticket_last_day >= policy.per_ticket_per_day:
        return "rate_limit:ticket_per_day"
    return None
