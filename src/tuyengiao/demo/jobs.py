"""Who works where: positions and duties that fit each kind of unit.

A member-holding unit (a cell, or a grassroots unit without cells) has a *profile*; its people are
its head (the cell secretary), a few key posts, then ordinary members drawn from weighted pools.
The first cell of a grassroots unit also holds that unit's leaders (Bí thư Đảng ủy, Chủ tịch
UBND, Giám đốc ...). Texts use placeholders: {place} (village, residential group), {dept}
(department, ward of a hospital), {org} (the agency or commune), {subject}, {grade}.
"""

import random
from dataclasses import dataclass

PARTY, CIVIL, YOUTH, ASSOCIATION = "party", "civil", "youth", "association"


@dataclass(frozen=True)
class Role:
    position: str
    duties: str | tuple[str, ...]
    male: float = 0.5  # probability of a man
    ages: tuple[int, int] = (25, 60)
    category: str = PARTY
    head: bool = False
    weight: int = 1


def head_title(dept: str) -> str:
    """"Phòng Kỹ thuật" -> "Trưởng phòng Kỹ thuật", "Khoa Nhi" -> "Trưởng khoa Nhi" ..."""
    first, _, rest = dept.partition(" ")
    if first in {"Phòng", "Khoa", "Ban"}:
        return f"Trưởng {first.lower()} {rest}"
    if dept.startswith("Chi cục"):
        return f"Chi cục trưởng {dept}"
    if dept.startswith(("Văn phòng", "Thanh tra")):
        return f"Chánh {dept}"
    if dept.startswith(("Trung tâm", "Bảo tàng", "Thư viện", "Xí nghiệp", "Sở ", "Kho bạc", "Công ty")):
        return f"Giám đốc {dept}"
    if dept.startswith(("Trường", "Trung tâm Giáo dục")):
        return f"Hiệu trưởng {dept}"
    if first == "Đội":
        return f"Đội trưởng {dept}"
    if first == "Trạm":
        return f"Trạm trưởng {dept}"
    if first == "Tiểu":
        return f"Tiểu đoàn trưởng {dept}"
    if dept.startswith("Phân xưởng"):
        return f"Quản đốc {dept}"
    if dept.startswith("Đại đội"):
        return f"Đại đội trưởng {dept}"
    if dept.startswith("Chi nhánh"):
        return f"Giám đốc {dept}"
    return f"Phụ trách {dept}"


WORKING = (24, 58)

# -- residential cells ------------------------------------------------------------------------

