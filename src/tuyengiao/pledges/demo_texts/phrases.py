"""Shared phrase pools: time frames, school subjects, farming, and a deed's partners and records."""

# -- time frames, subjects, residents' partners and records, farming -------------------------------

TF_COMMON = (
    "Năm {y}", "Năm {y}", "Cả năm {y}", "Trong năm {y}", "Từ tháng {m1} đến tháng {m2}/{y}",
    "Từ tháng {m1}/{y} đến hết năm", "Trước ngày {dd}/{mm}/{y}", "Hoàn thành trước {dd}/{mm}/{y}",
    "Quý {q}/{y}", "Quý {q} năm {y}", "Hằng tháng, từ tháng {m1}/{y}", "6 tháng cuối năm {y}",
    "Đến hết ngày 31/12/{y}", "Trong tháng {m1}/{y}", "Từ nay đến cuối năm {y}",
    "Đợt 1 tháng {m1}, đợt 2 tháng {m2}/{y}", "Bắt đầu từ tháng {m1}/{y}, duy trì thường xuyên",
    "Từ {dd}/{m1} đến {dd}/{m2}/{y}", "Hằng quý, tổng kết vào tháng 12/{y}", "Năm {y}, sơ kết vào tháng 6",
    "Tháng {m1} đến tháng {m2} năm {y}", "Đến tháng {m2}/{y}", "Xong trong quý {q}, duy trì đến hết năm {y}",
    "Thực hiện từ tháng {m1}, hoàn thành tháng {m2}/{y}", "Mỗi tháng một lần trong năm {y}",
    "Trước 31/12/{y}", "Từ quý {q}/{y}", "Năm {y} và các năm tiếp theo",
)
TF_FARM = ("Vụ xuân {y}", "Vụ mùa {y}", "Vụ xuân và vụ mùa {y}", "Vụ đông {y}-{y1}", "Từ vụ mùa {y} đến vụ xuân {y1}",
           "Trước vụ mùa {y}", "Suốt vụ xuân {y}")
TF_SCHOOL = (
    "Năm học {y}-{y1}", "Năm học {y}-{y1}", "Học kỳ I năm học {y}-{y1}", "Học kỳ II năm học {y0}-{y}",
    "Từ tháng 9/{y} đến tháng 5/{y1}", "Hằng tuần trong năm học {y}-{y1}", "Dịp hè {y}",
    "Trước khi kết thúc học kỳ I năm học {y}-{y1}", "Từ tháng {m1} đến tháng {m2}/{y}", "Năm {y}",
    "Từ đầu năm học {y}-{y1}", "Cả năm học {y}-{y1}, sơ kết cuối học kỳ I", "Tháng 9 đến tháng 12/{y}",
)
SUBJECTS = ("Toán", "Ngữ văn", "Tiếng Anh", "Vật lý", "Hóa học", "Sinh học", "Lịch sử", "Địa lý", "Tin học",
            "Tiếng Việt", "Khoa học tự nhiên", "Giáo dục công dân", "Công nghệ")

RESIDENT_WITH = (
    "phối hợp với Chi hội Phụ nữ {home}", "cùng Chi hội Cựu chiến binh", "phối hợp với Ban công tác Mặt trận",
    "cùng Chi đoàn thanh niên {home}", "phối hợp với {headman}", "cùng các đảng viên trong tổ {num}",
    "có sự hỗ trợ của công an viên", "cùng tổ tự quản {home}", "phối hợp với Chi hội Người cao tuổi",
    "cùng {few} đảng viên được chi bộ phân công", "cùng vợ, con trong gia đình", "nhờ cán bộ {xã|phường} hỗ trợ",
    "phối hợp với Chi hội Nông dân", "cùng Ban thanh tra nhân dân", "cùng đồng chí {man}", "cùng chị {woman}",
)
RESIDENT_PROOF = (
    "có sổ theo dõi từng hộ", "lập danh sách và báo cáo chi bộ hằng quý", "ghi chép vào sổ tay đảng viên",
    "có danh sách hộ ký xác nhận", "chụp ảnh lưu làm minh chứng", "báo cáo kết quả tại buổi sinh hoạt chi bộ tháng 12",
    "kết quả được {headman} xác nhận", "công khai kết quả tại cuộc họp {home} cuối năm",
    "ghi sổ theo dõi, chi ủy kiểm tra {few} tháng một lần", "đưa vào nội dung sinh hoạt chi bộ hằng tháng",
    "lập bảng theo dõi dán ở nhà văn hóa", "báo cáo bằng văn bản với chi ủy", "có xác nhận của Ban công tác Mặt trận",
)
RESIDENT_EXTRA = (
    "được bà con đồng tình", "duy trì đến hết năm", "có {few} hộ điển hình để nhân rộng",
    "không phát sinh trường hợp mới",
    "phấn đấu được {xã|phường} biểu dương", "không có ý kiến phàn nàn", "tăng so với năm {y0}",
    "để bà con trong {spot} làm theo", "nhân rộng ra {nb}", "không để ai bị bỏ lại phía sau",
    "được chi bộ đánh giá cao", "không để bà con phải chờ", "có ảnh, danh sách kèm theo", "làm gương cho đảng viên trẻ",
    "cuối năm tự kiểm điểm trước chi bộ", "được Ban công tác Mặt trận xác nhận", "bà con hài lòng",
)

