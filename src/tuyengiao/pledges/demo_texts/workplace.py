"""Theme key points any member can take up at work (``WORKPLACE``), and how often each role does."""

from tuyengiao.pledges.demo_texts.common import K, with_steps

# Key points of the theme any member can take up at work or where they live ("sinh hoạt hai chiều").
WORKPLACE = {
    2023: with_steps([
        K(("Đọc {few} cuốn sách {về Bác Hồ|về lịch sử địa phương|về kỹ năng làm việc} trong năm, {giới thiệu lại ở "
           "buổi sinh "
           "hoạt chi bộ|viết cảm nhận gửi chi đoàn|tặng lại tủ sách của {home}}",
           "Góp {few} cuốn sách cho tủ sách của {home}, {mỗi quý giới thiệu một cuốn|vận động đồng nghiệp cùng góp}",
           "Tham gia cuộc thi {viết về tấm gương làm theo Bác|tìm hiểu về Chủ tịch Hồ Chí Minh} do {Ban Tuyên giáo và "
           "Dân "
           "vận|Công đoàn|Đoàn thanh niên} tổ chức{, vận động {few} đồng nghiệp cùng dự thi|}"),
          ("{few} cuốn, {1|2} lần giới thiệu", "Tủ sách có thêm {few} cuốn, {kk} lượt mượn", "Có bài dự thi đạt yêu cầu"
           ),
          ("Phát triển văn hóa đọc", "Đảng viên"), paired=True),
        K(("Nêu gương {đi làm đúng giờ|không sử dụng rượu bia trong ngày làm việc|giữ gìn nơi làm việc gọn gàng|không "
           "hút "
           "thuốc lá nơi công sở}, nhắc {few} đồng nghiệp cùng thực hiện",
           "Gia đình tôi ở thôn {vname} {tổ chức việc cưới, việc tang gọn nhẹ|giữ danh hiệu gia đình văn hóa|không để "
           "con "
           "cháu vi phạm pháp luật}, vận động {few} hộ hàng xóm cùng làm",
           "Thực hiện văn hóa ứng xử {với đồng nghiệp|với người đến làm việc}: {nói năng nhã nhặn|giải thích rõ "
           "ràng|không "
           "hách dịch, gây khó dễ}"),
          ("Không vi phạm; được chi bộ ghi nhận", "Gia đình đạt danh hiệu gia đình văn hóa; {few} hộ làm theo",
           "Không có phản ánh về thái độ"),
          ("Nêu gương của đảng viên", "Văn hóa công sở"), paired=True),
        K(("Tham gia {đội văn nghệ|câu lạc bộ thể thao|câu lạc bộ thơ} của {home}, {tập luyện {few} buổi mỗi tháng|dự "
           "hội "
           "diễn của ngành|biểu diễn dịp 2/9}",
           "Tham gia sinh hoạt văn hóa ở nơi cư trú thôn {vname}: {đội văn nghệ|câu lạc bộ dưỡng sinh|ngày hội Đại "
           "đoàn "
           "kết}, {góp {few} tiết mục|góp kinh phí tổ chức}"),
          ("Tham gia đủ các buổi tập, {few} tiết mục", "Được thôn ghi nhận"),
          ("Xây dựng môi trường văn hóa",), paired=True),
    ], ["culture", "culture", "culture"]),
    2024: with_steps([
        K(("Dùng thành thạo {phần mềm quản lý văn bản|chữ ký số|hệ thống họp trực tuyến}, {xử lý văn bản trên môi "
           "trường "
           "mạng|không in văn bản nội bộ}",
           "Tự học và hướng dẫn {few} đồng nghiệp lớn tuổi dùng {chữ ký số|phần mềm quản lý|ứng dụng ngân hàng}",
           "Thanh toán {tiền điện, nước|học phí cho con|các khoản đóng góp} qua ngân hàng, hướng dẫn {n} người thân ở "
           "thôn "
           "{vname} cùng làm"),
          ("{pct}% văn bản xử lý trên mạng", "{few} đồng nghiệp sử dụng được", "{n2}/{n} người thân làm được"),
          ("Chuyển đổi số", "Đảng viên"), paired=True),
        K(("Chấp hành giờ giấc, {không đi muộn về sớm|không làm việc riêng trong giờ}, {hoàn thành việc đúng hạn|báo "
           "cáo khi "
           "chậm tiến độ}",
           "Không {uống rượu bia trong giờ làm việc|dùng điện thoại vào việc riêng khi làm nhiệm vụ}, nhắc {few} đồng "
           "nghiệp cùng thực hiện"),
          ("Không vi phạm kỷ luật lao động", "Không vi phạm; được đơn vị ghi nhận"), ("Kỷ luật, kỷ cương công vụ",),
          paired=True),
        K(("Tiếp nhận, trả lời ý kiến của {người dân|khách hàng|đồng nghiệp} về công việc của mình trong {days} ngày",
           "Dự hội nghị đối thoại ở nơi cư trú thôn {vname}, nêu {few} kiến nghị của bà con, theo dõi đến khi có trả "
           "lời"),
          ("Mọi ý kiến được trả lời đúng hạn", "{few} kiến nghị có trả lời"), ("Đối thoại, giải quyết kiến nghị",),
          paired=True),
    ], ["digital", "party", "democracy"]),
    2025: with_steps([
        K(("Không dùng {chai nhựa|túi ni lông|cốc nhựa} dùng một lần ở {home}, {mang bình nước riêng|vận động đồng "
           "nghiệp "
           "cùng làm}",
           "Phân loại rác tại gia đình ở thôn {vname}, vận động {few} hộ hàng xóm cùng làm",
           "Tham gia {few} buổi ra quân vệ sinh môi trường {của {home}|ở nơi cư trú}, {trồng cây|dọn rác ven đường}"),
          ("Rác nhựa giảm {down}%", "{few} hộ làm theo", "{few} buổi, có xác nhận"),
          ("Bảo vệ môi trường",), paired=True),
        K(("Ủng hộ {1|2} ngày lương vào Quỹ Vì người nghèo, nhận giúp {1|2} hộ nghèo ở xã {cname}",
           "Đóng góp {mil} triệu đồng và {days} ngày công xây nhà đại đoàn kết cho hộ nghèo ở thôn {vname}",
           "Thăm, tặng quà {few} gia đình chính sách ở xã {cname} dịp 27/7"),
          ("Hộ được giúp thoát nghèo", "Nhà bàn giao trước {dd}/{mm}/{y}", "{few} gia đình được thăm hỏi"),
          ("An sinh xã hội",), paired=True),
        K(("Tại nơi cư trú thôn {vname}, góp {days} ngày công và {mil} triệu đồng làm {đường bê tông|đường hoa|rãnh "
           "thoát "
           "nước} xây dựng nông thôn mới",
           "Cùng {home} về thôn {vname} xã {cname} giúp xây dựng nông thôn mới kiểu mẫu: {làm đường hoa|trồng cây|dọn "
           "vệ "
           "sinh}"),
          ("Công trình hoàn thành đúng hạn", "{few} đợt, có xác nhận của thôn"),
          ("Xây dựng nông thôn mới",), paired=True),
        K(("Trồng {few} cây xanh ở {home} hoặc ở thôn {vname}, {nhận chăm sóc đến khi cây sống|vận động đồng nghiệp "
           "cùng "
           "trồng}",
           "Tiết kiệm điện, nước ở {home}: {tắt điện khi ra khỏi phòng|dùng nước tiết kiệm}, nhắc {few} đồng nghiệp "
           "cùng làm"),
          ("{few} cây sống, phát triển tốt", "Điện, nước giảm {down}% so với năm {y0}"),
          ("Bảo vệ môi trường",), paired=True),
        K(("Cùng công đoàn {home} thăm, tặng quà {few} đồng nghiệp {ốm đau|có hoàn cảnh khó khăn}",
           "Nhận đỡ đầu {1|2} cháu {mồ côi|nhà nghèo} ở xã {cname}, {hỗ trợ {few} trăm nghìn đồng mỗi tháng|tặng sách "
           "vở đầu "
           "năm học}"),
          ("{few} đồng nghiệp được giúp kịp thời", "Cháu đi học đầy đủ"), ("An sinh xã hội",), paired=True),
    ], ["environment", "welfare", "works", "environment", "welfare"]),
    2026: with_steps([
        K(("Hướng dẫn {n} người thân, hàng xóm ở thôn {vname} kích hoạt định danh điện tử mức 2, dùng VNeID",
           "Dùng ứng dụng VNeID thay giấy tờ khi làm thủ tục, hướng dẫn {few} đồng nghiệp tích hợp {giấy phép lái "
           "xe|thẻ "
           "bảo hiểm y tế} vào VNeID",
           "Tham gia tổ công nghệ số cộng đồng ở nơi cư trú thôn {vname}, {few} buổi hướng dẫn bà con dùng dịch vụ "
           "công "
           "trực tuyến"),
          ("{n2}/{n} người kích hoạt thành công", "{few} đồng nghiệp làm được", "{few} buổi, {n} người được hướng dẫn"),
          ("Định danh điện tử, dịch vụ công trực tuyến",), paired=True),
        K(("Giữ kỷ luật, kỷ cương sau sắp xếp {home}: {nhận việc mới đúng hạn|không đùn đẩy, né tránh|hoàn thành bàn "
           "giao}",
           "Chủ động học nghiệp vụ mới sau sắp xếp bộ máy, {hoàn thành {few} việc được giao thêm|không để việc gián "
           "đoạn}",
           "Giữ đoàn kết với đồng nghiệp sau sắp xếp, hợp nhất đơn vị: {chia sẻ kinh nghiệm|giúp đồng chí mới làm quen "
           "việc}"),
          ("Không vi phạm; việc được giao đúng hạn", "{few}/{few} việc hoàn thành", "Đơn vị đoàn kết, ổn định"),
          ("Kỷ luật, kỷ cương sau sắp xếp tổ chức bộ máy",), paired=True),
        K(("Tại nơi cư trú thôn {vname}, gặp gỡ bà con, ghi {few} kiến nghị gửi chính quyền địa phương hai cấp, theo "
           "dõi "
           "đến khi giải quyết dứt điểm",
           "Trả lời điện thoại, tin nhắn của người dân về việc của {home} trong ngày, giải quyết dứt điểm kiến nghị "
           "thuộc "
           "trách nhiệm của mình"),
          ("{few} kiến nghị có trả lời", "Không có kiến nghị quá hạn"), ("Gần dân, sát dân",), paired=True),
        K(("Cùng chi đoàn {home} tham gia “Bình dân học vụ số” ở xã {cname}: {few} buổi hướng dẫn bà con {cài "
           "VNeID|nộp hồ "
           "sơ trực tuyến|thanh toán trực tuyến}",
           "Nhận giúp {few} gia đình {người có công|cao tuổi|khó khăn} ở thôn {vname} làm thủ tục dịch vụ công trực "
           "tuyến "
           "{đến khi tự làm được|trong năm}",
           "Dùng dịch vụ công trực tuyến cho mọi thủ tục của gia đình mình, {chia sẻ kinh nghiệm trên nhóm Zalo của "
           "{home}|"
           "hướng dẫn {few} người quen làm theo}"),
          ("{few} buổi, {n} người được hướng dẫn", "{few} gia đình làm được thủ tục trực tuyến",
           "Không nộp hồ sơ giấy; {few} người làm theo"),
          ("Dịch vụ công trực tuyến",), paired=True),
        K(("Sau sắp xếp, chủ động {làm quen địa bàn mới|học quy trình mới|nhận thêm việc} ở {home}, {không than phiền, "
           "đùn đẩy|giữ nghiêm giờ giấc}",
           "Giữ kỷ cương công vụ sau sắp xếp bộ máy: {không uống rượu bia trong giờ làm việc|không đi muộn, về "
           "sớm|trả lời "
           "văn bản đúng hạn}, {tự ghi sổ theo dõi|nhắc {few} đồng nghiệp cùng làm}"),
          ("Hoàn thành việc được giao đúng hạn", "Không vi phạm kỷ luật, kỷ cương"),
          ("Kỷ luật, kỷ cương sau sắp xếp tổ chức bộ máy",), paired=True),
        K(("Nghe và giải quyết dứt điểm kiến nghị của {người dân|khách hàng|người đến làm việc} với {home} trong "
           "{days} ngày, "
           "{ghi sổ theo dõi|báo cáo lãnh đạo khi vượt thẩm quyền}",
           "Tham gia tiếp xúc cử tri ở xã {cname}, {ghi lại|tổng hợp} {few} kiến nghị liên quan đến {home}, trả lời "
           "bằng văn "
           "bản"),
          ("Không có kiến nghị quá hạn", "{few}/{few} kiến nghị được trả lời"), ("Gần dân, sát dân",), paired=True),
    ], ["digital", "reorg", "democracy", "digital", "reorg", "democracy"]),
}

# Share of theme deeds a role takes from WORKPLACE rather than its own kinds.
WORKPLACE_SHARE = {"teacher": 0.15, "health": 0.2, "civil": 0.25, "commune": 0.2, "finance": 0.4, "leader": 0.25,
                   "mass": 0.3, "police": 0.35, "soldier": 0.4, "enterprise": 0.45, "press": 0.5}
