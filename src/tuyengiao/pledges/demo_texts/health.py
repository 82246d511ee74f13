"""Deed table of doctors, nurses and health staff (``HEALTH``), and the patients they serve."""

from tuyengiao.pledges.demo_texts.common import K

PATIENTS = ("người bệnh", "người bệnh cao tuổi", "bệnh nhân nội trú", "người bệnh có thẻ bảo hiểm y tế", "sản phụ",
            "bệnh nhi và người nhà", "người bệnh mạn tính", "người bệnh ngoại trú")
HEALTH = {
    "duty": [
        K(("Khám, tư vấn sức khỏe miễn phí cho {ppl} người cao tuổi ở xã {cname}{, đo huyết áp, đường máu|, lập sổ "
           "theo "
           "dõi bệnh mạn tính}",
           "Tham gia {few} đợt khám sàng lọc {tăng huyết áp, đái tháo đường|bệnh mắt|bệnh phụ khoa|loãng xương} cho "
           "người "
           "dân xã {cname}",
           "Cùng trạm y tế xã {cname} quản lý {n} người bệnh {tăng huyết áp|đái tháo đường|phổi tắc nghẽn} tại nhà, "
           "{khám "
           "định kỳ|cấp thuốc hằng tháng}"),
          ("{ppl2} người được khám; phát hiện sớm và chuyển điều trị kịp thời",
           "{ppl} lượt người được khám và cấp thuốc", "{n2}/{n} người bệnh được theo dõi đều, không có biến chứng nặng"
           ),
          ("Bác sĩ {home}", "Y sĩ, khám chữa bệnh ban đầu"), paired=True),
        K(("Rút ngắn thời gian chờ {khám|lấy kết quả xét nghiệm|làm thủ tục nhập viện} tại {home} xuống dưới {mins} "
           "phút",
           "Bố trí người hướng dẫn {patients} tại {home} {vào giờ cao điểm buổi sáng|suốt giờ hành chính}, {giúp "
           "người cao "
           "tuổi làm thủ tục|giải thích rõ quy trình khám}",
           "Sắp xếp lại {quy trình tiếp đón|bàn khám|khu vực chờ} ở {home} để {patients} {không phải chờ lâu|không "
           "phải đi "
           "lại nhiều}"),
          ("Thời gian chờ bình quân dưới {mins} phút; không có phản ánh về thái độ",
           "{pct}% người bệnh hài lòng qua phiếu khảo sát", "Thời gian chờ giảm {down}% so với năm {y0}"),
          ("Trưởng {home}", "Điều dưỡng {home}")),
        K(("Thực hiện đúng quy trình {tiêm an toàn|kiểm soát nhiễm khuẩn|bàn giao người bệnh|dùng thuốc} tại {home}, "
           "{kiểm tra chéo {kk} lần mỗi tháng|tự kiểm tra hằng tuần}",
           "Chăm sóc, theo dõi sát {n} {patients} nặng tại {home}, {báo bác sĩ ngay khi có dấu hiệu bất thường|hướng "
           "dẫn "
           "người nhà cách chăm sóc}",
           "Thực hiện {kk} kỹ thuật {xét nghiệm|chẩn đoán hình ảnh|điều dưỡng} đúng quy trình ở {home}, trả kết quả "
           "{trong "
           "{hours} giờ|đúng hẹn}"),
          ("Không xảy ra sai sót chuyên môn; {ppl} lượt thực hiện an toàn", "Tỷ lệ nhiễm khuẩn giảm {down}%",
           "Không có sự cố do chậm phát hiện", "{pct}% kết quả trả đúng hẹn"),
          ("Điều dưỡng {home}", "Kỹ thuật viên {home}")),
        K(("Hướng dẫn chuyên môn cho y tế xã {cname}: {kk} buổi về {sơ cứu, cấp cứu ban đầu|quản lý tăng huyết áp|chăm "
           "sóc trẻ sơ sinh}",
           "Tập huấn sơ cứu cho {ppl} {giáo viên|công nhân|người dân} xã {cname} về {đuối nước|tai nạn giao "
           "thông|bỏng}",
           "Tham gia hiến máu tình nguyện và vận động {n} đồng nghiệp ở {home} cùng hiến máu"),
          ("{kk} buổi, {n} nhân viên y tế xã được hướng dẫn", "{ppl2} người thực hành được sơ cứu", "{n2} đơn vị máu"),
          ("Bác sĩ, chỉ đạo tuyến", "Đoàn viên công đoàn {home}"), paired=True),
    ],
    2023: [
        K(("Thực hiện quy tắc ứng xử tại {home}: {chào hỏi, giải thích rõ cho người nhà người bệnh|không gắt gỏng với "
           "người "
           "bệnh|xưng hô đúng mực}, {góp ý cho đồng nghiệp khi cần|ghi nhận qua hòm thư góp ý}",
           "Không nhận {quà|phong bì} của người bệnh, vận động {few} đồng nghiệp ở {home} cùng thực hiện",
           "Đặt tủ sách tại {home} với {books} cuốn {cho người bệnh và người nhà đọc|về chăm sóc sức khỏe và về Bác "
           "Hồ}, "
           "{thay sách mỗi quý|ghi sổ mượn trả}"),
          ("Không có phản ánh về thái độ; {pct}% người bệnh hài lòng", "Không có vi phạm; được khoa ghi nhận",
           "{books} cuốn; {n} lượt mượn mỗi tháng"),
          ("Nêu gương, văn hóa ứng xử trong bệnh viện", "Phát triển văn hóa đọc trong bệnh viện"), paired=True),
    ],
    2024: [
        K(("Hoàn thiện bệnh án điện tử cho {patients} tại {home}, {ký số đầy đủ|không in giấy}",
           "Hướng dẫn {ppl} {patients} đặt lịch khám qua {ứng dụng|tổng đài}, thanh toán viện phí bằng mã QR"),
          ("{pct}% bệnh án được hoàn thiện trên hệ thống", "{ppl2} lượt đặt lịch trước, giảm thời gian chờ {down}%"),
          ("Chuyển đổi số trong khám, chữa bệnh",), paired=True),
        K(("{Tổ chức|Tham gia} {few} buổi đối thoại với {patients} tại {home}, {trả lời ngay các ý kiến|ghi nhận ý "
           "kiến để "
           "cải tiến}",
           "Thực hiện nghiêm giờ giấc, trực đúng lịch tại {home}, {không đi muộn về sớm|giao ban đúng giờ}"),
          ("Mọi ý kiến được trả lời trong {days} ngày", "Không vi phạm nội quy; {kk}/{kk} phiên trực đúng giờ"),
          ("Tiếp nhận ý kiến người bệnh", "Kỷ luật, kỷ cương công vụ"), paired=True),
    ],
    2025: [
        K(("Phân loại chất thải y tế ngay tại nguồn ở {home}, {hướng dẫn người nhà người bệnh bỏ rác đúng thùng|giảm "
           "dùng "
           "đồ nhựa một lần}",
           "Khám, cấp thuốc miễn phí cho {ppl} người thuộc {hộ nghèo|gia đình chính sách|hộ cận nghèo} ở xã {cname}",
           "Cùng trạm y tế xã {cname} {diệt bọ gậy|phun hóa chất} phòng sốt xuất huyết cho {hh} hộ"),
          ("100% chất thải được phân loại đúng; rác nhựa giảm {down}%", "{ppl2} người được khám, cấp thuốc",
           "Không có ổ dịch sốt xuất huyết trong năm"),
          ("Bảo vệ môi trường trong bệnh viện", "Chăm lo sức khỏe người nghèo"), paired=True),
    ],
    2026: [
        K(("Hướng dẫn {ppl} {patients} khám bằng căn cước, ứng dụng VNeID thay thẻ bảo hiểm y tế tại {home}",
           "Cập nhật sổ sức khỏe điện tử trên VNeID cho {ppl} {patients} {của {home}|điều trị ngoại trú}",
           "Giúp {patients} tại {home} {đặt lịch tái khám trực tuyến|xem kết quả xét nghiệm trên ứng dụng|thanh toán "
           "viện phí "
           "trên điện thoại}"),
          ("{pct}% người bệnh làm thủ tục bằng định danh điện tử", "{ppl2} sổ sức khỏe điện tử được cập nhật",
           "{ppl2} lượt thực hiện trực tuyến"),
          ("Chuyển đổi số trong khám, chữa bệnh",), paired=True),
        K(("Gần dân: tiếp nhận, giải quyết dứt điểm kiến nghị, phản ánh của {patients} tại {home} trong ngày{, công "
           "khai số điện thoại đường dây nóng|}",
           "Giữ kỷ cương, chấp hành phân công sau sắp xếp trạm y tế xã: {xuống trạm y tế xã {cname} {few} buổi mỗi "
           "tuần|nhận thêm địa "
           "bàn}",
           "Nghe và giải quyết dứt điểm kiến nghị của người nhà người bệnh về {thời gian chờ|chi phí|vệ sinh buồng "
           "bệnh} tại {home}"),
          ("Không có phản ánh kéo dài quá {hours} giờ", "{kk}/{kk} buổi xuống cơ sở đúng lịch",
           "Mọi ý kiến được trả lời, không có đơn thư"),
          ("Gần dân, phục vụ người bệnh", "Kỷ cương sau sắp xếp tổ chức"), paired=True),
    ],
}
