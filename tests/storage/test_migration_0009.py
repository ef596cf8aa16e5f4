"""Migration 0009: search text stored before it turns half-width, so full-width letters and
marks (张！, ＡＢＣ公司) are found as the search box looks for them; every row is kept."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from studio_app.core.members import MemberQuery
from studio_app.core.services import Services
from studio_app.storage.migrate import alembic_config, open_database

pytestmark = pytest.mark.pg  # the schema and the engine differ there: also on PostgreSQL


def test_upgrading_from_0008_makes_old_search_text_findable(empty_url):
    from alembic import command

    engine = create_engine(empty_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
    now = "2026-11-30 08:00:00"
    rows = [  # as the release before 0009 stored them: full-width kept, lower-cased
        (uuid.uuid4(), "张！", "张！␟ａｂｃ公司"),
        (uuid.uuid4(), "王䶮", "王䶮␟农业界"),
        (uuid.uuid4(), "李堃", "李堃␟幸福路3-2号"),
    ] + [(uuid.uuid4(), f"委员{i:04d}", f"委员{i:04d}␟（第{i}组）") for i in range(2100)]
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO member (id, name, level, sector, committee, work_unit, phone,"
                " specialties, notes, search_text, sort_key, created_at, updated_at, version)"
                " VALUES (:id, :name, 'county', '', '', '', '', '', '', :st, :name, :now, :now, 1)"
            ),
            [
                {
                    "id": i if engine.dialect.name == "postgresql" else i.hex,
                    "name": n,
                    "st": st,
                    "now": now,
                }
                for i, n, st in rows
            ],
        )
    engine.dispose()

    database = open_database(empty_url)
    services = Services(database)
    with database.session() as s:
        texts = dict(s.execute(text("SELECT name, search_text FROM member")).all())
    assert len(texts) == len(rows)  # every member kept
    assert texts["张！"] == "张!␟abc公司" and texts["王䶮"] == "王䶮␟农业界"
    assert texts["委员2099"] == "委员2099␟(第2099组)"
    found = services.members.first_page(MemberQuery(text="张！")).rows
    assert [m.name for m in found] == ["张！"]
    assert services.members.count(MemberQuery(text="ABC公司")) == 1
    assert texts["李堃"] == "李堃␟幸福路32号"
    assert [m.name for m in services.members.first_page(MemberQuery(text="3-2号")).rows] == ["李堃"]
    database.close()
