"""Assembling a deed from its parts, and the public ``concrete_deed`` and ``collective_deed``."""

import random
import re

from tuyengiao.pledges.demo_texts.civil import CIVIL, FINANCE
from tuyengiao.pledges.demo_texts.collective import (
    COLLECTIVE_DEEDS, COLLECTIVE_EXTRA, COLLECTIVE_LEAD, COLLECTIVE_PROOF, COLLECTIVE_WITH,
)
from tuyengiao.pledges.demo_texts.common import _lower_first, _reword, _tidy, _Writer
from tuyengiao.pledges.demo_texts.commune import COMMUNE, LEADER, MASS
from tuyengiao.pledges.demo_texts.health import HEALTH
from tuyengiao.pledges.demo_texts.others import ENTERPRISE, GENERAL, PRESS
from tuyengiao.pledges.demo_texts.pools import _pools
from tuyengiao.pledges.demo_texts.school import TEACHER
from tuyengiao.pledges.demo_texts.security import POLICE, SOLDIER
from tuyengiao.pledges.demo_texts.steps import OCCASION_FAMILIES, PURPOSES, SCOPES, STEPS
from tuyengiao.pledges.demo_texts.units import _collective_kind, _unit_values
from tuyengiao.pledges.demo_texts.village_themes import VILLAGE, WARD
from tuyengiao.pledges.demo_texts.workplace import WORKPLACE, WORKPLACE_SHARE

THEME_SHARE = 0.66  # deeds taking up a key point of the year's theme
THEME_YEARS = (2023, 2024, 2025, 2026)

# the deed tables of each role (see ``units.role_of``)
ROLE_DEEDS = {
    "village": VILLAGE, "ward": WARD, "teacher": TEACHER, "health": HEALTH, "civil": CIVIL, "commune": COMMUNE,
    "finance": FINANCE, "leader": LEADER, "mass": MASS, "police": POLICE, "soldier": SOLDIER,
    "enterprise": ENTERPRISE, "press": PRESS, "general": GENERAL,
}


# -- composing a deed ------------------------------------------------------------------------------


def _theme_year(year: int) -> int:
    # as pledges.demo does: a year without its own theme gets the latest one
    return year if year in THEME_YEARS else max(THEME_YEARS)


def _steps(rng: random.Random, writer: "_Writer", key: str | None, has_colon: bool = False) -> str:
    pool = STEPS.get(key) if key else None
    if not pool:
        return ""
    count = rng.choices((0, 1, 2, 3), (5, 35, 42, 18))[0]
    if not count:
        return ""
    chosen = [writer.expand(step) for step in rng.sample(pool, count)]
    if count == 1:
        return ", " + chosen[0]
    last = " và " if rng.random() < 0.4 else ", "
    return (", " if has_colon else rng.choice((": ", ", "))) + ", ".join(chosen[:-1]) + last + chosen[-1]


_JOINT = ("Cùng", "Phối", "Giúp", "Gia")
# actions that open with their own frame take no lead-in ("Tôi ...", "Chi bộ lãnh đạo ...")
_FRAMED = ("Gần dân", "Gần gũi", "Giữ kỷ", "Sau sắp xếp", "Sau khi", "Xây dựng nông thôn mới:", "Gương mẫu",
           "Nêu gương", "Tại nơi cư trú", "Gia đình tôi", "Là ", "Bản thân", "Mỗi tháng", "Hằng tháng",
           "Nhận đỡ đầu", "Nhận chăm sóc")


