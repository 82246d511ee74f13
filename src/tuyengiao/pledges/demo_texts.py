"""Realistic pledge texts for the demo province, written the way members write them.

Most deeds are concrete (an action, a number, a date, tied to the person's job); some show the
formalism seed 001 complains about: long and generic pledges full of stock phrases.
"""

import random

from tuyengiao.screening.normalize import fold

QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"]

# role -> list of (action template, target template, duty); {n} numbers, {y} the year
CONCRETE = {
    "village": [
        ("Vận động {n} hộ dân trong thôn phân loại rác thải tại nguồn", "{n} hộ tham gia, duy trì đến hết năm {y}",
         "Trưởng thôn, phụ trách vệ sinh môi trường"),
        ("Tổ chức {k} buổi đối thoại với nhân dân tại nhà văn hóa thôn", "{k} buổi, ghi biên bản và trả lời kiến nghị",
         "Bí thư chi bộ, nắm tình hình dư luận"),
        ("Vận động nhân dân hiến đất, góp công làm {n}m đường bê tông nội đồng", "{n}m đường hoàn thành",
         "Xây dựng nông thôn mới kiểu mẫu"),
        ("Đến thăm, tặng quà {k} hộ nghèo, gia đình chính sách dịp Tết", "{k} hộ được thăm hỏi",
         "Công tác an sinh xã hội"),
        ("Hòa giải dứt điểm các vụ mâu thuẫn trong khu dân cư, không để đơn thư vượt cấp", "100% vụ việc hòa giải tại cơ sở",
         "Tổ hòa giải thôn"),
    ],
    "teacher": [
        ("Dạy phụ đạo miễn phí cho {k} học sinh yếu môn Toán lớp 9 vào chiều thứ Bảy",
         "{k} học sinh, nâng tỷ lệ đạt trung bình lên 90%", "Giáo viên bộ môn"),
        ("Xây dựng {k} bài giảng điện tử có lồng ghép tấm gương đạo đức Hồ Chí Minh", "{k} bài giảng đưa lên kho học liệu",
         "Giáo viên chủ nhiệm"),
        ("Thăm gia đình {k} học sinh có hoàn cảnh khó khăn, vận động không để các em bỏ học",
         "Không có học sinh bỏ học trong lớp chủ nhiệm", "Giáo viên chủ nhiệm"),
        ("Xây dựng tủ sách lớp học với {n} đầu sách về Bác Hồ và kỹ năng sống", "{n} đầu sách, mỗi học sinh đọc 2 cuốn/học kỳ",
         "Phụ trách thư viện"),
    ],
    "health": [
        ("Khám, tư vấn sức khỏe miễn phí cho {n} người cao tuổi tại xã", "{n} người được khám, lập sổ theo dõi",
         "Bác sĩ khoa Nội"),
        ("Rút ngắn thời gian chờ khám của người bệnh tại khoa xuống dưới 30 phút", "Thời gian chờ bình quân dưới 30 phút",
         "Trưởng khoa Khám bệnh"),
        ("Thực hiện đúng quy trình tiêm chủng, không để xảy ra sai sót chuyên môn", "0 sai sót, {n} lượt tiêm an toàn",
         "Điều dưỡng"),
        ("Tham gia hiến máu tình nguyện và vận động {k} đồng nghiệp cùng tham gia", "{k} đơn vị máu", "Đoàn viên công đoàn"),
    ],
    "civil": [
        ("Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để trễ hẹn", "100% hồ sơ đúng hạn, {n} hồ sơ trực tuyến",
         "Chuyên viên tiếp nhận, trả kết quả"),
        ("Hướng dẫn {n} người dân nộp hồ sơ dịch vụ công trực tuyến mức độ toàn trình", "{n} lượt người dân được hướng dẫn",
         "Công chức Văn phòng - Thống kê"),
        ("Số hóa {n} hồ sơ lưu trữ của phòng trước ngày 30/9/{y}", "{n} hồ sơ được số hóa", "Văn thư, lưu trữ"),
        ("Tham mưu ban hành kế hoạch tuyên truyền chuyên đề năm {y} đúng thời hạn", "Kế hoạch ban hành trước 31/3/{y}",
         "Chuyên viên tham mưu"),
        ("Không sử dụng văn bằng giấy, xử lý 100% văn bản trên hệ thống quản lý văn bản điện tử",
         "100% văn bản xử lý trên môi trường mạng", "Chuyên viên"),
    ],
    "police": [
        ("Tuần tra, kiểm soát đảm bảo trật tự an toàn giao thông khu vực cổng trường vào giờ tan học",
         "{k} buổi/tuần, không để xảy ra tai nạn", "Cảnh sát khu vực"),
        ("Hướng dẫn {n} hộ dân cài đặt và kích hoạt tài khoản định danh điện tử", "{n} tài khoản được kích hoạt",
         "Công an xã"),
        ("Xây dựng mô hình camera an ninh tại {k} thôn", "{k} thôn có camera kết nối", "Phụ trách phong trào toàn dân bảo vệ an ninh Tổ quốc"),
    ],
    "soldier": [
        ("Huấn luyện chiến sĩ mới đạt yêu cầu, 100% đạt khá, giỏi nội dung bắn súng", "100% đạt yêu cầu, {k}% khá giỏi",
         "Chỉ huy trung đội"),
        ("Tham gia {k} ngày công giúp nhân dân thu hoạch lúa, khắc phục hậu quả mưa bão", "{k} ngày công", "Cán bộ đại đội"),
    ],
    "enterprise": [
        ("Đề xuất {k} sáng kiến cải tiến quy trình sản xuất, giảm tiêu hao vật tư", "{k} sáng kiến được công nhận",
         "Tổ trưởng sản xuất"),
        ("Đảm bảo an toàn lao động tại phân xưởng, không để xảy ra tai nạn", "0 vụ tai nạn lao động", "Quản đốc phân xưởng"),
    ],
    "general": [
        ("Tham gia {k} buổi sinh hoạt chuyên đề của chi bộ và phát biểu ý kiến ít nhất 1 lần mỗi buổi",
         "{k} buổi, tham dự đầy đủ", "Đảng viên"),
        ("Đọc và ghi chép {k} bài viết về tấm gương Bác Hồ, chia sẻ tại sinh hoạt chi bộ", "{k} bài viết, 2 lần chia sẻ",
         "Đảng viên"),
        ("Nhận giúp đỡ {k} hộ khó khăn trong tổ dân phố về cây giống, kỹ thuật chăn nuôi", "{k} hộ có thu nhập ổn định",
         "Đảng viên"),
        ("Gương mẫu thực hiện nếp sống văn minh, vận động gia đình không tổ chức đám cưới, đám hiếu rườm rà",
         "Gia đình thực hiện đúng quy ước của thôn", "Đảng viên"),
    ],
}

