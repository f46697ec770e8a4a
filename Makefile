# Minutes Miner. `make all` sets up and builds the database; `make test` runs the tests.
# Each stage is its own target and can be rerun alone; reruns do only what changed
# (per-document outputs are keyed by content hash and stage code version).

CORPUS ?= corpus
DB ?= extracted/minutes.db
WORK ?= extracted
JOBS ?=
DOC_TIMEOUT ?=
SCALE ?= 1
PORT ?= 8001
NOTEBOOK_OUT ?= notebooks
GOLD ?= ../shared/gold
PYTHON_BOOT ?= python3

# uv from PATH, else a private copy installed with pip on first use.
UV := $(or $(shell command -v uv 2>/dev/null),.tools/bin/uv)
VENV_STAMP := .venv/.synced
RUN := $(UV) run --frozen --no-sync python -m pipeline
STAGE_ARGS = --corpus "$(CORPUS)" --db "$(DB)" --work "$(WORK)" $(if $(JOBS),--jobs $(JOBS))
export JOBS DOC_TIMEOUT

.PHONY: all setup pull build text extract load publish serve eval test bench soak browser-deps ocr-deps notebook test-browser clean help

help:
	@echo "make all      set up, pull (when online) and build $(DB) from $(CORPUS)"
	@echo "make test     run the test suite"
	@echo "make serve    browse the database with Datasette on http://127.0.0.1:$(PORT) (PORT=N for another port)"
	@echo "make pull | text | extract | load | publish   one stage"
	@echo "make eval     build from ../shared/corpus and score against ../shared/gold"
	@echo "make notebook run notebooks/send_outcomes.py against $(DB); writes notebooks/send_outcomes.html"
	@echo "make test-browser  the browser tests only (Debian's chromium, installed by make browser-deps)"
	@echo "make bench    time cold and warm builds (SCALE=N for N copies of the corpus), measure OCR"
	@echo "make ocr-deps install Tesseract (Debian's tesseract-ocr, tesseract-ocr-eng) to read scanned pages"
	@echo "make soak     time builds of large and hostile inputs (8 MB, 50 MB text; deep HTML)"

# A pull that failed for some councils exits non-zero (after pulling the others); the
# build still runs on what the corpus holds.
all: setup
	@$(MAKE) --no-print-directory pull || echo "all: the pull failed for some councils (see its summary above); building from what $(CORPUS) holds"
	@$(MAKE) --no-print-directory build

.tools/bin/uv:
	$(PYTHON_BOOT) -m venv .tools
	.tools/bin/pip install --quiet uv

# --compile-bytecode: the packages' .pyc files are written once here, so no build compiles spaCy,
# thinc or sqlite_utils from source again (about a CPU second a build where Python may not write
# them itself, e.g. PYTHONDONTWRITEBYTECODE=1 or a read-only venv).
$(VENV_STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --compile-bytecode
	@touch $@

setup: $(VENV_STAMP)

# Pulls only into a corpus that says what to pull (sources.yml); an archived or
# read-only corpus is built as it is.
pull: setup
	@if [ -f "$(CORPUS)/sources.yml" ]; then $(RUN) pull --corpus "$(CORPUS)" --work "$(WORK)"; \
	else echo "pull: $(CORPUS) has no sources.yml, skipping the pull and building from what it holds"; fi

build: setup
	$(RUN) build $(STAGE_ARGS)

text: setup
	$(RUN) text $(STAGE_ARGS)

extract: setup
	$(RUN) extract $(STAGE_ARGS)

load: setup
	$(RUN) load $(STAGE_ARGS)

publish: setup
	$(RUN) publish --db "$(DB)" --metadata-only

serve: setup
	$(RUN) publish --db "$(DB)" --port "$(PORT)"

eval: setup
	$(RUN) eval --corpus "$(if $(filter corpus,$(CORPUS)),../shared/corpus,$(CORPUS))" \
	  --db "$(if $(filter extracted/minutes.db,$(DB)),extracted/eval.db,$(DB))" --work "$(WORK)" --gold "$(GOLD)"

bench: setup
	$(RUN) bench --corpus "$(if $(filter corpus,$(CORPUS)),../shared/corpus,$(CORPUS))" --scale $(SCALE)

# Large and hostile inputs (8 MB and 50 MB text, 100,000-deep HTML, once-quadratic shapes), timed.
soak: setup
	$(RUN) soak $(if $(JOBS),--jobs $(JOBS))

# Debian's chromium for the browser tests (playwright cannot download its own here).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium) \
	  || echo "chromium could not be installed: browser tests will be skipped"

# Debian's Tesseract and its English model, for scanned pages (the text stage drives it through
# tesserocr). Without them scanned documents are recorded in failures as "needs OCR".
ocr-deps:
	@(tesseract --list-langs 2>/dev/null | grep -qx eng) \
	  || (apt-get update -qq && apt-get install -y -qq tesseract-ocr tesseract-ocr-eng) \
	  || echo "tesseract-ocr could not be installed: scanned pages will be recorded as needing OCR"

# The kernel runs in $(NOTEBOOK_OUT), so the database path is made absolute; MINUTES_DB, when set, wins over DB.
notebook: setup
	$(UV) run --frozen --no-sync jupytext --to notebook --output "$(NOTEBOOK_OUT)/send_outcomes.ipynb" notebooks/send_outcomes.py
	MINUTES_DB="$(abspath $(or $(MINUTES_DB),$(DB)))" $(UV) run --frozen --no-sync \
	  jupyter execute --inplace "$(NOTEBOOK_OUT)/send_outcomes.ipynb"
	$(UV) run --frozen --no-sync jupyter nbconvert --to html --log-level WARN "$(NOTEBOOK_OUT)/send_outcomes.ipynb"
	@echo "notebook: ran against $(abspath $(or $(MINUTES_DB),$(DB))); open $(NOTEBOOK_OUT)/send_outcomes.html in a browser (no Jupyter needed)"

test-browser: setup browser-deps
	$(UV) run --frozen --no-sync pytest -q -m browser

test: setup
	$(UV) run --frozen --no-sync pytest -q

clean:
	rm -rf extracted/text extracted/facts extracted/*.db extracted/*.json
