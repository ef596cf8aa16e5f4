#!/usr/bin/env bash
# A Debian 11 (bullseye, glibc 2.31) root made from Debian's packages with debootstrap, and the
# helpers to run commands in it. Sourced by build.sh and check.sh beside this file.
#
# Variables: ROOTS (build-roots/ in the checkout: roots and the package cache, git-ignored),
# MIRROR (the Debian mirror the build machine's own apt uses), ARCH (dpkg's name: amd64, arm64).
set -euo pipefail

CHECKOUT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ROOTS=${ROOTS:-$CHECKOUT/build-roots}
ARCH=${ARCH:-$(dpkg --print-architecture)}
SUITE=bullseye

# The mirror this machine's apt already trusts (deb822 sources first, then sources.list).
default_mirror() {
    local uri
    uri=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
    [ -n "$uri" ] || uri=$(awk '$1 == "deb" && $2 ~ /\/debian\/?$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
    echo "${uri%/}"
}
MIRROR=${MIRROR:-$(default_mirror)}
[ -n "$MIRROR" ] || { echo "root.sh: no Debian mirror found; set MIRROR=" >&2; exit 1; }

# The pristine minimal root, made once per architecture; every build or test root is a copy of it,
# so a test root is fresh each time without fetching the base system again.
base_root() {
    local base="$ROOTS/$SUITE-$ARCH-base"
    if [ ! -f "$base/.complete" ]; then
        command -v debootstrap >/dev/null || { echo "root.sh: apt-get install debootstrap" >&2; exit 1; }
        rm -rf "$base"
        mkdir -p "$ROOTS/debs-$ARCH"
        local foreign=()
        if [ "$ARCH" != "$(dpkg --print-architecture)" ]; then foreign=(--foreign); fi
        nice -n 10 debootstrap --arch="$ARCH" --variant=minbase "${foreign[@]}" \
            --cache-dir="$ROOTS/debs-$ARCH" "$SUITE" "$base" "$MIRROR" >&2
        if [ ${#foreign[@]} -gt 0 ]; then
            chroot "$base" /debootstrap/debootstrap --second-stage >&2
        fi
        printf 'deb %s %s main\ndeb %s %s-updates main\n' "$MIRROR" "$SUITE" "$MIRROR" "$SUITE" \
            > "$base/etc/apt/sources.list"
        touch "$base/.complete"
    fi
    echo "$base"
}

# A root of another architecture than this machine's runs its programs through qemu-user-static,
# which binfmt_misc must have registered (flag F: the kernel opens qemu once, so the root needs no
# copy of it). In a container binfmt_misc may have to be mounted first.
check_foreign() {
    [ "$ARCH" != "$(dpkg --print-architecture)" ] || return 0
    local machine
    machine=$(case "$ARCH" in arm64) echo aarch64 ;; *) echo "$ARCH" ;; esac)
    if [ ! -e "/proc/sys/fs/binfmt_misc/qemu-$machine" ]; then
        echo "root.sh: $ARCH programs cannot run here: apt-get install qemu-user-static binfmt-support;" \
            "mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc if it is not mounted;" \
            "update-binfmts --enable qemu-$machine" >&2
        exit 1
    fi
}

# new_root NAME: a fresh copy of the base root at $ROOTS/NAME (an old one is removed first).
new_root() {
    local base dest="$ROOTS/$1"
    check_foreign
    base=$(base_root)
    unmount_root "$dest"
    rm -rf "$dest"
    cp -a "$base" "$dest"
    # no daemon that a package brings (cups, dbus) is started inside the root
    printf '#!/bin/sh\nexit 101\n' > "$dest/usr/sbin/policy-rc.d"
    chmod 755 "$dest/usr/sbin/policy-rc.d"
    echo "$dest"
}

mount_root() {
    local root=$1
    mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
    mountpoint -q "$root/dev" || mount --rbind /dev "$root/dev"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

unmount_root() {
    local root=$1 m
    [ -d "$root" ] || return 0
    # innermost first
    for m in $(awk -v r="$root/" 'index($2, r) == 1 {print $2}' /proc/mounts | sort -r); do
        umount -l "$m" 2>/dev/null || true
    done
}

# in_root ROOT COMMAND...: run as root inside, with a plain environment and the C.UTF-8 locale.
in_root() {
    local root=$1
    shift
    env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive TERM=dumb \
        chroot "$root" "$@"
}

apt_in_root() {
    local root=$1
    shift
    in_root "$root" apt-get -o Dir::Cache::Archives=/var/cache/apt/archives -q "$@"
}

# install_in_root ROOT PACKAGE...: apt-get install, with the .debs kept in the shared cache.
install_in_root() {
    local root=$1
    shift
    mkdir -p "$ROOTS/debs-$ARCH" "$root/var/cache/apt/archives"
    mountpoint -q "$root/var/cache/apt/archives" \
        || mount --bind "$ROOTS/debs-$ARCH" "$root/var/cache/apt/archives"
    apt_in_root "$root" update >/dev/null
    nice -n 10 env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive chroot "$root" \
        apt-get -q -y -o Dpkg::Use-Pty=0 install "$@"
    umount "$root/var/cache/apt/archives"
}
