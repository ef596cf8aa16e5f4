"""What a member's QR code says: a vCard, or the studio's address with the member's id."""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import delete, event

from studio_app.base.enums import MemberLevel, MembershipRole
from studio_app.base.errors import NotFoundError, ValidationError
from studio_app.core.member_codes import MAX_CODE_BYTES, member_title, vcard
from studio_app.core.members import MemberInput
from studio_app.core.models import StudioMembership
from studio_app.core.studios import StudioInput
from studio_app.documents.qr import qr_matrix

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


@pytest.fixture
def studio(services):
    return services.studios.create(StudioInput(name="城关镇委员工作室", phone="0931-8123456"))


@contextmanager
def counted_queries(db):
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_vcard_lines_escaping_and_crlf():
    card = vcard("王𠮷", "13812345678", "城关镇委员工作室; 农业界, 河湾\n村\\组")
    assert card == (
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "N:王𠮷;;;;\r\n"
        "FN:王𠮷\r\n"
        "TEL;TYPE=CELL:13812345678\r\n"
        "ORG:城关镇委员工作室\\; 农业界\\, 河湾\\n村\\\\组\r\n"
        "END:VCARD\r\n"
    )
    # No bare LF anywhere: every line ends with CRLF.
    assert "\n" not in card.replace("\r\n", "")


def test_vcard_leaves_out_empty_fields_but_keeps_the_name():
    assert vcard("䶮", "", "") == "BEGIN:VCARD\r\nVERSION:3.0\r\nN:䶮;;;;\r\nFN:䶮\r\nEND:VCARD\r\n"
    # A name with a comma or semicolon cannot break N's structure.
    assert "N:阿卜杜\\,热依木\\;;;;;\r\n" in vcard("阿卜杜,热依木;", "", "")
    # A landline is a work number, not a mobile.
    assert "TEL;TYPE=WORK,VOICE:0931-8123456\r\n" in vcard("张三", "0931-8123456", "")


def test_vcard_shortens_a_long_studio_name_to_fit_a_sparse_code():
    studio = "城关镇河湾村农业界委员工作室联络站" * 3
    card = vcard("阿依古丽·买买提", "13812345678", studio, max_bytes=MAX_CODE_BYTES)
    size = len(card.encode("utf-8"))
    assert MAX_CODE_BYTES - 6 <= size <= MAX_CODE_BYTES
    assert len(qr_matrix(card, 0)) <= 49  # version 8: 0.8 mm a module on the A4 poster
    [org] = [line for line in card.split("\r\n") if line.startswith("ORG:")]
    assert org.endswith("…") and org[4:-1] in studio
    assert "FN:阿依古丽·买买提\r\nTEL;TYPE=CELL:13812345678\r\n" in card  # never cut
    assert card.endswith("END:VCARD\r\n")
    # A short studio name is untouched; no room at all leaves it out.
    assert "ORG:河湾\r\n" in vcard("王", "", "河湾", max_bytes=MAX_CODE_BYTES)
    assert "ORG" not in vcard("王", "", "河湾" * 50, max_bytes=60)


def test_title_is_level_and_sector():
    assert member_title(MemberLevel.COUNTY, "农业界") == "县（区）政协委员 · 农业界"
    assert member_title(MemberLevel.MUNICIPAL, "") == "市政协委员"


def test_payload_is_the_vcard_of_the_member(services, studio):
    member = services.members.create(
        MemberInput(name="王𠮷", phone="138 1234 5678", level=MemberLevel.MUNICIPAL,
                    sector="医药卫生界", specialties="中医; 针灸,推拿\n义诊",
                    studio_id=studio.id, role=MembershipRole.LEAD)
    )  # fmt: skip
    assert services.member_codes.url_template() == ""
    # what a phone's contact needs; level, sector and specialties are printed beside the code
    assert services.member_codes.payload(member.id) == (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:王𠮷;;;;\r\nFN:王𠮷\r\n"
        "TEL;TYPE=CELL:13812345678\r\nORG:城关镇委员工作室\r\nEND:VCARD\r\n"
    )


@pytest.mark.parametrize("name", ["刘䶮", "王𠮷", "阿依古丽·买买提"])
def test_rare_character_names_survive(services, name):
    member = services.members.create(MemberInput(name=name))
    card = services.member_codes.payload(member.id)
    assert f"\r\nN:{name};;;;\r\nFN:{name}\r\n" in card
    # No studio or phone: those lines are left out.
    assert "ORG:" not in card and "TEL" not in card


