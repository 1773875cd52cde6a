"""Agents' corrections and filed mail read back from the IMAP category folders.

``harvest`` records a label for every mail an agent re-filed (moved to another category
folder, or re-tagged with another ``triage-cat:`` keyword); ``imap_examples`` reads whole
category folders as training data. Both read with ``BODY.PEEK`` on read-only selects, so they
never change a mail's flags or place.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import logging
import re
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import imapclient
from imapclient.exceptions import IMAPClientError

from triage.classifier import Example
from triage.config import Config, ImapConfig
from triage.mailbox import MailboxError, keyword_atom
from triage.mailbox import connect as mailbox_connect
from triage.masking import mask_text
from triage.message import parse_message
from triage.oauth2 import TokenProvider
from triage.store import Store

log = logging.getLogger(__name__)

FETCH_BATCH = 200
AGENT_MOVE = "agent_move"
AGENT_KEYWORD = "agent_keyword"
_MSGID_FIELD = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
OWN_MAIL_HEADER = "X-Triage-Ticket"  # on the daemon's notes and forwards, never on customers'
_ANGLE_ID = re.compile(r"<[^<>\s]+>")

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


# --- the decision (pure) ----------------------------------------------------------------------


@dataclass(frozen=True)
class Correction:
    """A label an agent gave a mail, and how we could tell."""

    label: str
    source: str  # AGENT_MOVE | AGENT_KEYWORD


def correction(
    folder_category: str | None,
    keyword_categories: Sequence[str],
    decided: str | None,
    abstained: bool = False,
) -> Correction | None:
    """The agent's label for a filed mail, or None when nothing says an agent changed it.

    ``folder_category``: the category of the folder the mail is in (None for the urgent and
    unsorted folders); ``keyword_categories``: its ``triage-cat:`` keywords; ``decided``: the
    category the daemon chose (from the state database; None when unknown) and whether it
    abstained (it then filed the mail as unsorted).
    """
    keywords = list(dict.fromkeys(keyword_categories))
    if decided is None:
        # Without the daemon's record, the one keyword it wrote is its decision: a different
        # category folder means an agent moved the mail there.
        if folder_category is not None and len(keywords) == 1 and keywords[0] != folder_category:
            return Correction(folder_category, AGENT_MOVE)
        return None
    moved = folder_category is not None and (folder_category != decided or abstained)
    new_keywords = [k for k in keywords if k != decided]
    if moved:
        assert folder_category is not None
        if any(k != folder_category for k in new_keywords):
            return None  # moved to one category, tagged with another: ambiguous, ask a human
        return Correction(folder_category, AGENT_MOVE)
    if len(new_keywords) == 1:
        return Correction(new_keywords[0], AGENT_KEYWORD)
    return None


def folder_category(folder: str, template: str) -> str | None:
    """The category in ``folder`` when it matches ``template`` (``Triage/{category}``)."""
    before, _, after = template.partition("{category}")
    if not folder.startswith(before) or not folder.endswith(after):
        return None
    name = folder[len(before) : len(folder) - len(after)]
    return name or None


def keyword_categories(flags: Sequence[bytes | str], prefix: str) -> list[str]:
    """Categories named by ``<prefix>cat:<category>`` keywords, in flag order."""
    marker = keyword_atom(prefix + "cat:")
    out = []
    for flag in flags:
        text = flag.decode("ascii", "replace") if isinstance(flag, bytes) else str(flag)
        if text.startswith(marker) and len(text) > len(marker):
            out.append(text[len(marker) :])
    return out


def training_text(raw: bytes) -> str:
    """What the classifier would have seen, masked for storage: subject + new text."""
    return mask_text(parse_message(raw).classify_text)


# --- IMAP reading -----------------------------------------------------------------------------


def connect(cfg: ImapConfig) -> imapclient.IMAPClient:
    """A logged-in IMAP connection to one mailbox (no folder selected)."""
    tokens = TokenProvider(cfg.oauth2) if cfg.oauth2 is not None else None
    return mailbox_connect(cfg, tokens)


@contextlib.contextmanager
def imap_session(cfg: ImapConfig) -> Iterator[imapclient.IMAPClient]:
    client = connect(cfg)
    try:
        yield client
    finally:
        with contextlib.suppress(IMAPClientError, OSError):
            client.logout()


def list_folders(client: imapclient.IMAPClient, pattern: str = "*") -> list[str]:
    """Selectable folders matching an IMAP LIST pattern (``*`` and ``%`` wildcards)."""
    try:
        listed = client.list_folders(pattern=pattern)
    except (IMAPClientError, OSError) as exc:
        raise MailboxError(f"IMAP list {pattern}: {exc}") from exc
    names = []
    for flags, _, name in listed:
        if any(f.lower() in (b"\\noselect", b"\\nonexistent") for f in flags):
            continue
        names.append(name if isinstance(name, str) else name.decode("utf-8", "replace"))
    return sorted(names)


def _batches(uids: Sequence[int]) -> Iterator[list[int]]:
    for i in range(0, len(uids), FETCH_BATCH):
        yield list(uids[i : i + FETCH_BATCH])


def _select(client: imapclient.IMAPClient, folder: str) -> list[int]:
    try:
        client.select_folder(folder, readonly=True)
        return sorted(int(u) for u in client.search(["ALL"]))
    except (IMAPClientError, OSError) as exc:
        raise MailboxError(f"IMAP select {folder}: {exc}") from exc


def _fetch_bodies(client: imapclient.IMAPClient, uids: Sequence[int]) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    try:
        for chunk in _batches(uids):
            for uid, data in client.fetch(chunk, ["BODY.PEEK[]"]).items():
                body = data.get(b"BODY[]")
                if isinstance(body, bytes):
                    out[int(uid)] = body
    except (IMAPClientError, OSError) as exc:
        raise MailboxError(f"IMAP fetch: {exc}") from exc
    return out


def imap_examples(
    mailbox: ImapConfig,
    pattern: str,
    category_template: str,
    allowed: Container[str] | None = None,
    progress: Progress = _quiet,
    own_addresses: Container[str] = (),
) -> list[Example]:
    """Every mail of the folders matching ``pattern`` as a training example labelled with its
    folder's category (the part ``{category}`` stands for; else the folder's last name)."""
    out: list[Example] = []
    with imap_session(mailbox) as client:
        folders = list_folders(client, pattern)
        if not folders:
            progress(f"imap {mailbox.name}: no folder matches {pattern!r}")
        for folder in folders:
            label = folder_category(folder, category_template) or re.split(r"[/.]", folder)[-1]
            if allowed is not None and label not in allowed:
                progress(f"imap {mailbox.name}: {folder}: not a category folder, skipped")
                continue
            uids = _select(client, folder)
            bodies = _fetch_bodies(client, uids)
            examples, ours = [], 0
            for uid in uids:
                if uid not in bodies:
                    continue
                parsed = parse_message(bodies[uid])
                if parsed.from_addr in own_addresses or parsed.header(OWN_MAIL_HEADER):
                    ours += 1  # our own notes to agents, not customer mail
                    continue
                text = mask_text(parsed.classify_text)
                if text.strip():
                    examples.append(Example(text, label, f"imap:{folder}"))
            progress(
                f"imap {mailbox.name}: {folder}: {len(examples)} examples as {label!r}"
                + (f" ({ours} of our own mails skipped)" if ours else "")
            )
            out.extend(examples)
    return out


# --- harvest ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """One label harvest stored (or, when ``new`` is False, had stored before)."""

    mailbox: str
    folder: str
    message_id: str
    label: str
    source: str
    new: bool


@dataclass
class HarvestSummary:
    scanned: int = 0
    recorded: list[Recorded] = field(default_factory=list)
    already: int = 0  # corrections found that were recorded by an earlier harvest
    ambiguous: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # mailbox -> error

    def line(self) -> str:
        return (
            f"harvest: {self.scanned} filed mails scanned, {len(self.recorded)} new labels, "
            f"{self.already} already recorded, {self.ambiguous} ambiguous"
            + (f", {len(self.errors)} mailboxes failed" if self.errors else "")
        )


def _header_message_id(data: dict[bytes, object]) -> str | None:
    header = data.get(_MSGID_FIELD)
    if not isinstance(header, bytes):
        return None
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(header)
    match = _ANGLE_ID.search(str(parsed.get("message-id", "")))
    return match.group(0) if match else None


def _decision(store: Store, message_id: str) -> tuple[str | None, bool]:
    """The daemon's category and abstention for a mail, from its latest decided row."""
    rows = store.message_rows("message_id=? AND category IS NOT NULL", (message_id,))
    if not rows:
        return None, False
    last = rows[-1]
    return str(last["category"]), bool(last["abstained"])


