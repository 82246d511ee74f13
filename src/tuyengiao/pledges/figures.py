"""The `pledges.*` figures of `tuyengiao stats`: the campaign of the year over a unit's subtree."""

from tuyengiao.core.figures import register
from tuyengiao.org.models import Unit
from tuyengiao.pledges import tracking


def _as_dict(counts: tracking.Counts) -> dict:
    data = counts.as_dict()
    data["submitted_rate"] = round(counts.submitted_rate, 4) if counts.submitted_rate is not None else None
    data["completion_rate"] = round(counts.completion_rate, 4) if counts.completion_rate is not None else None
    return data


def pledge_figures(unit: Unit | None, year: int | None) -> dict:
    """{"pledges": {"year", "individual": {...}, "collective": {...}}} or {} without a campaign."""
    roots = [unit] if unit is not None else list(Unit.objects.filter(parent__isnull=True))
    total = {kind: tracking.Counts() for kind in tracking.KINDS}
    found_year = None
    for root in roots:
        campaign = tracking.current_campaign(root, year)
        if campaign is None:
            continue
        found_year = campaign.year
        figures = tracking.compute(campaign, root)
        for kind in tracking.KINDS:
            total[kind].add(figures.total[kind])
    if found_year is None:
        return {}
    return {"pledges": {"year": found_year, **{kind: _as_dict(total[kind]) for kind in tracking.KINDS}}}


def pledge_figures_by_child(unit: Unit, year: int | None) -> dict[str, dict]:
    """The same figures for every direct child, from one computation over the parent."""
    campaign = tracking.current_campaign(unit, year)
    if campaign is None:
        return {}
    figures = tracking.compute(campaign, unit)
    return {
        child.code: {"pledges": {"year": campaign.year, **{k: _as_dict(counts[k]) for k in tracking.KINDS}}}
        for child, counts in figures.children
    }


register("pledges", pledge_figures, by_child=pledge_figures_by_child, order=100)
