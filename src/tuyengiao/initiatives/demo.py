"""Demo: exemplary models across the province over five years, at the rates the seeds describe.

Most grassroots units run one or two models, some cells one; most have a dossier (a Word plan, a
decision, reports, photos), about one in six has none ("chỉ có tên"); a few copy another unit's
model, re-register their own old one under a new name, or present their collective pledge as a
model. Officers above evaluate some; typical ones are selected and adopted elsewhere, above all the
province commission's "Không gian văn hóa đọc", replicated by communes and schools.

Everything is planned in memory and bulk-inserted (a few hundred models, thousands of rows), with one
audit entry, as the pledges demo does; the flags come from the real screening (``checks.screen_all``).
"""

import datetime
import random

from django.utils import timezone

from tuyengiao.audit.services import record
from tuyengiao.core.actor import Actor
from tuyengiao.core.formats import vn_date, vn_number
from tuyengiao.demo.registry import demo_step
from tuyengiao.initiatives import checks, demo_files, files
from tuyengiao.initiatives.demo_texts import FIELDS_OF, MODELS, compose
from tuyengiao.initiatives.models import (CRITERIA, DossierItem, Evaluation, Initiative, InitiativeYear, ItemKind,
                                          Result, Status, StatusChange)
from tuyengiao.org.models import Unit, UnitKind
from tuyengiao.pledges.models import OwnerKind, Pledge
from tuyengiao.screening.normalize import fold, search_keys

ACTOR = Actor.system("command", "dữ liệu mẫu")
PER_UNIT = {UnitKind.PROVINCE: [2], UnitKind.DISTRICT: [1, 2], UnitKind.CELL: [0] * 22 + [1] * 3}
GRASSROOTS = [0, 1, 1, 1, 2, 2, 3]
# Shares: no dossier; copied from another unit; re-registered under a new name (of units with an older
# model); the unit's collective pledge presented as a model.
NO_DOSSIER, PEER_COPY, OWN_COPY, OVERLAP = 0.17, 0.05, 0.2, 0.05
DISTINCT = 0.3  # two units' own accounts of one model stay below the engine's copy threshold (0.45)
SCORES = {Result.TYPICAL: (8, 10), Result.GOOD: (6, 8), Result.NOT_MET: (3, 6)}
COMMENTS = ["Cách làm cụ thể, người dân đồng tình.", "Có hồ sơ đầy đủ, kết quả đo được.",
            "Cần bổ sung báo cáo kết quả, số liệu.", "Duy trì đều nhưng sức lan tỏa còn hạn chế."]


def _day(rng: random.Random, start: datetime.date, end: datetime.date) -> datetime.date | None:
    if end < start:
        return None
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


def _bigrams(text: str) -> set:
    words = fold(text).split()
    return set(zip(words, words[1:]))


