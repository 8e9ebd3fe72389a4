# Two set-up commands for a fresh machine with Python 3.11+ and make: `make run`, `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARTICLES := data/articles
PORT ?= 8501
# the benchmark corpus size; at today's extraction speed 200 MB takes over an hour, `make bench BENCH_MB=5` minutes
BENCH_MB ?= 200

.PHONY: run test data install browser bench clean

$(STAMP): pyproject.toml requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dask]"
	@touch $(STAMP)

install: $(STAMP)

# Rebuild the bundled tables from the bundled articles (and the current rules).
data: $(STAMP)
	$(BIN)/python -m extract build $(ARTICLES) --out data/claims.parquet

run: $(STAMP)
	@test -f data/claims.parquet -a -f data/documents.parquet || $(MAKE) data
	$(BIN)/streamlit run app.py --server.port $(PORT)

# Debian's chromium for the browser test; installed when missing and we may install packages.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: chromium is not installed and cannot be installed here; the browser test will be skipped"; fi; }

# The suite runs a test file per worker on up to four cores: alone on one, its few long tests (a megabyte line,
# a clean venv from requirements.txt, the browser) take it near ten minutes.
test: $(STAMP) browser
	$(BIN)/python -m pytest -q --numprocesses auto --maxprocesses 4 --dist loadfile

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py --mb $(BENCH_MB)
	$(BIN)/python benchmarks/bench_app.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
