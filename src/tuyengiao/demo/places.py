"""Names of the demo province's organisations: a Hà Nam-like province of the Red River delta.

The district-level committees and communes carry real-sounding names of the area; the people are
invented. Larger sizes add districts and communes whose names are composed from the same syllables.
"""

import random

from tuyengiao.screening.normalize import fold

PROVINCE = ("HN", "Tỉnh ủy Hà Nam", "Hà Nam")

# code, committee name, short name, seat kind ("thành phố" / "thị xã" / "huyện"), communes
# A commune is (kind, name): kind "xã", "phường" or "thị trấn". The first ones are always used.
DISTRICTS = [
    ("KB", "Huyện ủy Kim Bảng", "Kim Bảng", "huyện", [
        ("xã", "Đồng Hóa"), ("xã", "Tượng Lĩnh"), ("xã", "Tân Sơn"), ("thị trấn", "Quế"), ("thị trấn", "Ba Sao"),
        ("xã", "Đại Cương"), ("xã", "Lê Hồ"), ("xã", "Nguyễn Úy"), ("xã", "Thụy Lôi"), ("xã", "Văn Xá"),
        ("xã", "Ngọc Sơn"), ("xã", "Khả Phong"), ("xã", "Liên Sơn"), ("xã", "Thanh Sơn"), ("xã", "Nhật Tân"),
        ("xã", "Nhật Tựu"), ("xã", "Hoàng Tây"), ("xã", "Thi Sơn"),
    ]),
    ("TL", "Huyện ủy Thanh Liêm", "Thanh Liêm", "huyện", [
        ("xã", "Thanh Hà"), ("xã", "Liêm Phong"), ("thị trấn", "Kiện Khê"), ("thị trấn", "Tân Thanh"),
        ("xã", "Thanh Thủy"), ("xã", "Thanh Phong"), ("xã", "Thanh Hương"), ("xã", "Liêm Cần"),
        ("xã", "Liêm Thuận"), ("xã", "Liêm Túc"), ("xã", "Liêm Sơn"), ("xã", "Thanh Nghị"), ("xã", "Thanh Tân"),
        ("xã", "Thanh Hải"), ("xã", "Thanh Nguyên"), ("xã", "Thanh Tâm"), ("xã", "Thanh Lưu"),
    ]),
    ("PL", "Thành ủy Phủ Lý", "Phủ Lý", "thành phố", [
        ("phường", "Hai Bà Trưng"), ("phường", "Lương Khánh Thiện"), ("phường", "Minh Khai"),
        ("phường", "Quang Trung"), ("phường", "Trần Hưng Đạo"), ("phường", "Lê Hồng Phong"),
        ("phường", "Thanh Châu"), ("phường", "Thanh Tuyền"), ("phường", "Liêm Chính"), ("phường", "Châu Sơn"),
        ("phường", "Lam Hạ"), ("phường", "Liêm Chung"), ("xã", "Phù Vân"), ("xã", "Kim Bình"),
        ("xã", "Đinh Xá"), ("xã", "Trịnh Xá"), ("xã", "Liêm Tiết"), ("xã", "Tiên Hải"), ("xã", "Tiên Tân"),
    ]),
    ("DT", "Thị ủy Duy Tiên", "Duy Tiên", "thị xã", [
        ("phường", "Hòa Mạc"), ("phường", "Đồng Văn"), ("phường", "Yên Bắc"), ("phường", "Duy Minh"),
        ("phường", "Bạch Thượng"), ("phường", "Duy Hải"), ("phường", "Hoàng Đông"), ("phường", "Tiên Nội"),
        ("phường", "Châu Giang"), ("xã", "Mộc Bắc"), ("xã", "Mộc Nam"), ("xã", "Chuyên Ngoại"),
        ("xã", "Trác Văn"), ("xã", "Yên Nam"), ("xã", "Tiên Sơn"), ("xã", "Tiên Ngoại"),
    ]),
    ("BL", "Huyện ủy Bình Lục", "Bình Lục", "huyện", [
        ("thị trấn", "Bình Mỹ"), ("xã", "An Lão"), ("xã", "An Đổ"), ("xã", "An Ninh"), ("xã", "Bình An"),
        ("xã", "Bồ Đề"), ("xã", "Bối Cầu"), ("xã", "Đồn Xá"), ("xã", "Đồng Du"), ("xã", "Hưng Công"),
        ("xã", "La Sơn"), ("xã", "Tiêu Động"), ("xã", "Tràng An"), ("xã", "Trung Lương"), ("xã", "Vũ Bản"),
        ("xã", "Ngọc Lũ"),
    ]),
    ("LN", "Huyện ủy Lý Nhân", "Lý Nhân", "huyện", [
        ("thị trấn", "Vĩnh Trụ"), ("xã", "Bắc Lý"), ("xã", "Chân Lý"), ("xã", "Chính Lý"), ("xã", "Công Lý"),
        ("xã", "Đạo Lý"), ("xã", "Đức Lý"), ("xã", "Hòa Hậu"), ("xã", "Hợp Lý"), ("xã", "Nguyên Lý"),
        ("xã", "Nhân Chính"), ("xã", "Nhân Khang"), ("xã", "Nhân Mỹ"), ("xã", "Nhân Nghĩa"),
        ("xã", "Nhân Thịnh"), ("xã", "Phú Phúc"), ("xã", "Tiến Thắng"), ("xã", "Văn Lý"), ("xã", "Xuân Khê"),
    ]),
]

