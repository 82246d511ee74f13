"""Demo texts of exemplary models: names and ways of working per field, composed per unit so that two
units with a model of the same name still describe it in their own words (as real ones do)."""

import random

# field -> [(name, what is done)]; "{place}" is the unit's place.
MODELS = {
    "administrative": [
        ("Ngày thứ bảy với dân", "cán bộ, công chức trực tiếp dân và giải quyết thủ tục hành chính vào sáng thứ bảy"),
        ("Bộ phận một cửa thân thiện", "sắp xếp lại bộ phận một cửa, niêm yết công khai quy trình và phí, lệ phí"),
        ("Dân vận khéo trong cải cách hành chính", "cán bộ đến từng khu dân cư hướng dẫn người dân làm thủ tục"),
        ("Đối thoại với dân mỗi quý", "Bí thư, Chủ tịch đối thoại trực tiếp với nhân dân về kiến nghị tồn đọng"),
    ],
    "digital": [
        ("Tổ công nghệ số cộng đồng", "tổ công nghệ số đến từng hộ cài ứng dụng định danh điện tử, VNeID"),
        ("Chợ 4.0 không dùng tiền mặt", "tiểu thương niêm yết mã QR, người mua thanh toán không dùng tiền mặt"),
        ("Sổ tay đảng viên điện tử", "đảng viên dùng sổ tay điện tử để nhận tài liệu và đăng ký sinh hoạt"),
    ],
    "environment": [
        ("Đường hoa tự quản", "mỗi chi hội nhận chăm sóc một đoạn đường hoa, trồng và thay hoa theo mùa"),
        ("Phân loại rác thải tại nguồn", "hộ gia đình phân loại rác hữu cơ để ủ phân, rác tái chế để gây quỹ"),
        ("Ngày Chủ nhật xanh", "đoàn viên, hội viên ra quân dọn vệ sinh kênh mương, đường làng sáng chủ nhật"),
        ("Nói không với túi ni lông", "hội phụ nữ phát làn, túi vải đi chợ, vận động tiểu thương hạn chế túi ni lông"),
    ],
    "reading": [
        ("Không gian văn hóa đọc", "bố trí góc đọc sách tại nhà văn hóa, có tủ sách về Bác Hồ và sách pháp luật"),
        ("Tủ sách pháp luật", "xây dựng tủ sách pháp luật, cho mượn sách và giải đáp pháp luật cho người dân"),
        ("Thư viện thân thiện", "sắp xếp thư viện mở, học sinh tự chọn sách và ghi nhật ký đọc"),
        ("Tủ sách điện tử về Bác Hồ", "số hóa tài liệu về Bác, chia sẻ qua mã QR để cán bộ, đảng viên đọc"),
    ],
    "culture": [
        ("Khu dân cư văn hóa kiểu mẫu",
         "xây dựng quy ước khu dân cư, thực hiện nếp sống văn minh trong việc cưới, việc tang"),
        ("Câu lạc bộ dân ca, dân vũ", "duy trì câu lạc bộ hát dân ca và dân vũ, biểu diễn dịp lễ, Tết"),
        ("Gia đình nêu gương", "mỗi đảng viên đăng ký xây dựng gia đình văn hóa, không vi phạm pháp luật"),
    ],
    "security": [
        ("Camera an ninh – mắt thần khu dân cư", "lắp camera tại các điểm giao cắt, kết nối với công an xã"),
        ("Tổ liên gia an toàn phòng cháy, chữa cháy",
         "các hộ liền kề trang bị bình chữa cháy và hỗ trợ nhau khi có sự cố"),
        ("Khu dân cư không có tội phạm và tệ nạn xã hội", "tổ an ninh nhân dân tuần tra, nắm tình hình từng hộ"),
    ],
    "economy": [
        ("Mỗi xã một sản phẩm", "hỗ trợ hộ sản xuất xây dựng nhãn hiệu, tham gia chương trình OCOP"),
        ("Cánh đồng lớn liên kết", "vận động hộ dồn điền, liên kết với doanh nghiệp bao tiêu sản phẩm"),
        ("Chi hội nông dân sản xuất giỏi", "nông dân giỏi chuyển giao kỹ thuật, cho hộ nghèo mượn giống, vốn"),
    ],
    "welfare": [
        ("Bếp ăn yêu thương", "nấu bữa ăn miễn phí cho bệnh nhân nghèo và người già neo đơn"),
        ("Mái ấm cho người nghèo", "vận động quyên góp xây, sửa nhà cho hộ nghèo, gia đình chính sách"),
        ("Đảng viên giúp hộ nghèo", "mỗi đảng viên nhận giúp đỡ một hộ nghèo, cận nghèo vươn lên"),
    ],
    "education": [
        ("Khuyến học – khuyến tài", "lập quỹ khuyến học, trao thưởng học sinh giỏi và học sinh vượt khó"),
        ("Mỗi thầy cô là một tấm gương", "giáo viên đăng ký nêu gương về đạo đức nhà giáo và đổi mới phương pháp"),
        ("Lớp học hạnh phúc", "xây dựng nội quy lớp học thân thiện, học sinh tự quản và giúp đỡ bạn"),
    ],
    "health": [
        ("Bệnh viện xanh – sạch – đẹp", "khoa, phòng nhận chăm sóc khuôn viên, giữ vệ sinh buồng bệnh"),
        ("Thầy thuốc như mẹ hiền", "đường dây nóng tiếp nhận phản ánh, khảo sát sự hài lòng của người bệnh"),
        ("Khám bệnh tình nguyện vùng khó khăn", "tổ chức khám, cấp thuốc miễn phí cho người dân vùng khó khăn"),
    ],
    "party": [
        ("Sinh hoạt chi bộ theo chuyên đề", "mỗi quý một chuyên đề gắn với nhiệm vụ, đảng viên chuẩn bị ý kiến trước"),
        ("Đảng viên nêu gương, dân tin theo", "đảng viên công khai cam kết, nhân dân góp ý qua hòm thư và tổ dân phố"),
    ],
}

