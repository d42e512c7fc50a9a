# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= watchfloor.db

VENDOR := src/watchfloor/web/static/vendor
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test lint install lock eval bench clean

$(BIN)/.installed: requirements.lock requirements-dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements.lock -r requirements-dev.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $@

# The web app's front-end files: npm ci from web/package-lock.json (the npm registry), copied
# into the package; nothing is fetched at run time.
$(VENDOR)/NOTICE: web/package-lock.json scripts/vendor_web.py
	$(PYTHON) scripts/vendor_web.py

install: $(BIN)/.installed $(VENDOR)/NOTICE

# Ingest the bundled sample corpus, show the canonical events, then serve the web app.
run: install
	$(BIN)/watchfloor --db $(DB) ingest examples/
	$(BIN)/watchfloor --db $(DB) events
	$(BIN)/watchfloor --db $(DB) serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/watchfloor eval ../shared/data/seed
	$(BIN)/watchfloor eval ../shared/data/reports-dev

lock:
	pip-compile -q --generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links --strip-extras -o requirements.lock requirements.in
	pip-compile -q --generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links --strip-extras -o requirements-dev.lock requirements-dev.in

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