COLLECTIVE = [
    ("Duy trì “Ngày thứ bảy với dân”: lãnh đạo tiếp dân và giải quyết kiến nghị vào sáng thứ Bảy hằng tuần",
     "Giải quyết 95% kiến nghị trong 15 ngày", "Cấp ủy, chính quyền"),
    ("Xây dựng “Không gian văn hóa đọc” tại trụ sở với {n} đầu sách về Chủ tịch Hồ Chí Minh",
     "{n} đầu sách, tổ chức {k} buổi giới thiệu sách", "Công tác tuyên giáo"),
    ("Tổ chức cho 100% đảng viên đăng ký và ký cam kết làm theo Bác trước ngày 15/6/{y}", "100% đảng viên đăng ký đúng hạn",
     "Công tác xây dựng Đảng"),
    ("Rút ngắn 30% thời gian giải quyết thủ tục hành chính so với quy định", "Tỷ lệ hồ sơ trước hạn đạt 60%",
     "Cải cách hành chính"),
    ("Hoàn thành tiêu chí môi trường của xã nông thôn mới nâng cao: {n}% hộ phân loại rác tại nguồn",
     "{n}% hộ phân loại rác", "Xây dựng nông thôn mới"),
]

ADVERBS = ["tích cực", "không ngừng", "thường xuyên", "nghiêm túc", "tự giác", "chủ động"]
CLAUSES = [
    "nâng cao nhận thức về vị trí, ý nghĩa của việc học tập và làm theo Bác",
    "hoàn thành tốt nhiệm vụ được giao", "phát huy vai trò gương mẫu của người đảng viên",
    "giữ gìn đoàn kết nội bộ", "thực hiện tốt quy định về trách nhiệm nêu gương",
    "tu dưỡng, rèn luyện đạo đức cách mạng, cần kiệm liêm chính, chí công vô tư",
    "đấu tranh với các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống",
]

