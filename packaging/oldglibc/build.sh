#!/usr/bin/env bash
# The bundle and .deb for UOS 20 (glibc 2.28) and Kylin V10 SP1 (glibc 2.31), built in a Debian 11
# root made from Debian's packages, so the build does not depend on the machine it runs on:
#
#   bash packaging/oldglibc/build.sh            (or: make package-old; root needed: debootstrap, chroot)
#   ARCH=arm64 bash packaging/oldglibc/build.sh (or: make package-old ARCH=arm64; qemu-user-static
#                                                and binfmt-support run the arm64 root)
#
# 1. build-roots/bullseye-<arch>-build: Debian 11 with the libraries Python needs;
# 2. Python 3.11 built from Debian's own python3.11 source (bookworm's: upstream 3.11.2 with
#    Debian's backported security fixes), with exp/log/pow bound to their pre-2.29 symbol versions
#    (glibc-compat.h) and sem_clockwait (glibc 2.30) left out, so the interpreter asks for nothing
#    newer than glibc 2.28. For another architecture than this machine's it is cross-compiled in
#    build-roots/bullseye-<this arch>-cross-<arch> with Debian 11's cross compiler against Debian
#    11's <arch> libraries (under qemu the compiler runs about ten times slower);
# 3. a virtualenv with the program's dependencies, PySide6 pinned by constraints-<arch>.txt (wheels
#    for manylinux_2_28 on amd64, manylinux_2_31 on arm64: PySide6 has no older aarch64 wheels);
# 4. packaging/build.sh run inside the root: the PyInstaller bundle, then the .deb, whose
#    Depends: libc6 (>= x.y) is the newest GLIBC_x.y any file of the bundle asks for (objdump -T).
# Output: dist/studio-app/, dist/cn.gov.cppcc.studio-app_<version>_<arch>.deb and
# dist/glibc-<arch>.txt (every ELF file of the bundle with the newest glibc version it needs).
#
# Variables: ROOTS, MIRROR, ARCH (root.sh: amd64, arm64); PYTHON_SOURCE_SUITE (bookworm) where
# python3.11 comes from.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=root.sh
source "$HERE/root.sh"
[ "$(id -u)" = 0 ] || { echo "oldglibc/build.sh: needs root (debootstrap, chroot, mount)" >&2; exit 1; }

PYTHON_SOURCE_SUITE=${PYTHON_SOURCE_SUITE:-bookworm}
ROOT="$ROOTS/bullseye-$ARCH-build"
PREFIX=/opt/python3.11
VENV=/opt/bundle-venv
# The newest glibc the bundle may ask for, per architecture: the wheels are fetched for it, and it is
# the manylinux tag of the PySide6 wheels, which the package's Depends states at least.
case "$ARCH" in
    amd64) MACHINE=x86_64 GNU_TYPE=x86_64-linux-gnu GLIBC_TARGET=2.28 ;;
    arm64) MACHINE=aarch64 GNU_TYPE=aarch64-linux-gnu GLIBC_TARGET=2.31 ;;
    *) echo "oldglibc/build.sh: ARCH=$ARCH: amd64 or arm64" >&2; exit 1 ;;
esac

# the libraries Python's modules link with (the cross root has them for $ARCH)
PYTHON_LIBS=(libssl-dev libffi-dev libsqlite3-dev zlib1g-dev libbz2-dev liblzma-dev uuid-dev libexpat1-dev)
BUILD_PACKAGES=(
    build-essential pkg-config xz-utils ca-certificates binutils dpkg-dev tclsh
    "${PYTHON_LIBS[@]}"
    # what Qt's libraries and plugins load from the system: PyInstaller's analysis looks them up
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0
    libxcb-xinerama0 libxcb-randr0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3
)

# prepare_root ROOT PACKAGE...: a build root with those packages; .complete holds the package list
# the root was made with, so a changed list installs the difference.
prepare_root() {
    local root=$1
    shift
    [ -f "$root/.complete" ] || new_root "$(basename "$root")" >/dev/null
    mount_root "$root"
    if [ "$(cat "$root/.complete" 2>/dev/null)" != "$*" ]; then
        install_in_root "$root" --no-install-recommends "$@"
        echo "$*" > "$root/.complete"
    fi
    mkdir -p "$root/src"
    mountpoint -q "$root/src" || mount --bind "$CHECKOUT" "$root/src"
}
prepare_root "$ROOT" "${BUILD_PACKAGES[@]}"
trap 'unmount_root "$ROOT"' EXIT

