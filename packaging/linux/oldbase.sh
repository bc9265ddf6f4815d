#!/usr/bin/env bash
# Freeze the bundle on an old glibc, so it starts on the distributions companies run (floor: GLIBC 2.31, see
# packaging/linux/INSTALL.txt). A PyInstaller bundle needs the glibc of the machine that built it: built on
# Debian 12 (glibc 2.36) it would not start on Ubuntu 22.04 (2.35) or RHEL 9 (2.34). So, as root:
#   1. a Debian 11 "bullseye" root (glibc 2.31) made once with debootstrap from the Debian mirror apt already
#      uses, kept in $TOKENQUOTE_BUILDROOT (default /var/cache/tokenquote/bullseye) for later builds;
#   2. CPython 3.11 built there from Debian's own source package (bookworm's python3.11, upstream source), so
#      the interpreter PyInstaller freezes asks for nothing newer than 2.31;
#   3. a virtualenv there with the project's dependencies from PyPI (pip picks the wheels built for that glibc,
#      e.g. PySide6 6.9's manylinux_2_28 ones), then packaging/tokenquote.spec frozen there;
#   4. the result copied to dist/TokenQuote; the system libraries every desktop has (AppImage's excludelist)
#      are left out by packaging/tokenquote_filters.py.
# Each step is stamped, so a second run only re-copies the sources and re-freezes (about 3 minutes).
# Usage: packaging/linux/oldbase.sh [--out DIR] [SPEC ...]   (default: dist, packaging/tokenquote.spec; called
#   by packaging/build.sh, and by tests/benchmarks/bench_frozen.py for its bare floors; TOKENQUOTE_HOST_BUILD=1
#   makes build.sh freeze on this machine instead)
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$(pwd)
out=dist
if [ "${1:-}" = --out ]; then out=$2; shift 2; fi
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(packaging/tokenquote.spec)
root=${TOKENQUOTE_BUILDROOT:-/var/cache/tokenquote/bullseye}
suite=bullseye
python_source=python3.11          # the Debian source package of the interpreter (from bookworm)
prefix=/opt/python3.11

if [ "$(id -u)" != 0 ]; then
  echo "oldbase: needs root (debootstrap, chroot); run as root or set TOKENQUOTE_HOST_BUILD=1" >&2
  exit 2
fi

# The Debian mirror apt is set up with here (deb822 .sources or a one-line sources.list).
mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null \
  | grep -v -- '-security' | head -1 || true)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || { echo "oldbase: no Debian mirror found in apt's sources" >&2; exit 2; }

# pip there trusts what pip here trusts (the host's CA bundle, which may hold a local proxy's certificate).
host_ca=${PIP_CERT:-${REQUESTS_CA_BUNDLE:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}}
in_root() { chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
  DEBIAN_FRONTEND=noninteractive PIP_CERT=/etc/tq-host-ca.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
  TOKENQUOTE_ONEFILE="${TOKENQUOTE_ONEFILE:-}" "$@"; }

mounted=()
cleanup() { for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done; }
trap cleanup EXIT

# 1. the base system
if [ ! -f "$root/.tq-base" ]; then
  command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap >/dev/null; }
  rm -rf "$root"
  mkdir -p "$(dirname "$root")"
  echo "oldbase: debootstrap $suite into $root"
  debootstrap --variant=minbase --include=build-essential,ca-certificates "$suite" "$root" "$mirror" >/dev/null
  touch "$root/.tq-base"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$host_ca" "$root/etc/tq-host-ca.crt"
mountpoint -q "$root/proc" || { mount -t proc proc "$root/proc"; mounted+=("$root/proc"); }

# The build tools and the libraries the interpreter and Qt link to (their bullseye versions get bundled).
debs=(dpkg-dev libssl-dev libffi-dev zlib1g-dev libbz2-dev liblzma-dev libsqlite3-dev uuid-dev libexpat1-dev
  libncurses-dev libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxrender1 libxi6 libsm6 libice6 libglib2.0-0 libwayland-client0
  libwayland-cursor0 libwayland-egl1 binutils pkg-config)
