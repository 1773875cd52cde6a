"""SQLite state: handled mails, tickets, the reply outbox, labels and the audit trail."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    mailbox TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    message_id TEXT NOT NULL,
    from_addr TEXT NOT NULL,
    subject TEXT NOT NULL,            -- masked
    received_at TEXT NOT NULL,
    status TEXT NOT NULL,             -- planned | done | failed
    category TEXT,
    confidence REAL,
    abstained INTEGER,
    action TEXT,
    skip_reason TEXT,
    priority TEXT,
    language TEXT,
    missing TEXT,                     -- JSON list
    details TEXT,                     -- JSON, masked
    model_version TEXT,
    ticket_id INTEGER,
    plan TEXT,                        -- JSON list of actions still to apply
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (mailbox, uidvalidity, uid)
);
CREATE INDEX IF NOT EXISTS messages_by_msgid ON messages (message_id);
CREATE INDEX IF NOT EXISTS messages_by_status ON messages (status);
CREATE TABLE IF NOT EXISTS tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT UNIQUE NOT NULL,
    customer TEXT NOT NULL,
    category TEXT NOT NULL,
    state TEXT NOT NULL,
    priority TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    missing TEXT NOT NULL,
    acknowledged INTEGER NOT NULL DEFAULT 0,
    reminders INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_customer_at TEXT NOT NULL,
    last_reply_at TEXT,
    last_message_id TEXT NOT NULL DEFAULT '',  -- the customer's latest mail (threads reminders)
    mailbox TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS tickets_by_customer ON tickets (customer);
CREATE INDEX IF NOT EXISTS tickets_by_state ON tickets (state);
CREATE TABLE IF NOT EXISTS mailbox_status (
    mailbox TEXT PRIMARY KEY,
    last_ok_at TEXT,
    last_error_at TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS thread_ids (
    message_id TEXT PRIMARY KEY,     -- any Message-ID of the case: customer's mails and ours
    ticket_id INTEGER NOT NULL REFERENCES tickets(id)
);
CREATE TABLE IF NOT EXISTS outbox (
    reply_id TEXT PRIMARY KEY,       -- the reply's own deterministic Message-ID
    source_message_id TEXT NOT NULL,
    ticket_id INTEGER,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    raw BLOB NOT NULL,
    status TEXT NOT NULL,            -- pending | sending | sent | uncertain | failed | shadow
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX IF NOT EXISTS outbox_by_recipient ON outbox (recipient, created_at);
CREATE INDEX IF NOT EXISTS outbox_by_ticket ON outbox (ticket_id, created_at);
CREATE TABLE IF NOT EXISTS labels (
    message_id TEXT NOT NULL,
    label TEXT NOT NULL,
    source TEXT NOT NULL,            -- agent_move | agent_keyword | import
    text TEXT NOT NULL,              -- the classifier's input, masked
    created_at TEXT NOT NULL,
    PRIMARY KEY (message_id, label)
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    message_id TEXT,
    ticket_id INTEGER,
    event TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_message ON audit (message_id);
CREATE INDEX IF NOT EXISTS audit_by_ticket ON audit (ticket_id);
"""


class StoreError(Exception):
    """The state database cannot be used (locked, read-only, disk full, corrupt)."""

    transient = True


@dataclass(frozen=True)
class MessageKey:
    mailbox: str
    uidvalidity: int
    uid: int


@dataclass(frozen=True)
class TicketRow:
    id: int
    ref: str
    customer: str
    category: str
    state: str
    priority: str
    language: str
    subject: str
    details: str
    missing: tuple[str, ...]
    acknowledged: bool
    reminders: int
    created_at: datetime
    updated_at: datetime
    last_customer_at: datetime
    last_reply_at: datetime | None
    last_message_id: str = ""
    mailbox: str = ""


@dataclass(frozen=True)
class OutboxRow:
    reply_id: str
    source_message_id: str
    ticket_id: int | None
    kind: str
    recipient: str
    raw: bytes
    status: str
    attempts: int


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="seconds")


def _dt(s: str | None) -> datetime | None:
    return datetime.fromisoformat(s) if s else None


