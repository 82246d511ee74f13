"""Unit pages: the tree browser, the flat list, the unit page, and the forms that change the tree."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from tuyengiao.core.panels import unit_panels
from tuyengiao.core.views import Action, ScopedDetailView, ScopedListView, ScopedView, ServiceFormView
from tuyengiao.org import services
from tuyengiao.org.forms import CloseForm, MergeForm, MoveForm, UnitEditForm, UnitFilterForm, UnitForm
from tuyengiao.org.models import Unit, UnitKind, UnitLineage
from tuyengiao.org.tables import (
    attach_ancestry, child_nodes, nodes_for, open_q, search_units, subtree_totals, unit_table, unit_url,
)
from tuyengiao.org.tree import ancestor_ids, subtree_q
from tuyengiao.people.models import Category, Member, Status
from tuyengiao.people.tables import unit_member_table

# With this many starting units or fewer, the tree opens them one level on arrival.
AUTO_EXPAND_ROOTS = 3


def _flag(request, name: str) -> bool:
    return request.GET.get(name) == "1"


class TreeView(ScopedView):
    def get(self, request):
        include_closed = _flag(request, "all")
        query = request.GET.get("q", "").strip()[:200]
        context = {"q": query, "include_closed": include_closed}
        if query:
            results, more = search_units(self.scope, query, limit=100)
            attach_ancestry(results)
            context.update(results=results, more=more)
        roots = [unit for unit in self.scope.root_units() if include_closed or unit.active_to is None or unit.is_active]
        nodes = nodes_for(self.scope, roots, include_closed)
        chain = self._open_chain(request.GET.get("open", ""))
        if chain is None and len(nodes) <= AUTO_EXPAND_ROOTS:
            chain = {node.unit.pk for node in nodes}
        self._expand(nodes, chain or set(), include_closed)
        context["nodes"] = nodes
        return render(request, "org/tree.html", context)

    def _open_chain(self, value: str) -> set[int] | None:
        """The ids from the top down to the unit named by ``?open=``, when the user may read it."""
        if not value.isdigit() or len(value) > 18:
            return None
        unit = self.scope.filter(Unit.objects.filter(pk=int(value))).first()
        return set(ancestor_ids(unit.path)) if unit else None

    def _expand(self, nodes, chain: set[int], include_closed: bool) -> None:
        for node in nodes:
            if node.unit.pk in chain and node.expandable:
                node.children = child_nodes(self.scope, node.unit, include_closed)
                self._expand(node.children, chain, include_closed)


class ChildrenView(ScopedDetailView):
    """The children of one unit, as an HTML fragment for the tree's expand button."""

    model = Unit

    def get(self, request, *args, **kwargs):
        unit = self.get_object()
        include_closed = _flag(request, "all")
        nodes = child_nodes(self.scope, unit, include_closed)
        return render(request, "org/_tree_nodes.html", {"nodes": nodes, "include_closed": include_closed})


class SearchView(ScopedView):
    """Units matching ``?q=``, as an HTML fragment for the unit picker of forms."""

    def get(self, request):
        write = _flag(request, "write")
        units, more = search_units(self.scope, request.GET.get("q", "").strip()[:200], write=write, limit=20)
        if write:
            units = [unit for unit in units if not unit.closed]
        attach_ancestry(units)
        return render(request, "org/_picker_results.html", {"units": units, "more": more})


class UnitListView(ScopedListView):
    model = Unit
    table = unit_table
    filter_form = UnitFilterForm
    title = "Danh sách đơn vị"
    noun = "đơn vị"
    export_name = "danh-sach-don-vi"

    def base_queryset(self):
        return Unit.objects.select_related("parent").order_by("path")

    def actions(self):
        actions = [Action("Cây tổ chức", reverse("org:tree"))]
        if self.scope.is_admin:
            actions.append(Action("Thêm đơn vị cấp cao nhất", reverse("org:create_root")))
        if self.scope.is_admin or self.scope.write_prefixes:
            actions.append(Action("Nhập từ Excel", reverse("imports:upload", kwargs={"kind": "units"})))
        return actions


class UnitDetailView(ScopedDetailView):
    model = Unit
    template_name = "org/unit_detail.html"

    def get_context(self, unit):
        scope = self.scope
        ancestors = unit.ancestors()
        readable = set(scope.filter(Unit.objects.filter(pk__in=[a.pk for a in ancestors])).values_list("pk", flat=True))
        members = scope.filter(Member.objects.filter(unit=unit, status=Status.ACTIVE)).select_related("unit")
        page = Paginator(members, 50).get_page(self.request.GET.get("page"))
        closed_children = scope.filter(Unit.objects.filter(parent=unit).exclude(open_q())).order_by("path")
        return {
            "unit": unit,
            "ancestors": [(a, a.pk in readable) for a in ancestors],
            "totals": subtree_totals(scope, unit),
            "children": child_nodes(scope, unit),
            "closed_children": list(closed_children),
            "members_page": page,
            "member_table": unit_member_table,
            "member_rows": unit_member_table.html_rows(page.object_list, start=page.start_index()),
            "by_category": self._figures(scope, unit),
            "by_kind": self._kinds(scope, unit),
            "merged_from": UnitLineage.objects.filter(successor=unit).select_related("predecessor"),
            "merged_into": UnitLineage.objects.filter(predecessor=unit).select_related("successor"),
            "actions": self._actions(unit),
            "panels": unit_panels(self.request, scope, unit),
        }

    def _figures(self, scope, unit):
        rows = (scope.filter(Member.objects.filter(subtree_q(unit.path, "unit__path"), status=Status.ACTIVE))
                .order_by().values_list("category").annotate(n=Count("id")))
        counts = dict(rows)
        total = sum(counts.values())
        return [(label, counts.get(value, 0), total) for value, label in Category.choices], total

    def _kinds(self, scope, unit):
        rows = (scope.filter(Unit.objects.filter(subtree_q(unit.path), open_q(), level__gt=unit.level))
                .order_by().values_list("kind").annotate(n=Count("id")))
        counts = dict(rows)
        return [(label, counts[value]) for value, label in UnitKind.choices if counts.get(value)]

    def _actions(self, unit) -> list[Action]:
        scope, pk, actions = self.scope, unit.pk, []
        is_open = unit.active_to is None
        if is_open and scope.covers(unit):
            actions.append(Action("Thêm đảng viên", reverse("people:create") + f"?unit={unit.code}", "primary"))
        if scope.can_write(unit):
            actions.append(Action("Sửa thông tin", reverse("org:edit", args=[pk])))
        if is_open and scope.can_manage_tree(unit):
            actions += [
                Action("Thêm đơn vị trực thuộc", reverse("org:create", args=[pk])),
                Action("Chuyển cấp trên", reverse("org:move", args=[pk])),
                Action("Hợp nhất đơn vị khác vào", reverse("org:merge", args=[pk])),
            ]
        if is_open and scope.can_manage_tree(unit.parent or unit):
            actions.append(Action("Ngừng hoạt động", reverse("org:close", args=[pk]), "danger"))
        return actions


