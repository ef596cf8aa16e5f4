"""One probe of a database fault, run as a child process by ``tests/test_faults.py`` (so it can
run without the capabilities that let root ignore file modes, or in a mount namespace with a
full or read-only disk).

    python tests/fault_probe.py DB ROSTER.xlsx

Writes a villager (name, phone, ID number) twice, the ways users do: with the command line
(``import households ROSTER.xlsx --db DB``, in this process, its output captured) and through
the services as the window does, whose error goes to the log and into the error dialog's
复制详情 text. Prints one JSON line: the exit code, what the command printed, how long each
write waited, the fault's kind and message, and the dialog's details for the fault and for the
raw driver error it came from. The parent greps all of it, and the log, for personal data.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import sys
import time

# Seconds the probe waits for a lock instead of the program's 5 (faults.LOCK_WAIT_SECONDS).
LOCK_WAIT_VARIABLE = "STUDIO_PROBE_LOCK_WAIT"

# The villager of tests/test_faults.py (a valid GB 11643 ID number).
VILLAGER = {
    "head_name": "王秀英",
    "phone": "13912345678",
    "id_number": "110101199003074514",
    "village": "东村",
}


def main(db: str, roster: str) -> dict:
    # What the import loads on its way (the roster reader, the services, the database driver),
    # loaded before the clock starts: the times below are the waits, not a loaded machine's
    # imports.
    import openpyxl  # noqa: F401
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import studio_app.cli_login
    import studio_app.core.roster_io
    import studio_app.core.services  # noqa: F401
    from studio_app.base.errors import DatabaseFault
    from studio_app.cli import main as cli
    from studio_app.core.households import HouseholdInput
    from studio_app.opening import locate, open_place
    from studio_app.ui import error_dialog

    with contextlib.suppress(ImportError):
        import psycopg  # noqa: F401

    wait = os.environ.get(LOCK_WAIT_VARIABLE)
    if wait:  # a test's shorter wait than the program's 5 s (which another test proves)
        from studio_app.storage import database, faults

        faults.LOCK_WAIT_SECONDS = int(wait)
        database.BUSY_TIMEOUT_MS = int(wait) * 1000

    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli(["import", "households", roster, "--db", db])
    report: dict = {
        "code": code,
        "stdout": out.getvalue(),
        "stderr": err.getvalue(),
        "cli_seconds": time.monotonic() - started,
    }
    started = time.monotonic()
    try:
        services = open_place(locate(db))
        try:
            services.households.create(HouseholdInput(**VILLAGER))
        finally:
            services.db.close()
    except Exception as exc:  # what the window would meet
        report["kind"] = exc.kind.value if isinstance(exc, DatabaseFault) else None
        report["message"] = str(exc)
        report["details"] = error_dialog.details(type(exc), exc, exc.__traceback__)
        cause = exc.__cause__
        if cause is not None:  # the raw driver error, as a page that caught nothing shows it
            report["cause_details"] = error_dialog.details(type(cause), cause, cause.__traceback__)
            logging.getLogger("studio_app.ui").error("unexpected error", exc_info=cause)
        logging.getLogger("studio_app.ui").error("unexpected error", exc_info=exc)
    report["services_seconds"] = time.monotonic() - started
    return report


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2]), ensure_ascii=False))
