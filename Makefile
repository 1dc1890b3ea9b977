# Set-up and everyday commands. `make run` and `make test` are all a new machine needs.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test setup ingest lint

setup: $(STAMP)

# torch is pinned and installed first so that pip picks the local CPU build
# instead of resolving a CUDA build for sentence-transformers.
$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

ingest: $(STAMP)
	$(BIN)/scrutiny-qa ingest corpus --prune

run: ingest
	$(BIN)/scrutiny-qa ask

lint: $(STAMP)
	$(BIN)/ruff check src tests

test: lint
	$(BIN)/pytest -q
