import datetime
import random

import pytest

from tuyengiao.pledges import tracking
from tuyengiao.pledges.demo import generate
from tuyengiao.pledges.models import Campaign, Pledge

pytestmark = pytest.mark.django_db


def test_demo_pledges_cover_four_years_with_past_ones_closed(tree):
    counts = generate(random.Random(5), today=datetime.date(2026, 11, 24))
    assert sorted(counts) == [2023, 2024, 2025, 2026]
    assert Pledge.objects.count() == sum(counts.values())
    assert list(Campaign.objects.filter(closed_at__isnull=True).values_list("year", flat=True)) == [2026]
    past = tracking.compute(Campaign.objects.get(year=2024), tree.province).total["individual"]
    assert past.expected == 2 and past.submitted <= 2
    from tuyengiao.pledges.models import Deed

    assessed = Deed.objects.filter(pledge__campaign__year__lt=2026, pledge__state="accepted")
    assert assessed.exists() and not assessed.filter(result="").exists()
    assert not Deed.objects.filter(pledge__campaign__year=2026).exclude(result="").exists()
