"""Shared builders for the initiative tests (no tests here): sample files, initiatives on the test tree."""

import atexit
import datetime
import io
import shutil
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from tuyengiao.initiatives import dossier, files, review, services
from tuyengiao.initiatives.models import Initiative
from tests.conftest import SYSTEM

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
READING = ("Xây dựng tủ sách pháp luật và tủ sách về Bác Hồ tại nhà văn hóa, mở cửa các tối thứ bảy cho thanh "
           "thiếu niên đọc sách, tổ chức thi kể chuyện về Bác mỗi quý và luân chuyển sách giữa các thôn.")
SATURDAY = ("Cán bộ, công chức xã trực tiếp dân và giải quyết thủ tục hành chính vào sáng thứ bảy hằng tuần tại "
            "bộ phận một cửa, hướng dẫn người dân nộp hồ sơ trực tuyến và ghi nhận kiến nghị để trả lời trong tuần.")


def pdf(name="ke-hoach.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def register(unit, name="Không gian văn hóa đọc", description=READING, on=None, actor=SYSTEM, **extra):
    return services.register_initiative(actor, unit=unit, name=name, field=extra.pop("field", "reading"),
                                        description=description, registered_on=on, **extra)


def selected(t, name="Không gian văn hóa đọc", replication_unit=None) -> Initiative:
    """An initiative of commune XA, evaluated typical and selected for replication."""
    initiative = register(t.commune_a, name=name)
    review.evaluate(SYSTEM, initiative, scores=dict(practicality=9, effectiveness=9, spread=8, maintainability=8),
                    result="typical", unit=t.district_a)
    return review.select_for_replication(SYSTEM, initiative, replication_unit or t.district_a)


def matrix_data(t):
    """For the permission matrix (which runs in another module, with the real MEDIA_ROOT): initiative
    "a" of XA with a plan and a name_only flag, "b" of XB, and "r" of XA selected for replication
    over the whole province. Files written here are removed when the test run ends."""
    if not hasattr(t, "initiative_data"):
        a = register(t.commune_a, name="Ngày thứ bảy với dân", description=SATURDAY,
                     on=datetime.date.today() - datetime.timedelta(days=200))
        b = register(t.commune_b, name="Đường hoa tự quản", description="Mỗi chi hội phụ nữ nhận chăm sóc một "
                     "đoạn đường hoa, trồng và thay hoa theo mùa, vệ sinh hai lần mỗi tháng.", field="environment")
        r = selected(t, name="Không gian văn hóa đọc", replication_unit=t.province)
        item_a = dossier.add_item(SYSTEM, r, kind="plan", upload=pdf())
        item_b = dossier.add_item(SYSTEM, b, kind="plan", upload=pdf())
        for item in (item_a, item_b):
            atexit.register(shutil.rmtree, files.root() / files.FOLDER / str(item.initiative_id), True)
        t.initiative_data = {"a": a, "b": b, "r": r, "item_r": item_a, "item_b": item_b,
                             "flag_a": a.flags.get(code="name_only")}
    return t.initiative_data


def media_root(settings_fixture, tmp_path):
    settings_fixture.MEDIA_ROOT = str(tmp_path / "files")
    return tmp_path / "files"


def stored_files() -> list:
    base = files.root() / files.FOLDER
    return sorted(p for p in base.rglob("*") if p.is_file()) if base.exists() else []

