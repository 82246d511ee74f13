"""Deed tables of enterprise staff, journalists and members with no specific job (``GENERAL``)."""

from tuyengiao.pledges.demo_texts.common import K

ENTERPRISE = {
    "duty": [
        K(("Đề xuất {few} sáng kiến {cải tiến quy trình|giảm tiêu hao {điện năng|vật tư|nhiên liệu}} tại {home}",
           "Bảo dưỡng {kk} {thiết bị|máy} của {home} đúng lịch, {không để dừng máy ngoài kế hoạch|ghi nhật ký vận "
           "hành}",
           "Kèm cặp {few} công nhân mới của {home} {vận hành máy|đọc bản vẽ|làm đúng quy trình}"),
          ("{few} sáng kiến được công nhận, làm lợi {mil}0 triệu đồng", "Thời gian dừng máy giảm {down}%",
           "Công nhân mới làm được việc sau {few} tháng"),
          ("Kỹ sư {home}", "Công nhân vận hành", "Tổ trưởng sản xuất"), paired=True),
        K(("Thực hiện đúng quy trình an toàn lao động tại {home}, {nhắc nhở {n} công nhân mang đủ bảo hộ|kiểm tra an "
           "toàn "
           "đầu ca}",
           "Giảm tỷ lệ {hàng lỗi|sản phẩm phải làm lại} của {home} {xuống dưới {1|2}%|{down}% so với năm {y0}}",
           "Chăm sóc {n} khách hàng {lớn|ở các xã} của {home}, {thu tiền đúng hạn|giải quyết phản ánh trong ngày}"),
          ("Không để xảy ra tai nạn lao động", "Tỷ lệ lỗi giảm {down}%", "Không có nợ quá hạn, không có khiếu nại"),
          ("Tổ trưởng sản xuất", "Quản đốc {home}", "Nhân viên kinh doanh"), paired=True),
    ],
    2023: [K(("Xây dựng tủ sách cho công nhân {home} với {books} cuốn, {mở cửa giờ nghỉ trưa|cho mượn về nhà}",
              "Xây dựng văn hóa doanh nghiệp ở {home}: {giữ vệ sinh nơi làm việc|ứng xử lịch sự với khách hàng}"),
             ("{n} lượt mượn mỗi tháng", "Không có phản ánh của khách hàng"), ("Văn hóa doanh nghiệp",), paired=True)],
    2024: [K(("Tiếp nhận, trả lời kiến nghị của khách hàng trong {hours} giờ, {qua tổng đài|qua ứng dụng} của {home}",
              "Chuyển {pct}% hóa đơn, thanh toán của khách hàng sang điện tử"),
             ("{pct}% kiến nghị được trả lời đúng hạn", "Không thu tiền mặt tại nhà khách hàng"),
             ("Chăm sóc khách hàng", "Chuyển đổi số"), paired=True)],
    2025: [K(("Tiết kiệm {điện|nước|nhiên liệu} tại {home}: {tắt thiết bị khi không dùng|thay {n} đèn LED}",
              "Phân loại, thu gom chất thải sản xuất của {home} đúng quy định, bảo vệ môi trường"),
             ("Giảm {down}% so với năm {y0}", "Không bị nhắc nhở về môi trường"),
             ("Tiết kiệm năng lượng", "Bảo vệ môi trường trong sản xuất"), paired=True)],
    2026: [K(("Hướng dẫn khách hàng đăng ký {cấp điện mới|lắp đặt nước|dịch vụ} trực tuyến, xác thực bằng VNeID",
              "Giải quyết dứt điểm kiến nghị của khách hàng ở các xã mới sau sắp xếp chính quyền địa phương hai cấp "
              "trong "
              "{hours} giờ"),
             ("{pct}% yêu cầu tiếp nhận trực tuyến", "Không có kiến nghị quá hạn"),
             ("Dịch vụ trực tuyến cho khách hàng", "Gần dân"), paired=True)],
}

