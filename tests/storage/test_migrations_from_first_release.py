"""A database made by the first released schema (revision 0001) opens in this program with every
record intact.

``data/schema_0001.sqlite3`` was made by ``data/make_schema_0001.py``, whose ``ROWS`` are also
what this test expects. The test knows nothing about the revisions after 0001: a new migration
must simply keep it passing. A migration that rewrites an old column on purpose (fills a derived
column, converts a value) adds it to ``REWRITTEN`` with its revision and a check of the new value.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from studio_app.core.households import HouseholdInput, HouseholdQuery
from studio_app.core.models import Member
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.core.stats import COUNTED, entity_counts
from studio_app.storage.backups.check import check
from studio_app.storage.migrate import current_revision, head_revision, open_database

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "schema_0001.sqlite3"


def _fixture_module():
    spec = importlib.util.spec_from_file_location("make_schema_0001", DATA / "make_schema_0001.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIRST = _fixture_module()
KEYS = {"app_setting": ("key",), "household_tag": ("household_id", "tag")}  # else ("id",)
# Columns later revisions recompute from the others by design: (table, column) -> revision.
REWRITTEN = {("request", "search_text"): "0005", ("request", "studio_id"): "0016"}


def _rows(path: Path, table: str) -> dict[tuple, dict]:
    key = KEYS.get(table, ("id",))
    with closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        return {
            tuple(row[k] for k in key): dict(row)
            for row in connection.execute(f'SELECT * FROM "{table}"')
        }


@pytest.fixture
def upgraded(tmp_path) -> Path:
    path = tmp_path / "studio.sqlite3"
    shutil.copy(FIXTURE, path)
    database = open_database(path)
    with database.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    database.close()
    return path


def test_the_fixture_is_the_first_release_and_what_its_script_makes(tmp_path):
    with closing(sqlite3.connect(FIXTURE)) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        committed = list(connection.iterdump())
    assert revision == [(FIRST.REVISION,)]
    remade = FIRST.make(tmp_path / "again.sqlite3")
    with closing(sqlite3.connect(remade)) as connection:
        assert list(connection.iterdump()) == committed


def test_every_record_of_the_first_release_is_there_with_its_values(upgraded):
    for table, expected_rows in FIRST.ROWS.items():
        stored = _rows(upgraded, table)
        key = KEYS.get(table, ("id",))
        expected = {tuple(row[k] for k in key): row for row in expected_rows}
        assert set(stored) == set(expected), table  # none lost, none added
        for row_key, row in expected.items():
            for column, value in row.items():
                if (table, column) in REWRITTEN:
                    continue
                assert stored[row_key][column] == value, (table, row_key, column)


def test_the_rewritten_columns_hold_what_their_revision_made(upgraded):
    requests = _rows(upgraded, "request")
    first = requests[(FIRST.REQ1,)]
    # 0005: number (without the dash), visitor, phone, village, category, unit, content.
    assert (
        first["search_text"] == "20250001␟孙犇␟13600002222␟东关村␟交通␟县住建局␟村口路灯坏了三个月"
    )
    # 0016: a request recorded before studios mattered belongs to the database's only studio.
    assert {r["studio_id"] for r in requests.values()} == {FIRST.STUDIO}
    with closing(sqlite3.connect(upgraded)) as connection:
        owners = connection.execute("SELECT household_id, studio_id FROM household_studio")
        assert sorted(owners) == sorted((h, FIRST.STUDIO) for (h,) in _rows(upgraded, "household"))
    assert set(REWRITTEN) == {("request", "search_text"), ("request", "studio_id")}, (
        "check each rewritten column here"
    )


def test_the_upgraded_records_work_in_the_program(upgraded):
    database = open_database(upgraded)
    services = Services(database)
    try:
        assert check(database) == []
        counts = entity_counts(services.db)
        for name, model in COUNTED.items():
            assert counts[name]["total"] == len(FIRST.ROWS.get(model.__tablename__, [])), name
        lead = services.members.get(uuid.UUID(FIRST.LEAD)).member
        assert (lead.name, lead.photo, lead.notes) == ("刘䶮", FIRST.PHOTO, "领衔委员 😀")
        with services.db.session() as s:
            assert sorted(s.scalars(select(Member.name).where(Member.archived_at.is_(None)))) == [
                "刘䶮", "𠮷田"
            ]  # fmt: skip
        # Found through the full-text indexes the later revisions built over the old rows.
        found = services.households.first_page(HouseholdQuery(text="垚")).rows
        assert [h.head_name for h in found] == ["赵垚"] and found[0].tags == ("低保", "独居老人")
        assert [r.number for r in services.request_list.first_page(RequestQuery(text="路灯")).rows] == [
            "2025-0001"
        ]  # fmt: skip
        assert [r.number for r in services.request_list.first_page(RequestQuery(text="𠮷")).rows] == [
            "2025-0003"
        ]  # fmt: skip
        assert [r.number for r in services.request_list.merged_into(uuid.UUID(FIRST.REQ1))] == [
            "2025-0002"
        ]
        # And the program goes on writing into it.
        services.households.create(HouseholdInput(head_name="周垚", village="东关村"))
        assert len(services.households.first_page(HouseholdQuery(text="垚")).rows) == 2
    finally:
        database.close()


def test_the_file_is_copied_aside_before_it_is_upgraded(upgraded):
    (copy,) = (upgraded.parent / "before-upgrade").iterdir()
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (FIRST.REVISION,)
        ]
