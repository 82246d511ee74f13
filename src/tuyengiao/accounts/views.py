"""Sign in, sign out (POST only), change one's password. Failed sign-ins are throttled by django-axes."""

from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.urls import reverse, reverse_lazy


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": "Tên đăng nhập hoặc mật khẩu không đúng.",
        "inactive": "Tài khoản này đã bị khóa. Hãy liên hệ quản trị hệ thống.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Tên đăng nhập"
        self.fields["username"].error_messages["required"] = "Chưa nhập tên đăng nhập."
        self.fields["password"].label = "Mật khẩu"
        self.fields["password"].error_messages["required"] = "Chưa nhập mật khẩu."


class OwnPasswordForm(PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels = {"old_password": "Mật khẩu hiện tại", "new_password1": "Mật khẩu mới",
                  "new_password2": "Nhập lại mật khẩu mới"}
        for name, label in labels.items():
            self.fields[name].label = label
            self.fields[name].error_messages["required"] = f"Chưa nhập {label.lower()}."
        self.fields["new_password1"].help_text = "Ít nhất 8 ký tự, không quá giống tên đăng nhập, không chỉ gồm chữ số."
        self.error_messages["password_incorrect"] = "Mật khẩu hiện tại không đúng."
        self.error_messages["password_mismatch"] = "Hai lần nhập mật khẩu mới không khớp nhau."


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = OwnPasswordForm
    template_name = "core/form.html"
    success_url = reverse_lazy("home")

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {
            "title": "Đổi mật khẩu", "submit_label": "Đổi mật khẩu", "submit_style": "primary",
            "cancel_url": reverse("home"),
        }

    def form_valid(self, form: forms.Form):
        response = super().form_valid(form)
        messages.success(self.request, "Đã đổi mật khẩu.")
        return response


class LogoutView(auth_views.LogoutView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, "Bạn đã đăng xuất.")
        return response


login = LoginView.as_view()
logout = LogoutView.as_view()
password_change = PasswordChangeView.as_view()
