#!/usr/bin/env bash
# Set up what is needed (packages, .venv) and launch the TokenQuote desktop app. Arguments go to the app
# (e.g. a .tokenquote file to open).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup.sh app
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-app: no display found (DISPLAY is not set). Run it on a desktop, or under a virtual one:" >&2
  echo "         xvfb-run -a packaging/run-app.sh" >&2
  exit 1
fi
exec .venv/bin/tokenquote "$@"
