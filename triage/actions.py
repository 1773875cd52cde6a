"""Effects as data: what the executor will do to one mail, each able to describe itself."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class SendMail:
    """Send an outbox row (an auto-reply or a forward to the helpdesk) exactly once."""

    reply_id: str
    kind: str
    recipient: str

    def describe(self) -> str:
        return f"send {self.kind} {self.reply_id} to {self.recipient}"


@dataclass(frozen=True)
class CopyToSent:
    """File a copy of a sent reply in the Sent folder (agents see it; crash recovery reads it)."""

    reply_id: str
    folder: str

    def describe(self) -> str:
        return f"copy {self.reply_id} to {self.folder}"


@dataclass(frozen=True)
class AddKeywords:
    keywords: tuple[str, ...]

    def describe(self) -> str:
        return "tag " + " ".join(self.keywords)


@dataclass(frozen=True)
class MoveTo:
    folder: str

    def describe(self) -> str:
        return f"move to {self.folder}"


@dataclass(frozen=True)
class FileRedacted:
    """File a copy with the customer's secrets masked in ``folder`` and remove the original;
    ``marker`` (the ``X-Triage-Original`` header) lets a retry find a copy already filed."""

    folder: str
    marker: str

    def describe(self) -> str:
        return f"file a copy with secrets masked in {self.folder}, remove the original"


Action = SendMail | CopyToSent | AddKeywords | MoveTo | FileRedacted
_TYPES: dict[
    str, type[SendMail] | type[CopyToSent] | type[AddKeywords] | type[MoveTo] | type[FileRedacted]
] = {
    "send": SendMail,
    "copy": CopyToSent,
    "tag": AddKeywords,
    "move": MoveTo,
    "redact": FileRedacted,
}
_NAMES = {cls: name for name, cls in _TYPES.items()}


def action_to_dict(action: Action) -> dict[str, object]:
    data: dict[str, object] = asdict(action)
    data["type"] = _NAMES[type(action)]
    return data


def action_from_dict(data: dict[str, object]) -> Action:
    kind = str(data["type"])
    fields = {k: v for k, v in data.items() if k != "type"}
    if kind == "tag":
        return AddKeywords(keywords=tuple(str(k) for k in fields["keywords"]))  # type: ignore[attr-defined]
    cls = _TYPES[kind]
    return cls(**fields)  # type: ignore[arg-type]
