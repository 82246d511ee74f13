"""Registry, initiative page, gallery of initiatives selected for replication, and the unit's own
forms (register, edit, status, yearly upkeep, adopt)."""

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse

from tuyengiao.core.views import Action, ScopedDetailView, ScopedListView, ServiceFormView
from tuyengiao.initiatives import access, figures, services
from tuyengiao.initiatives.forms import AdoptForm, InitiativeFilterForm, InitiativeForm, StatusForm, YearForm
from tuyengiao.initiatives.models import DossierItem, Initiative, InitiativeFlag
from tuyengiao.initiatives.review import can_dismiss
from tuyengiao.initiatives.spread import spread
from tuyengiao.initiatives.tables import gallery_table, initiative_table
from tuyengiao.org.models import Unit


def _count(model, field: str):
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("id"))
    return Coalesce(Subquery(rows.values("n")[:1], output_field=IntegerField()), 0)


def listed(queryset):
    """What a row of a list shows: unit, origin, counts and open flags, without a query per row."""
    open_flags = InitiativeFlag.objects.filter(current=True, status=InitiativeFlag.State.OPEN)
    return (queryset.select_related("unit", "unit__parent", "adopted_from__unit", "replication_unit")
            .annotate(item_count=_count(DossierItem, "initiative"), adoption_count=_count(Initiative, "adopted_from"))
            .prefetch_related(Prefetch("flags", queryset=open_flags, to_attr="open_flags")))


class RegistryView(ScopedListView):
    model = Initiative
    table = initiative_table
    filter_form = InitiativeFilterForm
    title = "Mô hình học tập và làm theo Bác"
    noun = "mô hình"
    export_name = "mo-hinh-hoc-tap-lam-theo-bac"
    template_name = "initiatives/registry.html"

    def base_queryset(self):
        return listed(Initiative.objects.all())

    def actions(self):
        actions = [Action("Mô hình được chọn nhân rộng", reverse("initiatives:gallery"))]
        if access.can_register(self.scope):
            actions = [Action("Đăng ký mô hình", reverse("initiatives:create"), "primary"), *actions,
                       Action("Nhập từ Excel", reverse("imports:upload", kwargs={"kind": "initiatives"}))]
        return actions

    def extra_context(self):
        form = self.filter_form(self.request.GET, scope=self.scope)
        data = form.valid_data()
        unit, year = data.get("unit"), data.get("year")
        units = [unit] if unit is not None else self.scope.root_units()
        if not (self.scope.is_admin or self.scope.read_prefixes or self.scope.clerk_units):
            return {}
        total = {key: 0 for key in figures.KEYS}
        for root in units:
            for key, value in figures.initiative_figures(root, year)["initiatives"].items():
                total[key] += value
        return {"figures": total, "figures_year": year}


class GalleryView(ScopedListView):
    """Initiatives selected for replication that the user's units may adopt (see ``access.gallery_q``)."""

    model = Initiative
    table = gallery_table
    filter_form = InitiativeFilterForm
    title = "Mô hình được chọn để nhân rộng"
    noun = "mô hình"
    export_name = "mo-hinh-nhan-rong"
    template_name = "initiatives/registry.html"

    def get_queryset(self, write: bool = False):
        return listed(Initiative.objects.filter(access.gallery_q(self.scope)))

    def actions(self):
        return [Action("Danh sách mô hình", reverse("initiatives:list"))]

    def extra_context(self):
        return {"intro": "Các mô hình tiêu biểu được cấp ủy cấp trên chọn để nhân rộng. Mở một mô hình để xem "
                         "cách làm và đăng ký áp dụng cho đơn vị của mình."}


class InitiativeDetailView(ScopedDetailView):
    template_name = "initiatives/detail.html"

    def get_queryset(self, write: bool = False):
        return access.readable(self.scope, Initiative.objects.select_related(
            "unit", "unit__parent", "theme", "adopted_from", "adopted_from__unit", "replication_unit", "created_by"))

    def get_context(self, initiative):
        scope = self.scope
        in_tree = scope.can_read(initiative)
        writer = access.can_write(scope, initiative)
        reviewer = access.can_review(scope, initiative)
        actions = []
        if writer:
            actions += [Action("Tải lên hồ sơ", reverse("initiatives:upload", args=[initiative.pk]), "primary"),
                        Action("Sửa thông tin", reverse("initiatives:edit", args=[initiative.pk])),
                        Action("Cập nhật trạng thái", reverse("initiatives:status", args=[initiative.pk])),
                        Action("Báo cáo duy trì trong năm", reverse("initiatives:year", args=[initiative.pk]))]
        if reviewer and initiative.status != "stopped":
            actions.append(Action("Đánh giá", reverse("initiatives:evaluate", args=[initiative.pk]), "primary"))
            latest = initiative.evaluations.order_by("-date", "-id").first()
            if (latest is not None and latest.result == "typical" and initiative.status != "replicating"
                    and initiative.adopted_from_id is None):
                actions.append(Action("Chọn để nhân rộng", reverse("initiatives:select", args=[initiative.pk])))
        if access.adoptable_units(scope, initiative).exists():
            actions.append(Action("Đăng ký áp dụng cho đơn vị", reverse("initiatives:adopt", args=[initiative.pk]),
                                  "primary"))
        if scope.can_see_audit and in_tree:
            actions.append(Action("Lịch sử thay đổi",
                                  reverse("audit:list") + f"?object_type=initiative&object_id={initiative.pk}"))
        flags = list(initiative.flags.filter(current=True).select_related("dismissed_by", "matched_initiative"))
        readable_ids = set(access.readable(scope).filter(
            pk__in=[f.matched_initiative_id for f in flags if f.matched_initiative_id]).values_list("pk", flat=True))
        return {
            "initiative": initiative, "actions": actions, "in_tree": in_tree, "can_write": writer,
            "items": list(initiative.items.select_related("uploaded_by")) if in_tree else [],
            "item_count": initiative.items.count(),
            "history": list(initiative.status_changes.select_related("changed_by")),
            "years": list(initiative.years.all()),
            "evaluations": list(initiative.evaluations.select_related("evaluator", "evaluator_unit")),
            "flags": flags, "readable_matches": readable_ids,
            "can_dismiss": bool(flags) and can_dismiss(scope, flags[0]),
            "spread": spread(initiative.original, scope),
        }


