"""Demo data for pledges: the campaigns of the three previous years and the current one.

Past campaigns are submitted, reviewed and assessed; the current one has late and missing
submissions spread unevenly across units. Texts are mostly concrete, with the formalism of seed
001 at realistic rates: long generic pledges, pledges copied from the member's own previous year,
one text copied across a cell, individual pledges repeating the unit's collective pledge.
Rows are bulk-inserted (hundreds of thousands of them); one audit entry per campaign records it.
"""

import datetime
import random
from collections import defaultdict

from django.utils import timezone

from tuyengiao.audit.services import record
from tuyengiao.core.actor import Actor
from tuyengiao.core.formats import vn_number
from tuyengiao.demo.registry import demo_step
from tuyengiao.org.models import Unit
from tuyengiao.people.models import Member
from tuyengiao.pledges import tracking
from tuyengiao.pledges.demo_texts import collective_deed, concrete_deed, role_of, vague_deed
from tuyengiao.pledges.models import Deed, DeedResult, OwnerKind, Pledge, PledgeState
from tuyengiao.pledges.services import close_campaign, create_theme, open_campaign

ACTOR = Actor.system("command", "dữ liệu mẫu")

TERM_THEMES = [
    (2021, 2025, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và "
                 "khát vọng phát triển đất nước phồn vinh, hạnh phúc", "01-KL/TW"),
    (2026, 2030, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng trong sạch, vững "
                 "mạnh, đưa đất nước vững bước vào kỷ nguyên vươn mình của dân tộc", "01-KL/TW"),
]
YEAR_THEMES = {
    2023: ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong xây dựng và phát triển văn hóa, "
           "con người đáp ứng yêu cầu xây dựng tỉnh phát triển bền vững",
           "Xây dựng môi trường văn hóa lành mạnh ở cơ quan, đơn vị, khu dân cư\nNêu gương của người đứng đầu\n"
           "Phát triển văn hóa đọc, giữ gìn thuần phong mỹ tục"),
    2024: ("Học tập và làm theo Bác về tinh thần trách nhiệm, phong cách làm việc khoa học, gần dân, vì nhân dân "
           "phục vụ", "Cải cách hành chính, chuyển đổi số\nTiếp dân, đối thoại và giải quyết kiến nghị của nhân dân\n"
           "Kỷ luật, kỷ cương công vụ"),
    2025: ("Học tập và làm theo Bác về đoàn kết, đổi mới, sáng tạo trong xây dựng nông thôn mới và đô thị văn minh",
           "Xây dựng nông thôn mới nâng cao, kiểu mẫu\nBảo vệ môi trường, phân loại rác tại nguồn\n"
           "Chăm lo an sinh xã hội, giúp đỡ hộ nghèo"),
    2026: ("Học tập và làm theo Bác về chuyển đổi số, phục vụ nhân dân trong chính quyền địa phương hai cấp",
           "Dịch vụ công trực tuyến, định danh điện tử\nGần dân, sát dân, giải quyết dứt điểm kiến nghị\n"
           "Nêu gương, kỷ luật, kỷ cương sau sắp xếp tổ chức bộ máy"),
}


def _at(day: datetime.date, rng: random.Random) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(rng.randint(7, 17), rng.randint(0, 59))))


def generate(rng: random.Random, today: datetime.date | None = None) -> dict:
    today = today or timezone.localdate()
    current = today.year
    province = Unit.objects.filter(parent__isnull=True).order_by("id").first()
    terms = {(start, end): create_theme(ACTOR, unit=province, kind="term", title=title, year_from=start,
                                        year_to=end, document=document)
             for start, end, title, document in TERM_THEMES}
    members = {m.pk: m for m in Member.objects.select_related("unit").only(
        "id", "position", "is_head", "unit__name", "unit__kind", "unit_id")}
    history: dict[int, list[dict]] = {}
    counts = {}
    for year in range(current - 3, current + 1):
        title, key_points = YEAR_THEMES.get(year, YEAR_THEMES[max(YEAR_THEMES)])
        theme = create_theme(ACTOR, unit=province, title=title, year_from=year, key_points=key_points,
                             document=f"{rng.randint(10, 60)}-HD/BTGTU")
        term = next(t for (a, b), t in terms.items() if a <= year <= b)
        campaign = open_campaign(ACTOR, theme=theme, term_theme=term, unit=province, year=year,
                                 registration_deadline=datetime.date(year, 6, 15),
                                 assessment_deadline=datetime.date(year, 12, 15))
        counts[year] = _fill_campaign(rng, campaign, members, history, past=year < current)
        if year < current:
            close_campaign(ACTOR, campaign)
        record(ACTOR, "import", campaign, object_type="pledges",
               object_repr=f"Dữ liệu mẫu: {counts[year]} bản đăng ký năm {year}")
    return counts


