"""The steps that fill the demo province, in order; each app can add its own.

An app adds demo data by defining ``<app>/demo.py`` with a registered step::

    from tuyengiao.demo.registry import demo_step

    @demo_step(order=100, label="Đăng ký làm theo Bác")
    def pledges(ctx):
        rng = ctx.rng                       # seeded for this step alone
        province = ctx.units["HN"]          # every unit created, by code
        cell = ctx.unit_of("chibo")         # the unit of a demo account
        ...
        ctx.log(f"{n} bản đăng ký")         # shown after the step's label and timing

The ``<app>.demo`` module of every installed app is imported on first use. Steps run in
``order`` (then name) inside one transaction. Orders used by the base steps:

* 10 units (``ctx.units``), 20 members (bulk-loaded), 30 accounts (``ctx.accounts``),
* 50 the merger of two communes on 1/7/2025 (cells move to the new commune),
* 100 and above: features (pledges, initiatives, activities ...). A feature that needs the
  pre-merger units as they were (e.g. data of 2024 on the old communes) may use 31-49.
"""

import datetime
import importlib
import importlib.util
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tuyengiao.core.actor import Actor


@dataclass(frozen=True)
class Size:
    """How big a demo province is. Counts are targets; the generator rounds them."""

    name: str
    districts: int  # district-level committees (Thành ủy, Thị ủy, Huyện ủy)
    communes: tuple[int, int]  # communes/wards/towns per district (min, max)
    district_agencies: int  # agency grassroots units under each district (health centre, school ...)
    bloc_agencies: int  # grassroots units of the provincial agencies and enterprises bloc
    military: int  # grassroots units of the provincial military party committee
    police: int  # grassroots units of the provincial police party committee
    cells: tuple[int, int]  # cells under a grassroots unit (min, max)
    members: int  # people in total


SIZES = {
    "small": Size("small", districts=2, communes=(3, 3), district_agencies=1, bloc_agencies=3, military=1,
                  police=1, cells=(2, 3), members=400),
    "default": Size("default", districts=6, communes=(13, 17), district_agencies=3, bloc_agencies=26,
                    military=5, police=6, cells=(4, 7), members=20_000),
    "large": Size("large", districts=30, communes=(38, 48), district_agencies=6, bloc_agencies=120,
                  military=24, police=36, cells=(4, 7), members=300_000),
}


@dataclass
class DemoContext:
    """What a step gets: randomness, size, what earlier steps created, and a way to report."""

    seed: int
    size: Size
    today: datetime.date
    actor: Actor = field(default_factory=lambda: Actor.system("command", "demo"))
    units: dict[str, Any] = field(default_factory=dict)  # code -> Unit, in creation order
    accounts: dict[str, Any] = field(default_factory=dict)  # username -> User
    account_units: dict[str, Any] = field(default_factory=dict)  # username -> Unit (None for admin)
    data: dict[str, Any] = field(default_factory=dict)  # anything steps share (profiles of units ...)
    rng: random.Random = field(default_factory=random.Random)  # replaced before each step
    messages: list[str] = field(default_factory=list)

    def rng_for(self, name: str) -> random.Random:
        """A generator seeded by the run's seed and ``name``: adding a step never changes another's data."""
        return random.Random(f"tuyengiao-demo:{self.seed}:{name}")

    def unit_of(self, username: str):
        return self.account_units.get(username)

    def log(self, message: str) -> None:
        self.messages.append(message)


@dataclass(frozen=True)
class Step:
    name: str
    order: int
    label: str
    function: Callable[[DemoContext], Any]


_steps: dict[str, Step] = {}
_discovered = False


def demo_step(order: int, name: str | None = None, label: str | None = None):
    """Register ``function(ctx)`` as a demo step. ``label`` is the Vietnamese progress line."""

    def register(function):
        step_name = name or f"{function.__module__}.{function.__name__}"
        _steps[step_name] = Step(step_name, order, label or step_name, function)
        return function

    return register


def autodiscover() -> None:
    """Import the ``demo`` module of every installed app (and the base steps)."""
    global _discovered
    if _discovered:
        return
    from django.apps import apps

    importlib.import_module("tuyengiao.demo.steps")
    for config in apps.get_app_configs():
        module = f"{config.name}.demo"
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)
    _discovered = True


def steps() -> list[Step]:
    autodiscover()
    return sorted(_steps.values(), key=lambda step: (step.order, step.name))
