"""Model commands: train, evaluate, promote, rollback, models, harvest.

``register(sub, add)`` adds them to the main ``triage`` parser; ``main(argv)`` runs them on
their own (``python -m triage.cli_model``).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from triage.classifier import (
    Example,
    ModelArtifact,
    ModelLoadError,
    TrainParams,
    evaluate,
    examples_sha256,
    load,
    params_from_dict,
    save,
    train,
    with_metrics,
)
from triage.config import Config, ConfigError, load_config
from triage.mailbox import MailboxError
from triage.model_runtime import resolve_model_dir
from triage.registry import Gate, Registry, RegistryError, promote, report_summary, rollback
from triage.store import Store, StoreError
from triage.taxonomy import TaxonomyError, load_taxonomy
from triage.training_data import TrainingDataError, load_examples

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
DEFAULT_CONFIG = "config/triage.toml"
IMAP_PREFIX = "imap:"
DEFAULT_FOLDS = 5
DEFAULT_HOLDOUT = 0.2

AddParser = Callable[[str, str], argparse.ArgumentParser]


class CommandError(Exception):
    """A problem with the command's inputs; printed as ``error: ...``, exit 2."""


def progress(message: str) -> None:
    """One progress line on stderr (stdout stays for results)."""
    print(message, file=sys.stderr, flush=True)


def _now() -> datetime:
    return datetime.now(UTC)


# --- settings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetrainSettings:
    """The [classifier] keys the model commands read (defaults until the config has them)."""

    model_dir: Path | None = None
    registry_dir: Path | None = None
    threshold: float = 0.0
    target_precision: float = 0.97
    gate: Gate = field(default_factory=Gate)
    promote_data: tuple[Path, ...] = ()


def retrain_settings(cfg: Config | None) -> RetrainSettings:
    """Settings from the config; keys the config does not (yet) define keep their defaults."""
    if cfg is None:
        return RetrainSettings()
    c = cfg.classifier
    target = float(getattr(c, "target_precision", 0.97))
    gate = Gate(
        target_precision=target,
        max_f1_drop=float(getattr(c, "promote_max_f1_drop", 0.005)),
        max_coverage_drop=float(getattr(c, "promote_max_coverage_drop", 0.05)),
    )
    registry = getattr(c, "registry_dir", None)
    return RetrainSettings(
        model_dir=c.model_dir,
        registry_dir=Path(registry) if registry else c.model_dir,
        threshold=c.threshold,
        target_precision=target,
        gate=gate,
        promote_data=tuple(Path(p) for p in getattr(c, "promote_data", ()) or ()),
    )


def _config(args: argparse.Namespace, required: bool) -> Config | None:
    """The config; a missing default config is fine unless the command needs one."""
    path = Path(getattr(args, "config", DEFAULT_CONFIG))
    if not required and str(path) == DEFAULT_CONFIG and not path.exists():
        return None
    return load_config(path)


def _taxonomy_names(cfg: Config | None) -> tuple[str, ...] | None:
    return load_taxonomy(cfg.taxonomy_path).names if cfg is not None else None


# --- data -------------------------------------------------------------------------------------


def load_data(
    specs: Sequence[str],
    cfg: Config | None,
    categories: Sequence[str] | None,
    mailbox: str | None = None,
) -> list[Example]:
    """Examples from files, .eml folders and ``imap:PATTERN`` folders of the mailbox(es)."""
    out: list[Example] = []
    for spec in specs:
        if spec.startswith(IMAP_PREFIX):
            out.extend(_imap_data(spec[len(IMAP_PREFIX) :], cfg, categories, mailbox))
            continue
        examples = _load_path(Path(spec))
        if not examples:
            raise CommandError(f"{spec}: no examples found")
        progress(f"loaded {spec}: {len(examples)} examples")
        out.extend(examples)
    return out


