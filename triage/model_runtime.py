"""The classifier as the daemon uses it: a loaded artifact with its version and threshold."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from triage.classifier import ModelArtifact, ModelLoadError, Prediction, load, predict

log = logging.getLogger(__name__)

CURRENT_FILE = "CURRENT"


def resolve_model_dir(model_dir: Path) -> Path:
    """A model folder, or a registry folder whose CURRENT file names the promoted model."""
    pointer = model_dir / CURRENT_FILE
    if pointer.is_file():
        name = pointer.read_text(encoding="utf-8").strip()
        if not name or "/" in name or name.startswith("."):
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