VILLAGE_HEAD = Role("Bí thư chi bộ", (
    "Lãnh đạo toàn diện hoạt động của chi bộ {place}; chủ trì sinh hoạt chi bộ hằng tháng và phân công nhiệm vụ cho "
    "từng đảng viên.",
    "Chủ trì sinh hoạt chi bộ, nắm tình hình tư tưởng của đảng viên và nhân dân {place}; chỉ đạo thực hiện các tiêu "
    "chí nông thôn mới kiểu mẫu.",
), male=0.75, ages=(45, 68), head=True)
VILLAGE_KEY = [
    Role("Phó Bí thư chi bộ, {headman}", "Điều hành công việc tự quản của {place}; triển khai chủ trương của Đảng "
         "ủy, Ủy ban nhân dân xã tới từng hộ dân.", male=0.7, ages=(40, 65)),
    Role("Chi ủy viên, Trưởng ban công tác Mặt trận", "Phụ trách công tác Mặt trận ở khu dân cư {place}; vận động "
         "nhân dân tham gia cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
         male=0.6, ages=(45, 70)),
    Role("Chi hội trưởng Hội Nông dân", "Hướng dẫn hội viên chuyển đổi cơ cấu cây trồng, vật nuôi; phối hợp mở lớp "
         "tập huấn khuyến nông cho bà con {place}.", male=0.7, ages=(40, 65)),
    Role("Chi hội trưởng Hội Phụ nữ", "Vận động hội viên thực hiện phong trào xây dựng gia đình “5 không, 3 sạch”; "
         "theo dõi tổ tiết kiệm và vay vốn của phụ nữ {place}.", male=0.0, ages=(35, 60)),
    Role("Chi hội trưởng Hội Cựu chiến binh", "Giữ gìn và phát huy bản chất “Bộ đội Cụ Hồ”; tham gia hòa giải mâu "
         "thuẫn và giữ gìn an ninh trật tự ở {place}.", male=0.95, ages=(58, 80)),
    Role("Bí thư Chi đoàn thanh niên", "Tổ chức sinh hoạt chi đoàn, ra quân “Ngày Chủ nhật xanh”; vận động thanh niên "
         "{place} lập nghiệp và tham gia nghĩa vụ quân sự.", male=0.55, ages=(22, 30), category=YOUTH),
    Role("Công an viên", "Nắm tình hình an ninh trật tự ở {place}; tham gia tuần tra, hòa giải mâu thuẫn trong nhân "
         "dân.", male=0.9, ages=(28, 55)),
]
RESIDENT_WORKING = (
    "Sản xuất nông nghiệp; tham gia tổ tự quản vệ sinh môi trường của {place}.",
    "Kinh doanh hộ gia đình; thực hiện đúng nghĩa vụ thuế và vận động các hộ kinh doanh giữ gìn vệ sinh đường làng.",
    "Công nhân khu công nghiệp Đồng Văn, sinh hoạt tại nơi cư trú; tham gia hiến máu tình nguyện hằng năm.",
    "Chăn nuôi theo mô hình gia trại; giúp hộ cận nghèo trong thôn về con giống và kỹ thuật.",
    "Làm nghề mây giang đan; truyền nghề cho lao động nữ của {place}.",
    "Trồng rau an toàn theo chuỗi liên kết; thực hiện phân loại rác thải tại nguồn.",
    "Thợ xây tự do; tham gia làm đường bê tông, sửa nhà văn hóa {place} bằng ngày công lao động.",
    "Dịch vụ vận tải; vận động người thân chấp hành an toàn giao thông.",
    "Giáo viên đang công tác, sinh hoạt hai chiều tại nơi cư trú; phụ trách tủ sách của nhà văn hóa {place}.",
)
RESIDENT_RETIRED = (
    "Đảng viên nghỉ hưu; tham gia tổ hòa giải và câu lạc bộ thơ ca của {place}.",
    "Giáo viên nghỉ hưu; kèm các cháu học sinh của {place} ôn tập dịp hè.",
    "Đảng viên cao tuổi, thường xuyên dự sinh hoạt chi bộ; tham gia Ban Khuyến học của {place}.",
    "Cán bộ xã nghỉ hưu; tham gia Ban thanh tra nhân dân, giám sát các công trình ở {place}.",
    "Cựu chiến binh; kể chuyện truyền thống cho thanh niên và tham gia tổ an ninh tự quản của {place}.",
)
VILLAGE_POOL = [
    Role("Đảng viên", RESIDENT_WORKING, male=0.6, ages=(24, 60), weight=48),
    Role("Đảng viên", RESIDENT_RETIRED, male=0.65, ages=(61, 90), weight=34),
    Role("Hội viên Hội Nông dân", "Tham gia tổ hợp tác sản xuất lúa chất lượng cao; thực hiện tốt quy định bảo vệ "
         "môi trường đồng ruộng.", male=0.6, ages=(30, 70), category=ASSOCIATION, weight=4),
    Role("Hội viên Hội Phụ nữ", "Tham gia tổ phụ nữ tiết kiệm; giữ gìn nếp nhà “sáng, xanh, sạch, đẹp”.", male=0.0,
         ages=(25, 65), category=ASSOCIATION, weight=3),
    Role("Hội viên Hội Cựu chiến binh", "Tham gia tổ tự quản an ninh trật tự; kể chuyện truyền thống cho thanh niên "
         "{place}.", male=0.95, ages=(60, 85), category=ASSOCIATION, weight=2),
    Role("Đoàn viên", "Tham gia đội thanh niên tình nguyện của {place}; giữ gìn cảnh quan đường làng ngõ xóm.",
         male=0.55, ages=(18, 30), category=YOUTH, weight=5),
]