def _load_path(path: Path) -> list[Example]:
    """A file; a folder of .jsonl/.csv files; or a folder of ``<label>/*.eml`` folders."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in (".jsonl", ".csv"))
        if files:
            return [ex for f in files for ex in load_examples(f)]
    return load_examples(path)


def _imap_data(
    pattern: str, cfg: Config | None, categories: Sequence[str] | None, mailbox: str | None
) -> list[Example]:
    from triage.harvest import imap_examples

    if cfg is None:
        raise CommandError(f"{IMAP_PREFIX}{pattern}: needs a config with the IMAP settings (-c)")
    if not pattern:
        raise CommandError("imap: needs a folder or pattern, e.g. imap:Triage/*")
    boxes = [m for m in cfg.mailboxes if mailbox in (None, m.name)]
    if not boxes:
        raise CommandError(f"no mailbox named {mailbox!r} in {cfg.path}")
    out: list[Example] = []
    for box in boxes:
        try:
            out += imap_examples(
                box, pattern, cfg.queue.category_folder, categories, progress,
                own_addresses=cfg.service.own_addresses,
            )  # fmt: skip
        except MailboxError as exc:
            raise CommandError(f"mailbox {box.name}: {exc}") from exc
    if not out:
        raise CommandError(f"{IMAP_PREFIX}{pattern}: no examples found")
    return out


def stratified_split(
    examples: Sequence[Example], fraction: float, seed: int
) -> tuple[list[Example], list[Example]]:
    """(train, held-out): ``fraction`` of each label held out, at least one example of every
    label that has two or more, and never a label's last training example."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, ex in enumerate(examples):
        by_label[ex.label].append(i)
    rng = random.Random(seed)
    held: set[int] = set()
    for label in sorted(by_label):
        idx = by_label[label][:]
        rng.shuffle(idx)
        k = min(max(1, round(fraction * len(idx))), len(idx) - 1)
        held.update(idx[:k])
    train_part = [ex for i, ex in enumerate(examples) if i not in held]
    held_part = [ex for i, ex in enumerate(examples) if i in held]
    return train_part, held_part


def version_string(now: datetime, examples: Sequence[Example]) -> str:
    """``YYYYMMDD-HHMMSS-<first 8 hex of the data's sha256>`` (UTC)."""
    return f"{now.astimezone(UTC):%Y%m%d-%H%M%S}-{examples_sha256(examples)[:8]}"


def train_params(overrides: str | None, target_precision: float, version: str) -> TrainParams:
    """TrainParams from defaults, the target precision and a JSON object of overrides."""
    base: dict[str, Any] = {
        "threshold_folds": DEFAULT_FOLDS,
        "target_precision": target_precision,
    }
    if overrides:
        try:
            extra = json.loads(overrides)
        except ValueError as exc:
            raise CommandError(f"--params: not JSON: {exc}") from exc
        if not isinstance(extra, dict):
            raise CommandError("--params: expected a JSON object")
        known = {f.name for f in fields(TrainParams)}
        unknown = sorted(set(extra) - known)
        if unknown:
            raise CommandError(f"--params: unknown keys {unknown}; known: {sorted(known)}")
        base.update(extra)
    base["version"] = version
    try:
        return params_from_dict(base)
    except TypeError as exc:
        raise CommandError(f"--params: {exc}") from exc


def train_with_holdout(
    examples: Sequence[Example],
    params: TrainParams,
    holdout: float,
    refit: bool,
    report: Callable[[str], None] = progress,
) -> ModelArtifact:
    """Measure on a stratified held-out split, then (if ``refit``) fit again on everything.

    The held-out metrics are those of the model fitted on the rest, with its own
    cross-validated threshold; they go into the card under ``holdout``.
    """
    if not 0.0 <= holdout < 1.0:
        raise CommandError(f"--holdout {holdout}: expected 0 (none) up to below 1")
    folds = params.threshold_folds
    if holdout == 0:
        report(f"fitting on {len(examples)} examples ({folds}-fold CV for the threshold)")
        artifact = train(examples, params)
        info = {"fraction": 0.0, "note": "no held-out split (--holdout 0)"}
        return with_metrics(artifact, holdout_info=info)
    train_part, held = stratified_split(examples, holdout, params.seed)
    if not held or len({ex.label for ex in train_part}) < 2:
        raise CommandError("too few examples per label for a held-out split; use --holdout 0")
    report(
        f"held-out split: {len(train_part)} to fit, {len(held)} held out "
        f"({holdout:.0%} of each label, seed {params.seed})"
    )
    report(f"fitting on {len(train_part)} examples ({folds}-fold CV for the threshold)")
    measured = train(train_part, params)
    result = evaluate(measured, held)
    report(
        f"held-out: accuracy {result.accuracy:.4f}, macro-F1 {result.macro_f1:.4f}, "
        f"coverage {result.coverage:.4f} at precision {result.precision_at_threshold:.4f} "
        f"(threshold {result.threshold:.4f})"
    )
    if refit:
        report(f"refitting on all {len(examples)} examples (threshold re-chosen by CV)")
        final = train(examples, params)
        note = (
            "held-out metrics measured on a model fitted on the other examples; the saved "
            "model was then refit on all examples, threshold re-chosen by cross-validation"
        )
    else:
        final = measured
        note = "the saved model is the one measured: fitted without the held-out examples"
    info = {
        "fraction": holdout,
        "n_fit": len(train_part),
        "n_held_out": len(held),
        "seed": params.seed,
        "refit_on_all": refit,
        "note": note,
    }
    return with_metrics(final, holdout=result.to_dict(), holdout_info=info)


