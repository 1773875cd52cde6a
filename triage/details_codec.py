"""Details as JSON (for the store) and merging the details of several mails of one ticket."""

from __future__ import annotations

import json
from collections.abc import Mapping

from triage.details import Details, DetailValue


def _group(values: Mapping[str, tuple[DetailValue, ...]]) -> dict[str, list[dict[str, object]]]:
    return {
        name: [
            {"value": v.value, "display": v.display, "valid": v.valid, "problem": v.problem}
            for v in vals
        ]
        for name, vals in values.items()
        if vals
    }


def details_to_json(details: Details) -> str:
    """Serialise; callers must have masked sensitive values already (extraction does)."""
    return json.dumps(
        {
            "found": _group(details.found),
            "invalid": _group(details.invalid),
            "sensitive": list(details.sensitive),
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def _ungroup(data: object) -> dict[str, tuple[DetailValue, ...]]:
    out: dict[str, tuple[DetailValue, ...]] = {}
    if not isinstance(data, dict):
        return out
    for name, vals in data.items():
        out[str(name)] = tuple(
            DetailValue(
                name=str(name),
                value=str(v.get("value", "")),
                display=str(v.get("display", "")),
                valid=bool(v.get("valid", True)),
                problem=str(v.get("problem", "")),
            )
            for v in vals
            if isinstance(v, dict)
        )
    return out


def details_from_json(text: str | None) -> Details:
    if not text:
        return Details()
    data = json.loads(text)
    return Details(
        found=_ungroup(data.get("found")),
        invalid=_ungroup(data.get("invalid")),
        sensitive=tuple(str(s) for s in data.get("sensitive", [])),
    )


def merge_details(old: Details, new: Details) -> Details:
    """The ticket's details after a new mail: new valid values first, old ones kept.

    A detail that was invalid before and is now found valid stops being invalid, so the customer
    is not told again that their IBAN looks wrong after they corrected it.
    """
    found: dict[str, tuple[DetailValue, ...]] = {}
    for name in {*old.found, *new.found}:
        seen: dict[str, DetailValue] = {}
        for v in (*new.found.get(name, ()), *old.found.get(name, ())):
            seen.setdefault(v.value, v)
        found[name] = tuple(seen.values())
    invalid = {
        name: vals
        for name, vals in {**old.invalid, **new.invalid}.items()
        if vals and not found.get(name)
    }
    sensitive = tuple(dict.fromkeys((*old.sensitive, *new.sensitive)))
    return Details(found=found, invalid=invalid, sensitive=sensitive)
