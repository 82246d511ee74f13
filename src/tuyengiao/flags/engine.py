"""Between the database and ``tuyengiao.screening``: pledges as the engine's records.

The engine knows nothing of Django. Here a pledge becomes ``records.Pledge`` with an owner that
follows mergers (a unit merged away owns its old pledges under its successor's identity, so
"copied from last year" still works after the 2025 reorganisation), its text (one deed a line)
and the member's own position and duties.
"""

from collections import defaultdict
from collections.abc import Iterable

from tuyengiao.flags.models import StockPhrase
from tuyengiao.org.lineage import Lineage
from tuyengiao.org.models import Unit
from tuyengiao.pledges.models import Campaign, Deed, OwnerKind
from tuyengiao.screening import records

PLEDGE_COLUMNS = ("id", "owner_kind", "member_id", "unit_id", "campaign__year", "member__position",
                  "member__duties", "member__full_name")


def settings() -> records.Settings:
    """The engine's settings with the administrators' stock-phrase list (empty: the shipped one)."""
    phrases = tuple(StockPhrase.objects.order_by("text").values_list("text", flat=True))
    return records.Settings(stock_phrases=phrases or None)


def campaign_record(campaign: Campaign) -> records.Campaign:
    theme = campaign.theme
    text = "\n".join(part for part in (theme.title, theme.text, theme.key_points) if part)
    return records.Campaign(year=campaign.year, theme=text, length_guide=campaign.length_guide,
                            max_deeds=campaign.max_deeds)


def deed_line(action: str, target: str, timeframe: str) -> str:
    """One deed on one line: the engine splits a pledge into deeds by lines."""
    return " ".join(" ".join(part.split()) for part in (action, target, timeframe) if part)


def texts_of(pledge_ids: Iterable[int]) -> dict[int, str]:
    lines: dict[int, list[str]] = defaultdict(list)
    ids = list(pledge_ids)
    for begin in range(0, len(ids), 20_000):  # keeps "IN (...)" within every backend's limits
        rows = (Deed.objects.filter(pledge_id__in=ids[begin:begin + 20_000]).order_by("pledge_id", "position")
                .values_list("pledge_id", "action", "target", "timeframe"))
        for pledge_id, action, target, timeframe in rows.iterator(chunk_size=10_000):
            lines[pledge_id].append(deed_line(action, target, timeframe))
    return {pledge_id: "\n".join(parts) for pledge_id, parts in lines.items()}


def text_of_deeds(deeds: list[dict]) -> str:
    return "\n".join(deed_line(d.get("action", ""), d.get("target", ""), d.get("timeframe", "")) for d in deeds)


class Owners:
    """Owner and unit identities for the engine, following mergers."""

    def __init__(self, lineage: Lineage | None = None):
        self.lineage = lineage or Lineage()
        self._unit_labels: dict[int, str] = {}

    def unit(self, unit_id: int) -> int:
        return self.lineage.final.get(unit_id, unit_id)

    def owner(self, owner_kind: str, member_id: int | None, unit_id: int, member_name: str = "") -> str:
        """A readable identity, since the engine's messages name it: the member's name and number,
        or the (successor) unit's name and code."""
        if owner_kind == OwnerKind.INDIVIDUAL:
            return f"{member_name} – số {member_id}" if member_name else f"số {member_id}"
        final = self.unit(unit_id)
        if final not in self._unit_labels:
            if not self._unit_labels:  # first use: every unit at once (a province has thousands, not millions)
                self._unit_labels.update((pk, f"{name} ({code})") for pk, name, code in
                                         Unit.objects.values_list("id", "name", "code"))
            if final not in self._unit_labels:
                unit = Unit.objects.get(pk=final)
                self._unit_labels[final] = f"{unit.name} ({unit.code})"
        return self._unit_labels[final]

    def unit_family(self, unit_id: int) -> list[int]:
        """A unit and every unit merged into it (directly or not), or into its successor."""
        final = self.unit(unit_id)
        return [final] + [pred for pred, succ in self.lineage.final.items() if succ == final]

    def record(self, row: dict, text: str) -> records.Pledge:
        duties = ". ".join(p for p in (row.get("member__position") or "", row.get("member__duties") or "") if p)
        return records.Pledge(
            id=row["id"], owner=self.owner(row["owner_kind"], row["member_id"], row["unit_id"],
                                           row.get("member__full_name") or ""),
            kind=records.COLLECTIVE if row["owner_kind"] == OwnerKind.COLLECTIVE else records.INDIVIDUAL,
            unit=self.unit(row["unit_id"]), year=row["campaign__year"], text=text, duties=duties,
        )

    def records_of(self, queryset) -> list[records.Pledge]:
        """Engine records of the pledges of ``queryset`` that have deeds, in id order."""
        rows = list(queryset.order_by("id").values(*PLEDGE_COLUMNS))
        texts = texts_of(row["id"] for row in rows)
        return [self.record(row, texts[row["id"]]) for row in rows if texts.get(row["id"])]

