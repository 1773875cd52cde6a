"""The classifier as the daemon uses it: a loaded artifact with its version and threshold."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from triage.classifier import (
    CARD_FILE,
    ModelArtifact,
    ModelLoadError,
    Prediction,
    artifact_path,
    load,
    predict,
)

log = logging.getLogger(__name__)

CURRENT_FILE = "CURRENT"


def resolve_model_dir(model_dir: Path) -> Path:
    """A model folder, or a registry folder whose CURRENT file names the promoted model."""
    pointer = model_dir / CURRENT_FILE
    if pointer.is_file():
        name = pointer.read_text(encoding="utf-8").strip()
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise ModelLoadError(f"{pointer}: does not name a model folder")
        return model_dir / name
    return model_dir


@dataclass(frozen=True)
class LoadedClassifier:
    artifact: ModelArtifact
    path: Path
    version: str

    @property
    def labels(self) -> tuple[str, ...]:
        return self.artifact.labels

    @property
    def threshold(self) -> float:
        return self.artifact.threshold

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        return predict(self.artifact, texts)


def load_classifier(
    model_dir: Path, threshold: float = 0.0, expected_labels: Sequence[str] | None = None
) -> LoadedClassifier:
    """Load the model the config points at; a threshold > 0 overrides the model card's."""
    path = resolve_model_dir(model_dir)
    artifact = load(path, expected_labels=expected_labels)
    if threshold > 0:
        artifact = replace(artifact, threshold=threshold)
    return LoadedClassifier(artifact=artifact, path=path, version=artifact.card.version)


# --- hot reload ------------------------------------------------------------------------------

# What identifies the files a model was loaded from: the resolved folder and the mtimes of
# CURRENT and of the two model files (an in-place overwrite of a plain model folder counts too).
Signature = tuple[str, int, int, int]


def _mtime_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def model_signature(model_dir: Path) -> Signature:
    """The signature of what ``load_classifier(model_dir)`` would load now."""
    try:
        target = str(resolve_model_dir(model_dir))
    except (ModelLoadError, OSError) as exc:
        target = f"!{exc}"  # unresolvable: still a value, so a later fix shows as a change
    folder = Path(target) if not target.startswith("!") else model_dir
    return (
        target,
        _mtime_ns(model_dir / CURRENT_FILE),
        _mtime_ns(folder / CARD_FILE),
        _mtime_ns(artifact_path(folder)),
    )


class ModelWatcher:
    """Keeps the serving model and reloads it when the registry's CURRENT (or the model
    folder) changes; a model that fails to load is logged and the previous one is kept."""

    def __init__(
        self,
        model_dir: Path,
        threshold: float = 0.0,
        expected_labels: Sequence[str] | None = None,
        initial: LoadedClassifier | None = None,
    ) -> None:
        self.model_dir = Path(model_dir)
        self.threshold = threshold
        self.expected_labels = tuple(expected_labels) if expected_labels is not None else None
        # Taken before loading: a change during the load is then seen by the next changed().
        self._seen = model_signature(self.model_dir)
        self.current = initial if initial is not None else self._load()
        self.last_error: str | None = None
        self._requested = threading.Event()

    def request_reload(self) -> None:
        """Ask for a reload at the next ``reload_if_changed`` (safe in a signal handler)."""
        self._requested.set()

    def _load(self) -> LoadedClassifier:
        return load_classifier(self.model_dir, self.threshold, self.expected_labels)

    def changed(self) -> bool:
        """True when CURRENT's target or the model files differ from the last load attempt."""
        return model_signature(self.model_dir) != self._seen

    def reload(self) -> LoadedClassifier:
        """Load the model now pointed at; on failure log why and keep serving the old one."""
        signature = model_signature(self.model_dir)
        # Remembered even on failure, so a broken promotion is logged once, not every poll.
        self._seen = signature
        try:
            fresh = self._load()
        except (ModelLoadError, OSError) as exc:
            self.last_error = str(exc)
            log.error(
                "model reload failed, keeping %s (%s): %s",
                self.current.version,
                self.current.path,
                exc,
            )
            return self.current
        self.last_error = None
        if fresh.path != self.current.path or fresh.version != self.current.version:
            log.info("model reloaded: %s -> %s (%s)", self.current.version, fresh.version,
                     fresh.path)  # fmt: skip
        else:
            log.info("model reloaded: %s (%s)", fresh.version, fresh.path)
        self.current = fresh
        return fresh

    def reload_if_changed(self) -> LoadedClassifier | None:
        """The freshly loaded model when something changed (or a reload was requested, e.g.
        on SIGHUP) and it loaded; else None. Call it between polls, never mid-mail."""
        requested = self._requested.is_set()
        self._requested.clear()
        if not requested and not self.changed():
            return None
        before = self.current
        after = self.reload()
        return after if after is not before else None
