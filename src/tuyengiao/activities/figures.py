"""The figures of the six registers over a unit's subtree and a period.

``period_figures(unit, start, end)`` is what reports use (a half-year, a year); `tuyengiao stats`
gets the same figures for a calendar year through six providers, ``conferences.*`` to
``outreach.*`` (docs/stats.md). Rows count under the unit that owns them (the organiser, the
proposing or inspecting unit, the issuer); a merged-away unit's rows count in its successor.
Each register is one or two GROUP BYs over the path prefix of the children (``Rollup``).
"""

import datetime
from collections import defaultdict

from django.db.models import Count, Q, Sum

from tuyengiao.activities.models import (
    Award, AwardLevel, AwardStatus, BridgePoint, ClassKind, Conference, Document, DocumentType, Inspection, NomineeKind, Outreach,
    OutreachKind, Recommendation, TheoryClass,
)
from tuyengiao.activities.models.documents import TYPE_KEYS
from tuyengiao.core.figures import Rollup, as_at, children_of, register
from tuyengiao.org.models import GRASSROOTS_KINDS, Unit
from tuyengiao.org.tree import SEGMENT, subtree_q

KEYS = ("conferences", "classes", "awards", "inspections", "documents", "outreach")
PRIZE_KEYS = {"first": "prizes_first", "second": "prizes_second", "third": "prizes_third",
              "consolation": "prizes_consolation"}


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _sum_cells(buckets: dict, names: tuple[str, ...]) -> dict[tuple, dict[str, int]]:
    """Merge the chosen buckets: {group values: {aggregate: total}}."""
    total: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name in names:
        for group, values in buckets.get(name, {}).items():
            for key, value in values.items():
                total[group][key] += value
    return total


def held_prefixes(conferences) -> set[str]:
    """The paths of every unit that organised one of ``conferences`` or hosted a bridge point, and of
    every unit above them: a unit "held" one, itself or through a unit below it, iff its path is here."""
    paths = set(conferences.values_list("unit__path", flat=True))
    paths |= set(BridgePoint.objects.filter(conference__in=conferences).values_list("unit__path", flat=True))
    return {path[:end] for path in paths for end in range(SEGMENT, len(path) + 1, SEGMENT)}


class Period:
    """The rows of one register family for one subtree and period, bucketed by child."""

    def __init__(self, unit: Unit | None, start: datetime.date, end: datetime.date):
        self.unit, self.start, self.end = unit, start, end
        self.rollup = Rollup(unit)
        self.as_of = min(end, datetime.date.today())

    def count(self, queryset, path: str, unit_id: str, group=(), **aggregates):
        return self.rollup.count(queryset, path=path, unit_id=unit_id, group=group, **aggregates)

    # -- one dict of buckets per register ---------------------------------------------------------

    def conferences(self) -> dict:
        held = self.count(Conference.objects.filter(date__range=(self.start, self.end)), "unit__path", "unit_id",
                          held=Count("id"))
        points = self.count(BridgePoint.objects.filter(conference__date__range=(self.start, self.end)),
                            "conference__unit__path", "conference__unit_id", points=Count("id"),
                            expected=Sum("expected"), attended=Sum("attended"))
        return {"held": held, "points": points, "grassroots": self._grassroots_held()}

    def _grassroots_held(self) -> dict[str, tuple[int, int]]:
        """Per bucket: (grassroots units, of them those that organised or hosted a conference in the
        period, themselves or through a unit below them)."""
        conferences = Conference.objects.filter(date__range=(self.start, self.end))
        if self.unit is not None:
            conferences = conferences.filter(subtree_q(self.unit.path, "unit__path"))
        prefixes = held_prefixes(conferences)
        units = Unit.objects.filter(Q(active_to__isnull=True) | Q(active_to__gte=self.as_of),
                                    kind__in=GRASSROOTS_KINDS, active_from__lte=self.as_of)
        if self.unit is not None:
            units = units.filter(subtree_q(self.unit.path))
        result: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for unit_id, path in units.values_list("id", "path"):
            # A unit merged away later counts in its successor's bucket, as every roll-up does.
            bucket = self.rollup.bucket_of(self.rollup.lineage.effective_path(unit_id, path))
            if bucket is None:
                continue
            result[bucket][0] += 1
            result[bucket][1] += path in prefixes
        return result

    def classes(self) -> dict:
        return {"rows": self.count(TheoryClass.objects.filter(start_date__range=(self.start, self.end)), "unit__path",
                          "unit_id", group=["kind"], held=Count("id"), learners=Sum("learners"))}

    def awards(self) -> dict:
        return {"rows": self.count(Award.objects.filter(proposed_on__range=(self.start, self.end)), "unit__path", "unit_id",
                          group=["level", "nominee_kind", "status"], n=Count("id"))}

    def inspections(self) -> dict:
        window = Inspection.objects.filter(start_date__range=(self.start, self.end))
        # The join with the inspected units repeats each inspection: count it once.
        held = self.count(window, "unit__path", "unit_id", held=Count("id", distinct=True),
                          units=Count("inspected_units"))
        overdue = Q(due_date__lt=self.as_of) & (Q(status=Recommendation.Status.OPEN) | Q(done_on__gt=self.as_of))
        recommendations = self.count(
            Recommendation.objects.filter(inspection__in=window), "inspection__unit__path", "inspection__unit_id",
            total=Count("id"), done=Count("id", filter=Q(status=Recommendation.Status.DONE, done_on__lte=self.as_of)),
            overdue=Count("id", filter=overdue))
        return {"held": held, "recommendations": recommendations}

    def documents(self) -> dict:
        return {"rows": self.count(Document.objects.filter(issued_on__range=(self.start, self.end)), "unit__path", "unit_id",
                          group=["doc_type"], n=Count("id"))}

    def outreach(self) -> dict:
        return {"rows": self.count(Outreach.objects.filter(date__range=(self.start, self.end)), "unit__path", "unit_id",
                          group=["kind"], n=Count("id"), quantity=Sum("quantity"), audience=Sum("audience"),
                          **{key: Sum(field) for key, field in PRIZE_KEYS.items()})}