# The 2025 merger (Kim Bảng): two communes become one new commune on 1/7/2025.
MERGER = {
    "district": "KB",
    "sources": ["Tượng Lĩnh", "Tân Sơn"],
    "code": "TSO",
    "name": "Đảng ủy xã Tượng Sơn",
    "short_name": "xã Tượng Sơn",
}
# The units of the demo accounts (in Kim Bảng, untouched by the merger).
ACCOUNT_DISTRICT = "KB"
ACCOUNT_COMMUNE = "Đồng Hóa"

SYLLABLES_A = [
    "An", "Bình", "Châu", "Đại", "Đồng", "Hòa", "Hưng", "Kim", "Liêm", "Minh", "Nhân", "Ngọc", "Phú", "Quang",
    "Tân", "Thanh", "Tiên", "Trung", "Văn", "Vĩnh", "Xuân", "Yên", "Hợp", "Đức", "Nhật", "Mỹ", "Lạc", "Thái",
    "Phúc", "Hoàng", "Cao", "Hồng", "Nam", "Bắc", "Đông", "Gia", "Khánh", "Long", "Mộc", "Quỳnh",
]
SYLLABLES_B = [
    "An", "Bình", "Hà", "Hải", "Hưng", "Khê", "Lộc", "Lợi", "Lý", "Minh", "Mỹ", "Nghĩa", "Ninh", "Phong", "Phú",
    "Sơn", "Tâm", "Tân", "Thành", "Thịnh", "Thủy", "Tiến", "Trung", "Tú", "Xá", "Khang", "Phúc", "Hòa", "Đông",
    "Nam", "Lâm", "Thuận", "Hạ", "Yên", "Cường", "Đạo", "Xuyên", "Tiên", "Long", "Quang",
]

