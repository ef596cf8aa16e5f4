#!/usr/bin/env bash
# Smoke test of the .deb on the oldest system a Debian root here can be: a fresh Debian 11
# (bullseye, glibc 2.31) root gets the package with apt, as a county IT person would install it,
# then, as an ordinary user of that system:
#   - the program opens its window on an X server (xvfb-run) and the screen is saved as a PNG;
#   - `studio-app demo` fills the user's database;
#   - `studio-app print minutes` writes a PDF, and every font that draws its text is embedded.
#
#   bash packaging/oldglibc/check.sh [DEB]     (or: make package-check; root needed)
#   ARCH=arm64 bash packaging/oldglibc/check.sh  the arm64 .deb in an arm64 root, which runs under
#                                                qemu (qemu-user-static, binfmt-support)
#
# DEB defaults to the newest dist/cn.gov.cppcc.studio-app_*_<arch>.deb; the checkout's .venv
# (make venv) checks the PDF's fonts. Output, kept:
# dist/package-check-<arch>/ (check.log, window.png, minutes.pdf, pdffonts.txt).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=root.sh
source "$HERE/root.sh"
[ "$(id -u)" = 0 ] || { echo "oldglibc/check.sh: needs root (chroot, mount)" >&2; exit 1; }

APPID=cn.gov.cppcc.studio-app
DEB=${1:-$(ls -t "$CHECKOUT"/dist/${APPID}_*_"$ARCH".deb 2>/dev/null | head -1)}
[ -f "$DEB" ] || { echo "oldglibc/check.sh: no .deb for $ARCH in dist/; run make package-old first" >&2; exit 1; }
OUT="$CHECKOUT/dist/package-check-$ARCH"
rm -rf "$OUT" && mkdir -p "$OUT"
exec > >(tee "$OUT/check.log") 2>&1

ROOT=$(new_root "bullseye-$ARCH-check")
trap 'unmount_root "$ROOT"' EXIT
mount_root "$ROOT"
echo "== $(basename "$DEB") into a fresh Debian $(cat "$ROOT/etc/debian_version") root" \
    "(glibc $(in_root "$ROOT" ldd --version | head -1 | awk '{print $NF}'))"
cp "$DEB" "$ROOT/var/tmp/"
# The package with what apt brings by itself (Depends and Recommends).
install_in_root "$ROOT" "/var/tmp/$(basename "$DEB")" | grep -E '^(Setting up|Err|E:)' || true
in_root "$ROOT" dpkg-query -W -f='installed: ${Package} ${Version}\n' "$APPID"

# Every library a file of the bundle links to is in the bundle or on the system now, before the
# test's own tools bring more (xvfb and ImageMagick pull in X libraries that a desktop has, but
# that the package must ask for itself). A Qt plugin whose library is missing only stays unloaded
# (an image format the program does not use): listed, not failed; the window's plugin (xcb) must load.
echo "== the libraries the bundle links to, with only the package's Depends and Recommends installed"
FILES="$ROOT/opt/apps/$APPID/files"
declare -A present=()
while IFS= read -r name; do present[$name]=1; done < <(
    find "$FILES" -name '*.so*' -printf '%f\n'
    for dir in "$ROOT/lib/" "$ROOT/usr/lib/" "$ROOT/lib64/"; do
        [ -d "$dir" ] && find "$dir" -maxdepth 2 -name '*.so*' -printf '%f\n'
    done)
unresolved=0
while IFS= read -r -d '' f; do
    [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
    rel=${f#"$FILES"/}
    for lib in $(objdump -p "$f" 2>/dev/null | awk '$1 == "NEEDED" {print $2}'); do
        [ -z "${present[$lib]:-}" ] || continue
        case "$rel" in
            */plugins/platforms/libqxcb.so) ;;
            */plugins/*) echo "   $rel: $lib is not on the system (this plugin stays unloaded)"; continue ;;
        esac
        echo "   $rel: $lib NOT FOUND"
        unresolved=1
    done
done < <(find "$FILES" -type f -print0)
[ "$unresolved" = 0 ] || { echo "the package's Depends miss a library the bundle links to"; exit 1; }

# the test's tools
install_in_root "$ROOT" xvfb xauth x11-utils imagemagick poppler-utils | grep -E '^(Err|E:)' || true
in_root "$ROOT" useradd --create-home --shell /bin/bash coordinator

APP=/opt/apps/$APPID/files/studio-app
# As the coordinator, in Chinese (the program's default), with no network and no build tools.
in_root "$ROOT" su - coordinator -c "bash -euo pipefail" <<SCRIPT
export LANG=C.UTF-8
echo "== studio-app --version: \$($APP --version)"
echo "== studio-app demo"
$APP demo
echo "== studio-app info"
$APP info
echo "== the window (xvfb-run, 1366x768)"
cat > /tmp/window.sh <<'WIN'
$APP >/tmp/window.log 2>&1 &
app=\$!
# wait for a top-level window of the program, then let it paint
# (generous: under qemu, for arm64, everything starts many times slower)
for _ in \$(seq 300); do
    if xwininfo -root -tree 2>/dev/null | grep -qi '"studio'; then break; fi
    kill -0 \$app 2>/dev/null || { echo "the program ended early:"; cat /tmp/window.log; exit 1; }
    sleep 1
done
sleep 5
xwininfo -root -tree | grep -i -m1 '"studio' || { echo "no window"; cat /tmp/window.log; exit 1; }
import -window root /tmp/window.png
kill \$app
wait \$app || true
WIN
xvfb-run -a -s "-screen 0 1366x768x24" bash /tmp/window.sh
echo "== studio-app print minutes"
$APP print minutes --out /tmp/minutes.pdf
pdffonts /tmp/minutes.pdf | tee /tmp/pdffonts.txt
SCRIPT
cp "$ROOT/tmp/window.png" "$ROOT/tmp/minutes.pdf" "$ROOT/tmp/pdffonts.txt" "$OUT/"
# every font that draws text is embedded (pdffonts also lists reportlab's initial Helvetica,
# which draws nothing): checked here with the checkout's pypdf
echo "== the fonts that draw the minutes' text"
"$CHECKOUT/.venv/bin/python" "$HERE/pdf_fonts.py" "$OUT/minutes.pdf" \
    || { echo "a font that draws text is not embedded in the PDF"; exit 1; }
echo "== passed: $OUT"
