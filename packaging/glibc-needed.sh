#!/usr/bin/env bash
# The newest glibc symbol version any file of a folder asks for, measured with objdump -T over
# every ELF file in it (programs and shared libraries, whatever their names). The dynamic symbol
# table is the same for every architecture: the build machine's objdump reads x86_64 and aarch64
# files alike (aarch64 as "elf64-little"); a file it cannot read stops the measurement rather than
# count as needing nothing.
#
#   bash packaging/glibc-needed.sh DIR            prints e.g. 2.28
#   bash packaging/glibc-needed.sh --files DIR    every ELF file with its newest GLIBC_x.y, newest first
set -euo pipefail

list=0
if [ "${1:-}" = --files ]; then list=1; shift; fi
dir=${1:?usage: glibc-needed.sh [--files] DIR}
command -v objdump >/dev/null || { echo "glibc-needed.sh: objdump not found (binutils)" >&2; exit 1; }

per_file=$(find "$dir" -type f -print0 | while IFS= read -r -d '' f; do
    [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
    if ! symbols=$(objdump -T "$f" 2>&1); then
        # an object file has no dynamic symbols and asks nothing of the system's glibc
        grep -q 'not a dynamic object' <<<"$symbols" && continue
        echo "glibc-needed.sh: objdump -T cannot read ${f#"$dir"/}: $symbols" >&2
        exit 1
    fi
    # undefined symbols carry the version they need: "*UND*  ...  GLIBC_2.29  pow"
    v=$(awk '/\*UND\*/' <<<"$symbols" | grep -o 'GLIBC_[0-9][0-9.]*' \
        | sed 's/GLIBC_//' | sort -uV | tail -1)
    echo "${v:-none} ${f#"$dir"/}"
done)
if [ "$list" = 1 ]; then
    grep -v '^none ' <<<"$per_file" | sort -rV
else
    grep -v '^none ' <<<"$per_file" | cut -d' ' -f1 | sort -uV | tail -1
fi