# field -> ways of working (one drawn per unit) and checkable targets (two drawn).
HOW = {
    "administrative": ["phân công cán bộ trực theo lịch công khai", "ghi sổ theo dõi hồ sơ, trả kết quả đúng hẹn",
                       "xin ý kiến người dân qua phiếu đánh giá mức độ hài lòng",
                       "tiếp nhận hồ sơ cả ngoài giờ hành chính",
                       "giải quyết dứt điểm kiến nghị trong 15 ngày làm việc"],
    "digital": ["lập nhóm Zalo từng thôn để hỗ trợ trực tuyến", "hướng dẫn nộp hồ sơ trên Cổng dịch vụ công",
                "đoàn viên thanh niên làm nòng cốt tại từng khu dân cư", "in mã QR niêm yết tại nhà văn hóa"],
    "environment": ["mỗi tháng tổng vệ sinh hai lần", "đặt thùng rác phân loại tại các điểm tập kết",
                    "chấm điểm, biểu dương hộ thực hiện tốt hằng quý",
                    "gây quỹ từ bán phế liệu để giúp hội viên khó khăn"],
    "reading": ["mở cửa các tối thứ bảy và sáng chủ nhật", "luân chuyển sách giữa các thôn mỗi quý",
                "tổ chức thi kể chuyện về Bác cho thiếu nhi", "nhận sách quyên góp của cán bộ, học sinh",
                "giới thiệu sách mới trên loa truyền thanh"],
    "culture": ["họp bình xét gia đình văn hóa cuối năm", "tổ hòa giải gặp gỡ các hộ có mâu thuẫn",
                "tập luyện hai buổi mỗi tuần tại nhà văn hóa", "vận động tổ chức đám cưới tiết kiệm, không phô trương"],
    "security": ["họp tổ an ninh hằng tháng", "công khai số điện thoại đường dây nóng của công an xã",
                 "tuần tra ban đêm vào dịp lễ, Tết", "diễn tập phương án chữa cháy mỗi năm một lần"],
    "economy": ["mở lớp tập huấn kỹ thuật mỗi vụ", "hỗ trợ đăng ký mã số vùng trồng",
                "giới thiệu sản phẩm trên sàn thương mại điện tử", "vay vốn ưu đãi qua tổ tiết kiệm và vay vốn"],
    "welfare": ["huy động nhà hảo tâm đóng góp gạo, thực phẩm", "đoàn viên thanh niên tình nguyện nấu và phát cơm",
                "công khai danh sách hộ được hỗ trợ tại nhà văn hóa", "thăm hỏi hộ khó khăn dịp lễ, Tết"],
    "education": ["họp phụ huynh đầu năm để vận động đóng góp", "trao thưởng vào dịp khai giảng",
                  "dự giờ, góp ý lẫn nhau mỗi tháng", "lấy ý kiến học sinh về giờ học"],
    "health": ["đánh giá hằng tháng, công khai kết quả", "tiếp nhận và trả lời phản ánh trong 48 giờ",
               "phối hợp với hội chữ thập đỏ", "tập huấn giao tiếp, ứng xử cho nhân viên y tế"],
    "party": ["cấp ủy chuẩn bị nội dung trước một tuần", "ghi biên bản ý kiến của từng đảng viên",
              "kiểm tra việc thực hiện cam kết mỗi sáu tháng", "mời đại diện nhân dân dự họp góp ý"],
}
# Ways of working any model may use, so that two units' accounts of one model still differ.
GENERAL_HOW = ["họp dân lấy ý kiến trước khi triển khai", "niêm yết kết quả tại nhà văn hóa",
               "đưa tin trên loa truyền thanh và trang thông tin điện tử", "gắn với phong trào thi đua của đơn vị",
               "mời Mặt trận cùng giám sát", "lập sổ theo dõi, cuối tháng đối chiếu", "huy động xã hội hóa một phần",
               "chọn hai điểm làm trước rồi mới mở rộng", "phân công mỗi chi ủy viên phụ trách một khu vực",
               "biểu dương người làm tốt tại hội nghị cuối năm", "nhắn tin qua nhóm Zalo để nhắc lịch",
               "phối hợp với nhà trường và các đoàn thể"]
