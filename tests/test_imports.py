import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from tuyengiao.audit.models import AuditEntry
from tuyengiao.core.actor import Actor
from tuyengiao.core.imports import run_import
from tuyengiao.core.xlsx import to_bytes
from tuyengiao.org.imports import UnitImporter
from tuyengiao.org.models import Unit
from tuyengiao.people.imports import MemberImporter
from tuyengiao.people.models import Member, MemberTransfer

pytestmark = pytest.mark.django_db

SYSTEM = Actor.system("command", "test")


def xlsx(importer_class, rows):
    book = importer_class(SYSTEM).template(prefill=rows)
    return to_bytes(book)


def members_csv(lines):
    header = "Họ và tên;Giới tính;Năm sinh;Mã đơn vị;Chức vụ;Chức trách, nhiệm vụ;Người đứng đầu;Đối tượng\n"
    return (header + "\n".join(lines)).encode("utf-8")


def test_template_round_trip_creates_units_parent_first(tree):
    content = xlsx(UnitImporter, [
        {"code": "xc", "name": "Đảng ủy xã Mới", "kind": "Đảng bộ xã, phường, thị trấn", "parent": "HA",
         "active_from": "01/07/2025"},
        {"code": "XC.01", "name": "Chi bộ thôn 1", "kind": "Chi bộ trực thuộc", "parent": "XC"},
    ])
    result = run_import(UnitImporter(SYSTEM), "don-vi.xlsx", content, dry_run=False)
    assert result.ok, result.errors
    cell = Unit.objects.get(code="XC.01")
    assert cell.parent.code == "XC" and cell.parent.parent.code == "HA"
    assert cell.path.startswith(tree.district_a.path)
    assert AuditEntry.objects.filter(source="import", action="create", object_type="unit").count() == 2
    assert AuditEntry.objects.filter(action="import", object_type="units").count() == 1


def test_errors_are_per_row_and_nothing_is_written(tree):
    content = members_csv([
        "Phạm Văn Dũng;Nam;1979;CA;Đảng viên;;Không;Đảng viên",
        ";Nữ;1980;CA;;;;",  # missing name
        "Lê Thị Hoa;Nữ;19x0;CA;;;;",  # bad year
        "Vũ Văn Hải;Nam;1990;KHONGCO;;;;",  # unknown unit
        "Phạm Văn Dũng;Nam;1979;CA;;;;",  # duplicate of row 2
        "Nguyễn Văn An;Nam;1980;CA;;;;",  # already in the database
        "Đỗ Thị Lan;Khác;1990;CA;;;;",  # bad gender
    ])
    members_before = Member.objects.count()
    result = run_import(MemberImporter(SYSTEM), "dv.csv", content, dry_run=False)
    assert not result.ok
    by_row = {error.row: " ".join(error.messages) for error in result.errors}
    assert "Thiếu “Họ và tên”" in by_row[3]
    assert "Năm “19x0” không phải là số." in by_row[4]
    assert "Không tìm thấy đơn vị có mã “KHONGCO”" in by_row[5]
    assert "Trùng với dòng 2" in by_row[6]
    assert "đã có trong Chi bộ thôn Bút Đông" in by_row[7]
    assert "Giới tính “Khác” không hợp lệ." in by_row[8]
    assert 2 not in by_row
    assert Member.objects.count() == members_before
    assert not AuditEntry.objects.filter(source="import").exists()


def test_dry_run_previews_and_writes_nothing(tree):
    content = members_csv(["Phạm Văn Dũng;Nam;1979;CA;Trưởng thôn;Điều hành thôn;Có;Đảng viên"])
    result = run_import(MemberImporter(SYSTEM), "dv.csv", content, dry_run=True)
    assert result.ok and len(result.created) == 1
    assert not Member.objects.filter(full_name="Phạm Văn Dũng").exists()
    result = run_import(MemberImporter(SYSTEM), "dv.csv", content, dry_run=False)
    member = Member.objects.get(full_name="Phạm Văn Dũng")
    assert member.is_head and member.position == "Trưởng thôn"
    assert MemberTransfer.objects.filter(member=member, from_unit=None, to_unit=tree.cell_a).exists()


def test_import_respects_scope(tree):
    content = members_csv(["Phạm Văn Dũng;Nam;1979;CA;;;;", "Hồ Thị Mai;Nữ;1982;CB;;;;"])
    result = run_import(MemberImporter(tree.actor("huyen")), "dv.csv", content, dry_run=False)
    assert [error.row for error in result.errors] == [3]
    assert "không có quyền" in result.errors[0].messages[0]
    assert not Member.objects.filter(full_name="Phạm Văn Dũng").exists()


def test_nfd_and_headers_without_diacritics_are_accepted(tree):
    import unicodedata

    text = "ho va ten,gioi tinh,nam sinh,ma don vi\n" + unicodedata.normalize("NFD", "Hoàng Thị Thuý,nữ,1990,ca\n")
    result = run_import(MemberImporter(SYSTEM), "dv.csv", text.encode(), dry_run=False)
    assert result.ok, result.errors
    member = Member.objects.get(name_key="hoàng thị thúy")
    assert member.full_name == unicodedata.normalize("NFC", "Hoàng Thị Thuý")


def test_wrong_file_type_and_missing_columns(tree):
    result = run_import(MemberImporter(SYSTEM), "dv.pdf", b"%PDF", dry_run=False)
    assert result.file_error == "Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv)."
    result = run_import(MemberImporter(SYSTEM), "dv.csv", "Tên\nAn\n".encode(), dry_run=False)
    assert "thiếu cột bắt buộc" in result.file_error
    result = run_import(MemberImporter(SYSTEM), "dv.xlsx", b"not a zip", dry_run=False)
    assert "Không đọc được tệp Excel" in result.file_error


def test_template_has_headers_choices_and_guide():
    book = load_workbook(io.BytesIO(xlsx(MemberImporter, [])))
    assert book.sheetnames == ["Dữ liệu", "Hướng dẫn"]
    headers = [cell.value for cell in book["Dữ liệu"][1]]
    assert headers[:4] == ["Họ và tên (*)", "Giới tính (*)", "Năm sinh", "Mã đơn vị (*)"]
    assert book["Dữ liệu"].data_validations.dataValidation


def test_command_reports_row_errors_and_exits_nonzero(tree, tmp_path, capsys):
    bad = tmp_path / "dv.csv"
    bad.write_bytes(members_csv([";Nam;1979;CA;;;;"]))
    with pytest.raises(CommandError, match="chưa ghi dòng nào"):
        call_command("import", "members", str(bad))
    assert "Dòng 2: Thiếu “Họ và tên”." in capsys.readouterr().err
    good = tmp_path / "ok.csv"
    good.write_bytes(members_csv(["Phạm Văn Dũng;Nam;1979;CA;;;;"]))
    call_command("import", "members", str(good))
    assert Member.objects.filter(full_name="Phạm Văn Dũng").exists()