# --- commands ---------------------------------------------------------------------------------


def cmd_train(args: argparse.Namespace) -> int:
    needs_config = args.include_corrections or any(d.startswith(IMAP_PREFIX) for d in args.data)
    cfg = _config(args, required=needs_config)
    settings = retrain_settings(cfg)
    categories = _taxonomy_names(cfg)
    examples = load_data(args.data, cfg, categories, args.mailbox)
    if args.include_corrections:
        from triage.harvest import corrections_as_examples

        assert cfg is not None
        corrections = []
        if cfg.store_path.exists():
            store = _open_store(cfg)
            try:
                corrections = corrections_as_examples(store)
            finally:
                store.close()
        progress(f"loaded {len(corrections)} agents' corrections from {cfg.store_path}")
        examples += corrections
    if not examples:
        raise CommandError("no training examples")
    labels = sorted({ex.label for ex in examples})
    counts = {label: sum(ex.label == label for ex in examples) for label in labels}
    progress(f"{len(examples)} examples, {len(labels)} labels: {counts}")
    if categories is not None:
        unknown = sorted(set(labels) - set(categories))
        if unknown:
            raise CommandError(
                f"labels not in the taxonomy {cfg.taxonomy_path if cfg else ''}: {unknown}"
            )
        absent = sorted(set(categories) - set(labels))
        if absent:
            progress(f"warning: no examples of {absent}: the daemon will refuse this model")
    target = args.target_precision or settings.target_precision
    version = args.version or version_string(_now(), examples)
    params = train_params(args.params, target, version)
    out = Path(args.output) if args.output else Path("models") / version
    if out.exists() and any(out.iterdir()):
        raise CommandError(f"{out}: exists and is not empty; choose another -o")
    artifact = train_with_holdout(examples, params, args.holdout, refit=not args.no_refit)
    save(artifact, out)
    progress(f"saved {version} to {out}")
    cv = artifact.card.metrics.get("cross_validation", {})
    print(
        f"{out}: version {version}, {len(examples)} examples, threshold "
        f"{artifact.threshold:.4f} (target precision {params.target_precision}), "
        f"cv coverage {cv.get('coverage', float('nan')):.4f}"
    )
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from triage.model_report import format_report, score, write_report

    cfg = _config(args, required=any(d.startswith(IMAP_PREFIX) for d in args.data))
    model_path = resolve_model_dir(Path(args.model))
    artifact = load(model_path)
    examples = load_data(args.data, cfg, artifact.labels, args.mailbox)
    if not examples:
        raise CommandError("no examples to evaluate on")
    if args.threshold:
        from triage.classifier import with_threshold

        artifact = with_threshold(artifact, args.threshold)
    try:
        result = evaluate(artifact, examples)
        scored = score(artifact, examples)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    title = f"model {artifact.card.version} ({model_path})"
    print(format_report(result, title))
    if args.report:
        path = write_report(Path(args.report), result, scored, artifact.card.version, args.data)
        print(f"\nreport: {path}")
    return EXIT_OK


def _registry(args: argparse.Namespace, settings: RetrainSettings) -> Registry:
    root = Path(args.registry) if args.registry else settings.registry_dir
    if root is None:
        raise CommandError("no registry: pass --registry DIR or a config (-c) with model_dir")
    return Registry(root)


