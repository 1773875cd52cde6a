from __future__ import annotations

import io
import zipfile

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from triage import classifier, model_codec
from triage.classifier import Example, TrainParams

TEXTS = {
    "card_issue": ["my card is lost", "card stolen block it", "卡丢了", "card not working"],
    "login_access": ["forgot password", "cannot log in", "忘记密码", "account locked login"],
    "feedback": ["great app thanks", "please add dark mode", "很喜欢这个应用", "nice design"],
}
EXAMPLES = [Example(t, label, "test") for label, ts in TEXTS.items() for t in ts for _ in range(3)]
PROBE = ["I lost my card", "密码忘了", "love it", "", "完全无关的句子 with mixed words 123"]


@pytest.mark.parametrize("model", ["logreg", "linear_svc"])
def test_round_trip_gives_identical_scores(model: str) -> None:
    params = TrainParams(model=model, char_min_df=1)  # type: ignore[arg-type]
    pipeline = classifier.train(EXAMPLES, params).pipeline
    rebuilt = model_codec.loads(model_codec.dumps(pipeline))
    assert list(rebuilt.classes_) == list(pipeline.classes_)
    np.testing.assert_array_equal(
        rebuilt.decision_function(PROBE), pipeline.decision_function(PROBE)
    )


def test_other_pipelines_are_refused() -> None:
    other = Pipeline([("features", CountVectorizer()), ("clf", LogisticRegression())])
    assert not model_codec.supports(other)
    with pytest.raises(model_codec.UnsupportedPipeline):
        model_codec.dumps(other)


@pytest.mark.parametrize("blob", [b"", b"garbage", b"PK\x03\x04broken"])
def test_garbage_is_a_value_error(blob: bytes) -> None:
    with pytest.raises(ValueError):
        model_codec.loads(blob)


def test_pickled_objects_are_never_loaded() -> None:
    """An .npz holding an object array (which would need pickle) is rejected, not executed."""
    buf = io.BytesIO()
    np.savez(buf, meta=np.array([{"evil": 1}], dtype=object))
    with pytest.raises(ValueError):
        model_codec.loads(buf.getvalue())
    assert zipfile.is_zipfile(io.BytesIO(buf.getvalue()))