def harvest_folders(cfg: Config, folders: Sequence[str], categories: Container[str]) -> list[str]:
    """The folders harvest scans: category folders of known categories, urgent, unsorted."""
    q = cfg.queue
    out = []
    for name in folders:
        category = folder_category(name, q.category_folder)
        if name in (q.urgent_folder, q.unsorted_folder) or (
            category is not None and category in categories
        ):
            out.append(name)
    return out


def harvest(
    cfg: Config,
    store: Store,
    categories: Sequence[str],
    now: datetime,
    progress: Progress = _quiet,
) -> HarvestSummary:
    """Record the label of every mail an agent re-filed, in every mailbox of the config.
    Idempotent: a label already stored for a mail is not stored again."""
    summary = HarvestSummary()
    known = {(mid, label) for mid, label, _ in store.labels()}
    for mailbox in cfg.mailboxes:
        try:
            _harvest_mailbox(cfg, mailbox, store, set(categories), known, now, summary, progress)
        except MailboxError as exc:
            log.error("harvest: mailbox %s: %s", mailbox.name, exc)
            summary.errors[mailbox.name] = str(exc)
    return summary


def _harvest_mailbox(
    cfg: Config,
    mailbox: ImapConfig,
    store: Store,
    categories: set[str],
    known: set[tuple[str, str]],
    now: datetime,
    summary: HarvestSummary,
    progress: Progress,
) -> None:
    q = cfg.queue
    with imap_session(mailbox) as client:
        for folder in harvest_folders(cfg, list_folders(client), categories):
            uids = _select(client, folder)
            if not uids:
                continue
            f_category = folder_category(folder, q.category_folder)
            if f_category not in categories:
                f_category = None  # urgent / unsorted: only keywords can say anything
            wanted: dict[int, Correction] = {}
            try:
                for chunk in _batches(uids):
                    fetched = client.fetch(
                        chunk, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]
                    )
                    for uid, data in fetched.items():
                        summary.scanned += 1
                        flags = data.get(b"FLAGS", ())
                        kws = [
                            k
                            for k in keyword_categories(flags, q.keyword_prefix)
                            if k in categories
                        ]
                        mid = _header_message_id(data)
                        decided, abstained = _decision(store, mid) if mid else (None, False)
                        fix = correction(f_category, kws, decided, abstained)
                        if fix is None:
                            if decided is not None and f_category not in (None, decided) and kws:
                                summary.ambiguous += 1
                            continue
                        if mid is not None and (mid, fix.label) in known:
                            summary.already += 1
                            continue
                        wanted[int(uid)] = fix
            except (IMAPClientError, OSError) as exc:
                raise MailboxError(f"IMAP fetch {folder}: {exc}") from exc
            bodies = _fetch_bodies(client, sorted(wanted))
            for uid, fix in sorted(wanted.items()):
                raw = bodies.get(uid)
                if raw is None:
                    continue  # expunged meanwhile; the next harvest sees it where it went
                parsed = parse_message(raw)
                text = mask_text(parsed.classify_text)
                new = store.add_label(parsed.message_id, fix.label, fix.source, text, now)
                known.add((parsed.message_id, fix.label))
                if not new:
                    summary.already += 1
                    continue
                item = Recorded(mailbox.name, folder, parsed.message_id, fix.label, fix.source, new)
                summary.recorded.append(item)
                progress(
                    f"{mailbox.name}: {folder}: {parsed.message_id} -> {fix.label} ({fix.source})"
                )


def corrections_as_examples(store: Store) -> list[Example]:
    """The agents' corrections as training examples; the latest label of a mail wins."""
    latest: dict[str, tuple[str, str]] = {}
    for message_id, label, text in store.labels():  # oldest first
        latest[message_id] = (label, text)
    return [
        Example(text=text, label=label, source="corrections")
        for label, text in latest.values()
        if text.strip()
    ]
