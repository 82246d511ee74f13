"""Screening pledges and keeping their flags: one pledge as it is written or saved, a whole
campaign in batch, and a person dismissing a flag.

Flags are derived data: screening rewrites them, except that a flag somebody dismissed stays
dismissed (its evidence is refreshed; if the text no longer raises it, it is kept, marked not
current). Dismissals and batch runs are audited; re-deriving one pledge's flags on save is part of
the audited save itself.
"""

import hashlib
import json
from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone

from tuyengiao.accounts.scope import actor_scope, require_tree_manage
from tuyengiao.audit.services import record, snapshot
from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import Errors
from tuyengiao.flags import engine
from tuyengiao.flags.models import BandKey, Flag, ScreenedText, StockPhrase
from tuyengiao.pledges import permissions
from tuyengiao.pledges.models import Campaign, OwnerKind, Pledge
from tuyengiao.screening import records
from tuyengiao.screening.batch import BatchScreener
from tuyengiao.screening.normalize import clean
from tuyengiao.screening.records import plain
from tuyengiao.screening.single import screen_pledge as engine_screen_pledge
from tuyengiao.screening.sketch import band_keys

# A text shared by thousands shares its keys with all of them; the hundred sharing the most keys
# are enough to find the closest and to say that a cluster exists.
CANDIDATE_LIMIT = 100
CHUNK = 20_000


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- one pledge --------------------------------------------------------------------------------


def _check(campaign: Campaign, pledge: records.Pledge, *, pledge_id, member_id, unit_id, owners: engine.Owners,
           settings: records.Settings, keys: list[int]) -> list[records.Flag]:
    """The engine's flags for one pledge, against candidates found by band keys and by owner."""
    year = campaign.year
    # Near-duplicates share many of the 24 bands, chance neighbours one: the pledges sharing the
    # most keys are the ones worth verifying.
    found = (BandKey.objects.filter(key__in=keys, pledge__campaign__year__lte=year).exclude(pledge_id=pledge_id)
             .values("pledge_id").annotate(shared=Count("id")).order_by("-shared", "-pledge_id")[:CANDIDATE_LIMIT])
    ids = {row["pledge_id"] for row in found} if keys else set()
    if member_id is not None:
        own = Pledge.objects.filter(member_id=member_id, owner_kind=OwnerKind.INDIVIDUAL)
    else:
        own = Pledge.objects.filter(owner_kind=OwnerKind.COLLECTIVE, unit_id__in=owners.unit_family(unit_id))
    ids.update(own.filter(campaign__year__lt=year).values_list("id", flat=True))
    unit_pledge = None
    if member_id is not None:
        row = (Pledge.objects.filter(campaign=campaign, owner_kind=OwnerKind.COLLECTIVE,
                                     unit_id__in=owners.unit_family(unit_id)).values_list("id", flat=True).first())
        if row is not None:
            unit_pledge = next(iter(owners.records_of(Pledge.objects.filter(id=row))), None)
            ids.discard(row)
    ids.discard(pledge_id)
    candidates = owners.records_of(Pledge.objects.filter(id__in=ids)) if ids else []
    return engine_screen_pledge(pledge, engine.campaign_record(campaign), candidates, unit_pledge, settings)


def check_deeds(campaign: Campaign, deeds: list[dict], *, member=None, unit=None, pledge: Pledge | None = None):
    """Flags of a text the author has not saved yet ("Kiểm tra" on the form). Writes nothing."""
    owners = engine.Owners()
    settings = engine.settings()
    unit_id = member.unit_id if member is not None else unit.pk
    row = {"id": pledge.pk if pledge else "new", "member_id": member.pk if member is not None else None,
           "unit_id": unit_id, "campaign__year": campaign.year,
           "owner_kind": OwnerKind.INDIVIDUAL if member is not None else OwnerKind.COLLECTIVE,
           "member__position": member.position if member is not None else "",
           "member__duties": member.duties if member is not None else "",
           "member__full_name": member.full_name if member is not None else ""}
    text = engine.text_of_deeds(deeds)
    if not text.strip():
        return []
    subject = owners.record(row, text)
    return _check(campaign, subject, pledge_id=pledge.pk if pledge else None, member_id=row["member_id"],
                  unit_id=unit_id, owners=owners, settings=settings, keys=band_keys(text, settings.lsh))


