"""Finding the per-app modules the project is assembled from (``figures``, ``imports``, ``panels`` ...)."""

import importlib
import importlib.util
from types import ModuleType


def app_modules(name: str) -> list[ModuleType]:
    """``<app>.<name>`` of every installed tuyengiao app that has one, in INSTALLED_APPS order."""
    from django.apps import apps

    found = []
    for config in apps.get_app_configs():
        module = f"{config.name}.{name}"
        if config.name.startswith("tuyengiao.") and importlib.util.find_spec(module) is not None:
            found.append(importlib.import_module(module))
    return found
