"""Operator views over the state database: tickets, one case's history, shadow-mode reports."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta

from triage.store import Store

_SINCE = re.compile(r"^(\d+)\s*([mhdw])$")


def parse_since(text: str, now: datetime) -> datetime:
    """'7d', '12h', '30m', '2w' or an ISO date, as the moment it names."""
    m = _SINCE.match(text.strip().lower())
    if m:
        n, unit = int(m.group(1)), m.group(2)
        scale = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[unit]
        return now - timedelta(**{scale: n})
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--since: expected e.g. 7d, 12h or 2026-11-01, got {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=now.tzinfo)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h)
              for i, h in enumerate(headers)]  # fmt: skip
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(out)


def tickets_view(store: Store, *, state: str | None = None, urgent: bool = False) -> str:
    where, args = [], []
    if state == "open":
        where.append("state NOT IN ('resolved')")
    elif state:
        where.append("state=?")
        args.append(state)
    if urgent:
        where.append("priority='urgent'")
    rows = store.tickets(" AND ".join(where), args)
    # Agents want the urgent and oldest first.
    rows.sort(key=lambda t: (t.priority != "urgent", t.created_at))
    return table(
        ("ticket", "priority", "state", "category", "customer", "missing", "created", "reminders"),
        [
            (t.ref, t.priority, t.state, t.category, t.customer, ",".join(t.missing) or "-",
             t.created_at.strftime("%Y-%m-%d %H:%M"), t.reminders)
            for t in rows
        ],
    )  # fmt: skip


def history_view(store: Store, key: str) -> str | None:
    """Every decision and event for a Message-ID or a ticket reference; None when unknown."""
    ticket = store.ticket_for((), key.upper()) if not key.startswith("<") else None
    if ticket is None:
        msgs = store.message_rows("message_id=?", (key,))
        if not msgs:
            return None
        ticket_id = msgs[0]["ticket_id"]
        ticket = store.get_ticket(int(ticket_id)) if ticket_id is not None else None
    lines: list[str] = []
    if ticket is not None:
        lines.append(
            f"Ticket {ticket.ref}: {ticket.state}, {ticket.priority}, {ticket.category}, "
            f"customer {ticket.customer}, missing {', '.join(ticket.missing) or 'nothing'}"
        )
        msgs = store.message_rows("ticket_id=?", (ticket.id,))
    for r in msgs:
        details = json.loads(r["details"] or "{}").get("found", {})
        shown = ", ".join(f"{k}={v[0]['display']}" for k, v in details.items() if v)
        lines.append(
            f"\n{r['created_at']}  {r['message_id']}  from {r['from_addr']}\n"
            f"  subject: {r['subject']}\n"
            f"  category {r['category']} ({(r['confidence'] or 0):.2f}"
            f"{', abstained' if r['abstained'] else ''}), model {r['model_version']},"
            f" priority {r['priority']}\n"
            f"  action {r['action']}{' (' + r['skip_reason'] + ')' if r['skip_reason'] else ''},"
            f" missing {', '.join(json.loads(r['missing'] or '[]')) or '-'}\n"
            f"  details: {shown or '-'}" + (f"\n  error: {r['error']}" if r["error"] else "")
        )
    # Events of the ticket and of each of its mails (an agent's correction is recorded
    # against the mail, not the ticket).
    ids = [str(r["message_id"]) for r in msgs] or [key]
    marks = ",".join("?" * len(ids))
    if ticket is not None:
        events = store.audit_rows(f"ticket_id=? OR message_id IN ({marks})", (ticket.id, *ids))
    else:
        events = store.audit_rows(f"message_id IN ({marks})", ids)
    if events:
        lines.append("\nEvents:")
        lines += [f"  {e['at']}  {e['event']:9} {e['text']}" for e in events]
    replies = store.outbox_rows_for(ticket.id if ticket else None, key)
    if replies:
        lines.append("\nReplies:")
        lines += [
            f"  {r['created_at']}  {r['kind']:16} {r['status']:9} to {r['recipient']}"
            f"  {r['reply_id']}"
            for r in replies
        ]
    return "\n".join(lines).strip()


def report_view(store: Store, since: datetime) -> str:
    """What the daemon did (or, in shadow mode, would have done) since a moment."""
    rows = store.message_rows("created_at>=?", (since.isoformat(),))
    if not rows:
        return f"No mail handled since {since:%Y-%m-%d %H:%M}."
    by_cat = Counter(str(r["category"]) for r in rows)
    by_action = Counter(str(r["action"]) for r in rows)
    skips = Counter(str(r["skip_reason"]).split(":")[0] for r in rows if r["skip_reason"])
    abstained = sum(1 for r in rows if r["abstained"])
    urgent = sum(1 for r in rows if r["priority"] == "urgent")
    replies = store.outbox_since(since)
    kinds = Counter((str(r["kind"]), str(r["status"])) for r in replies)
    parts = [
        f"Since {since:%Y-%m-%d %H:%M}: {len(rows)} mails, {abstained} abstentions "
        f"({abstained / len(rows):.0%}), {urgent} urgent.",
        "",
        table(("category", "mails"), by_cat.most_common()),
        "",
        table(("action", "mails"), by_action.most_common()),
    ]
    if skips:
        parts += ["", table(("no reply because", "mails"), skips.most_common())]
    parts += [
        "",
        table(("reply kind", "status", "count"),
              [(k, s, n) for (k, s), n in sorted(kinds.items())]),
    ]  # fmt: skip
    shadow = [r for r in replies if r["status"] == "shadow"]
    if shadow:
        parts += ["", f"Shadow mode: {len(shadow)} replies would have been sent, e.g.:"]
        for r in shadow[:3]:
            parts.append(f"  to {r['recipient']} ({r['kind']}): {_subject_of(bytes(r['raw']))}")
    return "\n".join(parts)


def _subject_of(raw: bytes) -> str:
    from email import message_from_bytes, policy

    return str(message_from_bytes(raw, policy=policy.default).get("Subject", ""))


def status_view(store: Store) -> str:
    rows = store.mailbox_states()
    if not rows:
        return "No poll recorded yet."
    return table(
        ("mailbox", "last ok", "failures", "last error"),
        [
            (r["mailbox"], r["last_ok_at"] or "never", r["failures"],
             (f"{r['last_error_at']}: {r['last_error']}" if r["failures"] else "-"))
            for r in rows
        ],
    )  # fmt: skip
