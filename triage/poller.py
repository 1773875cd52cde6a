"""One poll of one mailbox: fetch new mail, triage each, record the plan, then apply it."""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from triage.actions import (
    Action,
    AddKeywords,
    CopyToSent,
    FileRedacted,
    MoveTo,
    SendMail,
    action_from_dict,
    action_to_dict,
)
from triage.classifier import Prediction
from triage.config import Config
from triage.decide import INCOMPLETE, WAITING, Decision, ReplyHistory, TicketView
from triage.details_codec import details_from_json, details_to_json
from triage.engine import Analysis, Engine, subject_ticket_ref
from triage.mailbox import MailboxError, MailboxPort, keyword_atom
from triage.masking import mask_secrets, mask_text
from triage.message import ParsedMessage
from triage.outgoing import compose_forward, compose_reply, domain_of, reply_message_id
from triage.redaction import ORIGINAL_HEADER, CannotRedact, original_marker, redact_secrets
from triage.reminders import GIVE_UP, REMIND, ReminderPolicy, reminder_due
from triage.replies import ReplyContext
from triage.sender import SenderPort, SendError
from triage.store import MessageKey, Store, StoreError, TicketRow

log = logging.getLogger(__name__)


@dataclass
class PollSummary:
    mailbox: str
    new: int = 0
    handled: int = 0
    replies: int = 0
    failed: int = 0
    deferred: int = 0  # left for the next poll (transient trouble)
    redacted: int = 0  # filed as a copy with the customer's secrets masked
    rows: list[dict[str, object]] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"poll {self.mailbox}: {self.new} new, {self.handled} handled, {self.replies} replies,"
            f" {self.failed} failed, {self.deferred} deferred"
        )


