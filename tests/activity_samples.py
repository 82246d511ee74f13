"""One valid record of each activity register, as service data and as an import row, for the
generic register tests (test_activities_registers.py) and the permission matrix."""

import datetime

from tuyengiao.activities.registers import BY_KIND
from tuyengiao.core.registers import save_record
from tests.conftest import SYSTEM

DAY = datetime.date(2026, 3, 10)


def data(kind: str, tree, unit, label: str = "") -> dict:
    """Service data of a record of ``kind`` owned by ``unit``; ``label`` makes its text unique."""
    label = label or unit.code
    other = tree.cell_a if unit.path.startswith(tree.commune_a.path) else tree.cell_b
    other = other if other != unit else unit.parent
    member = tree.member_a if unit.path.startswith(tree.district_a.path) else tree.member_b
    return {
        "conferences": {"unit": unit, "topic": f"Học tập chuyên đề năm 2026 ({label})", "topic_kind": "theme",
                        "date": DAY, "format": "hybrid", "note": "",
                        "points": [{"unit": unit, "expected": 40, "attended": 38},
                                   {"unit": other, "expected": 20, "attended": 19}]},
        "classes": {"unit": unit, "kind": "awareness", "title": f"Lớp nhận thức về Đảng ({label})",
                    "start_date": DAY, "end_date": DAY + datetime.timedelta(days=5), "learners": 45, "note": ""},
        "awards": {"unit": unit, "proposed_on": DAY, "nominee_kind": "individual", "member": member,
                   "level": "gk_grassroots", "achievement": f"Điển hình làm theo Bác ({label})", "status": "proposed"},
        "inspections": {"unit": unit, "kind": "inspection", "title": f"Kiểm tra thực hiện Kết luận 01 ({label})",
                        "start_date": DAY, "end_date": DAY, "inspected": [other], "findings": "", "note": "",
                        "recommendations": [{"text": "Bổ sung hồ sơ", "due_date": DAY}]},
        "documents": {"unit": unit, "symbol": f"{unit.pk:02d}-KH/{unit.code}", "issued_on": DAY,
                      "title": f"Kế hoạch học tập chuyên đề ({label})", "note": ""},
        "outreach": {"unit": unit, "kind": "film_week", "title": f"Tuần phim về Bác ({label})", "date": DAY,
                     "quantity": 3, "audience": 500, "note": ""},
    }[kind]


def make(kind: str, tree, unit, label: str = ""):
    return save_record(SYSTEM, BY_KIND[kind], None, data(kind, tree, unit, label))


def import_row(kind: str, tree, unit, label: str) -> dict[str, str]:
    """Cells of one import row by column header; ``label`` appears in the record's text."""
    other = "CA" if unit.path.startswith(tree.district_a.path) else "CB"
    member = tree.member_a if unit.code in ("XA", "HA", "CA") else tree.member_b
    return {
        "conferences": {"Mã đơn vị": unit.code, "Nội dung học tập, quán triệt": f"Quán triệt nghị quyết ({label})",
                        "Ngày tổ chức": "15/4/2026", "Hình thức": "Trực tuyến", "Mã đơn vị đặt điểm cầu": other,
                        "Số người được triệu tập": "1.200", "Số người tham dự": "1.150"},
        "classes": {"Mã đơn vị": unit.code, "Loại lớp": "Bồi dưỡng lý luận chính trị cho đảng viên mới",
                    "Tên lớp": f"Lớp đảng viên mới ({label})", "Ngày khai giảng": "1/4/2026",
                    "Ngày bế giảng": "5/4/2026", "Số học viên": "59"},
        "awards": {"Mã đơn vị": unit.code, "Ngày đề nghị": "20/4/2026", "Đối tượng": "Cá nhân",
                   "Mã số đảng viên": str(member.pk), "Hình thức khen thưởng": "Giấy khen của Đảng ủy cơ sở",
                   "Thành tích": f"Gương điển hình ({label})"},
        "inspections": {"Mã đơn vị": unit.code, "Nội dung": f"Giám sát việc đăng ký làm theo Bác ({label})",
                        "Hình thức": "Giám sát", "Từ ngày": "2/5/2026", "Đến ngày": "3/5/2026",
                        "Mã đơn vị được kiểm tra": other, "Kiến nghị": "Hoàn thiện kế hoạch",
                        "Hạn thực hiện kiến nghị": "30/6/2026"},
        "documents": {"Mã đơn vị": unit.code, "Số, ký hiệu": f"Số {sum(map(ord, label)) % 900 + 1}-bc/{unit.code}", "Ngày ban hành": "2/3/2026",
                      "Trích yếu": f"Báo cáo sơ kết ({label})"},
        "outreach": {"Mã đơn vị": unit.code, "Loại": "Hội thi, cuộc thi", "Tên, nội dung": f"Hội thi bí thư giỏi ({label})",
                     "Ngày": "19/5/2026", "Giải Nhất": "1", "Giải Nhì": "2"},
    }[kind]
