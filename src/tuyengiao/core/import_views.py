"""Upload, check, preview and confirm an import: nothing is written until the user confirms a
preview with no errors, and then all rows are written or none."""

import secrets
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from tuyengiao.accounts.scope import request_scope
from tuyengiao.core.actor import Actor
from tuyengiao.core.import_registry import importer_for
from tuyengiao.core.formats import vn_number
from tuyengiao.core.imports import MAX_BYTES, run_import
from tuyengiao.core.xlsx import xlsx_response

PREVIEW_ROWS = 100
SESSION_KEY = "pending_imports"


def _importer_class(request, kind):
    importer_class = importer_for(kind)
    if importer_class is None:
        raise Http404("Không có loại dữ liệu này.")
    scope = request_scope(request)
    if not (scope.is_admin or scope.write_prefixes or scope.clerk_units):
        raise PermissionDenied("Bạn không có quyền nhập dữ liệu.")
    return importer_class


def _pending_dir() -> Path:
    path = Path(settings.DATA_DIR) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _params(request, importer_class) -> dict:
    source = request.POST if request.method == "POST" else request.GET
    return {key: source.get(key, "") for key in importer_class.params}


def _make(request, importer_class, params=None):
    importer = importer_class(Actor.from_request(request), params if params is not None else _params(request, importer_class))
    problem = importer.check_params()
    if problem:
        raise PermissionDenied(problem)
    return importer


def _render(request, importer, kind, **context):
    query = urlencode({key: value for key, value in importer.values.items() if value})
    return render(request, "core/import.html", {"kind": kind, "importer": importer, "max_mb": MAX_BYTES // 2**20,
                                                "preview_limit": PREVIEW_ROWS, "params": importer.values,
                                                "query": query, **context})


@login_required
def template_download(request, kind):
    importer = _make(request, _importer_class(request, kind))
    return xlsx_response(importer.template(), f"mau-nhap-{kind}")


@login_required
def upload(request, kind):
    importer = _make(request, _importer_class(request, kind))
    if request.method != "POST":
        return _render(request, importer, kind)
    upload_file = request.FILES.get("file")
    if upload_file is None:
        return _render(request, importer, kind, file_error="Chưa chọn tệp để nhập.")
    if upload_file.size > MAX_BYTES:
        return _render(request, importer, kind, file_error="Tệp lớn quá 10 MB; hãy chia thành nhiều tệp.")
    content = upload_file.read()
    result = run_import(importer, upload_file.name, content, dry_run=True)
    context = {"result": result, "file_name": upload_file.name}
    if result.ok:
        token = secrets.token_hex(16)
        suffix = ".xlsx" if upload_file.name.lower().endswith(".xlsx") else ".csv"
        (_pending_dir() / f"{token}{suffix}").write_bytes(content)
        pending = request.session.get(SESSION_KEY, {})
        pending[token] = {"kind": kind, "name": upload_file.name, "suffix": suffix, "params": importer.values}
        request.session[SESSION_KEY] = pending
        context["token"] = token
        context["preview"] = [importer.describe(obj) for obj in result.created[:PREVIEW_ROWS]]
    return _render(request, importer, kind, file_error=result.file_error, **context)


def _back(kind: str, params: dict):
    query = urlencode({key: value for key, value in params.items() if value})
    return redirect(reverse("imports:upload", kwargs={"kind": kind}) + (f"?{query}" if query else ""))


@login_required
def confirm(request, kind):
    importer_class = _importer_class(request, kind)
    if request.method != "POST":
        return _back(kind, _params(request, importer_class))
    token = request.POST.get("token", "")
    pending = request.session.get(SESSION_KEY, {})
    entry = pending.get(token)
    if not entry or entry["kind"] != kind:
        messages.error(request, "Phiên nhập dữ liệu đã hết hạn; hãy tải tệp lên lại.")
        return _back(kind, _params(request, importer_class))
    path = _pending_dir() / f"{token}{entry['suffix']}"
    if not path.exists():
        messages.error(request, "Không còn tệp đã tải lên; hãy tải tệp lên lại.")
        return _back(kind, _params(request, importer_class))
    importer = _make(request, importer_class, entry.get("params", {}))
    result = run_import(importer, entry["name"], path.read_bytes(), dry_run=False)
    if not result.ok:
        # Data changed between the preview and the confirmation: show the new errors, keep nothing.
        return _render(request, importer, kind, result=result, file_name=entry["name"], file_error=result.file_error)
    path.unlink(missing_ok=True)
    del pending[token]
    request.session[SESSION_KEY] = pending
    messages.success(request, f"Đã ghi {vn_number(len(result.created))} dòng từ tệp “{entry['name']}”.")
    return _back(kind, importer.values)
