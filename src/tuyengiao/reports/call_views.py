"""Report calls: opening one, its figures per child unit and tier, who is late or missing, and
recording a report received."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from tuyengiao.core.views import ScopedView, ServiceFormView
from tuyengiao.org.models import Unit
from tuyengiao.reports import services, submissions
from tuyengiao.reports.access import can_track, default_unit, manageable_units, visible_calls
from tuyengiao.reports.forms import CallForm, SubmissionForm, WithdrawForm
from tuyengiao.reports.models import DEFAULT_REPORTER_KINDS, ReportSubmission


RECENT = 30  # receipts listed on a call's page, newest first


class CallView(ScopedView):
    def get(self, request, pk):
        call = get_object_or_404(visible_calls(self.scope).select_related("unit"), pk=pk)
        unit_id = request.GET.get("unit", "")
        if unit_id.isdigit():
            unit = get_object_or_404(self.scope.filter(Unit.objects.all()), pk=int(unit_id))
        else:
            unit = default_unit(self.scope, call)
        if unit is None or not can_track(self.scope, unit) or not unit.path.startswith(call.unit.path):
            raise PermissionDenied("Bạn không theo dõi được báo cáo của đơn vị này.")
        result = submissions.compute([call], unit)
        today = timezone.localdate()
        missing = [{"unit": u, "writable": self.scope.covers(u)}
                   for u in submissions.missing_units(call, unit).select_related("parent")[:1000]]
        late = [{"submission": s, "days": submissions.days_late(s), "writable": self.scope.covers(s.unit)}
                for s in submissions.late_submissions(call, unit)]
        received = [{"submission": s, "writable": self.scope.covers(s.unit)}
                    for s in submissions.received(call, unit)[:RECENT]]
        return render(request, "reports/call.html", {
            "call": call, "unit": unit, "result": result, "missing": missing, "late": late, "received": received,
            "tiers": [(submissions.TIER_LABELS[key], counts)
                      for key, counts in result.by_tier.items() if counts.expected],
            "overdue_days": submissions.days_overdue(call, today),
            "ancestors": [u for u in unit.ancestors()
                          if can_track(self.scope, u) and u.path.startswith(call.unit.path)],
        })


class CallCreateView(ServiceFormView):
    form_class = CallForm
    title = "Mở đợt báo cáo định kỳ"
    success_message = "Đã mở {result}."

    def allowed(self, obj):
        return bool(manageable_units(self.scope))

    def initial(self):
        return {"reporter_kinds": DEFAULT_REPORTER_KINDS, "grace_days": 0}

    def perform(self, actor, data):
        return services.open_call(actor, unit=manageable_units(self.scope)[0], **data)

    def success_url(self, result):
        return reverse("reports:call", args=[result.pk])

    def cancel_url(self):
        return reverse("reports:index")

    def extra_context(self):
        unit = manageable_units(self.scope)[0]
        return {"intro": f"Các đơn vị thuộc {unit.name} gửi báo cáo về cấp ủy cấp trên trực tiếp theo hạn này."}


class SubmissionCreateView(ServiceFormView):
    """Record a report received from a unit (the unit's own clerk, or the officers above it)."""

    form_class = SubmissionForm
    submit_label = "Ghi nhận"
    success_message = "Đã ghi nhận báo cáo của {result.unit.name}."

    def check_access(self):
        self.object = None
        self.call = get_object_or_404(visible_calls(self.scope).select_related("unit"), pk=self.kwargs["pk"])
        self.unit = get_object_or_404(self.scope.filter(Unit.objects.all()), pk=self.kwargs["unit"])
        if not self.scope.covers(self.unit):
            raise PermissionDenied("Bạn không có quyền ghi nhận báo cáo của đơn vị này.")

    def get_title(self):
        return f"Ghi nhận báo cáo của {self.unit.name}"

    def initial(self):
        return {"submitted_on": timezone.localdate()}

    def perform(self, actor, data):
        return services.record_submission(actor, call=self.call, unit=self.unit, **data)

    def success_url(self, result):
        return self.cancel_url()

    def cancel_url(self):
        return reverse("reports:call", args=[self.call.pk])

    def extra_context(self):
        return {"intro": f"{self.call}: hạn nộp {self.call.deadline:%d/%m/%Y}"
                         + (f", cho phép thêm {self.call.grace_days} ngày." if self.call.grace_days else ".")}


class WithdrawView(ServiceFormView):
    """Undo a receipt recorded by mistake, with a reason for the log."""

    model = ReportSubmission
    form_class = WithdrawForm
    submit_label = "Hủy ghi nhận"
    submit_style = "danger"
    success_message = "Đã hủy ghi nhận báo cáo của {object.unit.name}."

    def allowed(self, obj):
        return self.scope.covers(obj.unit)

    def get_title(self):
        return f"Hủy ghi nhận báo cáo của {self.object.unit.name}"

    def perform(self, actor, data):
        return services.withdraw_submission(actor, self.object, data["reason"])

    def success_url(self, result):
        return reverse("reports:call", args=[result.pk])

    def cancel_url(self):
        return reverse("reports:call", args=[self.object.call_id])

    def extra_context(self):
        s = self.object
        return {"intro": f"{s.call}: {s.unit.name} gửi ngày {s.submitted_on:%d/%m/%Y}"
                         + (f", số {s.number}" if s.number else "") + "."}


call_page = CallView.as_view()
withdraw = WithdrawView.as_view()
call_create = CallCreateView.as_view()
submission_create = SubmissionCreateView.as_view()