TARGETS = {
    "administrative": ["100% hồ sơ trả đúng hẹn", "trên 95% người dân hài lòng", "không có đơn thư vượt cấp"],
    "digital": ["{n}% hộ có tài khoản định danh mức 2", "{n}% hồ sơ nộp trực tuyến", "{k} điểm thanh toán bằng mã QR"],
    "environment": ["{n}% hộ phân loại rác", "{k} tuyến đường hoa", "không còn điểm đổ rác tự phát"],
    "reading": ["{k} đầu sách", "{k} lượt mượn sách mỗi năm", "mỗi học sinh đọc ít nhất {k2} cuốn sách mỗi năm"],
    "culture": ["{n}% hộ đạt gia đình văn hóa", "không có đám cưới phô trương", "{k2} buổi biểu diễn mỗi năm"],
    "security": ["{k2} camera được lắp", "không có vụ cháy nổ", "không có tội phạm hình sự nghiêm trọng"],
    "economy": ["{k2} sản phẩm OCOP 3 sao", "thu nhập tăng {k2}% mỗi năm", "{k} hộ tham gia liên kết"],
    "welfare": ["{k} suất ăn mỗi tháng", "{k2} nhà được xây, sửa", "giảm {k2} hộ nghèo"],
    "education": ["{k} suất học bổng", "100% học sinh hoàn thành chương trình", "không có học sinh bỏ học"],
    "health": ["trên 95% người bệnh hài lòng", "không có phản ánh về thái độ phục vụ", "{k} lượt khám miễn phí"],
    "party": ["100% đảng viên phát biểu ý kiến", "chi bộ hoàn thành tốt nhiệm vụ", "{k2} kiến nghị được giải quyết"],
}

# The unit's profile (demo/jobs.py) or kind -> fields its models are in, most likely first.
FIELDS_OF = {
    "province": ["reading", "party", "digital"], "district": ["administrative", "digital", "reading", "party"],
    "commune": ["administrative", "environment", "security", "economy", "welfare", "digital", "reading", "culture"],
    "village": ["environment", "security", "culture", "welfare", "reading"],
    "ward": ["environment", "security", "culture", "digital", "welfare"],
    "commune_office": ["administrative", "digital"], "school": ["reading", "education"],
    "hospital": ["health", "administrative"], "office": ["administrative", "digital", "party", "reading"],
    "enterprise": ["economy", "welfare"], "press": ["reading", "digital", "culture"],
    "military": ["security", "welfare", "party"], "police": ["security", "administrative", "welfare"],
}
PEOPLE = ["Bí thư Đảng ủy", "Phó Bí thư Thường trực", "Chủ tịch Ủy ban nhân dân", "Chủ tịch Ủy ban MTTQ",
          "Bí thư Đoàn thanh niên", "Chủ tịch Hội Phụ nữ", "Trưởng công an", "Hiệu trưởng", "Giám đốc", "Bí thư chi bộ"]


