"""Reception-day rules, the days they give in a year, and moving or cancelling a day."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.base import i18n
from studio_app.base.enums import DayKind, ReceptionStatus
from studio_app.base.errors import ConflictError, StudioError, ValidationError
from studio_app.core.members import MemberInput
from studio_app.core.models import ReceptionDay
from studio_app.core.reception_schedule import describe_rule, parse_rule, plan_year
from studio_app.core.studios import StudioInput
from studio_app.core.workdays import WorkCalendar

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL

D = date.fromisoformat


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("每月15日", "每月15日"),
        ("每月 15 号", "每月15日"),
        ("每月10日和20日", "每月10日、20日"),
        ("每月10、20日", "每月10日、20日"),
        ("每月１０日", "每月10日"),
        ("每月第一个星期三", "每月第一个星期三"),
        ("每月第2个周六", "每月第二个星期六"),
        ("每月最后一个星期五", "每月最后一个星期五"),
    ],
)
def test_rules_as_coordinators_write_them(text, plain):
    assert parse_rule(text).plain() == plain
    assert parse_rule(text).describe() == plain  # shown as stored in the Chinese interface
    assert parse_rule(plain) == parse_rule(text)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("15th of every month", "每月15日"),
        ("every month on the 15th", "每月15日"),
        ("Day 15 of each month.", "每月15日"),
        ("monthly on day 10, 20", "每月10日、20日"),
        ("Every month on day 10, day 20", "每月10日、20日"),
        ("the 10th and 20th of every month", "每月10日、20日"),
        ("on the 1st, 15th and 30th of each month", "每月1日、15日、30日"),
        ("the first Wednesday of every month", "每月第一个星期三"),
        ("2nd Sat of each month", "每月第二个星期六"),
        ("last Friday of every month", "每月最后一个星期五"),
        ("Every month on the last Friday", "每月最后一个星期五"),
    ],
)
def test_rules_in_plain_english(text, plain):
    assert parse_rule(text).plain() == plain


@pytest.mark.parametrize(
    "text", ["every Wednesday", "32nd of every month", "the fifth Monday of every month", "15th"]
)
def test_an_unreadable_english_rule_is_refused(text):
    with pytest.raises(ValueError, match="看不懂接待日规则"):
        parse_rule(text)


@pytest.fixture
def english_words():
    words = {
        "每月{n}个{d}": "The {n} {d} of every month",
        "第二": "second",
        "最后一": "last",
        "星期六": "Saturday",
        "星期五": "Friday",
        "每月{days}": "Every month on day {days}",
        "{d}日": "{d}",
        "、": ", ",
    }
    i18n.install_translator(lambda _context, text: words.get(text, text))
    yield
    i18n.install_translator(lambda _context, text: text)


def test_the_description_reads_in_the_interface_language(english_words, services):
    assert parse_rule("每月第2个周六").describe() == "The second Saturday of every month"
    assert parse_rule("每月最后一个星期五").describe() == "The last Friday of every month"
    assert parse_rule("每月10日和20日").describe() == "Every month on day 10, 20"
    assert describe_rule("每月10日、20日") == "Every month on day 10, 20"
    assert describe_rule("每周三") == "每周三"  # no longer a rule: shown as stored
    # what is shown can be typed back, and the rule is stored in Chinese whatever is shown
    assert parse_rule("Every month on day 10, 20") == parse_rule("每月10日、20日")
    studio = services.studios.create(StudioInput(name="Dongguan studio"))
    assert services.reception_days.set_rule(studio.id, "the last Friday of every month") == (
        "每月最后一个星期五"
    )


@pytest.mark.parametrize("text", ["每周三", "每月32日", "每月0日", "每月第五个星期三", "", "15"])
def test_an_unreadable_rule_says_how_to_write_one(text):
    with pytest.raises(ValueError, match="可以这样写：每月15日"):
        parse_rule(text)


def test_a_year_of_days_moves_those_on_days_off_to_the_next_working_day():
    planned = plan_year(parse_rule("每月15日"), 2026, WorkCalendar())
    assert len(planned) == 12
    moved = {p.moved_from: p.held_on for p in planned if p.moved_from}
    assert moved == {
        D("2026-02-15"): D("2026-02-24"),  # Sunday in the Spring Festival holiday
        D("2026-03-15"): D("2026-03-16"),  # Sunday
        D("2026-08-15"): D("2026-08-17"),  # Saturday
        D("2026-11-15"): D("2026-11-16"),  # Sunday
    }
    firsts = plan_year(parse_rule("每月第一个星期三"), 2026, WorkCalendar())
    assert firsts[0].held_on == D("2026-01-07")
    assert (firsts[9].moved_from, firsts[9].held_on) == (D("2026-10-07"), D("2026-10-08"))
    lasts = plan_year(parse_rule("每月最后一个星期五"), 2026, WorkCalendar())
    assert lasts[1].held_on == D("2026-02-27")
    thirty_first = plan_year(parse_rule("每月31日"), 2026, WorkCalendar())
    assert thirty_first[3].held_on == D("2026-04-30")  # April has 30 days


def test_a_shift_out_of_the_month_moves_back_and_a_day_the_month_lacks_is_its_last():
    planned = plan_year(parse_rule("每月31日"), 2026, WorkCalendar())
    assert [p.held_on.month for p in planned] == list(range(1, 13))  # one in every month
    by_month = {p.held_on.month: p for p in planned}
    # 31 January is a Saturday: the next working day (2 February) is in February, so it is
    # held on Friday 30 January; so for 31 May (Sunday) and 31 October (Saturday)
    assert [(by_month[m].held_on, by_month[m].moved_from, by_month[m].backward)
            for m in (1, 5, 10)] == [
        (D("2026-01-30"), D("2026-01-31"), True),
        (D("2026-05-29"), D("2026-05-31"), True),
        (D("2026-10-30"), D("2026-10-31"), True),
    ]  # fmt: skip
    assert (by_month[4].held_on, by_month[4].lacking, by_month[4].moved_from) == (
        D("2026-04-30"), (31,), None,
    )  # fmt: skip
    assert by_month[2].held_on == D("2026-02-28")  # a Saturday worked for the Spring Festival
    assert [m for m, p in by_month.items() if p.lacking] == [2, 4, 6, 9, 11]


def test_two_rule_dates_shifted_onto_one_day_make_one_reception_day():
    planned = plan_year(parse_rule("每月1日、2日"), 2026, WorkCalendar())
    assert len({p.held_on for p in planned}) == len(planned)
    october = [p for p in planned if p.held_on.month == 10]
    # 1 and 2 October are in the National Day holiday: both go to the 8th, as one day
    assert [(p.held_on, p.rule_dates) for p in october] == [
        (D("2026-10-08"), (D("2026-10-01"), D("2026-10-02")))
    ]
    # 1 February is a Sunday, the 2nd a Monday: the 1st's day is held with the 2nd's
    (february,) = [p for p in planned if p.held_on.month == 2]
    assert (february.held_on, february.moved_from) == (D("2026-02-02"), None)
    # 8 and 9 August are a weekend: both are held on Monday the 10th
    twin = plan_year(parse_rule("每月8日、9日"), 2026, WorkCalendar())
    assert [(p.held_on, p.moved_from) for p in twin if p.held_on.month == 8] == [
        (D("2026-08-10"), D("2026-08-08"))
    ]


def test_generation_is_one_day_per_date_and_says_what_moved_where(services):
    studio = services.studios.create(StudioInput(name="城关镇委员工作室"))
    days = services.reception_days
    days.set_rule(studio.id, "每月30日、31日")
    year = days.generate(studio.id, 2026)
    held = [d.held_on for d in days.days(studio.id, 2026)]
    assert len(held) == len(set(held)) == len(year.created) == 15  # two in 3 of the months
    assert {d.month for d in held} == set(range(1, 13)) and year.months_without == ()
    report = year.report()
    assert report[0] == "已生成 15 个接待日。"
    assert "2月没有30日、31日，安排在当月最后一天2月28日。" in report
    assert "1月30日、1月31日都落在1月30日，合为一个接待日。" in report
    assert "11月30日是休息日" not in "".join(report)  # a Monday: not moved
    again = days.generate(studio.id, 2026)
    assert (again.created, again.report()) == ([], ["2026 年的接待日都已生成，没有新增。"])
    (february,) = [d for d in days.days(studio.id, 2026) if d.held_on.month == 2]
    days.cancel(february.id, "换届")
    assert days.generate(studio.id, 2026).report() == [
        "2026 年的接待日都已生成，没有新增。",
        "2月没有接待日（已取消的不算），可用“新增接待日”补上。",
    ]

    days.set_rule(studio.id, "每月15日")
    changed = days.generate(studio.id, 2026)  # a new rule: its dates are new ones
    assert len(changed.created) == 12
    assert "3月15日是休息日，顺延到3月16日。" in changed.report()
    assert "已有的" not in "".join(changed.report())
    assert len({d.held_on for d in days.days(studio.id, 2026)}) == 27


def test_a_december_day_never_comes_back_from_january(services):
    studio = services.studios.create(StudioInput(name="城关镇委员工作室"))
    days = services.reception_days
    days.set_rule(studio.id, "每月最后一个星期五")
    services.calendar.set_day(D("2027-12-31"), DayKind.HOLIDAY, "元旦")  # the last Friday
    year = days.generate(studio.id, 2027)
    december = next(d for d in year.created if d.moved_from == D("2027-12-31"))
    assert december.held_on == D("2027-12-30")  # 3 January 2028 would be next year: moved back
    assert "12月31日是休息日，顺延就到了下个月，改为提前到12月30日。" in year.report()  # fmt: skip
    (shown,) = [d for d in days.summaries(studio.id, 2027) if d.id == december.id]
    assert shown.change_reason == "遇节假日提前（顺延会跨到下个月）"
    assert days.generate(studio.id, 2027).created == []

    # a day an earlier version held in January for December: kept, not planned again, and
    # December is said to have none
    days.set_rule(studio.id, "每月31日")
    old = days.add_day(studio.id, D("2026-12-31"))
    days.move(old.id, D("2027-01-04"), "遇节假日顺延")
    year = days.generate(studio.id, 2026)
    assert D("2026-12-31") not in {d.moved_from or d.held_on for d in year.created}
    assert len(year.created) == 11 and year.months_without == (12,)
    assert year.report()[-1] == "12月没有接待日（已取消的不算），可用“新增接待日”补上。"
    assert days.generate(studio.id, 2026).created == []
    assert [d.held_on for d in days.days(studio.id, 2026) if d.held_on.month == 12] == []


def test_two_days_on_one_date_left_by_an_earlier_version_are_pointed_out(services):
    studio = services.studios.create(StudioInput(name="城关镇委员工作室"))
    days = services.reception_days
    days.set_rule(studio.id, "每月15日")
    days.generate(studio.id, 2026)
    with services.db.session() as s:  # as two rule dates shifted together used to leave them
        s.add(
            ReceptionDay(studio_id=studio.id, held_on=D("2026-03-16"), moved_from=D("2026-03-14"))
        )
    year = days.generate(studio.id, 2026)
    assert year.doubled == (D("2026-03-16"),)
    assert (
        year.report()[-1] == "这些日子有两个接待日（以前生成时重复的），请取消多出的一个：3月16日。"
    )


def test_generating_moving_and_cancelling(services):
    studio = services.studios.create(
        StudioInput(name="城关镇委员工作室", address="城关镇人民路1号")
    )
    days = services.reception_days
    with pytest.raises(StudioError, match="请先设置接待日规则"):
        days.generate(studio.id, 2026)
    with pytest.raises(ValidationError, match="看不懂接待日规则"):
        days.set_rule(studio.id, "每周三")
    assert days.set_rule(studio.id, " 每月15号 ") == "每月15日"

    created = days.generate(studio.id, 2026).created
    assert len(created) == 12 and created[0].place == "城关镇人民路1号"
    assert days.generate(studio.id, 2026).created == []  # nothing twice
    year = days.days(studio.id, 2026)
    feb = next(d for d in year if d.moved_from == D("2026-02-15"))
    # stored as a code, shown in the interface language (Chinese here)
    assert (feb.held_on, feb.change_reason) == (D("2026-02-24"), "@reception.holiday_moved")
    shown = next(d for d in days.summaries(studio.id, 2026) if d.id == feb.id)
    assert shown.change_reason == "遇节假日顺延"

    april = next(d for d in year if d.held_on == D("2026-04-15"))
    with pytest.raises(ValidationError, match="请填写改期原因"):
        days.move(april.id, D("2026-04-16"), " ")
    with pytest.raises(StudioError, match="已经是接待日"):
        days.move(april.id, D("2026-05-15"), "与镇里会议冲突")
    moved = days.move(april.id, D("2026-04-16"), "与镇里会议冲突")
    assert (moved.held_on, moved.moved_from, moved.change_reason) == (
        D("2026-04-16"), D("2026-04-15"), "与镇里会议冲突",
    )  # fmt: skip
    assert days.generate(studio.id, 2026).created == []  # the moved day is not planned again

    may = next(d for d in year if d.held_on == D("2026-05-15"))
    days.cancel(may.id, "暴雨红色预警")
    days.mark_held(moved.id)
    with pytest.raises(StudioError, match="已取消，不能再改期"):
        days.move(may.id, D("2026-05-18"), "补办")
    with pytest.raises(StudioError, match="已举行，不能再取消"):
        days.cancel(moved.id, "误操作")
    statuses = {d.held_on: d.status for d in days.days(studio.id, 2026)}
    assert statuses[D("2026-05-15")] == ReceptionStatus.CANCELLED
    assert statuses[D("2026-04-16")] == ReceptionStatus.HELD
    assert len(statuses) == 12


def test_duty_roster_and_swaps(services):
    from studio_app.core.members import MemberInput

    studio = services.studios.create(StudioInput(name="城关镇委员工作室"))
    days = services.reception_days
    days.set_rule(studio.id, "每月15日")
    day = days.generate(studio.id, 2026).created[0]
    wang, li, zhao = (
        services.members.create(MemberInput(name=n)).id for n in ("王䶮", "李堃", "赵垚")
    )

    with pytest.raises(ValidationError, match="至少要安排一位值班委员"):
        days.set_duty(day.id, [])
    roster = days.set_duty(day.id, [wang, li, wang])
    assert [d.name for d in roster] == ["李堃", "王䶮"]  # pinyin order, no one twice
    assert [d.name for d in days.set_duty(day.id, [wang])] == ["王䶮"]

    swapped = days.swap(day.id, wang, zhao, "王䶮外出开会")
    assert [(d.name, d.replaces_name, d.note) for d in swapped] == [
        ("赵垚", "王䶮", "王䶮外出开会")
    ]
    with pytest.raises(StudioError, match="没有值班"):
        days.swap(day.id, wang, li)
    with pytest.raises(StudioError, match="已在值班名单中"):
        days.swap(day.id, zhao, zhao)
    services.members.archive(li)
    with pytest.raises(StudioError, match="李堃已归档"):
        days.set_duty(day.id, [zhao, li])
    assert [d.name for d in days.duties(day.id)] == ["赵垚"]  # the refused change changed nothing


def test_summaries_and_extra_days(services):
    from studio_app.core.members import MemberInput
    from studio_app.core.visitor_requests import RequestInput

    studio = services.studios.create(StudioInput(name="城关镇委员工作室", address="人民路1号"))
    days = services.reception_days
    days.set_rule(studio.id, "每月15日")
    days.generate(studio.id, 2026)
    held = {d.held_on: d for d in days.summaries(studio.id, 2026)}
    june = held[D("2026-06-15")]
    assert D("2026-06-16") not in held
    wang = services.members.create(MemberInput(name="王䶮")).id
    days.set_duty(june.id, [wang])

    def register(name: str, phone: str, content: str):
        data = RequestInput(content=content, visitor_name=name, visitor_phone=phone,
                            reception_day_id=june.id, studio_id=studio.id)  # fmt: skip
        return services.requests.register(data, today=D("2026-06-15"))

    first = register("张三", "13812345678", "路灯坏了")
    register("张三", "13812345678", "水渠堵了")  # the same visitor, a second matter
    register("李四", "", "低保申请")
    services.requests.reject(first.id, "已由村委会处理")

    extra = days.add_day(studio.id, D("2026-06-18"), "汛期专场接待")
    assert (extra.place, extra.change_reason) == ("人民路1号", "汛期专场接待")
    with pytest.raises(StudioError, match="已经是接待日"):
        days.add_day(studio.id, D("2026-06-18"))

    by_date = {d.held_on: d for d in days.summaries(studio.id, 2026)}
    assert len(by_date) == 13
    s = by_date[D("2026-06-15")]
    assert (s.duty_names, s.visitors, s.requests, s.open_requests) == (("王䶮",), 2, 3, 2)
    assert (by_date[D("2026-06-18")].requests, by_date[D("2026-06-18")].duty_names) == (0, ())
    days.cancel(extra.id, "改为线上")
    cancelled = {d.held_on: d.status for d in days.summaries(studio.id, 2026)}[D("2026-06-18")]
    assert cancelled == ReceptionStatus.CANCELLED


def test_a_day_changed_elsewhere_refuses_the_older_form(services):
    studio = services.studios.create(StudioInput(name="城关镇委员工作室"))
    days = services.reception_days
    days.set_rule(studio.id, "每月15日")
    days.generate(studio.id, 2027)
    (june,) = [d for d in days.summaries(studio.id, 2027) if d.held_on == D("2027-06-15")]
    wang = services.members.create(MemberInput(name="王䶮")).id
    days.set_duty(june.id, [wang], version=june.version)  # this PC: the roster moves the day on
    with pytest.raises(ConflictError, match="您这次的修改没有保存"):
        days.cancel(june.id, "改为线上", version=june.version)  # the other PC's form, older
    with pytest.raises(ConflictError):
        days.move(june.id, D("2027-06-16"), "汛期", version=june.version)
    now = {d.held_on: d for d in days.summaries(studio.id, 2027)}[D("2027-06-15")]
    assert (now.status, now.duty_names) == (ReceptionStatus.PLANNED, ("王䶮",))
    days.cancel(june.id, "改为线上", version=now.version)  # read again: it goes through
