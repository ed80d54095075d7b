# Polylog: `make run` sets everything up and serves the app; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
LANGUAGES := en tr fa fi
PYBABEL_KEYWORDS := -k L_ -k lazy_gettext -k ngettext:1,2 -k pgettext:1c,2
FRONTEND_KEYWORDS := -k t -k tn:1,2

.PHONY: help run test venv frontend-deps frontend-build lint frontend-lint typecheck backend-tests \
	frontend-tests e2e-tests chromium api-client api-client-check i18n-extract i18n-update \
	bench clean

help:
	@echo "make run            set up what is missing and serve Polylog on http://$(HOST):$(PORT)"
	@echo "make test           run every check and test (SQLite and PostgreSQL)"
	@echo "make api-client     regenerate the SPA's API types from the OpenAPI schema"
	@echo "make i18n-extract   extract messages into the .pot templates and update the catalogs"

# --- set-up ---------------------------------------------------------------

$(BIN)/polylog: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

venv: $(BIN)/polylog

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	touch $@

frontend-deps: frontend/node_modules/.package-lock.json

frontend-build: frontend-deps
	cd frontend && npm run build --silent

run: venv frontend-build
	HOST=$(HOST) PORT=$(PORT) $(BIN)/polylog serve

# --- tests ----------------------------------------------------------------

test: venv frontend-deps lint frontend-lint typecheck api-client-check backend-tests frontend-tests e2e-tests

lint:
	$(BIN)/ruff check backend tests migrations bench
	$(BIN)/ruff format --check backend tests migrations bench
	$(BIN)/lint-imports

frontend-lint: frontend-deps
	cd frontend && npm run lint --silent

typecheck:
	$(BIN)/mypy
	cd frontend && npm run typecheck --silent

backend-tests:
	$(BIN)/pytest -n 2 -m "not e2e" tests

frontend-tests:
	cd frontend && npm test --silent

chromium:
	@dpkg -s chromium fonts-dejavu-core fonts-noto-core >/dev/null 2>&1 || \
		(echo "Installing Debian's chromium and the fonts the browser tests measure text with" && \
		apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core fonts-noto-core >/dev/null)

e2e-tests: chromium frontend-build
	$(BIN)/pytest -m e2e tests/e2e

# --- generated code -------------------------------------------------------

var/openapi.json: venv
	$(BIN)/polylog openapi $@

api-client: var/openapi.json frontend-deps
	cd frontend && OPENAPI=../var/openapi.json npm run gen:api --silent

api-client-check: var/openapi.json frontend-deps
	@tmp=$$(mktemp -d) && cp frontend/src/api/schema.d.ts $$tmp/committed.d.ts && \
	(cd frontend && OPENAPI=../var/openapi.json npx openapi-typescript ../var/openapi.json -o $$tmp/fresh.d.ts --silent) && \
	if diff -q $$tmp/committed.d.ts $$tmp/fresh.d.ts >/dev/null; then echo "The API client is up to date."; \
	else echo "frontend/src/api/schema.d.ts is stale: run 'make api-client'."; diff -u $$tmp/committed.d.ts $$tmp/fresh.d.ts | head -40; exit 1; fi
.PHONY: var/openapi.json

# --- translations ---------------------------------------------------------

i18n-extract: venv
	$(BIN)/pybabel extract -F locales/babel-backend.cfg $(PYBABEL_KEYWORDS) --no-location --sort-output \
		--project=Polylog --msgid-bugs-address=i18n@polylog.example -o locales/backend.pot . >/dev/null
	$(BIN)/pybabel extract -F locales/babel-frontend.cfg $(FRONTEND_KEYWORDS) --no-location --sort-output \
		--project=Polylog --msgid-bugs-address=i18n@polylog.example -o locales/frontend.pot frontend/src >/dev/null
	$(MAKE) i18n-update

i18n-update: venv
	for domain in backend frontend; do for lang in $(LANGUAGES); do \
		po=locales/$$lang/LC_MESSAGES/$$domain.po; \
		if [ -f $$po ]; then $(BIN)/pybabel update -D $$domain -i locales/$$domain.pot -d locales -l $$lang --no-fuzzy-matching --ignore-obsolete --width=100 >/dev/null; \
		else $(BIN)/pybabel init -D $$domain -i locales/$$domain.pot -d locales -l $$lang >/dev/null; fi; \
	done; done
	$(BIN)/python locales/fill_source_catalog.py locales/en/LC_MESSAGES/*.po

# --- benchmarks -----------------------------------------------------------

bench: venv
	@for script in bench/[a-z]*.py; do name=$$(basename $$script .py); echo "== $$name"; $(BIN)/python -m bench.$$name; done
	@echo "== relevance"; $(BIN)/python -m bench.relevance.evaluate

clean:
	rm -rf var frontend/dist