class Poller:
    """Applies the engine to a mailbox; every effect goes through the outbox and the plan."""

    def __init__(
        self,
        cfg: Config,
        engine: Engine,
        store: Store,
        mailbox: MailboxPort,
        sender: SenderPort,
        clock: Callable[[], datetime],
        mailbox_name: str = "support",
    ) -> None:
        self.cfg = cfg
        self.engine = engine
        self.store = store
        self.mailbox = mailbox
        self.sender = sender
        self.clock = clock
        self.name = mailbox_name
        self.stop_requested = False
        # Mails whose last step (keywords, move) is done but not yet recorded: see apply_plan.
        self._finished: list[MessageKey] = []
        # Mails whose plan ends in keywords and a move not yet applied: a chunk's are applied
        # together, one STORE per keyword set and one MOVE per folder (see _file_together).
        self._filing: list[tuple[MessageKey, list[AddKeywords | MoveTo]]] = []

    # --- the poll -------------------------------------------------------------------------

    def poll_once(self) -> PollSummary:
        """Handle every new mail once; raises MailboxError/StoreError only for whole-poll
        trouble (the caller logs it and tries again later)."""
        summary = PollSummary(self.name)
        try:
            self._poll(summary)
        except MailboxError as exc:
            with contextlib.suppress(StoreError):
                self.store.mailbox_failed(self.name, self.clock(), str(exc))
            raise
        self.store.mailbox_ok(self.name, self.clock())
        log.info("%s", summary.line())
        return summary

    def _poll(self, summary: PollSummary) -> None:
        uidvalidity = self.mailbox.open()
        try:
            self.reconcile_outbox()
            known = self.store.known_uids(self.name, uidvalidity)
            present = self.mailbox.uids()
            todo = [u for u in present if known.get(u) in (None, "planned")]
            todo = todo[: self.cfg.poll.batch_size]
            fresh = [u for u in todo if u not in known]
            summary.new = len(fresh)
            for uid in todo:
                if uid in known:
                    # Decided before a crash or a failed effect: finish applying the plan.
                    key = MessageKey(self.name, uidvalidity, uid)
                    if self.apply_plan(key, summary, resumed=True):
                        self._file_together()
                        self._record_finished()
                        summary.rows.append(self._resumed_row(key))
            # Chunks keep memory flat however large the backlog (parsed mail, features).
            for start in range(0, len(fresh), CHUNK):
                if self.stop_requested:
                    break
                chunk = fresh[start : start + CHUNK]
                raws = self.mailbox.fetch(chunk)
                # Expunged between SEARCH and FETCH: absent from raws, nothing to do.
                parsed = {uid: self.engine.parse(raws[uid]) for uid in chunk if uid in raws}
                predictions = self._predict_all(parsed)
                for uid, msg in parsed.items():
                    if self.stop_requested:
                        break
                    key = MessageKey(self.name, uidvalidity, uid)
                    self.handle(key, msg, summary, predictions.get(uid))
                self._file_together()
                self._record_finished()
            self.finish_stale_plans(uidvalidity, set(present))
            if not self.stop_requested:
                self.run_reminders(summary)
        finally:
            # Filings not applied stay planned: the next poll resumes them mail by mail.
            self._filing = []
            with contextlib.suppress(StoreError):
                self._record_finished()
            self.mailbox.close()
            self.sender.close()

    def _file_together(self) -> None:
        """Apply the deferred keywords and moves: all STOREs first (a mail is tagged while
        still in the inbox), then the MOVEs; only then are those plans finished."""
        filing, self._filing = self._filing, []
        tags: dict[tuple[str, ...], list[int]] = {}
        moves: dict[str, list[int]] = {}
        for key, steps in filing:
            for step in steps:
                if isinstance(step, AddKeywords):
                    tags.setdefault(step.keywords, []).append(key.uid)
                else:
                    moves.setdefault(step.folder, []).append(key.uid)
        for keywords, uids in tags.items():
            self.mailbox.add_keywords_many(uids, keywords)
        for folder, uids in moves.items():
            self.mailbox.move_many(uids, folder)
        self._finished.extend(key for key, _ in filing)

    def _record_finished(self) -> None:
        done, self._finished = self._finished, []
        self.store.set_plans_done(done, self.clock())

    def _predict_all(self, parsed: dict[int, ParsedMessage]) -> dict[int, Prediction]:
        """One classifier call for the whole batch (about ten times cheaper per mail than one
        call each); on failure each mail is predicted on its own, inside its isolation."""
        try:
            preds = self.engine.predict(list(parsed.values()))
        except Exception:
            log.exception("batch prediction failed; predicting mails one by one")
            return {}
        return dict(zip(parsed, preds, strict=True))

    def handle(
        self,
        key: MessageKey,
        msg: ParsedMessage,
        summary: PollSummary,
        prediction: Prediction | None = None,
    ) -> None:
        now = self.clock()
        try:
            plan, row = self.triage(key, msg, now, prediction)
        except (StoreError, MailboxError):
            raise
        except Exception as exc:  # a bug on strange input must not stop the loop
            log.exception("triage failed for %s uid=%s", key.mailbox, key.uid)
            summary.failed += 1
            self.store.mark_failed(key, msg.message_id, f"{type(exc).__name__}: {exc}", now)
            self._file_failed(key, msg, summary)
            return
        summary.rows.append(row)
        # A deferred plan is counted (metrics) by the poll that finishes it.
        row["finished"] = plan is None or self.apply_plan(key, summary)
        reply_id = row.get("reply_id")
        if isinstance(reply_id, str):
            sent = self.store.outbox_row(reply_id)
            row["reply_sent"] = sent is not None and sent.status == "sent"

    def _file_failed(self, key: MessageKey, msg: ParsedMessage, summary: PollSummary) -> None:
        """File a mail the triage failed on for humans; a secret in it is masked as usual. A
        failed mail is not revisited, so a crash between copy and removal leaves both."""
        try:
            self.mailbox.add_keywords(key.uid, [self.keyword("error")])
            if self.cfg.queue.move and not self.cfg.shadow:
                folder = self.cfg.queue.unsorted_folder
                if self.cfg.queue.redact_secrets and _secret_anywhere(msg):
                    marker = original_marker(key.mailbox, key.uidvalidity, key.uid)
                    if self._file_redacted(key, FileRedacted(folder, marker), resumed=False):
                        summary.redacted += 1
                else:
                    self.mailbox.move(key.uid, folder)
        except MailboxError:
            log.warning("could not file failed mail uid=%s; it stays in the inbox", key.uid)

    # --- deciding -------------------------------------------------------------------------

    def triage(
        self,
        key: MessageKey,
        msg: ParsedMessage,
        now: datetime,
        prediction: Prediction | None = None,
    ) -> tuple[list[Action] | None, dict[str, object]]:
        """Decide and record atomically: message row, ticket, outbox and plan in one
        transaction, so a crash leaves either nothing (the mail is new again) or the full plan."""
        duplicate = self.store.message_seen(msg.message_id)
        ticket_row = self._find_ticket(msg)
        if prediction is None:
            prediction = self.engine.predict([msg])[0]
        if (
            ticket_row is None
            and prediction.category == "status_followup"
            and not prediction.abstained
            and msg.from_addr
        ):
            ticket_row = self.store.latest_ticket_of(msg.from_addr)
        history = self._history(msg.from_addr, ticket_row, now)
        view = _view(ticket_row) if ticket_row else None
        cfg = self.cfg
        with self.store.tx() as db:
            if ticket_row is not None:
                ticket_id, ref = ticket_row.id, ticket_row.ref
            else:
                ticket_id, ref = self.store.new_ticket_ref(db)
            analysis = self.engine.analyse(
                msg, now=now, ticket_ref=ref, ticket=view, history=history, prediction=prediction
            )
            d = analysis.decision
            if duplicate:
                d = _as_duplicate(d)
            no_ticket = d.action == "ignore" and ticket_row is None
            actions: list[Action] = []
            reply_id = None
            if analysis.reply is not None and not duplicate:
                reply_id = reply_message_id(
                    msg.message_id, d.reply_kind or "reply", domain_of(cfg.service.reply_from)
                )
                raw_reply = compose_reply(
                    to_name=msg.from_name,
                    to_addr=msg.from_addr,
                    in_reply_to=msg.message_id,
                    references=msg.references,
                    reply_from=cfg.service.reply_from,
                    subject=analysis.reply.subject,
                    body=analysis.reply.body,
                    language=analysis.reply.language,
                    reply_id=reply_id,
                    ticket_ref=ref,
                    now=now,
                )
                added = self.store.add_outbox(
                    db, reply_id=reply_id, source_message_id=msg.message_id,
                    ticket_id=None if no_ticket else ticket_id, kind=d.reply_kind or "reply",
                    recipient=msg.from_addr, raw=raw_reply, shadow=cfg.shadow, now=now,
                )  # fmt: skip
                if added and not cfg.shadow:
                    actions.append(SendMail(reply_id, d.reply_kind or "reply", msg.from_addr))
                    if cfg.imap.sent_folder:
                        actions.append(CopyToSent(reply_id, cfg.imap.sent_folder))
            if cfg.queue.forward_to and not no_ticket and not duplicate:
                fwd_id = reply_message_id(
                    msg.message_id, "forward", domain_of(cfg.service.reply_from)
                )
                raw_fwd = self._forward(msg, analysis, ref, fwd_id, now)
                added = self.store.add_outbox(
                    db, reply_id=fwd_id, source_message_id=msg.message_id, ticket_id=ticket_id,
                    kind="forward", recipient=cfg.queue.forward_to.lower(), raw=raw_fwd,
                    shadow=cfg.shadow, now=now,
                )  # fmt: skip
                if added and not cfg.shadow:
                    actions.append(SendMail(fwd_id, "forward", cfg.queue.forward_to))
            if not cfg.shadow:
                if cfg.queue.keywords:
                    actions.append(AddKeywords(self._keywords(analysis, ref, no_ticket)))
                if cfg.queue.move and cfg.queue.redact_secrets and _holds_secret(msg, analysis):
                    marker = original_marker(key.mailbox, key.uidvalidity, key.uid)
                    actions.append(FileRedacted(self._folder(analysis), marker))
                elif cfg.queue.move:
                    actions.append(MoveTo(self._folder(analysis)))
            if not no_ticket:
                self._save_ticket(db, ticket_row, ticket_id, ref, msg, analysis, now,
                                  replied=reply_id is not None)  # fmt: skip
                for mid in (msg.message_id, reply_id):
                    if mid:
                        db.execute(
                            "INSERT OR IGNORE INTO thread_ids VALUES (?, ?)", (mid, ticket_id)
                        )
            plan = [action_to_dict(a) for a in actions]
            db.execute(
                "INSERT INTO messages (mailbox, uidvalidity, uid, message_id, from_addr, subject,"
                " received_at, status, category, confidence, abstained, action, skip_reason,"
                " priority, language, missing, details, model_version, ticket_id, plan,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (key.mailbox, key.uidvalidity, key.uid, msg.message_id, msg.from_addr,
                 mask_text(msg.subject), (msg.date or now).isoformat(),
                 "planned" if plan else "done", d.category, round(d.confidence, 4),
                 int(d.abstained), d.action, d.skip_reason, d.priority, msg.language,
                 json.dumps(list(d.missing)), details_to_json(analysis.details),
                 self.engine.classifier.version, None if no_ticket else ticket_id,
                 json.dumps(plan), now.isoformat(), now.isoformat()),
            )  # fmt: skip
            self.store.audit(
                db, now, "decision",
                f"{d.action} category={d.category} confidence={d.confidence:.2f}"
                f" missing={','.join(d.missing) or '-'} skip={d.skip_reason or '-'}"
                f" model={self.engine.classifier.version}"
                + (f" reply={reply_id}" if reply_id else "")
                + (" shadow" if cfg.shadow else ""),
                msg.message_id, None if no_ticket else ticket_id,
            )  # fmt: skip
        row: dict[str, object] = {
            "uid": key.uid,
            "from": msg.from_addr,
            "subject": mask_text(msg.subject),
            "category": d.category,
            "confidence": d.confidence,
            "language": msg.language,
            "missing": list(d.missing),
            "action": d.action,
            "skip_reason": d.skip_reason,
            "priority": d.priority,
            "ticket": None if no_ticket else ref,
            "reply_id": reply_id,
            "reply_kind": d.reply_kind if reply_id else None,
            "arrived_at": msg.date or now,
        }
        return (actions if actions else None), row

    def _find_ticket(self, msg: ParsedMessage) -> TicketRow | None:
        ids = [*msg.references, *([msg.in_reply_to] if msg.in_reply_to else [])]
        row = self.store.ticket_for(ids, None)
        if row is not None:
            return row
        ref = subject_ticket_ref(msg.subject)
        row = self.store.ticket_for((), ref) if ref else None
        # A reference in the subject alone binds only its own customer, so that a guessed or
        # forwarded reference cannot pull a stranger's mail into a case.
        if row is not None and msg.from_addr and row.customer != msg.from_addr:
            return None
        return row

    def _history(self, sender: str, ticket: TicketRow | None, now: datetime) -> ReplyHistory:
        return ReplyHistory(
            sender_last_hour=self.store.replies_since(
                recipient=sender, since=now - timedelta(hours=1)
            ),
            sender_last_day=self.store.replies_since(
                recipient=sender, since=now - timedelta(days=1)
            ),
            ticket_last_day=(
                self.store.replies_since(ticket_id=ticket.id, since=now - timedelta(days=1))
                if ticket
                else 0
            ),
        )

    def _save_ticket(self, db: sqlite3.Connection, row: TicketRow | None, ticket_id: int,
                     ref: str, msg: ParsedMessage, analysis: Analysis, now: datetime,
                     replied: bool) -> None:  # fmt: skip
        d = analysis.decision
        acknowledged = bool(row and row.acknowledged) or (d.reply_kind == "details_complete")
        # "Where is my case?" is about the ticket, not a new issue type for it.
        category = row.category if row is not None and d.reply_kind == "status" else d.category
        if row is None:
            db.execute(
                "INSERT INTO tickets (id, ref, customer, category, state, priority, language,"
                " subject, details, missing, acknowledged, created_at, updated_at,"
                " last_customer_at, last_reply_at, last_message_id, mailbox)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (ticket_id, ref, msg.from_addr, category, d.ticket_state, d.priority,
                 msg.language, mask_text(msg.subject), details_to_json(d.details),
                 json.dumps(list(d.missing)), int(acknowledged), now.isoformat(),
                 now.isoformat(), now.isoformat(), now.isoformat() if replied else None,
                 msg.message_id, self.name),
            )  # fmt: skip
        else:
            db.execute(
                "UPDATE tickets SET category=?, state=?, priority=?, details=?, missing=?,"
                " acknowledged=?, updated_at=?, last_customer_at=?, reminders=0,"
                " last_reply_at=COALESCE(?, last_reply_at), last_message_id=? WHERE id=?",
                (category, d.ticket_state, d.priority, details_to_json(d.details),
                 json.dumps(list(d.missing)), int(acknowledged), now.isoformat(),
                 now.isoformat(), now.isoformat() if replied else None, msg.message_id,
                 ticket_id),
            )  # fmt: skip

    def keyword(self, name: str) -> str:
        return keyword_atom(self.cfg.queue.keyword_prefix + name)

    def _keywords(self, analysis: Analysis, ref: str, no_ticket: bool) -> tuple[str, ...]:
        d = analysis.decision
        kws = [self.keyword(f"cat:{d.category}"), self.keyword(f"action:{d.action}")]
        if not no_ticket and self.cfg.queue.ticket_keyword:
            kws.append(self.keyword(f"ticket:{ref}"))
        kws += [self.keyword(f"missing:{m}") for m in d.missing]
        if d.priority == "urgent":
            kws.append(self.keyword("urgent"))
        if d.abstained:
            kws.append(self.keyword("abstained"))
        if d.skip_reason:
            kws.append(self.keyword("no-reply"))
        if analysis.details.sensitive:
            kws.append(self.keyword("sensitive"))
        return tuple(kws)

    def _folder(self, analysis: Analysis) -> str:
        d = analysis.decision
        q = self.cfg.queue
        if d.action == "ignore":
            return q.unsorted_folder
        # Urgency is read from the text, not the model: a stolen card the classifier was
        # unsure about still goes to the urgent queue first.
        if d.priority == "urgent":
            return q.urgent_folder
        if d.abstained or (d.skip_reason and d.skip_reason.startswith("malformed")):
            return q.unsorted_folder
        return q.category_folder.format(category=d.category)

    def _forward(self, msg: ParsedMessage, analysis: Analysis, ref: str, fwd_id: str,
                 now: datetime) -> bytes:  # fmt: skip
        d = analysis.decision
        found = ", ".join(f"{n}={v[0].display}" for n, v in d.details.found.items() if v)
        summary = (
            f"Ticket {ref} | category {d.category} ({d.confidence:.0%}) | priority {d.priority}\n"
            f"Action taken: {d.action}{' (' + d.skip_reason + ')' if d.skip_reason else ''}\n"
            f"Missing: {', '.join(d.missing) or 'nothing'}\n"
            f"Details: {found or 'none'}"
        )
        headers = {
            "X-Triage-Ticket": ref,
            "X-Triage-Category": d.category,
            "X-Triage-Confidence": f"{d.confidence:.3f}",
            "X-Triage-Priority": d.priority,
            "X-Triage-Action": d.action,
            "X-Triage-Missing": ",".join(d.missing),
            "X-Triage-Language": msg.language,
            "X-Triage-Original-Message-ID": msg.message_id,
        }
        return compose_forward(
            msg,
            forward_from=self.cfg.service.reply_from,
            forward_to=self.cfg.queue.forward_to,
            summary=summary,
            masked_body=mask_text(msg.body_text),
            headers=headers,
            forward_id=fwd_id,
            now=now,
        )

    # --- reminders ------------------------------------------------------------------------

    def run_reminders(self, summary: PollSummary) -> None:
        """One reminder for tickets still waiting for details; later, hand them to agents."""
        now = self.clock()
        t = self.cfg.tickets
        policy = ReminderPolicy(
            timedelta(hours=t.reminder_after_hours), timedelta(hours=t.incomplete_after_hours)
        )
        for row in self.store.outbox_in_state("pending"):
            if row.kind == "reminder":  # a reminder whose send failed transiently before
                self._send_reminder(row.reply_id, row.recipient, summary)
        for ticket in self.store.tickets("state=? AND mailbox=?", (WAITING, self.name)):
            due = reminder_due(ticket.state, ticket.reminders, ticket.last_reply_at, now, policy)
            if due == REMIND:
                self._remind(ticket, now, summary)
            elif due == GIVE_UP:
                self.store.update_ticket(ticket.id, now, state=INCOMPLETE)
                self._note_for_agents(ticket, now)
                log.info("ticket %s handed to agents as incomplete", ticket.ref)

    def _remind(self, ticket: TicketRow, now: datetime, summary: PollSummary) -> None:
        details = details_from_json(ticket.details)
        ctx = ReplyContext(
            kind="reminder",
            language=ticket.language,
            category=ticket.category,
            ticket_ref=ticket.ref,
            original_subject=ticket.subject,
            missing=ticket.missing,
            received=tuple((n, v[0].display) for n, v in details.found.items() if v),
            brand=self.cfg.service.brand,
            hotline=self.cfg.tickets.hotline,
        )
        reply = self.engine.renderer.render(ctx)
        domain = domain_of(self.cfg.service.reply_from)
        reply_id = reply_message_id(f"{ticket.ref}:{ticket.last_message_id}", "reminder", domain)
        raw = compose_reply(
            to_name="",
            to_addr=ticket.customer,
            in_reply_to=ticket.last_message_id,
            references=(),
            reply_from=self.cfg.service.reply_from,
            subject=reply.subject,
            body=reply.body,
            language=reply.language,
            reply_id=reply_id,
            ticket_ref=ticket.ref,
            now=now,
        )
        with self.store.tx() as db:
            self.store.add_outbox(
                db, reply_id=reply_id, source_message_id=ticket.last_message_id,
                ticket_id=ticket.id, kind="reminder", recipient=ticket.customer, raw=raw,
                shadow=self.cfg.shadow, now=now,
            )  # fmt: skip
            db.execute(
                "UPDATE tickets SET reminders=reminders+1, last_reply_at=?, updated_at=?"
                " WHERE id=?",
                (now.isoformat(), now.isoformat(), ticket.id),
            )
            self.store.audit(db, now, "reminder", f"reminder {reply_id}", None, ticket.id)
        if not self.cfg.shadow:
            self._send_reminder(reply_id, ticket.customer, summary)

    def _send_reminder(self, reply_id: str, recipient: str, summary: PollSummary) -> None:
        try:
            self.apply(NO_MESSAGE, SendMail(reply_id, "reminder", recipient), summary)
        except SendError as exc:
            # A transient failure leaves the row pending; the next poll retries it.
            log.warning("reminder %s not sent: %s", reply_id, exc)

    def _note_for_agents(self, ticket: TicketRow, now: datetime) -> None:
        """An internal note in the agents' folder: the case is incomplete and why."""
        if self.cfg.shadow:
            return
        details = details_from_json(ticket.details)
        found = "\n".join(f"  {n}: {v[0].display}" for n, v in details.found.items() if v)
        note = EmailMessage()
        note["From"] = self.cfg.service.reply_from
        note["To"] = self.cfg.service.reply_from
        note["Subject"] = f"[{ticket.ref}] incomplete: {', '.join(ticket.missing)} still missing"
        note["Date"] = format_datetime(now)
        note["Message-ID"] = reply_message_id(ticket.ref, "incomplete",
                                              domain_of(self.cfg.service.reply_from))  # fmt: skip
        note["X-Triage-Ticket"] = ticket.ref
        note.set_content(
            f"Ticket {ticket.ref} ({ticket.category}, customer {ticket.customer}) got a request"
            f" for details and one reminder without an answer.\n\nStill missing: "
            f"{', '.join(ticket.missing)}\nOn file:\n{found or '  nothing'}\n"
        )
        folder = self.cfg.queue.category_folder.format(category=ticket.category)
        try:
            if not self.mailbox.has_message_id(folder, str(note["Message-ID"])):
                self.mailbox.append(folder, note.as_bytes(policy=SMTP))
        except MailboxError as exc:
            log.warning("could not file the incomplete note for %s: %s", ticket.ref, exc)

    # --- applying -------------------------------------------------------------------------

    def apply_plan(self, key: MessageKey, summary: PollSummary, resumed: bool = False) -> bool:
        """Apply the recorded plan step by step. A send must never be repeated, so its
        progress is committed at once. Keywords, copies to Sent and moves are safe to repeat
        after a crash (a copy looks in Sent first when resuming; a UID already moved is a
        no-op, and a moved mail's plan is closed by finish_stale_plans), so they get no commit
        of their own: a plan's closing keywords and move wait for the chunk's others
        (``_file_together``), and the finished plans of a chunk are recorded together."""
        plan = self.store.plan_of(key)
        while plan:
            tail = _filing_tail(plan)
            if tail is not None:
                self._filing.append((key, tail))
                break
            action = action_from_dict(plan[0])
            rest = plan[1:]
            try:
                moved_away = self.apply(key, action, summary, resumed, rest)
            except SendError as exc:
                if exc.transient:
                    log.warning("send deferred for uid=%s: %s", key.uid, exc)
                    summary.deferred += 1
                    return False
                log.error("send failed for uid=%s: %s; leaving it to agents", key.uid, exc)
                plan = [p for p in rest if p.get("type") != "copy"]
                self.store.set_plan(key, plan, self.clock())
                continue
            if moved_away:
                rest = []
            if not rest and not isinstance(action, SendMail):
                self._finished.append(key)
            plan = rest
        summary.handled += 1
        return True

    def _resumed_row(self, key: MessageKey) -> dict[str, object]:
        """The summary row of a mail decided in an earlier poll and finished in this one."""
        (m,) = self.store.message_rows(
            "mailbox=? AND uidvalidity=? AND uid=?", (key.mailbox, key.uidvalidity, key.uid)
        )
        ticket = self.store.tickets("id=?", (m["ticket_id"],)) if m["ticket_id"] else []
        replies = [
            r for r in self.store.outbox_rows_for(None, m["message_id"]) if r["kind"] != "forward"
        ]
        return {
            "uid": key.uid,
            "from": m["from_addr"],
            "subject": m["subject"],
            "category": m["category"],
            "confidence": m["confidence"],
            "language": m["language"],
            "missing": json.loads(m["missing"] or "[]"),
            "action": m["action"],
            "skip_reason": m["skip_reason"],
            "priority": m["priority"],
            "ticket": ticket[0].ref if ticket else None,
            "reply_id": replies[0]["reply_id"] if replies else None,
            "reply_kind": replies[0]["kind"] if replies else None,
            "reply_sent": bool(replies) and replies[0]["status"] == "sent",
            "arrived_at": m["received_at"],  # ISO text; metrics reads either form
            "resumed": True,
            "finished": True,
        }

    def apply(
        self,
        key: MessageKey,
        action: Action,
        summary: PollSummary,
        resumed: bool = False,
        rest: list[dict[str, object]] | None = None,
    ) -> bool:
        """Apply one action; True when the mail left the inbox (nothing more can be done).
        A send also records ``rest`` as the mail's remaining plan, in the same commit."""
        now = self.clock()
        if isinstance(action, SendMail):
            row = self.store.outbox_row(action.reply_id)
            if row is None or row.status in ("sent", "uncertain", "failed", "shadow"):
                if rest is not None:
                    self.store.set_plan(key, rest, now)
                return False
            if row.status == "sending":
                # Interrupted mid-send before a crash: reconcile, never blindly re-send.
                self.reconcile(row.reply_id)
                if rest is not None:
                    self.store.set_plan(key, rest, self.clock())
                return False
            self.store.set_outbox_status(row.reply_id, "sending", now)
            try:
                self.sender.send(row.raw, _envelope_from(self.cfg), [row.recipient])
            except SendError as exc:
                status = "pending" if exc.transient else "failed"
                self.store.set_outbox_status(row.reply_id, status, self.clock(), str(exc))
                raise
            self.store.mark_sent(row.reply_id, self.clock(), key, rest)
            summary.replies += 1
            return False
        if isinstance(action, CopyToSent):
            # A HEADER search of Sent grows with the folder, so it runs only when resuming a
            # plan from an earlier run, the one case where the copy may already be there.
            row = self.store.outbox_row(action.reply_id)
            if (
                row is not None
                and row.status == "sent"
                and not (resumed and self.mailbox.has_message_id(action.folder, row.reply_id))
            ):
                self.mailbox.append(action.folder, row.raw)
            return False
        if isinstance(action, AddKeywords):
            self.mailbox.add_keywords(key.uid, action.keywords)
            return False
        if isinstance(action, MoveTo):
            self.mailbox.move(key.uid, action.folder)
            return True
        if isinstance(action, FileRedacted):
            if self._file_redacted(key, action, resumed):
                summary.redacted += 1
            return True
        raise TypeError(f"unknown action {action!r}")

    def _file_redacted(self, key: MessageKey, action: FileRedacted, resumed: bool) -> bool:
        """Copy first, then remove: a crash in between leaves two mails, never none; the
        marker header lets the resumed plan see its copy and only remove the original.
        True when a masked copy replaced the original."""
        stored = self.mailbox.stored(key.uid)
        if stored is None:
            return False  # moved away: by us before a crash, or by an agent
        redaction = None
        if not self.mailbox.can_expunge_one():
            log.warning("uid=%s filed unmasked: the server cannot remove one mail (no UIDPLUS)",
                        key.uid)  # fmt: skip
        else:
            try:
                redaction = redact_secrets(stored.raw, action.marker)
            except CannotRedact as exc:
                log.warning("uid=%s filed unmasked: %s", key.uid, exc)
        if redaction is None:
            self.mailbox.move(key.uid, action.folder)
            return False
        if not (resumed and self.mailbox.has_header(action.folder, ORIGINAL_HEADER,
                                                    action.marker)):  # fmt: skip
            self.mailbox.append(action.folder, redaction.raw, stored.flags, stored.when)
        self.mailbox.expunge(key.uid)
        self.store.add_audit(
            self.clock(), "redact", f"uid={key.uid} parts={redaction.parts} {action.folder}",
            redaction.message_id,
        )  # fmt: skip
        log.info("uid=%s filed with secrets masked in %s", key.uid, action.folder)
        return True

    def reconcile_outbox(self) -> None:
        for row in self.store.outbox_in_state("sending"):
            self.reconcile(row.reply_id)

    def reconcile(self, reply_id: str) -> None:
        """A send that may or may not have happened: found in Sent means sent; otherwise it is
        marked uncertain for a human rather than risk a second copy."""
        folder = self.cfg.imap.sent_folder
        found = bool(folder) and self.mailbox.has_message_id(folder, reply_id)
        status = "sent" if found else "uncertain"
        self.store.set_outbox_status(reply_id, status, self.clock())
        self.store.add_audit(self.clock(), "reconcile", f"{reply_id}: {status}")
        log.warning("interrupted send %s reconciled as %s", reply_id, status)

    def finish_stale_plans(self, uidvalidity: int, present: set[int]) -> None:
        """A planned mail no longer in the inbox was moved (by us before a crash, or by an
        agent); nothing more can be applied to it."""
        rows = self.store.message_rows(
            "mailbox=? AND uidvalidity=? AND status='planned'", (self.name, uidvalidity)
        )
        for r in rows:
            if int(r["uid"]) not in present:
                self.store.set_plan(MessageKey(self.name, uidvalidity, int(r["uid"])), [],
                                    self.clock())  # fmt: skip


