"""Demo data for the six activity registers, for the last three years up to the demo's today.

Shaped on seed 002: the province commission and each district issue plans, reports and notices;
the year's theme is studied in an online conference with a bridge point at every district and
grassroots committee (a few grassroots committees miss it), districts hold their own conferences;
theory classes for outstanding non-members and new members; commendations proposed every year
(decided for past years); inspections with recommendations, some overdue; bulletins, reportages,
articles, a film week and a contest. Rows are bulk-inserted; one audit entry per register and year.
"""

import datetime
import random

from django.db.models import Q

from tuyengiao.activities.models import (
    Award, AwardLevel, AwardStatus, BridgePoint, ClassKind, Conference, ConferenceFormat, Document, Inspection,
    NomineeKind, Outreach, OutreachKind, Recommendation, TheoryClass, TopicKind,
)
from tuyengiao.activities.models.documents import parse_symbol
from tuyengiao.audit.services import record
from tuyengiao.core.formats import vn_number
from tuyengiao.demo.registry import demo_step
from tuyengiao.org.models import GRASSROOTS_KINDS, UPPER_KINDS, Unit, UnitKind
from tuyengiao.people.models import Member
from tuyengiao.screening.normalize import canonical

DOC_MIX = {"KH": (8, 3), "CTr": (4, 1), "BC": (22, 6), "TB": (10, 3), "HD": (3, 1), "CV": (25, 8), "QĐ": (12, 3)}
DOC_TITLES = {
    "KH": ["Kế hoạch thực hiện Kết luận số 01-KL/TW năm {y}", "Kế hoạch tổ chức học tập chuyên đề năm {y}",
           "Kế hoạch kiểm tra, giám sát việc học tập và làm theo Bác năm {y}"],
    "CTr": ["Chương trình công tác tuyên giáo năm {y}", "Chương trình bồi dưỡng lý luận chính trị năm {y}"],
    "BC": ["Báo cáo sơ kết 6 tháng đầu năm {y}", "Báo cáo tổng kết công tác tuyên giáo năm {y}",
           "Báo cáo kết quả thực hiện Chỉ thị 05-CT/TW năm {y}", "Báo cáo tình hình tư tưởng cán bộ, đảng viên quý"],
    "TB": ["Thông báo kết luận hội nghị giao ban công tác tuyên giáo", "Thông báo nội bộ số tháng"],
    "HD": ["Hướng dẫn đăng ký làm theo Bác năm {y}", "Hướng dẫn tổ chức sinh hoạt chi bộ theo chuyên đề"],
    "CV": ["Công văn đôn đốc nộp bản đăng ký làm theo Bác", "Công văn về việc báo cáo số liệu 6 tháng"],
    "QĐ": ["Quyết định khen thưởng điển hình tiên tiến năm {y}", "Quyết định thành lập đoàn kiểm tra"],
}
ISSUER = {UnitKind.PROVINCE: "BTGTU", UnitKind.DISTRICT: "BTGHU", UnitKind.BLOC: "BTGĐUK"}
CONFERENCE_TOPICS = [
    ("Quán triệt các nghị quyết, chỉ thị, kết luận của Trung ương và kế hoạch của Tỉnh ủy", TopicKind.RESOLUTION),
    ("Thông tin thời sự, cập nhật kiến thức mới quý II", TopicKind.CURRENT),
    ("Học tập tác phẩm “Kiên quyết, kiên trì đấu tranh phòng, chống tham nhũng, tiêu cực” của Tổng Bí thư",
     TopicKind.WORK),
]
ACHIEVEMENTS = [
    "Có nhiều cách làm sáng tạo trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Tiêu biểu trong cải cách hành chính, giải quyết thủ tục đúng hạn 100% hồ sơ",
    "Xây dựng mô hình dân vận khéo, vận động nhân dân hiến đất làm đường giao thông nông thôn",
    "Gương mẫu nêu gương, giúp đỡ hộ nghèo thoát nghèo bền vững",
]


def _active(on: datetime.date):
    return Unit.objects.filter(Q(active_to__isnull=True) | Q(active_to__gte=on), active_from__lte=on)


