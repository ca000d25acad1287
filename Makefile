# The single entry point. `make site` and `make test` work on a fresh machine.
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
SITREP := $(PY) -m generator
# Corpus sizes of the search benchmark (`make bench-full` adds 10,000: tens of minutes)
SEARCH_ARTICLES ?= 1000

.PHONY: site docs test test-fast golden eval bench bench-full bench-profile serve lint screenshots chromium clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

## site: install, generate docs/ from seeds/ and build site/
site: $(VENV)/.installed
	$(SITREP) build

## docs: generate docs/ only
docs: $(VENV)/.installed
	$(SITREP) generate

## test: install dev dependencies (and Chromium when missing) and run every test
test: $(VENV)/.installed-dev chromium
	$(PY) -m pytest

## test-fast: every test but the browser ones
test-fast: $(VENV)/.installed-dev
	$(PY) -m pytest -m "not browser"

## golden: regenerate the golden docs/ files under tests/golden/ from the sample seeds
golden: $(VENV)/.installed-dev
	$(PY) -m tests.golden_update

## eval: precision, recall and F1 of entity extraction against the gold annotations
eval: $(VENV)/.installed
	$(PY) -m tools.evaluate

## bench: the rebuild benchmark at N = 100 and 1,000 and the search benchmark at 1,000 (tables printed, JSON written)
bench: $(VENV)/.installed-dev chromium
	$(PY) -m bench.run
	$(PY) -m bench.search --articles $(SEARCH_ARTICLES)

## bench-full: the same plus N = 10,000 (slow: the cold builds take most of an hour each)
bench-full: $(VENV)/.installed-dev chromium
	$(PY) -m bench.run --full
	$(PY) -m bench.search --articles 1000 10000

## bench-profile: where the time of adding one seed goes at N = 1,000 (bench/profile.json)
bench-profile: $(VENV)/.installed
	$(PY) -m bench.profile --n 1000 --out bench/profile.json

## serve: live preview on http://127.0.0.1:8000
serve: $(VENV)/.installed
	$(SITREP) serve

lint: $(VENV)/.installed-dev
	$(PY) -m ruff check generator tests bench tools
	$(PY) -m mypy

## screenshots: README screenshots from the real build
screenshots: $(VENV)/.installed-dev chromium site
	$(PY) -m tests.screenshots

## chromium: Debian's Chromium for the browser tests (installed when missing and we are root)
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is missing: install Debian's chromium package for the browser tests"; fi; \
	fi

clean:
	rm -rf site .site-staging-* .sitrep-cache