# Where the C code is compiled: in the build root itself, or for another architecture in a root of
# this machine's architecture with Debian 11's cross compiler and Debian 11's $ARCH libraries
# (multiarch), so the result links against the same glibc 2.31 and library versions as a native
# build. Measured here: gcc under qemu-aarch64 took 9.4 times the CPU time of the native compiler,
# which would make Python's build well over an hour on the two shared cores.
BUILD_ARCH=$(dpkg --print-architecture)
if [ "$ARCH" = "$BUILD_ARCH" ]; then
    COMPILE_ROOT=$ROOT HOST=
else
    COMPILE_ROOT="$ROOTS/bullseye-$BUILD_ARCH-cross-$ARCH" HOST=$GNU_TYPE
    CROSS_PACKAGES=(build-essential pkg-config xz-utils ca-certificates dpkg-dev tclsh zlib1g-dev
        "gcc-$GNU_TYPE" "${PYTHON_LIBS[@]/%/:$ARCH}")
    if [ ! -f "$COMPILE_ROOT/.complete" ]; then
        ( ARCH=$BUILD_ARCH; new_root "$(basename "$COMPILE_ROOT")" >/dev/null )
        chroot "$COMPILE_ROOT" dpkg --add-architecture "$ARCH"
    fi
    ( ARCH=$BUILD_ARCH; prepare_root "$COMPILE_ROOT" "${CROSS_PACKAGES[@]}" )
    trap 'unmount_root "$ROOT"; unmount_root "$COMPILE_ROOT"' EXIT
fi
CC=${HOST:+$HOST-}gcc

# in_compile_root SCRIPT: the script in the compile root with PREFIX, HOST and CC set, Debian's
# $PYTHON_SOURCE_SUITE sources reachable for `apt-get source`.
in_compile_root() {
    echo "deb-src $MIRROR $PYTHON_SOURCE_SUITE main" > "$COMPILE_ROOT/etc/apt/sources.list.d/deb-src.list"
    apt_in_root "$COMPILE_ROOT" update >/dev/null
    in_root "$COMPILE_ROOT" env PREFIX="$PREFIX" HOST="$HOST" CC="$CC" bash -euc "$1"
    rm "$COMPILE_ROOT/etc/apt/sources.list.d/deb-src.list"
}

# ---- SQLite ---------------------------------------------------------------------------------------
# Debian 11's libsqlite3 asks for glibc 2.29 (exp/log/pow): the bundle carries its own, built from
# Debian's sqlite3 source (bookworm's 3.40.1 with Debian's fixes after 41-…) with Debian's
# options and FTS5 (the full-text search), into $PREFIX/lib where Python's _sqlite3 finds it first.
if [ ! -f "$COMPILE_ROOT$PREFIX/lib/libsqlite3.so.0" ]; then
    in_compile_root '
        rm -rf /var/tmp/sqlite-src && mkdir -p /var/tmp/sqlite-src && cd /var/tmp/sqlite-src
        apt-get -q source --download-only sqlite3
        tar xf sqlite3_*[0-9].orig.tar.* && tar xf sqlite3_*.debian.tar.*
        cd sqlite3-*/
        for patch in $(sed -n "/^41-/,\$p" ../debian/patches/series); do
            patch -p1 -s --no-backup-if-mismatch < "../debian/patches/$patch"
        done
        # the amalgamation is generated with this machine'"'"'s compiler, then compiled for $HOST
        CC=gcc ./configure >/dev/null && nice -n 10 make sqlite3.c >/dev/null
        mkdir -p "$PREFIX/lib"
        nice -n 10 "$CC" -shared -fPIC -O2 -fno-strict-aliasing \
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
            -Wl,-soname,libsqlite3.so.0 -o "$PREFIX/lib/libsqlite3.so.0" sqlite3.c -lm -ldl -lpthread
    '
fi

