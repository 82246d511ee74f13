"""The importers the system offers, by the kind named in URLs and on the command line.

Each app lists its importers in ``<app>/imports.py`` as ``IMPORTERS = [...]``; they are offered in the
order of ``INSTALLED_APPS``.
"""

from tuyengiao.core.discovery import app_modules
from tuyengiao.core.imports import Importer


def importers() -> dict[str, type[Importer]]:
    return {cls.kind: cls for module in app_modules("imports") for cls in getattr(module, "IMPORTERS", [])}


def importer_for(kind: str) -> type[Importer] | None:
    return importers().get(kind)
