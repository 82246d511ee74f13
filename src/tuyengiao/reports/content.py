"""What a generated report says: every figure of a unit's subtree for a period, gathered once.

The numbers come from the figure providers (``core.figures.collect``, the keys of `tuyengiao
stats`), the registration tracking (``pledges.tracking``: the campaign, who is still missing),
the activity registers for exactly the period (``activities.figures.period_figures``), and the
report submissions of this app. Nothing is counted here: the .docx, the .xlsx and the page all read this one ``Report``.
The numbers stay numbers; the template formats them (filters in ``reports.render``), so that the
wording, which commissions edit in Word, owns the style too.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from tuyengiao.activities.figures import period_figures
from tuyengiao.core.figure_labels import flatten, labeller
from tuyengiao.core.figures import collect
from tuyengiao.org.models import Unit
from tuyengiao.pledges import tracking
from tuyengiao.reports import naming, submissions
from tuyengiao.reports.periods import Period

# Sections of `collect` the report writes out in its own words; any other provider's section
# (initiatives ...) is listed with the provider's own Vietnamese title and labels.
OWN_SECTIONS = {"unit", "year", "as_at", "units", "members", "pledges", "flags", "reports", "children"}
# Missing people named one by one in the document; above this the list points to the .xlsx.
MAX_NAMED_PEOPLE = 2000


@dataclass
class Options:
    """What the person generating a report may set; the defaults come from the unit."""

    number: str = ""  # "15" of "Số 15-BC/ĐUK"; blank leaves room to write it by hand
    symbol: str = ""
    place: str = ""
    date: datetime.date | None = None  # None: "ngày ... tháng ... năm ..." left to fill in
    signer_title: str = "BÍ THƯ"
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)


@dataclass
class Report:
    unit: Unit
    period: Period
    options: Options
    figures: dict
    campaign: object | None
    missing_units: list[Unit]
    missing_people: list[dict]  # [{"unit": Unit, "members": [Member, ...]}]
    activities: dict
    submissions: dict | None

    @property
    def missing_people_count(self) -> int:
        return sum(len(group["members"]) for group in self.missing_people)


def build(unit: Unit, period: Period, options: Options | None = None) -> Report:
    options = options or Options()
    figures = collect(unit, period.year, by_child=True)
    campaign = tracking.current_campaign(unit, period.year)
    if campaign is not None and campaign.year != period.year:
        campaign = None
    missing_units, missing_people = [], []
    if campaign is not None:
        for owing, entry in tracking.overdue(campaign, unit).items():
            if entry["unit"]:
                missing_units.append(owing)
            if entry["members"]:
                missing_people.append({"unit": owing, "members": entry["members"]})
    return Report(unit=unit, period=period, options=options, figures=figures, campaign=campaign,
                  missing_units=missing_units, missing_people=missing_people,
                  activities=period_figures(unit, period.start, period.end),
                  submissions=submissions.summary(unit, period))


def _extra_sections(figures: dict, skip=()) -> list[dict]:
    """Sections of other providers as {"title", "lines": [(label, value)]}, labelled by the provider;
    ``skip``: sections the report already states for its exact period (the activity registers)."""
    sections = []
    for name, values in figures.items():
        if name in OWN_SECTIONS or name in skip or not isinstance(values, dict):
            continue
        label = labeller(name)
        lines = [{"label": label(path), "value": value, "rate": path.endswith("_rate")}
                 for path, value in flatten(values) if not path.endswith("year")]
        if not any(line["value"] for line in lines):
            continue  # nothing happened in this register: no line of zeros in the report
        sections.append({"title": label.title, "lines": lines})
    return sections


def _activity_lists(activities: dict) -> dict:
    """The activity figures that read as lists in a report ("08 Kế hoạch; 04 Chương trình ..."),
    labelled by the activities app's own providers, zeros left out."""
    documents, outreach = labeller("documents"), labeller("outreach")
    classes, awards = labeller("classes"), labeller("awards")
    by_type = (activities.get("documents") or {}).get("by_type") or {}
    kinds = (activities.get("outreach") or {}).get("by_kind") or {}
    prizes = (activities.get("outreach") or {}).get("prizes") or {}
    return {
        "documents": [{"label": documents(key), "n": n} for key, n in by_type.items() if n],
        "outreach": [{"label": outreach(key), **values} for key, values in kinds.items()
                     if values.get("count") or values.get("quantity")],
        "prizes": [{"label": outreach(key), "n": n} for key, n in prizes.items() if n],
        "classes": [{"label": classes(key), **values} for key, values in
                    ((activities.get("classes") or {}).get("by_kind") or {}).items() if values.get("held")],
        "awards": [{"label": awards(key), **values} for key, values in
                   ((activities.get("awards") or {}).get("by_level") or {}).items()
                   if values.get("collectives") or values.get("individuals")],
    }