def _unit_propensity(rng: random.Random, unit_ids, past: bool) -> dict[int, float]:
    """How diligent each unit is this year: most submit nearly all, a few lag far behind."""
    rates = {}
    for unit_id in unit_ids:
        roll = rng.random()
        if past:
            rates[unit_id] = 1.0 if roll < 0.7 else rng.uniform(0.9, 1.0)
        else:
            rates[unit_id] = (rng.uniform(0.9, 1.0) if roll < 0.5 else rng.uniform(0.5, 0.9) if roll < 0.85
                              else rng.uniform(0.0, 0.4))
    return rates


def _fill_campaign(rng, campaign, members, history, past: bool) -> int:
    province = campaign.unit
    deadline = campaign.registration_deadline
    stays = list(tracking.expected_members(campaign, province).values_list("member_id", "to_unit_id"))
    unit_ids = {unit_id for _, unit_id in stays}
    units = list(tracking.expected_units(campaign, province).only("id", "name", "kind"))
    propensity = _unit_propensity(rng, unit_ids | {u.pk for u in units}, past)
    pledges, deed_lists = [], []

    def add(owner_kind, unit_id, member_id, deeds):
        if rng.random() > propensity[unit_id]:
            if not past and rng.random() < 0.3:  # some started but never sent
                pledges.append(Pledge(campaign=campaign, owner_kind=owner_kind, unit_id=unit_id, member_id=member_id))
                deed_lists.append(deeds)
            return
        late = rng.random() < (0.06 if past else 0.18)
        sent = deadline + datetime.timedelta(days=rng.randint(1, 40)) if late else \
            deadline - datetime.timedelta(days=rng.randint(0, 45))
        state = PledgeState.ACCEPTED
        if not past:
            state = rng.choices([PledgeState.ACCEPTED, PledgeState.SUBMITTED, PledgeState.RETURNED], [70, 22, 8])[0]
        sent_at = _at(sent, rng)
        pledges.append(Pledge(
            campaign=campaign, owner_kind=owner_kind, unit_id=unit_id, member_id=member_id, state=state,
            first_submitted_at=sent_at, submitted_at=sent_at, late=late,
            review_comment="Đề nghị ghi rõ chỉ tiêu, số lượng và thời gian hoàn thành." if state == PledgeState.RETURNED else "",
            reviewed_at=sent_at + datetime.timedelta(days=3) if state != PledgeState.SUBMITTED else None,
            self_assessed_at=_at(datetime.date(campaign.year, 12, 5), rng) if past else None,
            confirmed_at=_at(datetime.date(campaign.year, 12, 12), rng) if past else None,
        ))
        deed_lists.append(deeds)

    collective_texts = {}
    for unit in units:
        deeds = [collective_deed(rng, campaign.year, unit.name) for _ in range(rng.choice([1, 2, 2]))]
        collective_texts[unit.pk] = deeds
        add(OwnerKind.COLLECTIVE, unit.pk, None, deeds)

    by_cell = defaultdict(list)
    for member_id, unit_id in stays:
        by_cell[unit_id].append(member_id)
    for unit_id, member_ids in by_cell.items():
        shared = None
        if rng.random() < 0.08 and len(member_ids) >= 4:  # one text passed around the cell
            shared = [concrete_deed(rng, "general", campaign.year)]
        for member_id in member_ids:
            member = members.get(member_id)
            roll = rng.random()
            previous = history.get(member_id)
            if shared and rng.random() < 0.6:
                deeds = [dict(d) for d in shared]
            elif previous and roll < 0.08:
                deeds = [dict(d) for d in previous]  # copied from last year
            elif roll < 0.18:
                deeds = [vague_deed(rng)]
            elif roll < 0.21 and unit_id in collective_texts:
                deeds = [dict(collective_texts[unit_id][0])]  # repeats the unit's pledge
            else:
                unit_name = member.unit.name if member else ""
                role = role_of(member.position if member else "", unit_name)
                deeds = [concrete_deed(rng, role, campaign.year, unit_name=unit_name)
                         for _ in range(rng.choice([1, 2, 2]))]
            history[member_id] = deeds
            add(OwnerKind.INDIVIDUAL, unit_id, member_id, deeds)

    created = Pledge.objects.bulk_create(pledges, batch_size=2000)
    deeds = []
    for pledge, deed_values in zip(created, deed_lists):
        for position, values in enumerate(deed_values, start=1):
            deed = Deed(pledge=pledge, position=position, **values)
            if past and pledge.state == PledgeState.ACCEPTED:
                deed.self_result = DeedResult.COMPLETED if rng.random() < 0.97 else DeedResult.PARTLY
                deed.result = deed.self_result if rng.random() < 0.95 else DeedResult.PARTLY
                deed.self_note = "Đã thực hiện theo đăng ký." if deed.self_result == DeedResult.COMPLETED else \
                    "Thực hiện được một phần do thay đổi vị trí công tác."
            deeds.append(deed)
    Deed.objects.bulk_create(deeds, batch_size=4000)
    return len(created)


@demo_step(order=100, label="Đăng ký làm theo Bác: chuyên đề, các đợt đăng ký 4 năm")
def pledges_step(ctx) -> None:
    counts = generate(ctx.rng, ctx.today)
    ctx.log(", ".join(f"năm {year}: {vn_number(n)} bản" for year, n in counts.items()))