def cmd_promote(args: argparse.Namespace) -> int:
    cfg = _config(args, required=False)
    settings = retrain_settings(cfg)
    registry = _registry(args, settings)
    gate = settings.gate
    if args.target_precision:
        gate = Gate(args.target_precision, gate.max_f1_drop, gate.max_coverage_drop)
    data_specs = list(args.data) or [str(p) for p in settings.promote_data]
    expected = _taxonomy_names(cfg)
    data = load_data(data_specs, cfg, expected, None) if data_specs else []
    outcome = promote(
        registry,
        Path(args.model),
        data,
        gate,
        _now(),
        force=args.force,
        expected_labels=expected,
        threshold=settings.threshold,
        data_names=data_specs,
    )
    if outcome.candidate is not None:
        print(f"held-out data: {', '.join(data_specs)} ({outcome.candidate.n} examples)")
        print(f"{'':24}{'candidate':>10}{'current':>10}")
        cand = report_summary(outcome.candidate)
        cur = report_summary(outcome.current) if outcome.current is not None else {}
        for key in ("accuracy", "macro_f1", "threshold", "coverage", "precision_at_threshold"):
            current = f"{cur[key]:>10.4f}" if key in cur else f"{'-':>10}"
            print(f"{key:<24}{cand[key]:>10.4f}{current}")
    if outcome.gate is not None:
        print("gate:")
        for line in outcome.gate.checks:
            print(f"  {line}")
    for note in outcome.notes:
        print(f"note: {note}")
    stream = sys.stdout if outcome.promoted else sys.stderr
    print(outcome.message, file=stream)
    if outcome.promoted and settings.model_dir is not None:
        served = settings.model_dir.resolve()
        if served != registry.root.resolve():
            print(
                f"note: [classifier] model_dir is {settings.model_dir}, not this registry: "
                "the daemon does not serve it"
            )
    return EXIT_OK if outcome.promoted else EXIT_FAIL


def cmd_rollback(args: argparse.Namespace) -> int:
    cfg = _config(args, required=False)
    registry = _registry(args, retrain_settings(cfg))
    before, after = rollback(registry, _now(), args.to, expected_labels=_taxonomy_names(cfg))
    print(f"rolled back: CURRENT {before or 'none'} -> {after}")
    return EXIT_OK


def cmd_models(args: argparse.Namespace) -> int:
    cfg = _config(args, required=False)
    registry = _registry(args, retrain_settings(cfg))
    registry.check()
    entries = registry.entries()
    if not entries:
        print(f"{registry.root}: no models")
        return EXIT_OK
    header = ("", "version", "created", "examples", "threshold", "macro-F1", "cov", "prec")
    rows = []
    for e in entries:
        card = e.card or {}
        held = (card.get("metrics") or {}).get("holdout") or {}
        counts = card.get("counts_per_label") or {}

        def num(value: object) -> str:
            return f"{value:.3f}" if isinstance(value, int | float) else "-"

        rows.append(
            (
                "*" if e.current else "",
                e.name,
                str(card.get("created", "-")),
                str(sum(counts.values())) if counts else "-",
                num(card.get("threshold")),
                num(held.get("macro_f1")),
                num(held.get("coverage")),
                num(held.get("precision_at_threshold")),
            )
            if not e.problem
            else ("*" if e.current else "", e.name, f"BROKEN: {e.problem}", "", "", "", "", "")
        )
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    for r in rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    print(f"\n* = CURRENT in {registry.root}; metrics are the card's held-out split")
    return EXIT_OK


def _open_store(cfg: Config) -> Store:
    return Store(cfg.store_path, ticket_prefix=cfg.service.ticket_prefix)


def cmd_harvest(args: argparse.Namespace) -> int:
    from triage.harvest import harvest

    cfg = _config(args, required=True)
    assert cfg is not None
    categories = load_taxonomy(cfg.taxonomy_path).names
    store = _open_store(cfg)
    try:
        summary = harvest(cfg, store, categories, _now(), progress=lambda s: None)
    finally:
        store.close()
    for r in summary.recorded:
        print(f"{r.mailbox}  {r.folder}  {r.message_id}  -> {r.label}  ({r.source})")
    print(summary.line())
    for name, error in summary.errors.items():
        print(f"error: mailbox {name}: {error}", file=sys.stderr)
    return EXIT_FAIL if summary.errors else EXIT_OK


