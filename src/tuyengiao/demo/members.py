"""Members of the demo province, bulk-inserted with their history.

Rows are written as ``Member.save()`` and ``people.services`` would write them (cleaned text,
search and sort keys, a join row in MemberTransfer for each, stays closed by moves and leavings),
but in batches; one audit entry per unit summarises what was loaded there.
"""

import datetime
import random
from functools import lru_cache

from tuyengiao.audit.services import record
from tuyengiao.core.formats import vn_number
from tuyengiao.demo.jobs import people_for
from tuyengiao.demo.names import person_name
from tuyengiao.demo.registry import DemoContext, demo_step
from tuyengiao.demo.units import LEADERS, START
from tuyengiao.people.models import Category, Member, MemberTransfer, Status
from tuyengiao.screening.normalize import clean, name_sort_key, search_keys

PROFILE_WEIGHT = {
    "village": 1.0, "ward": 0.9, "commune_office": 0.45, "school": 0.55, "hospital": 0.6, "office": 0.4,
    "enterprise": 0.55, "press": 0.5, "military": 0.6, "police": 0.6,
}
BATCH = 5000
JOIN_REASON = "Bắt đầu sinh hoạt"  # as people.services.create_member writes it
LEAVINGS = [
    (Status.TRANSFERRED, 0.010, "Chuyển sinh hoạt đảng ra ngoài tỉnh"),
    (Status.LEFT, 0.006, "Thôi sinh hoạt"),
    (Status.DECEASED, 0.005, "Từ trần"),
]


@lru_cache(maxsize=None)
def name_keys(full_name: str) -> tuple[str, str, str]:
    name_key, name_fold = search_keys(full_name)
    return name_key, name_fold, name_sort_key(full_name)


@lru_cache(maxsize=None)
def cleaned(text: str) -> str:
    return clean(text)


def _day_between(rng: random.Random, first: datetime.date, last: datetime.date) -> datetime.date:
    if last <= first:
        return first
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


class Loader:
    def __init__(self, ctx: DemoContext):
        self.ctx, self.rng, self.today = ctx, ctx.rng, ctx.today
        self.pending: list[tuple[Member, list[dict]]] = []
        self.totals = {category: 0 for category in Category.values}
        self.ended = 0
        self.moved = 0

    def join_date(self, birth_year: int) -> datetime.date:
        latest = self.today - datetime.timedelta(days=45)
        earliest = min(max(START, datetime.date(birth_year + 18, 6, 1)), latest)
        if earliest == START and self.rng.random() < 0.7:
            return START
        return _day_between(self.rng, earliest, latest)

    def people(self, unit, plan, count: int, siblings: list) -> int:
        leaders = LEADERS.get(plan.leaders) if plan.leaders else None
        year = self.today.year
        active = 0
        for person in people_for(self.rng, plan.profile, count, plan.values, year, leaders):
            full_name = cleaned(person_name(self.rng, person.gender, person.birth_year))
            name_key, name_fold, sort_key = name_keys(full_name)
            joined = self.join_date(person.birth_year)
            member = Member(
                full_name=full_name, gender=person.gender, birth_year=person.birth_year, unit=unit,
                position=cleaned(person.position), duties=cleaned(person.duties), is_head=person.is_head,
                category=person.category, status=Status.ACTIVE, name_key=name_key, name_fold=name_fold,
                sort_key=sort_key,
            )
            stays = [{"from_unit": None, "to_unit": unit, "date": joined, "until": None, "reason": JOIN_REASON}]
            roll = self.rng.random()
            if not person.is_head and joined < self.today - datetime.timedelta(days=60):
                threshold = 0.0
                for status, share, reason in LEAVINGS:
                    threshold += share
                    if roll < threshold and (status != Status.DECEASED or year - person.birth_year > 60):
                        left_on = _day_between(self.rng, joined + datetime.timedelta(days=30),
                                               self.today - datetime.timedelta(days=1))
                        stays[0]["until"] = left_on
                        stays.append({"from_unit": unit, "to_unit": None, "date": left_on, "until": None,
                                      "reason": reason})
                        member.status = status
                        self.ended += 1
                        break
                else:
                    if siblings and roll > 0.985:
                        # Came from a sibling cell of the same grassroots unit some time ago.
                        source = self.rng.choice(siblings)
                        moved_on = _day_between(self.rng, joined + datetime.timedelta(days=30),
                                                self.today - datetime.timedelta(days=1))
                        stays = [
                            {"from_unit": None, "to_unit": source, "date": joined, "until": moved_on,
                             "reason": JOIN_REASON},
                            {"from_unit": source, "to_unit": unit, "date": moved_on, "until": None,
                             "reason": "Chuyển sinh hoạt"},
                        ]
                        self.moved += 1
            if member.status == Status.ACTIVE:
                active += 1
                self.totals[person.category] += 1
            self.pending.append((member, stays))
        if len(self.pending) >= BATCH:
            self.flush()
        return active

    def flush(self) -> None:
        if not self.pending:
            return
        members = Member.objects.bulk_create([member for member, _ in self.pending])
        transfers = [
            MemberTransfer(member_id=member.pk, **stay)
            for member, (_, stays) in zip(members, self.pending)
            for stay in stays
        ]
        MemberTransfer.objects.bulk_create(transfers)
        self.pending = []


def allocate(rng: random.Random, plans: list, target: int) -> list[int]:
    """How many people each member-holding unit gets: weighted by profile, summing to about ``target``."""
    weights = []
    for plan in plans:
        weight = PROFILE_WEIGHT.get(plan.profile, 0.5) * rng.uniform(0.6, 1.4)
        if plan.kind == "base_cell":
            weight *= 1.6
        weights.append(weight)
    total = sum(weights)
    return [max(4, round(target * weight / total)) for weight in weights]


@demo_step(order=20, name="members", label="Nạp đảng viên, cán bộ")
def create_members(ctx: DemoContext) -> None:
    plans = [plan for plan in ctx.data["plans"].values() if plan.profile]
    counts = allocate(ctx.rng, plans, ctx.size.members)
    by_parent: dict[str, list] = {}
    for plan in plans:
        by_parent.setdefault(plan.parent, []).append(ctx.units[plan.code])
    loader = Loader(ctx)
    for plan, count in zip(plans, counts):
        unit = ctx.units[plan.code]
        siblings = [u for u in by_parent.get(plan.parent, []) if u.pk != unit.pk] if plan.kind == "cell" else []
        active = loader.people(unit, plan, count, siblings)
        record(ctx.actor, "import", None, unit=unit, object_type="member",
               object_repr=f"Dữ liệu mẫu: {count} người của {unit.name}",
               after={"members_loaded": count, "active": active})
    loader.flush()
    total = sum(loader.totals.values())
    ctx.data["members_total"] = total
    ctx.log(f"{vn_number(total)} người đang sinh hoạt ({vn_number(loader.totals[Category.PARTY])} đảng viên, "
            f"{vn_number(loader.totals[Category.CIVIL])} CCVC, {vn_number(loader.totals[Category.YOUTH])} đoàn viên, "
            f"{vn_number(loader.totals[Category.ASSOCIATION])} hội viên); {vn_number(loader.ended)} đã chuyển đi, "
            f"thôi sinh hoạt hoặc từ trần; {vn_number(loader.moved)} đã chuyển giữa các chi bộ")
