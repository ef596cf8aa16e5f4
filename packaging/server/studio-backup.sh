#!/bin/sh
# A nightly backup of the county server's studio database: pg_dump's custom format (compressed,
# restored with pg_restore), written under a temporary name and renamed when complete, private
# to the backup account (umask 077), dumps older than STUDIO_BACKUP_KEEP_DAYS deleted.
#
#   STUDIO_BACKUP_DB         the database: a name, or a URI such as
#                            postgresql://studio_backup@127.0.0.1:5432/studio (default: studio;
#                            the password comes from ~/.pgpass, never from this file)
#   STUDIO_BACKUP_DIR        where the dumps go (default /var/backups/studio-app)
#   STUDIO_BACKUP_NAME       the dumps' file name prefix (default studio)
#   STUDIO_BACKUP_KEEP_DAYS  how many days of dumps are kept (default 30)
#
# Run by the systemd timer or cron line in packaging/README.md; copy the dumps off the server
# too (another disk, or another building).
set -eu

db="${STUDIO_BACKUP_DB:-studio}"
dir="${STUDIO_BACKUP_DIR:-/var/backups/studio-app}"
name="${STUDIO_BACKUP_NAME:-studio}"
keep="${STUDIO_BACKUP_KEEP_DAYS:-30}"

umask 077
mkdir -p "$dir"
file="$dir/$name-$(date +%Y%m%d-%H%M%S).dump"
trap 'rm -f "$file.part"' EXIT
pg_dump --format=custom --no-password --file="$file.part" --dbname="$db"
mv "$file.part" "$file"
find "$dir" -maxdepth 1 -name "$name-*.dump" -type f -mtime +"$keep" -delete
echo "studio-backup: $file ($(du -h "$file" | cut -f1))"
