"""`triage explain`: the pure pipeline on one mail, as a stable JSON document."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from triage.engine import Analysis, Engine
from triage.masking import mask_text

PREVIEW_REF = "TKT-PREVIEW"


def explain(engine: Engine, raw: bytes, now: datetime | None = None) -> dict[str, Any]:
    """The decision for one raw mail; see docs/explain-json.md for the field contract."""
    msg = engine.parse(raw)
    analysis = engine.analyse(msg, now=now or datetime.now(UTC), ticket_ref=PREVIEW_REF)
    return to_json(analysis, model_version=engine.classifier.version)


def to_json(a: Analysis, model_version: str) -> dict[str, Any]:
    d = a.decision
    return {
        "message_id": a.message.message_id,
        "from": a.message.from_addr,
        "subject": mask_text(a.message.subject),
        "language": a.message.language,
        "category": d.category,
        "confidence": round(d.confidence, 4),
        "abstained": d.abstained,
        "priority": d.priority,
        "details": {name: vals[0].display for name, vals in d.details.found.items() if vals},
        "invalid": {
            name: {"value": vals[0].display, "problem": vals[0].problem}
            for name, vals in d.details.invalid.items()
            if vals
        },
        "sensitive": list(a.details.sensitive),
        "missing": list(d.missing),
        "action": d.action,
        "skip_reason": d.skip_reason,
        "reply": (
            None
            if a.reply is None
            else {"subject": a.reply.subject, "body": a.reply.body, "language": a.reply.language}
        ),
        "defects": list(a.message.defects),
        "model_version": model_version,
    }
