#!/bin/sh
# Proves a dump can be restored: restores it into a new scratch database on the same server,
# runs `studio-app check` on it (integrity, schema revision, the audit log's chain and guards,
# the login switch), and drops the scratch database again. Exit 0 only when the check passed.
#
#   studio-restore-check.sh DUMP
#
#   STUDIO_RESTORE_SERVER  the server, as a URI without a database, of a role that may create
#                          databases (default postgresql://postgres@127.0.0.1:5432)
#   STUDIO_APP             the program (default studio-app)
#
# Run it after the first backup, after each upgrade of the program, and every few months.
set -eu

dump="${1:?usage: studio-restore-check.sh DUMP}"
server="${STUDIO_RESTORE_SERVER:-postgresql://postgres@127.0.0.1:5432}"
app="${STUDIO_APP:-studio-app}"
scratch="studio_restore_check_$(date +%Y%m%d%H%M%S)_$$"

createdb --no-password --maintenance-db="$server/postgres" "$scratch"
trap 'dropdb --no-password --if-exists --force --maintenance-db="$server/postgres" "$scratch"' EXIT
pg_restore --no-password --no-owner --exit-on-error --dbname="$server/$scratch" "$dump"
# shellcheck disable=SC2086 # STUDIO_APP may be a command with arguments (python -m studio_app)
$app check --db "$(echo "$server" | sed 's|^postgresql://|postgresql+psycopg://|')/$scratch"
echo "studio-restore-check: $dump restores and passes studio-app check"