class Builder:
    def __init__(self, ctx):
        self.rng, self.today = ctx.rng, ctx.today
        self.plans = ctx.data.get("plans", {})
        self.made: list[Initiative] = []
        self.changes: list[StatusChange] = []
        self.years: list[InitiativeYear] = []
        self.evaluations: list[Evaluation] = []
        self.with_dossier: set[int] = set()  # id() of planned initiatives that get files
        self.taken: set[tuple] = set()  # (unit, year, folded name): one model of a name per unit and year
        self.written: dict[str, list[set]] = {}  # bigrams of the accounts composed so far, by model name
        self.copies: set[str] = set()  # kinds of copies made on purpose

    # -- texts ---------------------------------------------------------------------------------

    def texts(self, unit, field=None, model=None) -> dict:
        """A model in the unit's own words, redrawn while it reads like another unit's account of a
        model of the same name: the only copies are the ones made on purpose (``new``)."""
        profile = getattr(self.plans.get(unit.code), "profile", None)
        field = field or self.rng.choice((FIELDS_OF.get(profile) or FIELDS_OF.get(unit.kind)
                                          or FIELDS_OF["commune"])[:4])
        place = getattr(self.plans.get(unit.code), "values", {}) or {}
        place = place.get("place") or place.get("org") or unit.short_name or unit.name
        best = None
        for _ in range(12):
            texts = compose(self.rng, field, place, model)
            grams = _bigrams(texts["description"])
            earlier = self.written.setdefault(texts["name"], [])
            closest = max((len(grams & other) / len(grams | other) for other in earlier), default=0.0)
            if best is None or closest < best[0]:
                best = (closest, texts, grams)
            if closest < DISTINCT:
                break
        self.written[best[1]["name"]].append(best[2])
        return best[1]

    # -- planning rows ---------------------------------------------------------------------------

    def status(self, initiative: Initiative, status: str, on: datetime.date, note: str = "") -> None:
        initiative.status = status
        self.changes.append(StatusChange(initiative=initiative, status=status, date=on, note=note))

    def plan(self, unit, on, texts, adopted_from=None, dossier=None) -> Initiative | None:
        key = (unit.pk, on.year, fold(texts["name"]))
        if key in self.taken:
            return None
        self.taken.add(key)
        initiative = Initiative(unit=unit, year=on.year, registered_on=on, adopted_from=adopted_from,
                                status=Status.REGISTERED, theme=None, **texts)
        initiative.name_key, initiative.name_fold = search_keys(initiative.name)
        rng = self.rng
        self.status(initiative, Status.REGISTERED, on)
        started = _day(rng, on + datetime.timedelta(days=10), min(on + datetime.timedelta(days=60), self.today))
        if started and rng.random() < 0.85:
            self.status(initiative, Status.IMPLEMENTING, started)
        self.years.append(InitiativeYear(initiative=initiative, year=on.year, maintained=True))
        self.years += [InitiativeYear(initiative=initiative, year=year, maintained=rng.random() < 0.9,
                                      note="Duy trì sinh hoạt đều, có sơ kết cuối năm.")
                       for year in range(on.year + 1, self.today.year + 1)]
        if dossier if dossier is not None else rng.random() >= NO_DOSSIER:
            self.with_dossier.add(id(initiative))
        self.made.append(initiative)
        return initiative

    def new(self, unit, on, force: str = "") -> Initiative | None:
        """A model of ``unit``; now and then (or when ``force``d) a copy: "peer", "own" or "overlap"."""
        rng, texts = self.rng, None
        if force == "peer" or rng.random() < PEER_COPY:  # another unit's model, a word or two changed
            sources = [i for i in self.made if i.unit_id != unit.pk and i.registered_on <= on]
            if sources:
                source = rng.choice(sources)
                texts = {"name": source.name, "field": source.field, "goals": source.goals,
                         "description": source.description.replace("hằng", "mỗi").replace("các", "những"),
                         "targets": source.targets, "people_in_charge": source.people_in_charge}
                self.copies.add("peer")
        own = [i for i in self.made if i.unit_id == unit.pk and i.year < on.year]
        if texts is None and own and (force == "own" or rng.random() < OWN_COPY):  # old model, new name
            other = self.texts(unit, own[0].field)
            texts = {**other, "description": rng.choice(own).description, "name": f"{other['name']} năm {on.year}"}
            self.copies.add("own")
        if texts is None and (force == "overlap" or rng.random() < OVERLAP):  # the collective pledge, renamed
            pledge = Pledge.objects.filter(owner_kind=OwnerKind.COLLECTIVE, unit=unit, campaign__year=on.year).first()
            if pledge is not None and pledge.deeds.exists():
                texts = {**self.texts(unit), "description": pledge.text()}
                self.copies.add("overlap")
        return self.plan(unit, on, texts or self.texts(unit))

    def review(self, initiative: Initiative, reviewer: Unit, select: bool) -> bool:
        """Evaluated in the year after registration; a typical one may be selected for replication."""
        rng = self.rng
        on = _day(rng, datetime.date(initiative.year + 1, 3, 1), min(datetime.date(initiative.year + 1, 11, 30),
                                                                      self.today))
        if on is None:
            return False
        result = Result.TYPICAL if select else rng.choices([Result.TYPICAL, Result.GOOD, Result.NOT_MET],
                                                           [3, 5.5, 1.5])[0]
        low, high = SCORES[result]
        self.evaluations.append(Evaluation(initiative=initiative, evaluator_unit=reviewer, date=on, result=result,
                                           comments=rng.choice(COMMENTS),
                                           **{key: rng.randint(low, high) for key, _ in CRITERIA}))
        self.status(initiative, Status.TYPICAL if result == Result.TYPICAL else Status.EVALUATED, on,
                    f"{reviewer.name}: {Result(result).label.lower()}")
        if select:
            initiative.replication_unit = reviewer
            self.status(initiative, Status.REPLICATING, on, f"Nhân rộng trong phạm vi {reviewer.name}")
        return True

    def adopt(self, original: Initiative, adopters: list[Unit]) -> list[Initiative]:
        start = max(c.date for c in self.changes if c.initiative is original and c.status == Status.REPLICATING)
        made = []
        for unit in adopters:
            on = _day(self.rng, start + datetime.timedelta(days=15), self.today)
            if on is None or unit.active_from > on or (unit.active_to and unit.active_to < on):
                continue
            texts = {**self.texts(unit, original.field), "name": original.name}
            texts["description"] = original.description
            adoption = self.plan(unit, on, texts, adopted_from=original, dossier=True)
            made += [adoption] if adoption else []
        return made

    def dossier(self, initiative: Initiative) -> list[DossierItem]:
        rng, age = self.rng, (self.today - initiative.registered_on).days
        kinds = [ItemKind.PLAN] + [kind for kind, share, after in (
            (ItemKind.DECISION, 0.6, 20), (ItemKind.PROGRESS, 0.45, 180), (ItemKind.RESULTS, 0.5, 330),
            (ItemKind.PHOTO, 0.35, 30)) if age >= after and rng.random() < share]
        items = []
        for kind in kinds:
            when = _day(rng, initiative.registered_on,
                        min(initiative.registered_on + datetime.timedelta(days=400), self.today))
            title = f"{ItemKind(kind).label} mô hình “{initiative.name}”"
            if kind == ItemKind.PHOTO:
                extension, content = "png", demo_files.png(8, 6, (rng.randint(90, 200), 140, rng.randint(60, 160)))
            else:
                extension, content = "docx", demo_files.docx([
                    initiative.unit.name.upper(), title.upper(), f"Ngày {vn_date(when)}", initiative.description,
                    *initiative.target_list()])
            path, digest, size = files.write_bytes(initiative.pk, extension, content)
            items.append(DossierItem(
                initiative=initiative, kind=kind, title=title, path=path, original_name=f"{kind}.{extension}",
                extension=extension, size=size, sha256=digest,
                uploaded_at=timezone.make_aware(datetime.datetime.combine(when, datetime.time(9)))))
        return items


