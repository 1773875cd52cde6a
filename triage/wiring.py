"""Builds the engine and adapters from a validated config (the only place that knows both)."""

from __future__ import annotations

from triage.config import Config
from triage.decide import Policy
from triage.details import ExtractOptions
from triage.engine import Engine
from triage.model_runtime import LoadedClassifier, load_classifier
from triage.replies import ReplyRenderer
from triage.taxonomy import Taxonomy, load_taxonomy


def extract_options(cfg: Config) -> ExtractOptions:
    return ExtractOptions(
        default_region=cfg.details.default_region,
        sender_counts_as_contact=cfg.details.sender_counts_as_contact,
        transaction_id_patterns=cfg.details.transaction_id_patterns,
        own_addresses=cfg.service.own_addresses,
    )


def policy(cfg: Config) -> Policy:
    return Policy(
        own_addresses=cfg.service.own_addresses,
        per_sender_per_hour=cfg.limits.per_sender_per_hour,
        per_sender_per_day=cfg.limits.per_sender_per_day,
        per_ticket_per_day=cfg.limits.per_ticket_per_day,
    )


def renderer(cfg: Config) -> ReplyRenderer:
    return ReplyRenderer(
        cfg.replies.template_dir,
        fallback_language=cfg.service.fallback_language,
        subject_format=cfg.service.subject_format,
    )


def classifier(cfg: Config, taxonomy: Taxonomy) -> LoadedClassifier:
    return load_classifier(
        cfg.classifier.model_dir, cfg.classifier.threshold, expected_labels=taxonomy.names
    )


def build_engine(cfg: Config, model: LoadedClassifier | None = None) -> Engine:
    taxonomy = load_taxonomy(cfg.taxonomy_path)
    return Engine(
        taxonomy=taxonomy,
        classifier=model or classifier(cfg, taxonomy),
        renderer=renderer(cfg),
        extract_options=extract_options(cfg),
        policy=policy(cfg),
        brand=cfg.service.brand,
        fallback_language=cfg.service.fallback_language,
        hotline=cfg.tickets.hotline,
    )