WARD_HEAD = Role("Bí thư chi bộ", (
    "Lãnh đạo toàn diện hoạt động của chi bộ {place}; chủ trì sinh hoạt chi bộ, giữ mối liên hệ của đảng viên đang "
    "công tác với nơi cư trú.",
    "Chủ trì sinh hoạt chi bộ hằng tháng; chỉ đạo xây dựng {place} đạt chuẩn “Tổ dân phố văn minh đô thị”.",
), male=0.7, ages=(50, 70), head=True)
WARD_KEY = [
    Role("Phó Bí thư chi bộ, Tổ trưởng tổ dân phố", "Điều hành công việc tự quản của {place}; tiếp nhận, phản ánh ý "
         "kiến của nhân dân với phường.", male=0.6, ages=(45, 70)),
    Role("Chi ủy viên, Trưởng ban công tác Mặt trận", "Vận động nhân dân {place} giữ gìn trật tự đô thị, vệ sinh "
         "môi trường và tham gia các quỹ an sinh.", male=0.5, ages=(50, 72)),
    Role("Chi hội trưởng Hội Phụ nữ", "Vận động hội viên {place} tham gia mô hình “Phân loại rác tại nguồn” và tổ "
         "phụ nữ tiết kiệm.", male=0.0, ages=(35, 62)),
    Role("Chi hội trưởng Hội Cựu chiến binh", "Tham gia giữ gìn an ninh trật tự, hòa giải mâu thuẫn ở {place}.",
         male=0.95, ages=(60, 80)),
]
WARD_POOL = [
    Role("Đảng viên", (
        "Viên chức đang công tác, sinh hoạt hai chiều tại nơi cư trú; gương mẫu chấp hành quy định của {place}.",
        "Kinh doanh dịch vụ ăn uống; giữ gìn vỉa hè thông thoáng, thực hiện đúng quy định an toàn thực phẩm.",
        "Công nhân công ty may, sinh hoạt tại nơi cư trú; tham gia đội văn nghệ của {place}.",
        "Kỹ sư xây dựng; tư vấn miễn phí cho các hộ sửa chữa nhà ở đúng quy hoạch.",
    ), male=0.55, ages=(24, 60), weight=45),
    Role("Đảng viên", (
        "Cán bộ hưu trí; tham gia tổ hòa giải và câu lạc bộ dưỡng sinh của {place}.",
        "Đảng viên cao tuổi; tham gia Ban Khuyến học và tủ sách cộng đồng của {place}.",
        "Cựu giáo viên; kèm học sinh có hoàn cảnh khó khăn ôn thi vào lớp 10.",
    ), male=0.55, ages=(61, 90), weight=40),
    Role("Hội viên Hội Phụ nữ", "Tham gia tổ phụ nữ tự quản vệ sinh môi trường của {place}.", male=0.0, ages=(25, 65),
         category=ASSOCIATION, weight=5),
    Role("Đoàn viên", "Tham gia đội thanh niên xung kích của phường; hướng dẫn người dân cài đặt ứng dụng dịch vụ "
         "công.", male=0.5, ages=(18, 30), category=YOUTH, weight=6),
]

# -- the commune's own office cell -------------------------------------------------------------

COMMUNE_LEADERS = [
    Role("Bí thư Đảng ủy", "Lãnh đạo toàn diện Đảng bộ {org}; người đứng đầu chịu trách nhiệm về việc học tập và làm "
         "theo Bác trong toàn Đảng bộ.", male=0.8, ages=(42, 58), head=True),
    Role("Phó Bí thư Thường trực Đảng ủy", "Phụ trách công tác xây dựng Đảng, công tác tuyên giáo và dân vận của "
         "Đảng bộ {org}.", male=0.6, ages=(38, 56)),
    Role("Phó Bí thư Đảng ủy, Chủ tịch UBND", "Điều hành Ủy ban nhân dân {org}; chỉ đạo cải cách hành chính, phát "
         "triển kinh tế - xã hội trên địa bàn.", male=0.8, ages=(38, 56), head=True),
    Role("Chủ tịch Ủy ban MTTQ", "Chủ trì công tác Mặt trận {org}; giám sát, phản biện xã hội và tập hợp ý kiến, kiến "
         "nghị của cử tri.", male=0.55, ages=(45, 60)),
]
COMMUNE_OFFICE_HEAD = Role("Bí thư chi bộ Cơ quan", "Chủ trì sinh hoạt chi bộ Cơ quan {org}; theo dõi việc thực "
                           "hiện nội quy, quy chế làm việc của cán bộ, công chức.", male=0.6, ages=(35, 55), head=True)
