"""A safe, fast file format for the classifier's fitted pipeline: numpy arrays only.

Why not skops alone: importing skops walks every scikit-learn module to build its list of
trusted types, which costs seconds to tens of seconds at every start of `triage`. Our pipeline
is TF-IDF vectorizers feeding a linear model, so its fitted state is a few arrays and
parameters. They are stored in one ``.npz`` read with ``allow_pickle=False``: loading runs no
code from the file. Pipelines of other shapes are refused here (the caller falls back on skops).
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

FORMAT = "triage-linear-tfidf/1"
_DTYPES = {"float32": np.float32, "float64": np.float64}
_LINEAR: dict[str, type[LogisticRegression] | type[LinearSVC]] = {
    "LogisticRegression": LogisticRegression,
    "LinearSVC": LinearSVC,
}


class UnsupportedPipeline(Exception):
    """The pipeline is not TF-IDF features + a linear model; use another format."""


def supports(pipeline: object) -> bool:
    try:
        _parts(pipeline)
    except UnsupportedPipeline:
        return False
    return True


def _parts(pipeline: object) -> tuple[list[tuple[str, TfidfVectorizer]], Any]:
    if not isinstance(pipeline, Pipeline) or [n for n, _ in pipeline.steps] != ["features", "clf"]:
        raise UnsupportedPipeline("expected Pipeline([features, clf])")
    features, clf = pipeline.steps[0][1], pipeline.steps[1][1]
    if not isinstance(features, FeatureUnion):
        raise UnsupportedPipeline("features must be a FeatureUnion")
    vectorizers = []
    for name, vec in features.transformer_list:
        if type(vec) is not TfidfVectorizer or vec.tokenizer or vec.preprocessor:
            raise UnsupportedPipeline(f"{name}: only plain TfidfVectorizer is supported")
        vectorizers.append((str(name), vec))
    if type(clf).__name__ not in _LINEAR or type(clf) is not _LINEAR[type(clf).__name__]:
        raise UnsupportedPipeline(f"clf: {type(clf).__name__} is not supported")
    if features.transformer_weights:
        raise UnsupportedPipeline("transformer weights are not supported")
    return vectorizers, clf


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        if key == "dtype":
            out[key] = np.dtype(value).name
        elif isinstance(value, tuple):
            out[key] = list(value)
        elif value is None or isinstance(value, str | int | float | bool):
            out[key] = value
        else:
            raise UnsupportedPipeline(f"parameter {key}={value!r} cannot be stored")
    return out


def dumps(pipeline: Pipeline) -> bytes:
    """The fitted pipeline as .npz bytes (raises UnsupportedPipeline)."""
    vectorizers, clf = _parts(pipeline)
    meta: dict[str, Any] = {"format": FORMAT, "vectorizers": [], "clf": {}}
    arrays: dict[str, np.ndarray[Any, Any]] = {}
    for i, (name, vec) in enumerate(vectorizers):
        params = _jsonable(vec.get_params())
        terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
        meta["vectorizers"].append({"name": name, "params": params})
        arrays[f"v{i}_terms"] = np.array(terms, dtype=np.str_)
        arrays[f"v{i}_idf"] = np.asarray(vec.idf_)
    meta["clf"] = {"type": type(clf).__name__, "params": _jsonable(clf.get_params())}
    arrays["clf_coef"] = np.asarray(clf.coef_)
    arrays["clf_intercept"] = np.asarray(clf.intercept_)
    arrays["clf_classes"] = np.array([str(c) for c in clf.classes_], dtype=np.str_)
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)  # type: ignore[arg-type]
    return buf.getvalue()


def loads(blob: bytes) -> Pipeline:
    """Rebuild the fitted pipeline from ``dumps`` output; ValueError when it is not one."""
    try:
        with np.load(io.BytesIO(blob), allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
        meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
    except (OSError, EOFError, KeyError, ValueError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
        raise ValueError(f"not a {FORMAT} file: {exc}") from exc
    if meta.get("format") != FORMAT:
        raise ValueError(f"unknown format {meta.get('format')!r}")
    parts = []
    for i, spec in enumerate(meta["vectorizers"]):
        params = dict(spec["params"])
        params["dtype"] = _DTYPES[params["dtype"]]
        params["ngram_range"] = tuple(params["ngram_range"])
        vec = TfidfVectorizer(**params)
        terms = arrays[f"v{i}_terms"].tolist()
        vec.vocabulary_ = {t: j for j, t in enumerate(terms)}
        vec.fixed_vocabulary_ = False
        vec.idf_ = arrays[f"v{i}_idf"]
        parts.append((spec["name"], vec))
    cls = _LINEAR[meta["clf"]["type"]]
    clf_params = {
        k: tuple(v) if isinstance(v, list) else v for k, v in meta["clf"]["params"].items()
    }
    clf = cls(**clf_params)
    clf.coef_ = arrays["clf_coef"]
    clf.intercept_ = arrays["clf_intercept"]
    clf.classes_ = np.array(arrays["clf_classes"].tolist(), dtype=object)
    clf.n_features_in_ = int(clf.coef_.shape[1])
    return Pipeline([("features", FeatureUnion(parts)), ("clf", clf)])
