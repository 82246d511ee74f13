from django import forms
from django.utils import timezone

from tuyengiao.core.forms import DateField, ScopedForm, choice_field
from tuyengiao.org.models import UnitKind
from tuyengiao.reports import periods


class ReportForm(ScopedForm):
    """What goes into the header and closing block of a generated report; all optional but the period."""

    period = choice_field("Kỳ báo cáo", [], blank=None, required=True)
    number = forms.CharField(label="Số văn bản", max_length=16, required=False,
                             help_text="Ví dụ 15 (thành “Số 15-BC/…”); để trống để ghi tay.")
    date = DateField(label="Ngày ký", required=False, help_text="Để trống để ghi tay sau khi ký.")
    place = forms.CharField(label="Địa danh", max_length=64, required=False,
                            help_text="Mặc định là tên tỉnh, ví dụ Thanh Hóa.")
    signer_title = forms.CharField(label="Chức vụ người ký", max_length=64, required=False, initial="Bí thư")
    signer_name = forms.CharField(label="Họ và tên người ký", max_length=128, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = periods.choices(timezone.localdate())


class CallForm(ScopedForm):
    period = forms.CharField(label="Kỳ báo cáo", max_length=8,
                             help_text="2023H1: sơ kết 6 tháng đầu năm; 2023H2: 6 tháng cuối năm; 2023: tổng kết năm.")
    deadline = DateField(label="Hạn nộp")
    grace_days = forms.IntegerField(label="Số ngày cho phép nộp sau hạn", min_value=0, max_value=90, initial=0,
                                    help_text="Báo cáo nhận trong số ngày này sau hạn vẫn tính là đúng hạn.")
    reporter_kinds = forms.MultipleChoiceField(label="Loại hình đơn vị phải báo cáo", choices=UnitKind.choices,
                                               widget=forms.CheckboxSelectMultiple, required=False)


class WithdrawForm(ScopedForm):
    reason = forms.CharField(label="Lý do hủy ghi nhận", max_length=500,
                             help_text="Ví dụ: ghi nhầm đơn vị, nhầm ngày gửi.",
                             error_messages={"required": "Hãy ghi lý do hủy ghi nhận."})


class SubmissionForm(ScopedForm):
    submitted_on = DateField(label="Ngày gửi")
    number = forms.CharField(label="Số, ký hiệu văn bản", max_length=64, required=False,
                             help_text="Ví dụ: 12-BC/ĐU")
    note = forms.CharField(label="Ghi chú", required=False, widget=forms.Textarea(attrs={"rows": 3}))
