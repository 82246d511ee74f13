"""The text-quality engine: plain Python, no Django imports.

Public API: ``normalize`` (Vietnamese canonical forms, search folding, name sort keys).
"""

from tuyengiao.screening.normalize import canonical, clean, fold, name_sort_key, search_keys

__all__ = ["canonical", "clean", "fold", "name_sort_key", "search_keys"]