COMMUNE_OFFICE_POOL = [
    Role("Công chức Văn phòng - Thống kê", "Tham mưu tổng hợp, quản lý văn bản đi, đến; tiếp nhận và trả kết quả thủ "
         "tục hành chính tại bộ phận một cửa.", male=0.35, ages=WORKING, weight=3),
    Role("Công chức Tư pháp - Hộ tịch", "Đăng ký hộ tịch, chứng thực; hướng dẫn người dân nộp hồ sơ dịch vụ công trực "
         "tuyến.", male=0.4, ages=WORKING, weight=2),
    Role("Công chức Địa chính - Xây dựng", "Quản lý đất đai, trật tự xây dựng; giải quyết hồ sơ cấp giấy chứng nhận "
         "quyền sử dụng đất đúng hạn.", male=0.7, ages=WORKING, weight=2),
    Role("Công chức Tài chính - Kế toán", "Lập dự toán, quyết toán ngân sách {org}; công khai tài chính theo quy "
         "định.", male=0.3, ages=WORKING, weight=2),
    Role("Công chức Văn hóa - Xã hội", "Theo dõi phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, chính "
         "sách người có công và bảo trợ xã hội.", male=0.4, ages=WORKING, weight=2),
    Role("Cán bộ Văn phòng Đảng ủy", "Tổng hợp số liệu đảng viên, theo dõi việc đăng ký làm theo Bác của các chi bộ "
         "và báo cáo Đảng ủy.", male=0.3, ages=WORKING, weight=1),
    Role("Chỉ huy trưởng Quân sự", "Tham mưu công tác quốc phòng, quân sự địa phương; huấn luyện lực lượng dân quân "
         "{org}.", male=0.95, ages=(30, 50), weight=1),
    Role("Trưởng Công an", "Bảo đảm an ninh, trật tự trên địa bàn {org}; chỉ đạo làm sạch dữ liệu dân cư, định danh "
         "điện tử.", male=0.9, ages=(32, 50), weight=1),
    Role("Bí thư Đoàn Thanh niên", "Tổ chức các phong trào thanh niên tình nguyện, khởi nghiệp; phụ trách Đội Thiếu "
         "niên {org}.", male=0.5, ages=(24, 32), category=YOUTH, weight=1),
    Role("Chủ tịch Hội Liên hiệp Phụ nữ", "Vận động phụ nữ {org} tham gia phát triển kinh tế, xây dựng gia đình hạnh "
         "phúc.", male=0.0, ages=(35, 55), weight=1),
    Role("Chủ tịch Hội Nông dân", "Chỉ đạo phong trào nông dân sản xuất, kinh doanh giỏi; hỗ trợ hội viên vay vốn.",
         male=0.7, ages=(40, 58), weight=1),
    Role("Chủ tịch Hội Cựu chiến binh", "Tập hợp cựu chiến binh tham gia xây dựng và bảo vệ chính quyền cơ sở.",
         male=0.95, ages=(55, 68), weight=1),
    Role("Nhân viên hợp đồng", "Hỗ trợ số hóa hồ sơ, văn bản tại bộ phận một cửa {org}.", male=0.4, ages=(22, 40),
         category=CIVIL, weight=1),
]

# -- schools, health, offices, enterprises, press, armed forces ---------------------------------

SUBJECTS = ["Toán", "Ngữ văn", "Tiếng Anh", "Vật lý", "Hóa học", "Sinh học", "Lịch sử", "Địa lý", "Tin học",
            "Giáo dục công dân", "Thể dục", "Âm nhạc"]
SCHOOL_HEAD = Role("Bí thư chi bộ, Hiệu trưởng", "Lãnh đạo chi bộ và điều hành hoạt động của {org}; chịu trách "
                   "nhiệm về chất lượng dạy học và xây dựng trường học văn hóa, kiểu mẫu.", male=0.45, ages=(42, 58),
                   head=True)