def _symbol(number: int, kind: str, issuer: str) -> tuple[str, str, str, str]:
    number_text, kind, issuer = parse_symbol(f"{number}-{kind}/{issuer}")
    return f"{number_text}-{kind}/{issuer}", number_text, kind, issuer


def _day(rng: random.Random, year: int, until: datetime.date, months=(1, 12)) -> datetime.date:
    start = datetime.date(year, months[0], 1)
    end = min(datetime.date(year, months[1], 28), until)
    return start + datetime.timedelta(days=rng.randint(0, max((end - start).days, 0)))


def _documents(rng, year, today, issuers) -> list[Document]:
    documents = []
    for unit in issuers:
        issuer = ISSUER.get(unit.kind, "ĐU")
        scale = 0 if unit.kind == UnitKind.PROVINCE else 1
        number = 0
        for kind, counts in DOC_MIX.items():
            for _ in range(max(0, counts[scale] + rng.randint(-1, 1))):
                number += 1
                day = _day(rng, year, today)
                symbol, number_text, doc_type, issuer_text = _symbol(number, kind, issuer)
                documents.append(Document(unit=unit, symbol=symbol, number=number_text, doc_type=doc_type,
                                          issuer=issuer_text, issued_on=day,
                                          title=rng.choice(DOC_TITLES[kind]).format(y=year)))
    return Document.objects.bulk_create(documents)


def _conference(unit, topic, kind, day, fmt, rng, hosts, big: bool) -> tuple[Conference, list[BridgePoint]]:
    conference = Conference(unit=unit, topic=topic, topic_key=canonical(topic), topic_kind=kind, date=day, format=fmt)
    points = []
    for host in hosts:
        expected = rng.randint(60, 180) if big and host.kind in UPPER_KINDS else rng.randint(18, 70)
        attended = min(expected, round(expected * rng.uniform(0.86, 1.0)))
        points.append(BridgePoint(unit=host, expected=expected, attended=attended))
    return conference, points


def _conferences(rng, year, today, province, districts, grassroots, theme_title) -> int:
    made = []
    theme = f"Học tập chuyên đề năm {year}: {theme_title}" if theme_title else f"Học tập chuyên đề năm {year}"
    day = _day(rng, year, today, (3, 4))
    # The province's online conference on the year's theme: a bridge point at most committees.
    hosts = [province, *districts, *[u for u in grassroots if rng.random() < 0.88]]
    made.append(_conference(province, theme, TopicKind.THEME, day, ConferenceFormat.HYBRID, rng, hosts, True))
    for topic, kind in CONFERENCE_TOPICS:
        when = _day(rng, year, today, (2, 11))
        chosen = [province, *[u for u in grassroots if u.parent.kind == UnitKind.BLOC and rng.random() < 0.6]]
        made.append(_conference(province, topic, kind, when, ConferenceFormat.ONLINE, rng, chosen, True))
    for district in districts:
        communes = [u for u in grassroots if u.parent_id == district.pk]
        when = _day(rng, year, today, (4, 10))
        made.append(_conference(district, "Quán triệt nghị quyết đại hội và chương trình hành động", TopicKind.RESOLUTION,
                                when, ConferenceFormat.ONLINE, rng, [district, *communes], True))
    for unit in grassroots:
        if rng.random() < 0.4:
            made.append(_conference(unit, theme, TopicKind.THEME, _day(rng, year, today, (4, 6)),
                                    ConferenceFormat.IN_PERSON, rng, [unit], False))
    made = [(c, p) for c, p in made if c.date <= today]
    conferences = Conference.objects.bulk_create([c for c, _ in made])
    points = []
    for conference, (_, rows) in zip(conferences, made):
        for point in rows:
            point.conference = conference
            points.append(point)
    BridgePoint.objects.bulk_create(points)
    return len(conferences)


