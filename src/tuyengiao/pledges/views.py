"""Writing, submitting, reviewing and assessing one pledge."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from tuyengiao.core.actor import Actor
from tuyengiao.core.errors import messages_of
from tuyengiao.core.views import ScopedView
from tuyengiao.flags.models import CODE_LABELS
from tuyengiao.flags.services import check_deeds
from tuyengiao.org.models import Unit
from tuyengiao.people.models import Member
from tuyengiao.pledges import permissions, services
from tuyengiao.pledges.access import visible_campaigns
from tuyengiao.pledges.forms import AssessmentForm, CommentForm, PledgeForm
from tuyengiao.pledges.models import OwnerKind, Pledge, PledgeState


class CheckedFlag:
    """An engine flag of an unsaved text, shaped like a stored one for the template."""

    status = "open"
    pk = None

    def __init__(self, flag):
        self.code, self.message, self.evidence = flag.code, flag.message, flag.evidence
        self.label = CODE_LABELS.get(flag.code, flag.code)


def pledge_url(pledge: Pledge) -> str:
    return reverse("pledges:pledge", args=[pledge.pk])


class PledgeEditView(ScopedView):
    """Write or revise the pledge of a member (``member``) or of a unit (``unit``) in a campaign."""

    template_name = "pledges/pledge_form.html"

    def owner(self):
        self.campaign = get_object_or_404(visible_campaigns(self.scope), pk=self.kwargs["campaign"])
        if "member" in self.kwargs:
            member = get_object_or_404(self.scope.filter(Member.objects.select_related("unit")), pk=self.kwargs["member"])
            pledge = Pledge.objects.filter(campaign=self.campaign, member=member).first()
            return {"member": member}, pledge, member.full_name
        unit = get_object_or_404(self.scope.filter(Unit.objects.all()), pk=self.kwargs["unit"])
        pledge = Pledge.objects.filter(campaign=self.campaign, unit=unit, owner_kind=OwnerKind.COLLECTIVE).first()
        return {"unit": unit}, pledge, unit.name

    def check(self, owner, pledge):
        if pledge is not None and not permissions.can_edit(self.scope, pledge):
            raise PermissionDenied("Bản đăng ký này không sửa được (đã gửi hoặc bạn không có quyền).")
        target = owner.get("member")
        if target is not None and not (target.pk in self.scope.member_ids or self.scope.covers(target.unit)):
            raise PermissionDenied("Bạn không có quyền đăng ký thay người này.")
        if "unit" in owner and not self.scope.covers(owner["unit"]):
            raise PermissionDenied("Bạn không có quyền đăng ký cho đơn vị này.")

    def initial(self, pledge):
        if pledge is None:
            return {}
        return {f"deed{deed.position}_{key}": getattr(deed, key)
                for deed in pledge.deeds.all() for key in ("action", "target", "timeframe", "duty")}

    def render_form(self, form, owner, pledge, owner_name, checked=None):
        return render(self.request, self.template_name, {
            "form": form, "campaign": self.campaign, "pledge": pledge, "owner_name": owner_name,
            "member": owner.get("member"), "unit": owner.get("unit"), "checked": checked,
            "flags": [CheckedFlag(flag) for flag in checked or []],
        })

    def get(self, request, *args, **kwargs):
        owner, pledge, name = self.owner()
        self.check(owner, pledge)
        form = PledgeForm(initial=self.initial(pledge), campaign=self.campaign, scope=self.scope)
        return self.render_form(form, owner, pledge, name)

    def post(self, request, *args, **kwargs):
        owner, pledge, name = self.owner()
        self.check(owner, pledge)
        form = PledgeForm(request.POST, campaign=self.campaign, scope=self.scope)
        if form.is_valid() and "check" in request.POST:
            # "Kiểm tra": the author sees the flags before saving or sending anything.
            checked = check_deeds(self.campaign, form.deeds(), pledge=pledge, **owner)
            return self.render_form(form, owner, pledge, name, checked=checked)
        if form.is_valid():
            actor = Actor.from_request(request)
            try:
                pledge = services.save_pledge(actor, campaign=self.campaign, deeds=form.deeds(), **owner)
                if "submit" in request.POST:
                    pledge = services.submit_pledge(actor, pledge)
                    messages.success(request, "Đã gửi bản đăng ký." + (" Bản đăng ký được ghi nhận là nộp muộn."
                                                                       if pledge.late else ""))
                else:
                    messages.success(request, "Đã lưu bản nháp. Bản đăng ký chưa được gửi.")
                return redirect(pledge_url(pledge))
            except ValidationError as error:
                for message in messages_of(error):
                    form.add_error(None, message)
        return self.render_form(form, owner, pledge, name)


class PledgeDetailView(ScopedView):
    def get_pledge(self):
        queryset = Pledge.objects.select_related("campaign", "campaign__theme", "member", "unit", "unit__parent",
                                                 "reviewed_by", "confirmed_by")
        return get_object_or_404(self.scope.filter(queryset) | self.reviewable(queryset), pk=self.kwargs["pk"])

    def reviewable(self, queryset):
        """Reviewers of a unit's pledge are officers above it, who may not write the unit itself."""
        return queryset.filter(owner_kind=OwnerKind.COLLECTIVE, unit__parent__in=self.scope.filter(Unit.objects.all()))

    def context(self, pledge, **extra):
        can_edit = permissions.can_edit(self.scope, pledge)
        can_review = permissions.can_review(self.scope, pledge)
        return {
            "pledge": pledge, "deeds": list(pledge.deeds.all()), "can_edit": can_edit, "can_review": can_review,
            "edit_url": self.edit_url(pledge) if can_edit else None,
            "can_assess": pledge.state == PledgeState.ACCEPTED and pledge.confirmed_at is None
            and self.scope.can_write(pledge),
            "can_confirm": can_review and pledge.self_assessed_at is not None,
            "comment_form": extra.pop("comment_form", CommentForm(scope=self.scope)),
            "flags": list(pledge.flags.filter(current=True).select_related("matched_pledge__member",
                                                                          "matched_pledge__unit", "dismissed_by")),
            "can_dismiss": can_review or self.scope.is_admin, "link_matches": can_review or self.scope.is_admin,
            **extra,
        }

    @staticmethod
    def edit_url(pledge):
        if pledge.member_id:
            return reverse("pledges:edit_member", args=[pledge.campaign_id, pledge.member_id])
        return reverse("pledges:edit_unit", args=[pledge.campaign_id, pledge.unit_id])

    def get(self, request, *args, **kwargs):
        pledge = self.get_pledge()
        return render(request, "pledges/pledge_detail.html", self.context(pledge))


