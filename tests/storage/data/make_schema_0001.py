"""Make ``schema_0001.sqlite3``: a database of the first released schema (revision 0001).

    .venv/bin/python tests/storage/data/make_schema_0001.py

The schema comes from Alembic (``command.upgrade(config, "0001")``), the rows from plain SQL
in the formats that release wrote: ids as 32 hex digits, times as naive UTC text, dates as
ISO text, enums by value, booleans as 0/1. ``ROWS`` is also what
``tests/storage/test_migrations_from_first_release.py`` expects to find after upgrading the file to the
newest revision, so the file and the test cannot drift apart. Run it again only to rebuild the
same file; never to "update" it to a newer schema (that would defeat its purpose).

Not in it: ``request_event`` rows (the first release wrote none; 0003 relies on that) and the
tables added later (``calendar_day`` …).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "schema_0001.sqlite3"
REVISION = "0001"


def _id(n: int) -> str:
    return f"{n:032x}"


T0 = "2025-03-01 01:02:03.000000"  # naive UTC, as UTCDateTime stored it
T1 = "2025-03-02 08:30:00.500000"
PHOTO = bytes(range(256)) * 4  # any bytes: a BLOB must come back unchanged

STUDIO, LEAD, TEAM, ARCHIVED = _id(1), _id(11), _id(12), _id(13)
HOUSE, FIRM, MOVED = _id(21), _id(22), _id(23)
DAY, VISITOR, ANON = _id(31), _id(41), _id(42)
REQ1, REQ2, REQ3, ISSUE = _id(51), _id(52), _id(53), _id(61)
MEETING = _id(71)


def _record(n: int, **values) -> dict:
    return {"id": _id(n), "created_at": T0, "updated_at": T1, "version": 2, **values}


ROWS: dict[str, list[dict]] = {
    "app_setting": [
        {"key": "deadline.assign", "value": "3", "updated_at": T0},
        {"key": "print.font", "value": "/usr/share/fonts/宋体.ttf", "updated_at": None},
    ],
    "request_category": [
        _record(81, name="交通", position=0, archived_at=None),
        _record(82, name="住房", position=1, archived_at=T1),
    ],
    "studio": [
        _record(
            1,
            name="城关镇委员工作室",
            township="城关镇",
            address="人民路 1 号",
            phone="0931-8123456",
            speciality="“五有”：有场所、有制度",
            archived_at=None,
        ),
    ],
    "member": [
        _record(
            11,
            name="刘䶮",
            gender="male",
            level="county",
            sector="医药卫生界",
            committee="社会和法制委",
            work_unit="县医院",
            phone="13912345678",
            specialties="儿科\n急救",
            photo=PHOTO,
            notes="领衔委员 😀",
            search_text="刘䶮␟13912345678␟医药卫生界",
            sort_key="liu yan",
            archived_at=None,
        ),
        _record(
            12,
            name="𠮷田",
            gender=None,
            level="municipal",
            sector="农业界",
            committee="",
            work_unit="",
            phone="",
            specialties="",
            photo=None,
            notes="",
            search_text="𠮷田␟农业界",
            sort_key="ji tian",
            archived_at=None,
        ),
        _record(
            13,
            name="王堃",
            gender="female",
            level="provincial",
            sector="教育界",
            committee="提案委",
            work_unit="县一中",
            phone="13812345678",
            specialties="",
            photo=None,
            notes='=HYPERLINK("http://x","y")',
            search_text="王堃␟13812345678␟教育界",
            sort_key="wang kun",
            archived_at=T1,
        ),
    ],
    "studio_membership": [
        _record(
            14, studio_id=STUDIO, member_id=LEAD, role="lead", joined_on="2025-01-01", left_on=None
        ),
        _record(
            15, studio_id=STUDIO, member_id=TEAM, role="team", joined_on=None, left_on="2025-02-28"
        ),
    ],
    "household": [
        _record(
            21,
            kind="household",
            head_name="赵垚",
            phone="13700001111",
            id_number="11010519491231002X",
            village="东关村",
            group_name="三组",
            address="东关村三组 12 号",
            size=4,
            notes="'; DROP TABLE member; --",
            last_visit_on="2025-02-20",
            search_text="赵垚␟13700001111␟东关村␟低保",
            sort_key="zhao yao",
            archived_at=None,
        ),
        _record(
            22,
            kind="enterprise",
            head_name="陇原农业合作社",
            phone="0931-8765432-12",
            id_number="",
            village="西关村",
            group_name="",
            address="",
            size=None,
            notes="",
            last_visit_on=None,
            search_text="陇原农业合作社␟西关村",
            sort_key="long yuan",
            archived_at=None,
        ),
        _record(
            23,
            kind="organisation",
            head_name="旧村委会",
            phone="",
            id_number="",
            village="",
            group_name="",
            address="",
            size=None,
            notes="",
            last_visit_on=None,
            search_text="旧村委会",
            sort_key="jiu cun",
            archived_at=T1,
        ),
    ],
    "household_tag": [
        {"household_id": HOUSE, "tag": "低保"},
        {"household_id": HOUSE, "tag": "独居老人"},
    ],
    "linkage": [
        _record(
            24,
            member_id=LEAD,
            household_id=HOUSE,
            since="2025-01-01",
            until=None,
            primary=1,
            archived_at=None,
        ),
        _record(
            25,
            member_id=TEAM,
            household_id=FIRM,
            since="2025-01-01",
            until="2025-02-01",
            primary=0,
            archived_at=None,
        ),
    ],
    "visit": [
        _record(
            26,
            member_id=LEAD,
            household_id=HOUSE,
            visited_on="2025-02-20",
            method="in_person",
            notes="了解低保办理情况",
            archived_at=None,
        ),
    ],
    "reception_day": [
        _record(
            31,
            studio_id=STUDIO,
            held_on="2025-02-15",
            starts_at="09:00:00.000000",
            ends_at="11:30:00.000000",
            place="工作室",
            theme="养老服务",
            status="held",
            moved_from="2025-02-14",
            change_reason="与节假日冲突",
            archived_at=None,
        ),
    ],
    "duty_assignment": [
        _record(32, reception_day_id=DAY, member_id=TEAM, replaces_member_id=LEAD, note="替班"),
    ],
    "visitor": [
        _record(
            41,
            name="孙犇",
            anonymous=0,
            phone="13600002222",
            id_number="",
            village="东关村",
            household_id=HOUSE,
            archived_at=None,
        ),
        _record(
            42,
            name="",
            anonymous=1,
            phone="",
            id_number="",
            village="西关村",
            household_id=None,
            archived_at=None,
        ),
    ],
    "common_issue": [
        _record(61, studio_id=STUDIO, title="路灯失修", summary="多村反映", archived_at=None),
    ],
    "request": [
        _record(
            51,
            number="2025-0001",
            studio_id=STUDIO,
            reception_day_id=DAY,
            visitor_id=VISITOR,
            channel="reception_day",
            category="交通",
            content="村口路灯坏了三个月",
            status="closed",
            received_by_id=LEAD,
            assignee_id=TEAM,
            handling_unit="县住建局",
            registered_at=T0,
            assign_due="2025-03-04",
            answer_due="2025-03-11",
            return_visit_due="2025-03-18",
            assigned_at=T0,
            answered_at=T1,
            closed_at=T1,
            reply="已修复",
            satisfaction="satisfied",
            satisfaction_comment="很快",
            reopen_count=1,
            close_reason="",
            merged_into_id=None,
            common_issue_id=ISSUE,
            search_text="",
            archived_at=None,
        ),
        _record(
            52,
            number="2025-0002",
            studio_id=STUDIO,
            reception_day_id=None,
            visitor_id=ANON,
            channel="letter",
            category="",
            content="来信：" + "长" * 3000,
            status="merged",
            received_by_id=None,
            assignee_id=None,
            handling_unit="",
            registered_at=T1,
            assign_due=None,
            answer_due=None,
            return_visit_due=None,
            assigned_at=None,
            answered_at=None,
            closed_at=None,
            reply="",
            satisfaction=None,
            satisfaction_comment="",
            reopen_count=0,
            close_reason="与 2025-0001 相同",
            merged_into_id=REQ1,
            common_issue_id=None,
            search_text="",
            archived_at=None,
        ),
        _record(
            53,
            number="2025-0003",
            studio_id=None,
            reception_day_id=None,
            visitor_id=VISITOR,
            channel="qr",
            category="住房",
            content="𠮷 危房改造",
            status="registered",
            received_by_id=None,
            assignee_id=None,
            handling_unit="",
            registered_at=T1,
            assign_due="2025-03-05",
            answer_due=None,
            return_visit_due=None,
            assigned_at=None,
            answered_at=None,
            closed_at=None,
            reply="",
            satisfaction=None,
            satisfaction_comment="",
            reopen_count=0,
            close_reason="",
            merged_into_id=None,
            common_issue_id=None,
            search_text="",
            archived_at=None,
        ),
    ],
    "meeting": [
        _record(
            71,
            studio_id=STUDIO,
            type="consultation",
            starts_at=T0,
            ends_at=T1,
            place="协商议事室",
            topic="农村养老",
            topic_source="群众出题",
            host="刘䶮",
            recorder="王堃",
            summary="会议认为……",
            archived_at=None,
        ),
    ],
    "agenda_item": [
        _record(72, meeting_id=MEETING, position=0, title="通报情况", discussion="讨论\n热烈"),
    ],
    "agreed_item": [_record(73, meeting_id=MEETING, position=0, text="建设互助幸福院")],
    "follow_up_action": [
        _record(
            74,
            meeting_id=MEETING,
            position=0,
            text="选址",
            responsible_unit="县民政局",
            deadline="2025-06-30",
            request_id=REQ3,
            status="open",
            feedback="",
            done_on=None,
        ),
    ],
    "meeting_attendee": [
        _record(
            75,
            meeting_id=MEETING,
            member_id=LEAD,
            position=0,
            name="刘䶮",
            unit="",
            title="",
            attendance="present",
        ),
        _record(
            76,
            meeting_id=MEETING,
            member_id=None,
            position=1,
            name="周垚",
            unit="县民政局",
            title="副局长",
            attendance="present",
        ),
        _record(
            77,
            meeting_id=MEETING,
            member_id=TEAM,
            position=2,
            name="𠮷田",
            unit="",
            title="",
            attendance="absent",
        ),
    ],
}


def make(target: Path = TARGET) -> Path:
    sys.path.insert(0, str(HERE.parents[2]))
    from alembic import command
    from sqlalchemy import create_engine, text

    from studio_app.storage.migrate import alembic_config

    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, REVISION)
        for table, rows in ROWS.items():
            for row in rows:
                columns = ", ".join(f'"{c}"' for c in row)
                values = ", ".join(f":{c}" for c in row)
                connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), row)
    engine.dispose()
    return target


if __name__ == "__main__":
    print(make())
