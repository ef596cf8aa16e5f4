#!/usr/bin/env bash
# Build the one-folder bundle dist/studio-app/ with PyInstaller, then a .deb in the UOS app-store
# layout (also installs on Kylin and plain Debian/Ubuntu): dist/<appid>_<version>_<arch>.deb.
#
#   bash packaging/build.sh          (or: make package)
#
# Variables: VENV (.venv), APPID (cn.gov.cppcc.studio-app), SKIP_PYINSTALLER=1 to repackage an
# existing dist/studio-app/ without rebuilding it, BUNDLE_ONLY=1 to stop after it, DEB_STAGE_ONLY=1
# to stop before dpkg-deb, GLIBC_NEEDED and GLIBC_MIN (below).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
APPID=${APPID:-cn.gov.cppcc.studio-app}
APPNAME="委员工作室助手"
BUNDLE=dist/studio-app

if [ ! -x "$PY" ]; then
    echo "build.sh: $PY not found; run 'make venv' first (make package does)." >&2
    exit 1
fi

# ---- 1. the PyInstaller bundle ---------------------------------------------------------------
if [ "${SKIP_PYINSTALLER:-0}" != 1 ]; then
    if ! "$PY" -c 'import PyInstaller' >/dev/null 2>&1; then
        echo "build.sh: installing PyInstaller into $VENV"
        "$VENV/bin/pip" install --quiet --disable-pip-version-check pyinstaller
    fi
    "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath dist --workpath build/pyinstaller packaging/studio_app.spec
fi
[ -x "$BUNDLE/studio-app" ] || { echo "build.sh: $BUNDLE/studio-app was not built" >&2; exit 1; }

echo "Unpacked bundle size: $(du -sh "$BUNDLE" | cut -f1)  ($BUNDLE)"
bundle_mb=$(( $(du -sm "$BUNDLE" | cut -f1) ))
if [ "$bundle_mb" -gt 250 ]; then
    echo "build.sh: WARNING: the bundle is ${bundle_mb} MB, above the 250 MB target" >&2
fi

[ "${BUNDLE_ONLY:-0}" != 1 ] || exit 0

# ---- 2. the .deb (UOS layout: everything under /opt/apps/<appid>/) -----------------------------
if ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "build.sh: dpkg-deb not found; skipping the .deb (the bundle is in $BUNDLE)." >&2
    exit 0
fi

APP_VERSION=$("$PY" -c 'import studio_app; print(studio_app.__version__)')
VERSION="$APP_VERSION.0"   # four numbers, as the UOS info file wants (0.1.0 -> 0.1.0.0)
ARCH=$(dpkg --print-architecture)
STAGE=build/deb/root
PREFIX="/opt/apps/$APPID"
DEB="dist/${APPID}_${VERSION}_${ARCH}.deb"

rm -rf build/deb
mkdir -p "$STAGE/DEBIAN" \
    "$STAGE$PREFIX/entries/applications" \
    "$STAGE$PREFIX/entries/icons/hicolor/scalable/apps" \
    "$STAGE$PREFIX/files/doc" \
    "$STAGE/usr/share/applications"

# The program. PyInstaller makes relative symlinks between shared libraries inside _internal/;
# the package stores them as hard links instead (symlink-free, and no file is stored twice).
cp -a "$BUNDLE/." "$STAGE$PREFIX/files/"
while IFS= read -r -d '' link; do
    target=$(readlink -f "$link")
    case "$target" in
        "$ROOT/$STAGE$PREFIX/files/"*) ;;
        *) echo "build.sh: $link points outside the bundle ($target)" >&2; exit 1 ;;
    esac
    if [ -d "$target" ]; then
        rm "$link" && cp -a "$target" "$link"
    else
        ln -f "$target" "$link"
    fi
done < <(find "$STAGE$PREFIX/files" -type l -print0)

cat > "$STAGE$PREFIX/files/doc/copyright" <<EOF
$APPNAME (studio-app) $APP_VERSION
Licence: MIT.

Bundled third-party software, each under its own licence:
  Python (PSF License); Qt 6 and PySide6 (LGPL-3.0); SQLAlchemy, Alembic, platformdirs,
  qrcode, argon2-cffi (MIT); reportlab (BSD); openpyxl (MIT); pypinyin (MIT);
  chinesecalendar (MIT); lunar-python (MIT); psycopg (LGPL-3.0, when bundled);
  Droid Sans Fallback (Apache-2.0, Google Corp.); Bitstream Vera (Bitstream Vera licence).
The program keeps its data in the user's own folders (platformdirs), never in $PREFIX:
removing the package leaves the data in place.
EOF

# The desktop entry: UOS reads entries/; plain Debian and Kylin read /usr/share/applications
# (a plain file with the same desktop-file ID, so the launcher shows it once).
sed "s/@APPID@/$APPID/g" packaging/studio-app.desktop.in \
    > "$STAGE$PREFIX/entries/applications/$APPID.desktop"