def test_the_studio_on_the_card(services, studio):
    other = services.studios.create(StudioInput(name="河湾村委员工作室"))
    left = services.studios.create(StudioInput(name="老城区委员工作室"))
    member = services.members.create(
        MemberInput(name="李堃", studio_id=other.id, role=MembershipRole.TEAM)
    )
    with services.db.session() as s:
        s.add(StudioMembership(member_id=member.id, studio_id=studio.id,
                               role=MembershipRole.LEAD))  # fmt: skip
        s.add(StudioMembership(member_id=member.id, studio_id=left.id,
                               role=MembershipRole.LEAD, left_on=date(2024, 1, 1)))  # fmt: skip
    codes = services.member_codes
    # Current memberships only, the lead role first; a given studio wins.
    assert "\r\nORG:城关镇委员工作室\r\n" in codes.payload(member.id)
    assert "\r\nORG:河湾村委员工作室\r\n" in codes.payload(member.id, other.id)
    assert "\r\nORG:老城区委员工作室\r\n" in codes.payload(member.id, left.id)
    with pytest.raises(NotFoundError):
        codes.payload(member.id, uuid.uuid4())
    with pytest.raises(NotFoundError):
        codes.payload(uuid.uuid4())


def test_url_template_is_validated_stored_and_used(services):
    codes = services.member_codes
    member = services.members.create(MemberInput(name="王𠮷", phone="13812345678"))
    for bad, words in [
        ("www.example.cn/m/{id}", "http:// 或 https://"),
        ("ftp://example.cn/{id}", "http:// 或 https://"),
        ("https://example.cn/member", "{id}"),
        ("https://example.cn/m/{id} 2", "空格"),
        ("https:///{id}", "网站地址"),
        ("https://example.cn/" + "m" * 500 + "/{id}", "太长"),
        ("https://zx.example.gov.cn/委员/" + "页" * 30 + "/{id}", "太长"),  # 159 bytes
    ]:
        with pytest.raises(ValidationError) as caught:
            codes.set_url_template(bad)
        [error] = caught.value.errors
        assert (error.field, error.label) == ("url_template", "扫码网址")
        assert words in error.message and "扫码网址" in error.message
    assert codes.url_template() == ""  # nothing bad was stored

    kept = codes.set_url_template("  https://zx.example.gov.cn/委员/{id}?from=qr  ")
    assert kept == "https://zx.example.gov.cn/委员/{id}?from=qr"
    assert services.settings.get("qr.url_template") == kept
    assert codes.url_template() == kept
    assert codes.payload(member.id) == f"https://zx.example.gov.cn/委员/{member.id}?from=qr"
    assert codes.set_url_template("HTTP://example.cn/{id}") == "HTTP://example.cn/{id}"
    assert codes.payload(member.id) == f"HTTP://example.cn/{member.id}"
    with pytest.raises(NotFoundError):
        codes.payload(uuid.uuid4())

    codes.set_url_template("")  # back to contact cards
    assert codes.url_template() == ""
    assert codes.payload(member.id).startswith("BEGIN:VCARD\r\n")


def test_payloads_equal_payload_with_few_queries(services, studio):
    codes = services.member_codes
    ids = []
    for i in range(30):
        member = services.members.create(
            MemberInput(name=f"委员{i:02d}", phone=f"138{i:08d}", sector="农业界",
                        specialties=f"专长{i};种植,养殖",
                        studio_id=studio.id if i % 3 else None,
                        role=MembershipRole.LEAD if i % 2 else MembershipRole.TEAM)
        )  # fmt: skip
        ids.append(member.id)
    services.members.set_photo(ids[0], b"\x89PNG" + b"\0" * 1000)
    with services.db.database.session() as s:  # every third in no studio (a new one joins the
        s.execute(  # database's only studio, so they are taken out of it here)
            delete(StudioMembership).where(StudioMembership.member_id.in_(ids[::3]))
        )

    with counted_queries(services.db) as statements:
        cards = codes.payloads(ids)
    assert len(statements) <= 3  # the setting, then the members with their studios
    assert not any("photo" in s for s in statements)
    assert list(cards) == ids
    assert cards == {i: codes.payload(i) for i in ids}
    assert "\r\nORG:城关镇委员工作室\r\n" in cards[ids[1]]
    assert "ORG:" not in cards[ids[3]]

    with counted_queries(services.db) as statements:
        in_studio = codes.payloads(reversed(ids), studio.id)
    assert len(statements) <= 3
    assert list(in_studio) == ids[::-1]
    assert all("\r\nORG:城关镇委员工作室\r\n" in card for card in in_studio.values())
    assert in_studio == {i: codes.payload(i, studio.id) for i in ids}

    codes.set_url_template("https://example.cn/m/{id}")
    with counted_queries(services.db) as statements:
        urls = codes.payloads(ids + ids[:2])  # repeated ids are given once
    assert len(statements) <= 2
    assert urls == {i: f"https://example.cn/m/{i}" for i in ids}
    assert urls == {i: codes.payload(i) for i in ids}
    with pytest.raises(NotFoundError):
        codes.payloads([ids[0], uuid.uuid4()])
    assert codes.payloads([]) == {}
