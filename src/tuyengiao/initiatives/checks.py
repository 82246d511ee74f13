"""Formalism flags on initiatives, through the pledges' screening engine.

* ``copied``: the name and description are a near-duplicate of another unit's initiative (same year
  or earlier) or of one of the unit's own earlier initiatives. The engine compares texts as it does
  pledges: an initiative is a record whose owner is its unit (a merged-away unit: its successor).
  An adoption is meant to repeat its original: the original and its adoptions never flag each other.
* ``overlap``: the initiative merely repeats the unit's collective pledge of the same year.
* ``name_only``: no dossier item ``INITIATIVE_NAME_ONLY_DAYS`` days after registration.

One initiative is screened when it is saved (band keys stored, candidates found by one indexed
lookup); all of them by ``screen_all`` (the demo, and the daily ``screen-initiatives`` command that
also catches initiatives whose grace period has just ended).
"""

import dataclasses
import datetime
from collections import defaultdict

from django.conf import settings as django_settings
from django.db.models import Count, Exists, OuterRef
from django.utils import timezone

from tuyengiao.core.formats import vn_date
from tuyengiao.flags import engine
from tuyengiao.initiatives.models import DossierItem, Initiative, InitiativeBandKey, InitiativeFlag
from tuyengiao.pledges.models import Campaign, OwnerKind, Pledge
from tuyengiao.screening import records
from tuyengiao.screening.batch import BatchScreener
from tuyengiao.screening.records import plain
from tuyengiao.screening.single import screen_pledge
from tuyengiao.screening.sketch import band_keys

CANDIDATE_LIMIT = 100
COLUMNS = ("id", "name", "description", "unit_id", "year", "adopted_from_id")


def name_only_days() -> int:
    return int(getattr(django_settings, "INITIATIVE_NAME_ONLY_DAYS", 90))


def text_of(name: str, description: str) -> str:
    """Name and description as one line: the engine would otherwise take each line for a deed."""
    return " ".join(f"{name}. {description}".split())


def _record(row: dict, owners: engine.Owners) -> records.Pledge:
    unit = owners.unit(row["unit_id"])
    return records.Pledge(id=row["id"], owner=unit, kind=records.INDIVIDUAL, unit=unit, year=row["year"],
                          text=text_of(row["name"], row["description"]))


def _family(row: dict) -> int:
    return row["adopted_from_id"] or row["id"]


def _campaign(year: int) -> records.Campaign:
    # Only copy flags are kept: the theme does not matter, and an empty one compiles fastest.
    return records.Campaign(year=year, theme="")


# -- flags as stored rows ----------------------------------------------------------------------


def _copy_flag(flag: records.Flag, rows: dict[int, dict], units: dict[int, str]) -> tuple | None:
    match = flag.evidence.get("match") or {}
    other = rows.get(match.get("id"))
    if other is None:
        return None
    similarity = float(flag.evidence.get("similarity", flag.score))
    percent = f"{round(100 * similarity)}%"
    where = units.get(other["unit_id"], "")
    if flag.code == "copied_past":
        message = (f"Tên và nội dung gần trùng ({percent}) với mô hình “{other['name']}” năm {other['year']} của "
                   "chính đơn vị: có dấu hiệu đăng ký lại mô hình cũ, sao chép từ năm trước.")
    else:
        message = (f"Tên và nội dung gần trùng ({percent}) với mô hình “{other['name']}” của {where} "
                   f"(năm {other['year']}): có dấu hiệu sao chép mô hình của đơn vị khác.")
    evidence = {"kind": "past" if flag.code == "copied_past" else "peer", "similarity": round(similarity, 4),
                "text": flag.evidence.get("text", ""),
                "match": {"id": other["id"], "name": other["name"], "unit": where, "year": other["year"],
                          "text": text_of(other["name"], other["description"])}}
    return ("copied", round(similarity, 4), message, evidence, other["id"])


def _overlap_flag(flag: records.Flag, year: int) -> tuple:
    share = max(float(flag.evidence.get("containment", 0)), float(flag.evidence.get("deed_share") or 0))
    match = flag.evidence.get("match") or {}
    message = (f"{round(100 * share)}% nội dung mô hình có trong bản đăng ký tập thể năm {year} của đơn vị: "
               "mô hình chỉ lặp lại việc đã đăng ký, chưa phải cách làm riêng.")
    evidence = {"similarity": round(share, 4), "text": flag.evidence.get("text", ""),
                "match": {"pledge": match.get("id"), "year": year, "text": match.get("text", "")}}
    return ("overlap", round(share, 4), message, evidence, None)


