"""The issue taxonomy: categories, the details each needs, and what marks a mail urgent."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from triage.details import DETAIL_NAMES, Details

FINAL_ACTIONS = ("send_faq", "acknowledge")


class TaxonomyError(Exception):
    """A problem in the taxonomy file, naming the file and the key."""


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    # Every group must be satisfied; a group is satisfied by any one of its alternatives; an
    # alternative is a tuple of detail names that must all be present.
    required: tuple[tuple[tuple[str, ...], ...], ...]
    action: str  # what the reply does once nothing is missing: send_faq | acknowledge


@dataclass(frozen=True)
class Taxonomy:
    categories: Mapping[str, Category]
    detail_labels: Mapping[str, str]
    urgent_phrases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.categories)

    def missing(self, category: str, details: Details) -> tuple[str, ...]:
        """Detail names to ask for: for each unmet group, its first (cheapest) alternative."""
        cat = self.categories.get(category)
        if cat is None:
            return ()
        wanted: list[str] = []
        for group in cat.required:
            if any(all(details.has(n) for n in alt) for alt in group):
                continue
            # Ask for the alternative closest to complete, so a customer who gave the amount
            # is asked only for the date rather than for a transaction id.
            best = min(
                group,
                key=lambda alt: (
                    sum(not details.has(n) for n in alt),
                    -sum(details.has(n) for n in alt),
                    len(alt),
                ),
            )
            wanted.extend(n for n in best if not details.has(n) and n not in wanted)
        return tuple(wanted)

    def is_urgent(self, text: str) -> bool:
        lowered = text.lower()
        return any(p in lowered for p in self.urgent_phrases)


def _fail(file: Path, key: str, problem: str) -> TaxonomyError:
    return TaxonomyError(f"{file}: {key}: {problem}")


def parse_taxonomy(data: Mapping[str, object], file: Path) -> Taxonomy:
    """Validate a decoded taxonomy table."""
    labels = data.get("details", {})
    if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
        raise _fail(file, "[details]", "expected a table of detail name = label")
    for name in labels:
        if name not in DETAIL_NAMES:
            raise _fail(
                file, f"[details] {name}", f"unknown detail; known: {', '.join(DETAIL_NAMES)}"
            )
    cats_raw = data.get("categories", {})
    if not isinstance(cats_raw, dict) or not cats_raw:
        raise _fail(file, "[categories]", "at least one category is required")
    categories: dict[str, Category] = {}
    for name, body in cats_raw.items():
        key = f"[categories.{name}]"
        if not isinstance(body, dict):
            raise _fail(file, key, "expected a table")
        groups = body.get("required", [])
        if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
            raise _fail(file, f"{key} required", "expected a list of lists of detail names")
        required: list[tuple[tuple[str, ...], ...]] = []
        for group in groups:
            alts: list[tuple[str, ...]] = []
            for alt in group:
                if not isinstance(alt, str):
                    raise _fail(file, f"{key} required", f"expected a string, got {alt!r}")
                parts = tuple(p.strip() for p in alt.split("+"))
                for p in parts:
                    if p not in labels:
                        raise _fail(file, f"{key} required", f"unknown detail {p!r}")
                alts.append(parts)
            if not alts:
                raise _fail(file, f"{key} required", "empty group")
            required.append(tuple(alts))
        action = body.get("action", "acknowledge")
        if action not in FINAL_ACTIONS:
            raise _fail(file, f"{key} action", f"expected one of {', '.join(FINAL_ACTIONS)}")
        categories[name] = Category(
            name=name,
            description=str(body.get("description", "")),
            required=tuple(required),
            action=str(action),
        )
    urgent = data.get("urgent", {})
    phrases = urgent.get("phrases", []) if isinstance(urgent, dict) else None
    if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
        raise _fail(file, "[urgent] phrases", "expected a list of strings")
    return Taxonomy(
        categories=categories,
        detail_labels=dict(labels),
        urgent_phrases=tuple(p.lower() for p in phrases),
    )


def load_taxonomy(path: Path) -> Taxonomy:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TaxonomyError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"{path}: not valid TOML: {exc}") from None
    return parse_taxonomy(data, path)


def check_labels(taxonomy: Taxonomy, labels: Sequence[str]) -> list[str]:
    """Problems when a model's labels and the taxonomy disagree."""
    problems = []
    extra = sorted(set(labels) - set(taxonomy.names))
    absent = sorted(set(taxonomy.names) - set(labels))
    if extra:
        problems.append(f"model predicts categories the taxonomy lacks: {', '.join(extra)}")
    if absent:
        problems.append(f"taxonomy categories the model never predicts: {', '.join(absent)}")
    return problems
