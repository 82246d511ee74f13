"""Collecting Vietnamese validation errors before a service writes anything."""

from django.core.exceptions import ValidationError


class Errors:
    def __init__(self):
        self.by_field: dict[str, list[str]] = {}

    def add(self, field: str, message: str) -> None:
        self.by_field.setdefault(field, []).append(message)

    def check(self, ok: bool, field: str, message: str) -> None:
        if not ok:
            self.add(field, message)

    def raise_if_any(self) -> None:
        if self.by_field:
            raise ValidationError(self.by_field)


def messages_of(error: ValidationError) -> list[str]:
    """Flat list of messages, for row-level import errors and command-line output."""
    if hasattr(error, "error_dict"):
        return [message for messages in error.message_dict.values() for message in messages]
    return list(error.messages)
