# Two commands on a fresh machine: `make feeds` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: feeds test bench check lint clean coverage mutate

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

# Branch coverage of feeds/: total and per module (htmlcov/index.html for the lines).
coverage: $(STAMP)
	$(BIN)/python -m pytest --cov --cov-report=term --cov-report=html

# Mutation testing (slow, not part of `make test`) of the modules that decide what is
# published ([tool.mutmut] in pyproject.toml). Narrow it with MUTANTS, e.g.
#   make mutate MUTANTS='feeds.ids.* feeds.site.* feeds.publish.*'
MUTANTS ?=
mutate: $(STAMP)
	$(BIN)/mutmut run --max-children 2 $(MUTANTS)
	$(BIN)/mutmut results

# (Re)install when pyproject.toml changes; the stamp keeps `make` quiet otherwise.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--config-settings editable_mode=compat -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) mutants htmlcov .coverage output/*.xml output/*.ics output/*.json \
		output/*.html output/*.xsl output/*.css output/talks
