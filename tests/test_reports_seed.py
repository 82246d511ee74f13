"""The situation of seed 002, built through the services: the provincial agencies-and-enterprises
bloc (Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa) with 121 grassroots committees and 344
party members, of which 62 committees and 172 people sent their registration by 15/6/2023."""

import datetime

from django.utils import timezone

from tuyengiao.activities.registers import BY_KIND
from tuyengiao.core.actor import Actor
from tuyengiao.core.registers import save_record
from tuyengiao.org.models import UnitKind
from tuyengiao.org.services import create_unit
from tuyengiao.people.services import create_member
from tuyengiao.pledges.models import Deed, OwnerKind, Pledge, PledgeState
from tuyengiao.pledges.services import create_theme, open_campaign, save_pledge, submit_pledge

ACTOR = Actor.system("command", "test")
START = datetime.date(2020, 1, 1)
DEADLINE = datetime.date(2023, 6, 15)
SENT = timezone.make_aware(datetime.datetime(2023, 6, 10, 9, 0))
COMMITTEES, PEOPLE, COMMITTEES_SENT, PEOPLE_SENT = 121, 344, 62, 172
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
GIVEN = ["Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Đức Em", "Thị Gấm", "Minh Hải", "Thu Hà", "Quốc Huy",
         "Ngọc Lan", "Văn Long", "Thị Mai", "Hữu Nam", "Thị Oanh", "Văn Phúc", "Thị Quyên", "Đình Sơn"]
COLLECTIVE_DEED = {"action": "Hoàn thành số hóa 100% hồ sơ thủ tục hành chính của đơn vị trong năm 2023",
                   "target": "100% hồ sơ", "timeframe": "Quý IV/2023", "duty": "Cấp ủy cơ sở"}
PERSONAL_DEED = {"action": "Hướng dẫn đồng nghiệp nộp hồ sơ trực tuyến, giải quyết đúng hạn 100% hồ sơ được giao",
                 "target": "100% hồ sơ đúng hạn", "timeframe": "Năm 2023", "duty": "Chuyên viên"}