# --- wiring -----------------------------------------------------------------------------------


def _guarded(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Input problems become one ``error:`` line and exit 2 (1 for an unreachable server)."""

    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except (CommandError, TrainingDataError, RegistryError, ModelLoadError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except (ConfigError, TaxonomyError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except (MailboxError, StoreError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_FAIL

    run.__name__ = func.__name__
    run.__doc__ = func.__doc__
    return run


def register(sub: argparse._SubParsersAction, add: AddParser) -> None:  # type: ignore[type-arg]
    """Add train, evaluate, promote, rollback, models and harvest to the ``triage`` parser."""
    del sub  # ``add`` already creates subparsers with -c/--config on it
    p = add("train", "train a model from CSV/JSONL/.eml folders/imap: folders")
    p.add_argument(
        "data",
        nargs="+",
        metavar="DATA",
        help="a .csv/.jsonl file, a folder of them, a folder of <label>/*.eml, or imap:PATTERN "
        "(e.g. imap:Triage/*: every category folder, labelled by folder)",
    )
    p.add_argument("-o", "--output", help="model folder to write (default models/VERSION)")
    p.add_argument("--params", help="TrainParams overrides as JSON, e.g. '{\"c\": 10}'")
    p.add_argument(
        "--include-corrections",
        action="store_true",
        help="add the agents' corrections from the state database",
    )
    p.add_argument(
        "--holdout",
        type=float,
        default=DEFAULT_HOLDOUT,
        help="held-out share of each label for the card's metrics (0 = none)",
    )
    p.add_argument(
        "--no-refit",
        action="store_true",
        help="save the measured model instead of refitting on all data",
    )
    p.add_argument(
        "--target-precision",
        type=float,
        default=0.0,
        help="precision the threshold must reach (default: config, 0.97)",
    )
    p.add_argument("--version", help="version string (default YYYYMMDD-HHMMSS-<data sha8>)")
    p.add_argument("--mailbox", help="imap: data from this mailbox only (default all)")
    p.set_defaults(func=_guarded(cmd_train))

    p = add("evaluate", "measure a model on labelled data; --report writes report.md + PNGs")
    p.add_argument("model", help="a model folder (or a registry: its CURRENT model)")
    p.add_argument("data", nargs="+", metavar="DATA", help="labelled data, as for train")
    p.add_argument("--report", metavar="DIR", help="write DIR/report.md and two PNGs")
    p.add_argument("--threshold", type=float, default=0.0, help="override the card's threshold")
    p.add_argument("--mailbox", help="imap: data from this mailbox only (default all)")
    p.set_defaults(func=_guarded(cmd_evaluate))

    p = add("promote", "make a model CURRENT in the registry if it passes the gate")
    p.add_argument("model", help="the candidate model folder")
    p.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="HELDOUT",
        help="held-out data both models are measured on (repeatable)",
    )
    p.add_argument("--force", action="store_true", help="promote even if the gate fails")
    p.add_argument(
        "--registry", help="registry folder (default: [classifier] registry_dir, else model_dir)"
    )
    p.add_argument(
        "--target-precision",
        type=float,
        default=0.0,
        help="the gate's precision target (default: config, 0.97)",
    )
    p.set_defaults(func=_guarded(cmd_promote))

    p = add("rollback", "point CURRENT back to the model before the last promotion")
    p.add_argument("--to", metavar="VERSION", help="a registry version instead of one step")
    p.add_argument("--registry", help="registry folder (default as for promote)")
    p.set_defaults(func=_guarded(cmd_rollback))

    p = add("models", "list the registry's models and which one is CURRENT")
    p.add_argument("--registry", help="registry folder (default as for promote)")
    p.set_defaults(func=_guarded(cmd_models))

    p = add("harvest", "record agents' re-filed mails as labels (for --include-corrections)")
    p.set_defaults(func=_guarded(cmd_harvest))


def build_parser() -> argparse.ArgumentParser:
    """A parser with only the model commands (the same ones ``triage`` has)."""
    parser = argparse.ArgumentParser(prog="triage", description=__doc__)
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("-c", "--config", default=DEFAULT_CONFIG, help="config file (TOML)")
        return p

    register(sub, add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG if args.verbose > 1 else logging.INFO)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
