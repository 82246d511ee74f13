"""Member pages: the list (search, filters, .xlsx), the member page, and the forms."""

from django.urls import reverse
from django.utils import timezone

from tuyengiao.core.views import Action, ScopedDetailView, ScopedListView, ServiceFormView
from tuyengiao.org.models import Unit
from tuyengiao.people import services
from tuyengiao.people.forms import EndForm, MemberFilterForm, MemberForm, TransferForm
from tuyengiao.people.models import Member, Status
from tuyengiao.people.tables import member_table, member_url

MEMBER_FIELDS = ("full_name", "gender", "birth_year", "position", "duties", "is_head", "category")


def can_enter_members(scope) -> bool:
    return scope.is_admin or bool(scope.write_prefixes or scope.clerk_units)


def can_manage_member(scope, member) -> bool:
    """Edit, transfer or end: whoever writes the member's unit. A member sees their own record only."""
    return scope.covers(member.unit)


class MemberListView(ScopedListView):
    model = Member
    table = member_table
    filter_form = MemberFilterForm
    title = "Danh sách đảng viên"
    noun = "người"
    export_name = "danh-sach-dang-vien"

    def base_queryset(self):
        return Member.objects.select_related("unit", "unit__parent")

    def actions(self):
        if not can_enter_members(self.scope):
            return []
        return [Action("Thêm đảng viên", reverse("people:create"), "primary"),
                Action("Nhập từ Excel", reverse("imports:upload", kwargs={"kind": "members"}))]


class MemberDetailView(ScopedDetailView):
    model = Member
    template_name = "people/member_detail.html"

    def base_queryset(self):
        return Member.objects.select_related("unit", "user")

    def get_context(self, member):
        transfers = list(member.transfers.select_related("from_unit", "to_unit").order_by("-date", "-id"))
        unit_ids = {u for t in transfers for u in (t.from_unit_id, t.to_unit_id) if u}
        readable = set(self.scope.filter(Unit.objects.filter(pk__in=unit_ids)).values_list("pk", flat=True))
        actions = []
        if can_manage_member(self.scope, member):
            actions.append(Action("Sửa thông tin", reverse("people:edit", args=[member.pk]), "primary"))
            if member.status == Status.ACTIVE:
                actions += [Action("Chuyển sinh hoạt", reverse("people:transfer", args=[member.pk])),
                            Action("Thôi sinh hoạt", reverse("people:end", args=[member.pk]), "danger")]
        if self.scope.can_see_audit:
            actions.append(Action("Lịch sử thay đổi",
                                  reverse("audit:list") + f"?object_type=member&object_id={member.pk}"))
        return {"member": member, "transfers": transfers, "readable_units": readable, "actions": actions}


class MemberFormBase(ServiceFormView):
    model = Member

    def base_queryset(self):
        return Member.objects.select_related("unit")

    def allowed(self, member):
        return can_manage_member(self.scope, member)

    def object_url(self):
        return member_url(self.object)

    def success_url(self, result):
        return member_url(result)


class MemberCreateView(MemberFormBase):
    model = None
    form_class = MemberForm
    title = "Thêm đảng viên"
    submit_label = "Thêm"
    success_message = "Đã thêm “{result.full_name}”."
    denied_message = "Bạn không có quyền thêm đảng viên."

    def allowed(self, obj):
        return can_enter_members(self.scope)

    def initial(self):
        return {"unit": self.request.GET.get("unit", "")[:32], "category": "party"}

    def cancel_url(self):
        return reverse("people:list")

    def perform(self, actor, data):
        return services.create_member(actor, **data)


class MemberEditView(MemberFormBase):
    form_class = MemberForm
    success_message = "Đã lưu thông tin của “{result.full_name}”."

    def get_title(self):
        return f"Sửa thông tin {self.object.full_name}"

    def initial(self):
        return {field: getattr(self.object, field) for field in MEMBER_FIELDS}

    def perform(self, actor, data):
        return services.update_member(actor, self.object, **data)


class MemberTransferView(MemberFormBase):
    form_class = TransferForm
    submit_label = "Chuyển sinh hoạt"
    success_message = "Đã chuyển sinh hoạt cho “{result.full_name}” đến {result.unit.name}."
    error_fields = {"unit": "to_unit"}

    def get_title(self):
        return f"Chuyển sinh hoạt: {self.object.full_name}"

    def initial(self):
        return {"on": timezone.localdate()}

    def extra_context(self):
        return {"intro": f"Hiện sinh hoạt tại {self.object.unit.name}. Quá trình sinh hoạt cũ được giữ lại."}

    def perform(self, actor, data):
        return services.transfer_member(actor, self.object, data["to_unit"], data["on"], data["reason"])


class MemberEndView(MemberFormBase):
    form_class = EndForm
    submit_label = "Xác nhận thôi sinh hoạt"
    submit_style = "danger"

    def get_title(self):
        return f"Thôi sinh hoạt: {self.object.full_name}"

    def get_success_message(self, result):
        return f"Đã ghi nhận “{result.full_name}”: {result.get_status_display().lower()}."

    def initial(self):
        return {"on": timezone.localdate()}

    def extra_context(self):
        return {"intro": "Hồ sơ vẫn được giữ lại để tra cứu và tính số liệu các năm trước."}

    def perform(self, actor, data):
        return services.end_membership(actor, self.object, data["status"], data["on"], data["reason"])


member_list = MemberListView.as_view()
detail = MemberDetailView.as_view()
create = MemberCreateView.as_view()
edit = MemberEditView.as_view()
transfer = MemberTransferView.as_view()
end = MemberEndView.as_view()