PRESS = {
    "duty": [
        K(("Viết {kk} tin, bài về {gương người tốt, việc tốt|mô hình học tập và làm theo Bác} ở {xã {cname}|các huyện}",
           "Thực hiện {few} phóng sự về {gương điển hình|sản xuất giỏi|người có uy tín} ở xã {cname} phát trên sóng "
           "truyền hình"),
          ("{kk} tin, bài được đăng, phát", "{few} phóng sự, {1|2} tác phẩm dự giải báo chí"),
          ("Phóng viên {home}",), paired=True),
    ],
    2023: [K(("Mở chuyên mục giới thiệu sách về Bác trên {báo điện tử|sóng phát thanh}{, mỗi tháng {1|2} kỳ|}",),
             ("{kk} kỳ phát sóng",), ("Biên tập viên {home}",))],
    2024: [K(("Làm {kk} video ngắn, podcast về {thủ tục hành chính|chuyển đổi số} đăng trên nền tảng số của báo",),
             ("{kk} sản phẩm, mỗi sản phẩm trên {few} nghìn lượt xem",), ("Phóng viên, chuyển đổi số báo chí",))],
    2025: [K(("Thực hiện {kk} phóng sự về {phân loại rác|nhà đại đoàn kết|thôn kiểu mẫu} ở xã {cname}",),
             ("{kk} phóng sự được phát",), ("Phóng viên {home}",))],
    2026: [K(("Viết {kk} bài về hoạt động của chính quyền địa phương hai cấp, dịch vụ công trực tuyến ở xã {cname}",),
             ("{kk} bài, phản ánh cả vướng mắc của người dân",), ("Phóng viên {home}",))],
}

GENERAL = {
    "duty": [
        K(("Dự đầy đủ {kk} buổi sinh hoạt chi bộ, {chuẩn bị ý kiến trước mỗi buổi|phát biểu ít nhất {few} lần}",
           "Đọc và ghi chép {kk} bài viết về tấm gương Bác Hồ, {chia sẻ tại sinh hoạt chi bộ|giới thiệu với đồng "
           "nghiệp}",
           "Nhận giúp {few} hộ khó khăn ở thôn {vname} về {cây giống|kỹ thuật chăn nuôi|việc làm}",
           "Hiến máu tình nguyện {1|2} lần và vận động {n} người thân, đồng nghiệp cùng tham gia"),
          ("{kk}/{kk} buổi, không vắng mặt", "{kk} bài ghi chép, {few} lần chia sẻ", "{few} hộ có thu nhập ổn định",
           "{n2} người tham gia hiến máu"),
          ("Đảng viên",), paired=True),
    ],
    2023: [K(("Đọc {few} cuốn sách về Bác Hồ, viết {kk} trang cảm nhận và giới thiệu tại sinh hoạt chi bộ",
              "Gia đình thực hiện nếp sống văn minh: {tổ chức việc cưới gọn nhẹ|không mời cỗ linh đình}, vận động {n} "
              "hộ "
              "ở thôn {vname} cùng làm"),
             ("{few} cuốn; ít nhất {1|2} lần giới thiệu", "{n2}/{n} hộ thực hiện"),
             ("Phát triển văn hóa đọc", "Nếp sống văn minh"), paired=True)],
    2024: [K(("Hướng dẫn {n} người {trong gia đình, dòng họ|hàng xóm} dùng dịch vụ công trực tuyến, thanh toán qua "
              "ngân "
              "hàng",),
             ("{n2}/{n} người làm được",), ("Chuyển đổi số",))],
    2025: [K(("Phân loại rác tại gia đình và vận động {n} hộ hàng xóm ở thôn {vname} cùng làm",
              "Giúp {1|2} hộ nghèo ở thôn {vname} {con giống|ngày công sửa nhà|vốn không lãi}"),
             ("{n2}/{n} hộ phân loại rác", "Hộ được giúp thoát nghèo"),
             ("Bảo vệ môi trường", "An sinh xã hội"), paired=True)],
    2026: [K(("Hướng dẫn {n} người cao tuổi ở thôn {vname} kích hoạt định danh điện tử, dùng VNeID",
              "Ghi lại kiến nghị của bà con thôn {vname} gửi chính quyền xã mới, theo dõi đến khi giải quyết dứt điểm"),
             ("{n2}/{n} người kích hoạt thành công", "Mọi kiến nghị có trả lời"),
             ("Định danh điện tử", "Gần dân, sát dân"), paired=True)],
}
