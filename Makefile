# Two commands on a fresh machine: `make feeds` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: feeds test bench check lint clean

feeds: $(STAMP)
	$(BIN)/feeds build

test: $(STAMP)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/feeds check

lint: $(STAMP)
	$(BIN)/ruff check feeds tests bench

bench: $(STAMP)
	$(BIN)/python bench/bench.py

# (Re)install when pyproject.toml changes; the stamp keeps `make` quiet otherwise.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--config-settings editable_mode=compat -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) output/*.xml output/*.ics output/*.json output/*.html output/*.xsl \
		output/*.css output/talks
