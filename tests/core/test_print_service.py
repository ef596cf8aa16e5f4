"""Printed documents read back: the text of every PDF is the original text (rare characters
included), pages say 第 x 页 共 y 页, tables repeat their header, numbers are masked, and every
QR code on a poster or card decodes to its member's payload."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

import pytest
from phone_photo import phone_reads
from PIL import Image
from pypdf import PdfReader

from studio_app.base.enums import ActionStatus, AttendanceRole, MeetingType, MembershipRole
from studio_app.base.errors import ValidationError
from studio_app.core.meetings import ActionInput, AgendaInput, AttendeeInput, MeetingInput
from studio_app.core.members import MemberInput, set_studio_role
from studio_app.core.studios import StudioInput
from studio_app.core.visitor_requests import RequestInput
from studio_app.documents import fonts
from studio_app.documents.fonts import FontChain, NoChineseFontError

pytestmark = pytest.mark.pg  # writes through the services: also on PostgreSQL


RARE = "䶮堃喆赟昇旻犇垚𠮷"
NO_FONT_HAS = "\U0010fffd"  # a private-use code point of plane 16: no font draws it


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---- fonts -----------------------------------------------------------------------------------
def test_the_chain_finds_a_font_for_every_rare_character():
    chain = FontChain.find()
    assert chain.primary
    for ch in RARE:
        assert chain.font_for(ch) is not None, ch
    assert chain.missing_text() == ""
    assert "".join(piece for _font, piece in chain.runs(f"王{RARE}A1")) == f"王{RARE}A1"


def test_a_character_no_font_has_prints_as_a_box_and_is_reported():
    chain = FontChain.find()
    runs = list(chain.runs(f"张{NO_FONT_HAS}三"))
    assert "".join(p for _f, p in runs) == "张□三"
    assert chain.missing_text() == NO_FONT_HAS
    message = fonts.missing_message(chain.missing_text())
    assert "U+10FFFD" in message and "字体" in message


def test_no_chinese_font_at_all_says_what_to_install(monkeypatch):
    vera = fonts.FontFile(fonts.LATIN_FALLBACK)  # Latin only: not enough for a document
    monkeypatch.setattr(fonts, "candidate_fonts", lambda _user=None, _role=None: [vera])
    with pytest.raises(NoChineseFontError) as err:
        FontChain.find()
    assert "apt install fonts-wqy-zenhei" in str(err.value)
    assert "打印设置" in str(err.value)


def test_the_chosen_font_comes_first(tmp_path):
    chosen = next(f for f in fonts.candidate_fonts() if f.path.name != "Vera.ttf")
    chain = FontChain.find(chosen.path)
    assert chain.files[0].path == chosen.path
    assert chain.primary == chosen.key


def test_a_font_that_cannot_be_embedded_is_refused_in_settings(services, tmp_path):
    fake = tmp_path / "noto.ttf"
    fake.write_bytes(b"OTTO" + b"\0" * 200)  # a CFF (OpenType) font's signature
    with pytest.raises(ValidationError) as err:
        services.printing.save_settings(str(fake), "")
    assert [e.field for e in err.value.errors] == ["font"]
    assert services.printing.font_path() == ""
    with pytest.raises(ValidationError):
        services.printing.save_settings(str(tmp_path / "missing.ttf"), "")


def test_settings_are_checked_together_and_bad_input_changes_nothing(services):
    good_font = str(next(f.path for f in fonts.candidate_fonts() if f.path.name != "Vera.ttf"))
    with pytest.raises(ValidationError):
        services.printing.save_settings(good_font, "ftp://nowhere")
    assert services.printing.font_path() == ""
    assert services.member_codes.url_template() == ""
    services.printing.save_settings(good_font, "https://zx.example.cn/wy/{id}")
    assert services.printing.font_path() == good_font
    assert services.member_codes.url_template() == "https://zx.example.cn/wy/{id}"


# ---- the records the documents print -----------------------------------------------------------
@pytest.fixture
def studio(services):
    studio = services.studios.create(
        StudioInput(name="城关镇喆堃委员工作室", township="城关镇", address="城关镇人民路18号",
                    phone="0931-6123456")
    )  # fmt: skip
    return studio


@pytest.fixture
def members(services, studio):
    made = []
    for i, (name, sector) in enumerate(
        [("王䶮", "农业界"), ("吉𠮷", "医药卫生界"), ("赵赟", "教育界"), ("孙昇", "经济界")]
    ):
        made.append(
            services.members.create(
                MemberInput(name=name, phone=f"1381234{5670 + i}", sector=sector,
                            specialties="果树栽培；农产品电商, 乡村规划", studio_id=studio.id,
                            role=MembershipRole.LEAD if i == 0 else MembershipRole.TEAM)
            )
        )  # fmt: skip
    return made


def long_meeting(services, studio, members, request_id=None):
    discussion = "三组至五组的村道长约3.2公里，雨天泥泞，群众出行困难，䶮堃喆等村民多次反映。" * 14
    return services.meetings.create(
        MeetingInput(
            studio_id=studio.id,
            type=MeetingType.CONSULTATION,
            starts_at=datetime(2026, 11, 20, 1, 30, tzinfo=UTC),
            ends_at=datetime(2026, 11, 20, 4, 0, tzinfo=UTC),
            place="协商议事室",
            topic="东风村村道硬化协商",
            topic_source="群众出题",
            host="王䶮",
            recorder="吉𠮷",
            summary="回应接待日集中反映的问题。",
            attendees=[AttendeeInput(member_id=m.id, name=m.name) for m in members[:3]]
            + [AttendeeInput(member_id=members[3].id, name=members[3].name,
                             attendance=AttendanceRole.ABSENT),
               AttendeeInput(name="钱犇", unit="县交通运输局", title="副局长")],
            agenda=[AgendaInput(title=f"村道第{i}段", discussion=discussion) for i in range(1, 5)],
            agreed=[f"由县交通运输局牵头完成第{i}段立项。" for i in range(1, 6)],
            actions=[ActionInput(text=f"落实第{i}段村道硬化", responsible_unit="县交通运输局",
                                 deadline=date(2027, 3, 31),
                                 request_id=request_id if i == 1 else None)
                     for i in range(1, 41)],
        )
    )  # fmt: skip


# ---- minutes -------------------------------------------------------------------------------------
def test_minutes_read_back_with_numbered_pages_and_repeated_headers(services, studio, members):
    request = services.requests.register(RequestInput(content="村道泥泞", visitor_name="钱犇"))
    meeting = long_meeting(services, studio, members, request.id)
    doc = services.printing.minutes(meeting.id)
    pages = pdf_text(doc.data)
    assert doc.pages == len(pages) >= 3
    assert doc.missing == ""
    whole = flat("".join(pages))
    for text in ("协商议事会纪要", "东风村村道硬化协商", "王䶮", "吉𠮷", "钱犇（县交通运输局副局长）",
                 "一、会议概况", "二、议程及讨论情况", "三、议定事项", "四、跟踪落实事项",
                 "主持人（签字）", "记录人（签字）", request.number,
                 "落实第40段村道硬化", "2026年11月20日"):  # fmt: skip
        assert flat(text) in whole, text
    assert flat("缺席孙昇") in whole
    for n, text in enumerate(pages, start=1):
        assert f"第{n}页共{len(pages)}页" in flat(text)
        assert studio.name in flat(text)
    # the follow-up table runs over a page: its header comes again at the top of the next
    with_rows = [t for t in pages if "落实第" in t]
    assert len(with_rows) >= 2
    assert all("责任单位" in t and "完成时限" in t for t in with_rows)


def test_latest_minutes_and_no_meeting_yet(services, studio, members):
    from studio_app.base.errors import NotFoundError

    with pytest.raises(NotFoundError):
        services.printing.minutes(None)
    long_meeting(services, studio, members)
    services.meetings.create(
        MeetingInput(studio_id=studio.id, type=MeetingType.SYMPOSIUM, topic="养老服务座谈",
                     starts_at=datetime.now(UTC) - timedelta(days=1))
    )  # fmt: skip
    doc = services.printing.minutes(None)
    assert "养老服务座谈" in doc.title and "座谈会纪要" in flat(pdf_text(doc.data)[0])


def test_a_character_no_font_has_still_gives_the_minutes(services, studio, members):
    meeting = services.meetings.create(
        MeetingInput(studio_id=studio.id, topic=f"议题{NO_FONT_HAS}", starts_at=datetime.now(UTC))
    )
    doc = services.printing.minutes(meeting.id)
    assert doc.missing == NO_FONT_HAS
    assert doc.pages == 1


# ---- reception record and receipt ------------------------------------------------------------
@pytest.fixture
def day_with_requests(services, studio, members):
    day = services.reception_days.add_day(studio.id, date(2026, 11, 16))
    services.reception_days.set_duty(day.id, [members[0].id, members[1].id])
    made = [
        services.requests.register(
            RequestInput(content=f"第{i}件：路灯坏了，晚上看不见路" * (3 if i == 0 else 1),
                         visitor_name=name, visitor_phone=phone, village="东风村",
                         category="交通", reception_day_id=day.id, received_by_id=members[0].id),
            today=date(2026, 11, 16),
        )
        for i, (name, phone) in enumerate([("李堃", "13812345678"), ("周垚", "0931-8886666")])
    ]  # fmt: skip
    return day, made


def test_reception_record_masks_phones_and_lists_every_request(services, day_with_requests):
    day, made = day_with_requests
    doc = services.printing.reception_record(day.id)
    text = flat("".join(pdf_text(doc.data)))
    assert flat("委员接待日登记表") in text and "2026年11月16日" in text
    assert "吉𠮷、王䶮" in text  # pinyin order: ji, wang
    for r in made:
        assert r.number in text
    assert "138****5678" in text and "0931-***6666" in text
    assert "13812345678" not in text
    assert flat("来访2人，诉求2件") in text
    unmasked = flat(
        "".join(pdf_text(services.printing.reception_record(day.id, masked=False).data))
    )
    assert "13812345678" in unmasked


def test_receipt_tells_when_to_expect_an_answer(services, day_with_requests):
    _day, made = day_with_requests
    request = made[0]
    doc = services.printing.receipt(request.id)
    text = flat("".join(pdf_text(doc.data)))
    assert text.count(request.number) >= 4  # both halves: number and "请报受理编号"
    assert "存根联" in text and "回执联" in text
    assert "138****5678" in text and "13812345678" not in text
    # registered Monday 16 Nov 2026: assign in 2 working days, answer 5 after: 25 Nov
    expected = services.calendar.calendar().add_workdays(date(2026, 11, 16), 7)
    assert expected == date(2026, 11, 25)
    assert "2026年11月25日前" in text
    assert "0931-6123456" in text and "李堃" in text
    # the long content is summarised, the record keeps all of it
    assert services.requests.get(request.id).content in flat(
        "".join(pdf_text(services.printing.reception_record(_day.id).data))
    )


def test_a_receipt_for_no_such_request(services, studio):
    from studio_app.base.errors import NotFoundError

    with pytest.raises(NotFoundError):
        services.printing.receipt(uuid.uuid4())


# ---- QR codes on paper -----------------------------------------------------------------------
@pytest.mark.one_backend  # decoding photographs of the print: the database plays no part
@pytest.mark.parametrize(("size", "pages", "least_mm"), [("A4", 4, 35), ("A3", 2, 45)])
def test_a_phone_reads_every_code_on_the_poster(services, studio, members, size, pages, least_mm):
    extra = [
        services.members.create(MemberInput(name=f"委员{i:02d}", studio_id=studio.id,
                                            sector="特邀", phone=f"139000000{i:02d}"))
        for i in range(25)
    ]  # fmt: skip
    # the longest card a poster prints: a long name, a mobile, the studio's name shortened
    longest = services.members.create(
        MemberInput(name="阿依古丽·买买提", studio_id=studio.id, phone="13912345678",
                    sector="社会福利和社会保障界", specialties="民族团结、双语教育、" * 20)
    )  # fmt: skip
    photo = BytesIO()
    Image.new("RGB", (300, 400), (40, 60, 110)).save(photo, "JPEG")
    services.members.set_photo(members[0].id, photo.getvalue())  # a photo takes room in its cell
    archived = services.members.create(MemberInput(name="已归档委员", studio_id=studio.id))
    services.members.archive(archived.id)
    doc = services.printing.qr_poster(studio.id, size)
    everyone = [*members, *extra, longest]
    assert doc.pages == pages  # 30 members: 9 an A4 sheet, 16 an A3 one
    expected = services.member_codes.payloads([m.id for m in everyone])
    assert len(expected[longest.id].encode()) > 140
    reads = phone_reads(doc.data)
    assert sorted(r.text for r in reads) == sorted(expected.values())
    assert [r for r in reads if not r.decoded] == []  # every code, from a phone's photograph
    assert min(r.width_mm for r in reads) >= least_mm
    text = flat("".join(pdf_text(doc.data)))
    assert "扫码找委员" in text and "吉𠮷" in text and "已归档委员" not in text
    assert doc.data.decode("latin-1").count("/Subtype /Image") == 1  # the photo; codes are vectors
    # each number beside its code, in groups as it is read out; what a phone does with the code
    words = [w for t in pdf_text(doc.data) for w in t.split()]
    assert all(["电话", "138", "1234", f"{5670 + i}"] == words[words.index(f"{5670 + i}") - 3 :][:4]
               for i in range(4))  # fmt: skip
    assert (
        "用手机相机扫码，可把委员存进通讯录" in text
        and "微信“扫一扫”只显示名片文字，不能保存" in text
    )


def text_sizes(data: bytes) -> list[tuple[str, float]]:
    """(text, size in points) of every piece of text of the pages."""
    found: list[tuple[str, float]] = []
    for page in PdfReader(BytesIO(data)).pages:
        page.extract_text(
            visitor_text=lambda text, _cm, tm, _font, size: (
                text.strip() and found.append((text.strip(), size * abs(tm[0] or tm[1])))
            )
        )
    return found


@pytest.mark.parametrize("kind", ["A4", "A3", "card"])
def test_what_a_wall_shows_is_read_from_a_step_away(services, studio, members, kind):
    doc = (
        services.printing.member_card(members[0].id)
        if kind == "card"
        else services.printing.qr_poster(studio.id, kind)
    )
    sizes = text_sizes(doc.data)
    footer = [(t, s) for t, s in sizes if s < 12]  # the studio, the date, the page number
    assert footer and all(s >= 8 for _t, s in footer)
    assert flat("".join(t for t, _s in footer)) in {
        flat(f"{studio.name}　{date.today().isoformat()}") + extra for extra in ("", "第1页共1页")
    }, footer
    names = [s for t, s in sizes if "王䶮" in t]
    assert names and min(names) >= 16  # the name, larger than the rest
    assert ("第1页共1页" in flat(pdf_text(doc.data)[0])) is (kind != "card")  # one card: no count


def test_the_poster_follows_the_url_template(services, studio, members):
    services.member_codes.set_url_template("https://zx.example.cn/wy/{id}")
    doc = services.printing.qr_poster(studio.id)
    reads = phone_reads(doc.data)
    assert {r.text for r in reads} == {f"https://zx.example.cn/wy/{m.id}" for m in members}
    assert all(r.decoded and r.width_mm >= 35 for r in reads)
    text = flat("".join(pdf_text(doc.data)))
    assert "打开县政协的委员页面" in text and "电话13812345670" in text


def test_member_card_decodes_and_shows_the_member(services, studio, members):
    member = members[1]
    doc = services.printing.member_card(member.id)
    (code,) = phone_reads(doc.data)
    assert code.text == services.member_codes.payload(member.id)
    assert "BEGIN:VCARD" in code.text and "吉𠮷" in code.text
    assert code.decoded and code.width_mm >= 50
    text = flat(pdf_text(doc.data)[0])
    assert "吉𠮷" in text and "医药卫生界" in text and studio.name in text
    assert "电话13812345671" in text and "微信“扫一扫”只显示名片文字" in text


def test_a_poster_needs_members(services, studio):
    from studio_app.base.errors import StudioError

    with pytest.raises(StudioError) as err:
        services.printing.qr_poster(studio.id)
    assert "还没有在任的委员" in str(err.value)
    with pytest.raises(StudioError):
        services.printing.qr_poster(studio.id, "B5")


def test_two_page_minutes_stay_small(services, studio, members):
    meeting = services.meetings.create(
        MeetingInput(studio_id=studio.id, topic="村道", starts_at=datetime.now(UTC), host="王䶮",
                     agenda=[AgendaInput(title="村道", discussion="村道泥泞，出行困难。" * 60)])
    )  # fmt: skip
    doc = services.printing.minutes(meeting.id)
    assert doc.pages == 2
    assert len(doc.data) <= 200 * 1024  # subsets, not whole CJK fonts, are embedded
    # the house style's fonts by role are all embedded (on Debian: 黑, 楷 and 宋)
    embedded = {n.split(b"+")[-1].rsplit(b"-", 1)[0]
                for n in re.findall(rb"/BaseFont /([\w+-]+)", doc.data)}  # fmt: skip
    assert len(embedded) >= (
        3 if len({c.primary for c in services.printing.fonts().chains.values()}) >= 3 else 1
    )


@pytest.mark.parametrize(
    ("phone", "shown"),
    [("13812345678", "138****5678"), ("0931-8886666", "0931-***6666"),
     ("0571-88886666", "0571-****6666"), ("88886666", "****6666"), ("12345", "***45"), ("", "")],
)  # fmt: skip
def test_phone_masking(phone, shown):
    from studio_app.base.masking import mask_phone

    assert mask_phone(phone) == shown


def test_id_number_masking_hides_the_birth_date():
    from studio_app.base.masking import mask_id_number

    assert mask_id_number("11010119900307123X") == "110101********123X"
    assert mask_id_number("") == ""


# ---- what the review found: long cells, anonymous visitors, two studios, damaged fonts, threads
def running_text(data: bytes, footer: str, header: str) -> str:
    """The document's text without what every page repeats: a table's header, the footer."""
    pages = [re.sub(rf"{footer}第\d+页共\d+页", "", flat(t)) for t in pdf_text(data)]
    return "".join(pages[:1] + [p.replace(flat(header), "", 1) for p in pages[1:]])


def test_a_cell_taller_than_a_page_splits_instead_of_failing(services, studio, members):
    day = services.reception_days.add_day(studio.id, date(2026, 11, 16))
    long = "村口到镇上的路坑洼不平，雨天积水，老人孩子出行困难。" * 190  # about 5,000 characters
    services.requests.register(RequestInput(content=long[:5000], visitor_name="李堃",
                                            reception_day_id=day.id))  # fmt: skip
    record = services.printing.reception_record(day.id)
    assert record.pages >= 2
    body = running_text(
        record.data, studio.name, "序号编号来访人联系电话村（社区）类别诉求内容承办办理状态"
    )
    # all of it, in order, across the pages (the record's status 登记 reads after its first part)
    assert flat(long[:5000]) in re.sub("登记(?!表)", "", body, count=1)

    meeting = services.meetings.create(
        MeetingInput(studio_id=studio.id, topic="村道", starts_at=datetime.now(UTC),
                     actions=[ActionInput(text="甲" * 2000, responsible_unit="县交通运输局")])
    )  # fmt: skip
    services.meetings.set_action_status(meeting.actions[0].id, ActionStatus.DONE, "乙" * 5000)
    minutes = services.printing.minutes(meeting.id)
    assert minutes.pages >= 3
    text = flat("".join(pdf_text(minutes.data)))
    assert (text.count("甲"), text.count("乙")) == (2000, 5000)  # every character printed


def test_anonymous_visitors_are_counted_one_each(services, studio, members):
    day = services.reception_days.add_day(studio.id, date(2026, 11, 16))
    for content in ("路灯坏了", "垃圾没人收", "水管漏水"):
        services.requests.register(
            RequestInput(content=content, anonymous=True, reception_day_id=day.id)
        )
    text = flat("".join(pdf_text(services.printing.reception_record(day.id).data)))
    assert flat("来访3人，诉求3件") in text and text.count("匿名") == 3


def test_a_member_of_two_studios_is_listed_under_the_poster_s_studio(services, studio, members):
    other = services.studios.create(StudioInput(name="第二工作室"))
    both = services.members.create(
        MemberInput(name="钱犇", studio_id=other.id, role=MembershipRole.LEAD)
    )
    with services.db.session() as s:  # a team member here, the lead of the other studio
        set_studio_role(s, both.id, studio.id, MembershipRole.TEAM)
    payload = services.member_codes.payloads([both.id], studio.id)[both.id]
    assert f"ORG:{studio.name}" in payload
    doc = services.printing.qr_poster(studio.id)
    assert "钱犇" in flat("".join(pdf_text(doc.data)))


def test_a_damaged_font_file_is_passed_over(tmp_path, monkeypatch, services):
    good = next(f for f in fonts.candidate_fonts() if f.path.name != "Vera.ttf")
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(good.path.read_bytes()[:4096])  # a download cut short
    monkeypatch.setattr(
        fonts, "candidate_fonts", lambda _user=None, _role=None: [fonts.FontFile(broken), good]
    )
    assert FontChain.find().primary == good.key
    with pytest.raises(ValidationError):
        services.printing.save_settings(str(broken), "")


def test_documents_built_on_several_threads_at_once(services, studio, members):
    from concurrent.futures import ThreadPoolExecutor

    meeting = long_meeting(services, studio, members)
    day = services.reception_days.add_day(studio.id, date(2026, 11, 16))
    services.requests.register(RequestInput(content="路灯坏了", visitor_name="周垚",
                                            reception_day_id=day.id))  # fmt: skip
    jobs = [
        lambda: services.printing.minutes(meeting.id),
        lambda: services.printing.qr_poster(studio.id),
        lambda: services.printing.reception_record(day.id),
    ] * 6
    with ThreadPoolExecutor(max_workers=6) as pool:
        docs = list(pool.map(lambda job: job(), jobs))
    for doc in docs:
        assert doc.missing == ""
    texts = [flat("".join(pdf_text(d.data))) for d in docs]
    assert all("吉𠮷" in t for t in texts[0::3])  # every minutes, with its Extension B name
    assert all("周垚" in t for t in texts[2::3])


def test_no_line_of_a_paragraph_starts_with_a_comma_or_full_stop():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from studio_app.documents import pdf_layout  # noqa: F401 (it teaches reportlab the marks)

    chain = FontChain.find()
    style = ParagraphStyle("t", fontName=chain.primary, fontSize=9, leading=12, wordWrap="CJK")
    text = "村口到镇上的路坑洼不平，雨天积水；老人孩子出行困难。" * 30
    starts = []
    for width in range(150, 300, 5):
        for sample in (text, text + "ABC"):  # one font, and a run of another
            para = Paragraph(chain.markup(sample), style)
            para.wrap(width, 10_000)
            for line in para.blPara.lines:
                words = line[1] if isinstance(line, tuple) else [w.text for w in line.words]
                starts.append("".join(words)[:1])
    assert len(starts) > 1000
    assert not [c for c in starts if c in "，。；"]