LEADS = ["Thường trực Đảng ủy", "Ủy ban Mặt trận Tổ quốc", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ",
         "Hội Cựu chiến binh", "Hội Nông dân", "Công đoàn cơ sở", "chi ủy", "Ban Công tác Mặt trận",
         "Hội Người cao tuổi", "Ban giám hiệu", "tổ dân vận"]
GROUPS = ["đảng viên cao tuổi", "đoàn viên thanh niên", "hội viên phụ nữ", "cựu chiến binh", "các trưởng thôn",
          "tổ tự quản", "giáo viên trẻ", "công chức văn hóa – xã hội", "các hộ kinh doanh", "tổ hòa giải"]
PARTICIPANTS = ["hộ gia đình", "lượt người dân", "đoàn viên", "hội viên", "học sinh", "người cao tuổi",
                "cán bộ, công chức"]
RHYTHM = ["sinh hoạt định kỳ vào ngày 15 hằng tháng", "sơ kết mỗi sáu tháng", "có sổ theo dõi từng buổi",
          "kinh phí do nhân dân tự nguyện đóng góp", "được Ủy ban nhân dân hỗ trợ một phần kinh phí",
          "kết quả được báo cáo tại hội nghị cuối năm", "mỗi quý bình xét, biểu dương cá nhân tiêu biểu"]

# Units tell how they run a model in their own words: the frame varies as much as the facts.
DETAILS = [
    "Bắt đầu từ tháng {month}, do {lead} chủ trì, {group} làm nòng cốt; đến nay có {n} {who} tham gia, {rhythm}.",
    "{lead} phân công {group} phụ trách từng phần việc; {rhythm}; năm qua thu hút {n} {who}.",
    "Sau {month} tháng thực hiện đã có {n} {who} tham gia. Nòng cốt là {group}, {lead} theo dõi, đôn đốc.",
    "Đầu mối ở từng khu vực là {group}, {lead} kiểm tra định kỳ; {rhythm}. Số {who} tham gia: {n}.",
    "Ra mắt tháng {month} với sự tham gia của {n} {who}; {rhythm}, {lead} chịu trách nhiệm chung.",
    "{lead} vận động, {group} đi đầu; hiện có {n} {who} cùng làm, {rhythm}.",
    "Từ tháng {month} năm đầu, {n} {who} đã tham gia; {rhythm}.",
    "Người đứng ra tổ chức là {lead}; lực lượng chính: {group}.",
    "{rhythm}; {group} nhận phần việc khó nhất.",
    "Đã thu hút {n} {who}, chủ yếu nhờ {group}.",
    "{lead} giao chỉ tiêu cho từng tổ, {rhythm}.",
    "Có {n} {who} đăng ký tham gia ngay từ tháng {month}.",
]


def fill(text: str, rng: random.Random) -> str:
    return text.format(n=rng.choice([70, 80, 85, 90, 95, 100]), k=rng.choice([50, 120, 200, 300, 500, 800, 1000]),
                       k2=rng.randint(2, 12))


def compose(rng: random.Random, field: str, place: str, model: tuple[str, str] | None = None) -> dict:
    """One model of ``field`` at ``place``: name, description, goals, targets."""
    name, what = model or rng.choice(MODELS[field])
    detail = rng.choice(DETAILS).format(lead=rng.choice(LEADS), group=rng.choice(GROUPS), month=rng.randint(1, 12),
                                        n=rng.randint(12, 480), who=rng.choice(PARTICIPANTS), rhythm=rng.choice(RHYTHM))
    ways = [rng.choice(HOW[field]), rng.choice(GENERAL_HOW)]
    rng.shuffle(ways)
    description = f"Tại {place}, {what}; {ways[0]}, {ways[1]}. {detail[:1].upper()}{detail[1:]}"
    targets = "\n".join(fill(t, rng) for t in rng.sample(TARGETS[field], 2))
    goals = f"Làm theo Bác bằng việc làm cụ thể, thiết thực tại {place}; được nhân dân đồng tình, tham gia."
    return {"name": name, "field": field, "description": description, "goals": goals, "targets": targets,
            "people_in_charge": rng.choice(PEOPLE)}