VILLAGES = [
    "Bút Đông", "Bút Tây", "Thọ Cầu", "Phú Gia", "Yên Lạc", "Quang Thừa", "Cổ Động", "Lạc Nhuế", "Mã Não",
    "Đồng Ao", "Thanh Khê", "An Hòa", "An Thái", "Bảo Lộc", "Châu Thành", "Đại Phu", "Đoàn Vĩ", "Đông Ngoại",
    "Đồng Lư", "Hạ Trang", "Hòa Ngãi", "Hồng Lý", "Khả Duy", "Lưu Xá", "Mai Xá", "Nham Kênh", "Ninh Tảo",
    "Phú Thứ", "Quyển Sơn", "Thạch Tổ", "Thanh Nộn", "Thịnh Châu", "Trung Hiếu", "Văn Bối", "Vĩnh Lâm",
    "Xuân Thủy", "Yên Thống", "Đồng Tâm", "Hương Mai", "Đông Du", "Phù Đê", "Nhân Hòa", "Hòa Lạc", "Lạc Tràng",
    "Cao Mỹ", "Đình Tràng", "Phù Thụy", "Vũ Xá", "Hưng Đạo", "Tân Lập", "Đội Nhân", "An Mông", "Bồng Lạng",
    "Chanh Thượng", "Cát Lại", "Hoàng Uyển", "Ninh Lão", "Thượng", "Hạ", "Đông", "Tây", "Trung", "Đình",
]
SCHOOLS = ["Mầm non", "Tiểu học", "THCS"]

# Provincial agencies and enterprises of the bloc:
# code, name, kind ("agency" = đảng bộ cơ sở, "base_cell" = chi bộ cơ sở), profile, departments
BLOC = [
    ("VPUB", "Đảng bộ Văn phòng UBND tỉnh", "agency", "office",
     ["Phòng Hành chính - Tổ chức", "Phòng Tổng hợp", "Phòng Kinh tế", "Phòng Khoa giáo - Văn xã",
      "Trung tâm Phục vụ hành chính công"]),
    ("SGD", "Đảng bộ Sở Giáo dục và Đào tạo", "agency", "office",
     ["Văn phòng Sở", "Phòng Giáo dục Trung học", "Phòng Giáo dục Mầm non - Tiểu học",
      "Phòng Khảo thí và Quản lý chất lượng", "Phòng Tổ chức cán bộ"]),
    ("SYT", "Đảng bộ Sở Y tế", "agency", "office",
     ["Văn phòng Sở", "Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Thanh tra Sở", "Phòng Kế hoạch - Tài chính"]),
    ("BVDK", "Đảng bộ Bệnh viện Đa khoa tỉnh", "agency", "hospital",
     ["Khoa Khám bệnh", "Khoa Nội tổng hợp", "Khoa Ngoại tổng hợp", "Khoa Hồi sức cấp cứu", "Khoa Nhi",
      "Khoa Xét nghiệm", "Phòng Điều dưỡng", "Phòng Kế hoạch tổng hợp"]),
    ("BVSN", "Đảng bộ Bệnh viện Sản Nhi tỉnh", "agency", "hospital",
     ["Khoa Sản", "Khoa Nhi", "Khoa Sơ sinh", "Khoa Khám bệnh", "Phòng Điều dưỡng"]),
    ("SNN", "Đảng bộ Sở Nông nghiệp và Môi trường", "agency", "office",
     ["Văn phòng Sở", "Chi cục Thủy lợi", "Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y",
      "Chi cục Bảo vệ môi trường", "Phòng Đất đai"]),
    ("STC", "Đảng bộ Sở Tài chính", "agency", "office",
     ["Văn phòng Sở", "Phòng Quản lý ngân sách", "Phòng Tài chính doanh nghiệp", "Phòng Quản lý giá và công sản",
      "Phòng Đầu tư"]),
    ("SVH", "Đảng bộ Sở Văn hóa, Thể thao và Du lịch", "agency", "office",
     ["Văn phòng Sở", "Phòng Quản lý văn hóa", "Phòng Quản lý du lịch", "Bảo tàng tỉnh", "Thư viện tỉnh",
      "Trung tâm Văn hóa - Điện ảnh"]),
    ("SNV", "Chi bộ Sở Nội vụ", "base_cell", "office", ["Sở Nội vụ"]),
    ("STP", "Chi bộ Sở Tư pháp", "base_cell", "office", ["Sở Tư pháp"]),
    ("SCT", "Chi bộ Sở Công Thương", "base_cell", "office", ["Sở Công Thương"]),
    ("SXD", "Đảng bộ Sở Xây dựng", "agency", "office",
     ["Văn phòng Sở", "Phòng Quản lý xây dựng", "Phòng Quản lý giao thông", "Thanh tra Sở"]),
    ("SKH", "Chi bộ Sở Khoa học và Công nghệ", "base_cell", "office", ["Sở Khoa học và Công nghệ"]),
    ("PTTH", "Đảng bộ Báo và Phát thanh, Truyền hình tỉnh", "agency", "press",
     ["Ban Thời sự", "Ban Chuyên đề", "Ban Biên tập điện tử", "Phòng Kỹ thuật - Công nghệ"]),
    ("KBNN", "Chi bộ Kho bạc Nhà nước khu vực", "base_cell", "office", ["Kho bạc Nhà nước khu vực"]),
    ("THUE", "Đảng bộ Thuế tỉnh", "agency", "office",
     ["Phòng Tuyên truyền - Hỗ trợ người nộp thuế", "Phòng Kiểm tra thuế", "Phòng Quản lý nợ", "Văn phòng"]),
    ("BHXH", "Đảng bộ Bảo hiểm xã hội tỉnh", "agency", "office",
     ["Phòng Thu - Sổ, thẻ", "Phòng Chế độ bảo hiểm xã hội", "Phòng Giám định bảo hiểm y tế", "Văn phòng"]),
    ("CDYT", "Đảng bộ Trường Cao đẳng Y tế", "agency", "school",
     ["Khoa Điều dưỡng", "Khoa Dược", "Khoa Khoa học cơ bản", "Phòng Đào tạo"]),
    ("TCT", "Chi bộ Trường Chính trị tỉnh", "base_cell", "school", ["Trường Chính trị tỉnh"]),
    ("THPTC", "Chi bộ Trường THPT Chuyên Biên Hòa", "base_cell", "school", ["Trường THPT Chuyên Biên Hòa"]),
    ("THPTA", "Chi bộ Trường THPT A Phủ Lý", "base_cell", "school", ["Trường THPT A Phủ Lý"]),
    ("AGRI", "Đảng bộ Agribank chi nhánh tỉnh", "agency", "enterprise",
     ["Phòng Khách hàng", "Phòng Kế hoạch - Nguồn vốn", "Chi nhánh Kim Bảng", "Chi nhánh Duy Tiên"]),
    ("DLUC", "Đảng bộ Công ty Điện lực tỉnh", "agency", "enterprise",
     ["Phòng Kinh doanh", "Phòng Kỹ thuật", "Đội Quản lý điện Phủ Lý", "Đội Quản lý điện Thanh Liêm"]),
    ("NUOC", "Đảng bộ Công ty Cổ phần Nước sạch", "agency", "enterprise",
     ["Xí nghiệp nước Phủ Lý", "Xí nghiệp nước Kim Bảng", "Phòng Kỹ thuật", "Phòng Kinh doanh"]),
    ("XMKB", "Đảng bộ Công ty Cổ phần Xi măng Kiện Khê", "agency", "enterprise",
     ["Phân xưởng Lò nung", "Phân xưởng Nghiền đóng bao", "Phòng Kỹ thuật", "Phòng Kinh doanh"]),
    ("VTK", "Chi bộ Công ty Cổ phần Vận tải Hà Nam", "base_cell", "enterprise", ["Công ty Cổ phần Vận tải Hà Nam"]),
]