SCHOOL_KEY = [
    Role("Phó Hiệu trưởng", "Phụ trách chuyên môn, kiểm định chất lượng giáo dục của {org}.", male=0.4, ages=(38, 56)),
    Role("Tổ trưởng chuyên môn", "Xây dựng kế hoạch dạy học của tổ, dự giờ, góp ý và bồi dưỡng giáo viên trẻ.",
         male=0.35, ages=(35, 55)),
    Role("Tổng phụ trách Đội", "Tổ chức hoạt động Đội, phong trào “Nói lời hay, làm việc tốt” trong học sinh.",
         male=0.4, ages=(25, 40)),
]
SCHOOL_POOL = [
    Role("Giáo viên môn {subject}", (
        "Giảng dạy môn {subject}; chủ nhiệm lớp {grade}, phối hợp với cha mẹ học sinh giáo dục đạo đức cho các em.",
        "Giảng dạy môn {subject}; bồi dưỡng học sinh giỏi và phụ đạo học sinh yếu của khối {grade}.",
    ), male=0.25, ages=(24, 58), weight=70),
    Role("Giáo viên môn {subject}", "Giảng dạy môn {subject}; ứng dụng công nghệ thông tin, chuyển đổi số trong dạy "
         "học.", male=0.25, ages=(23, 40), category=CIVIL, weight=12),
    Role("Kế toán", "Thực hiện chế độ kế toán, công khai tài chính của nhà trường.", male=0.15, ages=(28, 55),
         weight=3),
    Role("Nhân viên thư viện - thiết bị", "Quản lý thư viện, góc sách về Bác Hồ; phục vụ thiết bị dạy học.",
         male=0.2, ages=(25, 55), category=CIVIL, weight=3),
    Role("Giáo viên môn {subject}", "Giảng dạy môn {subject}; phụ trách câu lạc bộ của đoàn trường.", male=0.35,
         ages=(23, 30), category=YOUTH, weight=6),
]

HOSPITAL_HEAD = Role("Bí thư chi bộ, {head_title}", "Lãnh đạo chi bộ và điều hành chuyên môn của {dept}; chịu trách "
                     "nhiệm về chất lượng khám, chữa bệnh và thái độ phục vụ người bệnh.", male=0.55, ages=(40, 58),
                     head=True)
HOSPITAL_POOL = [
    Role("Bác sĩ {dept}", (
        "Khám, điều trị người bệnh tại {dept}; thực hiện đúng quy chế chuyên môn và Quy tắc ứng xử của ngành y tế.",
        "Khám, chữa bệnh; tham gia trực cấp cứu và hướng dẫn chuyên môn cho tuyến xã.",
    ), male=0.5, ages=(27, 60), weight=30),
    Role("Điều dưỡng {dept}", (
        "Chăm sóc, theo dõi người bệnh; thực hiện y lệnh và hướng dẫn người nhà người bệnh.",
        "Chăm sóc người bệnh, tiêm, truyền an toàn; tham gia đánh giá sự hài lòng của người bệnh.",
    ), male=0.15, ages=(23, 55), weight=35),
    Role("Điều dưỡng {dept}", "Chăm sóc người bệnh; tham gia đội hiến máu tình nguyện của đoàn thanh niên.", male=0.2,
         ages=(23, 30), category=YOUTH, weight=6),
    Role("Kỹ thuật viên {dept}", "Thực hiện xét nghiệm, chẩn đoán hình ảnh đúng quy trình, trả kết quả kịp thời.",
         male=0.4, ages=(25, 55), category=CIVIL, weight=8),
    Role("Dược sĩ", "Cấp phát thuốc, theo dõi sử dụng thuốc an toàn, hợp lý.", male=0.3, ages=(26, 55), weight=5),
    Role("Hộ lý", "Giữ gìn vệ sinh buồng bệnh; hỗ trợ người bệnh khó khăn trong sinh hoạt.", male=0.1, ages=(25, 55),
         category=ASSOCIATION, weight=3),
]

OFFICE_HEAD = Role("Bí thư chi bộ, {head_title}", "Lãnh đạo chi bộ và điều hành công việc của {dept}; chịu trách "
                   "nhiệm về tiến độ, chất lượng tham mưu của đơn vị.", male=0.6, ages=(40, 58), head=True)