def _convert(found: list[records.Flag], row: dict, rows: dict[int, dict], units: dict[int, str]) -> list[tuple]:
    """Engine flags -> (code, score, message, evidence, matched id); text flags are for pledges only."""
    result: dict[str, tuple] = {}
    for flag in found:
        if flag.code in ("copied_past", "copied_peer"):
            match_id = (flag.evidence.get("match") or {}).get("id")
            other = rows.get(match_id)
            if other is None or _family(other) == _family(row):
                continue
            converted = _copy_flag(flag, rows, units)
            if converted and ("copied" not in result or converted[1] > result["copied"][1]):
                result["copied"] = converted
        elif flag.code == "overlap":
            result["overlap"] = _overlap_flag(flag, row["year"])
    return list(result.values())


def _name_only(initiative_ids: list[int] | None, today: datetime.date) -> dict[int, tuple]:
    days = name_only_days()
    late = Initiative.objects.filter(registered_on__lte=today - datetime.timedelta(days=days)).exclude(
        Exists(DossierItem.objects.filter(initiative=OuterRef("pk"))))
    if initiative_ids is not None:
        late = late.filter(pk__in=initiative_ids)
    found = {}
    for pk, registered_on in late.values_list("id", "registered_on"):
        message = (f"Đăng ký ngày {vn_date(registered_on)}, đã quá {days} ngày nhưng hồ sơ chưa có tài liệu nào "
                   "(kế hoạch, quyết định, báo cáo kết quả...): mô hình chỉ có tên, không có hồ sơ.")
        found[pk] = ("name_only", 1.0, message, {"registered_on": registered_on.isoformat(), "days": days}, None)
    return found


def store(found: dict[int, list[tuple]], now, codes=("copied", "overlap", "name_only")) -> None:
    """Replace the flags of ``codes`` of these initiatives; dismissed ones keep their status."""
    ids = list(found)
    InitiativeFlag.objects.filter(initiative_id__in=ids, code__in=codes, status=InitiativeFlag.State.OPEN).delete()
    kept = {(f.initiative_id, f.code): f for f in
            InitiativeFlag.objects.filter(initiative_id__in=ids, code__in=codes)}
    new, refreshed = [], []
    for pk, flags in found.items():
        for code, score, message, evidence, matched in flags:
            values = dict(score=score, message=message, evidence=plain(evidence), matched_initiative_id=matched,
                          current=True, screened_at=now)
            row = kept.pop((pk, code), None)
            if row is None:
                new.append(InitiativeFlag(initiative_id=pk, code=code, **values))
            else:
                for name, value in values.items():
                    setattr(row, name, value)
                refreshed.append(row)
    for row in kept.values():  # dismissed, and no longer raised
        row.current = False
        refreshed.append(row)
    InitiativeFlag.objects.bulk_create(new, batch_size=2000)
    InitiativeFlag.objects.bulk_update(refreshed, ["score", "message", "evidence", "matched_initiative", "current",
                                                   "screened_at"], batch_size=2000)


def _unit_labels(unit_ids) -> dict[int, str]:
    from tuyengiao.org.models import Unit

    return dict(Unit.objects.filter(pk__in=set(unit_ids)).values_list("id", "name"))


# -- one initiative ----------------------------------------------------------------------------


