"""``<id:pk>`` in URLs: a database id. Unlike ``<int:…>`` it refuses numbers too big for the
database (which would be a 500 from the driver instead of a 404)."""

from django.urls import register_converter


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))


register_converter(IdConverter, "id")