RESIDENT_PREFIX = ("", "", "", "", "", "Bản thân ", "Tôi ", "Trực tiếp ", "Cùng gia đình, ", "Là đảng viên, tôi ")

FARM = (
    "cấy lúa theo phương pháp SRI, giảm lượng giống và phân đạm", "trồng rau an toàn theo hướng VietGAP",
    "nuôi gà thả vườn trên đệm lót sinh học", "ủ rơm rạ và phụ phẩm nông nghiệp làm phân hữu cơ",
    "phòng bệnh dịch tả lợn châu Phi", "ghép cải tạo vườn bưởi, vườn ổi", "trồng nấm rơm trái vụ",
    "nuôi cá kết hợp cấy lúa", "gieo mạ khay, cấy máy", "nuôi bò sinh sản, trồng cỏ làm thức ăn",
    "nuôi ong lấy mật", "trồng dưa lưới trong nhà màng", "phun thuốc bảo vệ thực vật đúng liều, đúng lúc",
    "trồng chuối tiêu hồng", "trồng rau cần sạch", "nuôi lươn không bùn", "làm lúa nếp cái hoa vàng theo hướng hữu cơ",
    "dùng chế phẩm sinh học xử lý chuồng trại", "bón phân cân đối cho lúa", "phòng trừ chuột hại lúa",
)
FARM_MODEL = (
    "lúa - cá", "chuối tiêu hồng", "rau cần sạch", "trồng nấm sò", "nuôi lươn không bùn", "dưa lê luân canh với lúa",
    "nuôi gà ri lai", "vườn cây ăn quả kiểu mẫu", "rau hữu cơ trong nhà lưới", "nuôi cá rô đồng", "trồng sen lấy hạt",
    "nuôi vịt thịt an toàn sinh học",
)


# -- partners, records, extras and lead-ins for offices, units, schools, health and communes -------

OFFICE_WITH = ("phối hợp với các phòng chuyên môn", "cùng bộ phận một cửa", "phối hợp với Văn phòng",
               "cùng các chuyên viên trong phòng", "phối hợp với Ủy ban nhân dân các xã", "cùng Chi đoàn cơ quan")
OFFICE_PROOF = ("theo dõi trên phần mềm quản lý văn bản", "có sổ theo dõi hồ sơ", "báo cáo lãnh đạo phòng hằng tháng",
                "tổng hợp vào báo cáo quý", "lưu đầy đủ hồ sơ, minh chứng", "báo cáo chi bộ hằng quý")
UNIT_WITH = ("cùng các đồng chí trong chi bộ", "phối hợp với Chi đoàn thanh niên", "cùng Công đoàn bộ phận",
             "phối hợp với lãnh đạo đơn vị", "cùng các đảng viên trẻ")
UNIT_PROOF = ("có sổ theo dõi", "báo cáo chi bộ hằng quý", "có biên bản, hình ảnh minh chứng",
              "ghi vào sổ tay đảng viên",
              "báo cáo kết quả tại sinh hoạt chi bộ cuối năm", "được chi ủy kiểm tra {few} tháng một lần")
GENERIC_PREFIX = ("", "", "", "", "", "Bản thân ", "Tôi ", "Trực tiếp ", "Chủ động ")
TEACHER_EXTRA = ("được tổ chuyên môn ghi nhận", "phụ huynh đồng tình", "không để em nào bị bỏ lại phía sau",
                 "duy trì đến cuối năm học", "có {few} em tiến bộ rõ rệt", "làm cơ sở nhân rộng trong tổ",
                 "kết quả ghi vào hồ sơ thi đua", "cao hơn năm học trước")
HEALTH_EXTRA = ("không có phản ánh của người bệnh", "được khoa ghi nhận", "cao hơn năm {y0}", "duy trì đến hết năm",
                "làm cơ sở nhân rộng trong bệnh viện", "kết quả báo cáo tại giao ban")
OFFICE_EXTRA = ("được lãnh đạo đánh giá tốt", "không phải làm lại", "cao hơn năm {y0}", "làm cơ sở xếp loại cuối năm",
                "các đơn vị phản hồi tích cực", "duy trì đến hết năm")
COMMUNE_EXTRA = ("người dân không phải đi lại nhiều lần", "không có phản ánh", "cao hơn năm {y0}",
                 "được Chủ tịch Ủy ban nhân dân ghi nhận", "duy trì đến hết năm")
UNIT_EXTRA = ("được đơn vị ghi nhận", "cao hơn năm {y0}", "duy trì đến hết năm", "không có sai sót",
              "làm cơ sở đánh giá cuối năm")
