#!/usr/bin/env bash
# Set up everything TokenQuote needs on a fresh Debian machine, idempotently:
#   - as root: the Debian packages Qt needs to open a window, a CJK font (so Chinese never shows as boxes),
#     and for `test`/`build` also LibreOffice (recalculates exported workbooks in the tests), Xvfb and
#     ImageMagick (screenshots);
#   - a virtualenv in .venv with the project installed in editable mode (+ test or build extras);
#   - the compiled translations (.qm) built from resources/translations/*.ts.
# Usage: packaging/setup.sh [app|test|build]
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-app}

runtime_debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxrender1 libxi6 libsm6 libice6 libglib2.0-0
  fonts-wqy-microhei fonts-dejavu-core)
test_debs=(libreoffice-calc poppler-utils xvfb xauth xdotool imagemagick binutils)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  wanted=("${runtime_debs[@]}")
  [ "$mode" = app ] || wanted+=("${test_debs[@]}")
  missing=()
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
elif [ "$mode" != app ]; then
  for tool in soffice Xvfb; do
    command -v "$tool" >/dev/null 2>&1 || echo "setup: $tool not found and not root: install libreoffice-calc and xvfb" >&2
  done
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$python" -m venv .venv
fi
case "$mode" in
  app) extras="" ;;
  test) extras="[test]" ;;
  build) extras="[test,build]" ;;
  *) echo "usage: packaging/setup.sh [app|test|build]" >&2; exit 2 ;;
esac
stamp=".venv/.installed-${mode}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages into .venv (${mode})"
  # compat mode: a plain path entry instead of setuptools' import hook, which cost ~10 ms of every start-up
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}" --config-settings editable_mode=compat
  touch "$stamp"
fi

# Translations: .qm files are build products, compiled from the .ts sources (never edited by hand).
if compgen -G "resources/translations/*.ts" >/dev/null; then
  lrelease=.venv/bin/pyside6-lrelease
  for ts in resources/translations/*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$lrelease" -silent "$ts" -qm "$qm"
    fi
  done
fi
