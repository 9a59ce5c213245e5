# One task runner. `make run` is the README's first command, `make test` its second.
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: run install dev test lint bench docs clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install -q -e .

dev: $(BIN)/python
	$(BIN)/pip install -q -e ".[dev]"

run: install
	$(BIN)/dateline today

test: dev
	$(BIN)/pytest

lint: dev
	$(BIN)/ruff check src tests tools benchmarks
	$(BIN)/mypy

# Each benchmark prints its figures against a baseline measured in the same run.
# eval_rand and corroborate need ../shared/data; import_gtd needs the sqlite3 shell;
# api_load needs `pip install datasette` (it says so and skips otherwise).
bench: dev
	$(BIN)/python benchmarks/onthisday.py
	$(BIN)/python benchmarks/import_gtd.py
	$(BIN)/python benchmarks/eval_rand.py --limit 3000
	$(BIN)/python benchmarks/check_quality.py tests/fixtures/check/posts
	$(BIN)/python benchmarks/check_batch.py --posts 1000
	$(BIN)/python benchmarks/api_load.py
	$(BIN)/python tools/corroborate.py --list none

docs:
	@echo "Documentation lives in README.md and docs/*.md"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
