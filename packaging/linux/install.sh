#!/bin/sh
# Install TokenQuote for the current user: links the launchers into ~/.local/bin, registers the desktop entry,
# the icons and the .tokenquote file type (double-click a project to open it). Run it from the unpacked
# TokenQuote folder; nothing outside your home is touched. Running it again is harmless.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$HOME/.local/bin" "$data/applications" "$data/mime/packages"
ln -sf "$here/tokenquote" "$HOME/.local/bin/tokenquote"
ln -sf "$here/tokenquote-cli" "$HOME/.local/bin/tokenquote-cli"
# Exec: the full path, quoted (a folder may have spaces), then %f. Inside the quotes the desktop-entry spec wants
# \ " ` $ escaped by a backslash, and that backslash doubled again by the string escaping: "$" is written \\$.
quoted=$(printf '%s' "$here/tokenquote" | sed 's/[\\"`$]/\\\\&/g')
quoted=$(printf '%s' "$quoted" | sed 's/[\\&|]/\\&/g')   # sed's own replacement escaping, for the line below
sed "s|^Exec=tokenquote %f\$|Exec=\"$quoted\" %f|" "$here/share/applications/tokenquote.desktop" \
  > "$data/applications/tokenquote.desktop"
cp -r "$here/share/icons" "$data/"
cp "$here/share/mime/packages/tokenquote.xml" "$data/mime/packages/tokenquote.xml"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "TokenQuote installed: run 'tokenquote', find it in your applications menu, or double-click a .tokenquote file."
