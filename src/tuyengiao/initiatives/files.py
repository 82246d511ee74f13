"""Dossier files: which ones are accepted (by extension and by content), and where they are kept.

Files live under ``MEDIA_ROOT/ho-so-mo-hinh/<initiative id>/`` with a random name; nothing maps that
directory to a URL, so the only way to a file is the scoped download view. The size limit is the
setting ``INITIATIVE_UPLOAD_MAX_BYTES`` (20 MB by default).
"""

import hashlib
import io
import os
import secrets
import zipfile
from pathlib import Path

from django.conf import settings

FOLDER = "ho-so-mo-hinh"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc and .xls (Office 97–2003)
# extension -> (content type sent on download, what the file must look like)
ACCEPTED = {
    "pdf": ("application/pdf", "pdf"),
    "doc": ("application/msword", "ole2"),
    "xls": ("application/vnd.ms-excel", "ole2"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "odt": ("application/vnd.oasis.opendocument.text", "odt"),
    "jpg": ("image/jpeg", "jpeg"),
    "jpeg": ("image/jpeg", "jpeg"),
    "png": ("image/png", "png"),
}
ACCEPTED_TEXT = "PDF, Word (.doc, .docx), Excel (.xls, .xlsx), OpenDocument (.odt), ảnh JPG, PNG"


class RejectedFile(ValueError):
    """A Vietnamese reason why a file is not stored."""


def max_bytes() -> int:
    return int(getattr(settings, "INITIATIVE_UPLOAD_MAX_BYTES", DEFAULT_MAX_BYTES))


def root() -> Path:
    return Path(settings.MEDIA_ROOT)


def extension_of(name: str) -> str:
    return Path(name or "").suffix.lower().lstrip(".")


def _zip_names(head: bytes, upload) -> set[str] | None:
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                names.add("mimetype=" + archive.read("mimetype")[:100].decode("ascii", "replace"))
            return names
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)


def sniff(kind: str, head: bytes, upload) -> bool:
    """Does the content look like what the extension says?"""
    if kind == "pdf":
        return head.startswith(b"%PDF-")
    if kind == "ole2":
        return head.startswith(OLE2)
    if kind == "jpeg":
        return head.startswith(b"\xff\xd8\xff")
    if kind == "png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    names = _zip_names(head, upload)
    if names is None:
        return False
    if kind == "docx":
        return "word/document.xml" in names
    if kind == "xlsx":
        return "xl/workbook.xml" in names
    if kind == "odt":
        return "mimetype=application/vnd.oasis.opendocument.text" in names
    return False


def check(upload) -> str:
    """The accepted extension of an uploaded file, or ``RejectedFile`` with the reason."""
    if upload is None:
        raise RejectedFile("Chưa chọn tệp để tải lên.")
    extension = extension_of(upload.name)
    if extension not in ACCEPTED:
        raise RejectedFile(f"Không nhận tệp “{upload.name}”: chỉ nhận {ACCEPTED_TEXT}.")
    limit = max_bytes()
    if upload.size > limit:
        raise RejectedFile(f"Tệp “{upload.name}” dung lượng {size_text(upload.size)}, vượt giới hạn "
                           f"{size_text(limit)}. Hãy nén hoặc chia nhỏ tệp.")
    if upload.size == 0:
        raise RejectedFile(f"Tệp “{upload.name}” rỗng.")
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not sniff(ACCEPTED[extension][1], head, upload):
        raise RejectedFile(f"Nội dung tệp “{upload.name}” không phải tệp .{extension} hợp lệ (tệp hỏng hoặc bị "
                           "đổi đuôi). Hãy mở lại tệp gốc và lưu đúng định dạng.")
    return extension


def store(initiative_id: int, extension: str, upload) -> tuple[str, str, int]:
    """Write the file; returns (path relative to MEDIA_ROOT, sha256, size)."""
    relative = f"{FOLDER}/{initiative_id}/{secrets.token_hex(16)}.{extension}"
    target = root() / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    upload.seek(0)
    with open(target, "xb") as out:
        for chunk in upload.chunks() if hasattr(upload, "chunks") else iter(lambda: upload.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return relative, digest.hexdigest(), size


def write_bytes(initiative_id: int, extension: str, content: bytes) -> tuple[str, str, int]:
    return store(initiative_id, extension, io.BytesIO(content))


def absolute(relative: str) -> Path:
    path = (root() / relative).resolve()
    if not str(path).startswith(str(root().resolve()) + os.sep):
        raise FileNotFoundError(relative)  # a path outside the store is never served
    return path


def remove(relative: str) -> None:
    try:
        absolute(relative).unlink()
    except FileNotFoundError:
        pass


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    if size >= 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size} byte"
