#!/usr/bin/env bash
# Build the standalone app from a fresh clone: sets up .venv with PyInstaller (packaging/setup.sh build, which
# also compiles the translations), freezes the one-folder bundle dist/TokenQuote/ (windowed `tokenquote` +
# console `tokenquote-cli`) on an old glibc (packaging/linux/oldbase.sh: a Debian 11 root, so the bundle starts
# on glibc 2.31 and later — Ubuntu 20.04+, Debian 11+, RHEL 9), adds the desktop entry, MIME type, icons,
# install note and licences, packs dist/TokenQuote-<version>-linux-<arch>.tar.gz and prints the sizes.
#   TOKENQUOTE_HOST_BUILD=1 packaging/build.sh   freezes with this machine's Python instead (no root needed; the
#   bundle then needs this machine's glibc, and tests/e2e/test_frozen.py says so).
#   TOKENQUOTE_ONEFILE=1 packaging/build.sh   also builds the single-file dist/tokenquote-onefile (60 MB; it
#   unpacks itself on every start: 1.0 s to a window here against 0.21 s for the folder build).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup.sh build
version=$(.venv/bin/python -c "import core; print(core.__version__)")
arch=$(uname -m)
rm -rf build/pyinstaller dist/TokenQuote dist/.oldbase-info
if [ "${TOKENQUOTE_HOST_BUILD:-}" != 1 ] && [ "$(uname -s)" = Linux ] && [ "$(id -u)" = 0 ]; then
  packaging/linux/oldbase.sh --out dist packaging/tokenquote.spec
  built_with="$(cat dist/.oldbase-info)"
else
  [ "${TOKENQUOTE_HOST_BUILD:-}" = 1 ] || echo "build: not root, so frozen on this machine's glibc" >&2
  .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/tokenquote.spec
  built_with="$(.venv/bin/python -c "import os, sys, PySide6; print('Python', sys.version.split()[0], '· PySide6',
PySide6.__version__, '·', os.confstr('CS_GNU_LIBC_VERSION'), '· this machine')")"
fi
bundle=dist/TokenQuote
mkdir -p "$bundle/share/applications" "$bundle/share/icons/hicolor/scalable/apps"
cp packaging/linux/tokenquote.desktop "$bundle/share/applications/"
mkdir -p "$bundle/share/mime/packages"
cp packaging/linux/tokenquote-mime.xml "$bundle/share/mime/packages/tokenquote.xml"
cp resources/icons/tokenquote.svg "$bundle/share/icons/hicolor/scalable/apps/tokenquote.svg"
for png in resources/icons/tokenquote-*.png; do
  size=$(basename "$png" .png); size=${size#tokenquote-}
  mkdir -p "$bundle/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$bundle/share/icons/hicolor/${size}x${size}/apps/tokenquote.png"
done
cp packaging/linux/INSTALL.txt "$bundle/INSTALL.txt"
cp packaging/linux/install.sh "$bundle/install.sh"
cp LICENSE THIRD_PARTY_NOTICES.txt "$bundle/"
printf 'TokenQuote %s, frozen with %s\n' "$version" "$built_with" > "$bundle/BUILD-INFO.txt"
tarball="dist/TokenQuote-${version}-linux-${arch}.tar.gz"
tar -C dist -czf "$tarball" TokenQuote
echo "bundle:  $bundle  $(du -sh "$bundle" | cut -f1)"
echo "archive: $tarball  $(du -sh "$tarball" | cut -f1)"
[ -f dist/tokenquote-onefile ] && echo "onefile: dist/tokenquote-onefile  $(du -sh dist/tokenquote-onefile | cut -f1)"
exit 0
