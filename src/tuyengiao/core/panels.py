"""Sections other apps add to a unit's page (activities, initiatives ...), without org knowing them.

An app defines ``<app>/panels.py`` with::

    from tuyengiao.core.panels import unit_panel

    @unit_panel(order=100)
    def activities(request, scope, unit):     # -> HTML (str) or "" to show nothing
        return render_to_string("activities/_unit_panel.html", {...}, request=request)
"""

from collections.abc import Callable

from tuyengiao.core.discovery import app_modules

_panels: list[tuple[int, Callable]] = []
_discovered = False


def unit_panel(order: int = 100):
    def decorate(function: Callable) -> Callable:
        _panels.append((order, function))
        return function
    return decorate


def _discover() -> None:
    global _discovered
    if not _discovered:
        app_modules("panels")
        _discovered = True


def unit_panels(request, scope, unit) -> list[str]:
    _discover()
    html = (function(request, scope, unit) for _, function in sorted(_panels, key=lambda item: item[0]))
    return [part for part in html if part]