def screen_initiative(initiative: Initiative, now=None) -> list[InitiativeFlag]:
    """Screen one saved initiative against all others; store its band keys and flags.

    Called inside the service that saved it (same transaction)."""
    now = now or timezone.now()
    owners = engine.Owners()
    params = engine.settings()
    row = Initiative.objects.filter(pk=initiative.pk).values(*COLUMNS).get()
    subject = _record(row, owners)
    keys = band_keys(subject.text, params.lsh)
    InitiativeBandKey.objects.filter(initiative_id=row["id"]).delete()
    InitiativeBandKey.objects.bulk_create(InitiativeBandKey(initiative_id=row["id"], key=key) for key in keys)
    family = _family(row)
    others = (Initiative.objects.exclude(pk=family).exclude(adopted_from_id=family).exclude(pk=row["id"])
              .filter(year__lte=row["year"]))
    shared = (InitiativeBandKey.objects.filter(key__in=keys, initiative__in=others).values("initiative_id")
              .annotate(shared=Count("id")).order_by("-shared", "-initiative_id")[:CANDIDATE_LIMIT])
    ids = {item["initiative_id"] for item in shared}
    units = owners.unit_family(row["unit_id"])
    ids.update(others.filter(unit_id__in=units, year__lt=row["year"]).values_list("id", flat=True))
    rows = {r["id"]: r for r in Initiative.objects.filter(pk__in=ids).values(*COLUMNS)}
    unit_pledge = None
    pledge_id = (Pledge.objects.filter(owner_kind=OwnerKind.COLLECTIVE, unit_id__in=units, campaign__year=row["year"])
                 .values_list("id", flat=True).first())
    if pledge_id is not None:
        found = next(iter(owners.records_of(Pledge.objects.filter(pk=pledge_id))), None)
        # Pledge and initiative ids may coincide: the engine would take them for the same text.
        unit_pledge = dataclasses.replace(found, id=f"p{pledge_id}") if found is not None else None
    candidates = [_record(r, owners) for r in rows.values()]
    found = screen_pledge(subject, _campaign(row["year"]), candidates, unit_pledge, params)
    flags = _convert(found, row, rows, _unit_labels(r["unit_id"] for r in rows.values()))
    name_only = _name_only([row["id"]], timezone.localdate())
    flags += [name_only[row["id"]]] if row["id"] in name_only else []
    store({row["id"]: flags}, now)
    return list(InitiativeFlag.objects.filter(initiative_id=row["id"], current=True))


def refresh_name_only(initiative_ids: list[int] | None = None, now=None) -> int:
    """Only the ``name_only`` flags (after an upload, or daily): a few indexed queries."""
    now = now or timezone.now()
    if initiative_ids is None:
        initiative_ids = list(Initiative.objects.values_list("id", flat=True))
    found = _name_only(initiative_ids, timezone.localdate())
    store({pk: ([found[pk]] if pk in found else []) for pk in initiative_ids}, now, codes=("name_only",))
    return len(found)


# -- all of them -------------------------------------------------------------------------------


def screen_all(now=None, progress=None) -> dict:
    """Every initiative, year by year (each against all earlier ones and the same year's), in batch."""
    now = now or timezone.now()
    progress = progress or (lambda year: None)
    owners = engine.Owners()
    params = engine.settings()
    rows = {r["id"]: r for r in Initiative.objects.order_by("id").values(*COLUMNS)}
    all_records = [_record(r, owners) for r in rows.values()]
    units = _unit_labels(r["unit_id"] for r in rows.values())
    found: dict[int, list[tuple]] = {pk: [] for pk in rows}
    years = sorted({r["year"] for r in rows.values()})
    keys_of = None
    for year in years:
        screener = BatchScreener(_campaign(year), params)
        screener.add([r for r in all_records if r.year <= year])
        screener.add(_unit_pledges(year, {owners.unit(r["unit_id"]) for r in rows.values() if r["year"] == year},
                                   owners))
        for pk, flags in screener.finish().flags:
            if pk in rows:
                found[pk] = _convert(flags, rows[pk], rows, units)
        if year == years[-1]:
            keys_of = screener.band_keys()
        progress(year)
    for pk, flag in _name_only(None, timezone.localdate()).items():
        found[pk].append(flag)
    InitiativeBandKey.objects.all().delete()
    if keys_of is not None:
        ids, matrix = keys_of
        InitiativeBandKey.objects.bulk_create(
            (InitiativeBandKey(initiative_id=pk, key=int(key)) for pk, keys in zip(ids, matrix.tolist())
             if pk in rows for key in keys), batch_size=5000)
    store(found, now)
    counts: dict[str, int] = defaultdict(int)
    for flags in found.values():
        for flag in flags:
            counts[flag[0]] += 1
    return {"initiatives": len(rows), "flags": dict(counts)}


def _unit_pledges(year: int, units: set[int], owners: engine.Owners) -> list[records.Pledge]:
    """The collective pledges of ``year`` of these (final) units, for ``overlap``; their ids are
    strings, so that they never pass for an initiative."""
    campaigns = Campaign.objects.filter(year=year)
    family = {pred for pred, succ in owners.lineage.final.items() if succ in units} | units
    pledges = Pledge.objects.filter(campaign__in=campaigns, owner_kind=OwnerKind.COLLECTIVE, unit_id__in=family)
    return [records.Pledge(id=f"p{p.id}", owner=("pledge", p.unit), kind=records.COLLECTIVE, unit=p.unit,
                           year=year, text=p.text) for p in owners.records_of(pledges)]
