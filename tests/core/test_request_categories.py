"""The editable list of request categories: seeded once, renamed with its requests, ordered."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from studio_app.base.errors import NotFoundError, StudioError, ValidationError
from studio_app.core.models import AppSetting, Request, RequestCategory
from studio_app.core.request_categories import SEEDED_KEY, CategoryService
from studio_app.core.services import Services
from studio_app.core.visitor_requests import RequestInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


DEFAULTS = ["医疗", "教育", "就业", "养老", "社保", "住房", "交通", "环境", "农业",
            "矛盾纠纷", "其他"]  # fmt: skip


def _register(db, category: str, content: str = "村口路灯坏了三个月") -> Request:
    data = RequestInput(content=content, category=category, anonymous=True)
    return Services(db).requests.register(data)


def _categories_in_db(db) -> list[tuple[str, int, bool]]:
    with db.session() as s:
        rows = s.scalars(select(RequestCategory).order_by(RequestCategory.name))
        return [(c.name, c.position, c.archived_at is None) for c in rows]


def test_the_first_call_seeds_the_defaults_once(db):
    categories = CategoryService(db)
    assert categories.names() == DEFAULTS
    with db.session() as s:
        assert s.get(AppSetting, SEEDED_KEY).value == "1"
    for name in DEFAULTS:
        categories.archive(name)
    assert categories.names() == []
    # A fresh service (the program started again) does not seed a second time.
    assert CategoryService(db).names() == []
    assert len(CategoryService(db).entries()) == len(DEFAULTS)
    assert all(e.archived for e in CategoryService(db).entries())


def test_a_database_with_categories_but_no_mark_is_not_seeded(db):
    with db.session() as s:
        s.add(RequestCategory(name="水利", position=0))
    assert CategoryService(db).names() == ["水利"]


def test_entries_count_requests_and_list_archived_last(db):
    categories = CategoryService(db)
    categories.archive("教育")
    _register(db, "交通")
    _register(db, "交通", "通村公路有大坑")
    _register(db, "教育")
    entries = categories.entries()
    assert [e.name for e in entries] == [n for n in DEFAULTS if n != "教育"] + ["教育"]
    used = {e.name: e.used_by for e in entries}
    assert (used["交通"], used["教育"], used["医疗"]) == (2, 1, 0)
    assert [e.archived for e in entries][-2:] == [False, True]


def test_add_appends_and_rename_carries_the_requests_along(db):
    categories = CategoryService(db)
    assert categories.add("  水利  ") == "水利"
    assert categories.names()[-1] == "水利"
    first = _register(db, "交通")
    second = _register(db, "交通", "通村公路有大坑")
    other = _register(db, "环境", "河道垃圾堆积")
    assert categories.rename("交通", "道路交通") == "道路交通"
    assert categories.names()[6] == "道路交通" and "交通" not in categories.names()
    with db.session() as s:
        by_id = {r.id: r for r in s.scalars(select(Request))}
    assert by_id[first.id].category == by_id[second.id].category == "道路交通"
    assert by_id[first.id].version == first.version + 1  # a form opened before is stale
    assert by_id[other.id].category == "环境"
    assert {e.name: e.used_by for e in categories.entries()}["道路交通"] == 2


def test_renaming_only_the_letter_case_or_width_of_itself_is_allowed(db):
    categories = CategoryService(db)
    categories.add("IT服务")
    assert categories.rename("IT服务", "it服务") == "it服务"
    assert "it服务" in categories.names()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "请填写类别名称。"),
        ("   ", "请填写类别名称。"),
        ("长" * 51, "类别名称太长（51 个字），最多 50 个字。"),
        ("医疗", "已有类别“医疗”，请换一个名称。"),
        (" 医 疗 ", "“医 疗”与已有类别“医疗”相同"),
        ("ＩＴ服务", "“ＩＴ服务”与已有类别“IT服务”相同（全角半角、大小写、空格不同也算同一类别）"),
        ("it服务", "“it服务”与已有类别“IT服务”相同"),
    ],
)
def test_refused_names_change_nothing(db, typed, message):
    categories = CategoryService(db)
    categories.add("IT服务")
    _register(db, "交通")
    before = (_categories_in_db(db), categories.entries())
    with pytest.raises(ValidationError) as err:
        categories.add(typed)
    assert message in str(err.value) and err.value.errors[0].field == "name"
    with pytest.raises(ValidationError) as err:
        categories.rename("交通", typed)
    assert message in str(err.value)
    assert (_categories_in_db(db), categories.entries()) == before
    with db.session() as s:
        assert list(s.scalars(select(Request.category))) == ["交通"]


def test_fifty_characters_are_enough(db):
    assert CategoryService(db).add("长" * 50) == "长" * 50


def test_a_duplicate_of_an_archived_category_says_where_it_is(db):
    categories = CategoryService(db)
    categories.archive("养老")
    with pytest.raises(ValidationError, match="已归档，如需使用请在已归档类别中恢复它"):
        categories.add("养老")
    categories.restore("养老")
    assert categories.names()[-1] == "养老"  # back at the end of the list


def test_move_and_reorder(db):
    categories = CategoryService(db)
    assert categories.move("教育", up=True)[:3] == ["教育", "医疗", "就业"]
    assert categories.move("教育", up=True)[:3] == ["教育", "医疗", "就业"]  # already first
    assert categories.move("其他", up=False)[-1] == "其他"  # already last
    assert categories.move("医疗", up=False)[:3] == ["教育", "就业", "医疗"]
    assert categories.names()[:3] == ["教育", "就业", "医疗"]

    wanted = list(reversed(DEFAULTS))
    assert categories.reorder(wanted) == wanted
    assert categories.names() == wanted
    assert CategoryService(db).names() == wanted


def test_move_skips_archived_categories(db):
    categories = CategoryService(db)
    categories.archive("教育")
    assert categories.move("就业", up=True)[:2] == ["就业", "医疗"]
    with pytest.raises(StudioError, match="已归档，请先恢复再调整顺序"):
        categories.move("教育", up=True)


def test_reorder_refuses_a_list_that_is_not_the_current_one(db):
    categories = CategoryService(db)
    for stale in (DEFAULTS[:-1], [*DEFAULTS, "水利"], [*DEFAULTS[:-1], "医疗"]):
        with pytest.raises(StudioError, match="请刷新后重新排序"):
            categories.reorder(stale)
    assert categories.names() == DEFAULTS


def test_archived_categories_leave_the_desk_but_requests_keep_them(db):
    categories = CategoryService(db)
    r = _register(db, "住房")
    categories.archive("住房")
    categories.archive("住房")  # twice is harmless
    assert "住房" not in categories.names()
    with db.session() as s:
        assert s.get(Request, r.id).category == "住房"
    assert {e.name: e.used_by for e in categories.entries()}["住房"] == 1


def test_unknown_names_are_reported(db):
    categories = CategoryService(db)
    with pytest.raises(NotFoundError, match="找不到类别“水利”"):
        categories.rename("水利", "水务")
    with pytest.raises(NotFoundError):
        categories.archive("水利")
