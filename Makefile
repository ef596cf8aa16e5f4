# 委员工作室助手 — developer tasks. GNU make; Debian/Ubuntu for `sysdeps`, Python >= 3.11.
#
#   make run     start the program (under xvfb-run when there is no screen)
#   make test    ruff + the test suite (SQLite; also PostgreSQL when STUDIO_TEST_PG_URL is set)
#   make bench   timings on a large generated data set
#   make lint    ruff check + ruff format --check
#   make package the one-folder bundle dist/studio-app/ and a .deb for UOS/Kylin/Debian (PyInstaller)
#   make package-old    the same for UOS 20 / Kylin V10 (glibc 2.28), built in a Debian 11 root;
#                       ARCH=arm64 for Kylin V10 on arm64 (glibc 2.31, an arm64 root under qemu)
#   make package-check  install those .debs (amd64 and arm64; ARCH= for one) into fresh Debian 11
#                       roots and run them there (minutes; arm64 under qemu)
#   make format  ruff format + ruff check --fix
#   make clean   caches and build output;  make distclean  also the virtualenv
#
# Variables: PYTHON (python3), VENV (.venv), ARGS (passed to studio-app),
# PYTEST_ARGS (passed to pytest, e.g. PYTEST_ARGS="-k storage -x" or PYTEST_ARGS="-m slow"),
# PYTEST_WORKERS (2: pytest-xdist processes; 0 runs the tests in this one).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=
PYTEST_ARGS ?=
PYTEST_WORKERS ?= 2
APT_GET ?= apt-get

SYSDEPS := fonts-wqy-zenhei fonts-droid-fallback fonts-hanazono fonts-arphic-uming fonts-arphic-ukai \
	poppler-utils xvfb \
	libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxkbcommon-x11-0 \
	libegl1 libgl1 libfontconfig1 libdbus-1-3

.PHONY: help venv sysdeps run test bench lint format package clean distclean

help:
	@sed -n 's/^#   //p' $(firstword $(MAKEFILE_LIST))

# ---- virtualenv ------------------------------------------------------------------------------

venv: $(STAMP)

$(BIN)/python:
	@if ! command -v $(PYTHON) >/dev/null 2>&1; then \
		echo "error: '$(PYTHON)' not found. Install Python 3.11 or newer, or run: make PYTHON=/path/to/python3.11 ..." >&2; \
		exit 1; \
	fi
	@if ! $(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then \
		echo "error: $(PYTHON) is Python $$($(PYTHON) -c 'import platform; print(platform.python_version())'); studio-app needs Python 3.11 or newer." >&2; \
		echo "       Install a newer Python and run: make PYTHON=/path/to/python3.11 ..." >&2; \
		exit 1; \
	fi
	@if ! $(PYTHON) -c 'import ensurepip, venv' >/dev/null 2>&1; then \
		pkg="python$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv"; \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			echo "$(PYTHON) cannot create virtualenvs; installing $$pkg"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$$pkg"; \
		else \
			echo "error: $(PYTHON) cannot create virtualenvs (no venv/ensurepip module)." >&2; \
			echo "       On Debian/Ubuntu run: sudo apt-get install $$pkg" >&2; \
			exit 1; \
		fi; \
	fi
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }

# Reinstall only when pyproject.toml changed since the last successful install. Without
# compiling every installed module (PySide6's too: 6 of a fresh install's 17 s); the modules
# the program and the tests import are compiled as they are first imported.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-compile -e '.[test]'
	@touch $@

# ---- system packages (Debian/Ubuntu) ------------------------------------------------------------

sysdeps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "sysdeps: not a Debian-like system (no dpkg); skipping the system package check."; \
		exit 0; \
	fi; \
	missing=""; \
	for pkg in $(SYSDEPS); do \
		dpkg-query -W -f='$${Status}\n' "$$pkg" 2>/dev/null | grep -qx 'install ok installed' \
			|| missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "sysdeps: installing$$missing"; \
		$(APT_GET) update && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y --no-install-recommends $$missing \
			|| echo "sysdeps: WARNING: apt-get failed; continuing without$$missing" >&2; \
	else \
		echo "sysdeps: these system packages are missing; the program or some tests may not work:"; \
		echo "    sudo apt-get install -y --no-install-recommends$$missing"; \
	fi

# ---- tasks -------------------------------------------------------------------------------------

run: sysdeps venv
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then \
		echo "没有检测到显示器（DISPLAY/WAYLAND_DISPLAY 均未设置），将在虚拟屏幕 xvfb-run 中运行，窗口不可见。"; \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset); running under xvfb-run, the window will not be visible."; \
		exec xvfb-run -a $(BIN)/studio-app $(ARGS); \
	fi; \
	exec $(BIN)/studio-app $(ARGS)

# Both always run, so a lint error does not hide test results; either failing fails the target.
# Bytecode is written even where PYTHONDONTWRITEBYTECODE is set: without it every xdist worker
# and every child process a test starts compiles the program and the tests again (and rewrites
# the tests' asserts), some 4 s of each worker's 6 s of collecting.
test: sysdeps venv
	@lint=0; tests=0; \
	echo "$(BIN)/ruff check studio_app tests packaging"; \
	$(BIN)/ruff check studio_app tests packaging || lint=$$?; \
	echo "$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS)"; \
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS) || tests=$$?; \
	if [ $$lint != 0 ]; then echo "test: ruff check failed (exit $$lint)" >&2; fi; \
	if [ $$tests != 0 ]; then echo "test: pytest failed (exit $$tests)" >&2; fi; \
	[ $$lint = 0 ] && [ $$tests = 0 ]

bench: venv
	$(BIN)/studio-app bench $(ARGS)

lint: venv
	$(BIN)/ruff check studio_app tests
	$(BIN)/ruff format --check studio_app tests

format: venv
	$(BIN)/ruff format studio_app tests
	$(BIN)/ruff check --fix studio_app tests

# PyInstaller is installed into the venv by the script when missing (it is not a test dependency).
package: venv
	bash packaging/build.sh

# Root only (debootstrap, chroot); the roots and their package cache live in build-roots/.
.PHONY: package-old package-check
package-old:
	$(if $(ARCH),ARCH=$(ARCH)) bash packaging/oldglibc/build.sh

# every architecture is checked, then the run fails if one did
package-check:
	status=0; for arch in $(or $(ARCH),amd64 arm64); do \
	    ARCH=$$arch bash packaging/oldglibc/check.sh || status=1; \
	done; exit $$status

clean:
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -print0 | xargs -0 rm -rf
	rm -rf .pytest_cache .ruff_cache .hypothesis build dist *.egg-info out

distclean: clean
	rm -rf $(VENV)
