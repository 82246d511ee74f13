"""Pages of the officers above a unit: evaluate, select for replication, dismiss a flag; and the
dossier: upload, download (scoped, never a public URL), delete."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import messages_of
from tuyengiao.core.views import ScopedView
from tuyengiao.initiatives import access, dossier, files, review
from tuyengiao.initiatives.forms import EvaluationForm, SelectForm, UploadForm
from tuyengiao.initiatives.models import CRITERIA, DossierItem, Initiative, InitiativeFlag
from tuyengiao.initiatives.views import InitiativeFormBase


class ReviewFormBase(InitiativeFormBase):
    denied_message = "Chỉ cán bộ của cấp ủy cấp trên mới đánh giá, lựa chọn mô hình của đơn vị này."

    def allowed(self, initiative):
        return access.can_review(self.scope, initiative)


class EvaluateView(ReviewFormBase):
    form_class = EvaluationForm
    submit_label = "Lưu kết quả đánh giá"
    success_message = "Đã lưu kết quả đánh giá mô hình “{object.name}”."

    def get_title(self):
        return f"Đánh giá mô hình: {self.object.name}"

    def extra_context(self):
        return {"intro": f"{self.object.unit.name} · đăng ký năm {self.object.year} · "
                         f"{self.object.items.count()} tài liệu trong hồ sơ. Chấm mỗi tiêu chí từ 1 đến 10 điểm."}

    def perform(self, actor, data):
        return review.evaluate(actor, self.object, scores={key: data[key] for key, _ in CRITERIA},
                               result=data["result"], comments=data["comments"], unit=data["unit"])


class SelectView(ReviewFormBase):
    form_class = SelectForm
    submit_label = "Chọn để nhân rộng"
    success_message = "Đã chọn mô hình “{result.name}” để nhân rộng trong phạm vi {result.replication_unit.name}."

    def get_title(self):
        return f"Chọn nhân rộng mô hình: {self.object.name}"

    def perform(self, actor, data):
        return review.select_for_replication(actor, self.object, data["replication_unit"], data["note"])


class UploadView(InitiativeFormBase):
    form_class = UploadForm
    template_name = "initiatives/upload.html"
    submit_label = "Tải lên"
    denied_message = "Bạn không có quyền bổ sung hồ sơ của mô hình này."
    error_fields = {"upload": "upload"}

    def get_form(self, data=None):
        return self.form_class(data, self.request.FILES if data is not None else None, initial=self.initial(),
                               scope=self.scope, obj=self.object)

    def get_title(self):
        return f"Tải lên hồ sơ: {self.object.name}"

    def get_success_message(self, result):
        return f"Đã thêm “{result.title}” ({result.get_kind_display().lower()}) vào hồ sơ."

    def perform(self, actor, data):
        return dossier.add_item(actor, self.object, kind=data["kind"], upload=data["upload"], title=data["title"])

    def success_url(self, result):
        return reverse("initiatives:detail", args=[result.initiative_id]) + "#ho-so"


class DownloadView(ScopedView):
    """A dossier file, to users whose scope covers the initiative (the gallery does not open files)."""

    def get(self, request, pk, item):
        found = get_object_or_404(self.scope.filter(DossierItem.objects.select_related("initiative")),
                                  pk=item, initiative_id=pk)
        try:
            path = files.absolute(found.path)
            handle = open(path, "rb")
        except OSError:
            raise Http404("Không tìm thấy tệp của tài liệu này.") from None
        name = found.title
        if not name.lower().endswith(f".{found.extension}"):
            name = f"{name}.{found.extension}"
        return FileResponse(handle, as_attachment=True, filename=name.replace("/", "-"),
                            content_type=files.ACCEPTED[found.extension][0])


class ItemDeleteView(ScopedView):
    def get(self, request, pk, item):
        return redirect("initiatives:detail", pk=self.item(pk, item).initiative_id)

    def item(self, pk, item):
        return get_object_or_404(self.scope.filter(DossierItem.objects.all()), pk=item, initiative_id=pk)

    def post(self, request, pk, item):
        found = self.item(pk, item)
        if not access.can_write(self.scope, found.initiative):
            raise PermissionDenied("Bạn không có quyền sửa hồ sơ của mô hình này.")
        dossier.delete_item(Actor.from_request(request), found)
        messages.success(request, f"Đã xóa “{found.title}” khỏi hồ sơ.")
        return redirect(reverse("initiatives:detail", args=[pk]) + "#ho-so")


class DismissView(ScopedView):
    """POST: dismiss one flag of an initiative, with a reason (reviewers above the unit)."""

    def flag(self, pk, flag):
        initiative = get_object_or_404(self.scope.filter(Initiative.objects.all()), pk=pk)
        return get_object_or_404(InitiativeFlag.objects.filter(initiative=initiative), pk=flag)

    def get(self, request, pk, flag):
        return redirect("initiatives:detail", pk=self.flag(pk, flag).initiative_id)

    def post(self, request, pk, flag):
        found = self.flag(pk, flag)
        try:
            review.dismiss_flag(Actor.from_request(request), found, request.POST.get("reason", ""))
        except ValidationError as error:
            for message in messages_of(error):
                messages.error(request, message)
        else:
            messages.success(request, f"Đã bỏ qua cảnh báo “{found.label}”.")
        return redirect(reverse("initiatives:detail", args=[pk]) + "#canh-bao")


evaluate = EvaluateView.as_view()
select = SelectView.as_view()
upload = UploadView.as_view()
download = DownloadView.as_view()
delete_item = ItemDeleteView.as_view()
dismiss = DismissView.as_view()