class Store:
    """All durable state. One connection; every public method is one transaction."""

    def __init__(self, path: Path | str, ticket_prefix: str = "TKT") -> None:
        self.path = Path(path)
        self.ticket_prefix = ticket_prefix
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), timeout=10.0, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(_SCHEMA)
            self.db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{path}: cannot open the state database: {exc}") from exc

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; any sqlite error becomes a StoreError and is rolled back."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
        try:
            yield self.db
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StoreError(f"{self.path}: {exc}") from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        try:
            self.db.execute("ROLLBACK")
        except sqlite3.Error:
            log.warning("rollback failed on %s", self.path)

    def _query(self, sql: str, args: Sequence[object] = ()) -> list[sqlite3.Row]:
        try:
            return list(self.db.execute(sql, tuple(args)))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    # --- messages -------------------------------------------------------------------------

    def known_uids(self, mailbox: str, uidvalidity: int) -> dict[int, str]:
        """uid -> status of every mail of this mailbox generation already recorded."""
        rows = self._query(
            "SELECT uid, status FROM messages WHERE mailbox=? AND uidvalidity=?",
            (mailbox, uidvalidity),
        )
        return {int(r["uid"]): str(r["status"]) for r in rows}

    def message_seen(self, message_id: str) -> bool:
        """A mail with this Message-ID was already handled under another key (re-delivery,
        UIDVALIDITY change)."""
        return bool(self._query("SELECT 1 FROM messages WHERE message_id=? LIMIT 1", (message_id,)))

    def plan_of(self, key: MessageKey) -> list[dict[str, object]]:
        rows = self._query(
            "SELECT plan FROM messages WHERE mailbox=? AND uidvalidity=? AND uid=?",
            (key.mailbox, key.uidvalidity, key.uid),
        )
        if not rows or not rows[0]["plan"]:
            return []
        plan: list[dict[str, object]] = json.loads(rows[0]["plan"])
        return plan

    def set_plan(self, key: MessageKey, plan: list[dict[str, object]], now: datetime) -> None:
        with self.tx() as db:
            db.execute(_SET_PLAN, _plan_args(key, plan, now))

    def set_plans_done(self, keys: Sequence[MessageKey], now: datetime) -> None:
        """Many mails' plans finished, in one commit."""
        if not keys:
            return
        with self.tx() as db:
            db.executemany(_SET_PLAN, [_plan_args(k, [], now) for k in keys])

    def mark_failed(self, key: MessageKey, message_id: str, error: str, now: datetime) -> None:
        """Record a mail that could not be triaged; it stays in the inbox for a human."""
        with self.tx() as db:
            db.execute(
                "INSERT INTO messages (mailbox, uidvalidity, uid, message_id, from_addr, subject,"
                " received_at, status, error, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT (mailbox, uidvalidity, uid) DO UPDATE SET status='failed',"
                " error=excluded.error, updated_at=excluded.updated_at",
                (key.mailbox, key.uidvalidity, key.uid, message_id, "", "", _iso(now), "failed",
                 error[:500], _iso(now), _iso(now)),
            )  # fmt: skip

    def audit(self, db: sqlite3.Connection, now: datetime, event: str, text: str,
              message_id: str | None = None, ticket_id: int | None = None) -> None:  # fmt: skip
        db.execute(
            "INSERT INTO audit (at, message_id, ticket_id, event, text) VALUES (?,?,?,?,?)",
            (_iso(now), message_id, ticket_id, event, text),
        )

    def add_audit(self, now: datetime, event: str, text: str, message_id: str | None = None,
                  ticket_id: int | None = None) -> None:  # fmt: skip
        with self.tx() as db:
            self.audit(db, now, event, text, message_id, ticket_id)

    # --- tickets --------------------------------------------------------------------------

    def ticket_for(self, ids: Sequence[str], ref: str | None) -> TicketRow | None:
        """The ticket a mail belongs to: by a referenced Message-ID, else by the subject ref."""
        ids = [i for i in ids if i]
        if ids:
            marks = ",".join("?" * len(ids))
            rows = self._query(
                f"SELECT t.* FROM tickets t JOIN thread_ids x ON x.ticket_id=t.id "
                f"WHERE x.message_id IN ({marks}) ORDER BY t.id DESC LIMIT 1",
                ids,
            )
            if rows:
                return _ticket(rows[0])
        if ref:
            rows = self._query("SELECT * FROM tickets WHERE ref=?", (ref,))
            if rows:
                return _ticket(rows[0])
        return None

    def latest_ticket_of(self, customer: str) -> TicketRow | None:
        rows = self._query(
            "SELECT * FROM tickets WHERE customer=? ORDER BY id DESC LIMIT 1", (customer,)
        )
        return _ticket(rows[0]) if rows else None

    def get_ticket(self, ticket_id: int) -> TicketRow | None:
        rows = self._query("SELECT * FROM tickets WHERE id=?", (ticket_id,))
        return _ticket(rows[0]) if rows else None

    def tickets(self, where: str = "", args: Sequence[object] = ()) -> list[TicketRow]:
        sql = "SELECT * FROM tickets" + (f" WHERE {where}" if where else "") + " ORDER BY id"
        return [_ticket(r) for r in self._query(sql, args)]

    def new_ticket_ref(self, db: sqlite3.Connection) -> tuple[int, str]:
        row = db.execute("SELECT COALESCE(MAX(id), 1000) + 1 FROM tickets").fetchone()
        ticket_id = int(row[0])
        return ticket_id, f"{self.ticket_prefix}-{ticket_id}"

    def update_ticket(self, ticket_id: int, now: datetime, **fields: object) -> None:
        allowed = {"state", "reminders", "last_reply_at", "category", "priority"}
        if not fields or set(fields) - allowed:
            raise ValueError(f"cannot update ticket fields {sorted(set(fields) - allowed)}")
        sets = ", ".join(f"{k}=?" for k in fields)
        with self.tx() as db:
            db.execute(
                f"UPDATE tickets SET {sets}, updated_at=? WHERE id=?",
                (*fields.values(), _iso(now), ticket_id),
            )
            self.audit(db, now, "ticket", " ".join(f"{k}={v}" for k, v in fields.items()),
                       None, ticket_id)  # fmt: skip

    # --- mailbox health -------------------------------------------------------------------

    def mailbox_ok(self, mailbox: str, now: datetime) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO mailbox_status (mailbox, last_ok_at, failures) VALUES (?, ?, 0)"
                " ON CONFLICT (mailbox) DO UPDATE SET last_ok_at=excluded.last_ok_at,"
                " failures=0",
                (mailbox, _iso(now)),
            )

    def mailbox_failed(self, mailbox: str, now: datetime, error: str) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO mailbox_status (mailbox, last_error_at, last_error, failures)"
                " VALUES (?, ?, ?, 1) ON CONFLICT (mailbox) DO UPDATE SET"
                " last_error_at=excluded.last_error_at, last_error=excluded.last_error,"
                " failures=failures + 1",
                (mailbox, _iso(now), error[:500]),
            )

    def mailbox_states(self) -> list[sqlite3.Row]:
        return self._query("SELECT * FROM mailbox_status ORDER BY mailbox")

    # --- outbox ---------------------------------------------------------------------------

    def replies_since(self, *, recipient: str | None = None, ticket_id: int | None = None,
                      since: datetime) -> int:  # fmt: skip
        """Replies sent or in flight (for rate limits); shadow rows count too, so shadow mode
        predicts live behaviour."""
        if recipient is not None:
            rows = self._query(
                "SELECT COUNT(*) FROM outbox WHERE recipient=? AND created_at>=? "
                "AND status != 'failed'",
                (recipient, _iso(since)),
            )
        else:
            rows = self._query(
                "SELECT COUNT(*) FROM outbox WHERE ticket_id=? AND created_at>=? "
                "AND status != 'failed'",
                (ticket_id, _iso(since)),
            )
        return int(rows[0][0])

    def add_outbox(self, db: sqlite3.Connection, *, reply_id: str, source_message_id: str,
                   ticket_id: int | None, kind: str, recipient: str, raw: bytes,
                   shadow: bool, now: datetime) -> bool:  # fmt: skip
        """Record a mail to send, inside the caller's transaction; False when that reply_id
        was recorded before (its send is already owned by an earlier decision)."""
        cur = db.execute(
            "INSERT OR IGNORE INTO outbox (reply_id, source_message_id, ticket_id, kind,"
            " recipient, raw, status, created_at) VALUES (?,?,?,?,?,?,?,?)",
            (reply_id, source_message_id, ticket_id, kind, recipient, raw,
             "shadow" if shadow else "pending", now.isoformat()),
        )  # fmt: skip
        return bool(cur.rowcount)

    def outbox_row(self, reply_id: str) -> OutboxRow | None:
        rows = self._query("SELECT * FROM outbox WHERE reply_id=?", (reply_id,))
        return _outbox(rows[0]) if rows else None

    def outbox_in_state(self, *states: str) -> list[OutboxRow]:
        marks = ",".join("?" * len(states))
        rows = self._query(f"SELECT * FROM outbox WHERE status IN ({marks})", states)
        return [_outbox(r) for r in rows]

    def set_outbox_status(self, reply_id: str, status: str, now: datetime,
                          error: str | None = None) -> None:  # fmt: skip
        with self.tx() as db:
            db.execute(
                "UPDATE outbox SET status=?, last_error=COALESCE(?, last_error),"
                " attempts=attempts + (CASE WHEN ?='sending' THEN 1 ELSE 0 END),"
                " sent_at=CASE WHEN ?='sent' THEN ? ELSE sent_at END WHERE reply_id=?",
                (status, error, status, status, _iso(now), reply_id),
            )

    def mark_sent(self, reply_id: str, now: datetime, key: MessageKey | None = None,
                  plan: list[dict[str, object]] | None = None) -> None:  # fmt: skip
        """The send went through: the outbox row, and with ``key`` the mail's remaining
        plan, in one commit (one fsync instead of two, and never one without the other)."""
        with self.tx() as db:
            db.execute(
                "UPDATE outbox SET status='sent', sent_at=? WHERE reply_id=?",
                (_iso(now), reply_id),
            )
            if key is not None and plan is not None:
                db.execute(_SET_PLAN, _plan_args(key, plan, now))

    def outbox_rows_for(self, ticket_id: int | None, message_id: str) -> list[sqlite3.Row]:
        columns = "SELECT reply_id, kind, status, recipient, created_at FROM outbox"
        if ticket_id is None:
            return self._query(
                f"{columns} WHERE source_message_id=? ORDER BY created_at", (message_id,)
            )
        return self._query(
            f"{columns} WHERE ticket_id=? OR source_message_id=? ORDER BY created_at",
            (ticket_id, message_id),
        )

    def outbox_since(self, since: datetime) -> list[sqlite3.Row]:
        return self._query(
            "SELECT * FROM outbox WHERE created_at>=? ORDER BY created_at", (_iso(since),)
        )

    # --- labels (agents' corrections) -----------------------------------------------------

    def add_label(self, message_id: str, label: str, source: str, text: str,
                  now: datetime) -> bool:  # fmt: skip
        with self.tx() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO labels VALUES (?,?,?,?,?)",
                (message_id, label, source, text, _iso(now)),
            )
            if cur.rowcount:
                self.audit(db, now, "label", f"{source}: {label}", message_id)
            return cur.rowcount > 0

    def labels(self) -> list[tuple[str, str, str]]:
        """(message_id, label, masked text) of every recorded correction."""
        rows = self._query("SELECT message_id, label, text FROM labels ORDER BY created_at")
        return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    # --- reading --------------------------------------------------------------------------

    def message_rows(self, where: str = "", args: Sequence[object] = ()) -> list[sqlite3.Row]:
        sql = "SELECT * FROM messages" + (f" WHERE {where}" if where else "")
        return self._query(sql + " ORDER BY created_at, uid", args)

    def audit_rows(self, where: str, args: Sequence[object]) -> list[sqlite3.Row]:
        return self._query(f"SELECT * FROM audit WHERE {where} ORDER BY id", args)


