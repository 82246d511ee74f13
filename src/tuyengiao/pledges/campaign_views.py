"""Themes and campaigns: the list of campaigns a user takes part in, and the officers' forms."""

from django.shortcuts import render
from django.urls import reverse

from tuyengiao.core.views import Action, ScopedView, ServiceFormView
from tuyengiao.pledges import services, tracking
from tuyengiao.pledges.access import can_track, default_unit, visible_campaigns
from tuyengiao.pledges.forms import CampaignForm, ThemeForm
from tuyengiao.pledges.models import DEFAULT_COLLECTIVE_KINDS, Pledge, PledgeState, Theme


def manageable_units(scope):
    return [unit for unit in scope.root_units() if scope.can_manage_tree(unit)]


class CampaignListView(ScopedView):
    def get(self, request):
        campaigns = list(visible_campaigns(self.scope).select_related("unit", "theme").order_by("-year"))
        rows = []
        member_ids = self.scope.member_ids
        for campaign in campaigns:
            unit = default_unit(self.scope, campaign)
            row = {"campaign": campaign, "unit": unit, "trackable": unit is not None and can_track(self.scope, unit)}
            if row["trackable"]:
                row["figures"] = tracking.compute(campaign, unit).total
            if member_ids:
                row["mine"] = Pledge.objects.filter(campaign=campaign, member_id__in=member_ids).first()
            rows.append(row)
        actions = []
        if manageable_units(self.scope):
            actions = [Action("Mở đợt đăng ký", reverse("pledges:campaign_create"), "primary"),
                       Action("Thêm chuyên đề", reverse("pledges:theme_create"))]
        pending = Pledge.objects.filter(state=PledgeState.SUBMITTED).filter(self.scope.q(Pledge)).count() \
            if not self.scope.member_ids or self.scope.clerk_units or self.scope.write_prefixes else 0
        return render(request, "pledges/campaign_list.html", {"rows": rows, "actions": actions, "pending": pending})


class ThemeCreateView(ServiceFormView):
    form_class = ThemeForm
    title = "Thêm chuyên đề"
    success_message = "Đã lưu chuyên đề “{result.title}”."

    def allowed(self, obj):
        return bool(manageable_units(self.scope))

    def perform(self, actor, data):
        return services.create_theme(actor, unit=manageable_units(self.scope)[0], **data)

    def success_url(self, result):
        return reverse("pledges:campaigns")

    def cancel_url(self):
        return reverse("pledges:campaigns")


class CampaignCreateView(ServiceFormView):
    form_class = CampaignForm
    title = "Mở đợt đăng ký làm theo Bác"
    success_message = "Đã mở {result}."
    error_fields = {"year": "year"}

    def allowed(self, obj):
        return bool(manageable_units(self.scope))

    def get_form(self, data=None):
        unit = manageable_units(self.scope)[0]
        themes = Theme.objects.filter(kind=Theme.Kind.YEAR, unit__path__in=[
            unit.path[:end] for end in range(8, len(unit.path) + 1, 8)])
        return self.form_class(data, initial={"collective_kinds": DEFAULT_COLLECTIVE_KINDS, "max_deeds": 2,
                                              "length_guide": 400}, scope=self.scope, themes=themes)

    def perform(self, actor, data):
        return services.open_campaign(actor, unit=manageable_units(self.scope)[0], **data)

    def success_url(self, result):
        return reverse("pledges:tracking", args=[result.pk])

    def cancel_url(self):
        return reverse("pledges:campaigns")


campaigns = CampaignListView.as_view()
theme_create = ThemeCreateView.as_view()
campaign_create = CampaignCreateView.as_view()
