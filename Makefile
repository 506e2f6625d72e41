# Two entry points for a fresh machine: `make demo` and `make test` (CI runs `make test`).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: demo test check lint types contracts install install-dev install-test system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# Installs the package and runs the demo on the bundled sample transcripts. An existing
# demo-workspace/ is kept (live interviews, chats and imports included): samples re-import idempotently.
demo: install
	$(BIN)/personas demo --out demo-workspace

install: $(BIN)/python
	$(PY) -m pip install -q -e .

# Installs everything the tests need (Debian packages, the llama.cpp server, the test GGUF model)
# and runs the whole suite, integration tests included.
test: install-test
	$(PY) -m pytest -q -ra tests

# llama.cpp is built for any x86-64 CPU, not tuned to the building one (GGML_NATIVE=OFF): tuned on a CPU
# with AMX under a hypervisor, its first generation crashed (segmentation fault in decode). pip's wheel
# cache would hand back a tuned build made earlier on the same machine, so this one package skips it.
install-test: $(BIN)/python system-deps
	CMAKE_ARGS="-DGGML_NATIVE=OFF" CMAKE_BUILD_PARALLEL_LEVEL=2 $(PY) -m pip install -q --no-cache-dir 'llama-cpp-python[server]>=0.3'
	CMAKE_BUILD_PARALLEL_LEVEL=2 $(PY) -m pip install -q -e '.[test,llm-server]'

system-deps:
	bash scripts/system-deps.sh

# The quick loop (about a minute): lint, format, types, import contracts and the fast tests.
# No Debian packages, no llama.cpp build; `make test` is the full suite CI runs.
check: install-dev lint types contracts
	$(PY) -m pytest -q -m "not integration and not slow" tests/unit tests/cli tests/tui

install-dev: $(BIN)/python
	$(PY) -m pip install -q -e '.[test]'

lint:
	$(BIN)/ruff check assistant tests bench eval
	$(BIN)/ruff format --check assistant tests bench eval

types:
	$(BIN)/mypy assistant

contracts:
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build *.egg-info