OFFICE_KEY = [
    Role("Phó {head_title}", "Giúp trưởng đơn vị phụ trách một số lĩnh vực; kiểm tra hồ sơ trước khi trình "
         "ký.", male=0.55, ages=(35, 56)),
]
OFFICE_POOL = [
    Role("Chuyên viên {dept}", (
        "Tham mưu, tổng hợp các lĩnh vực được giao tại {dept}; giải quyết hồ sơ đúng hạn, không để tồn đọng.",
        "Theo dõi, hướng dẫn, kiểm tra việc thực hiện chính sách thuộc lĩnh vực của {dept}; soạn thảo báo cáo định kỳ.",
        "Tiếp nhận, thẩm định hồ sơ thủ tục hành chính; cập nhật dữ liệu lên hệ thống dịch vụ công trực tuyến.",
    ), male=0.45, ages=WORKING, weight=55),
    Role("Chuyên viên chính {dept}", "Chủ trì xây dựng đề án, kế hoạch của {dept}; hướng dẫn chuyên viên trẻ.",
         male=0.5, ages=(38, 58), weight=12),
    Role("Chuyên viên {dept}", "Tham mưu chuyển đổi số, quản lý văn bản điện tử và chữ ký số của {dept}.", male=0.45,
         ages=(24, 35), category=CIVIL, weight=10),
    Role("Kế toán", "Thực hiện công tác kế toán, quyết toán kinh phí của {org}.", male=0.2, ages=(28, 55), weight=4),
    Role("Văn thư - lưu trữ", "Quản lý văn bản đi, đến; số hóa tài liệu lưu trữ của {org}.", male=0.2, ages=(25, 55),
         category=CIVIL, weight=4),
    Role("Đoàn viên, chuyên viên {dept}", "Tham gia chi đoàn cơ quan, hỗ trợ người dân sử dụng dịch vụ công trực "
         "tuyến.", male=0.45, ages=(23, 30), category=YOUTH, weight=5),
]

ENTERPRISE_HEAD = Role("Bí thư chi bộ, {head_title}", "Lãnh đạo chi bộ; điều hành sản xuất, kinh doanh của {dept}, "
                       "bảo đảm việc làm và thu nhập cho người lao động.", male=0.75, ages=(38, 58), head=True)
ENTERPRISE_POOL = [
    Role("Kỹ sư {dept}", "Vận hành, bảo dưỡng thiết bị an toàn; đề xuất sáng kiến cải tiến kỹ thuật tiết kiệm năng "
         "lượng.", male=0.8, ages=(24, 55), weight=25),
    Role("Công nhân vận hành", "Vận hành dây chuyền theo đúng quy trình; thực hiện an toàn, vệ sinh lao động.",
         male=0.75, ages=(22, 55), weight=30),
    Role("Nhân viên kinh doanh", "Chăm sóc khách hàng, thu tiền đúng hạn; giải quyết kiến nghị của khách hàng trong "
         "ngày.", male=0.45, ages=(23, 50), weight=15),
    Role("Chủ tịch Công đoàn bộ phận", "Chăm lo đời sống, quyền lợi người lao động; tổ chức phong trào thi đua "
         "lao động giỏi.", male=0.5, ages=(35, 55), category=ASSOCIATION, weight=3),
    Role("Công nhân", "Sản xuất theo ca; tham gia phong trào “Lao động giỏi, lao động sáng tạo”.", male=0.7,
         ages=(20, 30), category=YOUTH, weight=6),
]

PRESS_HEAD = Role("Bí thư chi bộ, {head_title}", "Lãnh đạo chi bộ; chỉ đạo nội dung tuyên truyền của {dept}, bảo đảm "
                  "định hướng chính trị, tư tưởng.", male=0.6, ages=(40, 58), head=True)
PRESS_POOL = [
    Role("Phóng viên {dept}", (
        "Viết tin, bài tuyên truyền gương người tốt, việc tốt, mô hình học tập và làm theo Bác.",
        "Thực hiện phóng sự truyền hình về xây dựng nông thôn mới và chuyển đổi số ở cơ sở.",
    ), male=0.5, ages=(24, 55), weight=30),
    Role("Biên tập viên {dept}", "Biên tập tin, bài; kiểm soát nội dung trước khi phát sóng, đăng tải.", male=0.45,
         ages=(28, 58), weight=15),
    Role("Kỹ thuật viên", "Bảo đảm kỹ thuật phát sóng, ghi hình, dựng chương trình.", male=0.8, ages=(24, 55),
         category=CIVIL, weight=8),
]

