"""The 2025 reorganisation in miniature: two communes of the demo district become one."""

import datetime

from tuyengiao.demo import places
from tuyengiao.demo.registry import DemoContext, demo_step
from tuyengiao.org.models import UnitKind
from tuyengiao.org.services import merge_into_new_unit

MERGER_DATE = datetime.date(2025, 7, 1)


@demo_step(order=50, name="merger", label="Hợp nhất xã (01/7/2025)")
def merge_communes(ctx: DemoContext) -> None:
    spec = places.MERGER
    district = ctx.units[f"{places.PROVINCE[0]}.{spec['district']}"]
    sources = [
        unit for unit in ctx.units.values()
        if unit.parent_id == district.pk and unit.kind == UnitKind.COMMUNE and unit.short_name.endswith(
            tuple(f" {name}" for name in spec["sources"]))
    ]
    if len(sources) != len(spec["sources"]) or ctx.today < MERGER_DATE:
        return
    successor = merge_into_new_unit(
        ctx.actor, sources, parent=district, code=f"{district.code}.{spec['code']}", name=spec["name"],
        short_name=spec["short_name"], kind=UnitKind.COMMUNE, on=MERGER_DATE,
        note="Sắp xếp đơn vị hành chính cấp xã năm 2025",
    )
    ctx.units[successor.code] = successor
    # Paths of the moved cells changed: reload every unit object the context hands to later steps.
    fresh = {unit.pk: unit for unit in type(successor).objects.filter(pk__in=[u.pk for u in ctx.units.values()])}
    for code, unit in list(ctx.units.items()):
        ctx.units[code] = fresh[unit.pk]
    for username, unit in list(ctx.account_units.items()):
        if unit is not None:
            ctx.account_units[username] = fresh.get(unit.pk, unit)
    sources = [fresh[source.pk] for source in sources]
    ctx.data["merger"] = {"successor": successor.code, "sources": [s.code for s in sources], "date": MERGER_DATE}
    ctx.log(f"{' và '.join(s.name for s in sources)} hợp nhất thành {successor.name}")
