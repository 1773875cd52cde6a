"""Issue-type classifier: train, evaluate, predict, save, load."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Prediction:
    category: str
    confidence: float  # probability of ``category``, 0..1
    abstained: bool  # confidence below the model's threshold: humans only
