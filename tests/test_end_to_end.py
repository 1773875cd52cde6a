"""`triage once` on the demo mailbox, checked from the IMAP side and the SMTP side."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path
from typing import Any

import pytest

from triage.cli import main
from triage.config import load_config
from triage.devstack import MailStack

pytestmark = pytest.mark.integration

DEMO = Path(__file__).parent / "data" / "demo_mails"


def manifest() -> list[dict[str, Any]]:
    data = tomllib.loads((DEMO / "manifest.toml").read_text(encoding="utf-8"))
    return list(data["mail"])


def message_id_of(raw: bytes) -> str | None:
    for line in raw.split(b"\n"):
        if line.lower().startswith(b"message-id:"):
            return line.split(b":", 1)[1].strip().decode()
    return None


def test_demo_mailbox_end_to_end(
    clean_mailbox: MailStack, triage_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stack = clean_mailbox
    mails = manifest()
    raws = {m["file"]: (DEMO / m["file"]).read_bytes() for m in mails}
    stack.deliver_many(raws.values())

    assert main(["once", "-c", str(triage_config)]) == 0
    out = capsys.readouterr().out
    assert f"{len(mails)} new, {len(mails)} handled" in out

    # IMAP side: the inbox is empty, every mail is filed, tagged, and still unread.
    client = stack.imap()
    try:
        client.select_folder("INBOX", readonly=True)
        assert client.search(["ALL"]) == []
        filed: dict[str, set[bytes]] = {}
        for flags, _, folder in client.list_folders():
            if not folder.startswith("Triage/") or b"\\Noselect" in flags:
                continue
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            for data in client.fetch(
                uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]
            ).values():
                header = data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
                mid = header.split(b":", 1)[1].strip().decode()
                filed[mid] = set(data[b"FLAGS"])
    finally:
        client.logout()
    ids = {m["file"]: message_id_of(raws[m["file"]]) for m in mails}
    malformed = next(m["file"] for m in mails if m["special"] == "malformed")
    for m in mails:
        mid = ids[m["file"]]
        if mid is None:  # the malformed mail may lack one; it is still filed
            continue
        assert mid in filed, f"{m['file']} was not filed for agents"
        flags = filed[mid]
        assert b"\\Seen" not in flags, f"{m['file']} was marked read by triage"
        assert any(f.startswith(b"triage-cat:") for f in flags)
    assert len(filed) == len(mails)

    # SMTP side: replies only to customers, one each at most, threaded and marked automatic.
    replies = stack.captured()
    by_reply_to = {}
    for r in replies:
        irt = r.message["In-Reply-To"]
        assert irt not in by_reply_to, "two replies to one mail"
        by_reply_to[irt] = r
        assert r.message["Auto-Submitted"] == "auto-replied"
        assert "[#TKT-" in r.message["Subject"]
    for m in mails:
        if not m["expect_reply"]:
            assert ids[m["file"]] not in by_reply_to, f"{m['file']} must not get a reply"
    assert ids[malformed] not in by_reply_to

    # The store agrees with the wire: a reply was recorded for exactly the mails that got one.
    db = sqlite3.connect(load_config(triage_config).store_path)
    sent = {
        row[0] for row in db.execute("SELECT source_message_id FROM outbox WHERE status='sent'")
    }
    db.close()
    assert sent == set(by_reply_to)
    # Most customer mails are answered automatically (the rest abstain to humans).
    expected = [m for m in mails if m["expect_reply"]]
    answered = [m for m in expected if ids[m["file"]] in by_reply_to]
    assert len(answered) >= 0.7 * len(expected), f"only {len(answered)}/{len(expected)} answered"
    # No card number, password or OTP is echoed back to the customer.
    for r in replies:
        assert b"4111 1111 1111 1111" not in r.raw and b"4111111111111111" not in r.raw

    # A second pass finds nothing new and sends nothing.
    before = len(stack.captured())
    assert main(["once", "-c", str(triage_config)]) == 0
    assert "0 new" in capsys.readouterr().out
    assert len(stack.captured()) == before
