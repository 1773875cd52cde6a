"""Per-detail precision and recall of ``extract_details`` on a labelled corpus.

Usage: ``python bench/details.py --corpus tests/data/details_corpus.jsonl [--show-errors]``.
A found value is correct when it equals a label (labels are already normalised). Prints one
Markdown table per corpus part (all, hand-written, each held-out set, generated). For the
mails whose secrets are labelled as written (``secrets``), a line on the masking the queue and
the logs apply to the whole text (``mask_secrets``): how many of those strings stay readable, and
how many mails without any secret the masking still changed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from triage.details import DETAIL_NAMES, ExtractOptions, extract_details
from triage.masking import mask_secrets

ROWS = (*DETAIL_NAMES, "os_version", "invalid", "sensitive")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, ident: str, found: set[str], expected: set[str]) -> None:
        self.tp += len(found & expected)
        self.fp += len(found - expected)
        self.fn += len(expected - found)
        for value in sorted(found - expected):
            self.errors.append(f"{ident}: extra {value!r}")
        for value in sorted(expected - found):
            self.errors.append(f"{ident}: missed {value!r}")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _options(raw: dict[str, Any]) -> ExtractOptions:
    return ExtractOptions(**{k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()})


def evaluate(rows: Sequence[dict[str, Any]]) -> tuple[dict[str, Tally], float]:
    """Tallies per detail row and the mean extraction time in milliseconds."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    elapsed = 0.0
    for row in rows:
        start = time.perf_counter()
        details = extract_details(
            row["text"],
            sent_at=datetime.fromisoformat(row["sent_at"]),
            options=_options(row.get("options", {})),
        )
        elapsed += time.perf_counter() - start
        expected = row.get("expected", {})
        for name in (*DETAIL_NAMES, "os_version"):
            found = {v.value for v in details.found.get(name, ())}
            tallies[name].add(row["id"], found, set(expected.get(name, [])))
        found_invalid = {
            f"{v.name}:{v.value}:{v.problem}" for vs in details.invalid.values() for v in vs
        }
        expected_invalid = {
            f"{name}:{value}:{problem}"
            for name, pairs in row.get("invalid", {}).items()
            for value, problem in pairs
        }
        tallies["invalid"].add(row["id"], found_invalid, expected_invalid)
        tallies["sensitive"].add(row["id"], set(details.sensitive), set(row.get("sensitive", [])))
    return tallies, 1000 * elapsed / max(1, len(rows))


@dataclass
class Masking:
    secrets: int = 0  # labelled secret strings
    leaked: list[str] = field(default_factory=list)  # "id: string" still readable after masking
    clean: int = 0  # mails labelled with no secret at all
    changed: list[str] = field(default_factory=list)  # ids of those the masking changed anyway

    def line(self) -> str:
        kept = self.secrets - len(self.leaked)
        share = kept / self.secrets if self.secrets else 1.0
        return (
            f"Masking (whole text): {kept} of {self.secrets} labelled secret strings masked"
            f" ({share:.3f}); {len(self.changed)} of {self.clean} mails without a secret changed"
        )


def masking(rows: Sequence[dict[str, Any]]) -> Masking | None:
    """How ``mask_secrets`` does on the rows that label their secrets as written, if any."""
    labelled = [r for r in rows if "secrets" in r]
    if not labelled:
        return None
    out = Masking()
    for row in labelled:
        masked = mask_secrets(row["text"])
        if row["secrets"]:
            out.secrets += len(row["secrets"])
            out.leaked += [f"{row['id']}: {v!r}" for v in row["secrets"] if v in masked]
        elif not row.get("sensitive"):
            out.clean += 1
            if masked != row["text"]:
                out.changed.append(row["id"])
    return out


def table(title: str, tallies: dict[str, Tally], count: int, ms: float) -> str:
    lines = [
        f"**{title}** ({count} mails, {ms:.2f} ms per mail)",
        "",
        "| detail | labelled | found | correct | precision | recall |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in ROWS:
        t = tallies[name]
        lines.append(
            f"| {name} | {t.tp + t.fn} | {t.tp + t.fp} | {t.tp} "
            f"| {t.precision:.3f} | {t.recall:.3f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="tests/data/details_corpus.jsonl")
    parser.add_argument("--show-errors", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.corpus).read_text("utf-8").splitlines() if line]
    parts = [
        ("All mails", rows),
        ("Hand-written, development", [r for r in rows if r.get("source") == "hand"]),
        ("Hand-written, held out", [r for r in rows if r.get("source") == "holdout"]),
        ("Hand-written, held out 2", [r for r in rows if r.get("source") == "hand_heldout_2"]),
        ("Hand-written, held out 3", [r for r in rows if r.get("source") == "hand_heldout_3"]),
        ("Hand-written, held out 4", [r for r in rows if r.get("source") == "hand_heldout_4"]),
        ("Hand-written, held out 5", [r for r in rows if r.get("source") == "hand_heldout_5"]),
        ("Hand-written, held out 6", [r for r in rows if r.get("source") == "hand_heldout_6"]),
        ("Hand-written, held out 7", [r for r in rows if r.get("source") == "hand_heldout_7"]),
        ("Hand-written, held out 8", [r for r in rows if r.get("source") == "hand_heldout_8"]),
        ("Hand-written, held out 9", [r for r in rows if r.get("source") == "hand_heldout_9"]),
        ("Hand-written, held out 10", [r for r in rows if r.get("source") == "hand_heldout_10"]),
        ("Generated", [r for r in rows if r.get("source") == "generated"]),
    ]
    for title, subset in parts:
        if not subset:
            continue
        tallies, ms = evaluate(subset)
        print(table(title, tallies, len(subset), ms))
        print()
        masked = masking(subset)
        if masked is not None:
            print(masked.line())
            print()
        if args.show_errors and title not in ("Generated", "All mails"):
            for name in ROWS:
                for error in tallies[name].errors:
                    print(f"- {name} {error}")
            if masked is not None:
                for leak in masked.leaked:
                    print(f"- masking leaked {leak}")
                for ident in masked.changed:
                    print(f"- masking changed {ident} (no secret labelled)")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
