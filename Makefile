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

bench: dev
	$(BIN)/python benchmarks/onthisday.py

docs:
	@echo "Documentation lives in README.md and docs/*.md"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