# -- composing the figures of a set of buckets -----------------------------------------------------


def conference_figures(data: dict, names) -> dict:
    held = _sum_cells(data["held"], names)[()]
    points = _sum_cells(data["points"], names)[()]
    grassroots = [sum(data["grassroots"].get(name, (0, 0))[i] for name in names) for i in (0, 1)]
    return {"held": held["held"], "bridge_points": points["points"], "expected": points["expected"],
            "attendees": points["attended"], "participation_rate": _rate(points["attended"], points["expected"]),
            "grassroots": grassroots[0], "grassroots_held": grassroots[1]}


def class_figures(data: dict, names) -> dict:
    cells = _sum_cells(data["rows"], names)
    by_kind = {kind: {"held": cells[(kind,)]["held"], "learners": cells[(kind,)]["learners"]} for kind in ClassKind.values}
    return {"held": sum(v["held"] for v in by_kind.values()), "learners": sum(v["learners"] for v in by_kind.values()),
            "by_kind": by_kind}


def award_figures(data: dict, names) -> dict:
    cells = _sum_cells(data["rows"], names)
    by_status = {status: 0 for status in AwardStatus.values}
    levels = {level: {"collectives": 0, "individuals": 0} for level in AwardLevel.values}
    for (level, kind, status), values in cells.items():
        by_status[status] += values["n"]
        if status != AwardStatus.REFUSED:
            levels[level]["collectives" if kind == NomineeKind.COLLECTIVE else "individuals"] += values["n"]
    return {"collectives": sum(v["collectives"] for v in levels.values()),
            "individuals": sum(v["individuals"] for v in levels.values()),
            **by_status, "by_level": levels}


def inspection_figures(data: dict, names) -> dict:
    held = _sum_cells(data["held"], names)[()]
    rec = _sum_cells(data["recommendations"], names)[()]
    return {"held": held["held"], "units_inspected": held["units"], "recommendations": rec["total"],
            "recommendations_done": rec["done"], "recommendations_overdue": rec["overdue"]}


def document_figures(data: dict, names) -> dict:
    cells = _sum_cells(data["rows"], names)
    by_type = {key: cells[(value,)]["n"] for value, key in TYPE_KEYS.items()}
    return {"total": sum(by_type.values()), "by_type": by_type}


