"""Report pages: the index, and a unit's six-month or annual report (.docx, .xlsx, preview)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.text import slugify

from tuyengiao.core import xlsx
from tuyengiao.core.views import Action, ScopedView
from tuyengiao.org.models import Unit
from tuyengiao.reports import content, render as docx_render, spreadsheet, submissions
from tuyengiao.reports.access import can_track, default_unit, manageable_units, report_units, visible_calls
from tuyengiao.reports.forms import ReportForm
from tuyengiao.reports.periods import Period


class IndexView(ScopedView):
    def get(self, request):
        rows = []
        for call in visible_calls(self.scope).select_related("unit").order_by("-deadline", "unit__path")[:50]:
            unit = default_unit(self.scope, call)
            figures = submissions.compute([call], unit).total if unit is not None else None
            rows.append({"call": call, "unit": unit, "figures": figures})
        actions = [Action("Mở đợt báo cáo", reverse("reports:call_create"), "primary")] \
            if manageable_units(self.scope) else []
        return render(request, "reports/index.html", {"units": report_units(self.scope), "calls": rows,
                                                      "actions": actions})


def _unit_for_report(view) -> Unit:
    """The unit of the URL: outside the user's read scope a 404, readable but not theirs to report a 403."""
    unit = get_object_or_404(view.scope.filter(Unit.objects.all()), pk=view.kwargs["pk"])
    if not can_track(view.scope, unit):
        raise PermissionDenied("Bạn không lập được báo cáo của đơn vị này.")
    return unit


class UnitReportView(ScopedView):
    """The form for the header and closing block, a preview of the figures, and the downloads."""

    def get(self, request, pk):
        unit = _unit_for_report(self)
        form = ReportForm(request.GET or None, scope=self.scope)
        report = ctx = None
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            period = Period.parse(data["period"])
            options = content.Options(number=data["number"], place=data["place"], date=data["date"],
                                      signer_title=data["signer_title"] or "Bí thư", signer_name=data["signer_name"])
            report = content.build(unit, period, options)
            ctx = content.context(report)
            name = slugify(f"bao-cao-{period.code}-{unit.code}") or "bao-cao"
            if request.GET.get("format") == "docx":
                try:
                    data = docx_render.render_docx(ctx)
                except docx_render.TemplateError as error:
                    messages.error(request, str(error))
                else:
                    response = HttpResponse(data, content_type=docx_render.DOCX_TYPE)
                    response["Content-Disposition"] = f'attachment; filename="{name}.docx"'
                    return response
            elif request.GET.get("format") == "xlsx":
                return xlsx.xlsx_response(spreadsheet.workbook(ctx, report.missing_people), name)
        return render(request, "reports/unit.html", {
            "unit": unit, "form": form, "ctx": ctx, "report": report,
            "ancestors": [u for u in unit.ancestors() if can_track(self.scope, u)],
            "query": request.GET.urlencode() if form.is_bound else "",
        })


index = IndexView.as_view()
unit_report = UnitReportView.as_view()