VAGUE = [
    "Tiếp tục {a} tự giác học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, {b} rèn luyện phẩm chất "
    "chính trị, đạo đức, lối sống, {c}, {d} trong mọi công việc, giữ gìn đoàn kết nội bộ, {e} để góp phần xây dựng "
    "cơ quan, đơn vị ngày càng vững mạnh, thực hiện thắng lợi nhiệm vụ chính trị của địa phương",
    "Luôn {a} nâng cao nhận thức về ý nghĩa của việc học tập và làm theo Bác, {b} thực hiện tốt các chủ trương của "
    "Đảng, chính sách, pháp luật của Nhà nước, {c}, có trách nhiệm với công việc, {d}, {e}",
    "Thực hiện tốt chức trách nhiệm vụ được giao, {a} học tập nâng cao trình độ, {b} rèn luyện đạo đức, lối sống, "
    "{c}, {d}, gương mẫu chấp hành mọi chủ trương, đường lối, {e}",
]


def _numbers(rng: random.Random) -> dict:
    return {"n": rng.choice([10, 15, 20, 25, 30, 40, 50, 100, 120, 150, 200, 300, 500]), "k": rng.choice([2, 3, 4, 5, 6, 8, 10, 12])}


def role_of(position: str, unit_name: str = "") -> str:
    text = fold(f"{position} {unit_name}")
    for role, words in [
        ("police", ["cong an", "canh sat"]), ("soldier", ["quan su", "trung doi", "dai doi", "chien si", "quan doi"]),
        ("teacher", ["giao vien", "truong thpt", "truong thcs", "truong tieu hoc", "hieu truong", "mam non"]),
        ("health", ["bac si", "y si", "dieu duong", "benh vien", "tram y te", "duoc si"]),
        ("enterprise", ["cong ty", "doanh nghiep", "cong nhan", "quan doc", "ky su"]),
        ("village", ["thon", "xom", "to dan pho", "truong thon", "bi thu chi bo"]),
        ("civil", ["chuyen vien", "cong chuc", "can bo", "so ", "van phong", "phong ", "uy ban", "ke toan"]),
    ]:
        if any(word in text for word in words):
            return role
    return "general"


def concrete_deed(rng: random.Random, role: str, year: int) -> dict:
    action, target, duty = rng.choice(CONCRETE.get(role, CONCRETE["general"]) + CONCRETE["general"][:1])
    values = _numbers(rng) | {"y": year}
    return {"action": action.format(**values), "target": target.format(**values),
            "timeframe": rng.choice([f"Năm {year}", f"{rng.choice(QUARTERS)}/{year}", f"Từ tháng 7 đến tháng 12/{year}",
                                     f"Trước 30/9/{year}", "Hằng tháng"]),
            "duty": duty}


def collective_deed(rng: random.Random, year: int) -> dict:
    action, target, duty = rng.choice(COLLECTIVE)
    values = _numbers(rng) | {"y": year}
    return {"action": action.format(**values), "target": target.format(**values), "timeframe": f"Năm {year}",
            "duty": duty}


def vague_deed(rng: random.Random) -> dict:
    adverbs, clauses = rng.sample(ADVERBS, 2), rng.sample(CLAUSES, 3)
    text = rng.choice(VAGUE).format(a=adverbs[0], b=adverbs[1], c=clauses[0], d=clauses[1], e=clauses[2])
    return {"action": text,
            "target": "", "timeframe": rng.choice(["", "Thường xuyên", "Cả năm"]), "duty": ""}
