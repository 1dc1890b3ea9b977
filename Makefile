# Set-up and everyday commands. `make run` and `make test` are all a new machine needs.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
TEST_STAMP := $(VENV)/.installed-test-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test test-slow setup ingest lint chromium evaluation layouts cluster-test cluster-check

setup: $(TEST_STAMP)

# torch is pinned and installed first so that pip picks the local CPU build
# instead of resolving a CUDA build for sentence-transformers.
$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e .
	touch $(STAMP)

# The test tools (pytest, ruff, a PostgreSQL, Playwright, schemathesis): not for `make run`
# (38 s on top of the product's own 124 s when measured, before its first answer).
$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[test]'
	touch $(TEST_STAMP)

ingest: $(STAMP)
	$(BIN)/scrutiny-qa ingest corpus --prune

run: ingest
	$(BIN)/scrutiny-qa serve

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests

# The browser test drives Debian's Chromium (never a browser downloaded by Playwright).
# Installing it needs root; without it that one test is skipped, and says so.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	    else echo "note: /usr/bin/chromium missing and not root: the browser test will be skipped"; fi; \
	fi

test: lint chromium
	$(BIN)/pytest -q

# The slow tests alone (schemathesis over the API, 40 close readings with the real models):
# minutes, so not in `make test`; CI runs both.
test-slow: $(TEST_STAMP)
	$(BIN)/pytest -q -m slow

# EVALUATION.md, regenerated: an index of corpus/, ../shared/kent and ../shared/councils (the
# collection the public question sets are asked against), then every set scored three ways.
EVAL_INDEX ?= /tmp/scrutiny-qa-eval-index
EVAL_SETS := ../shared/eval/dev.jsonl ../shared/eval/councils.jsonl bench/heldout.jsonl \
	bench/heldout2.jsonl bench/heldout3.jsonl
evaluation: $(STAMP)
	$(BIN)/scrutiny-qa ingest corpus ../shared/kent ../shared/councils --index $(EVAL_INDEX) \
	    --prune --quiet
	$(BIN)/scrutiny-qa eval $(EVAL_SETS) --index $(EVAL_INDEX) --docs-root ../shared \
	    --report EVALUATION.md

# Papers in 24 other councils' house styles (bench/layouts): what the structure reads of
# councils nowhere in ../shared, as the quick ranking and the close reading answer them.
LAYOUTS ?= /tmp/scrutiny-qa-layouts
layouts: $(TEST_STAMP)
	$(BIN)/python bench/layouts/build.py $(LAYOUTS)
	$(BIN)/scrutiny-qa ingest $(LAYOUTS)/corpus --index $(LAYOUTS)/index --prune --quiet
	$(BIN)/scrutiny-qa eval $(LAYOUTS)/questions.jsonl --index $(LAYOUTS)/index \
	    --docs-root $(LAYOUTS)
	$(BIN)/scrutiny-qa eval $(LAYOUTS)/questions.jsonl --index $(LAYOUTS)/index \
	    --docs-root $(LAYOUTS) --rerank

# Scale-out (docs/scale-out.md): Ray and PostgreSQL on top of the test set-up.
CLUSTER_STAMP := $(VENV)/.installed-cluster-$(shell cksum pyproject.toml | cut -d' ' -f1)
$(CLUSTER_STAMP): $(TEST_STAMP)
	$(BIN)/pip install -q -e '.[cluster]'
	touch $(CLUSTER_STAMP)

# The tests that need Ray (skipped by `make test`, which installs no Ray), then those marked
# `cluster`: a 2-node Ray cluster on loopback, one node killed mid-ingest.
cluster-test: $(CLUSTER_STAMP)
	$(BIN)/pytest -q tests/test_distributed.py
	$(BIN)/pytest -q -m cluster

# corpus/ and ../shared/kent through Ray into PostgreSQL against the plain ingest; the last
# line is JSON (passages, hit@5 and top-10 agreement of both, nodes used, timings).
cluster-check: $(CLUSTER_STAMP)
	$(BIN)/python -m scrutiny_qa.cluster_check
