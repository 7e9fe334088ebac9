# Everything runs in a virtual environment in .venv, created on first use with the Python 3.11+
# found as $(PYTHON). `make demo` and `make test` are the two commands of README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
REPORT_DIR := build/report

.PHONY: install demo test lint clean schemas browser-deps poppler-deps spelling-deps bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Validation fails on unfinished assessments (a justification or an analysis still to write), but
# assess and the report still run and show the proposals to the expert; on any other error they
# refuse, and the demo says that the report in $(REPORT_DIR) is not the current state. When
# validation has listed the problems, assess and report do not list them again.
demo: install
	@$(BIN)/ambition validate; valid=$$?; \
	if [ $$valid -eq 0 ]; then listed=/dev/stderr; else listed=/dev/null; fi; \
	if $(BIN)/ambition assess 2>$$listed && $(BIN)/ambition report --output $(REPORT_DIR) 2>$$listed; then \
	  if [ $$valid -ne 0 ]; then \
	    echo "make demo: wrote the report of the current state, with the unfinished assessments marked; 'ambition validate' fails until they are done (above)"; \
	    exit $$valid; \
	  fi; \
	else \
	  refused=$$?; \
	  echo "make demo: the data has errors (above), so no report was written; $(REPORT_DIR)/ holds an earlier run's report, if any, not the current state"; \
	  exit $$refused; \
	fi

# What a reviewer checks, in this order: lint, formatting and types (`make lint`), then the whole
# suite with coverage of src/ambition, lines and branches, failing under the floor of
# [tool.coverage.report] in pyproject.toml. .ci/run runs exactly this.
test: lint browser-deps poppler-deps spelling-deps
	$(BIN)/python -m pytest --cov=ambition --cov-branch

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy --strict src
	$(BIN)/mypy --strict bench

# The benchmark of docs/performance.md: synthetic repositories in build/bench/, every command timed
# as a whole process against check-jsonschema, and the floors of issue 9 checked. Slow (about half
# an hour): not part of `make test`, and not run in CI. BENCH_ARGS passes options, e.g.
# BENCH_ARGS="--skip country r10000" for a quick look.
bench: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The JSON Schemas in schemas/ for editors; tests/schema/test_json_schema.py checks they are current.
schemas: install
	$(BIN)/ambition schema --output schemas

# The browser check of the HTML reports (tests/browser) needs Chromium and axe-core. Install them
# where we can: Chromium with apt-get when run as root on Debian (as CI does), axe-core with npm
# from tools/browser/package-lock.json. Where we cannot, say so and go on: those tests then skip
# with the reason.
BROWSER_TOOLS := tools/browser
AXE := $(BROWSER_TOOLS)/node_modules/axe-core/axe.min.js

browser-deps: $(AXE)
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	      || echo "make: could not install chromium; the browser tests will be skipped"; \
	  else \
	    echo "make: chromium is missing (apt-get install chromium); the browser tests will be skipped"; \
	  fi; }

# The tests of report --format pdf read the PDF back with poppler's tools (pdfinfo, pdftotext,
# pdftohtml): installed with apt-get when run as root, else said; those tests then skip.
poppler-deps:
	@command -v pdfinfo >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils) \
	      || echo "make: could not install poppler-utils; the PDF tests will be skipped"; \
	  else \
	    echo "make: poppler-utils is missing (apt-get install poppler-utils); the PDF tests will be skipped"; \
	  fi; }

# The spell check of the Swedish texts (tests/spelling) runs hunspell with a Swedish dictionary:
# installed with apt-get when run as root, else said; that test then skips.
spelling-deps:
	@{ command -v hunspell >/dev/null 2>&1 && [ -f /usr/share/hunspell/sv_SE.dic ]; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell hunspell-sv) \
	      || echo "make: could not install hunspell-sv; the spell check will be skipped"; \
	  else \
	    echo "make: hunspell or its Swedish dictionary is missing (apt-get install hunspell hunspell-sv); the spell check will be skipped"; \
	  fi; }

$(AXE): $(BROWSER_TOOLS)/package.json $(BROWSER_TOOLS)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  (npm ci --prefix $(BROWSER_TOOLS) --no-audit --no-fund --loglevel=error && touch $(AXE)) \
	    || echo "make: npm ci failed; the browser tests will be skipped"; \
	else \
	  echo "make: npm is missing; the browser tests will be skipped"; \
	fi

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .coverage .coverage.*
