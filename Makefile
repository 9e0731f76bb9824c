# The two commands of the README: `make run` and `make test`.
# Each creates or updates its own virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= .demo-data

.PHONY: pg-stop bench-server run test lint demo screenshots translations clean-demo bench bench-full bench-growth crash-harness

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@test -f $(DEMO_DIR)/pana.db || $(BIN)/pana --data-dir $(DEMO_DIR) demo
	$(BIN)/pana --data-dir $(DEMO_DIR)

# The PostgreSQL tests need a server: tools/pgserver.py installs PostgreSQL if it is
# missing and starts a private one with TLS in PG_DIR (left running; `make pg-stop`).
# In memory where there is /dev/shm: a test database is cloned per test, four times
# faster than on disk.
PG_DIR ?= $(if $(wildcard /dev/shm),/dev/shm/pana-pg-test,.pg-test)

test: $(STAMP)
	$(BIN)/python tools/pgserver.py start --dir $(PG_DIR) >/dev/null
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} PANA_REQUIRE_PG=1 \
		PANA_TEST_PG_URL="$$($(BIN)/python tools/pgserver.py url --dir $(PG_DIR))" \
		$(BIN)/python -m pytest -q -n 2
	$(BIN)/ruff check app tests migrations tools benchmarks

lint: $(STAMP)
	$(BIN)/ruff check app tests migrations tools benchmarks

demo: $(STAMP)
	rm -rf $(DEMO_DIR)
	$(BIN)/pana --data-dir $(DEMO_DIR) demo

screenshots: $(STAMP)
	for lang in en kk ru; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --out docs/screenshots \
			--lang $$lang || exit 1; \
	done

# Collect the interface texts from app/ into resources/translations/*.ts and report
# what is left to translate (tools/i18n.py has the other steps).
translations: $(STAMP)
	$(BIN)/python tools/i18n.py update

clean-demo:
	rm -rf $(DEMO_DIR)

# Speed and size against baselines (benchmarks/README.md); stores are kept in .bench-data/<N>.
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run --cases 10000

bench-full: $(STAMP)
	$(BIN)/python -m benchmarks.run --cases 1000000 --repeat 3 --import-cases 100000

# 10,000, 100,000 and 1,000,000 cases, then one table of how each figure grows.
bench-growth: $(STAMP)
	$(BIN)/python -m benchmarks.run --cases 10000
	$(BIN)/python -m benchmarks.run --cases 100000 --repeat 3
	$(BIN)/python -m benchmarks.run --cases 1000000 --repeat 3 --import-cases 100000
	$(BIN)/python -m benchmarks.growth

# SIGKILL a writer of real service calls 200 times; after each kill the store must open,
# be intact, keep its audit chain and hold every acknowledged operation, whole.
crash-harness: $(STAMP)
	$(BIN)/python -m tests.reliability.crash_harness --kills 200

# The commission server's figures (PostgreSQL beside the laptop's SQLite), 10,000 cases.
bench-server: $(STAMP)
	$(BIN)/python tools/pgserver.py start --dir $(PG_DIR) >/dev/null
	PANA_BENCH_SERVER="$$($(BIN)/python tools/pgserver.py url --dir $(PG_DIR))" \
		$(BIN)/python -m benchmarks.server --cases 10000

pg-stop:
	$(BIN)/python tools/pgserver.py stop --dir $(PG_DIR)
