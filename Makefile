# The two front doors: `make demo` (set up, ingest the shipped examples, print the events)
# and `make test` (set up, run the test suite). Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= accord.duckdb

ASSETS := src/accord/serve/static/vendor

.PHONY: demo test seed eval install assets serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/accord ingest examples/articles --db $(DB) --show

test: $(VENV)/.installed $(ASSETS)/.built
	$(BIN)/python -m pytest

# The dashboard's chart libraries and country shapes, from npm (web/package-lock.json), copied
# into the package; nothing is loaded from a CDN at run time.
$(ASSETS)/.built: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(ASSETS)
	cp web/node_modules/chart.js/dist/chart.umd.min.js web/node_modules/cytoscape/dist/cytoscape.min.js \
	   web/node_modules/d3-array/dist/d3-array.min.js web/node_modules/d3-geo/dist/d3-geo.min.js \
	   web/node_modules/topojson-client/dist/topojson-client.min.js \
	   web/node_modules/world-atlas/countries-110m.json $(ASSETS)/
	for p in chart.js cytoscape d3-array d3-geo topojson-client world-atlas; do \
	  cp web/node_modules/$$p/LICENSE* $(ASSETS)/LICENSE.$$p; done
	touch $@

assets: $(ASSETS)/.built

# The dashboard and the API on http://127.0.0.1:8000 (make demo first for some events).
serve: $(VENV)/.installed $(ASSETS)/.built
	$(BIN)/accord serve --db $(DB)

# Accuracy on the gold set: the tuning part, then the held-out part (docs/evaluation.md).
eval: $(VENV)/.installed
	$(BIN)/accord eval tests/gold/tune --baseline tests/gold/baseline.json
	$(BIN)/accord eval tests/gold/heldout

seed: $(VENV)/.installed
	$(BIN)/python ../shared/acceptance/seed_check.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache web/node_modules $(ASSETS)
