"""The unit tree of the demo province: planned from the seed, then created through org.services."""

import datetime
import random
from dataclasses import dataclass, field

from tuyengiao.core.formats import vn_number
from tuyengiao.demo import places
from tuyengiao.demo.jobs import AGENCY_LEADERS, COMMUNE_LEADERS
from tuyengiao.demo.registry import DemoContext, Size, demo_step
from tuyengiao.org.models import UnitKind
from tuyengiao.org.services import create_unit
from tuyengiao.screening.normalize import fold

START = datetime.date(2015, 1, 1)


@dataclass
class Plan:
    code: str
    name: str
    kind: str
    parent: str | None
    short_name: str = ""
    # Units that hold people: their profile (see jobs.PROFILES), template values and leaders.
    profile: str | None = None
    values: dict = field(default_factory=dict)
    leaders: str | None = None  # key of the leaders' roles: "commune" or an AGENCY_LEADERS profile


class Planner:
    def __init__(self, rng: random.Random, size: Size):
        self.rng, self.size = rng, size
        self.plans: list[Plan] = []
        self.codes: set[str] = set()
        self.accounts: dict[str, str] = {}

    def add(self, plan: Plan) -> Plan:
        self.codes.add(plan.code)
        self.plans.append(plan)
        return plan

    def child_code(self, parent: str, base: str) -> str:
        return places.unique_code(f"{parent}.{base}", self.codes)

    def commune_code(self, parent: str, name: str) -> str:
        """Initials ("Đồng Hóa" -> DH), else initials with more of the last word ("Thụy Lôi" -> TLO)."""
        words = fold(name).upper().split()
        candidates = [places.initials(name)] if len(words) > 1 else []
        start = min(2 if len(words) > 1 else 3, len(words[-1]))
        candidates += ["".join(w[0] for w in words[:-1]) + words[-1][:n] for n in range(start, len(words[-1]) + 1)]
        if len(words) > 1:
            candidates.append(words[0][:2] + "".join(w[0] for w in words[1:]))
        for base in candidates:
            if len(base) >= 2 and f"{parent}.{base}" not in self.codes:
                return self.child_code(parent, base)
        return self.child_code(parent, candidates[0])

    # -- the tree ------------------------------------------------------------------------------

    def plan(self) -> list[Plan]:
        code, name, short = places.PROVINCE
        # The merger's new commune is created later (step "merger"): keep its code free.
        self.codes.add(f"{code}.{places.MERGER['district']}.{places.MERGER['code']}")
        province = self.add(Plan(code, name, UnitKind.PROVINCE, None, short_name=short))
        taken_names = {d[2] for d in places.DISTRICTS}
        districts = []
        for index in range(self.size.districts):
            if index < len(places.DISTRICTS):
                base, committee, short, seat_kind, communes = places.DISTRICTS[index]
            else:
                short = places.composed_name(self.rng, taken_names)
                base, committee, seat_kind, communes = places.initials(short), f"Huyện ủy {short}", "huyện", []
            district = self.add(Plan(self.child_code(province.code, base), committee, UnitKind.DISTRICT,
                                     province.code, short_name=short))
            districts.append((district, short, f"{seat_kind} {short}"))
            self.communes(district, communes)
            self.district_agencies(district, short, f"{seat_kind} {short}")
        self.bloc(province)
        self.armed(province, districts, military=True)
        self.armed(province, districts, military=False)
        return self.plans

    def communes(self, district: Plan, known: list[tuple[str, str]]) -> None:
        count = self.rng.randint(*self.size.communes)
        communes = list(known[:count])
        taken = {name for _, name in known}
        while len(communes) < count:
            communes.append((self.rng.choice(["xã", "xã", "xã", "phường"]), places.composed_name(self.rng, taken)))
        for kind, name in communes:
            commune = self.add(Plan(self.commune_code(district.code, name), f"Đảng ủy {kind} {name}",
                                    UnitKind.COMMUNE, district.code, short_name=f"{kind} {name}"))
            self.commune_cells(commune, kind, name)
            if district.code.endswith(f".{places.ACCOUNT_DISTRICT}") and name == places.ACCOUNT_COMMUNE:
                self.accounts["huyen"] = district.code
                self.accounts["coso"] = commune.code

    def commune_cells(self, commune: Plan, kind: str, name: str) -> None:
        count = self.rng.randint(*self.size.cells)
        org = f"{kind} {name}"
        number = 0

        def cell(cell_name: str, profile: str, leaders: str | None = None, **values) -> Plan:
            nonlocal number
            number += 1
            return self.add(Plan(f"{commune.code}.{number:02d}", cell_name, UnitKind.CELL, commune.code,
                                 profile=profile, values={"org": org, **values}, leaders=leaders))

        cell(f"Chi bộ Cơ quan {org}", "commune_office", leaders="commune")
        residential = []
        villages = list(places.VILLAGES)
        self.rng.shuffle(villages)
        numbered = kind != "xã" or (self.rng.random() < 0.3 and name != places.ACCOUNT_COMMUNE)
        school_slot = count >= 4 and self.rng.random() < 0.7
        for index in range(count - 1 - school_slot):
            if kind == "phường":
                place = f"tổ dân phố số {index + 1}"
                residential.append(cell(f"Chi bộ Tổ dân phố số {index + 1}", "ward", place=place))
            elif kind == "thị trấn":
                place = f"tổ dân phố {villages[index]}"
                residential.append(cell(f"Chi bộ Tổ dân phố {villages[index]}", "ward", place=place))
            elif numbered:
                place = f"xóm {index + 1}"
                residential.append(cell(f"Chi bộ xóm {index + 1}", "village", place=place, headman="Trưởng xóm"))
            else:
                place = f"thôn {villages[index]}"
                residential.append(cell(f"Chi bộ thôn {villages[index]}", "village", place=place,
                                        headman="Trưởng thôn"))
        if school_slot:
            level = self.rng.choice(["Tiểu học", "THCS"])
            grades = (1, 5) if level == "Tiểu học" else (6, 9)
            school = f"Trường {level} {name}"
            cell(f"Chi bộ {school}", "school", org=school, grade_from=grades[0], grade_to=grades[1])
        if name == places.ACCOUNT_COMMUNE and residential:
            self.accounts["chibo"] = residential[0].code

    def agency(self, parent: Plan, base: str, name: str, kind: str, profile: str, departments: list[str],
               org: str, **values) -> None:
        unit = self.add(Plan(self.child_code(parent.code, base), name, kind, parent.code))
        leaders = "military" if profile == "military" else "police" if profile == "police" else profile
        if kind == UnitKind.BASE_CELL:
            unit.profile, unit.leaders = profile, None
            unit.values = {"org": org, "dept": departments[0], **values}
            return
        count = min(len(departments), max(2, self.rng.randint(*self.size.cells)))
        for number, dept in enumerate(departments[:count], start=1):
            self.add(Plan(f"{unit.code}.{number:02d}", f"Chi bộ {dept}", UnitKind.CELL, unit.code, profile=profile,
                          values={"org": org, "dept": dept, **values}, leaders=leaders if number == 1 else None))

    def district_agencies(self, district: Plan, short: str, seat: str) -> None:
        for base, template, kind, profile, departments in places.DISTRICT_AGENCIES[: self.size.district_agencies]:
            name = template.format(seat=seat, short=short)
            departments = [d.format(seat=seat, short=short) for d in departments]
            org = name.removeprefix("Đảng bộ ").removeprefix("Chi bộ ")
            grades = {"grade_from": 10, "grade_to": 12} if profile == "school" else {}
            self.agency(district, base, name, kind, profile, departments, org, **grades)

    def bloc(self, province: Plan) -> None:
        bloc = self.add(Plan(self.child_code(province.code, "KCQ"), "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
                             UnitKind.BLOC, province.code, short_name="Đảng ủy Khối"))
        agencies = list(places.BLOC[: self.size.bloc_agencies])
        taken: set[str] = set()
        while len(agencies) < self.size.bloc_agencies:
            template, profile = self.rng.choice(places.GENERIC_AGENCIES)
            name = template.format(name=places.composed_name(self.rng, taken))
            kind = "base_cell" if name.startswith("Chi bộ") else "agency"
            departments = places.GENERIC_DEPARTMENTS[profile] if kind == "agency" else [
                name.removeprefix("Chi bộ ")]
            agencies.append((places.initials(name.split(" ", 2)[2]), name, kind, profile, departments))
        for base, name, kind, profile, departments in agencies:
            org = name.removeprefix("Đảng bộ ").removeprefix("Chi bộ ")
            grades = {"grade_from": 10, "grade_to": 12} if profile == "school" else {}
            self.agency(bloc, base, name, kind, profile, departments, org, **grades)

    def armed(self, province: Plan, districts: list, military: bool) -> None:
        if military:
            parent = self.add(Plan(self.child_code(province.code, "QS"), "Đảng ủy Quân sự tỉnh", UnitKind.MILITARY,
                                   province.code, short_name="Quân sự tỉnh"))
            fixed, count, profile = places.MILITARY, self.size.military, "military"
        else:
            parent = self.add(Plan(self.child_code(province.code, "CA"), "Đảng ủy Công an tỉnh", UnitKind.POLICE,
                                   province.code, short_name="Công an tỉnh"))
            fixed, count, profile = places.POLICE, self.size.police, "police"
        units = list(fixed[:count])
        for district, short, seat in districts:
            if len(units) >= count:
                break
            base = district.code.rsplit(".", 1)[1]
            if military:
                units.append((base, f"Chi bộ Ban Chỉ huy Quân sự {seat}", "base_cell",
                              [f"Ban Chỉ huy Quân sự {seat}"]))
            else:
                units.append((base, f"Đảng bộ Công an {seat}", "agency",
                              ["Đội An ninh", "Đội Cảnh sát điều tra tội phạm về trật tự xã hội",
                               "Đội Cảnh sát quản lý hành chính về trật tự xã hội", "Đội Tổng hợp"]))
        for base, name, kind, departments in units:
            org = name.removeprefix("Đảng bộ ").removeprefix("Chi bộ ")
            self.agency(parent, base, name, kind, profile, departments, org)


