"""Generic scoped views, reused by every register (units, members, audit log, and the next ones).

Three views and a filter form, no mixin stacks:

* ``ScopedListView``: a list read through the user's scope, with search, filters (a ``FilterForm``),
  sorting, pagination and ``?format=xlsx`` export, all driven by one ``Table`` definition;
* ``ScopedDetailView``: one object read through the scope; outside it is a 404;
* ``ServiceFormView``: a form whose valid data goes to a service function with the request's
  ``Actor``; the service's ``ValidationError`` shows on the form (input kept), its
  ``PermissionDenied`` is a 403.

Plus the home page.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views import View

from tuyengiao.accounts.scope import request_scope
from tuyengiao.core.actor import Actor
from tuyengiao.core.formats import vn_date
from tuyengiao.core.forms import FilterForm, ScopedForm
from tuyengiao.core.tables import Table


@dataclass(frozen=True)
class Action:
    """A button in a page header."""

    label: str
    url: str
    style: str = "secondary"  # primary | secondary | danger


class ScopedView(View):
    """Login required; ``scope`` and ``get_queryset()`` read through the user's scope."""

    model = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        self.scope = request_scope(request)
        self.check_access()
        return super().dispatch(request, *args, **kwargs)

    def check_access(self) -> None:
        """Raise PermissionDenied when the whole page is not for this user (e.g. the audit log)."""

    def base_queryset(self):
        return self.model._default_manager.all()

    def get_queryset(self, write: bool = False):
        return self.scope.filter(self.base_queryset(), write=write)


class ScopedListView(ScopedView):
    table: Table
    filter_form = FilterForm
    title = ""
    noun = "mục"  # "1.234 người", "56 đơn vị"
    paginate_by = 50
    template_name = "core/list.html"
    export_name = "danh-sach"

    def get(self, request, *args, **kwargs):
        form = self.filter_form(request.GET, scope=self.scope)
        queryset = form.apply(self.get_queryset())
        if request.GET.get("format") == "xlsx":
            return self.table.xlsx_response(self.title, queryset.iterator(chunk_size=2000), self.export_name,
                                            subtitle=self.export_subtitle(form))
        page = Paginator(queryset, self.paginate_by).get_page(request.GET.get("page"))
        context = {
            "title": self.title, "noun": self.noun, "form": form, "page": page, "table": self.table,
            "rows": self.table.html_rows(page.object_list, start=page.start_index()),
            "actions": self.actions(), **self.extra_context(),
        }
        return render(request, self.template_name, context)

    def export_subtitle(self, form) -> str:
        parts = [self.title, f"trích xuất ngày {vn_date(timezone.localdate())}"]
        if form.is_filtered:
            parts.insert(1, form.describe())
        return " – ".join(parts)

    def actions(self) -> list[Action]:
        return []

    def extra_context(self) -> dict:
        return {}


class ScopedDetailView(ScopedView):
    template_name = ""

    def get_object(self):
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    def get_context(self, obj) -> dict:
        return {}

    def get(self, request, *args, **kwargs):
        obj = self.object = self.get_object()
        return render(request, self.template_name, {"object": obj, **self.get_context(obj)})


class ServiceFormView(ScopedView):
    """A form page that writes through a service.

    With ``model`` set, the URL's ``pk`` names the object, read through the scope: outside the
    user's read scope it is a 404, readable but ``allowed()`` false is a 403. Subclasses define
    ``perform(actor, data)`` (call the service, return its result) and ``success_url(result)``.
    """

    form_class = ScopedForm
    template_name = "core/form.html"
    title = ""
    submit_label = "Lưu"
    submit_style = "primary"
    success_message = ""
    denied_message = "Bạn không có quyền thực hiện thao tác này."
    error_fields: dict[str, str] = {}  # a service's error key -> the form field that shows it

    def check_access(self) -> None:
        self.object = None
        if self.model is not None:
            self.object = get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])
        if not self.allowed(self.object):
            raise PermissionDenied(self.denied_message)

    def allowed(self, obj) -> bool:
        return True

    def initial(self) -> dict:
        return {}

    def get_form(self, data=None):
        return self.form_class(data, initial=self.initial(), scope=self.scope, obj=self.object)

    def perform(self, actor: Actor, data: dict):
        raise NotImplementedError

    def success_url(self, result) -> str:
        raise NotImplementedError

    def cancel_url(self) -> str:
        return reverse("home") if self.object is None else self.object_url()

    def object_url(self) -> str:
        return getattr(self.object, "get_absolute_url", lambda: "/")()

    def get_title(self) -> str:
        return self.title

    def get(self, request, *args, **kwargs):
        return self.render_form(self.get_form())

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if form.is_valid():
            try:
                result = self.perform(Actor.from_request(request), form.cleaned_data)
            except ValidationError as error:
                self.show_errors(form, error)
            else:
                message = self.get_success_message(result)
                if message:
                    messages.success(request, message)
                return redirect(self.success_url(result))
        return self.render_form(form)

    def get_success_message(self, result) -> str:
        return self.success_message.format(result=result, object=self.object)

    def show_errors(self, form, error: ValidationError) -> None:
        if not hasattr(error, "error_dict"):
            form.add_error(None, error.messages)
            return
        for key, messages_ in error.message_dict.items():
            field = self.error_fields.get(key, key)
            form.add_error(field if field in form.fields else None, messages_)

    def render_form(self, form):
        context = {"form": form, "object": self.object, "title": self.get_title(), "submit_label": self.submit_label,
                   "submit_style": self.submit_style, "cancel_url": self.cancel_url(), **self.extra_context()}
        return render(self.request, self.template_name, context)

    def extra_context(self) -> dict:
        return {}


ROLE_MEANING = {
    "admin": "Xem và cập nhật dữ liệu của toàn hệ thống.",
    "officer": "Xem và cập nhật dữ liệu của đơn vị này và mọi đơn vị trực thuộc.",
    "leader": "Xem số liệu của đơn vị này và mọi đơn vị trực thuộc (chỉ xem).",
    "clerk": "Cập nhật dữ liệu của riêng đơn vị này.",
}


class HomeView(ScopedView):
    """The user's scope: their roles and units, the key counts of each subtree, their own record."""

    def get(self, request):
        from tuyengiao.org.tables import subtree_totals
        from tuyengiao.people.models import Member

        scope = self.scope
        # A member without a role sees their own record, not counts of a unit they cannot list.
        has_role = scope.is_admin or bool(scope.read_prefixes or scope.clerk_units)
        roots = [{"unit": unit, **subtree_totals(scope, unit)} for unit in scope.root_units()] if has_role else []
        context = {
            "roots": roots,
            "assignments": [(a, ROLE_MEANING.get(a.role, "")) for a in scope.assignments],
            "own_records": Member.objects.filter(pk__in=scope.member_ids).select_related("unit"),
            "can_import": scope.is_admin or bool(scope.write_prefixes or scope.clerk_units),
            "today": timezone.localdate(),
        }
        return render(request, "core/home.html", context)


home = HomeView.as_view()