_SET_PLAN = (
    "UPDATE messages SET plan=?, status=?, updated_at=? WHERE mailbox=? AND uidvalidity=? AND uid=?"
)


def _plan_args(key: MessageKey, plan: list[dict[str, object]], now: datetime) -> tuple[object, ...]:
    """Parameters of _SET_PLAN: an empty plan means the mail is done."""
    status = "planned" if plan else "done"
    return (json.dumps(plan), status, _iso(now), key.mailbox, key.uidvalidity, key.uid)


def _ticket(r: sqlite3.Row) -> TicketRow:
    created = _dt(r["created_at"])
    updated = _dt(r["updated_at"])
    last_customer = _dt(r["last_customer_at"])
    assert created and updated and last_customer
    return TicketRow(
        id=int(r["id"]),
        ref=str(r["ref"]),
        customer=str(r["customer"]),
        category=str(r["category"]),
        state=str(r["state"]),
        priority=str(r["priority"]),
        language=str(r["language"]),
        subject=str(r["subject"]),
        details=str(r["details"]),
        missing=tuple(json.loads(r["missing"])),
        acknowledged=bool(r["acknowledged"]),
        reminders=int(r["reminders"]),
        created_at=created,
        updated_at=updated,
        last_customer_at=last_customer,
        last_reply_at=_dt(r["last_reply_at"]),
        last_message_id=str(r["last_message_id"]),
        mailbox=str(r["mailbox"]),
    )


def _outbox(r: sqlite3.Row) -> OutboxRow:
    return OutboxRow(
        reply_id=str(r["reply_id"]),
        source_message_id=str(r["source_message_id"]),
        ticket_id=None if r["ticket_id"] is None else int(r["ticket_id"]),
        kind=str(r["kind"]),
        recipient=str(r["recipient"]),
        raw=bytes(r["raw"]),
        status=str(r["status"]),
        attempts=int(r["attempts"]),
    )