MILITARY = [
    ("CQ", "Đảng bộ Cơ quan Bộ Chỉ huy Quân sự tỉnh", "agency",
     ["Phòng Tham mưu", "Phòng Chính trị", "Phòng Hậu cần - Kỹ thuật", "Đại đội Trinh sát"]),
    ("TD", "Đảng bộ Trung đoàn 86", "agency", ["Tiểu đoàn 1", "Tiểu đoàn 2", "Cơ quan Trung đoàn"]),
    ("TH", "Chi bộ Trường Quân sự tỉnh", "base_cell", ["Trường Quân sự tỉnh"]),
]

POLICE = [
    ("CQ", "Đảng bộ Cơ quan Công an tỉnh", "agency",
     ["Phòng Tham mưu", "Phòng Công tác đảng và Công tác chính trị", "Phòng Tổ chức cán bộ",
      "Phòng Hậu cần"]),
    ("CSGT", "Đảng bộ Phòng Cảnh sát giao thông", "agency",
     ["Đội Tuần tra, kiểm soát", "Đội Đăng ký xe", "Trạm Cảnh sát giao thông Phủ Lý"]),
    ("CSHS", "Đảng bộ Phòng Cảnh sát hình sự", "agency", ["Đội Trọng án", "Đội Tổng hợp", "Đội Kỹ thuật hình sự"]),
    ("PCCC", "Đảng bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "agency",
     ["Đội Chữa cháy và cứu nạn, cứu hộ khu vực 1", "Đội Chữa cháy và cứu nạn, cứu hộ khu vực 2",
      "Đội Hướng dẫn, kiểm tra an toàn phòng cháy"]),
]

