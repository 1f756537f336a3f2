# Two set-up commands: `make brief` and `make test`. Both bootstrap .venv and the system libraries first.
# Tests run in one process per CPU (pytest-xdist): they share nothing but read-only inputs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: brief test lint bench readme-image clean system

brief: $(STAMP)
	$(BIN)/briefing build briefs/pokrovsk/brief.toml

test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto --durations=10

# Lint and types, as CI runs them (.ci/run).
lint: $(STAMP)
	$(BIN)/ruff check briefing tests bench
	$(BIN)/mypy briefing

system:
	@scripts/system-deps

$(STAMP): pyproject.toml | system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

# The picture of page 1 in the README (needs pdftoppm from poppler-utils).
readme-image: brief
	pdftoppm -r 80 -png -f 1 -l 1 -singlefile out/pokrovsk.pdf docs/pokrovsk-page1

clean:
	rm -rf out $(VENV) *.egg-info
	find figures -mindepth 1 ! -name README.md -delete

# Speed: writes bench/results.json and prints the table shown in the README.
bench: $(STAMP)
	$(BIN)/python bench/run.py