def screen_pledge(pledge: Pledge, now=None) -> list[Flag]:
    """Screen a saved pledge against all stored history; store its band keys and flags.

    Called inside the service that saved the pledge (same transaction)."""
    now = now or timezone.now()
    owners = engine.Owners()
    settings = engine.settings()
    pledge = Pledge.objects.select_related("campaign", "campaign__theme").get(pk=pledge.pk)
    subject = next(iter(owners.records_of(Pledge.objects.filter(pk=pledge.pk))), None)
    BandKey.objects.filter(pledge=pledge).delete()
    if subject is None:  # no deeds: nothing to screen
        Flag.objects.filter(pledge=pledge, status=Flag.Status.OPEN).delete()
        Flag.objects.filter(pledge=pledge).update(current=False)
        ScreenedText.objects.filter(pledge=pledge).delete()
        return []
    keys = band_keys(subject.text, settings.lsh)
    BandKey.objects.bulk_create(BandKey(pledge=pledge, key=key) for key in keys)
    found = _check(pledge.campaign, subject, pledge_id=pledge.pk, member_id=pledge.member_id, unit_id=pledge.unit_id,
                   owners=owners, settings=settings, keys=keys)
    ScreenedText.objects.update_or_create(pledge=pledge, defaults={
        "version": settings.lsh.version, "digest": _digest(subject.text), "screened_at": now})
    _store_flags({pledge.pk: found}, now)
    return list(Flag.objects.filter(pledge=pledge, current=True))


def _match_id(flag: records.Flag):
    match = flag.evidence.get("match") if isinstance(flag.evidence, dict) else None
    return match.get("id") if isinstance(match, dict) else None


def _store_flags(found: dict[int, list[records.Flag]], now) -> None:
    """Replace the flags of these pledges by ``found``; dismissed ones keep their status."""
    pledge_ids = list(found)
    kept = {}
    for begin in range(0, len(pledge_ids), CHUNK):
        part = pledge_ids[begin:begin + CHUNK]
        Flag.objects.filter(pledge_id__in=part, status=Flag.Status.OPEN).delete()
        kept.update({(f.pledge_id, f.code): f for f in Flag.objects.filter(pledge_id__in=part)})
    new, refreshed = [], []
    for pledge_id, flags in found.items():
        for flag in flags:
            values = dict(score=round(float(flag.score), 4), message=flag.message, evidence=plain(flag.evidence),
                          matched_pledge_id=_match_id(flag), current=True, screened_at=now)
            row = kept.pop((pledge_id, flag.code), None)
            if row is None:
                new.append(Flag(pledge_id=pledge_id, code=flag.code, **values))
            else:
                for name, value in values.items():
                    setattr(row, name, value)
                refreshed.append(row)
    for row in kept.values():  # dismissed, and no longer raised by the text
        row.current = False
        refreshed.append(row)
    _insert_flags(new)
    Flag.objects.bulk_update(refreshed, ["score", "message", "evidence", "matched_pledge", "current", "screened_at"],
                             batch_size=2000)


def _insert_flags(flags: list[Flag]) -> None:
    """New flag rows in one ``executemany``: ``bulk_create`` compiles SQL per batch, which costs more
    than the insert itself for tens of thousands of rows with JSON evidence."""
    if not flags:
        return
    columns = ["pledge_id", "code", "score", "message", "evidence", "matched_pledge_id", "current", "status",
               "dismissed_reason", "screened_at"]
    rows = [(f.pledge_id, f.code, f.score, f.message, json.dumps(f.evidence, ensure_ascii=False), f.matched_pledge_id,
             True, Flag.Status.OPEN, "", connection.ops.adapt_datetimefield_value(f.screened_at)) for f in flags]
    sql = (f"INSERT INTO {Flag._meta.db_table} ({', '.join(columns)}) "
           f"VALUES ({', '.join(['%s'] * len(columns))})")
    with connection.cursor() as cursor:
        for begin in range(0, len(rows), 20_000):
            cursor.executemany(sql, rows[begin:begin + 20_000])


