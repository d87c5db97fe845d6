# Qamqor: `make run` to try it, `make test` to check it. Nothing else is needed
# beyond Python 3.11+ and make (and, for the tests, the Debian packages that
# .ci/run installs).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DATA   ?= demo-data
TS     := translations/qamqor_kk.ts translations/qamqor_ru.ts translations/qamqor_en.ts
QM     := $(TS:.ts=.qm)
SOURCES := $(shell find desktop -name '*.py' -not -path '*/migrations/*' | sort)

.PHONY: run test translations qm package bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

translations/%.qm: translations/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

run: $(VENV)/.installed qm
	@if [ ! -f "$(DATA)/qamqor.db" ]; then \
		$(BIN)/qamqor demo --data-dir "$(DATA)" --visitors 2000 --seed 1; \
	else \
		echo "Demo branch in $(DATA): log in as admin (or director, caseworker, coordinator, reception), password qamqor-demo"; \
	fi
	$(BIN)/qamqor --data-dir "$(DATA)"

test: $(VENV)/.installed-test qm
	$(BIN)/python -m pytest

# Update the .ts sources from the code, then build the .qm catalogues.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(SOURCES) -ts $(TS)
	$(MAKE) qm

# The one-folder program in dist/qamqor (QAMQOR_DEBUG_BUILD=1: dist/qamqor-debug,
# with a console); PyInstaller comes with the test extra. packaging/README.md
# says how to build on Windows.
package: $(VENV)/.installed-test translations
	rm -rf build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/qamqor.spec
	@du -sh dist/qamqor* | grep -v '\.tar\.gz'

.PHONY: package-tarball
package-tarball: package
	$(BIN)/python packaging/tarball.py dist/qamqor

bench: $(VENV)/.installed qm
	$(BIN)/python -m benchmarks startup

clean:
	rm -rf build dist translations/*.qm