LEADERS = {"commune": COMMUNE_LEADERS, **AGENCY_LEADERS}


@demo_step(order=10, name="units", label="Tạo cây tổ chức đảng")
def create_units(ctx: DemoContext) -> None:
    planner = Planner(ctx.rng, ctx.size)
    plans = planner.plan()
    for plan in plans:
        parent = ctx.units[plan.parent] if plan.parent else None
        ctx.units[plan.code] = create_unit(ctx.actor, code=plan.code, name=plan.name, kind=plan.kind, parent=parent,
                                           short_name=plan.short_name, active_from=START)
    ctx.data["plans"] = {plan.code: plan for plan in plans}
    ctx.data["account_units"] = {"tinh": places.PROVINCE[0], **planner.accounts}
    counts: dict[str, int] = {}
    for plan in plans:
        counts[plan.kind] = counts.get(plan.kind, 0) + 1
    grassroots = sum(counts.get(k, 0) for k in (UnitKind.COMMUNE, UnitKind.AGENCY, UnitKind.BASE_CELL))
    ctx.log(f"{vn_number(len(plans))} đơn vị: {counts.get(UnitKind.DISTRICT, 0)} huyện ủy, thị ủy, thành ủy; "
            f"{vn_number(grassroots)} tổ chức cơ sở đảng; {vn_number(counts.get(UnitKind.CELL, 0))} chi bộ trực thuộc")