def _insert_band_keys(rows: list[tuple[int, int]]) -> None:
    """Many (pledge id, key) rows at once: COPY on PostgreSQL, executemany elsewhere."""
    table = BandKey._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} (pledge_id, key) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        elif connection.vendor == "sqlite":  # the driver's own executemany: several times faster than Django's
            # Keys are random: each insert lands somewhere else in the key index. A page cache that
            # holds the index (default: 2 MB) makes that several times faster again.
            cursor.execute("PRAGMA cache_size = -262144")
            rows.sort()
            connection.connection.executemany(f"INSERT INTO {table} (pledge_id, key) VALUES (?, ?)", rows)
        else:
            for begin in range(0, len(rows), 50_000):
                cursor.executemany(f"INSERT INTO {table} (pledge_id, key) VALUES (%s, %s)", rows[begin:begin + 50_000])


# -- a whole campaign --------------------------------------------------------------------------


def screen_campaign(actor: Actor, campaign: Campaign, progress: Callable[[str, int, int], None] | None = None,
                    history_years: int | None = None) -> dict:
    """Screen every pledge of the campaign against each other and all earlier years (or the last
    ``history_years`` of them); store band keys and flags. Returns a summary (pledges screened,
    flags per code, clusters)."""
    campaign = Campaign.objects.select_related("unit", "theme").get(pk=campaign.pk)
    require_tree_manage(actor, campaign.unit)
    progress = progress or (lambda stage, done, total: None)
    now = timezone.now()
    owners = engine.Owners()
    settings = engine.settings()
    screener = BatchScreener(engine.campaign_record(campaign), settings)
    history = Pledge.objects.filter(campaign__year__lt=campaign.year)
    if history_years is not None:
        history = history.filter(campaign__year__gte=campaign.year - history_years)
    current = Pledge.objects.filter(campaign=campaign)
    current_ids = list(current.values_list("id", flat=True))
    ids = list(history.values_list("id", flat=True)) + current_ids
    screened_ids = set(current_ids)
    for begin in range(0, len(ids), CHUNK):
        screener.add(owners.records_of(Pledge.objects.filter(id__in=ids[begin:begin + CHUNK])))
        progress("read", min(begin + CHUNK, len(ids)), len(ids))
    result = screener.finish()
    progress("compared", len(ids), len(ids))
    key_ids, key_rows = screener.band_keys()
    unkeyed = set(history.exclude(screened__isnull=False).values_list("id", flat=True))
    wanted = screened_ids | unkeyed
    texts = dict(zip(screener.ids, screener.texts))
    found = {pledge_id: flags for pledge_id, flags in result.flags if pledge_id in screened_ids}
    with transaction.atomic():
        if ScreenedText.objects.filter(pledge__campaign=campaign).exists():  # screened before
            BandKey.objects.filter(pledge_id__in=current.values("id")).delete()
            ScreenedText.objects.filter(pledge_id__in=current.values("id")).delete()
        rows, stamps = [], []
        for pledge_id, keys in zip(key_ids, key_rows.tolist()):
            if pledge_id in wanted:
                rows.extend((pledge_id, key) for key in keys)
                stamps.append(ScreenedText(pledge_id=pledge_id, version=settings.lsh.version,
                                           digest=_digest(texts[pledge_id]), screened_at=now))
        _insert_band_keys(rows)
        ScreenedText.objects.bulk_create(stamps, batch_size=5000)
        _store_flags(found, now)
        # Pledges of the campaign without deeds keep no open flag.
        # (Chunked: SQLite limits the variables of one statement, and a province has 10^5 pledges.)
        stale = sorted(set(Flag.objects.filter(pledge__campaign=campaign, status=Flag.Status.OPEN)
                           .values_list("pledge_id", flat=True)) - set(found))
        for begin in range(0, len(stale), CHUNK):
            Flag.objects.filter(pledge_id__in=stale[begin:begin + CHUNK], status=Flag.Status.OPEN).delete()
        counts: dict[str, int] = {}
        for flags in found.values():
            for flag in flags:
                counts[flag.code] = counts.get(flag.code, 0) + 1
        summary = {"year": campaign.year, "screened": len(found), "history": len(ids) - len(screened_ids),
                   "flagged": sum(1 for flags in found.values() if flags), "flags": counts,
                   "clusters": len(result.clusters)}
        record(actor, "screen", campaign, object_type="screening",
               object_repr=f"Sàng lọc {len(found)} bản đăng ký năm {campaign.year}", after=summary)
    progress("done", len(ids), len(ids))
    return summary