def _classes(rng, year, today, organisers) -> int:
    rows = []
    for unit in organisers:
        for kind, title, size in ((ClassKind.AWARENESS, "Lớp bồi dưỡng nhận thức về Đảng", (90, 160)),
                                  (ClassKind.NEW_MEMBERS, "Lớp bồi dưỡng lý luận chính trị cho đảng viên mới", (60, 140)),
                                  (ClassKind.UPDATE, "Lớp cập nhật kiến thức cho cán bộ chủ chốt", (40, 120))):
            for number in range(rng.randint(1, 3) if kind != ClassKind.UPDATE else 1):
                start = _day(rng, year, today, (2, 11))
                if start <= today:
                    rows.append(TheoryClass(unit=unit, kind=kind, title=f"{title} khóa {number + 1} năm {year}",
                                            start_date=start, end_date=start + datetime.timedelta(days=rng.randint(4, 9)),
                                            learners=rng.randint(*size)))
    TheoryClass.objects.bulk_create(rows)
    return len(rows)


def _awards(rng, year, today, proposers, grassroots, members_by_prefix, decisions) -> int:
    rows = []
    past = year < today.year
    for unit in proposers:
        level = AwardLevel.PROVINCE_CHAIR if unit.kind == UnitKind.PROVINCE else AwardLevel.UPPER
        below = [g for g in grassroots if g.path.startswith(unit.path)]
        people = members_by_prefix(unit.path)
        proposed_on = min(datetime.date(year, 5, rng.randint(10, 28)), today)
        for kind, pool, count in ((NomineeKind.COLLECTIVE, below, rng.randint(3, 11)),
                                  (NomineeKind.INDIVIDUAL, people, rng.randint(5, 12))):
            for nominee in rng.sample(pool, min(count, len(pool))):
                refused = rng.random() < 0.05
                status = AwardStatus.REFUSED if refused else (AwardStatus.DECIDED if past else AwardStatus.PROPOSED)
                decision = decisions.get(unit.pk) if status == AwardStatus.DECIDED else None
                rows.append(Award(unit=unit, proposed_on=proposed_on, nominee_kind=kind, level=level,
                                  nominee_unit=nominee if kind == NomineeKind.COLLECTIVE else None,
                                  member_id=nominee if kind == NomineeKind.INDIVIDUAL else None,
                                  achievement=rng.choice(ACHIEVEMENTS), status=status, decision=decision,
                                  decided_on=decision.issued_on if decision else None))
    Award.objects.bulk_create(rows)
    return len(rows)


def _inspections(rng, year, today, inspectors, children_of) -> int:
    made = 0
    for unit in inspectors:
        targets = children_of(unit)
        for target in rng.sample(targets, min(len(targets), rng.randint(1, 3))):
            start = _day(rng, year, today, (5, 11))
            if start > today:
                continue
            inspection = Inspection.objects.create(
                unit=unit, kind=rng.choice(["inspection", "supervision"]), start_date=start,
                end_date=start + datetime.timedelta(days=rng.randint(0, 3)),
                title=f"Kiểm tra việc thực hiện Kết luận 01-KL/TW tại {target.name}",
                findings="Cơ bản triển khai đầy đủ; một số bản đăng ký còn chung chung, chưa gắn với nhiệm vụ.")
            inspection.inspected_units.set([target])
            recommendations = []
            for text in rng.sample(["Rà soát, bổ sung bản đăng ký làm theo Bác của đảng viên",
                                    "Hoàn thiện hồ sơ mô hình học tập và làm theo Bác",
                                    "Báo cáo kết quả khắc phục về Ban Tuyên giáo"], rng.randint(1, 3)):
                due = start + datetime.timedelta(days=rng.randint(30, 90))
                done = due <= today and rng.random() < 0.8
                recommendations.append(Recommendation(inspection=inspection, text=text, due_date=due,
                                                      status="done" if done else "open",
                                                      done_on=due - datetime.timedelta(days=rng.randint(0, 20)) if done else None))
            Recommendation.objects.bulk_create(recommendations)
            made += 1
    return made


