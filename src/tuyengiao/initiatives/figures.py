"""The `initiatives.*` figures of `tuyengiao stats`, the registry and the unit pages.

Counted on the initiatives registered by the date (31/12 of the year, or today) in a unit's subtree,
each under its own unit (a unit merged away: its successor); one GROUP BY per call. Status, dossier
and evaluations are taken as they were on that date; ``name_only`` counts the open flags of today.
"""

import datetime

from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.utils import timezone

from tuyengiao.core.figures import Rollup, as_at, children_of, register
from tuyengiao.initiatives.models import (RUNNING, TYPICAL, DossierItem, Evaluation, Initiative, InitiativeFlag,
                                          InitiativeYear, StatusChange)
from tuyengiao.org.models import Unit

KEYS = ("total", "active", "maintained", "with_dossier", "name_only", "evaluated", "typical", "adoptions")


def counted(on: datetime.date, year: int | None):
    """Initiatives registered by ``on``, annotated with what the figures count."""
    end = timezone.make_aware(datetime.datetime.combine(on + datetime.timedelta(days=1), datetime.time()))
    if year is None:
        status = F("status")
    else:
        status = Subquery(StatusChange.objects.filter(initiative=OuterRef("pk"), date__lte=on)
                          .order_by("-date", "-id").values("status")[:1])
    return Initiative.objects.filter(registered_on__lte=on).annotate(
        status_then=status,
        has_dossier=Exists(DossierItem.objects.filter(initiative=OuterRef("pk"), uploaded_at__lt=end)),
        was_evaluated=Exists(Evaluation.objects.filter(initiative=OuterRef("pk"), date__lte=on)),
        kept=Exists(InitiativeYear.objects.filter(initiative=OuterRef("pk"), year=on.year, maintained=True)),
        bare=Exists(InitiativeFlag.objects.filter(initiative=OuterRef("pk"), code="name_only", current=True,
                                                  status=InitiativeFlag.State.OPEN)),
    )


AGGREGATES = {
    "total": Count("id"),
    "active": Count("id", filter=Q(status_then__in=RUNNING)),
    "maintained": Count("id", filter=Q(kept=True, status_then__in=RUNNING)),
    "with_dossier": Count("id", filter=Q(has_dossier=True)),
    "name_only": Count("id", filter=Q(bare=True)),
    "evaluated": Count("id", filter=Q(was_evaluated=True)),
    "typical": Count("id", filter=Q(status_then__in=TYPICAL)),
    "adoptions": Count("id", filter=Q(adopted_from__isnull=False)),
}


def buckets(unit: Unit | None, year: int | None) -> dict[str, dict[str, int]]:
    """{bucket path ("" for the unit's own rows): {key: n}}."""
    on = as_at(year)
    found = Rollup(unit).count(counted(on, year), path="unit__path", unit_id="unit_id", **AGGREGATES)
    return {bucket: _sum(groups.values()) for bucket, groups in found.items()}


def _sum(cells) -> dict[str, int]:
    total = {key: 0 for key in KEYS}
    for cell in cells:
        for key in KEYS:
            total[key] += cell.get(key, 0)
    return total


def initiative_figures(unit: Unit | None, year: int | None) -> dict:
    return {"initiatives": _sum(buckets(unit, year).values())}


def initiative_figures_by_child(unit: Unit, year: int | None) -> dict[str, dict]:
    found = buckets(unit, year)
    return {child.code: {"initiatives": _sum([found[child.path]] if child.path in found else [])}
            for child in children_of(unit, as_at(year), found)}


LABELS = {
    "total": "mô hình đã đăng ký", "active": "đang thực hiện", "maintained": "duy trì trong năm",
    "with_dossier": "có hồ sơ", "name_only": "chỉ có tên, không có hồ sơ", "evaluated": "đã được đánh giá",
    "typical": "tiêu biểu", "adoptions": "nhân rộng từ mô hình khác",
}
register("initiatives", initiative_figures, by_child=initiative_figures_by_child, order=120,
         title="Mô hình học tập và làm theo Bác", labels=LABELS)
