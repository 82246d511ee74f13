"""Following units across mergers: figures of a merged-away unit belong to its successor."""

from tuyengiao.org.models import Unit, UnitLineage
from tuyengiao.org.tree import SEGMENT


class Lineage:
    """All merger links, loaded once (there are few): predecessor id → final successor."""

    def __init__(self):
        links = dict(UnitLineage.objects.values_list("predecessor_id", "successor_id"))
        self.final: dict[int, int] = {}
        for start in links:
            current, seen = start, {start}
            while current in links and links[current] not in seen:
                current = links[current]
                seen.add(current)
            self.final[start] = current
        self.paths = dict(Unit.objects.filter(pk__in=set(self.final.values())).values_list("pk", "path"))

    def effective_path(self, unit_id: int, path: str) -> str:
        successor = self.final.get(unit_id)
        return self.paths.get(successor, path) if successor else path

    def predecessors_into(self, prefix: str) -> list[int]:
        """Merged-away units whose successor now lies under ``prefix``."""
        return [pred for pred, succ in self.final.items() if self.paths.get(succ, "").startswith(prefix)]

    def bucket(self, unit_id: int, path: str, root_path: str) -> str | None:
        """The direct child of the root (its path) a row counts under, "" for the root's own rows,
        None when the row does not belong under the root at all."""
        path = self.effective_path(unit_id, path)
        if not path.startswith(root_path):
            return None
        return path[: len(root_path) + SEGMENT] if len(path) > len(root_path) else ""
