"""Sections other apps add to a unit's page (activities, initiatives ...), without org knowing them.

An app defines ``<app>/panels.py`` with::

    from tuyengiao.core.panels import unit_panel

    @unit_panel(order=100)
    def activities(request, scope, unit):     # -> HTML (str) or "" to show nothing
        return render_to_string("activities/_unit_panel.html", {...}, request=request)
"""

import importlib
import importlib.util
from collections.abc import Callable

_panels: list[tuple[int, Callable]] = []
_discovered = False


def unit_panel(order: int = 100):
    def decorate(function: Callable) -> Callable:
        _panels.append((order, function))
        return function
    return decorate


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    from django.apps import apps

    for config in apps.get_app_configs():
        module = f"{config.name}.panels"
        if config.name.startswith("tuyengiao.") and importlib.util.find_spec(module) is not None:
            importlib.import_module(module)
    _discovered = True


def unit_panels(request, scope, unit) -> list[str]:
    _discover()
    html = (function(request, scope, unit) for _, function in sorted(_panels, key=lambda item: item[0]))
    return [part for part in html if part]
