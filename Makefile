# The two front doors: `make demo` (set up, ingest the shipped examples, print the events)
# and `make test` (set up, run the test suite). Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= accord.duckdb

.PHONY: demo test seed eval install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/accord ingest examples/articles --db $(DB) --show

test: $(VENV)/.installed
	$(BIN)/python -m pytest

# Accuracy on the gold set: the tuning part, then the held-out part (docs/evaluation.md).
eval: $(VENV)/.installed
	$(BIN)/accord eval tests/gold/tune --baseline tests/gold/baseline.json
	$(BIN)/accord eval tests/gold/heldout

seed: $(VENV)/.installed
	$(BIN)/python ../shared/acceptance/seed_check.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
