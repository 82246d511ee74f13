"""The audit log is written by the service functions themselves, inside their transaction,
so imports, commands and background jobs are logged exactly like web requests."""

import datetime
import decimal

from django.db import models

from tuyengiao.audit.models import AuditEntry
from tuyengiao.core.actor import Actor


def snapshot(obj: models.Model, fields: list[str] | None = None) -> dict:
    """The concrete field values of a row, JSON-ready (foreign keys as ids)."""
    data = {}
    for field in obj._meta.concrete_fields:
        if fields is not None and field.name not in fields:
            continue
        if field.name in {"name_key", "name_fold", "sort_key", "updated_at"}:
            continue
        value = getattr(obj, field.attname)
        if isinstance(value, (datetime.date, datetime.datetime)):
            value = value.isoformat()
        elif isinstance(value, decimal.Decimal):
            value = str(value)
        data[field.attname] = value
    return data


def record(
    actor: Actor,
    action: str,
    obj: models.Model | None = None,
    *,
    unit=None,
    before: dict | None = None,
    after: dict | None = None,
    object_type: str | None = None,
    object_repr: str | None = None,
) -> AuditEntry:
    if unit is None and obj is not None and hasattr(obj, "unit_for_scope"):
        unit = obj.unit_for_scope()
    return AuditEntry.objects.create(
        user=actor.user,
        actor_label=actor.label or (actor.user.get_username() if actor.user else actor.source),
        source=actor.source,
        action=action,
        object_type=object_type or (obj._meta.model_name if obj is not None else ""),
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        object_repr=(object_repr or (str(obj) if obj is not None else ""))[:255],
        unit=unit,
        unit_path=unit.path if unit is not None else "",
        before=before,
        after=after,
    )
