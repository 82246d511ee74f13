"""Repeating rows inside a record's form (a conference's bridge points, an inspection's
recommendations): a formset where a row left entirely blank is simply not a row."""

from django import forms

from tuyengiao.core.forms import ScopedForm


class RowForm(ScopedForm):
    """Every field is optional for the browser; ``required`` lists those a non-blank row needs."""

    required: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False

    def clean(self):
        data = super().clean()
        self.blank = all(data.get(name) in (None, "") for name in self.fields) and not self.errors
        if not self.blank:
            for name in self.required:
                if data.get(name) in (None, "") and name not in self.errors:
                    self.add_error(name, f"Chưa nhập {self.fields[name].label.lower()}.")
        return data


class InlineRows:
    def __init__(self, name: str, row_form: type[RowForm], *, data=None, initial=None, scope=None, title: str,
                 add_label: str = "Thêm dòng", extra: int = 2, help: str = ""):
        self.name, self.title, self.add_label, self.help = name, title, add_label, help
        formset_class = forms.formset_factory(row_form, extra=extra if not initial else 1)
        self.formset = formset_class(data, prefix=name, initial=initial or None, form_kwargs={"scope": scope})

    def is_valid(self) -> bool:
        return self.formset.is_valid()

    def rows(self) -> list[dict]:
        return [form.cleaned_data for form in self.formset.forms if not getattr(form, "blank", True)]

    @property
    def headers(self):
        return [field for field in self.formset.empty_form.visible_fields()]


class RecordForm(ScopedForm):
    """A record's form with optional ``inlines``; their non-blank rows land in ``cleaned_data[name]``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inlines: list[InlineRows] = self.make_inlines(args[0] if args else kwargs.get("data"))

    def make_inlines(self, data) -> list[InlineRows]:
        return []

    def is_valid(self) -> bool:
        valid = super().is_valid()
        for inline in self.inlines:
            if inline.is_valid():
                if valid:
                    self.cleaned_data[inline.name] = inline.rows()
            else:
                valid = False
        return valid
