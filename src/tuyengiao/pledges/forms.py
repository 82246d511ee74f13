from django import forms

from tuyengiao.core.forms import DateField, ScopedForm, choice_field
from tuyengiao.org.models import UnitKind
from tuyengiao.pledges.models import DeedResult, Theme

DEED_PARTS = [
    ("action", "Việc sẽ làm", forms.Textarea(attrs={"rows": 3}), "Việc cụ thể, gắn với công việc của mình."),
    ("target", "Chỉ tiêu, kết quả đo được", None, "Ví dụ: 20 hộ; 100% hồ sơ đúng hạn; 3 buổi."),
    ("timeframe", "Thời gian thực hiện", None, "Ví dụ: Quý III/2026; trước 30/9/2026; hằng tháng."),
    ("duty", "Gắn với chức trách, nhiệm vụ", None, "Việc này phục vụ nhiệm vụ nào của đồng chí?"),
]


class PledgeForm(ScopedForm):
    """1–N deeds, each in four parts; empty deeds are dropped by the service, not silently here."""

    def __init__(self, *args, campaign=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.campaign = campaign
        for number in range(1, campaign.max_deeds + 1):
            for key, label, widget, help_text in DEED_PARTS:
                field = forms.CharField(label=label, required=False, help_text=help_text,
                                        max_length=2000 if key == "action" else 500,
                                        **({"widget": widget} if widget else {}))
                field.error_messages["max_length"] = "Nội dung dài quá %(limit_value)d ký tự."
                self.fields[f"deed{number}_{key}"] = field

    def deed_groups(self):
        return [(number, [self[f"deed{number}_{key}"] for key, *_ in DEED_PARTS])
                for number in range(1, self.campaign.max_deeds + 1)]

    def deeds(self) -> list[dict]:
        return [{key: self.cleaned_data.get(f"deed{n}_{key}", "") for key, *_ in DEED_PARTS}
                for n in range(1, self.campaign.max_deeds + 1)]


class CommentForm(ScopedForm):
    comment = forms.CharField(label="Ý kiến", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class AssessmentForm(ScopedForm):
    """One result (and notes) per deed, for the owner's self-assessment or the reviewer's confirmation."""

    def __init__(self, *args, deeds=(), confirm=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.deed_list, self.confirm = list(deeds), confirm
        for deed in self.deed_list:
            self.fields[f"result_{deed.pk}"] = choice_field("Mức hoàn thành", DeedResult.choices, blank="— chọn —",
                                                            required=True)
            if confirm:
                self.fields[f"result_note_{deed.pk}"] = forms.CharField(label="Ý kiến xác nhận", required=False)
            else:
                self.fields[f"self_note_{deed.pk}"] = forms.CharField(
                    label="Kết quả đã làm", required=False, widget=forms.Textarea(attrs={"rows": 2}))
                self.fields[f"evidence_{deed.pk}"] = forms.CharField(label="Minh chứng", required=False)

    def groups(self):
        return [(deed, [self[name] for name in self.fields if name.endswith(f"_{deed.pk}")]) for deed in self.deed_list]

    def results(self) -> dict:
        out = {}
        for deed in self.deed_list:
            values = {"result": self.cleaned_data[f"result_{deed.pk}"]}
            for key in ("self_note", "evidence", "result_note"):
                if f"{key}_{deed.pk}" in self.cleaned_data:
                    values[key] = self.cleaned_data[f"{key}_{deed.pk}"]
            out[deed.pk] = values
        return out


class ThemeForm(ScopedForm):
    kind = choice_field("Loại chuyên đề", Theme.Kind.choices, blank=None, required=True)
    title = forms.CharField(label="Tên chuyên đề", max_length=500)
    document = forms.CharField(label="Văn bản hướng dẫn", max_length=64, required=False, help_text="Ví dụ: 01-KL/TW")
    year_from = forms.IntegerField(label="Từ năm", min_value=2000, max_value=2100)
    year_to = forms.IntegerField(label="Đến năm", min_value=2000, max_value=2100, required=False)
    key_points = forms.CharField(label="Các nội dung trọng tâm", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                                 help_text="Mỗi nội dung một dòng.")
    text = forms.CharField(label="Nội dung", required=False, widget=forms.Textarea(attrs={"rows": 6}))


class CampaignForm(ScopedForm):
    theme = forms.ModelChoiceField(label="Chuyên đề năm", queryset=Theme.objects.none())
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    registration_deadline = DateField(label="Hạn đăng ký")
    assessment_deadline = DateField(label="Hạn đánh giá cuối năm")
    max_deeds = forms.IntegerField(label="Số việc tối đa mỗi bản", min_value=1, max_value=5, initial=2)
    length_guide = forms.IntegerField(label="Độ dài khuyến nghị mỗi việc (ký tự)", min_value=50, initial=400)
    collective_kinds = forms.MultipleChoiceField(label="Loại hình đơn vị đăng ký tập thể", choices=UnitKind.choices,
                                                 widget=forms.CheckboxSelectMultiple, required=False)

    def __init__(self, *args, themes=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = themes if themes is not None else Theme.objects.none()
        self.fields["theme"].error_messages["invalid_choice"] = "Chuyên đề không hợp lệ."
        self.fields["theme"].error_messages["required"] = "Chưa chọn chuyên đề."