# -- people acting on flags --------------------------------------------------------------------


def can_dismiss(scope, flag: Flag) -> bool:
    """Whoever reviews the pledge (the cell's secretary, an officer above) may dismiss its flags."""
    return scope.is_admin or permissions.can_review(scope, flag.pledge)


@transaction.atomic
def dismiss_flag(actor: Actor, flag: Flag, reason: str) -> Flag:
    flag = Flag.objects.select_for_update(of=("self",)).select_related("pledge", "pledge__unit",
                                                                          "pledge__unit__parent").get(pk=flag.pk)
    scope = actor_scope(actor)
    if scope is not None and not can_dismiss(scope, flag):
        raise PermissionDenied("Bạn không có quyền bỏ qua cảnh báo này.")
    reason = "\n".join(clean(line) for line in str(reason or "").splitlines()).strip()
    errors = Errors()
    errors.check(flag.status == Flag.Status.OPEN, "status", "Cảnh báo này đã được bỏ qua.")
    errors.check(bool(reason), "reason", "Hãy ghi lý do bỏ qua cảnh báo.")
    errors.raise_if_any()
    before = snapshot(flag, ["status", "dismissed_reason"])
    flag.status = Flag.Status.DISMISSED
    flag.dismissed_reason = reason
    flag.dismissed_by = actor.user
    flag.dismissed_at = timezone.now()
    flag.save(update_fields=["status", "dismissed_reason", "dismissed_by", "dismissed_at"])
    record(actor, "dismiss", flag, object_repr=f"Bỏ qua cảnh báo “{flag.label}” – {flag.pledge}",
           before=before, after=snapshot(flag, ["status", "dismissed_reason"]))
    return flag


@transaction.atomic
def set_stock_phrases(actor: Actor, text: str) -> list[str]:
    """Replace the stock-phrase list (one phrase a line) behind the ``vague`` flag. Administrators only."""
    scope = actor_scope(actor)
    if scope is not None and not scope.is_admin:
        raise PermissionDenied("Chỉ quản trị hệ thống sửa được danh sách cụm từ.")
    phrases = sorted({clean(line).strip(" ,;.").lower() for line in str(text or "").splitlines()} - {""})
    errors = Errors()
    errors.check(bool(phrases), "phrases", "Danh sách cụm từ không được để trống.")
    too_long = [p for p in phrases if len(p) > 200]
    errors.check(not too_long, "phrases", "Mỗi cụm từ dài tối đa 200 ký tự.")
    errors.raise_if_any()
    before = list(StockPhrase.objects.values_list("text", flat=True))
    StockPhrase.objects.all().delete()
    StockPhrase.objects.bulk_create(StockPhrase(text=p) for p in phrases)
    record(actor, "update", object_type="stockphrase", object_repr="Danh sách cụm từ sáo rỗng",
           before={"phrases": before}, after={"phrases": phrases})
    return phrases


def stock_phrases() -> list[str]:
    stored = list(StockPhrase.objects.values_list("text", flat=True))
    if stored:
        return stored
    from tuyengiao.screening.lexicon import default_stock_phrases

    return list(default_stock_phrases())