def outreach_figures(data: dict, names) -> dict:
    cells = _sum_cells(data["rows"], names)
    by_kind = {kind: {"count": cells[(kind,)]["n"], "quantity": cells[(kind,)]["quantity"],
                      "audience": cells[(kind,)]["audience"]} for kind in OutreachKind.values}
    prizes = {key: sum(cells[(kind,)][key] for kind in OutreachKind.values) for key in PRIZE_KEYS}
    return {"by_kind": by_kind, "prizes": prizes}


COMPOSERS = {"conferences": conference_figures, "classes": class_figures, "awards": award_figures,
             "inspections": inspection_figures, "documents": document_figures, "outreach": outreach_figures}


def _bucket_names(data: dict) -> set[str]:
    return {name for part in data.values() for name in part}


def compute(unit: Unit | None, start: datetime.date, end: datetime.date, keys=KEYS) -> dict:
    period = Period(unit, start, end)
    return {key: getattr(period, key)() for key in keys}


def period_figures(unit: Unit | None, start: datetime.date, end: datetime.date, keys=KEYS) -> dict:
    """{"conferences": {...}, "classes": {...}, ...} for the subtree of ``unit`` (None: everything)."""
    data = compute(unit, start, end, keys)
    return {key: COMPOSERS[key](data[key], _bucket_names(data[key])) for key in keys}


def period_figures_by_child(unit: Unit, start: datetime.date, end: datetime.date, keys=KEYS) -> dict[str, dict]:
    data = compute(unit, start, end, keys)
    names = set().union(*(_bucket_names(data[key]) for key in keys))
    children = children_of(unit, min(end, datetime.date.today()), names)
    return {child.code: {key: COMPOSERS[key](data[key], {child.path}) for key in keys} for child in children}


# -- `tuyengiao stats`: one provider per register, for a calendar year -------------------------------


def _year_range(year: int | None) -> tuple[datetime.date, datetime.date]:
    year = year or as_at(None).year
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _register_provider(key: str, title: str, order: int, labels: dict) -> None:
    def figures(unit, year):
        return period_figures(unit, *_year_range(year), keys=(key,))

    def by_child(unit, year):
        return period_figures_by_child(unit, *_year_range(year), keys=(key,))

    register(key, figures, by_child=by_child, order=order, title=title, labels=labels)


_register_provider("conferences", "Hội nghị học tập, quán triệt", 200, {
    "held": "hội nghị", "bridge_points": "điểm cầu", "expected": "được triệu tập", "attendees": "lượt người tham dự",
    "participation_rate": "tỷ lệ tham dự", "grassroots": "cấp ủy cơ sở", "grassroots_held": "cấp ủy cơ sở đã tổ chức"})
_register_provider("classes", "Lớp bồi dưỡng lý luận chính trị", 210, {
    "held": "lớp", "learners": "học viên", "by_kind": "theo loại lớp", "awareness": "nhận thức về Đảng",
    "new_members": "đảng viên mới", "update": "cập nhật kiến thức", "other": "khác"})
_register_provider("awards", "Khen thưởng", 220, {
    "collectives": "tập thể", "individuals": "cá nhân", "proposed": "đang đề nghị", "decided": "đã quyết định",
    "refused": "không được duyệt", "by_level": "theo hình thức", **dict(AwardLevel.choices)})
_register_provider("inspections", "Kiểm tra, giám sát", 230, {
    "held": "cuộc", "units_inspected": "lượt đơn vị được kiểm tra", "recommendations": "kiến nghị",
    "recommendations_done": "kiến nghị đã thực hiện", "recommendations_overdue": "kiến nghị quá hạn"})
_register_provider("documents", "Văn bản ban hành", 240, {
    "total": "tổng số", "by_type": "theo loại", **{TYPE_KEYS[v]: label for v, label in DocumentType.choices}})
_register_provider("outreach", "Sản phẩm, hoạt động tuyên truyền", 250, {
    "by_kind": "theo loại", "prizes": "giải thưởng", "count": "số lần", "quantity": "số lượng",
    "audience": "lượt người", "first": "giải Nhất", "second": "giải Nhì", "third": "giải Ba",
    "consolation": "giải Khuyến khích", **{v: label for v, label in OutreachKind.choices}})