def _outreach(rng, year, today, province, districts) -> int:
    rows = []
    for month in range(1, 13):
        day = datetime.date(year, month, 5)
        if day <= today:
            rows.append(Outreach(unit=province, kind=OutreachKind.INTERNAL_BULLETIN, date=day,
                                 title=f"Thông báo nội bộ tháng {month}/{year}", quantity=rng.randint(1100, 1300)))
    for unit in (province, *districts):
        for kind, title, quantity, audience in (
                (OutreachKind.NEWS_BULLETIN, "Bản tin thời sự", rng.randint(2, 6), None),
                (OutreachKind.REPORTAGE, "Phóng sự “Học tập và làm theo Bác”", 1, None),
                (OutreachKind.NEWS, "Tin về hoạt động học tập và làm theo Bác", rng.randint(10, 55), None),
                (OutreachKind.ARTICLE, "Bài viết gương người tốt, việc tốt", rng.randint(4, 28), None),
                (OutreachKind.BRIEFING, "Giao ban báo cáo viên", rng.randint(2, 4), rng.randint(40, 120))):
            day = _day(rng, year, today, (1, 11))
            if day <= today:
                rows.append(Outreach(unit=unit, kind=kind, title=f"{title} năm {year}", date=day, quantity=quantity,
                                     audience=audience))
    film = datetime.date(year, 5, 15)
    if film <= today:
        rows.append(Outreach(unit=province, kind=OutreachKind.FILM_WEEK, date=film, audience=rng.randint(2500, 4000),
                             title="Tuần phim “Cuộc đời, sự nghiệp của Chủ tịch Hồ Chí Minh”", quantity=16))
    contest = datetime.date(year, 6, 20)
    if contest <= today:
        rows.append(Outreach(unit=province, kind=OutreachKind.CONTEST, date=contest, title=f"Hội thi Bí thư chi bộ giỏi năm {year}",
                             quantity=1, audience=rng.randint(300, 600), prizes_first=1, prizes_second=2, prizes_third=3,
                             prizes_consolation=4))
    Outreach.objects.bulk_create(rows)
    return len(rows)


@demo_step(order=130, label="Sổ theo dõi hoạt động: hội nghị, lớp bồi dưỡng, khen thưởng, kiểm tra, văn bản")
def activities_step(ctx) -> None:
    from tuyengiao.pledges.models import Theme

    rng, today = ctx.rng, ctx.today
    province = Unit.objects.filter(parent__isnull=True).order_by("id").first()
    counts = {"hội nghị": 0, "lớp": 0, "đề nghị khen thưởng": 0, "cuộc kiểm tra": 0, "văn bản": 0, "mục tuyên truyền": 0}
    for year in range(today.year - 2, today.year + 1):
        on = min(datetime.date(year, 12, 31), today)
        active = list(_active(on).select_related("parent"))
        districts = [u for u in active if u.kind in UPPER_KINDS]
        grassroots = [u for u in active if u.kind in GRASSROOTS_KINDS and u.parent_id]
        theme = Theme.objects.filter(kind="year", year_from__lte=year, year_to__gte=year).first()
        documents = _documents(rng, year, today, [province, *districts])
        decisions = {d.unit_id: d for d in documents if d.doc_type == "QĐ"}
        members = list(Member.objects.filter(status="active").values_list("id", "unit__path"))

        def members_by_prefix(prefix, members=members):
            return [pk for pk, path in members if path.startswith(prefix)]

        def children_of(unit, grassroots=grassroots, districts=districts):
            return [u for u in districts + grassroots if u.parent_id == unit.pk]

        counts["văn bản"] += len(documents)
        counts["hội nghị"] += _conferences(rng, year, today, province, districts, grassroots,
                                           theme.title if theme else "")
        counts["lớp"] += _classes(rng, year, today, [province, *districts])
        counts["đề nghị khen thưởng"] += _awards(rng, year, today, [province, *districts], grassroots,
                                                  members_by_prefix, decisions)
        counts["cuộc kiểm tra"] += _inspections(rng, year, today, [province, *districts], children_of)
        counts["mục tuyên truyền"] += _outreach(rng, year, today, province, districts)
    for label, n in counts.items():
        record(ctx.actor, "import", None, object_type="activities", object_repr=f"Dữ liệu mẫu: {vn_number(n)} {label}")
    ctx.log(", ".join(f"{vn_number(n)} {label}" for label, n in counts.items()))
