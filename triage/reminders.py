"""When a ticket still waiting for the customer's details gets a reminder or goes to humans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from triage.decide import WAITING

REMIND = "remind"
GIVE_UP = "incomplete"


@dataclass(frozen=True)
class ReminderPolicy:
    remind_after: timedelta  # since our request for details
    give_up_after: timedelta  # since the reminder


def reminder_due(
    state: str, reminders: int, last_reply_at: datetime | None, now: datetime, p: ReminderPolicy
) -> str | None:
    """REMIND once, then GIVE_UP (hand to humans as incomplete); None while nothing is due.

    Counted from our last message, so a customer who answers part of the request restarts the
    clock (their answer triggers a new, shorter request).
    """
    if state != WAITING or last_reply_at is None:
        return None
    waited = now - last_reply_at
    if reminders == 0 and waited >= p.remind_after:
        return REMIND
    if reminders >= 1 and waited >= p.give_up_after:
        return GIVE_UP
    return None
