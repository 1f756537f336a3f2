# Two set-up commands: `make brief` and `make test`. Both bootstrap .venv and the system libraries first.
# Tests run in one process per CPU (pytest-xdist): they share nothing but read-only inputs. A file's tests run in
# one process, so its module fixtures (briefs built once for several tests) are built once, not once per process.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install brief test lint lock upgrade-check dist bench bench-draft readme-image readme-preview-image clean system \
        catalogs-extract catalogs-update catalogs-compile

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

# The tool's own words (README, "Languages"): extract them from the code and templates into the template catalog,
# merge it into every language's catalog (new messages come untranslated, never guessed: no fuzzy matching), and
# compile the catalogs to the .mo files the package ships (nothing is compiled at build time).
LOCALE := briefing/locale
PYBABEL := $(BIN)/pybabel
catalogs-extract: $(STAMP)
	$(PYBABEL) -q extract -F babel.cfg -k N_ --add-location=file --sort-output --width=120 \
	  --project=briefing --copyright-holder="briefing contributors" --omit-header -o $(LOCALE)/briefing.pot briefing

catalogs-update: catalogs-extract
	$(PYBABEL) -q update -i $(LOCALE)/briefing.pot -d $(LOCALE) -D briefing --no-fuzzy-matching --width=120 \
	  --ignore-obsolete

catalogs-compile: $(STAMP)
	$(PYBABEL) compile -d $(LOCALE) -D briefing --statistics

# The exact files of requirements.lock (hash-checked) and nothing else, then the project itself on top of them, built
# with the locked setuptools (--no-build-isolation: no build backend fetched unpinned). scripts/install-lock says why.
$(STAMP): pyproject.toml requirements.lock | system
	$(PYTHON) -m venv $(VENV)
	scripts/install-lock $(BIN)/python requirements.lock $(VENV)/wheelhouse
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation --no-index -e .
	$(BIN)/python -m pip check
	$(BIN)/python -m compileall -q briefing  # bytecode now: a machine with PYTHONDONTWRITEBYTECODE compiles it every run
	@touch $@

# uv, for resolving the locks (development only; needs the registry).
UV := .venv-tools/bin/uv
$(UV):
	$(PYTHON) -m venv .venv-tools
	.venv-tools/bin/python -m pip install -q uv==0.13.9

# Refresh requirements.lock and requirements-run.lock from pyproject.toml: keeps the pinned versions unless UPGRADE=1.
lock: $(UV)
	PYTHON=$(PYTHON) scripts/lock $(UV) . $(if $(UPGRADE),--upgrade)

# Would the newest releases pyproject.toml allows break anything? Resolves them into a scratch lock, installs that in
# a scratch venv and runs the suite there; requirements.lock is left as it is. Needs the registry (a weekly CI job).
SCRATCH := .upgrade-check
upgrade-check: $(UV) | system
	rm -rf $(SCRATCH)
	PYTHON=$(PYTHON) scripts/lock $(UV) $(SCRATCH) --upgrade
	$(PYTHON) -m venv $(SCRATCH)/venv
	scripts/install-lock $(SCRATCH)/venv/bin/python $(SCRATCH)/requirements.lock $(SCRATCH)/venv/wheelhouse
	$(SCRATCH)/venv/bin/python -m pip install -q --no-deps --no-build-isolation --no-index -e .
	diff -u requirements.lock $(SCRATCH)/requirements.lock | grep '^[-+][a-z]' || echo "no newer releases"
	$(SCRATCH)/venv/bin/briefing doctor
	BRIEFING_LOCKS=$(SCRATCH) $(SCRATCH)/venv/bin/python -m pytest -q -n auto --dist loadfile -p no:cacheprovider
	@echo "upgrade-check: the suite passes with the newest allowed releases ($(SCRATCH)/requirements.lock)"

# What a desk's repository installs: the wheel, the sdist and the run-time lock, in dist/.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .
	cp requirements-run.lock dist/requirements.lock
	@ls dist

# The pictures of the examples in the README: Pokrovsk's page 1 (in English, French, Ukrainian and Arabic), Freddy's map page (needs
# pdftoppm from poppler-utils).
readme-image: brief
	$(BIN)/briefing build briefs/freddy/brief.toml
	pdftoppm -r 80 -png -f 1 -l 1 -singlefile out/pokrovsk.pdf docs/pokrovsk-page1
	pdftoppm -r 80 -png -f 2 -l 2 -singlefile out/freddy.pdf docs/freddy-page2
	for lang in fr uk ar; do \
	  rm -rf out/readme-$$lang && mkdir -p out/readme-$$lang/briefs && cp config.toml out/readme-$$lang/ && \
	  cp -r briefs/pokrovsk out/readme-$$lang/briefs/ && \
	  sed -i "0,/^\[brief\]/s//[brief]\nlanguage = \"$$lang\"/" out/readme-$$lang/briefs/pokrovsk/brief.toml && \
	  $(BIN)/briefing build out/readme-$$lang/briefs/pokrovsk/brief.toml && \
	  pdftoppm -r 80 -png -f 1 -l 1 -singlefile out/readme-$$lang/out/pokrovsk.pdf docs/pokrovsk-$$lang-page1 || exit 1; \
	done

# The picture of `briefing serve` in the README (the system's Chromium, through Playwright).
readme-preview-image: $(STAMP)
	$(BIN)/python scripts/preview-image.py

clean:
	rm -rf out $(VENV) $(SCRATCH) dist *.egg-info
	find figures -mindepth 1 ! -name README.md -delete

# How well `briefing draft` reads articles nobody here wrote (corpus/draft/): per field, on the tuning and test parts.
# Writes bench/draft-results.json, whose totals tests/test_draft_corpus.py holds the draft to.
bench-draft: $(STAMP)
	$(BIN)/python bench/draft.py --json bench/draft-results.json

# Speed: writes bench/results.json and prints the table shown in the README.
bench: $(STAMP)
	$(BIN)/python bench/run.py
