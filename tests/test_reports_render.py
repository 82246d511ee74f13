"""The Word template: Vietnamese figure style, the administrator's replacement template, errors in
an edited template, the shipped file matching its script, and `tuyengiao report`."""

import datetime
import io
import zipfile

import docx
import pytest
from django.core.management import CommandError, call_command

from tuyengiao.reports import exports, make_template, render
from tuyengiao.reports.periods import Period

pytestmark = pytest.mark.django_db


def test_figures_in_the_party_style():
    assert render.number(1500) == "1.500" and render.number(3181) == "3.181" and render.number(None) == "0"
    assert render.count(8) == "08" and render.count(62) == "62" and render.count(1500) == "1.500"
    assert render.percent(0.98) == "98%" and render.percent(1) == "100%" and render.percent(0) == "0%"
    assert render.percent(0.996) == "99,6%" and render.percent(0.9996) == "99,9%" and render.percent(None) == "—"
    assert render.percent(0.004) == "0,4%" and render.percent(0.0001) == "0,1%"
    assert render.ratio(62, 121) == "51%" and render.ratio(1, 0) == "—"
    assert render.long_date(datetime.date(2023, 2, 5)) == "ngày 05 tháng 02 năm 2023"
    assert render.long_date(datetime.date(2023, 6, 20)) == "ngày 20 tháng 6 năm 2023"
    assert render.long_date(None, 2023) == "ngày      tháng      năm 2023"


def test_periods():
    half = Period.parse(" 2023h1 ")
    assert (half.code, half.start, half.end, half.review) == (
        "2023H1", datetime.date(2023, 1, 1), datetime.date(2023, 6, 30), "sơ kết 6 tháng đầu năm 2023")
    assert Period.parse("2023").review == "tổng kết năm 2023" and Period.parse("2023").next_label == "năm 2024"
    for bad in ("", "23H1", "2023H3", "năm 2023"):
        with pytest.raises(Exception) as error:
            Period.parse(bad)
        assert "không hợp lệ" in str(error.value)


def test_the_shipped_template_is_what_its_script_makes(tmp_path):
    made = make_template.main(tmp_path / "bao-cao.docx")
    with zipfile.ZipFile(made) as fresh, zipfile.ZipFile(render.SHIPPED) as shipped:
        assert fresh.read("word/document.xml") == shipped.read("word/document.xml")


def write_template(path, *lines):
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_an_administrator_replaces_the_template_without_code(tree, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    (tmp_path / "mau-bao-cao").mkdir()
    write_template(tmp_path / "mau-bao-cao" / "bao-cao.docx", "MẪU RIÊNG của {{ unit.name }}",
                   "Đảng viên: {{ party_members|so }}; kỳ {{ period.code }}")
    assert render.template_path() == tmp_path / "mau-bao-cao" / "bao-cao.docx"
    data = exports.docx_bytes(tree.province, Period.parse("2025H1"))
    texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert texts == ["MẪU RIÊNG của Tỉnh ủy Hà Nam", "Đảng viên: 2; kỳ 2025H1"]


def test_a_broken_template_is_a_clear_error_on_the_page_and_the_command(tree, settings, tmp_path, client):
    settings.REPORT_TEMPLATE_PATH = write_template(tmp_path / "hong.docx", "{{ unit.name ")
    with pytest.raises(render.TemplateError) as error:
        exports.docx_bytes(tree.province, Period.parse("2025"))
    assert "Mẫu báo cáo “hong.docx” có lỗi" in str(error.value)
    client.force_login(tree.users["tinh"])
    response = client.get(f"/bao-cao/don-vi/{tree.province.pk}/", {"period": "2025H1", "format": "docx"})
    assert response.status_code == 200 and "Mẫu báo cáo “hong.docx” có lỗi" in response.content.decode()
    (tmp_path / "khong-phai.docx").write_bytes(b"not a zip")
    settings.REPORT_TEMPLATE_PATH = tmp_path / "khong-phai.docx"
    with pytest.raises(CommandError, match="tệp không phải .docx hợp lệ"):
        call_command("report", "--period", "2025", "--out", str(tmp_path / "x.docx"))


def test_names_with_markup_characters_stay_text(tree, system):
    from tuyengiao.org.services import update_unit

    province = update_unit(system, tree.province, name="Tỉnh ủy <Hà> & Nam")
    data = exports.docx_bytes(province, Period.parse("2025"))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "Tỉnh ủy <Hà> & Nam báo cáo kết quả năm 2025 như sau:" in text


def test_the_report_command_writes_docx_and_xlsx_for_the_root_unit(tree, tmp_path, capsys):
    out = tmp_path / "bao-cao.docx"
    call_command("report", "--period", "2025H1", "--out", str(out), "--number", "9", "--date", "20/6/2025")
    assert "Đã ghi báo cáo sơ kết 6 tháng đầu năm 2025 của Tỉnh ủy Hà Nam" in capsys.readouterr().out
    header = docx.Document(str(out)).tables[0].rows[0].cells
    assert [p.text for p in header[0].paragraphs] == ["TỈNH ỦY HÀ NAM", "*", "Số 9-BC/TU"]
    call_command("report", "--unit", "ha", "--period", "2025", "--out", str(tmp_path / "so-lieu.xlsx"))
    assert zipfile.is_zipfile(tmp_path / "so-lieu.xlsx")
    for args, message in [(["--period", "2025H5"], "không hợp lệ"), (["--unit", "ZZ", "--period", "2025"], "“ZZ”"),
                          (["--period", "2025", "--date", "31/2/2025"], "không đúng dạng")]:
        with pytest.raises(CommandError, match=message):
            call_command("report", *args, "--out", str(out))
    with pytest.raises(CommandError, match="đuôi .docx hoặc .xlsx"):
        call_command("report", "--period", "2025", "--out", str(tmp_path / "x.pdf"))
