"""The one place that decides what a user may see and change.

Every list, detail page, export, API endpoint and service uses ``Scope``. A scoped model names
where its unit is with two class attributes: ``scope_path`` (lookup of the unit's tree path) and
``scope_unit`` (lookup of the unit id); a model a member may own also names ``scope_member`` (the
lookup of the member id). Rules:

* administrator: everything;
* officer: read and write the subtree of each unit they hold the role on;
* leader: read the subtree;
* clerk: read and write exactly their unit and its rows (members, pledges ...);
* member: read and write their own rows, read their own unit.
"""

from functools import cached_property

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from tuyengiao.accounts.models import Role
from tuyengiao.org.tree import subtree_q


class Scope:
    def __init__(self, user):
        self.user = user
        self.is_admin = False
        self.read_prefixes: list[str] = []
        self.write_prefixes: list[str] = []
        self.clerk_units: dict[int, str] = {}
        self.member_ids: list[int] = []
        self.member_unit_ids: list[int] = []
        if user is None or not user.is_authenticated or not user.is_active:
            return
        self.is_admin = user.is_superuser
        for assignment in user.roles.select_related("unit"):
            if assignment.role == Role.ADMIN:
                self.is_admin = True
            elif assignment.unit is None:
                continue
            elif assignment.role == Role.OFFICER:
                self.read_prefixes.append(assignment.unit.path)
                self.write_prefixes.append(assignment.unit.path)
            elif assignment.role == Role.LEADER:
                self.read_prefixes.append(assignment.unit.path)
            elif assignment.role == Role.CLERK:
                self.clerk_units[assignment.unit_id] = assignment.unit.path
        for member_id, unit_id in user.member_records.values_list("id", "unit_id"):
            self.member_ids.append(member_id)
            self.member_unit_ids.append(unit_id)

    @cached_property
    def assignments(self):
        return list(self.user.roles.select_related("unit").order_by("role")) if self.user else []

    @property
    def is_anonymous(self) -> bool:
        return self.user is None or not self.user.is_authenticated

    @property
    def has_any_access(self) -> bool:
        return self.is_admin or bool(self.read_prefixes or self.clerk_units or self.member_ids)

    def q(self, model, write: bool = False) -> Q:
        """A filter that keeps exactly the rows of ``model`` this user may read (or write)."""
        if self.is_admin:
            return Q()
        allowed = Q(pk__in=[])
        for prefix in self.write_prefixes if write else self.read_prefixes:
            allowed |= subtree_q(prefix, model.scope_path)
        if self.clerk_units:
            allowed |= Q(**{f"{model.scope_unit}__in": list(self.clerk_units)})
        member_lookup = getattr(model, "scope_member", None)
        if self.member_ids and member_lookup:
            allowed |= Q(**{f"{member_lookup}__in": self.member_ids})
        if not write and self.member_unit_ids and model._meta.label == "org.Unit":
            allowed |= Q(id__in=self.member_unit_ids)
        return allowed

    def filter(self, queryset, write: bool = False):
        return queryset.filter(self.q(queryset.model, write))

    def can_read(self, obj) -> bool:
        return self.filter(type(obj)._default_manager.filter(pk=obj.pk)).exists()

    def can_write(self, obj) -> bool:
        return self.filter(type(obj)._default_manager.filter(pk=obj.pk), write=True).exists()

    def covers(self, unit, write: bool = True) -> bool:
        """May this user write (or read) rows that belong to ``unit``?"""
        if self.is_admin:
            return True
        prefixes = self.write_prefixes if write else self.read_prefixes
        return any(unit.path.startswith(prefix) for prefix in prefixes) or unit.pk in self.clerk_units

    def reads_subtree(self, unit) -> bool:
        """May this user read every row under ``unit`` (and so its subtree's figures)?"""
        return self.is_admin or any(unit.path.startswith(prefix) for prefix in self.read_prefixes)

    def can_manage_tree(self, unit) -> bool:
        """Create, move, merge or close units under ``unit``: officers of its subtree only."""
        return self.is_admin or any(unit.path.startswith(prefix) for prefix in self.write_prefixes)

    @property
    def can_see_audit(self) -> bool:
        return self.is_admin or bool(self.write_prefixes)

    def root_units(self):
        """The units at the top of what this user sees: the starting points of their tree."""
        from tuyengiao.org.models import Unit

        if self.is_admin:
            return list(Unit.objects.filter(parent__isnull=True))
        ids = set(self.clerk_units) | set(self.member_unit_ids)
        prefixes = sorted(set(self.read_prefixes))
        tops = [p for p in prefixes if not any(p != o and p.startswith(o) for o in prefixes)]
        units = list(Unit.objects.filter(Q(path__in=tops) | Q(id__in=ids)).order_by("path"))
        return [u for u in units if not any(u.path != p and u.path.startswith(p) for p in tops)]


def scope_for(user) -> Scope:
    return Scope(user)


def request_scope(request) -> Scope:
    scope = getattr(request, "_tuyengiao_scope", None)
    if scope is None:
        scope = request._tuyengiao_scope = Scope(request.user)
    return scope


def actor_scope(actor) -> Scope | None:
    """The scope of the person behind a service call; None for the system itself."""
    return None if actor.user is None else Scope(actor.user)


NO_PERMISSION = "Bạn không có quyền thay đổi dữ liệu của đơn vị này."


def require_unit_write(actor, unit) -> None:
    """Called by services inside their transaction, with the unit re-read from the database."""
    scope = actor_scope(actor)
    if scope is not None and not scope.covers(unit):
        raise PermissionDenied(NO_PERMISSION)


def require_tree_manage(actor, unit) -> None:
    scope = actor_scope(actor)
    if scope is not None and not scope.can_manage_tree(unit):
        raise PermissionDenied("Bạn không có quyền thay đổi cơ cấu tổ chức của đơn vị này.")


def require_write(actor, obj) -> None:
    scope = actor_scope(actor)
    if scope is not None and not scope.can_write(obj):
        raise PermissionDenied(NO_PERMISSION)
