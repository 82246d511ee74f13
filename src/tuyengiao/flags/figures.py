"""The `flags.*` figures of `tuyengiao stats` and of the screening page: open flags per code over a
unit's subtree, for the campaign of the year, counted on submitted pledges.

A pledge counts under the unit it was written in (a unit merged away: its successor). ``clean`` is
the number of submitted pledges with no open flag, ``clean_share`` its share of ``pledges``.
"""

from dataclasses import dataclass, field

from django.db.models import Count

from tuyengiao.core.figures import Rollup, as_at, children_of, register
from tuyengiao.flags.models import Flag
from tuyengiao.org.models import Unit
from tuyengiao.pledges import tracking
from tuyengiao.pledges.models import Campaign, Pledge
from tuyengiao.screening.records import CODES


@dataclass
class FlagCounts:
    pledges: int = 0
    flagged: int = 0
    dismissed: int = 0
    codes: dict[str, int] = field(default_factory=lambda: {code: 0 for code in CODES})

    @property
    def clean(self) -> int:
        return self.pledges - self.flagged

    @property
    def clean_share(self) -> float | None:
        return self.clean / self.pledges if self.pledges else None

    def add(self, other: "FlagCounts") -> None:
        self.pledges += other.pledges
        self.flagged += other.flagged
        self.dismissed += other.dismissed
        for code, n in other.codes.items():
            self.codes[code] += n

    def as_dict(self, year: int) -> dict:
        share = self.clean_share
        return {"year": year, "pledges": self.pledges, "flagged": self.flagged, "clean": self.clean,
                "clean_share": round(share, 4) if share is not None else None, "dismissed": self.dismissed,
                **self.codes}


def submitted(campaign: Campaign):
    return Pledge.objects.filter(campaign=campaign, first_submitted_at__isnull=False)


def open_flags(campaign: Campaign):
    return Flag.objects.filter(pledge__campaign=campaign, pledge__first_submitted_at__isnull=False,
                               current=True, status=Flag.Status.OPEN)


def buckets(campaign: Campaign, root: Unit | None) -> dict[str, FlagCounts]:
    """{bucket path ("" for the root's own rows): counts}, four GROUP BYs whatever the subtree."""
    rollup = Rollup(root)
    result: dict[str, FlagCounts] = {}

    def counts(bucket: str) -> FlagCounts:
        return result.setdefault(bucket, FlagCounts())

    pledges = submitted(campaign)
    for bucket, groups in rollup.count(pledges, path="unit__path", unit_id="unit_id", n=Count("id")).items():
        counts(bucket).pledges += sum(cell["n"] for cell in groups.values())
    flagged = pledges.filter(id__in=open_flags(campaign).values("pledge_id"))
    for bucket, groups in rollup.count(flagged, path="unit__path", unit_id="unit_id", n=Count("id")).items():
        counts(bucket).flagged += sum(cell["n"] for cell in groups.values())
    per_code = rollup.count(open_flags(campaign), path="pledge__unit__path", unit_id="pledge__unit_id",
                            group=["code"], n=Count("id"))
    for bucket, groups in per_code.items():
        for (code,), cell in groups.items():
            counts(bucket).codes[code] = counts(bucket).codes.get(code, 0) + cell["n"]
    dismissed = Flag.objects.filter(pledge__campaign=campaign, pledge__first_submitted_at__isnull=False,
                                    status=Flag.Status.DISMISSED)
    for bucket, groups in rollup.count(dismissed, path="pledge__unit__path", unit_id="pledge__unit_id",
                                       n=Count("id")).items():
        counts(bucket).dismissed += sum(cell["n"] for cell in groups.values())
    return result


def total(found: dict[str, FlagCounts]) -> FlagCounts:
    counts = FlagCounts()
    for part in found.values():
        counts.add(part)
    return counts


def by_child(campaign: Campaign, root: Unit, found: dict[str, FlagCounts] | None = None) -> list[tuple[Unit, FlagCounts]]:
    """Counts per direct child of ``root``; ``found``: its ``buckets`` if the caller has them already."""
    found = buckets(campaign, root) if found is None else found
    children = children_of(root, as_at(campaign.year), found)
    return [(child, found.get(child.path, FlagCounts())) for child in children]


def flag_figures(unit: Unit | None, year: int | None) -> dict:
    roots = [unit] if unit is not None else list(Unit.objects.filter(parent__isnull=True))
    counts, found_year = FlagCounts(), None
    for root in roots:
        campaign = tracking.current_campaign(root, year)
        if campaign is None:
            continue
        found_year = campaign.year
        counts.add(total(buckets(campaign, root)))
    return {} if found_year is None else {"flags": counts.as_dict(found_year)}


def flag_figures_by_child(unit: Unit, year: int | None) -> dict[str, dict]:
    campaign = tracking.current_campaign(unit, year)
    if campaign is None:
        return {}
    return {child.code: {"flags": counts.as_dict(campaign.year)} for child, counts in by_child(campaign, unit)}


register("flags", flag_figures, by_child=flag_figures_by_child, order=110, title="Cảnh báo bệnh hình thức", labels={
    "pledges": "bản đăng ký đã gửi", "flagged": "có cảnh báo chưa xử lý", "clean": "không có cảnh báo",
    "clean_share": "tỷ lệ không có cảnh báo", "dismissed": "cảnh báo đã bỏ qua",
    "too_long": "quá dài", "vague": "chung chung", "off_theme": "không gắn chuyên đề",
    "off_duty": "không sát chức trách", "copied_past": "sao chép năm trước", "copied_peer": "trùng với người khác",
    "overlap": "lặp lại bản tập thể",
})
