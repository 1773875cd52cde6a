"""Detail extractors, one module per family; ``triage.details`` runs them in order."""
