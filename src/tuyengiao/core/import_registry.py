"""The importers the system offers, by the kind named in URLs and on the command line."""

from tuyengiao.core.imports import Importer


def importers() -> dict[str, type[Importer]]:
    from tuyengiao.org.imports import UnitImporter
    from tuyengiao.people.imports import MemberImporter
    from tuyengiao.pledges.imports import PledgeImporter

    return {cls.kind: cls for cls in (UnitImporter, MemberImporter, PledgeImporter)}


def importer_for(kind: str) -> type[Importer] | None:
    return importers().get(kind)
