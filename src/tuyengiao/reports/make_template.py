"""Builds the shipped report template ``templates_docx/bao-cao.docx`` (run it again after a change):

    uv run python -m tuyengiao.reports.make_template

The layout follows Hướng dẫn 36-HD/VPTW: A4, Times New Roman, a borderless two-column header
(issuing body and "Số ...-BC/..." left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date right),
the title, the body in 14pt justified with first-line indents, and the closing block (Nơi nhận
left, the signature right). The wording is Jinja2 for docxtpl: commissions edit it in Word, and
an administrator installs the edited file (docs/reports.md) without touching code.
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT

from tuyengiao.reports.docx_layout import (
    CENTER, LEFT, NBSP, cell_text, heading, page_numbers, para, row_flags, setup, tag, two_columns, widths,
)

OUT = Path(__file__).resolve().parent / "templates_docx" / "bao-cao.docx"


def header(document):
    left, right = two_columns(document)
    tag(left, "{%p if doc.superior_body %}")
    para(left, "{{ doc.superior_body }}", align=CENTER, after=0)
    tag(left, "{%p endif %}")
    para(left, "{{ doc.issuing_body }}", bold=True, align=CENTER, after=0)
    para(left, "*", align=CENTER, after=0)
    blank = NBSP * 6
    para(left, "Số {% if doc.number %}{{ doc.number }}{% else %}" + blank + "{% endif %}-BC/{{ doc.symbol }}",
         align=CENTER, after=0)
    para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, underline=True, size=15, align=CENTER, after=0)
    para(right, "{% if doc.superior_body %}" + NBSP + "{% endif %}", align=CENTER, after=0)
    para(right, "{{ doc.place }}, {{ doc.date|ngaydai(doc.generated.year) }}", italic=True, align=CENTER,
         before=6, after=0)


def title(document):
    para(document, "BÁO CÁO", bold=True, size=16, align=CENTER, before=18, after=0)
    para(document, "{{ period.review }} việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
         bold=True, align=CENTER, after=0)
    para(document, "-----", align=CENTER, after=12)
    para(document, "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị "
                   "số 05-CT/TW của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
                   "phong cách Hồ Chí Minh, {{ unit.name }} báo cáo kết quả {{ period.label }} như sau:")


def results(document):
    heading(document, "I. KẾT QUẢ THỰC HIỆN")
    heading(document, "1. Tình hình chung")
    para(document, "{{ unit.organisation }} hiện có {% if grassroots %}{{ grassroots|dem }} tổ chức cơ sở đảng"
                   "{% if cells %}, {{ cells|dem }} chi bộ trực thuộc{% endif %} với {% endif %}"
                   "{{ party_members|so }} đảng viên.")
    heading(document, "2. Việc đăng ký học tập và làm theo Bác")
    tag(document, "{%p if pledges %}")
    para(document, "Tính đến ngày {{ pledges.deadline|ngay }} (hạn đăng ký năm {{ pledges.year }}), có "
                   "{{ pledges.collective.on_time|so }}/{{ pledges.collective.expected|so }} tập thể và "
                   "{{ pledges.individual.on_time|so }}/{{ pledges.individual.expected|so }} cá nhân đã gửi kế "
                   "hoạch đăng ký làm theo Bác về {{ unit.name }} (đạt "
                   "{{ pledges.collective.on_time|phantram(pledges.collective.expected) }} và "
                   "{{ pledges.individual.on_time|phantram(pledges.individual.expected) }})"
                   "{% if pledges.collective.late or pledges.individual.late %}; sau hạn, có thêm "
                   "{{ pledges.collective.late|dem }} tập thể và {{ pledges.individual.late|dem }} cá nhân gửi "
                   "muộn{% endif %}. Hiện vẫn còn {{ pledges.collective.missing|dem }} tập thể và "
                   "{{ pledges.individual.missing|dem }} cá nhân chưa nộp kế hoạch đăng ký (danh sách tại mục III).")
    tag(document, "{%p if flags and flags.pledges %}")
    para(document, "Qua rà soát {{ flags.pledges|so }} bản đăng ký đã gửi, có {{ flags.flagged|so }} bản còn biểu "
                   "hiện hình thức (chung chung, thiếu cụ thể, chưa sát chức trách, nhiệm vụ và chuyên đề của năm, "
                   "sao chép từ năm trước hoặc của người khác); {{ flags.clean|so }} bản đạt yêu cầu "
                   "({{ flags.clean_share|tyle }}).")
    tag(document, "{%p endif %}")
    tag(document, "{%p if period.annual and pledges.completion_rate is not none %}")
    para(document, "Kết quả đánh giá cuối năm: hoàn thành {{ pledges.completed_deeds|so }}/{{ pledges.deeds|so }} "
                   "việc đã đăng ký, đạt {{ pledges.completion_rate|tyle }}.")
    tag(document, "{%p endif %}")
    tag(document, "{%p else %}")
    para(document, "Chưa mở đợt đăng ký làm theo Bác năm {{ period.year }} cho đơn vị.")
    tag(document, "{%p endif %}")
    heading(document, "3. Học tập, bồi dưỡng, tuyên truyền, kiểm tra, mô hình và khen thưởng")
    tag(document, "{%p if activities.conferences.held %}")
    para(document, "Tổ chức {{ activities.conferences.held|dem }} hội nghị học tập, quán triệt"
                   "{% if activities.conferences.bridge_points %} với {{ activities.conferences.bridge_points|dem }}"
                   " điểm cầu{% endif %}, {{ activities.conferences.attendees|so }} lượt đại biểu tham dự"
                   "{% if activities.conferences.participation_rate %} (đạt "
                   "{{ activities.conferences.participation_rate|tyle }}){% endif %}.")
    tag(document, "{%p endif %}")
    tag(document, "{%p if activities.classes.held %}")
    para(document, "Mở {{ activities.classes.held|dem }} lớp bồi dưỡng lý luận chính trị cho "
                   "{{ activities.classes.learners|so }} học viên{% if activity_lists.classes|length > 1 %} ("
                   "{% for item in activity_lists.classes %}{{ item.held|dem }} lớp {{ item.label }} cho "
                   "{{ item.learners|so }} học viên{% if not loop.last %}, {% endif %}{% endfor %}){% endif %}.")
    tag(document, "{%p endif %}")
    tag(document, "{%p if activities.awards.collectives or activities.awards.individuals %}")
    para(document, "Khen thưởng, biểu dương {{ activities.awards.collectives|dem }} tập thể, "
                   "{{ activities.awards.individuals|dem }} cá nhân điển hình tiên tiến trong học tập và làm theo Bác"
                   "{% if activity_lists.awards %} ({% for item in activity_lists.awards %}{{ item.label }}: "
                   "{{ item.collectives|dem }} tập thể, {{ item.individuals|dem }} cá nhân"
                   "{% if not loop.last %}; {% endif %}{% endfor %}){% endif %}.")
    tag(document, "{%p endif %}")
    tag(document, "{%p if activities.inspections.held %}")
    para(document, "Tổ chức {{ activities.inspections.held|dem }} cuộc kiểm tra, giám sát tại "
                   "{{ activities.inspections.units_inspected|dem }} đơn vị; đưa ra "
                   "{{ activities.inspections.recommendations|dem }} kiến nghị, đã thực hiện "
                   "{{ activities.inspections.recommendations_done|dem }}.")
    tag(document, "{%p endif %}")
    tag(document, "{%p if activity_lists.documents %}")
    para(document, "Tham mưu ban hành {{ activities.documents.total|dem }} văn bản: {% for item in "
                   "activity_lists.documents %}{{ item.n|dem }} {{ item.label }}{% if not loop.last %}; {% endif %}"
                   "{% endfor %}.")
    tag(document, "{%p endif %}")
    tag(document, "{%p if activity_lists.outreach %}")
    para(document, "Công tác tuyên truyền: {% for item in activity_lists.outreach %}{{ item.label }} "
                   "{{ item.quantity|so }}{% if item.audience %} ({{ item.audience|so }} lượt người){% endif %}"
                   "{% if not loop.last %}; {% endif %}{% endfor %}{% if activity_lists.prizes %}; các hội thi, cuộc "
                   "thi trao {% for item in activity_lists.prizes %}{{ item.n|dem }} {{ item.label }}"
                   "{% if not loop.last %}, {% endif %}{% endfor %}{% endif %}.")
    tag(document, "{%p endif %}")
    tag(document, "{%p for section in extra %}")
    para(document, "{{ section.title }}: {% for line in section.lines %}{{ line.label }} "
                   "{% if line.rate %}{{ line.value|tyle }}{% else %}{{ line.value|so }}{% endif %}"
                   "{% if not loop.last %}; {% endif %}{% endfor %}.")
    tag(document, "{%p endfor %}")
    tag(document, "{%p if not (activities.conferences.held or activities.classes.held or activities.awards.collectives "
                  "or activities.awards.individuals or activities.inspections.held or activity_lists.documents "
                  "or activity_lists.outreach or extra) %}")
    para(document, "(Nội dung do cơ quan soạn thảo bổ sung.)", italic=True)
    tag(document, "{%p endif %}")
    heading(document, "4. Công tác báo cáo")
    tag(document, "{%p if submissions and submissions.expected %}")
    para(document, "Có {{ submissions.submitted|so }}/{{ submissions.expected|so }} đơn vị đã gửi báo cáo "
                   "{{ submissions.title }} (đạt {{ submissions.reporting_rate|tyle }}), trong đó "
                   "{{ submissions.on_time|so }} báo cáo đúng hạn{% if submissions.late %}, "
                   "{{ submissions.late|dem }} báo cáo gửi muộn{% endif %}; còn {{ submissions.missing|dem }} "
                   "đơn vị chưa gửi báo cáo.")
    tag(document, "{%p else %}")
    para(document, "(Nội dung do cơ quan soạn thảo bổ sung.)", italic=True)
    tag(document, "{%p endif %}")


TABLE_HEADERS = [
    ("TT", 1.0), ("Đơn vị", 4.3), ("Tập thể đã gửi/ phải đăng ký", 2.1), ("Cá nhân đã gửi/ phải đăng ký", 2.3),
    ("Tỷ lệ cá nhân đã gửi", 1.7), ("Gửi muộn", 1.6), ("Chưa nộp (tập thể/ cá nhân)", 1.8),
    ("Hoàn thành việc", 1.7),
]
ROW_CELLS = [
    "{{ row.stt }}", "{{ row.name }}",
    "{{ row.collective.submitted|so }}/{{ row.collective.expected|so }}",
    "{{ row.individual.submitted|so }}/{{ row.individual.expected|so }}",
    "{{ row.individual.submitted_rate|tyle }}",
    "{{ (row.collective.late + row.individual.late)|so }}",
    "{{ row.collective.missing|so }}/{{ row.individual.missing|so }}",
    "{{ row.completion_rate|tyle }}",
]


def children_table(document):
    heading(document, "II. SỐ LIỆU CỦA CÁC ĐƠN VỊ TRỰC THUỘC")
    tag(document, "{%p if children %}")
    table = document.add_table(rows=5, cols=len(TABLE_HEADERS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(table, [cm for _, cm in TABLE_HEADERS])
    for cell in table._cells:
        cell._tc.remove(cell.paragraphs[0]._p)
    rows = table.rows
    for cell, (text, _) in zip(rows[0].cells, TABLE_HEADERS):
        cell_text(cell, text, bold=True, size=11)
    row_flags(rows[0], "tblHeader", "cantSplit")
    row_flags(rows[2], "cantSplit")
    cell_text(rows[1].cells[0], "{%tr for row in children %}", align=LEFT)
    for index, (cell, text) in enumerate(zip(rows[2].cells, ROW_CELLS)):
        cell_text(cell, text, align=LEFT if index == 1 else CENTER)
    cell_text(rows[3].cells[0], "{%tr endfor %}", align=LEFT)
    for index, (cell, text) in enumerate(zip(rows[4].cells, ROW_CELLS)):
        cell_text(cell, text.replace("row.", "total.").replace("{{ total.stt }}", ""), bold=True,
                  align=LEFT if index == 1 else CENTER)
    for cell in rows[1].cells[1:] + rows[3].cells[1:]:
        cell_text(cell, "")
    tag(document, "{%p else %}")
    para(document, "{{ unit.name }} không có đơn vị trực thuộc.")
    tag(document, "{%p endif %}")


def missing_lists(document):
    heading(document, "III. DANH SÁCH TẬP THỂ, CÁ NHÂN CHƯA NỘP KẾ HOẠCH ĐĂNG KÝ")
    tag(document, "{%p if pledges %}")
    para(document, "1. Tập thể chưa nộp ({{ missing_units|length|dem }}){% if missing_units %}:{% else %}.{% endif %}",
         italic=True)
    tag(document, "{%p for name in missing_units %}")
    para(document, "- {{ name }}{% if loop.last %}.{% else %};{% endif %}", after=0)
    tag(document, "{%p endfor %}")
    para(document, "2. Cá nhân chưa nộp ({{ missing_people_count|dem }}){% if missing_people %}:{% else %}."
                   "{% endif %}", italic=True)
    tag(document, "{%p for group in missing_people %}")
    para(document, "- {{ group.unit }} ({{ group.count|dem }}): {{ group.names|join(', ') }}.", after=0)
    tag(document, "{%p endfor %}")
    tag(document, "{%p if missing_people_named < missing_people_count %}")
    para(document, "(Văn bản nêu tên {{ missing_people_named|so }} người; danh sách đầy đủ trong tệp Excel kèm "
                   "theo.)", italic=True)
    tag(document, "{%p endif %}")
    tag(document, "{%p else %}")
    para(document, "Không có đợt đăng ký trong kỳ báo cáo.")
    tag(document, "{%p endif %}")


def closing(document):
    heading(document, "IV. TỒN TẠI, HẠN CHẾ")
    para(document, "{% if pledges and (pledges.collective.missing or pledges.individual.missing) %}Việc xây dựng kế "
                   "hoạch của tập thể, cá nhân làm theo Bác ở một số cấp ủy còn chậm (hiện vẫn còn "
                   "{{ pledges.collective.missing|dem }} tập thể và {{ pledges.individual.missing|dem }} cá nhân "
                   "chưa nộp). {% endif %}{% if flags and flags.flagged %}Một số bản đăng ký còn chung chung, chưa sát "
                   "với chức trách, nhiệm vụ. {% endif %}(Cơ quan soạn thảo bổ sung.)")
    heading(document, "V. PHƯƠNG HƯỚNG, NHIỆM VỤ {{ period.next_label|upper }}")
    para(document, "1. Tiếp tục học tập, quán triệt và thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, chuyên đề "
                   "toàn khóa và chuyên đề năm; gắn việc học tập và làm theo Bác với thực hiện nhiệm vụ chính trị "
                   "của từng cơ quan, đơn vị.")
    para(document, "2. Đôn đốc các tập thể, cá nhân chưa nộp hoàn thành việc đăng ký; nâng cao chất lượng bản đăng "
                   "ký, bảo đảm cụ thể, sát chức trách, nhiệm vụ, khắc phục bệnh hình thức.")
    para(document, "3. Phát hiện, biểu dương, nhân rộng các mô hình, điển hình tiên tiến; thực hiện nghiêm chế độ "
                   "thông tin, báo cáo định kỳ.")
    left, right = two_columns(document, (8.0, 8.5))
    para(left, "Nơi nhận:", underline=True, align=LEFT, indent=False, before=12, after=0)
    tag(left, "{%p for name in doc.recipients %}")
    para(left, "- {{ name }},", size=12, align=LEFT, indent=False, after=0)
    tag(left, "{%p endfor %}")
    para(left, "- Lưu Văn phòng.", size=12, align=LEFT, indent=False, after=0)
    para(right, "T/M {{ doc.signing_body }}", bold=True, align=CENTER, before=12, after=0)
    para(right, "{{ doc.signer_title|upper }}", bold=True, align=CENTER, after=72)
    para(right, "{{ doc.signer_name }}", bold=True, align=CENTER, after=0)


def build() -> Document:
    document = Document()
    setup(document)
    page_numbers(document)

    header(document)
    title(document)
    results(document)
    children_table(document)
    missing_lists(document)
    closing(document)
    return document


def main(out: Path = OUT) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    build().save(str(out))
    return out


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
