"""The generic pages of every register: list (filters, .xlsx), record page, create, edit, delete.

``register_urls(registers, ...)`` gives each register its five URLs; the views read the register
they serve from ``as_view(register=...)``. Access is the scope's, as everywhere: a record outside
the user's read scope is a 404, a readable one they may not write is a 403.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse

from tuyengiao.core.actor import Actor
from tuyengiao.core.registers import Register, delete_record, save_record
from tuyengiao.core.tables import Cell, display
from tuyengiao.core.views import Action, ScopedDetailView, ScopedListView, ScopedView, ServiceFormView


def can_enter(scope) -> bool:
    return scope.is_admin or bool(scope.write_prefixes or scope.clerk_units)


class RegisterListView(ScopedListView):
    register: Register = None

    def dispatch(self, request, *args, **kwargs):
        register = self.register
        self.model, self.table, self.filter_form = register.model, register.table, register.filter_form
        self.title, self.noun, self.export_name = register.title, register.noun, register.slug
        return super().dispatch(request, *args, **kwargs)

    def base_queryset(self):
        return self.register.queryset()

    def actions(self):
        if not can_enter(self.scope):
            return []
        return [Action(self.register.add_label, self.register.url("create"), "primary"),
                Action("Nhập từ Excel", reverse("imports:upload", kwargs={"kind": self.register.kind}))]

    def extra_context(self):
        return {"register": self.register}


class RegisterDetailView(ScopedDetailView):
    register: Register = None
    template_name = "core/record_detail.html"

    def base_queryset(self):
        return self.register.queryset()

    def get_queryset(self, write: bool = False):
        self.model = self.register.model
        return super().get_queryset(write)

    def get_context(self, obj):
        register, actions = self.register, []
        if self.scope.covers(obj.unit):
            actions += [Action("Sửa", register.url("edit", obj), "primary"),
                        Action("Xóa", register.url("delete", obj), "danger")]
        if self.scope.can_see_audit:
            actions.append(Action("Lịch sử thay đổi", reverse("audit:list")
                                  + f"?object_type={register.model._meta.model_name}&object_id={obj.pk}"))
        details = [(label, value if isinstance(value, Cell) else Cell(display(value)))
                   for label, value in register.details(obj)]
        return {"register": register, "details": details, "sections": register.sections(obj, self.scope),
                "actions": actions, "list_url": register.url("list")}


class RegisterFormView(ServiceFormView):
    register: Register = None
    template_name = "core/form.html"

    def dispatch(self, request, *args, **kwargs):
        self.form_class = self.register.form
        return super().dispatch(request, *args, **kwargs)

    def base_queryset(self):
        return self.register.queryset()

    def check_access(self) -> None:
        self.model = self.register.model if "pk" in self.kwargs else None
        super().check_access()

    def allowed(self, obj) -> bool:
        return self.scope.covers(obj.unit) if obj is not None else can_enter(self.scope)

    def initial(self):
        if self.object is not None:
            return self.register.initial(self.object)
        unit = self.request.GET.get("unit", "")[:32]
        return {"unit": unit} if unit else {}

    def get_title(self):
        return f"Sửa: {self.object}" if self.object is not None else self.register.add_label

    def get_success_message(self, result):
        return f"Đã lưu “{result}”."

    def cancel_url(self):
        return self.register.url("detail", self.object) if self.object is not None else self.register.url("list")

    def perform(self, actor, data):
        return save_record(actor, self.register, self.object, data)

    def success_url(self, result):
        return self.register.url("detail", result)


class RegisterDeleteView(ScopedView):
    register: Register = None

    def check_access(self):
        self.model = self.register.model
        self.object = get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])
        if not self.scope.covers(self.object.unit):
            raise PermissionDenied("Bạn không có quyền xóa mục này.")

    def get(self, request, *args, **kwargs):
        return render(request, "core/record_delete.html", {
            "object": self.object, "register": self.register, "cancel_url": self.register.url("detail", self.object)})

    def post(self, request, *args, **kwargs):
        label = str(self.object)
        delete_record(Actor.from_request(request), self.register, self.object)
        messages.success(request, f"Đã xóa “{label}”.")
        return redirect(self.register.url("list"))


def register_urls(registers: list[Register]) -> list:
    patterns = []
    for register in registers:
        slug, kind, kw = register.slug, register.kind, {"register": register}
        patterns += [
            path(f"{slug}/", RegisterListView.as_view(**kw), name=f"{kind}_list"),
            path(f"{slug}/them/", RegisterFormView.as_view(**kw), name=f"{kind}_create"),
            path(f"{slug}/<id:pk>/", RegisterDetailView.as_view(**kw), name=f"{kind}_detail"),
            path(f"{slug}/<id:pk>/sua/", RegisterFormView.as_view(**kw), name=f"{kind}_edit"),
            path(f"{slug}/<id:pk>/xoa/", RegisterDeleteView.as_view(**kw), name=f"{kind}_delete"),
        ]
    return patterns
