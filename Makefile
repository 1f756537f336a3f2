# Two set-up commands: `make brief` and `make test`. Both bootstrap .venv and the system libraries first.
# Tests run in one process per CPU (pytest-xdist): they share nothing but read-only inputs. A file's tests run in
# one process, so its module fixtures (briefs built once for several tests) are built once, not once per process.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install brief test lint lock bench readme-image readme-preview-image clean system

# The tool and its locked dependencies in .venv, without building anything (what CI jobs start with).
install: $(STAMP)

brief: $(STAMP)
	$(BIN)/briefing build briefs/pokrovsk/brief.toml

test: $(STAMP)
	$(BIN)/briefing doctor
	$(BIN)/python -m pytest -q -n auto --dist loadfile --durations=10

# Lint and types, as CI runs them (.ci/run).
lint: $(STAMP)
	$(BIN)/ruff check briefing tests bench
	$(BIN)/mypy briefing

system:
	@scripts/system-deps

# The exact files of requirements.lock (hash-checked) and nothing else, then the project itself on top of them.
# --no-deps: the lock is complete (pip check proves it), so pip must not resolve anything against the registry:
# pip 23 otherwise looks up an extra a locked package asks for (justext's lxml[html_clean]) among the newest releases.
$(STAMP): pyproject.toml requirements.lock | system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	$(BIN)/python -m pip check
	$(BIN)/python -m compileall -q briefing  # bytecode now: a machine with PYTHONDONTWRITEBYTECODE compiles it every run
	@touch $@

# Refresh requirements.lock from pyproject.toml (keeps the pinned versions unless UPGRADE=1); needs the registry.
lock:
	$(PYTHON) -m venv .venv-tools
	.venv-tools/bin/python -m pip install -q uv
	cp requirements.lock requirements.lock.new  # uv keeps the versions it finds in its output file
	.venv-tools/bin/uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 \
		--no-header --annotation-style line $(if $(UPGRADE),--upgrade) -o requirements.lock.new
	{ sed -n '1,3p' requirements.lock; cat requirements.lock.new; } > requirements.lock.tmp
	rm requirements.lock.new && mv requirements.lock.tmp requirements.lock

# The picture of page 1 in the README (needs pdftoppm from poppler-utils).
readme-image: brief
	pdftoppm -r 80 -png -f 1 -l 1 -singlefile out/pokrovsk.pdf docs/pokrovsk-page1

# The picture of `briefing serve` in the README (the system's Chromium, through Playwright).
readme-preview-image: $(STAMP)
	$(BIN)/python scripts/preview-image.py

clean:
	rm -rf out $(VENV) *.egg-info
	find figures -mindepth 1 ! -name README.md -delete

# Speed: writes bench/results.json and prints the table shown in the README.
bench: $(STAMP)
	$(BIN)/python bench/run.py
