"""The model registry: versioned model folders, an atomic CURRENT pointer, a promotion gate
and a JSONL history of every promotion and rollback.

Layout of a registry folder (``[classifier] model_dir`` points at it, so the daemon serves
whatever CURRENT names)::

    models/registry/
        CURRENT                      one line: the folder name of the served model
        history.jsonl                one JSON object per promote / rollback
        20261120-101500-ab12cd34/    model.npz (or model.skops) + model_card.json
        ...
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import shutil
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from triage.classifier import (
    CARD_FILE,
    EvalReport,
    Example,
    ModelArtifact,
    ModelLoadError,
    evaluate,
    load,
    with_threshold,
)
from triage.model_runtime import CURRENT_FILE

log = logging.getLogger(__name__)

HISTORY_FILE = "history.jsonl"
LOCK_FILE = ".lock"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class RegistryError(Exception):
    """The registry cannot do what was asked (not a registry, unknown version, no history)."""


# --- the gate (pure) --------------------------------------------------------------------------


@dataclass(frozen=True)
class Gate:
    """When a candidate may replace the current model, both measured on the same data."""

    target_precision: float = 0.97
    max_f1_drop: float = 0.005  # candidate macro-F1 may be at most this much lower
    max_coverage_drop: float = 0.05  # ... and answer at most this much smaller a share


@dataclass(frozen=True)
class GateResult:
    passed: bool
    checks: tuple[str, ...]  # one line per criterion, with the numbers and ok/FAIL


def check_gate(candidate: EvalReport, current: EvalReport | None, gate: Gate) -> GateResult:
    """Is ``candidate`` not worse than ``current`` by the gate? No current model: it passes
    when its precision at the threshold reaches the target."""
    checks: list[str] = []
    ok = True

    def line(passed: bool, text: str) -> None:
        nonlocal ok
        ok = ok and passed
        checks.append(f"{'ok  ' if passed else 'FAIL'} {text}")

    # Precision floor: the target; if the current model itself is below the target on this
    # data, the floor is the current model's precision (never worse than what is served).
    floor = gate.target_precision
    if current is not None:
        floor = min(floor, current.precision_at_threshold)
    line(
        candidate.precision_at_threshold >= floor,
        f"precision at threshold {candidate.precision_at_threshold:.4f} >= {floor:.4f}"
        + (f" (current {current.precision_at_threshold:.4f})" if current is not None else "")
        + f" [target {gate.target_precision:.2f}]",
    )
    if current is not None:
        f1_floor = round(current.macro_f1 - gate.max_f1_drop, 6)
        line(
            candidate.macro_f1 >= f1_floor,
            f"macro-F1 {candidate.macro_f1:.4f} >= {f1_floor:.4f} "
            f"(current {current.macro_f1:.4f} - {gate.max_f1_drop})",
        )
        cov_floor = round(current.coverage - gate.max_coverage_drop, 6)
        line(
            candidate.coverage >= cov_floor,
            f"coverage {candidate.coverage:.4f} >= {cov_floor:.4f} "
            f"(current {current.coverage:.4f} - {gate.max_coverage_drop})",
        )
    return GateResult(passed=ok, checks=tuple(checks))


def report_summary(report: EvalReport) -> dict[str, float]:
    """The numbers the gate and the history use."""
    return {
        "n": report.n,
        "accuracy": report.accuracy,
        "macro_f1": report.macro_f1,
        "threshold": report.threshold,
        "coverage": report.coverage,
        "precision_at_threshold": report.precision_at_threshold,
    }


# --- the registry folder ----------------------------------------------------------------------


@dataclass(frozen=True)
class RegistryEntry:
    """One model folder of the registry, with its card (None when unreadable)."""

    name: str
    path: Path
    card: Mapping[str, Any] | None
    current: bool
    problem: str = ""


def safe_name(version: str) -> str:
    """A folder name for a model version that CURRENT may name (no '/', no leading dot)."""
    name = _UNSAFE.sub("_", version).strip("._-")
    return name or "model"


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so a reader sees the old or the new content, never a mix."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable across a power cut (POSIX; best effort elsewhere).
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class Registry:
    """A folder of model versions with CURRENT and history.jsonl; see the module docstring."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def check(self, create: bool = False) -> None:
        """Raise RegistryError unless ``root`` is (or, with ``create``, may become) a registry."""
        if not self.root.exists():
            if not create:
                raise RegistryError(f"{self.root}: no such registry folder")
            self.root.mkdir(parents=True)
        if not self.root.is_dir():
            raise RegistryError(f"{self.root}: not a folder")
        if (self.root / CARD_FILE).exists() and not (self.root / CURRENT_FILE).exists():
            raise RegistryError(
                f"{self.root}: holds a single model, not a registry; point "
                "[classifier] registry_dir (or model_dir) at a registry folder such as "
                "models/registry and promote this model into it"
            )

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """One promote/rollback at a time (an advisory lock file in the registry)."""
        self.check(create=True)
        with open(self.root / LOCK_FILE, "a+", encoding="utf-8") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def current_name(self) -> str | None:
        pointer = self.root / CURRENT_FILE
        if not pointer.is_file():
            return None
        name = pointer.read_text(encoding="utf-8").strip()
        return name or None

    def path_of(self, name: str) -> Path:
        if safe_name(name) != name:
            raise RegistryError(f"{name!r}: not a registry version name")
        return self.root / name

    def entries(self) -> list[RegistryEntry]:
        """Every model folder, oldest first (by the card's creation time, then name)."""
        if not self.root.is_dir():
            return []
        current = self.current_name()
        out = []
        for path in sorted(p for p in self.root.iterdir() if p.is_dir()):
            if path.name.startswith("."):
                continue
            card: Mapping[str, Any] | None = None
            problem = ""
            try:
                raw = json.loads((path / CARD_FILE).read_text(encoding="utf-8"))
                card = raw if isinstance(raw, dict) else None
                problem = "" if card is not None else "model card is not an object"
            except (OSError, ValueError) as exc:
                problem = f"unreadable model card: {exc}"
            out.append(RegistryEntry(path.name, path, card, path.name == current, problem))
        out.sort(key=lambda e: (str((e.card or {}).get("created", "")), e.name))
        return out

    def history(self) -> list[dict[str, Any]]:
        path = self.root / HISTORY_FILE
        if not path.is_file():
            return []
        out = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                log.warning("%s:%d: not JSON, skipped", path, number)
                continue
            if isinstance(record, dict):
                out.append(record)
        return out

    def append_history(self, record: Mapping[str, Any]) -> None:
        path = self.root / HISTORY_FILE
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def set_current(self, name: str) -> None:
        """Point CURRENT at ``name`` atomically (temp file + rename)."""
        if not (self.path_of(name) / CARD_FILE).is_file():
            raise RegistryError(f"{self.root / name}: not a model folder of this registry")
        write_atomic(self.root / CURRENT_FILE, name + "\n")

    def add(self, source: Path, version: str, artifact_sha256: str) -> str:
        """Copy model folder ``source`` in under its version; returns the folder name.

        The copy is made under a temporary name and renamed, so a half-copied model is never
        visible. The same model added twice is kept once.
        """
        base = safe_name(version)
        name, n = base, 1
        while (self.root / name).exists():
            if _artifact_sha(self.root / name) == artifact_sha256:
                return name
            n += 1
            name = f"{base}-{n}"
        tmp = self.root / f".incoming-{name}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            shutil.copytree(source, tmp)
            os.rename(tmp, self.root / name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _fsync_dir(self.root)
        return name

    def rollback_target(self) -> str | None:
        """The version that was current before the current one was promoted, or None."""
        current = self.current_name()
        for record in reversed(self.history()):
            if record.get("action") == "promote" and record.get("to") == current:
                previous = record.get("from")
                return str(previous) if previous else None
        return None


def _artifact_sha(folder: Path) -> str | None:
    try:
        raw = json.loads((folder / CARD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    sha = raw.get("artifact_sha256") if isinstance(raw, dict) else None
    return str(sha) if sha else None


# --- promote and rollback ---------------------------------------------------------------------


@dataclass(frozen=True)
class PromoteOutcome:
    """What ``promote`` did and why; ``promoted`` False means CURRENT was not touched."""

    promoted: bool
    message: str
    version: str | None = None  # the candidate's folder name in the registry
    previous: str | None = None
    candidate: EvalReport | None = None
    current: EvalReport | None = None
    gate: GateResult | None = None
    notes: tuple[str, ...] = field(default=())


def _serving(artifact: ModelArtifact, threshold: float) -> ModelArtifact:
    # The config's threshold overrides every card's when set; gate what will be served.
    return with_threshold(artifact, threshold) if threshold > 0 else artifact


def promote(
    registry: Registry,
    candidate_dir: Path,
    data: Sequence[Example],
    gate: Gate,
    now: datetime,
    *,
    force: bool = False,
    expected_labels: Sequence[str] | None = None,
    threshold: float = 0.0,
    data_names: Sequence[str] = (),
) -> PromoteOutcome:
    """Copy the candidate into the registry and make it CURRENT if it passes the gate against
    the current model on ``data`` (or ``force``). Never touches CURRENT when refusing."""
    try:
        candidate = load(candidate_dir, expected_labels=expected_labels)
    except ModelLoadError as exc:
        return PromoteOutcome(False, f"refused: the candidate cannot be loaded: {exc}")
    candidate = _serving(candidate, threshold)
    notes: list[str] = []
    with registry.locked():
        previous = registry.current_name()
        current: ModelArtifact | None = None
        if previous is not None:
            try:
                current = _serving(
                    load(registry.path_of(previous), expected_labels=expected_labels), threshold
                )
            except (ModelLoadError, RegistryError) as exc:
                if not force:
                    return PromoteOutcome(
                        False,
                        f"refused: the current model {previous} cannot be loaded, so there is "
                        f"nothing to compare against ({exc}); use --force to replace it",
                        previous=previous,
                    )
                notes.append(f"current model {previous} unreadable: {exc}")
        cand_report = cur_report = None
        result = None
        if data:
            try:
                cand_report = evaluate(candidate, data)
                cur_report = evaluate(current, data) if current is not None else None
            except ValueError as exc:
                return PromoteOutcome(False, f"refused: held-out data: {exc}", previous=previous)
            result = check_gate(cand_report, cur_report, gate)
        elif current is not None and not force:
            return PromoteOutcome(
                False,
                f"refused: no held-out data to compare the candidate with the current model "
                f"{previous}; pass --data HELDOUT (or --force)",
                previous=previous,
            )
        else:
            notes.append("no held-out data: gate not measured")
        if result is not None and not result.passed and not force:
            return PromoteOutcome(
                False,
                "refused: the candidate is worse than the current model by the gate",
                previous=previous,
                candidate=cand_report,
                current=cur_report,
                gate=result,
                notes=tuple(notes),
            )
        sha = str(_artifact_sha(candidate_dir) or "")
        if candidate_dir.resolve().parent == registry.root.resolve():
            name = candidate_dir.name  # already in the registry: re-promoting an old version
        else:
            name = registry.add(candidate_dir, candidate.card.version, sha)
        try:
            load(registry.path_of(name), expected_labels=expected_labels)
        except ModelLoadError as exc:
            return PromoteOutcome(False, f"refused: the copy in the registry is broken: {exc}")
        if name == previous:
            return PromoteOutcome(
                False, f"{name} is already current; nothing changed", version=name,
                previous=previous,
            )  # fmt: skip
        registry.set_current(name)
        if result is not None and not result.passed:
            notes.append("gate failed; promoted because of --force")
        registry.append_history(
            {
                "at": now.isoformat(timespec="seconds"),
                "action": "promote",
                "from": previous,
                "to": name,
                "forced": force,
                "data": list(data_names),
                "metrics": {
                    "candidate": report_summary(cand_report) if cand_report else None,
                    "current": report_summary(cur_report) if cur_report else None,
                },
                "gate": {
                    "passed": result.passed if result else None,
                    "checks": list(result.checks) if result else [],
                    "target_precision": gate.target_precision,
                    "max_f1_drop": gate.max_f1_drop,
                    "max_coverage_drop": gate.max_coverage_drop,
                },
                "notes": notes,
            }
        )
        log.info("promoted %s (was %s)", name, previous)
        return PromoteOutcome(
            True,
            f"promoted {name} (was {previous or 'none'})",
            version=name,
            previous=previous,
            candidate=cand_report,
            current=cur_report,
            gate=result,
            notes=tuple(notes),
        )


def rollback(
    registry: Registry,
    now: datetime,
    to: str | None = None,
    expected_labels: Sequence[str] | None = None,
) -> tuple[str | None, str]:
    """Point CURRENT back one promotion (or at ``to``); returns (from, to). The target must
    load, or nothing changes."""
    registry.check()
    with registry.locked():
        current = registry.current_name()
        target = to if to is not None else registry.rollback_target()
        if target is None:
            raise RegistryError(
                f"{registry.root}: nothing to roll back to from {current or 'no model'} "
                "(no earlier promotion in history.jsonl); name one with --to VERSION"
            )
        if target == current:
            raise RegistryError(f"{target} is already current")
        try:
            load(registry.path_of(target), expected_labels=expected_labels)
        except ModelLoadError as exc:
            raise RegistryError(f"cannot roll back to {target}: {exc}") from exc
        registry.set_current(target)
        registry.append_history(
            {
                "at": now.isoformat(timespec="seconds"),
                "action": "rollback",
                "from": current,
                "to": target,
                "forced": False,
                "metrics": {},
            }
        )
        log.info("rolled back %s -> %s", current, target)
        return current, target