class InitiativeFormBase(ServiceFormView):
    model = Initiative
    form_class = InitiativeForm
    fields = ("name", "field", "theme", "description", "goals", "targets", "people_in_charge")

    def base_queryset(self):
        return Initiative.objects.select_related("unit")

    def allowed(self, initiative):
        return access.can_write(self.scope, initiative)

    def success_url(self, result):
        # An evaluation or a selection returns its own row: go back to the initiative it is about.
        initiative = result if isinstance(result, Initiative) else self.object
        return reverse("initiatives:detail", args=[initiative.pk])


class InitiativeCreateView(InitiativeFormBase):
    model = None
    title = "Đăng ký mô hình học tập và làm theo Bác"
    submit_label = "Đăng ký"
    success_message = "Đã đăng ký mô hình “{result.name}”. Hãy tải lên kế hoạch và các tài liệu của hồ sơ."
    denied_message = "Bạn không có quyền đăng ký mô hình."

    def allowed(self, obj):
        return access.can_register(self.scope)

    def initial(self):
        code = self.request.GET.get("unit", "")[:32]
        if not code:
            units = list(self.scope.clerk_units)
            code = Unit.objects.filter(pk=units[0]).values_list("code", flat=True).first() if len(units) == 1 else ""
        return {"unit": code}

    def cancel_url(self):
        return reverse("initiatives:list")

    def perform(self, actor, data):
        return services.register_initiative(actor, **data)


class InitiativeEditView(InitiativeFormBase):
    success_message = "Đã lưu thông tin mô hình “{result.name}”."

    def get_title(self):
        return f"Sửa thông tin mô hình: {self.object.name}"

    def initial(self):
        return {name: getattr(self.object, name) for name in self.fields}

    def perform(self, actor, data):
        return services.update_initiative(actor, self.object, **data)


class StatusView(InitiativeFormBase):
    form_class = StatusForm
    submit_label = "Ghi nhận"
    error_fields = {"action": "action"}

    def get_title(self):
        return f"Cập nhật trạng thái: {self.object.name}"

    def extra_context(self):
        return {"intro": f"Hiện tại: {self.object.get_status_display()}. Việc đánh giá, công nhận tiêu biểu và "
                         "chọn nhân rộng do cấp ủy cấp trên thực hiện."}

    def get_success_message(self, result):
        return f"Đã ghi nhận: {result.get_status_display().lower()}."

    def perform(self, actor, data):
        return services.change_status(actor, self.object, data["action"], data["on"], data["note"])


class YearView(InitiativeFormBase):
    form_class = YearForm
    submit_label = "Ghi nhận"

    def get_title(self):
        return f"Báo cáo duy trì trong năm: {self.object.name}"

    def initial(self):
        from tuyengiao.initiatives.forms import this_year

        return {"year": this_year(), "maintained": "1"}

    def get_success_message(self, result):
        return f"Đã ghi nhận năm {result.year}: {'có duy trì' if result.maintained else 'không duy trì'}."

    def perform(self, actor, data):
        return services.record_year(actor, self.object, data["year"], data["maintained"] == "1", data["note"])

    def success_url(self, result):
        return reverse("initiatives:detail", args=[result.initiative_id])


class AdoptView(InitiativeFormBase):
    form_class = AdoptForm
    submit_label = "Đăng ký áp dụng"
    denied_message = "Bạn không có đơn vị nào trong phạm vi nhân rộng của mô hình này có thể đăng ký áp dụng."

    def get_queryset(self, write: bool = False):
        return access.readable(self.scope, Initiative.objects.select_related("unit", "replication_unit"))

    def allowed(self, initiative):
        return access.adoptable_units(self.scope, initiative).exists()

    def get_title(self):
        return f"Áp dụng mô hình “{self.object.name}” tại đơn vị"

    def initial(self):
        units = list(access.adoptable_units(self.scope, self.object).values_list("code", flat=True)[:2])
        return {"description": self.object.description, "unit": units[0] if len(units) == 1 else ""}

    def extra_context(self):
        return {"intro": f"Mô hình gốc của {self.object.unit.name}. Đơn vị áp dụng có mô hình riêng, liên kết với "
                         "mô hình gốc; hãy tải lên kế hoạch triển khai tại đơn vị sau khi đăng ký."}

    def get_success_message(self, result):
        return f"{result.unit.name} đã đăng ký áp dụng mô hình “{result.name}”."

    def perform(self, actor, data):
        return services.adopt(actor, self.object, data["unit"], description=data["description"],
                              people_in_charge=data["people_in_charge"])


registry = RegistryView.as_view()
gallery = GalleryView.as_view()
detail = InitiativeDetailView.as_view()
create = InitiativeCreateView.as_view()
edit = InitiativeEditView.as_view()
status = StatusView.as_view()
year = YearView.as_view()
adopt = AdoptView.as_view()
