#!/usr/bin/env bash
# Set up what is needed (Debian packages when root, .venv with test extras) and run the whole test suite:
# core (no Qt), GUI (pytest-qt, offscreen), end-to-end (CLI, workbooks recalculated by LibreOffice).
# Arguments go to pytest. With CI=true, tests that need LibreOffice fail instead of skipping when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup.sh test
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec .venv/bin/python -m pytest -q "$@"