if [ ! -f "$root/.tq-debs" ] || [ "$(cat "$root/.tq-debs")" != "${debs[*]}" ]; then
  cat > "$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb-src $mirror bookworm main
EOF
  # bookworm's source package is signed with bookworm's key: the host's keyring knows it
  cp /usr/share/keyrings/debian-archive-keyring.gpg "$root/etc/apt/trusted.gpg.d/debian-host-archive.gpg"
  in_root apt-get update -qq
  in_root apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null
  echo "${debs[*]}" > "$root/.tq-debs"
fi

# 2. the interpreter, from Debian's source package (its upstream tarball; Debian's packaging patches are for
#    Debian's layout and are not applied)
if [ ! -x "$root$prefix/bin/python3" ]; then
  echo "oldbase: building CPython from Debian's $python_source source package"
  in_root sh -c "rm -rf /build/python && mkdir -p /build/python && cd /build/python &&
    apt-get source --download-only -qq $python_source >/dev/null && tar -xf ${python_source}_*.orig.tar.* &&
    cd Python-* && ./configure -q --prefix=$prefix --enable-shared --with-ensurepip=install \
      LDFLAGS=-Wl,-rpath,$prefix/lib >/dev/null && make -s -j\$(nproc) >/dev/null 2>&1 && make -s install >/dev/null 2>&1"
  rm -rf "$root/build/python"
fi

# 3. the sources and the dependencies (the project's own list, read from pyproject.toml)
rm -rf "$root/src" && mkdir -p "$root/src"
tar -C "$src" --exclude='__pycache__' -cf - pyproject.toml README.md core gui resources packaging \
  $(ls LICENSE* THIRD_PARTY_NOTICES* CHANGELOG.md 2>/dev/null) | tar -C "$root/src" -xf -
requirements=$(in_root $prefix/bin/python3 -c "
import tomllib; p = tomllib.load(open('/src/pyproject.toml', 'rb'))['project']
print('\n'.join(p['dependencies'] + p['optional-dependencies']['build'] + p['optional-dependencies'].get('bundle', [])))")
if [ ! -f "$root/.tq-venv" ] || [ "$(cat "$root/.tq-venv")" != "$requirements" ]; then
  echo "oldbase: installing the dependencies into $root/opt/venv"
  rm -rf "$root/opt/venv"
  in_root $prefix/bin/python3 -m venv /opt/venv
  printf '%s\n' "$requirements" > "$root/src/requirements.txt"
  in_root /opt/venv/bin/python -m pip install -q --disable-pip-version-check -r /src/requirements.txt
  printf '%s' "$requirements" > "$root/.tq-venv"
fi

# 4. freeze there, bring the bundles back (every folder a spec made)
for spec in "${specs[@]}"; do
  in_root sh -c "cd /src && rm -rf /out /work && /opt/venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath /out --workpath /work $spec" 2>&1 | grep -v "Library not found: could not resolve 'lib\(gtk\|gdk\|atk\|cairo\|pango\)" || true
  made=$(ls -A "$root/out" 2>/dev/null || true)
  [ -n "$made" ] || { echo "oldbase: freezing $spec failed" >&2; exit 1; }
  mkdir -p "$out"
  for folder in $made; do
    rm -rf "${out:?}/$folder"
    cp -a "$root/out/$folder" "$out/$folder"
  done
done
in_root /opt/venv/bin/python -c "import os, sys, PySide6; print('Python', sys.version.split()[0], '· PySide6', \
PySide6.__version__, '·', os.confstr('CS_GNU_LIBC_VERSION'), '· Debian $suite')" > "$out/.oldbase-info"
echo "oldbase: froze ${specs[*]} with $(cat "$out/.oldbase-info")"