MILITARY_HEAD = Role("Bí thư chi bộ, {head_title}", "Lãnh đạo chi bộ; chỉ huy đơn vị thực hiện nhiệm vụ huấn luyện, "
                     "sẵn sàng chiến đấu và xây dựng đơn vị vững mạnh toàn diện.", male=0.98, ages=(32, 52), head=True)
MILITARY_POOL = [
    Role("Trợ lý {dept}", "Tham mưu cho chỉ huy về công tác chuyên môn được giao; thực hiện nghiêm điều lệnh, điều "
         "lệ.", male=0.95, ages=(25, 50), weight=35),
    Role("Sĩ quan {dept}", "Huấn luyện chiến sĩ; duy trì nền nếp chính quy, rèn luyện kỷ luật trong đơn vị.",
         male=0.98, ages=(24, 45), weight=30),
    Role("Quân nhân chuyên nghiệp", "Bảo quản vũ khí, trang bị kỹ thuật; tham gia giúp dân phòng, chống thiên tai.",
         male=0.9, ages=(24, 45), weight=15),
    Role("Đoàn viên, chiến sĩ", "Học tập, rèn luyện theo “Mười lời thề danh dự”; tham gia phong trào thanh niên quân "
         "đội.", male=0.98, ages=(19, 27), category=YOUTH, weight=8),
]

POLICE_HEAD = Role("Bí thư chi bộ, {head_title}", "Lãnh đạo chi bộ; chỉ huy {dept} bảo đảm an ninh, trật tự, thực "
                   "hiện “Sáu điều Bác Hồ dạy Công an nhân dân”.", male=0.9, ages=(32, 52), head=True)
POLICE_POOL = [
    Role("Cán bộ {dept}", (
        "Thực hiện nhiệm vụ nghiệp vụ của {dept}; ứng xử đúng mực, tận tụy phục vụ nhân dân.",
        "Tuần tra, kiểm soát, xử lý vi phạm đúng pháp luật; tuyên truyền pháp luật cho nhân dân.",
    ), male=0.85, ages=(24, 52), weight=55),
    Role("Chiến sĩ {dept}", "Thực hiện nhiệm vụ theo phân công; học tập, rèn luyện theo lời Bác dạy.", male=0.85,
         ages=(20, 28), category=YOUTH, weight=10),
]

# Leaders of a grassroots agency sit in its first cell.
AGENCY_LEADERS = {
    "office": [
        Role("Bí thư Đảng ủy, Giám đốc", "Người đứng đầu {org}; lãnh đạo toàn diện công tác chuyên môn và xây dựng "
             "Đảng, nêu gương trong học tập và làm theo Bác.", male=0.75, ages=(45, 58), head=True),
        Role("Phó Giám đốc", "Giúp Giám đốc phụ trách các lĩnh vực được phân công của {org}.", male=0.6,
             ages=(40, 58)),
    ],
    "hospital": [
        Role("Bí thư Đảng ủy, Giám đốc", "Người đứng đầu {org}; chịu trách nhiệm về chất lượng khám, chữa bệnh và "
             "đổi mới phong cách, thái độ phục vụ.", male=0.7, ages=(45, 58), head=True),
        Role("Phó Giám đốc", "Phụ trách chuyên môn, đào tạo và chỉ đạo tuyến của {org}.", male=0.55, ages=(40, 58)),
    ],
    "school": [
        Role("Bí thư Đảng ủy, Hiệu trưởng", "Người đứng đầu {org}; lãnh đạo nhiệm vụ đào tạo và xây dựng Đảng bộ.",
             male=0.55, ages=(45, 58), head=True),
    ],
    "enterprise": [
        Role("Bí thư Đảng ủy, Giám đốc", "Người đứng đầu {org}; lãnh đạo sản xuất, kinh doanh, chăm lo đời sống người "
             "lao động.", male=0.85, ages=(42, 58), head=True),
        Role("Phó Giám đốc", "Phụ trách kỹ thuật, an toàn lao động của {org}.", male=0.8, ages=(38, 56)),
    ],
    "press": [
        Role("Bí thư Đảng ủy, Giám đốc", "Người đứng đầu {org}; chịu trách nhiệm về định hướng thông tin, tuyên "
             "truyền.", male=0.6, ages=(45, 58), head=True),
        Role("Phó Tổng Biên tập", "Phụ trách nội dung thời sự và chuyên đề.", male=0.5, ages=(40, 58)),
    ],
    "military": [
        Role("Bí thư Đảng ủy, Chính ủy", "Lãnh đạo toàn diện Đảng bộ {org}; phụ trách công tác đảng, công tác chính "
             "trị.", male=1.0, ages=(42, 55), head=True),
        Role("Phó Bí thư Đảng ủy, Chỉ huy trưởng", "Chỉ huy {org} thực hiện nhiệm vụ quân sự, quốc phòng.", male=1.0,
             ages=(42, 55), head=True),
    ],
    "police": [
        Role("Bí thư Đảng ủy, Trưởng phòng", "Người đứng đầu {org}; lãnh đạo toàn diện công tác bảo đảm an ninh, trật "
             "tự.", male=0.95, ages=(40, 55), head=True),
        Role("Phó Trưởng phòng", "Giúp Trưởng phòng phụ trách các đội nghiệp vụ.", male=0.9, ages=(36, 52)),
    ],
}