sed -e "s/@APPID@/$APPID/g" \
    -e "s|^Icon=.*|Icon=$PREFIX/entries/icons/hicolor/scalable/apps/$APPID.svg|" \
    packaging/studio-app.desktop.in > "$STAGE/usr/share/applications/$APPID.desktop"
cp resources/icons/studio-app.svg "$STAGE$PREFIX/entries/icons/hicolor/scalable/apps/$APPID.svg"

"$PY" - "$STAGE$PREFIX/info" "$APPID" "$APPNAME" "$VERSION" "$ARCH" <<'EOF'
import json, sys
path, appid, name, version, arch = sys.argv[1:]
info = {
    "appid": appid,
    "name": name,
    "version": version,
    "arch": [arch],
    "permissions": {
        "autostart": False,
        "notification": False,
        "trayicon": False,
        "clipboard": False,
        "account": False,
        "bluetooth": False,
        "camera": False,
        "audio_record": False,
        "installed_apps": False,
    },
}
with open(path, "w", encoding="utf-8") as f:
    json.dump(info, f, ensure_ascii=False, indent=2)
    f.write("\n")
EOF

# The oldest glibc the bundle accepts: the newest GLIBC_x.y any of its files asks for (objdump -T).
# The PySide6 wheels and the build machine's Python decide it: 6.12 wheels need 2.34 (Debian 12,
# Ubuntu 22.04, UOS 23); packaging/oldglibc/build.sh makes the bundle for glibc 2.28 (UOS 20).
# GLIBC_NEEDED: measured outside, on the same files (oldglibc/build.sh measures the arm64 bundle
# on the build machine: under qemu its thousands of small processes had not finished after 5 min).
glibc=${GLIBC_NEEDED:-$(bash packaging/glibc-needed.sh "$STAGE$PREFIX/files")}
[ -n "$glibc" ] || { echo "build.sh: no glibc version measured (objdump missing?)" >&2; exit 1; }
# GLIBC_MIN: the glibc the wheels' manylinux tag promises to run from, when their symbols ask for
# less (PySide6 6.7.3's aarch64 wheels: manylinux_2_31, symbols up to 2.30); the higher one counts.
glibc=$(printf '%s\n' "$glibc" "${GLIBC_MIN:-0}" | sort -V | tail -1)
# Qt's xcb platform plugin and OpenGL/fonts/D-Bus come from the system (same list as `make sysdeps`).
depends="libc6 (>= ${glibc:-2.28}), libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0,"
depends="$depends libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-randr0,"
depends="$depends libxkbcommon-x11-0, libegl1, libgl1, libfontconfig1, libdbus-1-3,"
# session management: the xcb plugin of PySide6 6.7 (the arm64 bundle's) links libSM and libICE
depends="$depends libsm6, libice6,"
# the Wayland platform plugins (UOS and Kylin offer Wayland sessions) load Qt's Wayland client
depends="$depends libwayland-cursor0, libwayland-egl1,"
# the house style's body (宋, AR PL UMing CN) and second-level headings (楷, AR PL UKai CN)
depends="$depends fonts-arphic-uming, fonts-arphic-ukai"

# Plain permissions whatever the umask: dirs 755, files 644, executables stay executable.
chmod -R u=rwX,go=rX "$STAGE"
installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)

cat > "$STAGE/DEBIAN/control" <<EOF
Package: $APPID
Version: $VERSION
Architecture: $ARCH
Maintainer: studio-app developers <studio-app@localhost>
Installed-Size: $installed_kb
Depends: $depends
Recommends: fonts-wqy-zenhei | fonts-noto-cjk, cups
Section: utils
Priority: optional
Description: $APPNAME — CPPCC members' studio assistant
 A local desktop program for a CPPCC members' studio: reception days, the
 public's requests followed to the end, members and the households they keep
 in touch with, QR "find your member" posters and meeting minutes.
 .
 User data lives in the user's own data folder and survives uninstall.
EOF
# No maintainer scripts: nothing outside the package's own files is changed.

if find "$STAGE" -type l | grep -q .; then
    echo "build.sh: the package tree has symlinks:" >&2
    find "$STAGE" -type l >&2
    exit 1
fi

# DEB_STAGE_ONLY=1: the package tree only, for a dpkg-deb outside the build root (under qemu its
# xz compression takes many times as long).
if [ "${DEB_STAGE_ONLY:-0}" = 1 ]; then
    echo "Package tree: $STAGE"
    exit 0
fi
dpkg-deb --build --root-owner-group -Zxz "$STAGE" "$DEB" >/dev/null
echo "Package: $DEB ($(du -h "$DEB" | cut -f1)), installed size $(( installed_kb / 1024 )) MB"
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Depends:/p'
