"""Migration 0016: a studio's database from before the county edition gives every record and
user its studio, so nothing disappears when the studio's users are scoped to it; households
linked to a member of another studio belong to that studio too; 0016 can be undone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, inspect, text

from studio_app.core.households import HouseholdQuery
from studio_app.core.request_list import RequestQuery
from studio_app.core.services import Services
from studio_app.storage.migrate import open_database
from tests.alembic_steps import migrate

pytestmark = pytest.mark.pg  # the same upgrade on both databases

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC).replace(tzinfo=None)


def _insert(connection, table: str, **values) -> None:
    """A row as the program of 0015 would have written it: every NOT NULL column the test
    does not name gets an empty value of its type."""
    for column in inspect(connection).get_columns(table):
        name, kind = column["name"], column["type"].python_type if _typed(column) else str
        if name in values or column["nullable"] or column.get("default") is not None:
            continue
        values[name] = {int: 0, bool: False, str: ""}.get(kind, "")
        if name in ("created_at", "updated_at"):
            values[name] = T0
        elif name == "version":
            values[name] = 1
    names = ", ".join(f'"{n}"' for n in values)
    marks = ", ".join(f":{n}" for n in values)
    connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), values)


def _typed(column) -> bool:
    try:
        column["type"].python_type  # noqa: B018
    except NotImplementedError:
        return False
    return True


def _fill_at_0015(url: str) -> dict[str, uuid.UUID]:
    """Two studios (the second added later), a member of each, three households (one linked to
    each member, one to nobody), a visitor with a request, a user."""
    ids = {k: uuid.uuid4() for k in ("a", "b", "ma", "mb", "ha", "hb", "h0", "v", "r", "u")}
    pg = url.startswith("postgresql")

    def key(k: str | uuid.UUID) -> object:
        value = ids[k] if isinstance(k, str) else k
        return value if pg else value.hex

    engine = create_engine(url)
    with engine.begin() as c:
        _insert(c, "studio", id=key("a"), name="城关", created_at=T0)
        _insert(c, "studio", id=key("b"), name="河湾", created_at=T0.replace(day=3))
        for m, name, studio in (("ma", "王建国", "a"), ("mb", "李红", "b")):
            _insert(c, "member", id=key(m), name=name, level="county")
            _insert(c, "studio_membership", id=key(uuid.uuid4()), studio_id=key(studio),
                    member_id=key(m), role="lead")  # fmt: skip
        for h in ("ha", "hb", "h0"):
            _insert(c, "household", id=key(h), kind="household", head_name=f"户主{h}")
        for m, h in (("ma", "ha"), ("mb", "hb")):
            _insert(c, "linkage", id=key(uuid.uuid4()), member_id=key(m), household_id=key(h),
                    since=T0.date())  # fmt: skip
        _insert(c, "visitor", id=key("v"), name="张三")
        _insert(c, "request", id=key("r"), number="2026-0001", visitor_id=key("v"),
                channel="visit", category="交通", content="路灯坏了", status="registered",
                registered_at=T0)  # fmt: skip
        _insert(c, "app_user", id=key("u"), username="Admin", username_key="admin",
                role="admin", password_hash="x", active=True)  # fmt: skip
    engine.dispose()
    return ids


def _value(url: str, sql: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [
                tuple(str(v).replace("-", "") for v in r) for r in connection.execute(text(sql))
            ]
    finally:
        engine.dispose()


def test_upgrading_gives_every_record_and_user_its_studio(empty_url):
    migrate(empty_url, "0015")
    ids = _fill_at_0015(empty_url)
    migrate(empty_url, "0016")
    h = {k: v.hex for k, v in ids.items()}
    assert _value(empty_url, "SELECT studio_id FROM request") == [(h["a"],)]  # the first studio
    assert _value(empty_url, "SELECT studio_id FROM visitor") == [(h["a"],)]  # its request's
    assert _value(empty_url, "SELECT studio_id FROM app_user") == [(h["a"],)]
    assert sorted(_value(empty_url, "SELECT household_id, studio_id FROM household_studio")) == (
        sorted([(h["ha"], h["a"]), (h["hb"], h["b"]), (h["h0"], h["a"])])
    )
    # In the program, 河湾's user would see 河湾's household only; the whole county sees all.
    database = open_database(empty_url)
    try:
        services = Services(database)
        services.use_studio(ids["b"])
        assert [x.head_name for x in services.households.first_page(HouseholdQuery()).rows] == [
            "户主hb"
        ]
        assert services.request_list.first_page(RequestQuery()).rows == []
        services.use_studio(ids["a"])
        assert [r.number for r in services.request_list.first_page(RequestQuery()).rows] == [
            "2026-0001"
        ]
    finally:
        database.close()


def test_0016_can_be_undone_and_done_again(empty_url):
    open_database(empty_url).close()
    migrate(empty_url, "0015", down=True)
    engine = create_engine(empty_url)
    try:
        assert "household_studio" not in inspect(engine).get_table_names()
        assert "studio_id" not in {c["name"] for c in inspect(engine).get_columns("visitor")}
    finally:
        engine.dispose()
    migrate(empty_url, "head")
    engine = create_engine(empty_url)
    try:
        assert "household_studio" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
