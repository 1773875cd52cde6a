"""Evaluation output: the terminal summary, and report.md with a confusion-matrix and a
precision-coverage PNG (matplotlib, Agg backend, imported only when a report is written)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from triage.classifier import EvalReport, Example, ModelArtifact, predict_proba

CONFUSION_PNG = "confusion_matrix.png"
CURVE_PNG = "precision_coverage.png"
REPORT_MD = "report.md"


@dataclass(frozen=True)
class Scored:
    """Held-out probabilities of one model on labelled examples (rows follow ``examples``)."""

    labels: tuple[str, ...]
    probs: npt.NDArray[np.float64]
    y: npt.NDArray[np.int64]

    @property
    def predicted(self) -> npt.NDArray[np.int64]:
        return np.asarray(self.probs.argmax(axis=1), dtype=np.int64)


def score(artifact: ModelArtifact, examples: Sequence[Example]) -> Scored:
    """Probabilities of ``artifact`` on ``examples``; labels unknown to it are a ValueError."""
    index = {label: i for i, label in enumerate(artifact.labels)}
    unknown = sorted({ex.label for ex in examples} - index.keys())
    if unknown:
        raise ValueError(f"labels unknown to the model: {unknown}")
    probs = predict_proba(artifact, [ex.text for ex in examples])
    y = np.array([index[ex.label] for ex in examples], dtype=np.int64)
    return Scored(artifact.labels, probs, y)


def confusion_matrix(scored: Scored) -> npt.NDArray[np.int64]:
    """Counts: rows are true labels, columns predicted labels, in ``scored.labels`` order."""
    k = len(scored.labels)
    matrix = np.zeros((k, k), dtype=np.int64)
    np.add.at(matrix, (scored.y, scored.predicted), 1)
    return matrix


def precision_coverage(
    scored: Scored,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """(coverage, precision, threshold) for every cut of the confidence, highest first."""
    n = len(scored.y)
    if n == 0:
        empty = np.zeros(0, dtype=np.float64)
        return empty, empty, empty
    confidence = scored.probs.max(axis=1)
    correct = scored.predicted == scored.y
    order = np.argsort(-confidence, kind="stable")
    answered = np.arange(1, n + 1, dtype=np.float64)
    precision = np.cumsum(correct[order]) / answered
    return answered / n, np.asarray(precision, dtype=np.float64), confidence[order]


def format_report(report: EvalReport, title: str) -> str:
    """The evaluation as plain text for the terminal."""
    lines = [
        title,
        f"examples:               {report.n}",
        f"accuracy:               {report.accuracy:.4f}",
        f"macro-F1:               {report.macro_f1:.4f}",
        f"threshold:              {report.threshold:.4f}",
        f"coverage at threshold:  {report.coverage:.4f}",
        f"precision at threshold: {report.precision_at_threshold:.4f}",
        "",
        f"{'class':<20} {'precision':>9} {'recall':>7} {'F1':>7} {'support':>8}",
    ]
    for label, m in report.per_class.items():
        lines.append(
            f"{label:<20} {m.precision:>9.3f} {m.recall:>7.3f} {m.f1:>7.3f} {m.support:>8d}"
        )
    lines.append("")
    if report.top_confusions:
        lines.append("top confusions (true -> predicted: count)")
        lines += [f"  {c.true_label} -> {c.predicted}: {c.count}" for c in report.top_confusions]
    else:
        lines.append("no confusions")
    return "\n".join(lines)


def write_report(
    folder: Path,
    report: EvalReport,
    scored: Scored,
    model_name: str,
    data_names: Sequence[str],
) -> Path:
    """Write report.md and its two PNGs into ``folder``; returns the report.md path."""
    folder.mkdir(parents=True, exist_ok=True)
    _plot_confusion(folder / CONFUSION_PNG, scored, model_name)
    _plot_curve(folder / CURVE_PNG, scored, report.threshold, model_name)
    per_class = "\n".join(
        f"| {label} | {m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} | {m.support} |"
        for label, m in report.per_class.items()
    )
    confusions = (
        "\n".join(f"| {c.true_label} | {c.predicted} | {c.count} |" for c in report.top_confusions)
        or "| - | - | 0 |"
    )
    text = f"""# Evaluation of {model_name}

Data: {", ".join(data_names) or "-"} ({report.n} examples)

| metric | value |
|---|---|
| accuracy | {report.accuracy:.4f} |
| macro-F1 | {report.macro_f1:.4f} |
| threshold | {report.threshold:.4f} |
| coverage at threshold | {report.coverage:.4f} |
| precision at threshold | {report.precision_at_threshold:.4f} |

Coverage is the share of mails the model answers (confidence at or above the threshold); the
rest go to agents unclassified. Precision at threshold is the accuracy on the answered share.

## Per class

| class | precision | recall | F1 | support |
|---|---|---|---|---|
{per_class}

## Top confusions

| true | predicted | count |
|---|---|---|
{confusions}

## Confusion matrix

![confusion matrix]({CONFUSION_PNG})

## Precision against coverage

Each point is one confidence cut; the marker is the model's threshold.

![precision-coverage curve]({CURVE_PNG})
"""
    path = folder / REPORT_MD
    path.write_text(text, encoding="utf-8")
    return path


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")  # no display on servers; must precede the pyplot import
    import matplotlib.pyplot as plt

    return plt


def _plot_confusion(path: Path, scored: Scored, title: str) -> None:
    plt = _pyplot()
    matrix = confusion_matrix(scored)
    k = len(scored.labels)
    size = max(4.0, 0.6 * k + 2.0)
    fig, ax = plt.subplots(figsize=(size + 1.0, size))
    try:
        image = ax.imshow(matrix, cmap="Blues")
        fig.colorbar(image, ax=ax)
        ax.set_xticks(range(k), labels=scored.labels, rotation=45, ha="right")
        ax.set_yticks(range(k), labels=scored.labels)
        ax.set_xlabel("predicted")
        ax.set_ylabel("true")
        ax.set_title(f"confusion matrix: {title}")
        high = matrix.max() if matrix.size else 0
        for i in range(k):
            for j in range(k):
                if matrix[i, j]:
                    color = "white" if matrix[i, j] > high / 2 else "black"
                    ax.text(j, i, str(matrix[i, j]), ha="center", va="center", color=color)
        fig.tight_layout()
        fig.savefig(path, dpi=100)
    finally:
        plt.close(fig)


def _plot_curve(path: Path, scored: Scored, threshold: float, title: str) -> None:
    plt = _pyplot()
    coverage, precision, cuts = precision_coverage(scored)
    fig, ax = plt.subplots(figsize=(6, 4.5))
    try:
        ax.plot(coverage, precision, label="precision of the answered share")
        if len(cuts):
            at = int(np.sum(cuts >= threshold))
            if at:
                ax.plot([coverage[at - 1]], [precision[at - 1]], "o", color="red",
                        label=f"threshold {threshold:.3f}")  # fmt: skip
        ax.set_xlabel("coverage (share answered)")
        ax.set_ylabel("precision")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.02)
        ax.grid(True, alpha=0.3)
        ax.legend(loc="lower left")
        ax.set_title(f"precision vs coverage: {title}")
        fig.tight_layout()
        fig.savefig(path, dpi=100)
    finally:
        plt.close(fig)