# ---- Python 3.11 ---------------------------------------------------------------------------------
if [ ! -x "$COMPILE_ROOT$PREFIX/bin/python3.11" ]; then
    in_compile_root '
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
        cross=()
        if [ -n "$HOST" ]; then
            # A cross build runs its own scripts with a Python of the same version built for
            # this machine (not shipped), from the same source.
            [ -x /opt/build-python3.11/bin/python3.11 ] || (mkdir build-python && cd build-python \
                && CC=gcc ../configure --prefix=/opt/build-python3.11 >../../build-python-configure.log \
                && nice -n 10 make -j2 >../../build-python-make.log 2>&1 \
                && make install >../../build-python-install.log 2>&1)
            # what configure cannot run a test program to learn, as it is on Debian 11 arm64
            cross=(--host="$HOST" --build="$(gcc -dumpmachine)" \
                --with-build-python=/opt/build-python3.11/bin/python3.11 \
                ac_cv_file__dev_ptmx=yes ac_cv_file__dev_ptc=no ac_cv_buggy_getaddrinfo=no)
        fi
        # sem_clockwait is glibc 2.30: threading falls back to sem_timedwait, as on glibc 2.28.
        # expat from the system (Debian keeps it patched), not the copy in the 3.11.2 tarball.
        # pip is installed where the interpreter runs (below).
        mkdir build-target && cd build-target
        nice -n 10 ../configure --prefix="$PREFIX" --enable-shared --with-ensurepip=no \
            --with-system-expat "${cross[@]}" \
            LDFLAGS="-Wl,-rpath,$PREFIX/lib" \
            CFLAGS="-O2 -include /src/packaging/oldglibc/glibc-compat.h" \
            ac_cv_func_sem_clockwait=no >/var/tmp/python-src/configure.log
        nice -n 10 make -j2 >/var/tmp/python-src/make.log 2>&1
        make install >/var/tmp/python-src/install.log 2>&1
    '
fi
if [ "$COMPILE_ROOT" != "$ROOT" ] && [ ! -x "$ROOT$PREFIX/bin/python3.11" ]; then
    rm -rf "$ROOT$PREFIX"
    cp -a "$COMPILE_ROOT$PREFIX" "$ROOT$PREFIX"
fi
[ -x "$ROOT$PREFIX/bin/pip3.11" ] || in_root "$ROOT" "$PREFIX/bin/python3.11" -m ensurepip >/dev/null
# every module the program or its libraries import that is built from C
in_root "$ROOT" "$PREFIX/bin/python3.11" -c 'import bz2, ctypes, hashlib, lzma, pyexpat, sqlite3, ssl, uuid, zlib
assert sqlite3.sqlite_version == "3.40.1", sqlite3.sqlite_version
sqlite3.connect(":memory:").execute("create virtual table t using fts5(x)")'
echo "Python in the root: $(in_root "$ROOT" $PREFIX/bin/python3.11 -VV | head -1)"

# ---- the virtualenv ------------------------------------------------------------------------------
# The program's dependencies from pyproject.toml (and psycopg for a shared PostgreSQL server, as
# the main bundle has it), PySide6 pinned by the architecture's constraint file. PySide6-Pdf is a
# package of PySide6 6.12 only: in 6.9 and 6.7 QtPdf is in the Addons wheel. The wheels are fetched
# by this machine's own pip (its index and certificates) for Python 3.11 and manylinux tags up to
# $GLIBC_TARGET only, into build-roots/wheels-<arch>/, and installed in the root from there without
# network: no wheel can need a newer glibc.
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
CONSTRAINTS="packaging/oldglibc/constraints-$ARCH.txt"
WHEELS="$ROOTS/wheels-$ARCH"
mkdir -p "$WHEELS"
# jieba and lunar-python are published as source only (pure Python): their wheels are made here,
# the same for every architecture, and found by the download below.
for dep in "${REQUIREMENTS[@]}"; do
    case "${dep,,}" in
        jieba* | lunar-python*)
            nice -n 10 "$HOST_PYTHON" -m pip wheel -q --disable-pip-version-check --no-deps \
                --wheel-dir "$WHEELS" "$dep" ;;
    esac