# Agencies of a district, in order: (code, name template, kind, profile, departments)
DISTRICT_AGENCIES = [
    ("CQD", "Đảng bộ Cơ quan Chính quyền {seat}", "agency", "office",
     ["Văn phòng HĐND và UBND", "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ", "Phòng Văn hóa - Xã hội"]),
    ("TTYT", "Đảng bộ Trung tâm Y tế {seat}", "agency", "hospital",
     ["Khoa Khám bệnh", "Khoa Nội - Nhi", "Khoa Ngoại - Sản", "Khoa Kiểm soát bệnh tật"]),
    ("THPT", "Chi bộ Trường THPT {short}", "base_cell", "school", ["Trường THPT {short}"]),
    ("CQDT", "Chi bộ Cơ quan Đảng - Đoàn thể {seat}", "base_cell", "office", ["Cơ quan Đảng - Đoàn thể {seat}"]),
    ("THPTB", "Chi bộ Trường THPT B {short}", "base_cell", "school", ["Trường THPT B {short}"]),
    ("GDNN", "Chi bộ Trung tâm Giáo dục nghề nghiệp - GDTX {seat}", "base_cell", "school",
     ["Trung tâm Giáo dục nghề nghiệp - GDTX {seat}"]),
]

GENERIC_DEPARTMENTS = {
    "office": ["Văn phòng", "Phòng Tổ chức - Hành chính", "Phòng Nghiệp vụ", "Phòng Kế hoạch - Tài chính",
               "Thanh tra"],
    "hospital": ["Khoa Khám bệnh", "Khoa Nội", "Khoa Ngoại", "Khoa Hồi sức cấp cứu", "Phòng Điều dưỡng"],
    "school": ["Khoa Khoa học cơ bản", "Phòng Đào tạo", "Tổ Chuyên môn"],
    "enterprise": ["Phòng Kinh doanh", "Phòng Kỹ thuật", "Phân xưởng Sản xuất", "Phòng Tài chính - Kế toán"],
    "press": ["Ban Thời sự", "Ban Chuyên đề"],
}
GENERIC_AGENCIES = [
    ("Đảng bộ Ban Quản lý dự án {name}", "office"),
    ("Đảng bộ Bệnh viện {name}", "hospital"),
    ("Đảng bộ Công ty Cổ phần {name}", "enterprise"),
    ("Chi bộ Trường THPT {name}", "school"),
    ("Đảng bộ Công ty TNHH Một thành viên {name}", "enterprise"),
    ("Chi bộ Trung tâm {name}", "office"),
]


def initials(name: str) -> str:
    return "".join(word[0] for word in fold(name).upper().split())


def composed_name(rng: random.Random, taken: set[str]) -> str:
    """A two-syllable place name not in ``taken``."""
    while True:
        name = f"{rng.choice(SYLLABLES_A)} {rng.choice(SYLLABLES_B)}"
        if name not in taken and name.split()[0] != name.split()[1]:
            taken.add(name)
            return name


def unique_code(base: str, taken: set[str]) -> str:
    code, n = base, 2
    while code in taken:
        code = f"{base}{n}"
        n += 1
    taken.add(code)
    return code
