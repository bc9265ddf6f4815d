#!/bin/sh
# Install TokenQuote for the current user: links the launchers into ~/.local/bin and registers the desktop
# entry and icons. Run it from the unpacked TokenQuote folder; nothing outside your home is touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications"
ln -sf "$here/tokenquote" "$HOME/.local/bin/tokenquote"
ln -sf "$here/tokenquote-cli" "$HOME/.local/bin/tokenquote-cli"
sed "s|^Exec=tokenquote|Exec=$here/tokenquote|" "$here/share/applications/tokenquote.desktop" \
  > "$HOME/.local/share/applications/tokenquote.desktop"
cp -r "$here/share/icons" "$HOME/.local/share/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$HOME/.local/share/applications" || true
echo "TokenQuote installed: run 'tokenquote' or find it in your applications menu."
