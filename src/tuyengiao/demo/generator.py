"""Fill an empty database with the demo province: every registered step, in order, in one transaction.

    from tuyengiao.demo.generator import generate
    ctx = generate("small", seed=5)          # needs settings.DEMO_MODE (the accounts have password "demo")

Same size and seed, same data: unit codes, names, members and texts are drawn from random
generators seeded per step (see registry.DemoContext.rng_for).
"""

import time
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from tuyengiao.demo.registry import SIZES, DemoContext, Step, steps

DEFAULT_SEED = 5  # Chỉ thị 05-CT/TW

Progress = Callable[[Step, float, list[str]], None]


def generate(size: str = "default", seed: int = DEFAULT_SEED, *, today=None,
             progress: Progress | None = None) -> DemoContext:
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}")
    ctx = DemoContext(seed=seed, size=SIZES[size], today=today or timezone.localdate())
    with transaction.atomic():
        for step in steps():
            ctx.rng = ctx.rng_for(step.name)
            ctx.messages = []
            started = time.perf_counter()
            step.function(ctx)
            if progress is not None:
                progress(step, time.perf_counter() - started, ctx.messages)
    return ctx


def account_rows() -> list[dict]:
    """The demo accounts as they are in the database: username, role, unit, person."""
    from tuyengiao.accounts.models import Role
    from tuyengiao.demo.accounts import ACCOUNTS

    User = get_user_model()
    users = {u.username: u for u in User.objects.filter(username__in=[a[0] for a in ACCOUNTS])}
    rows = []
    for username, role, _, description in ACCOUNTS:
        user = users.get(username)
        if user is None:
            continue
        assignment = user.roles.select_related("unit").first()
        member = user.member_records.select_related("unit").first()
        if assignment is not None:
            role_label = Role(assignment.role).label
            unit = assignment.unit
        else:
            role_label, unit = "Đảng viên (bản đăng ký của mình)", member.unit if member else None
        rows.append({
            "username": username,
            "role": role_label,
            "unit": f"{unit.name} ({unit.code})" if unit else "Toàn hệ thống",
            "person": user.get_full_name() or description,
        })
    return rows
