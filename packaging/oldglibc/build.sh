#!/usr/bin/env bash
# The bundle and .deb for UOS 20 (glibc 2.28) and Kylin V10 SP1 (glibc 2.31), built in a Debian 11
# root made from Debian's packages, so the build does not depend on the machine it runs on:
#
#   bash packaging/oldglibc/build.sh      (or: make package-old; root needed: debootstrap, chroot)
#
# 1. build-roots/bullseye-<arch>-build: Debian 11 with a C compiler and the libraries Python needs;
# 2. Python 3.11 built from Debian's own python3.11 source (bookworm's: upstream 3.11.2 with
#    Debian's backported security fixes), with exp/log/pow bound to their pre-2.29 symbol versions (glibc-compat.h) and sem_clockwait
#    (glibc 2.30) left out, so the interpreter asks for nothing newer than glibc 2.28;
# 3. a virtualenv with the program's dependencies, PySide6 pinned by constraints.txt (its
#    manylinux_2_28 wheels);
# 4. packaging/build.sh run inside the root: the PyInstaller bundle, then the .deb, whose
#    Depends: libc6 (>= x.y) is the newest GLIBC_x.y any file of the bundle asks for (objdump -T).
# Output: dist/studio-app/, dist/cn.gov.cppcc.studio-app_<version>_<arch>.deb and
# dist/glibc-<arch>.txt (every ELF file of the bundle with the newest glibc version it needs).
#
# Variables: ROOTS, MIRROR, ARCH (root.sh); PYTHON_SOURCE_SUITE (bookworm) where python3.11 comes from.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=root.sh
source "$HERE/root.sh"
[ "$(id -u)" = 0 ] || { echo "oldglibc/build.sh: needs root (debootstrap, chroot, mount)" >&2; exit 1; }

PYTHON_SOURCE_SUITE=${PYTHON_SOURCE_SUITE:-bookworm}
ROOT="$ROOTS/bullseye-$ARCH-build"
PREFIX=/opt/python3.11
VENV=/opt/bundle-venv

BUILD_PACKAGES=(
    build-essential pkg-config xz-utils ca-certificates binutils dpkg-dev tclsh
    libssl-dev libffi-dev libsqlite3-dev zlib1g-dev libbz2-dev liblzma-dev uuid-dev libexpat1-dev
    # what Qt's libraries and plugins load from the system: PyInstaller's analysis looks them up
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0
    libxcb-xinerama0 libxcb-randr0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3
)

# .complete holds the package list the root was made with: a changed list installs the difference.
[ -f "$ROOT/.complete" ] || new_root "$(basename "$ROOT")" >/dev/null
mount_root "$ROOT"
if [ "$(cat "$ROOT/.complete" 2>/dev/null)" != "${BUILD_PACKAGES[*]}" ]; then
    install_in_root "$ROOT" --no-install-recommends "${BUILD_PACKAGES[@]}"
    echo "${BUILD_PACKAGES[*]}" > "$ROOT/.complete"
fi
mkdir -p "$ROOT/src"
mountpoint -q "$ROOT/src" || mount --bind "$CHECKOUT" "$ROOT/src"
trap 'unmount_root "$ROOT"' EXIT

# ---- SQLite ---------------------------------------------------------------------------------------
# Debian 11's libsqlite3 asks for glibc 2.29 (exp/log/pow): the bundle carries its own, built from
# Debian's sqlite3 source (bookworm's 3.40.1 with Debian's fixes after 41-…) with Debian's
# options and FTS5 (the full-text search), into $PREFIX/lib where Python's _sqlite3 finds it first.
if [ ! -f "$ROOT$PREFIX/lib/libsqlite3.so.0" ]; then
    echo "deb-src $MIRROR $PYTHON_SOURCE_SUITE main" > "$ROOT/etc/apt/sources.list.d/deb-src.list"
    apt_in_root "$ROOT" update >/dev/null
    in_root "$ROOT" bash -euc '
        rm -rf /var/tmp/sqlite-src && mkdir -p /var/tmp/sqlite-src && cd /var/tmp/sqlite-src
        apt-get -q source --download-only sqlite3
        tar xf sqlite3_*[0-9].orig.tar.* && tar xf sqlite3_*.debian.tar.*
        cd sqlite3-*/
        for patch in $(sed -n "/^41-/,\$p" ../debian/patches/series); do
            patch -p1 -s --no-backup-if-mismatch < "../debian/patches/$patch"
        done
        ./configure >/dev/null && nice -n 10 make sqlite3.c >/dev/null
        mkdir -p '"$PREFIX"'/lib
        nice -n 10 gcc -shared -fPIC -O2 -fno-strict-aliasing \
            -include /src/packaging/oldglibc/glibc-compat.h \
            -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 \
            -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 \
            -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY \
            -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ALLOW_ROWID_IN_VIEW \
            -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 -DSQLITE_ENABLE_LOAD_EXTENSION \
            -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_THREADSAFE=1 \
            -DSQLITE_ENABLE_FTS3_TOKENIZER=1 -DSQLITE_USE_URI=1 -DSQLITE_MAX_SCHEMA_RETRY=25 \
            -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_STMTVTAB \
            -DSQLITE_MAX_VARIABLE_NUMBER=250000 -DHAVE_USLEEP -DHAVE_FDATASYNC \
            -Wl,-soname,libsqlite3.so.0 -o '"$PREFIX"'/lib/libsqlite3.so.0 sqlite3.c -lm -ldl -lpthread
    '
    rm "$ROOT/etc/apt/sources.list.d/deb-src.list"
