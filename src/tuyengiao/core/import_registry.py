"""The importers the system offers, by the kind named in URLs and on the command line.

Each app lists its importers in ``<app>/imports.py`` as ``IMPORTERS = [...]``; they are offered in the
order of ``INSTALLED_APPS``.
"""

import importlib
import importlib.util

from tuyengiao.core.imports import Importer


def importers() -> dict[str, type[Importer]]:
    from django.apps import apps

    found: dict[str, type[Importer]] = {}
    for config in apps.get_app_configs():
        module_name = f"{config.name}.imports"
        if not config.name.startswith("tuyengiao.") or importlib.util.find_spec(module_name) is None:
            continue
        for cls in getattr(importlib.import_module(module_name), "IMPORTERS", []):
            found[cls.kind] = cls
    return found


def importer_for(kind: str) -> type[Importer] | None:
    return importers().get(kind)