@demo_step(order=120, label="Mô hình học tập và làm theo Bác")
def initiatives_step(ctx) -> None:
    build = Builder(ctx)
    rng, today = ctx.rng, ctx.today
    units = list(Unit.objects.filter(active_from__lte=today).order_by("path"))
    by_id = {u.pk: u for u in units}
    province = next(u for u in units if u.parent_id is None)
    reading = build.plan(province, datetime.date(today.year - 3, 3, 26),
                         build.texts(province, "reading", MODELS["reading"][0]), dossier=True)
    for unit in units:
        for _ in range(rng.choice(PER_UNIT.get(unit.kind, GRASSROOTS))):
            first = max(unit.active_from, datetime.date(today.year - 4, 1, 15))
            on = _day(rng, first, min(today, unit.active_to or today))
            if on is not None:
                build.new(unit, on)
    missing = [kind for kind in ("peer", "own", "overlap") if kind not in build.copies]
    grassroots = [u for u in units if u.kind == UnitKind.COMMUNE and u.active_to is None]
    for force, unit in zip(missing, rng.sample(grassroots, min(len(missing), len(grassroots)))):
        if force == "own":  # a small province may draw none of a kind: the demo shows each at least once
            build.new(unit, datetime.date(today.year - 1, 4, 2))
        build.new(unit, today - datetime.timedelta(days=rng.randint(100, 200)), force=force)

    selected = []
    for initiative in list(build.made):
        parent = by_id.get(initiative.unit.parent_id)
        if (initiative is reading or initiative.year >= today.year or parent is None
                or id(initiative) not in build.with_dossier or rng.random() > 0.45):
            continue
        pick = rng.random() < 0.12
        if build.review(initiative, parent, pick) and pick:
            selected.append((initiative, parent))
    build.review(reading, province, True)
    for initiative in build.made:  # some stop, after everything else that happened to them
        if initiative.status != Status.REPLICATING and rng.random() < 0.07:
            last = max(c.date for c in build.changes if c.initiative is initiative)
            stop = _day(rng, last + datetime.timedelta(days=60), today)
            if stop:
                build.status(initiative, Status.STOPPED, stop, "Không còn kinh phí duy trì")
    originals = list(build.made)
    schools = [u for u in units if getattr(build.plans.get(u.code), "profile", None) == "school"]
    adoptions = build.adopt(reading, rng.sample(grassroots, min(len(grassroots), 9)) +
                            rng.sample(schools, min(len(schools), 6)))
    for initiative, parent in selected:
        below = [u for u in units if u.path.startswith(parent.path) and u.pk != initiative.unit_id
                 and u.kind != UnitKind.CELL and u.active_to is None]
        adoptions += build.adopt(initiative, rng.sample(below, min(len(below), rng.randint(1, 4))))

    Initiative.objects.bulk_create(originals, batch_size=1000)
    Initiative.objects.bulk_create(adoptions, batch_size=1000)  # after: they point at the originals
    StatusChange.objects.bulk_create(build.changes, batch_size=2000)
    InitiativeYear.objects.bulk_create(build.years, batch_size=2000)
    Evaluation.objects.bulk_create(build.evaluations, batch_size=2000)
    items = [item for initiative in build.made if id(initiative) in build.with_dossier
             for item in build.dossier(initiative)]
    DossierItem.objects.bulk_create(items, batch_size=2000)
    record(ACTOR, "import", None, object_type="initiatives",
           object_repr=f"Dữ liệu mẫu: {len(build.made)} mô hình, {len(items)} tài liệu hồ sơ, "
                       f"{len(build.evaluations)} lượt đánh giá")
    summary = checks.screen_all()
    flags = summary["flags"]
    ctx.log(f"{vn_number(summary['initiatives'])} mô hình, {vn_number(len(items))} tài liệu hồ sơ, "
            f"{vn_number(len(adoptions))} lượt nhân rộng; {vn_number(flags.get('name_only', 0))} chỉ có tên, "
            f"{vn_number(flags.get('copied', 0))} sao chép, {vn_number(flags.get('overlap', 0))} trùng bản tập thể")