def _pledge_row(figures: dict) -> dict:
    pledges = figures.get("pledges") or {}
    empty = {"expected": 0, "submitted": 0, "on_time": 0, "late": 0, "missing": 0, "deeds": 0,
             "completed_deeds": 0, "assessed_deeds": 0, "submitted_rate": None, "completion_rate": None}
    return {kind: pledges.get(kind) or dict(empty) for kind in ("collective", "individual")}


def _completion(row: dict) -> float | None:
    """Completed over registered deeds (``pledges.*.completion_rate``), none before any assessment."""
    if not row["collective"]["assessed_deeds"] + row["individual"]["assessed_deeds"]:
        return None
    deeds = row["collective"]["deeds"] + row["individual"]["deeds"]
    done = row["collective"]["completed_deeds"] + row["individual"]["completed_deeds"]
    return done / deeds if deeds else None


def context(report: Report) -> dict:
    """The template's variables (docs/reports.md lists them)."""
    unit, period, options, figures = report.unit, report.period, report.options, report.figures
    today = timezone.localdate()
    parent_name = unit.parent.name if unit.parent_id else ""
    doc = {
        "superior_body": naming.superior_body(unit),
        "issuing_body": naming.upper(unit.name),
        "number": options.number,
        "symbol": options.symbol or naming.symbol(unit),
        "place": options.place or naming.place(unit),
        "date": options.date,
        "signing_body": naming.signing_body(unit),
        "signer_title": options.signer_title,
        "signer_name": options.signer_name,
        "recipients": options.recipients or [
            *([f"{parent_name} (để báo cáo)"] if parent_name else []),
            "Các đồng chí ủy viên Ban Thường vụ", "Các đơn vị trực thuộc",
        ],
        "generated": today,
    }
    units, members = figures.get("units", {}), figures.get("members", {})
    pledges = None
    if report.campaign is not None and figures.get("pledges"):
        row = _pledge_row(figures)
        pledges = {**row, "year": report.campaign.year, "deadline": report.campaign.registration_deadline,
                   "completion_rate": _completion(row),
                   "deeds": row["collective"]["deeds"] + row["individual"]["deeds"],
                   "completed_deeds": row["collective"]["completed_deeds"] + row["individual"]["completed_deeds"]}
    children = []
    for number, child in enumerate((figures.get("children") or {}).values(), start=1):
        row = _pledge_row(child)
        children.append({"stt": number, "name": child["unit"]["name"], "code": child["unit"]["code"], **row,
                         "completion_rate": _completion(row),
                         "party": child.get("members", {}).get("by_category", {}).get("party", 0)})
    total = pledges or _pledge_row({})
    return {
        "doc": doc,
        "period": {"code": period.code, "label": period.label, "review": period.review, "annual": period.is_annual,
                   "next_label": period.next_label, "year": period.year, "start": period.start, "end": period.end},
        "unit": {"name": unit.name, "code": unit.code, "organisation": naming.organisation_name(unit),
                 "parent": parent_name},
        "units": units, "members": members,
        "grassroots": units.get("by_tier", {}).get("grassroots", 0),
        "cells": units.get("by_tier", {}).get("cell", 0),
        "party_members": members.get("by_category", {}).get("party", 0),
        "pledges": pledges,
        "flags": figures.get("flags"),
        "activities": report.activities,
        "activity_lists": _activity_lists(report.activities),
        "submissions": report.submissions,
        "extra": _extra_sections(figures, skip=set(report.activities)),
        "children": children,
        "total": {"name": "Tổng cộng", **total, "completion_rate": _completion(total) if pledges else None,
                  "party": members.get("by_category", {}).get("party", 0)},
        "missing_units": [u.name for u in report.missing_units],
        "missing_people": [
            {"unit": group["unit"].name, "count": len(group["members"]),
             "names": [m.full_name for m in group["members"]]}
            for group in _named(report.missing_people)
        ],
        "missing_people_count": report.missing_people_count,
        "missing_people_named": min(report.missing_people_count, MAX_NAMED_PEOPLE),
    }


def _named(groups: list[dict]) -> list[dict]:
    """The groups of missing people, cut at MAX_NAMED_PEOPLE names in all."""
    left, result = MAX_NAMED_PEOPLE, []
    for group in groups:
        if left <= 0:
            break
        result.append({"unit": group["unit"], "members": group["members"][:left]})
        left -= len(group["members"])
    return result