PROFILES = {
    # profile: (cell head, key posts, pool)
    "village": (VILLAGE_HEAD, VILLAGE_KEY, VILLAGE_POOL),
    "ward": (WARD_HEAD, WARD_KEY, WARD_POOL),
    "commune_office": (COMMUNE_OFFICE_HEAD, [], COMMUNE_OFFICE_POOL),
    "school": (SCHOOL_HEAD, SCHOOL_KEY, SCHOOL_POOL),
    "hospital": (HOSPITAL_HEAD, [], HOSPITAL_POOL),
    "office": (OFFICE_HEAD, OFFICE_KEY, OFFICE_POOL),
    "enterprise": (ENTERPRISE_HEAD, [], ENTERPRISE_POOL),
    "press": (PRESS_HEAD, [], PRESS_POOL),
    "military": (MILITARY_HEAD, [], MILITARY_POOL),
    "police": (POLICE_HEAD, [], POLICE_POOL),
}


@dataclass
class Person:
    position: str
    duties: str
    gender: str
    birth_year: int
    category: str
    is_head: bool


def _fill(text: str, values: dict) -> str:
    return text.format(**values) if "{" in text else text


def _person(rng: random.Random, role: Role, values: dict, year: int) -> Person:
    duties = role.duties if isinstance(role.duties, str) else rng.choice(role.duties)
    values = dict(values)
    values.setdefault("subject", rng.choice(SUBJECTS))
    values.setdefault("grade", f"{rng.randint(values.get('grade_from', 6), values.get('grade_to', 9))}"
                               f"{rng.choice('ABCD')}")
    low, high = role.ages
    # Ages skew towards the middle of the range: the mean of two draws.
    age = (rng.randint(low, high) + rng.randint(low, high)) // 2
    return Person(
        position=_fill(role.position, values),
        duties=_fill(duties, values),
        gender="male" if rng.random() < role.male else "female",
        birth_year=year - age,
        category=role.category,
        is_head=role.head,
    )


def people_for(rng: random.Random, profile: str, count: int, values: dict, year: int,
               leaders: list[Role] | None = None) -> list[Person]:
    """``count`` people of a unit with ``profile``: head first, then leaders, key posts, pool."""
    head, key, pool = PROFILES[profile]
    values = dict(values)
    if "dept" in values:
        values.setdefault("head_title", head_title(values["dept"]))
    people = [_person(rng, head, values, year)]
    for role in [*(leaders or []), *key]:
        if len(people) >= count:
            break
        people.append(_person(rng, role, values, year))
    weights = [role.weight for role in pool]
    while len(people) < count:
        people.append(_person(rng, rng.choices(pool, weights=weights)[0], values, year))
    return people[:max(count, 1)]
