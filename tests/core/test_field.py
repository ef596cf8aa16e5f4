"""外出工作包 (issue 21): random interleavings of edits on the office and on a laptop, checked
in, lose nothing, apply every change that does not clash and list every clash once; a second
import changes nothing; each bad input is refused in Chinese with nothing changed. On SQLite
and PostgreSQL as the office (the laptop is always SQLite)."""

from __future__ import annotations

import dataclasses
import os
import select as waiting
import shutil
import signal
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from studio_app.base.enums import DocumentKind, RequestStatus
from studio_app.core.field import merge as merging
from studio_app.core.field import sealed
from studio_app.core.field.common import FieldError
from studio_app.core.field.service import open_package
from studio_app.core.households import HouseholdInput
from studio_app.core.linkage import VisitInput
from studio_app.core.meetings import MeetingInput
from studio_app.core.members import MemberInput
from studio_app.core.models import (
    FieldConflict,
    Household,
    IssuedDocument,
    Request,
    RequestEvent,
    Visit,
)
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.storage.migrate import open_database

pytestmark = pytest.mark.pg
SECRET = "村里没有网络"
FIELDS = ("village", "address", "notes")
TODAY = date.today()


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    # The real cost (~0.1 s a file) is for a lost USB stick, not for the tests.
    monkeypatch.setattr(sealed, "SCRYPT_N", 2**10)


@pytest.fixture(scope="module")
def blank(tmp_path_factory, request):
    """An empty database at the newest schema, from the run's template (storage's own blank
    runs the migrations once per process)."""
    template = request.getfixturevalue("sqlite_template")
    return lambda path: shutil.copyfile(template, path)


@pytest.fixture(scope="module")
def office(module_db) -> Services:
    """The office: one database per backend, a new studio for each example (a county server's
    studios do not see each other's records: each example works on its own)."""
    return Services(module_db)


def new_studio(office: Services, n: int = 3) -> dict:
    office.use_studio(None)
    studio = office.studios.create(StudioInput(name=f"外出测试工作室{uuid.uuid4().hex[:6]}"))
    office.use_studio(studio.id)
    member = office.members.create(MemberInput(name="王䶮", studio_id=studio.id))
    households = [
        office.households.create(HouseholdInput(head_name=f"李堃{i}", village="东村"),
                                 allow_duplicate=True).id
        for i in range(n)
    ]  # fmt: skip
    requests = [
        office.requests.register(RequestInput(content=f"诉求{i}", anonymous=True,
                                              studio_id=studio.id)).id
        for i in range(n)
    ]  # fmt: skip
    return {"studio": studio.id, "name": studio.name, "member": member.id, "households": households,
            "requests": requests}  # fmt: skip


def round_trip_out(office: Services, folder: Path, blank) -> Services:
    package = folder / "外出.pkg"
    office.field.check_out(package, SECRET, blank=blank)
    open_package(package, SECRET, folder / "laptop.sqlite3")
    return Services(open_database(folder / "laptop.sqlite3"))


def bring_back(laptop: Services, folder: Path) -> Path:
    back = folder / "带回.back"
    laptop.field.make_return(back, SECRET)
    laptop.db.close()
    return back


def edit(services: Services, household_id: uuid.UUID, field: str, value: str) -> None:
    h = services.households.get(household_id)
    data = HouseholdInput(head_name=h.head_name, village=h.village, address=h.address,
                          notes=h.notes, phone=h.phone, tags=h.tag_names)  # fmt: skip
    services.households.update(household_id, dataclasses.replace(data, **{field: value}),
                               expected_version=None)  # fmt: skip


def snapshot(services: Services) -> dict:
    """Every row's id and version of what the check-in writes: equal means nothing changed."""
    with services.db.session() as s:
        found = {}
        for model in (Household, Request, Visit, FieldConflict):
            key = model.id, getattr(model, "version", None), getattr(model, "state", None)
            found[model.__name__] = sorted(
                map(str, s.execute(select(*[k for k in key if k is not None])).all())
            )
        found["events"] = s.scalar(select(func.count()).select_from(RequestEvent))
        return found