done
# every manylinux tag up to $GLIBC_TARGET, the legacy names (manylinux2014 = 2.17) included
platforms=()
for ((minor = ${GLIBC_TARGET#2.}; minor >= 17; minor--)); do
    platforms+=(--platform "manylinux_2_${minor}_$MACHINE")
done
for tag in manylinux2014 manylinux2010 manylinux1 manylinux_2_12 manylinux_2_5; do
    platforms+=(--platform "${tag}_$MACHINE")
done
nice -n 10 "$HOST_PYTHON" -m pip download -q --disable-pip-version-check --dest "$WHEELS" \
    --find-links "$WHEELS" --only-binary=:all: "${platforms[@]}" --python-version 3.11 \
    --implementation cp --abi cp311 --abi abi3 --abi none \
    -c "$CHECKOUT/$CONSTRAINTS" "${REQUIREMENTS[@]}"
mkdir -p "$ROOT/var/tmp/wheels"
mountpoint -q "$ROOT/var/tmp/wheels" || mount --bind "$WHEELS" "$ROOT/var/tmp/wheels"
in_root "$ROOT" bash -euc '
    [ -x '"$VENV"'/bin/python ] || '"$PREFIX"'/bin/python3.11 -m venv '"$VENV"'
    nice -n 10 '"$VENV"'/bin/pip install -q --disable-pip-version-check --no-index \
        --find-links /var/tmp/wheels -c /src/'"$CONSTRAINTS"' "$@"
' pip-install "${REQUIREMENTS[@]}"
umount "$ROOT/var/tmp/wheels"

# ---- the bundle and the .deb ---------------------------------------------------------------------
# SKIP_PYINSTALLER=1 in the environment repackages the bundle already in dist/.
skip=${SKIP_PYINSTALLER:-0}
if [ "$ARCH" = "$BUILD_ARCH" ]; then
    in_root "$ROOT" bash -euc "cd /src && nice -n 10 env VENV=$VENV SKIP_PYINSTALLER=$skip \
        GLIBC_MIN=$GLIBC_TARGET bash packaging/build.sh"
else
    # Under qemu the measurement and dpkg-deb's xz would take many times as long: the bundle is
    # measured here (the package carries the same files), the package tree is made in the root,
    # the archive here (dpkg-deb names it from the control file).
    if [ "$skip" != 1 ]; then
        in_root "$ROOT" bash -euc "cd /src && nice -n 10 env VENV=$VENV BUNDLE_ONLY=1 bash packaging/build.sh"
    fi
    needed=$(bash "$CHECKOUT/packaging/glibc-needed.sh" "$CHECKOUT/dist/studio-app")
    in_root "$ROOT" bash -euc "cd /src && nice -n 10 env VENV=$VENV SKIP_PYINSTALLER=1 \
        GLIBC_NEEDED=$needed GLIBC_MIN=$GLIBC_TARGET DEB_STAGE_ONLY=1 bash packaging/build.sh"
    before=$(ls "$CHECKOUT"/dist/*_"$ARCH".deb 2>/dev/null || true)
    rm -f $before
    nice -n 10 dpkg-deb --build --root-owner-group -Zxz "$CHECKOUT/build/deb/root" "$CHECKOUT/dist/" >/dev/null
    deb=$(ls "$CHECKOUT"/dist/*_"$ARCH".deb)
    echo "Package: $deb ($(du -h "$deb" | cut -f1))"
    dpkg-deb --info "$deb" | sed -n '/Package:/,/Depends:/p'
fi
# measured here (objdump reads every architecture's dynamic symbols; under qemu it is slow)
bash "$CHECKOUT/packaging/glibc-needed.sh" --files "$CHECKOUT/dist/studio-app" > "$CHECKOUT/dist/glibc-$ARCH.txt"
newest=$(head -1 "$CHECKOUT/dist/glibc-$ARCH.txt" | cut -d' ' -f1)
echo "Newest glibc symbol in the bundle: $(head -1 "$CHECKOUT/dist/glibc-$ARCH.txt")"
if [ "$(printf '%s\n' "$newest" "$GLIBC_TARGET" | sort -V | tail -1)" != "$GLIBC_TARGET" ]; then
    echo "oldglibc/build.sh: the bundle needs glibc $newest, more than $GLIBC_TARGET" >&2
    exit 1
fi