class Seed002:
    def __init__(self):
        unit = lambda code, name, kind, parent=None: create_unit(  # noqa: E731
            ACTOR, code=code, name=name, kind=kind, parent=parent, active_from=START)
        self.province = unit("TH", "Tỉnh ủy Thanh Hóa", UnitKind.PROVINCE)
        self.bloc = unit("TH.K", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", UnitKind.BLOC, self.province)
        self.committees = [unit(f"TH.K.{n:03d}", f"Đảng bộ cơ sở đơn vị số {n:03d}", UnitKind.AGENCY, self.bloc)
                           for n in range(1, COMMITTEES + 1)]
        self.members = []
        for n in range(PEOPLE):
            name = f"{FAMILY[n % len(FAMILY)]} {GIVEN[n % len(GIVEN)]} {n:03d}"
            self.members.append(create_member(ACTOR, unit=self.committees[n % COMMITTEES], full_name=name,
                                              gender="female" if "Thị" in name else "male", birth_year=1980,
                                              position="Chuyên viên", joined_on=START))
        theme = create_theme(ACTOR, unit=self.bloc, year_from=2023, title=(
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phát huy giá trị văn hóa, sức mạnh "
            "con người trong sự nghiệp cách mạng"))
        self.campaign = open_campaign(ACTOR, theme=theme, unit=self.bloc, year=2023, registration_deadline=DEADLINE,
                                      assessment_deadline=datetime.date(2023, 12, 15),
                                      collective_kinds=[UnitKind.AGENCY])
        # Two registrations go through the services; the other 232 are bulk-inserted the way the
        # demo inserts its hundreds of thousands (screening each through the service costs seconds).
        submit_pledge(ACTOR, save_pledge(ACTOR, campaign=self.campaign, unit=self.committees[0],
                                         deeds=[COLLECTIVE_DEED]), now=SENT)
        submit_pledge(ACTOR, save_pledge(ACTOR, campaign=self.campaign, member=self.members[0],
                                         deeds=[PERSONAL_DEED]), now=SENT)
        sent = dict(campaign=self.campaign, state=PledgeState.SUBMITTED, first_submitted_at=SENT, submitted_at=SENT)
        pledges = Pledge.objects.bulk_create(
            [Pledge(owner_kind=OwnerKind.COLLECTIVE, unit=u, **sent) for u in self.committees[1:COMMITTEES_SENT]]
            + [Pledge(owner_kind=OwnerKind.INDIVIDUAL, member=m, unit=m.unit, **sent)
               for m in self.members[1:PEOPLE_SENT]])
        Deed.objects.bulk_create(
            Deed(pledge=p, position=1, **(COLLECTIVE_DEED if p.owner_kind == OwnerKind.COLLECTIVE else PERSONAL_DEED))
            for p in pledges)
        self.activities()

    def activities(self):
        """The seed's conference (83 bridge points at grassroots committees), its 08 political classes
        (06 for 872 outstanding non-members, 02 for 259 new members) and its commendations (11
        collectives and 09 people proposed for the chairman's certificate, 26 and 47 awarded the bloc's
        own), through the activity registers' service."""
        record = lambda register, **data: save_record(  # noqa: E731
            ACTOR, BY_KIND[register], None, {"unit": self.bloc, **data})
        record("conferences", topic="Học tập chuyên đề năm 2023 của tỉnh", topic_kind="theme", format="online",
               date=datetime.date(2023, 3, 15), note="",
               points=[{"unit": u, "expected": 40, "attended": 38} for u in self.committees[:83]])
        for n, learners in enumerate([145, 145, 145, 145, 145, 147], start=1):
            record("classes", kind="awareness", title=f"Lớp bồi dưỡng nhận thức về Đảng khóa {n}", learners=learners,
                   start_date=datetime.date(2023, 3, n), end_date=datetime.date(2023, 3, n + 5), note="")
        for n, learners in enumerate([130, 129], start=1):
            record("classes", kind="new_members", title=f"Lớp đảng viên mới khóa {n}", learners=learners,
                   start_date=datetime.date(2023, 4, n), end_date=datetime.date(2023, 4, n + 5), note="")
        for level, status, collectives, individuals in (("bk_province_chair", "proposed", 11, 9),
                                                        ("gk_upper", "decided", 26, 47)):
            common = dict(proposed_on=datetime.date(2023, 5, 10), level=level, status=status,
                          decided_on=datetime.date(2023, 5, 19) if status == "decided" else None,
                          achievement="Điển hình tiên tiến trong học tập và làm theo Bác")
            for unit in self.committees[:collectives]:
                record("awards", nominee_kind="collective", nominee_unit=unit, **common)
            for member in self.members[:individuals]:
                record("awards", nominee_kind="individual", member=member, **common)

# -- the six-month report of seed 002 ----------------------------------------------------------

import io  # noqa: E402

import docx  # noqa: E402
import pytest  # noqa: E402

from tuyengiao.reports import exports  # noqa: E402
from tuyengiao.reports.content import Options  # noqa: E402
from tuyengiao.reports.periods import Period  # noqa: E402

pytestmark = pytest.mark.django_db


def paragraphs(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def cell_lines(cell) -> list[str]:
    return [p.text for p in cell.paragraphs]


def test_six_month_report_of_seed_002_states_the_seed_figures():
    seed = Seed002()
    data = exports.docx_bytes(seed.bloc, Period.parse("2023H1"), Options(
        number="15", date=datetime.date(2023, 6, 20), signer_title="Phó Bí thư", signer_name="Nguyễn Thị Lan"))
    document = docx.Document(io.BytesIO(data))
    text = "\n".join(paragraphs(document))

    assert "62/121 tập thể" in text
    assert "172/344 cá nhân" in text
    assert "còn 59 tập thể và 172 cá nhân chưa nộp" in text
    assert "Tính đến ngày 15/6/2023" in text
    # The activity registers of the half-year, as the seed counts them.
    assert "Tổ chức 01 hội nghị học tập, quán triệt với 83 điểm cầu, 3.154 lượt đại biểu tham dự (đạt 95%)." in text
    assert ("Mở 08 lớp bồi dưỡng lý luận chính trị cho 1.131 học viên (06 lớp nhận thức về Đảng cho 872 học viên, "
            "02 lớp đảng viên mới cho 259 học viên).") in text
    assert "Bằng khen của Chủ tịch UBND tỉnh: 11 tập thể, 09 cá nhân" in text
    assert "Giấy khen của Ban Thường vụ cấp ủy cấp trên cơ sở: 26 tập thể, 47 cá nhân" in text

    # The header: issuing body and number left, the Party's name and the place and date right.
    left, right = document.tables[0].rows[0].cells
    assert cell_lines(left) == ["ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "*",
                                "Số 15-BC/ĐUK"]
    assert left.paragraphs[1].runs[0].bold
    party = right.paragraphs[0].runs[0]
    assert party.text == "ĐẢNG CỘNG SẢN VIỆT NAM" and party.bold and party.underline
    date_line = [p for p in right.paragraphs if p.text.strip()][-1]
    assert date_line.text == "Thanh Hóa, ngày 20 tháng 6 năm 2023" and date_line.runs[0].italic
    title = document.paragraphs[0]
    assert title.text == "BÁO CÁO" and title.runs[0].bold
    assert document.paragraphs[1].text.startswith("sơ kết 6 tháng đầu năm 2023")

    # One table row per grassroots committee, and the total row states the same figures.
    table = document.tables[1]
    assert len(table.rows) == 1 + COMMITTEES + 1
    first, last = table.rows[1].cells, table.rows[COMMITTEES].cells
    assert first[1].text == "Đảng bộ cơ sở đơn vị số 001" and first[2].text == "1/1"
    assert last[1].text == "Đảng bộ cơ sở đơn vị số 121" and last[2].text == "0/1"
    total = [cell.text for cell in table.rows[-1].cells]
    assert total[1:5] == ["Tổng cộng", "62/121", "172/344", "50%"]
    assert total[6] == "59/172"

    # Who is still missing: the 59 committees by name, the 172 people under their committee.
    assert "1. Tập thể chưa nộp (59):" in text
    assert "- Đảng bộ cơ sở đơn vị số 063;" in text and "- Đảng bộ cơ sở đơn vị số 121." in text
    assert "2. Cá nhân chưa nộp (172):" in text
    missing_member = seed.members[PEOPLE_SENT]
    assert missing_member.full_name in text and seed.members[0].full_name not in text

    # The closing block.
    left, right = document.tables[-1].rows[0].cells
    assert cell_lines(left)[0] == "Nơi nhận:" and "- Tỉnh ủy Thanh Hóa (để báo cáo)," in cell_lines(left)
    assert cell_lines(right) == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Lan"]

    # The same figures as .xlsx.
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(exports.xlsx_bytes(seed.bloc, Period.parse("2023H1"))))
    key_figures = {row[0]: row[1] for row in book["Số liệu chung"].iter_rows(min_row=4, values_only=True)}
    assert (key_figures["Tập thể phải đăng ký"], key_figures["Tập thể gửi đúng hạn"], key_figures["Tập thể chưa nộp"]) \
        == (121, 62, 59)
    assert (key_figures["Cá nhân phải đăng ký"], key_figures["Cá nhân gửi đúng hạn"], key_figures["Cá nhân chưa nộp"]) \
        == (344, 172, 172)
    assert book["Cá nhân chưa nộp"].max_row == 3 + 172 and book["Tập thể chưa nộp"].max_row == 3 + 59