class UnitFormBase(ServiceFormView):
    model = Unit

    def object_url(self):
        return unit_url(self.object)

    def success_url(self, result):
        return unit_url(result if isinstance(result, Unit) else self.object)


class UnitCreateView(UnitFormBase):
    form_class = UnitForm
    submit_label = "Tạo đơn vị"
    success_message = "Đã tạo đơn vị “{result.name}”."
    denied_message = "Bạn không có quyền tạo đơn vị trực thuộc đơn vị này."

    def allowed(self, parent):
        return self.scope.can_manage_tree(parent)

    def get_title(self):
        return f"Thêm đơn vị trực thuộc {self.object.name}"

    def perform(self, actor, data):
        return services.create_unit(actor, parent=self.object, **data)


class UnitCreateRootView(UnitCreateView):
    model = None
    title = "Thêm đơn vị cấp cao nhất"

    def allowed(self, obj):
        return self.scope.is_admin

    def get_title(self):
        return self.title

    def cancel_url(self):
        return reverse("org:tree")

    def perform(self, actor, data):
        return services.create_unit(actor, parent=None, **data)


class UnitEditView(UnitFormBase):
    form_class = UnitEditForm
    success_message = "Đã lưu thông tin đơn vị."

    def allowed(self, unit):
        return self.scope.can_write(unit)

    def get_title(self):
        return f"Sửa thông tin {self.object.name}"

    def initial(self):
        return {field: getattr(self.object, field) for field in services.EDITABLE_FIELDS}

    def perform(self, actor, data):
        changes = {key: value for key, value in data.items() if value is not None}
        return services.update_unit(actor, self.object, **changes)


class UnitMoveView(UnitFormBase):
    form_class = MoveForm
    submit_label = "Chuyển"
    success_message = "Đã chuyển “{result.name}” sang đơn vị cấp trên mới."

    def allowed(self, unit):
        return self.scope.can_manage_tree(unit)

    def get_title(self):
        return f"Chuyển {self.object.name} sang đơn vị cấp trên khác"

    def perform(self, actor, data):
        return services.move_unit(actor, self.object, data["parent"])


class UnitCloseView(UnitFormBase):
    form_class = CloseForm
    submit_label = "Cho ngừng hoạt động"
    submit_style = "danger"
    success_message = "Đơn vị “{result.name}” đã ngừng hoạt động."

    def allowed(self, unit):
        return self.scope.can_manage_tree(unit.parent or unit)

    def get_title(self):
        return f"Cho {self.object.name} ngừng hoạt động"

    def initial(self):
        return {"on": timezone.localdate()}

    def extra_context(self):
        return {"intro": "Đơn vị ngừng hoạt động vẫn được giữ lại cùng toàn bộ lịch sử. Trước khi cho ngừng, "
                         "hãy chuyển sinh hoạt cho đảng viên và chuyển hoặc cho ngừng các đơn vị trực thuộc."}

    def perform(self, actor, data):
        return services.close_unit(actor, self.object, data["on"])


class UnitMergeView(UnitFormBase):
    form_class = MergeForm
    submit_label = "Hợp nhất"
    submit_style = "danger"
    error_fields = {"successor": "sources"}

    def allowed(self, unit):
        return self.scope.can_manage_tree(unit)

    def get_title(self):
        return f"Hợp nhất các đơn vị khác vào {self.object.name}"

    def extra_context(self):
        return {"intro": "Các đơn vị được chọn sẽ ngừng hoạt động từ ngày hợp nhất; đơn vị trực thuộc và đảng viên "
                         f"đang sinh hoạt của chúng chuyển sang {self.object.name}. Lịch sử (đăng ký, mô hình, "
                         "số liệu) của đơn vị cũ được tính cho đơn vị này."}

    def perform(self, actor, data):
        return services.merge_units(actor, list(data["sources"]), self.object, data["on"], data["note"])

    def get_success_message(self, links):
        return f"Đã hợp nhất {len(links)} đơn vị vào “{self.object.name}”."


tree = TreeView.as_view()
children = ChildrenView.as_view()
search = SearchView.as_view()
unit_list = UnitListView.as_view()
detail = UnitDetailView.as_view()
create = UnitCreateView.as_view()
create_root = UnitCreateRootView.as_view()
edit = UnitEditView.as_view()
move = UnitMoveView.as_view()
close = UnitCloseView.as_view()
merge = UnitMergeView.as_view()