class PledgeActionView(PledgeDetailView):
    """POST-only transitions: submit, return (with a comment), accept."""

    def get(self, request, *args, **kwargs):
        return redirect("pledges:pledge", pk=self.get_pledge().pk)

    def post(self, request, *args, **kwargs):
        pledge = self.get_pledge()
        action = self.kwargs["action"]
        actor = Actor.from_request(request)
        form = CommentForm(request.POST, scope=self.scope)
        form.is_valid()
        comment = form.cleaned_data.get("comment", "")
        try:
            action = {"gui": "submit", "tra-lai": "return", "duyet": "accept"}.get(action, action)
            if action == "submit":
                pledge = services.submit_pledge(actor, pledge)
                messages.success(request, "Đã gửi bản đăng ký." + (" Nộp sau hạn: ghi nhận là nộp muộn." if pledge.late else ""))
            elif action == "return":
                services.return_pledge(actor, pledge, comment)
                messages.success(request, "Đã trả lại bản đăng ký kèm ý kiến để sửa.")
            elif action == "accept":
                services.accept_pledge(actor, pledge, comment)
                messages.success(request, "Đã duyệt bản đăng ký.")
            else:
                raise Http404
        except ValidationError as error:
            for message in messages_of(error):
                form.add_error("comment" if action == "return" else None, message)
            return render(request, "pledges/pledge_detail.html", self.context(pledge, comment_form=form), status=400)
        return redirect("pledges:pledge", pk=pledge.pk)


class AssessView(PledgeDetailView):
    """The owner's self-assessment (``confirm`` False) or the reviewer's confirmation."""

    confirm = False

    def form(self, pledge, data=None):
        return AssessmentForm(data, deeds=pledge.deeds.all(), confirm=self.confirm, scope=self.scope, initial={
            f"result_{d.pk}": (d.result or d.self_result) if self.confirm else d.self_result for d in pledge.deeds.all()
        })

    def allowed(self, context) -> bool:
        return context["can_confirm"] if self.confirm else context["can_assess"]

    def show(self, request, pledge, form, status=200):
        context = self.context(pledge, assess_form=form, confirm=self.confirm)
        if not self.allowed(context):
            raise PermissionDenied("Bạn không thể đánh giá bản đăng ký này lúc này.")
        return render(request, "pledges/pledge_assess.html", context, status=status)

    def get(self, request, *args, **kwargs):
        pledge = self.get_pledge()
        return self.show(request, pledge, self.form(pledge))

    def post(self, request, *args, **kwargs):
        pledge = self.get_pledge()
        form = self.form(pledge, request.POST)
        if form.is_valid():
            service = services.confirm_assessment if self.confirm else services.self_assess
            try:
                service(Actor.from_request(request), pledge, form.results())
            except ValidationError as error:
                for message in messages_of(error):
                    form.add_error(None, message)
            else:
                messages.success(request, "Đã xác nhận kết quả." if self.confirm else "Đã ghi tự đánh giá.")
                return redirect("pledges:pledge", pk=pledge.pk)
        return self.show(request, pledge, form, status=400)


class MyPledgeView(ScopedView):
    """A member's shortcut: their pledge of the campaign, or the form to write it."""

    def get(self, request, campaign):
        campaign = get_object_or_404(visible_campaigns(self.scope), pk=campaign)
        member = Member.objects.filter(pk__in=self.scope.member_ids).first()
        if member is None:
            raise Http404("Tài khoản này không gắn với đảng viên nào.")
        pledge = Pledge.objects.filter(campaign=campaign, member=member).first()
        if pledge is not None:
            return redirect("pledges:pledge", pk=pledge.pk)
        return redirect("pledges:edit_member", campaign=campaign.pk, member=member.pk)


edit = PledgeEditView.as_view()
detail = PledgeDetailView.as_view()
action = PledgeActionView.as_view()
self_assess = AssessView.as_view()
confirm = AssessView.as_view(confirm=True)
mine = MyPledgeView.as_view()
