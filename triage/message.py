"""A received mail, parsed into the fields the triage core needs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class ParsedMessage:
    """Everything the pure core reads from one mail; built by ``parse_message``."""

    message_id: str  # with angle brackets; synthesised from a hash of the bytes when absent
    subject: str  # encoded-words decoded, whitespace folded
    from_addr: str  # bare address, lower-cased; "" when absent or unparseable
    from_name: str
    to_addrs: tuple[str, ...]  # To + Cc, bare, lower-cased
    date: datetime | None  # timezone-aware; None when absent or unparseable
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: Mapping[str, tuple[str, ...]]  # lower-cased name -> decoded values, in order
    body_text: str  # the whole readable body (text part, or HTML rendered to text)
    new_text: str  # body without quoted history and signature
    language: str  # "en" or "zh" (see language.py)
    defects: tuple[str, ...] = field(default=())  # why the mail may be malformed

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None

    @property
    def classify_text(self) -> str:
        """What the classifier sees: subject plus the new part of the body."""
        return f"{self.subject}\n{self.new_text}".strip()

    @property
    def malformed(self) -> bool:
        return bool(self.defects)
