"""Member service on a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from studio_app.base.enums import MemberLevel, MembershipRole
from studio_app.base.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from studio_app.core.members import MemberInput, MemberQuery
from studio_app.core.models import StudioMembership
from studio_app.core.studios import StudioInput

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


RARE = ["王䶮", "李堃", "张喆", "刘赟", "陈昇", "赵旻", "孙犇", "周垚", "𠮷祥"]


@pytest.fixture
def studio(services):
    return services.studios.create(StudioInput(name="城关镇委员工作室", phone="0931-8123456"))


def test_create_cleans_values_and_joins_the_studio(services, studio):
    member = services.members.create(
        MemberInput(name=" 王䶮 ", phone="１３８ 1234 5678", sector="农业界",
                    level=MemberLevel.MUNICIPAL, studio_id=studio.id, role=MembershipRole.LEAD)
    )  # fmt: skip
    detail = services.members.get(member.id)
    assert detail.member.name == "王䶮"
    assert detail.member.phone == "13812345678"
    assert detail.member.level == MemberLevel.MUNICIPAL
    assert [(st.name, ms.role) for st, ms in detail.memberships] == [
        ("城关镇委员工作室", MembershipRole.LEAD)
    ]
    (row,) = services.members.page(MemberQuery())
    assert (row.studio_name, row.studio_role, row.household_count) == (
        "城关镇委员工作室", MembershipRole.LEAD, 0,
    )  # fmt: skip


def test_invalid_input_changes_nothing(services):
    with pytest.raises(ValidationError) as info:
        services.members.create(MemberInput(name="", phone="555"))
    assert {e.field for e in info.value.errors} == {"name", "phone"}
    assert services.members.count(MemberQuery(active=None)) == 0


def test_duplicate_name_and_phone_is_detected(services):
    first = services.members.create(MemberInput(name="李堃", phone="13912345678"))
    with pytest.raises(DuplicateError) as info:
        services.members.create(MemberInput(name="李堃", phone="139-1234-5678"))
    assert info.value.existing_id == first.id
    assert "李堃" in str(info.value)
    services.members.create(MemberInput(name="李堃", phone="13912345678"), allow_duplicate=True)
    services.members.create(MemberInput(name="李堃", phone="13700000000"))  # other phone: fine
    assert services.members.count(MemberQuery()) == 3


@pytest.mark.parametrize("name", RARE)
def test_rare_character_names_are_stored_and_found_exactly(services, name):
    services.members.create(MemberInput(name=name))
    services.members.create(MemberInput(name="王明"))
    rare_char = name[1] if name[0] in "王李张刘陈赵孙周" else name[0]
    rows = services.members.page(MemberQuery(text=rare_char))
    assert [r.name for r in rows] == [name]
    assert services.members.get(rows[0].id).member.name == name


def test_search_matches_one_character_phone_digits_and_several_terms(services):
    services.members.create(MemberInput(name="王明", phone="13812345678", sector="农业界"))
    services.members.create(MemberInput(name="王芳", phone="13900001111", sector="教育界"))
    services.members.create(MemberInput(name="李强", phone="0931-8123456", sector="农业界"))

    def names(text):
        return sorted(r.name for r in services.members.page(MemberQuery(text=text)))

    assert names("王") == ["王明", "王芳"]
    assert names("农业") == ["李强", "王明"]
    assert names("王 农业") == ["王明"]
    assert names("5678") == ["王明"]
    assert names("09318123456") == ["李强"]
    assert names("0931-8123456") == ["李强"]
    assert names("%") == []  # LIKE wildcards are literal
    assert names("") == ["李强", "王明", "王芳"]


def test_filters_sorting_and_paging(services):
    for i, (name, sector, level) in enumerate(
        [("甲", "农业界", MemberLevel.COUNTY), ("乙", "教育界", MemberLevel.COUNTY),
         ("丙", "农业界", MemberLevel.PROVINCIAL)]
    ):  # fmt: skip
        services.members.create(
            MemberInput(name=name, sector=sector, level=level, phone=f"1380000000{i}")
        )
    assert services.members.count(MemberQuery(sector="农业界")) == 2
    assert [r.name for r in services.members.page(MemberQuery(level=MemberLevel.PROVINCIAL))] == [
        "丙"
    ]
    by_phone = services.members.page(MemberQuery(sort="phone", descending=True))
    assert [r.phone for r in by_phone] == ["13800000002", "13800000001", "13800000000"]
    assert [
        r.name for r in services.members.page(MemberQuery(sort="phone"), offset=1, limit=1)
    ] == ["乙"]
    assert services.members.sectors() == sorted(["农业界", "教育界"])


def test_update_checks_the_version_it_was_opened_at(services):
    member = services.members.create(MemberInput(name="张喆", phone="13812345678"))
    updated = services.members.update(
        member.id, MemberInput(name="张喆", phone="13812345679"), expected_version=member.version
    )
    assert updated.version == member.version + 1
    with pytest.raises(ConflictError, match="您这次的修改没有保存"):
        services.members.update(
            member.id, MemberInput(name="张喆X"), expected_version=member.version
        )
    assert services.members.get(member.id).member.name == "张喆"


def test_archive_hides_from_daily_list_and_restore_brings_back(services):
    member = services.members.create(MemberInput(name="刘赟"))
    services.members.archive(member.id)
    assert services.members.count(MemberQuery()) == 0
    assert [r.name for r in services.members.page(MemberQuery(active=False))] == ["刘赟"]
    assert services.members.page(MemberQuery(active=None))[0].archived
    services.members.restore(member.id)
    assert services.members.count(MemberQuery()) == 1


def test_archived_member_does_not_block_a_new_one_with_same_name(services):
    old = services.members.create(MemberInput(name="陈昇", phone="13812345678"))
    services.members.archive(old.id)
    services.members.create(MemberInput(name="陈昇", phone="13812345678"))
    assert services.members.count(MemberQuery(active=None)) == 2


def test_photo_must_be_a_small_image(services):
    member = services.members.create(MemberInput(name="赵旻"))
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
    services.members.set_photo(member.id, png)
    assert services.members.get(member.id).member.photo == png
    with pytest.raises(ValueError, match="JPG 或 PNG"):
        services.members.set_photo(member.id, b"GIF89a")
    with pytest.raises(ValueError, match="2 MB"):
        services.members.set_photo(member.id, b"\xff\xd8" + b"0" * (2 * 1024 * 1024))


def test_missing_member_is_reported_in_chinese(services):
    import uuid

    with pytest.raises(NotFoundError, match="找不到这位委员"):
        services.members.get(uuid.uuid4())


def test_records_made_directly_without_optional_fields_are_searchable(services):
    from studio_app.core.models import Household, Member

    with services.db.session() as s:
        s.add_all([Member(name="无电话委员"), Household(head_name="无电话户")])
    assert [r.name for r in services.members.page(MemberQuery(text="无电话"))] == ["无电话委员"]


def test_sorting_by_level_rank_role_and_household_count(services, studio):
    from studio_app.core.households import HouseholdInput

    county = services.members.create(MemberInput(name="甲", level=MemberLevel.COUNTY))
    with services.db.database.session() as s:  # a new member joins the only studio: not 甲
        s.execute(delete(StudioMembership).where(StudioMembership.member_id == county.id))
    services.members.create(MemberInput(name="乙", level=MemberLevel.NATIONAL, studio_id=studio.id))
    lead = services.members.create(
        MemberInput(
            name="丙", level=MemberLevel.PROVINCIAL, studio_id=studio.id, role=MembershipRole.LEAD
        )
    )
    for i in range(2):
        h = services.households.create(HouseholdInput(head_name=f"户{i}"))
        services.linkages.link(county.id, h.id)
    h = services.households.create(HouseholdInput(head_name="户x"))
    services.linkages.link(lead.id, h.id)

    def order(sort, descending=False):
        return [
            r.name for r in services.members.page(MemberQuery(sort=sort, descending=descending))
        ]

    assert order("level") == ["乙", "丙", "甲"]  # 全国, 省, 县（区）
    assert order("studio_role") == ["丙", "乙", "甲"]  # 领衔, 加盟, none
    assert order("household_count", descending=True) == ["甲", "丙", "乙"]


def test_names_are_listed_in_pinyin_order_and_follow_a_rename(services):
    from studio_app.core.households import HouseholdInput, HouseholdQuery

    for name in ["张三", "王五", "丁一", "𠮷祥", "李堃", "万家豪"]:
        services.members.create(MemberInput(name=name))
        services.households.create(HouseholdInput(head_name=name))
    expected = ["丁一", "李堃", "万家豪", "王五", "张三", "𠮷祥"]  # ding li wan wang zhang, 𠮷 last
    assert [r.name for r in services.members.page(MemberQuery())] == expected
    assert [r.head_name for r in services.households.page(HouseholdQuery())] == expected
    searched = services.households.first_page(HouseholdQuery(text="三 "))
    assert [r.head_name for r in searched.rows] == ["张三"]

    (ding,) = services.members.page(MemberQuery(text="丁一"))
    services.members.update(ding.id, MemberInput(name="赵一"), expected_version=ding.version)
    assert [r.name for r in services.members.page(MemberQuery())][-2:] == ["赵一", "𠮷祥"]


def test_surnames_sort_by_their_surname_reading(services):
    for name in ["张三", "曾强", "沈明", "单雄", "蔡一", "万俟卨"]:
        services.members.create(MemberInput(name=name))
    names = [r.name for r in services.members.page(MemberQuery())]
    # cai, mo qi, shan, shen, zeng, zhang: 曾 and 单 as surnames, not ceng and dan
    assert names == ["蔡一", "万俟卨", "单雄", "沈明", "曾强", "张三"]