fi

# ---- Python 3.11 ---------------------------------------------------------------------------------
if [ ! -x "$ROOT$PREFIX/bin/pip3.11" ]; then
    echo "deb-src $MIRROR $PYTHON_SOURCE_SUITE main" > "$ROOT/etc/apt/sources.list.d/deb-src.list"
    apt_in_root "$ROOT" update >/dev/null
    in_root "$ROOT" bash -euc '
        rm -rf /var/tmp/python-src && mkdir -p /var/tmp/python-src && cd /var/tmp/python-src
        apt-get -q source --download-only python3.11
        tar xf python3.11_*.orig.tar.*
        tar xf python3.11_*.debian.tar.*
        cd Python-3.11*/
        # Debian'"'"'s fixes taken from later Python releases (security and crash fixes: the series
        # from shutdown-deadlock.diff on); the patches before it fit Python to Debian'"'"'s own layout.
        for patch in $(sed -n "/^shutdown-deadlock.diff/,\$p" ../debian/patches/series); do
            patch -p1 -s --no-backup-if-mismatch < "../debian/patches/$patch"
        done
        # One of those fixes has pyexpat use an internal header (Debian builds pyexpat into the
        # interpreter); as a shared module it needs what Python 3.12 declares at its top.
        sed -i "1i #ifndef Py_BUILD_CORE_BUILTIN\\n#  define Py_BUILD_CORE_MODULE 1\\n#endif" Modules/pyexpat.c
        # sem_clockwait is glibc 2.30: threading falls back to sem_timedwait, as on glibc 2.28.
        # expat from the system (Debian keeps it patched), not the copy in the 3.11.2 tarball.
        nice -n 10 ./configure --prefix='"$PREFIX"' --enable-shared --with-ensurepip=install \
            --with-system-expat \
            LDFLAGS="-Wl,-rpath,'"$PREFIX"'/lib" \
            CFLAGS="-O2 -include /src/packaging/oldglibc/glibc-compat.h" \
            ac_cv_func_sem_clockwait=no >/var/tmp/python-src/configure.log
        nice -n 10 make -j2 >/var/tmp/python-src/make.log 2>&1
        make install >/var/tmp/python-src/install.log 2>&1
    '
    rm "$ROOT/etc/apt/sources.list.d/deb-src.list"
fi
echo "Python in the root: $(in_root "$ROOT" $PREFIX/bin/python3.11 -VV | head -1)"

# ---- the virtualenv ------------------------------------------------------------------------------
# The program's dependencies from pyproject.toml (and psycopg for a shared PostgreSQL server, as
# the main bundle has it), PySide6 pinned by the constraint file. PySide6-Pdf is a package of
# PySide6 6.12 only: in 6.9 QtPdf is in the Addons wheel. The wheels are fetched by this machine's
# own pip (its index and certificates) for manylinux_2_28 and Python 3.11, into build-roots/wheels/,
# and installed in the root from there without network: no wheel can need a newer glibc.
HOST_PYTHON=${HOST_PYTHON:-$(command -v python3)}
mapfile -t REQUIREMENTS < <("$HOST_PYTHON" - "$CHECKOUT/pyproject.toml" <<'PY'
import sys
import tomllib

project = tomllib.load(open(sys.argv[1], "rb"))["project"]
for dep in project["dependencies"] + project["optional-dependencies"]["postgres"]:
    if not dep.lower().startswith("pyside6-pdf"):
        print(dep)
PY
)
REQUIREMENTS+=(pyinstaller)
WHEELS="$ROOTS/wheels-$ARCH"
mkdir -p "$WHEELS"
# every manylinux tag up to 2.28, the legacy names (manylinux2014 = 2.17) included
platforms=()
for tag in manylinux_2_{28,27,26,25,24,17,12,5} manylinux2014 manylinux2010 manylinux1; do
    platforms+=(--platform "${tag}_$(uname -m)")
done
nice -n 10 "$HOST_PYTHON" -m pip download -q --disable-pip-version-check --dest "$WHEELS" \
    --only-binary=:all: "${platforms[@]}" --python-version 3.11 \
    --implementation cp --abi cp311 --abi abi3 --abi none \
    -c "$CHECKOUT/packaging/oldglibc/constraints.txt" "${REQUIREMENTS[@]}"
mkdir -p "$ROOT/var/tmp/wheels"
mountpoint -q "$ROOT/var/tmp/wheels" || mount --bind "$WHEELS" "$ROOT/var/tmp/wheels"
in_root "$ROOT" bash -euc '
    [ -x '"$VENV"'/bin/python ] || '"$PREFIX"'/bin/python3.11 -m venv '"$VENV"'
    nice -n 10 '"$VENV"'/bin/pip install -q --disable-pip-version-check --no-index \
        --find-links /var/tmp/wheels -c /src/packaging/oldglibc/constraints.txt "$@"
' pip-install "${REQUIREMENTS[@]}"
umount "$ROOT/var/tmp/wheels"

# ---- the bundle and the .deb ---------------------------------------------------------------------
in_root "$ROOT" bash -euc "cd /src && nice -n 10 env VENV=$VENV bash packaging/build.sh"
in_root "$ROOT" bash /src/packaging/glibc-needed.sh --files /src/dist/studio-app > "$CHECKOUT/dist/glibc-$ARCH.txt"
echo "Newest glibc symbol in the bundle: $(head -1 "$CHECKOUT/dist/glibc-$ARCH.txt")"
