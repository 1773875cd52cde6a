"""On-disk formats shared by the SMTP capture server and its controller: mails and fault.json.

Each captured mail is one file ``DIR/messages/<time_ns>-<pid>-<seq>.eml`` (names sort by
arrival), written to a dot-temp file and renamed, so a reader never sees half a mail. The file
is the received DATA exactly, preceded by one line
``X-Capture-Envelope: {"mail_from": "...", "rcpt_tos": ["..."]}`` (JSON, ASCII-escaped),
so the file still reads as a mail and the envelope needs no sidecar.

``DIR/fault.json`` (``{"mode": ..., "at": ..., "count": ...}``) is read at each MAIL FROM;
the server writes the remaining count back, and resets the mode to "none" when it reaches 0.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
import os
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ENVELOPE_HEADER = b"X-Capture-Envelope: "
FAULT_MODES = ("none", "tempfail", "permfail", "drop")
FAULT_STAGES = ("mail", "rcpt", "data")


def messages_dir(directory: Path) -> Path:
    """Where captured mails live under a capture directory."""
    return directory / "messages"


def fault_file(directory: Path) -> Path:
    """The fault-injection control file of a capture directory."""
    return directory / "fault.json"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a dot-temp file in the same directory and a rename."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_bytes(data)
    os.replace(temp, path)


@dataclass(frozen=True)
class Fault:
    """What the capture server does to the next ``count`` transactions (None: to all of them).

    mode: "none", "tempfail" (451), "permfail" (550) or "drop" (connection aborted, no reply);
    at: the command that gets the failure: "mail", "rcpt" or "data" (after the data is read).
    """

    mode: str = "none"
    count: int | None = None
    at: str = "data"

    def __post_init__(self) -> None:
        if self.mode not in FAULT_MODES:
            raise ValueError(f"fault mode must be one of {FAULT_MODES}: {self.mode!r}")
        if self.at not in FAULT_STAGES:
            raise ValueError(f"fault stage must be one of {FAULT_STAGES}: {self.at!r}")
        if self.count is not None and (isinstance(self.count, bool) or self.count < 0):
            raise ValueError(f"fault count must be a non-negative integer or None: {self.count}")

    @property
    def active(self) -> bool:
        """True when this fault affects a transaction."""
        return self.mode != "none" and self.count != 0

    def to_json(self) -> bytes:
        """The fault.json content."""
        return json.dumps({"mode": self.mode, "at": self.at, "count": self.count}).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Fault:
        """Parse fault.json content; ValueError when malformed."""
        raw: Any = json.loads(data)
        if not isinstance(raw, dict):
            raise ValueError("fault.json must hold a JSON object")
        count = raw.get("count")
        if count is not None and not isinstance(count, int):
            raise ValueError(f"fault count must be an integer or null: {count!r}")
        return cls(mode=str(raw.get("mode", "none")), count=count, at=str(raw.get("at", "data")))


def write_fault(directory: Path, fault: Fault) -> None:
    """Install ``fault`` for the following transactions."""
    write_atomically(fault_file(directory), fault.to_json())


def read_fault(directory: Path) -> Fault:
    """The installed fault (Fault() when there is no fault.json)."""
    try:
        return Fault.from_json(fault_file(directory).read_bytes())
    except FileNotFoundError:
        return Fault()


def take_fault(directory: Path) -> Fault:
    """The fault for one new transaction, counting it down in fault.json (server side)."""
    fault = read_fault(directory)
    if not fault.active:
        return Fault()
    if fault.count is not None:
        left = fault.count - 1
        after = Fault(mode=fault.mode if left else "none", count=left or None, at=fault.at)
        write_fault(directory, after)
    return fault


@dataclass(frozen=True)
class CapturedMail:
    """One mail the capture server accepted: DATA as received, its envelope, and a parse."""

    raw: bytes
    mail_from: str  # "" for the null reverse-path <>
    rcpt_tos: tuple[str, ...]
    message: EmailMessage
    name: str = ""  # the file name under messages/ (sorts by arrival)


def encode_capture(mail_from: str, rcpt_tos: list[str], data: bytes) -> bytes:
    """The capture file content for one accepted transaction."""
    envelope = json.dumps({"mail_from": mail_from, "rcpt_tos": rcpt_tos}, ensure_ascii=True)
    return ENVELOPE_HEADER + envelope.encode("ascii") + b"\r\n" + data


def decode_capture(content: bytes, name: str = "") -> CapturedMail:
    """Split a capture file back into envelope and raw DATA."""
    if not content.startswith(ENVELOPE_HEADER):
        raise ValueError(f"{name}: not a capture file (no {ENVELOPE_HEADER!r} line)")
    line, _, raw = content.partition(b"\r\n")
    envelope: Any = json.loads(line[len(ENVELOPE_HEADER) :])
    message = email.message_from_bytes(raw, policy=email.policy.default)
    return CapturedMail(
        raw=raw,
        mail_from=str(envelope["mail_from"]),
        rcpt_tos=tuple(str(rcpt) for rcpt in envelope["rcpt_tos"]),
        message=message,
        name=name,
    )


def load_captured(directory: Path) -> list[CapturedMail]:
    """All captured mails, oldest first (temp files in flight are skipped)."""
    folder = messages_dir(directory)
    try:
        names = sorted(name for name in os.listdir(folder) if not name.startswith("."))
    except FileNotFoundError:
        return []
    mails = []
    for name in names:
        try:
            content = (folder / name).read_bytes()
        except FileNotFoundError:  # cleared while we listed
            continue
        mails.append(decode_capture(content, name))
    return mails


def clear_captured(directory: Path) -> int:
    """Delete every captured mail; return how many were deleted."""
    folder = messages_dir(directory)
    deleted = 0
    with contextlib.suppress(FileNotFoundError):
        for name in os.listdir(folder):
            if not name.startswith("."):
                with contextlib.suppress(FileNotFoundError):
                    (folder / name).unlink()
                    deleted += 1
    return deleted
