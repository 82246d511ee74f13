"""Helpers for the page tests (test_pages_*.py): a client on plain http, signing in as a tree user,
and the permission matrix's row type.

Any test module may define ``PERMISSION_MATRIX = {url_name: [Row(...), ...]}`` for its own app's
URLs; tests/test_pages_permissions.py collects them all and fails for a URL pattern nobody covers.
"""

from dataclasses import dataclass, field
from typing import Callable

import pytest

BACKEND = "django.contrib.auth.backends.ModelBackend"
USERS = ["admin", "tinh", "huyen", "lanhdao", "coso", "chibo", "dangvien", "noone"]


@pytest.fixture(autouse=True)
def plain_http(settings):
    # Production settings redirect http to https; the test client speaks http.
    settings.SECURE_SSL_REDIRECT = False


def sign_in(client, tree, name: str):
    client.force_login(tree.users[name], backend=BACKEND)
    return client


def statuses(default: int, **overrides: int) -> dict[str, int]:
    """The status each tree user gets: ``default`` unless overridden by user name."""
    unknown = set(overrides) - set(USERS)
    assert not unknown, f"unknown users {unknown}"
    return {user: overrides.get(user, default) for user in USERS}


@dataclass
class Row:
    """One URL of the matrix: how to build its kwargs from the ``tree`` fixture, the GET status of
    every user, an optional query string, and the form data a refused (403/404) user POSTs (which
    must change nothing)."""

    kwargs: Callable = lambda t: {}  # noqa: E731
    expect: dict = field(default_factory=lambda: statuses(200))
    query: str | Callable = ""  # or a function of the tree
    post: Callable | None = None
    anonymous: int = 302  # 302 means: to the login page
