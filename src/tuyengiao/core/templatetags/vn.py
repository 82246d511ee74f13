"""Vietnamese formats in templates: {{ n|vn_number }} "1.500", {{ d|vn_date }} "15/6/2023",
{{ n|vn_count:"người" }} "1.234 người", {% vn_percent part whole %} "98%"."""

import datetime

from django import template
from django.utils import timezone

from tuyengiao.core import formats
from tuyengiao.core.tables import display

register = template.Library()


@register.filter
def vn_number(value, decimals=0):
    try:
        return formats.vn_number(value, int(decimals))
    except (TypeError, ValueError):
        return value


@register.filter
def vn_count(value, noun):
    return f"{vn_number(value)} {noun}"


@register.filter
def vn_date(value):
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return formats.vn_date(value) if isinstance(value, datetime.date) else ""


@register.filter
def vn_long_date(value):
    return formats.vn_long_date(value) if isinstance(value, datetime.date) else ""


@register.filter
def vn_datetime(value):
    return display(value) if isinstance(value, datetime.datetime) else ""


@register.filter
def person_name(user):
    """A user's name as Vietnamese write it: family and middle names (last_name) before the given name."""
    name = f"{user.last_name} {user.first_name}".strip()
    return name or user.get_username()


@register.filter
def person_initial(user):
    """The avatar letter: the first letter of the given name, which Vietnamese call people by."""
    words = person_name(user).split()
    return words[-1][:1].upper() if words else "?"


@register.filter
def minutes(value):
    """A timedelta (the login lock-out) in whole minutes."""
    if isinstance(value, datetime.timedelta):
        return int(value.total_seconds() // 60)
    return value


@register.simple_tag
def vn_percent(part, whole, decimals=0):
    return formats.vn_percent(part, whole, decimals)


@register.simple_tag
def bar_width(part, whole):
    """A bar's width in percent, for the small charts of figures."""
    if not whole:
        return "0"
    return f"{100 * part / whole:.1f}"


@register.simple_tag
def vn_percent_value(fraction, decimals=0):
    """A fraction (0.87) as "87%"."""
    if not isinstance(fraction, (int, float)):
        return "—"
    return formats.vn_percent(fraction, 1, decimals)


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None
