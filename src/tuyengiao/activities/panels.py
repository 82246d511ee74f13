"""The unit page's activity section: this year's figures of the unit's subtree, with links."""

import datetime

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from tuyengiao.activities.figures import period_figures
from tuyengiao.activities.registers.conferences import rate_text
from tuyengiao.core.panels import unit_panel


@unit_panel(order=200)
def activities(request, scope, unit) -> str:
    # Subtree figures only for those who read the whole subtree (a clerk reads their unit alone).
    if not scope.reads_subtree(unit):
        return ""
    year = timezone.localdate().year
    if request.GET.get("nam", "").isdigit():
        year = int(request.GET["nam"])
    figures = period_figures(unit, datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    conferences = figures["conferences"]
    query = f"?unit={unit.code}&year={year}"
    return render_to_string("activities/_unit_panel.html", {
        "unit": unit, "year": year, "f": figures, "query": query,
        "rate": rate_text(conferences["attendees"], conferences["expected"]),
        "overview_url": reverse("activities:overview") + f"?unit={unit.code}&year={year}",
    }, request=request)
