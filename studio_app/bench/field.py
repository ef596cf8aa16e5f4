"""The field package's part of ``studio-app bench`` (issue 21): checking out a studio of 400
households and 2,000 requests, and checking in 500 changes made on the laptop (edits of
households, new households, new requests and request steps), each ≤ 3 s. On SQLite files of its
own (the laptop's is always one; the office's size beyond the studio hardly matters: the check-out
reads one studio), with the real passphrase cost."""

from __future__ import annotations

import time
from pathlib import Path

from studio_app.base.enums import RequestStatus
from studio_app.bench.county import synthetic_county
from studio_app.bench.county_requests import synthetic_requests
from studio_app.core.field.service import open_package
from studio_app.core.households import HouseholdInput, HouseholdQuery
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.field_blank import make_blank
from studio_app.storage.migrate import open_database

TARGET_CHECK_OUT_S = 3.0
TARGET_CHECK_IN_S = 3.0
PASSPHRASE = "bench-村里没有网络"


def measure(folder: Path, *, households: int = 400, requests: int = 2000,
            changes: int = 500) -> dict:  # fmt: skip
    for stale in folder.glob("field-*"):  # only the bench's own files, from a last run
        stale.unlink()
    office_db = open_database(folder / "field-office.sqlite3")
    try:
        office = Services(office_db)
        synthetic_county(office, members=20, households=households, studios=1)
        synthetic_requests(office, requests=requests)
        make_blank(folder / "field-warm.sqlite3")  # the schema's migrations: once per process
        package = folder / "field-package.pkg"
        start = time.perf_counter()
        info = office.field.check_out(package, PASSPHRASE, blank=make_blank)
        check_out_s = time.perf_counter() - start
        package_kb = package.stat().st_size / 1024
        open_package(package, PASSPHRASE, folder / "field-laptop.sqlite3")
        laptop_db = open_database(folder / "field-laptop.sqlite3")
        try:
            made = _changes(Services(laptop_db), changes)
            Services(laptop_db).field.make_return(folder / "field-back.back", PASSPHRASE)
        finally:
            laptop_db.close()
        start = time.perf_counter()
        summary = office.field.check_in(folder / "field-back.back", PASSPHRASE)
        check_in_s = time.perf_counter() - start
    finally:
        office_db.close()
        for leftover in folder.glob("field-*"):  # nothing left behind but the figures
            leftover.unlink()
    return {"households": info.counts["household"], "requests": info.counts["request"],
            "package_kb": package_kb, "check_out_s": check_out_s,
            "changes": made, "check_in_s": check_in_s, "inserted": summary.inserted,
            "updated": summary.updated, "steps": summary.steps,
            "conflicts": summary.conflicts}  # fmt: skip


def _changes(laptop: Services, n: int) -> int:
    """``n`` changes as a trip makes them: 40 % household edits, 20 % new households, 20 % new
    requests at the desk, 20 % steps (交办) of open requests."""
    ids = [r.id for r in laptop.households.first_page(HouseholdQuery(), limit=n).rows]
    waiting = RequestQuery(statuses=frozenset({RequestStatus.REGISTERED}))
    open_requests = [r.id for r in laptop.request_list.first_page(waiting, limit=n).rows]
    done = 0
    for i in range(n):
        kind = i % 5
        if kind in (0, 1) and ids:
            h = laptop.households.get(ids[i % len(ids)])
            laptop.households.update(h.id, HouseholdInput(
                head_name=h.head_name, phone=h.phone, village=h.village, address=h.address,
                notes=f"走访记录 {i}", tags=h.tag_names), expected_version=None)  # fmt: skip
        elif kind == 2:
            laptop.households.create(HouseholdInput(head_name=f"新户{i}", village="东风村"),
                                     allow_duplicate=True)  # fmt: skip
        elif kind == 3:
            laptop.requests.register(RequestInput(content=f"村道积水 {i}", anonymous=True))
        elif open_requests:
            laptop.requests.assign(open_requests.pop(), handling_unit="镇政府")
        done += 1
    return done


def checks(f: dict) -> dict[str, bool]:
    return {"field_check_out": f["check_out_s"] <= TARGET_CHECK_OUT_S,
            "field_check_in": f["check_in_s"] <= TARGET_CHECK_IN_S}  # fmt: skip


def print_rows(f: dict, row) -> None:
    row(f"外出工作包: check out {f['households']} households, {f['requests']:,} requests",
        f"{f['check_out_s']:.2f} s", f"≤ {TARGET_CHECK_OUT_S:.0f} s", "field_check_out")  # fmt: skip
    row("  package file (encrypted)", f"{f['package_kb']:.0f} KB")
    row(f"  check in {f['changes']} changes made on the laptop", f"{f['check_in_s']:.2f} s",
        f"≤ {TARGET_CHECK_IN_S:.0f} s", "field_check_in")  # fmt: skip
    row("  new / merged / steps / conflicts",
        f"{f['inserted']} / {f['updated']} / {f['steps']} / {f['conflicts']}")  # fmt: skip
