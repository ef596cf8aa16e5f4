"""Backups of the SQLite database: made while it is open, rotated, verified, restored, checked.

A backup is made with SQLite's online backup API (a consistent copy while the program goes on
writing) into a temporary file in the backup folder, made a single self-contained file
(``journal_mode=DELETE``), flushed to the disk and renamed to ``studio-YYYYMMDD-HHMMSS.sqlite3``
(local time): a backup file is either complete or absent, also on a USB stick pulled out
half-way. ``rotate`` keeps the newest backup of each of the last 30 days and of each of the last
12 months and never deletes a file whose name is not one of ours.

Where the backups go and when the last one was made is kept per database file in a small JSON
file in the user's config folder (``backup.json``), not in the database: the folder is a path on
this computer (a USB stick is ``E:\\`` on one PC and ``/media/…`` on another), a restore must not
bring back an old "last backup" time, and the settings must be readable when the database is
not. An absent folder (the stick is not plugged in) is a ``BackupError`` with a Chinese message;
nothing is recorded, so the next attempt tries again.

A restore verifies the backup first (``verify``: integrity check, foreign keys, a schema
revision this program knows, the counts to show the user), on a private copy that then becomes
the database, so what was verified is what is installed. The current database is kept first in
a ``before-restore`` folder beside it. The caller must close its ``Database`` before
``restore``; ``studio_app.opening`` does close → restore → open for the window.

A PostgreSQL database (the county server) is backed up by its administrator with ``pg_dump``;
these functions say so in Chinese instead of trying.

The package: ``files`` (names, the folder's list, the shared error), ``make`` (backing up and
rotating), ``check`` (verifying a backup, checking a database), ``restore``, ``settings``
(``backup.json``) and ``service`` (``BackupService`` over an open database).
"""