CHUNK = 200  # mails fetched, parsed and classified together
NO_MESSAGE = MessageKey("", 0, 0)  # for sends that belong to a ticket, not to one mail


def _holds_secret(msg: ParsedMessage, analysis: Analysis) -> bool:
    """Secrets in the new text, or anywhere else in the mail (quoted history, subject)."""
    return bool(analysis.details.sensitive) or _secret_anywhere(msg)


def _secret_anywhere(msg: ParsedMessage) -> bool:
    try:
        return any(mask_secrets(t) != t for t in (msg.subject, msg.body_text))
    except Exception:  # the mail the triage just failed on may fail the masking too
        log.exception("secret scan failed; the mail is filed as it came")
        return False


def _filing_tail(plan: list[dict[str, object]]) -> list[AddKeywords | MoveTo] | None:
    """The plan's steps when all are keywords and moves (safe to group and to repeat)."""
    steps = [action_from_dict(p) for p in plan]
    if all(isinstance(s, AddKeywords | MoveTo) for s in steps):
        return [s for s in steps if isinstance(s, AddKeywords | MoveTo)]
    return None


def _envelope_from(cfg: Config) -> str:
    from email.utils import parseaddr

    return parseaddr(cfg.service.reply_from)[1]


def _view(row: TicketRow) -> TicketView:
    return TicketView(
        ref=row.ref,
        state=row.state,
        category=row.category,
        priority=row.priority,
        details=details_from_json(row.details),
        acknowledged=row.acknowledged,
    )


def _as_duplicate(d: Decision) -> Decision:
    """The same mail delivered again (same Message-ID): agents see it, nobody is re-answered."""
    return replace(d, action="human_only", skip_reason="duplicate", reply_kind=None)
