"""How long copies of the database are kept: one set of numbers for the code that deletes them
(storage) and for the sentences that tell the user (the retention clean-up, the backup dialog).

- Backups (``studio-YYYYMMDD-HHMMSS.sqlite3`` in the backup folder): the newest of each of the
  last ``BACKUP_KEEP_DAYS`` days and of each of the last ``BACKUP_KEEP_MONTHS`` months, and always
  the newest one; rotated after each backup.
- Copies kept aside before an upgrade (``before-upgrade``) or a restore (``before-restore``),
  beside the database: every copy younger than ``ASIDE_KEEP_DAYS`` days, and always the
  ``ASIDE_KEEP_LAST`` newest; pruned when the database is opened and after each new copy.
"""

BACKUP_KEEP_DAYS = 30
BACKUP_KEEP_MONTHS = 12
ASIDE_KEEP_DAYS = 30
ASIDE_KEEP_LAST = 3