edits = st.lists(
    st.tuples(st.sampled_from(["office", "laptop"]), st.integers(0, 2),
              st.sampled_from(FIELDS), st.sampled_from(["甲", "乙"])),
    max_size=6,
)  # fmt: skip
acts = st.lists(
    st.tuples(st.sampled_from(["office", "laptop"]),
              st.sampled_from(["archive", "new_household", "register", "assign", "visit"]),
              st.integers(0, 2)),
    max_size=5,
)  # fmt: skip


@settings(max_examples=2, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(edits=edits, acts=acts)
# Always tried: a clash beside a change of each side alone, the same request stepped on both
# sides beside one stepped on the laptop alone, archive marks on both sides, a visit.
@example(
    edits=[
        ("laptop", 0, "notes", "甲"),
        ("office", 0, "notes", "乙"),
        ("laptop", 1, "address", "甲"),
        ("office", 2, "village", "乙"),
    ],
    acts=[
        ("office", "assign", 0),
        ("laptop", "assign", 0),
        ("laptop", "assign", 1),
        ("laptop", "archive", 2),
        ("office", "archive", 2),
        ("laptop", "visit", 1),
        ("laptop", "register", 0),
        ("office", "register", 0),
    ],
)
def test_random_interleavings_lose_nothing_and_list_each_clash_once(
    office, blank, tmp_path_factory, edits, acts
):
    folder = tmp_path_factory.mktemp("field")
    made = new_studio(office)
    laptop = round_trip_out(office, folder, blank)
    sides = {"office": office, "laptop": laptop}
    changed = {"office": {}, "laptop": {}}  # (household, field) -> the last value written
    archived = {"office": set(), "laptop": set()}
    stepped = {"office": set(), "laptop": set()}
    created = {"office": [], "laptop": []}
    registered = {"office": [], "laptop": []}
    visits = []
    for side, i, field, value in edits:
        household = made["households"][i]
        edit(sides[side], household, field, value + side)
        changed[side][(household, field)] = value + side
    for side, act, i in acts:
        services = sides[side]
        if act == "archive":
            services.households.archive(made["households"][i])
            archived[side].add(made["households"][i])
        elif act == "new_household":
            created[side].append(services.households.create(
                HouseholdInput(head_name=f"新户{side}{i}"), allow_duplicate=True).id)  # fmt: skip
        elif act == "register":
            registered[side].append(services.requests.register(RequestInput(
                content="新诉求", anonymous=True, studio_id=made["studio"])).id)  # fmt: skip
        elif act == "assign" and made["requests"][i] not in stepped[side]:
            services.requests.assign(made["requests"][i], handling_unit=f"{side}单位")
            stepped[side].add(made["requests"][i])
        elif act == "visit" and side == "laptop":
            visits.append(laptop.visits.record(VisitInput(
                made["member"], made["households"][i], TODAY, notes="走访")).id)  # fmt: skip
    back = bring_back(laptop, folder)

    summary = office.field.check_in(back, SECRET)

    # The clashes: a household field both sides set, to different values (an archive mark set
    # on both sides is no clash: the household is archived either way).
    clashing = {h for (h, f), v in changed["laptop"].items()
                if (h, f) in changed["office"] and changed["office"][(h, f)] != v}  # fmt: skip
    both_stepped = stepped["office"] & stepped["laptop"]
    conflicts = office.field.conflicts()
    mine = [c for c in conflicts if c.studio_name == made["name"]]
    titles = sorted(c.title for c in mine if c.kind == "fields")
    assert titles == sorted(f"联系户 {office.households.get(h).head_name}" for h in clashing)
    assert len([c for c in mine if c.kind == "steps"]) == len(both_stepped)
    assert summary.conflicts == len(clashing) + len(both_stepped)
    for h in made["households"]:
        now = office.households.get(h)
        for field in FIELDS:
            key = (h, field)
            expected = "东村" if field == "village" else ""
            if key in changed["office"]:
                expected = changed["office"][key]
            elif key in changed["laptop"] and h not in clashing:
                expected = changed["laptop"][key]
            assert getattr(now, field) == expected, (field, h in clashing)
        if h not in clashing:
            assert (now.archived_at is not None) == (h in archived["office"] | archived["laptop"])
    # No record lost: every household and request made on either side is at the office.
    for h in created["office"] + created["laptop"]:
        assert office.households.get(h) is not None
    numbers = set()
    for r in registered["office"] + registered["laptop"]:
        request = office.requests.get(r)
        assert not request.number.startswith("临")
        assert (request.provisional_number is not None) == (r in registered["laptop"])
        if request.provisional_number:  # the laptop's receipt still finds it
            head = office.request_list.first_page(RequestQuery(request.provisional_number))
            assert [row.id for row in head.rows] == [r]
        numbers.add(request.number)
    assert len(numbers) == len(registered["office"]) + len(registered["laptop"])
    for r in stepped["laptop"] - both_stepped:
        request = office.requests.get(r)
        assert request.status == RequestStatus.ASSIGNED
        assert request.handling_unit == "laptop单位"
    with office.db.session() as s:
        found = set(s.scalars(select(Visit.id).where(Visit.id.in_(visits))))
    assert found == set(visits)

    before = snapshot(office)
    with pytest.raises(FieldError, match="导入过"):
        office.field.check_in(back, SECRET)
    assert snapshot(office) == before


def test_a_clash_waits_whole_until_the_coordinator_chooses(office, blank, tmp_path):
    made = new_studio(office, n=1)
    (h,) = made["households"]
    laptop = round_trip_out(office, tmp_path, blank)
    edit(laptop, h, "address", "笔记本写的地址")
    edit(laptop, h, "notes", "笔记本的备注")
    edit(office, h, "address", "办公室写的地址")
    office.field.check_in(bring_back(laptop, tmp_path), SECRET)
    waiting = office.households.get(h)
    assert (waiting.address, waiting.notes) == ("办公室写的地址", "")  # nothing applied yet
    (conflict,) = [c for c in office.field.conflicts() if c.studio_name == made["name"]]
    clash = {f.name: f.clash for f in conflict.fields}
    assert clash == {"address": True, "notes": False}
    office.field.settle(conflict.id, {"address": "laptop"})
    settled = office.households.get(h)
    assert (settled.address, settled.notes) == ("笔记本写的地址", "笔记本的备注")
    assert conflict.id not in {c.id for c in office.field.conflicts()}
    with pytest.raises(FieldError, match="已经处理过"):
        office.field.settle(conflict.id, {})


def test_bad_inputs_are_refused_in_chinese_with_nothing_changed(office, blank, tmp_path):
    made = new_studio(office, n=1)
    laptop = round_trip_out(office, tmp_path, blank)
    laptop.requests.register(RequestInput(content="路灯", anonymous=True))
    back = bring_back(laptop, tmp_path)
    before = snapshot(office)
    # two packages out at once
    with pytest.raises(FieldError, match="已有一个外出工作包没有带回"):
        office.field.check_out(tmp_path / "second.pkg", SECRET, blank=blank)
    assert not (tmp_path / "second.pkg").exists()
    # a wrong passphrase, a damaged file, a package given as a return
    with pytest.raises(sealed.PackageError, match="口令不对"):
        office.field.check_in(back, "别的口令123")
    damaged = tmp_path / "damaged.back"
    data = bytearray(back.read_bytes())
    data[-40] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(sealed.PackageError, match="已损坏"):
        office.field.check_in(damaged, SECRET)
    with pytest.raises(sealed.PackageError, match="这是外出工作包"):
        office.field.check_in(tmp_path / "外出.pkg", SECRET)
    # a return from another office (another database)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(FieldError, match="不是从本数据库带出"):
            Services(other).field.check_in(back, SECRET)
    finally:
        other.close()
    # a schema mismatch: the office moved on (a newer program) since the package went out
    with office.db.session() as s:
        from studio_app.core.models import FieldPackage

        package = s.scalars(select(FieldPackage).where(
            FieldPackage.studio_id == made["studio"])).one()  # fmt: skip
        taken_out_at, package.schema_revision = package.schema_revision, "0017"
    with pytest.raises(FieldError, match="数据结构版本"):
        office.field.check_in(back, SECRET)
    with office.db.session() as s:
        s.get(FieldPackage, package.id).schema_revision = taken_out_at
    assert snapshot(office) == before
    # and once imported, the same return again
    office.field.check_in(back, SECRET)
    after = snapshot(office)
    with pytest.raises(FieldError, match="导入过"):
        office.field.check_in(back, SECRET)
    assert snapshot(office) == after


@pytest.mark.one_backend  # the office's own transaction: what SQLite's file keeps is the point
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_a_check_in_killed_half_way_leaves_the_office_as_before(sqlite_template, blank, tmp_path):
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = open_database(path)
    office = Services(database)
    made = new_studio(office)
    laptop = round_trip_out(office, tmp_path, blank)
    edit(laptop, made["households"][0], "notes", "笔记本的备注")
    laptop.requests.assign(made["requests"][0], handling_unit="镇政府")
    laptop.requests.register(RequestInput(content="村道积水", anonymous=True))
    back = bring_back(laptop, tmp_path)
    before = snapshot(office)
    database.close()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the check-in, stopped with everything written but not yet committed
        try:
            os.close(read_end)
            writing = merging._Merge._audit

            def then_wait(self, s):
                writing(self, s)
                s.flush()
                os.write(write_end, b"!")
                time.sleep(60)

            merging._Merge._audit = then_wait
            Services(open_database(path)).field.check_in(back, SECRET)
        finally:
            os._exit(1)
    os.close(write_end)
    ready, _, _ = waiting.select([read_end], [], [], 30)
    assert ready and os.read(read_end, 1) == b"!"
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(read_end)
    database = open_database(path)
    try:
        office = Services(database)
        assert snapshot(office) == before
        summary = office.field.check_in(back, SECRET)  # the package is still out: imported now
        assert (summary.steps, len(summary.renumbered)) == (1, 1)
        assert office.households.get(made["households"][0]).notes == "笔记本的备注"
    finally:
        database.close()


def test_minutes_issued_at_the_office_meanwhile_keep_the_laptop_s_changes_waiting(
    office, blank, tmp_path
):
    made = new_studio(office, n=0)
    start = datetime.now(UTC) - timedelta(days=1)
    meeting = office.meetings.create(MeetingInput(studio_id=made["studio"], starts_at=start,
                                                  topic="村道硬化协商"))  # fmt: skip
    laptop = round_trip_out(office, tmp_path, blank)
    laptop.meetings.update(meeting.id, meeting.version, MeetingInput(
        studio_id=made["studio"], starts_at=start, topic="村道硬化协商", summary="笔记本补的概要"))  # fmt: skip
    with office.db.session() as s:  # 定稿 at the office meanwhile (the issued minutes' record)
        s.add(IssuedDocument(kind=DocumentKind.MINUTES, title="纪要", studio_id=made["studio"],
                             meeting_id=meeting.id, issued_at=start, sha256="0" * 64, pdf=b"%PDF"))  # fmt: skip
    office.field.check_in(bring_back(laptop, tmp_path), SECRET)
    assert office.meetings.get(meeting.id).summary == ""  # the issued minutes stand
    (conflict,) = [c for c in office.field.conflicts() if c.studio_name == made["name"]]
    assert conflict.title == "会议 村道硬化协商"
    with pytest.raises(FieldError, match="已定稿"):
        office.field.settle(conflict.id, {"summary": "laptop"})
    office.field.settle(conflict.id, {"summary": "office"})
    assert office.meetings.get(meeting.id).summary == ""
