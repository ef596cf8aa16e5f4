#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite: 127.0.0.1 only, a free port, trust auth,
# data in a temporary folder that is deleted when the server stops.
#
# Two ways to use it:
#   source .ci/pg.sh && pg_start      # exports STUDIO_TEST_PG_URL and STUDIO_PG_DIR
#   ...; pg_stop                      # (e.g. from an EXIT trap)
# or from a shell:
#   eval "$(.ci/pg.sh start)"         # prints the two export lines
#   .ci/pg.sh stop "$STUDIO_PG_DIR"
#
# Server binaries are looked for in $PG_BIN, on PATH, in /usr/local/bin and in
# /usr/lib/postgresql/*/bin (newest first). PostgreSQL refuses to run as root, so as root the
# server runs as the system user "postgres" (or "studio_pg", created if neither exists).
# pg_find_bin returns 1 when there is no server; callers then run the SQLite-only suite.

PG_DB_USER=postgres # the database superuser in the URL

pg_find_bin() {
    local candidates=() dir found=""
    [[ -n "${PG_BIN:-}" ]] && candidates+=("$PG_BIN")
    if command -v pg_ctl >/dev/null 2>&1; then
        candidates+=("$(dirname "$(command -v pg_ctl)")")
    fi
    candidates+=(/usr/local/bin)
    # newest major version first: /usr/lib/postgresql/16/bin before .../15/bin
    while IFS= read -r dir; do
        candidates+=("$dir")
    done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5nr)
    for dir in "${candidates[@]}"; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
            found="$dir"
            break
        fi
    done
    [[ -n "$found" ]] || return 1
    PG_BIN="$found"
    export PG_BIN
}

_pg_os_user() {
    # The account the server runs as: ourselves, or a non-root system user when we are root.
    if [[ "$(id -u)" != 0 ]]; then
        id -un
        return
    fi
    local user
    for user in postgres studio_pg; do
        if id -u "$user" >/dev/null 2>&1; then
            echo "$user"
            return
        fi
    done
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
        studio_pg >&2 || return 1
    echo studio_pg
}

_pg_as() {
    # _pg_as USER CMD...: run CMD as USER (directly if that is us), from a folder USER can read.
    local user="$1"
    shift
    if [[ "$(id -un)" == "$user" ]]; then
        (cd "$STUDIO_PG_DIR" && "$@")
    elif command -v runuser >/dev/null 2>&1; then
        (cd "$STUDIO_PG_DIR" && runuser -u "$user" -- "$@")
    else
        local quoted
        printf -v quoted '%q ' "$@"
        (cd "$STUDIO_PG_DIR" && su -s /bin/sh "$user" -c "$quoted")
    fi
}

_pg_free_port() {
    local py
    py="$(command -v python3 || command -v python)"
    "$py" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

pg_start() {
    pg_find_bin || {
        echo "pg.sh: no PostgreSQL server binaries found" >&2
        return 1
    }
    local user port attempt parent=/tmp
    user="$(_pg_os_user)" || return 1
    # Root's TMPDIR may be unreadable by the server's user; /tmp is always traversable.
    [[ "$(id -u)" != 0 ]] && parent="${TMPDIR:-/tmp}"
    STUDIO_PG_DIR="$(mktemp -d "$parent/studio-pg.XXXXXX")" || return 1
    export STUDIO_PG_DIR
    echo "$user" >"$STUDIO_PG_DIR/os-user"
    if [[ "$(id -un)" != "$user" ]] && ! chown "$user" "$STUDIO_PG_DIR"; then
        pg_stop
        return 1
    fi

    if ! _pg_as "$user" "$PG_BIN/initdb" -D "$STUDIO_PG_DIR/data" -U "$PG_DB_USER" \
        --auth=trust --encoding=UTF8 --no-locale --no-sync >"$STUDIO_PG_DIR/initdb.log" 2>&1; then
        echo "pg.sh: initdb failed:" >&2
        cat "$STUDIO_PG_DIR/initdb.log" >&2
        pg_stop
        return 1
    fi
    # The port is free when chosen but could be taken before the server binds it: retry.
    for attempt in 1 2 3; do
        port="$(_pg_free_port)"
        if _pg_as "$user" "$PG_BIN/pg_ctl" -D "$STUDIO_PG_DIR/data" -l "$STUDIO_PG_DIR/server.log" \
            -w -t 60 -o "-p $port -c listen_addresses=127.0.0.1 \
            -c unix_socket_directories=$STUDIO_PG_DIR -c fsync=off -c full_page_writes=off \
            -c synchronous_commit=off" start >/dev/null; then
            STUDIO_TEST_PG_URL="postgresql+psycopg://$PG_DB_USER@127.0.0.1:$port/postgres"
            export STUDIO_TEST_PG_URL
            echo "pg.sh: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')" \
                "on 127.0.0.1:$port (data in $STUDIO_PG_DIR, running as $user)" >&2
            return 0
        fi
        echo "pg.sh: server did not start on port $port (attempt $attempt):" >&2
        tail -n 5 "$STUDIO_PG_DIR/server.log" >&2 || true
    done
    pg_stop
    return 1
}

pg_stop() {
    # Stop the server in $STUDIO_PG_DIR (or $1) and delete its folder. Safe to call twice.
    local dir="${1:-${STUDIO_PG_DIR:-}}" user
    [[ -n "$dir" && -d "$dir" ]] || return 0
    [[ "$(basename "$dir")" == studio-pg.* ]] || {
        echo "pg.sh: refusing to delete $dir" >&2
        return 1
    }
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        user="$(cat "$dir/os-user" 2>/dev/null || id -un)"
        pg_find_bin >/dev/null 2>&1 || true
        STUDIO_PG_DIR="$dir" _pg_as "$user" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w \
            stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    [[ "${STUDIO_PG_DIR:-}" != "$dir" ]] || unset STUDIO_PG_DIR STUDIO_TEST_PG_URL
    return 0
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    case "${1:-}" in
    start)
        pg_start
        printf 'export STUDIO_TEST_PG_URL=%q\nexport STUDIO_PG_DIR=%q\n' \
            "$STUDIO_TEST_PG_URL" "$STUDIO_PG_DIR"
        ;;
    stop)
        pg_stop "${2:-${STUDIO_PG_DIR:-}}"
        ;;
    find)
        pg_find_bin && echo "$PG_BIN"
        ;;
    *)
        echo "usage: $0 start|stop [DIR]|find" >&2
        exit 2
        ;;
    esac
fi
