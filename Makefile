# The project's front door. Every target creates .venv and installs what it needs:
# `make run` what the window needs, the others the test and build tools too.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
# setuptools reports every editable install of a package-dir layout (resources/ is installed
# as tillitworkshop.resources) with a warning that is only information: not shown.
PIP_INSTALL := PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet

.PHONY: run test lint bench screenshots stress clean translations translations-update installer

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) -e .
	touch $(RUN_STAMP)

# pytest, hypothesis, ruff, import-linter and PyInstaller, with the runtime dependencies.
$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) -e '.[test,build]'
	touch $(DEV_STAMP) $(RUN_STAMP)

## run: install, add the demo session when the library is empty, and show the library
run: $(RUN_STAMP) translations
	@$(BIN)/tillitworkshop list --json | $(BIN)/python -c "import json,sys; sys.exit(0 if json.load(sys.stdin) else 1)" \
		|| $(BIN)/tillitworkshop demo >/dev/null
	$(BIN)/tillitworkshop

## test: install, then lint, check the import boundary and the types, and run the tests (the slow ones
## build the installer, about 2 minutes; `pytest -m "not slow"` leaves them out)
test: $(DEV_STAMP) translations
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

## translations: compile translations/*.ts to resources/translations/*.qm (pyside6-lrelease)
translations: $(RUN_STAMP)
	$(BIN)/python build_installer.py --translations-only

## translations-update: collect the window's strings into translations/*.ts (pyside6-lupdate),
## fill English, and list the Swedish still to translate (then: pyside6-linguist, or sv.tsv)
translations-update: $(DEV_STAMP)
	$(BIN)/python packaging/translations.py update

## installer: build dist/TillitWorkshop-<version>-<os>-<arch>.tar.gz (.zip on Windows, macOS)
installer: $(DEV_STAMP)
	$(BIN)/python build_installer.py

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

## bench: benchmarks, each printed as a ratio against a floor measured in the same run
bench: $(DEV_STAMP)
	$(BIN)/python -m bench

## stress: the reliability suite at large counts (1,000 kills, 100 kills during restore, 10,000 fuzzed imports, 100,000
## steps of the undo model; 100 phones in the room for 2 minutes), figures printed
stress: $(DEV_STAMP)
	@TILLIT_STRESS=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -s tests/reliability tests/store/test_undo_model.py > stress.log 2>&1; \
		status=$$?; grep -E '^\[reliability\]|passed|failed' stress.log; exit $$status
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.bench_room load 100 120 2>/dev/null  # the room: 100 phones, 2 min

## screenshots: the window on the demo session under Xvfb, one PNG per built phase, into docs/screenshots (and docs/screenshots/1366: a 1366x768 laptop)
screenshots: $(DEV_STAMP)
	@command -v xvfb-run >/dev/null || { echo "make screenshots needs Xvfb: apt-get install -y xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0"; exit 2; }
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python tools/screenshots.py docs/screenshots sv
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python tools/screenshots.py docs/screenshots/en en
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python tools/screenshots.py docs/screenshots/1366 sv 1366x768

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build dist *.egg-info
