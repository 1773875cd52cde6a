# The two commands a new user needs: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo demo-stop test test-all lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

## Real Dovecot + SMTP capture on loopback, 40+ demo mails, one triage pass, a table.
demo: $(STAMP)
	$(BIN)/python scripts/demo.py

demo-stop: $(STAMP)
	$(BIN)/python scripts/demo.py --stop

## The whole default test suite (unit, integration against real servers, model, lint).
test: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not chaos" -q

## Everything, including the slow fuzz run and the short chaos run.
test-all: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check triage tests bench scripts
	$(BIN)/ruff format --check triage tests bench scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) var build *.egg-info .pytest_cache .mypy_cache .ruff_cache
