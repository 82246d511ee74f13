"""Who is doing a write: a signed-in user on the web, or an import, command or background job."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Actor:
    user: Any = None  # a django User, or None for the system itself
    source: str = "web"  # web | import | command | job
    label: str = ""

    @classmethod
    def from_request(cls, request) -> "Actor":
        user = request.user if request.user.is_authenticated else None
        return cls(user=user, source="web", label=user.get_username() if user else "")

    @classmethod
    def system(cls, source: str = "command", label: str = "") -> "Actor":
        return cls(user=None, source=source, label=label or source)

    def for_import(self) -> "Actor":
        return Actor(user=self.user, source="import", label=self.label)

    @property
    def is_system(self) -> bool:
        return self.user is None