def _compose(rng: random.Random, kind, pools: dict, values: dict, village_like: bool = False) -> dict:
    """One deed of ``kind``: an action (lead-in, wording, scope, steps, purpose, partner, record),
    its target, a time frame and the duty it serves, reworded at the end."""
    actions, targets, duties, timeframes, steps = kind
    writer = _Writer(rng, pools, values)
    if village_like and "headman" not in writer.values:
        home = writer.get("home")
        writer.values["headman"] = ("trưởng xóm" if home.startswith("xóm") else "tổ trưởng tổ dân phố"
                                    if home.startswith(("tổ", "khu")) else "trưởng thôn")
    index = rng.randrange(len(actions))
    # targets given per action (a tuple for each action) belong to it; otherwise any target fits any action
    chosen = targets[index] if isinstance(targets[0], tuple) else targets
    target_template = rng.choice(chosen)
    family = steps or pools["steps_key"][0]
    action = writer.expand(actions[index])
    joint = action.startswith(_JOINT)  # already says with whom: no "cùng ..." in front of it
    if "prefix" in pools and not joint and not action.startswith(_FRAMED):
        prefix = writer.expand(rng.choice(pools["prefix"]))
        if prefix:
            action = prefix + _lower_first(action)
            joint = True
    scope = pools.get("scope")
    if scope and family in OCCASION_FAMILIES and rng.random() < 0.4:
        action += ", " + writer.expand(rng.choice(SCOPES[scope[0]]))
    action += _steps(rng, writer, family, ":" in action)
    if family in PURPOSES and rng.random() < 0.45:
        action += ", " + writer.expand(rng.choice(PURPOSES[family]))
    occasion = writer.expand(rng.choice(pools["occasion"])) if family in OCCASION_FAMILIES else ""
    roll = rng.random() if len(action) < 300 else 1.0  # a long action takes no partner clause
    if occasion:
        action = f"{occasion}, {_lower_first(action)}"
        if roll < 0.3:
            action = f"{action}, {writer.expand(rng.choice(pools['with']))}"
    elif roll < 0.2 and not joint:
        action = f"{writer.expand(rng.choice(pools['with']))}, {_lower_first(action)}"
    elif roll < 0.38:
        action = f"{action}, {writer.expand(rng.choice(pools['with']))}"
    target = writer.expand(target_template)
    roll = rng.random() if len(action) < 340 else 0.4  # a long action keeps its record for the target
    if roll < 0.3:
        action = f"{action}; {writer.expand(rng.choice(pools['proof']))}"
    elif roll < 0.5:
        target = f"{target}; {writer.expand(rng.choice(pools['proof']))}"
    if "extra" in pools and rng.random() < 0.45:
        target = f"{target}, {writer.expand(rng.choice(pools['extra']))}"
    timeframe = writer.expand(rng.choice(timeframes or pools["tf"]))
    duty = writer.expand(rng.choice(duties))
    return {"action": _tidy(_reword(rng, action, 0.6)), "target": _tidy(_reword(rng, target, 0.4)),
            "timeframe": _tidy(timeframe), "duty": _tidy(duty)}


def _year_values(year: int) -> dict:
    return {"y": str(year), "y0": str(year - 1), "y1": str(year + 1), "grade_from": "6", "grade_to": "9"}


def concrete_deed(rng: random.Random, role: str, year: int, *, theme_year: int | None = None,
                  unit_name: str = "") -> dict:
    """One concrete deed of a member with this role: about two in three take up a key point of the
    theme of ``theme_year`` (default: ``year``), the others stay with the member's duties."""
    table = ROLE_DEEDS.get(role, GENERAL)
    key = _theme_year(theme_year or year)
    themed = table.get(key)
    if themed and rng.random() < THEME_SHARE:
        shared = WORKPLACE_SHARE.get(role, 0.0)
        kind = rng.choice(WORKPLACE[key] if rng.random() < shared else themed)
    else:
        kind = rng.choice(table["duty"])
    values = _year_values(year) | _unit_values(role, unit_name)
    return _compose(rng, kind, _pools(role), values, village_like=role in ("village", "ward"))


COLLECTIVE_REUSE = 0.6
_PERSONAL = re.compile(r"\b(tôi|Tôi|gia đình mình|nhà mình|Gia đình tôi)\b")
_COLLECTIVE_ROLE = {"village": "village", "ward": "ward", "commune": "commune", "school": "teacher", "health": "health",
                    "office": "civil", "enterprise": "enterprise", "police": "police", "military": "soldier",
                    "press": "press"}


def collective_deed(rng: random.Random, year: int, unit_name: str = "") -> dict:
    """One deed of a collective pledge; ``unit_name`` (the unit registering) picks what it is about."""
    kind_of_unit = _collective_kind(unit_name)
    role = _COLLECTIVE_ROLE.get(kind_of_unit, "general")
    key = _theme_year(year)
    values = _year_values(year) | _unit_values(role, unit_name)
    village_like = role in ("village", "ward")
    lead = COLLECTIVE_LEAD.get("village" if village_like else role)
    if lead and rng.random() < COLLECTIVE_REUSE:
        table = ROLE_DEEDS[role]
        kind = rng.choice(table[key] if rng.random() < THEME_SHARE else table["duty"])
        pools = {**_pools(role), "prefix": lead, "with": COLLECTIVE_WITH, "proof": COLLECTIVE_PROOF,
                 "extra": COLLECTIVE_EXTRA}
        for _ in range(4):  # a member's own deed ("Gia đình tôi ...") does not fit a unit
            deed = _compose(rng, kind, pools, values, village_like=village_like)
            if not _PERSONAL.search(deed["action"]):
                return deed
            kind = rng.choice(table["duty"])
    table = COLLECTIVE_DEEDS[kind_of_unit]
    themed = table.get(key)
    kind = rng.choice(themed) if themed and rng.random() < THEME_SHARE else rng.choice(table["duty"])
    pools = _pools(role, collective=True)
    if village_like:
        kind = kind[:4] + (kind[4] or "cell_lead",)
    return _compose(rng, kind, pools, values, village_like=village_like)
