"""Deed tables of office staff: departments (``CIVIL``, ``SECTORS``) and accountants (``FINANCE``)."""

from tuyengiao.pledges.demo_texts.common import K

SECTORS = ("đất đai", "xây dựng", "giao thông", "giáo dục", "y tế", "văn hóa", "lao động", "nông nghiệp", "môi trường",
           "tài chính", "đầu tư", "nội vụ", "tư pháp", "công thương")
CIVIL = {
    "duty": [
        K(("Tham mưu {kk} {văn bản|báo cáo|kế hoạch} về lĩnh vực {sector} tại {home} đúng thời hạn, {không phải sửa "
           "lại "
           "quá một lần|bảo đảm đúng thể thức}",
           "Soạn {kk} báo cáo {định kỳ|chuyên đề} về {sector} của {home} {trước hạn ít nhất {days} ngày|đúng mẫu, số "
           "liệu "
           "chính xác}",
           "Chủ trì xây dựng {đề án|kế hoạch} về {sector} của {home}{, lấy ý kiến {kk} đơn vị|, trình trước ngày "
           "{dd}/{mm}}"),
          ("{100%|Toàn bộ} văn bản đúng hạn; không có văn bản bị trả lại", "{kk}/{kk} báo cáo đúng hạn",
           "Đề án được thông qua, không phải trình lại"),
          ("Chuyên viên {home}",), paired=True),
        K(("Thẩm định {n} hồ sơ {cấp phép|đề nghị hỗ trợ|dự án} về {sector} trong {days} ngày làm việc, {ngắn hơn quy "
           "định|đúng quy trình}",
           "Kiểm tra, hướng dẫn {kk} {xã|cơ sở|đơn vị} về {sector}{, có biên bản và kiến nghị|}",
           "Rà soát {kk} văn bản của tỉnh về {sector} còn chồng chéo, đề xuất {sửa đổi|bãi bỏ}"),
          ("{pct}% hồ sơ trước hạn, không hồ sơ quá hạn", "{kk} cuộc, {pct}% kiến nghị được khắc phục",
           "{kk} văn bản được rà soát, đề xuất được chấp nhận"),
          ("Chuyên viên thẩm định hồ sơ", "Chuyên viên {home}"), paired=True),
        K(("Hướng dẫn {1|2} chuyên viên mới của {home} về {soạn thảo văn bản|thẩm định hồ sơ|tổng hợp số liệu}",
           "Giúp đồng chí {{man}|{woman}} mới về {home} nắm nghiệp vụ {sector}, {giao việc từ dễ đến khó|kiểm tra sản "
           "phẩm hằng "
           "tuần}"),
          ("Chuyên viên được hướng dẫn tự làm được việc sau {few} tháng",), ("Chuyên viên chính {home}",)),
        K(("Tổng hợp số liệu {sector} của {kk} xã, phường, {đối chiếu với năm {y0}|phân tích nguyên nhân tăng giảm} "
           "để tham "
           "mưu lãnh đạo",
           "Tham gia {few} đoàn kiểm tra liên ngành về {sector} ở các xã {cname}, {cname2}, {viết báo cáo kết "
           "quả|theo dõi "
           "việc khắc phục}",
           "Góp ý {kk} dự thảo văn bản về {sector} của các sở, ngành, {đúng hạn|có ý kiến cụ thể từng điều}"),
          ("Số liệu chính xác, báo cáo đúng hạn", "{few} đoàn, có báo cáo và kiến nghị",
           "{kk}/{kk} văn bản góp ý đúng hạn"),
          ("Chuyên viên {home}",), paired=True),
    ],
    2023: [
        K(("Góp {few} cuốn sách và duy trì tủ sách của {home}, {mỗi tháng giới thiệu một cuốn sách về Bác|đọc ít nhất "
           "{few} "
           "cuốn mỗi quý}",
           "Thực hiện văn hóa công sở tại {home}: {đeo thẻ công chức, mặc trang phục đúng quy định|không hút thuốc "
           "trong "
           "phòng làm việc|tiếp khách niềm nở}",
           "Tham mưu tổ chức {few} buổi sinh hoạt văn hóa của {home}: {giới thiệu sách|giao lưu văn nghệ|thăm di tích "
           "ở xã "
           "{cname}}"),
          ("{books} cuốn trong tủ sách; {kk} buổi giới thiệu sách", "Không vi phạm quy định về văn hóa công sở",
           "{few} buổi, {pct}% cán bộ tham gia"),
          ("Xây dựng văn hóa công sở", "Phát triển văn hóa đọc trong cơ quan"), paired=True),
    ],
    2024: [
        K(("Xử lý {100%|toàn bộ} văn bản của {home} trên hệ thống quản lý văn bản điện tử, dùng chữ ký số",
           "Số hóa {ppl} hồ sơ lưu trữ về {sector} của {home}{, nhập dữ liệu để tra cứu|}",
           "Rút ngắn thời gian giải quyết hồ sơ {thủ tục hành chính|của doanh nghiệp} về {sector} tại {home} {down}% "
           "so với "
           "quy định"),
          ("Không dùng văn bản giấy trong nội bộ", "{ppl} hồ sơ được số hóa, tra cứu được",
           "{pct}% hồ sơ trước hạn; không có hồ sơ trễ hẹn"),
          ("Cải cách hành chính, chuyển đổi số",), paired=True),
        K(("{Tổ chức|Tham gia} {few} buổi đối thoại với {doanh nghiệp|người dân} về thủ tục lĩnh vực {sector}",
           "Chấp hành giờ giấc làm việc, {không đi muộn về sớm|không làm việc riêng trong giờ}; {hoàn thành việc được "
           "giao "
           "đúng hạn|báo cáo lãnh đạo khi chậm tiến độ}"),
          ("Mọi kiến nghị được trả lời trong {days} ngày", "Không vi phạm kỷ luật lao động trong năm"),
          ("Đối thoại, giải quyết kiến nghị", "Kỷ luật, kỷ cương công vụ"), paired=True),
    ],
    2025: [
        K(("Thực hiện “công sở không rác thải nhựa” tại {home}: {không dùng chai nhựa một lần|phân loại rác văn phòng}",
           "Cùng {home} {nhận giúp đỡ|kết nghĩa với} thôn {vname} xã {cname} {xây dựng nông thôn mới kiểu mẫu|làm "
           "đường hoa}",
           "Thẩm định {kk} hồ sơ {xã đạt chuẩn nông thôn mới nâng cao|hỗ trợ hộ nghèo} đúng hạn, {đi thực tế từng tiêu "
           "chí|không để tồn đọng}"),
          ("Rác nhựa giảm {down}%", "{few} đợt về thôn, góp {mil} triệu đồng và {days} ngày công", "{kk} hồ sơ đúng hạn"
           ),
          ("Bảo vệ môi trường", "Xây dựng nông thôn mới"), paired=True),
    ],
    2026: [
        K(("Đưa {few} thủ tục về {sector} của {home} lên dịch vụ công trực tuyến toàn trình, {chuẩn hóa biểu mẫu|kết "
           "nối "
           "dữ liệu dân cư}",
           "Hướng dẫn công chức các xã mới về nghiệp vụ {sector} sau khi vận hành chính quyền địa phương hai cấp, {mỗi "
           "tháng {few} buổi|qua nhóm hỗ trợ trực tuyến}",
           "Làm sạch, chuẩn hóa {ppl} bản ghi dữ liệu {sector} của {home}, {kết nối với cơ sở dữ liệu quốc gia|dùng "
           "định "
           "danh điện tử để xác thực}"),
          ("{pct}% hồ sơ nộp trực tuyến", "{kk} xã được hướng dẫn, không còn hồ sơ ách tắc",
           "Dữ liệu đúng, đủ, dùng được cho dịch vụ công"),
          ("Dịch vụ công trực tuyến", "Hỗ trợ cấp xã sau sắp xếp"), paired=True),
        K(("Giải quyết dứt điểm {kk} kiến nghị của {người dân|doanh nghiệp|các xã} về {sector}",
           "Giữ kỷ luật, kỷ cương sau sắp xếp, hợp nhất {sở|phòng}: {bàn giao hồ sơ đúng hạn|không để công việc gián "
           "đoạn}",
           "Trả lời {kk} vướng mắc của các xã, phường mới về {sector} để chính quyền địa phương hai cấp vận hành "
           "thông suốt, {trong {days} ngày|bằng văn bản}"),
          ("{kk}/{kk} kiến nghị được trả lời trong hạn", "Bàn giao xong trước {dd}/{mm}/{y}, không thất lạc hồ sơ",
           "Không có vướng mắc tồn đọng quá hạn"),
          ("Giải quyết kiến nghị", "Kỷ luật, kỷ cương sau sắp xếp"), paired=True),
        K(("Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về {sector} trên hệ thống trực tuyến "
           "trong {days} "
           "ngày làm việc",
           "Đi cơ sở {few} lần, nắm vướng mắc của các xã mới về {sector} sau sắp xếp chính quyền địa phương hai cấp",
           "Số hóa quy trình {thẩm định|tiếp nhận|lưu trữ} hồ sơ {sector} của {home}, ký số điện tử thay bản giấy"),
          ("{pct}% phản ánh được xử lý đúng hạn", "{few} chuyến, có báo cáo đề xuất tháo gỡ",
           "Không còn hồ sơ giấy trong nội bộ"),
          ("Gần dân, giải quyết kiến nghị", "Chuyển đổi số"), paired=True),
        K(("Sau sắp xếp, hợp nhất, rà soát {kk} quy chế, quy trình nội bộ của {home}, {đề xuất sửa đổi|bỏ khâu trùng "
           "lặp}",
           "Giữ kỷ cương: {không để văn bản quá hạn trên hệ thống|trả lời cơ sở đúng hẹn|không đùn đẩy việc khó} sau "
           "sắp xếp "
           "bộ máy"),
          ("{kk} quy chế được ban hành lại", "Không có văn bản quá hạn"),
          ("Kỷ luật, kỷ cương sau sắp xếp",), paired=True),
    ],
}

FINANCE = {
    "duty": [
        K(("Lập {dự toán|quyết toán} {năm {y}|quý} của {home} đúng hạn, {chứng từ đầy đủ|số liệu khớp với kho bạc}",
           "Kiểm soát {kk} khoản chi {mua sắm|sửa chữa|hội nghị} của {home}, {đúng định mức|có đủ hóa đơn, chứng từ}",
           "Đối chiếu công nợ, {thu hồi|thanh toán dứt điểm} {kk} khoản {tạm ứng|công nợ tồn đọng} của {home}"),
          ("Quyết toán được duyệt, không phải điều chỉnh", "Không có khoản chi sai chế độ",
           "{kk}/{kk} khoản được xử lý dứt điểm"),
          ("Kế toán {home}", "Công chức Tài chính - Kế toán"), paired=True),
        K(("Công khai {thu chi tài chính|các khoản thu} của {home} {hằng quý|6 tháng một lần} {tại cuộc họp cơ "
           "quan|trên "
           "bảng tin}",
           "Thực hành tiết kiệm tại {home}: {giảm {down}% chi văn phòng phẩm|giảm {down}% tiền điện|in hai mặt, dùng "
           "văn bản "
           "điện tử}, {báo cáo hằng quý|có bảng so sánh với năm {y0}}"),
          ("{kk} lần công khai, không có thắc mắc", "Giảm {down}% so với năm {y0}"),
          ("Kế toán {home}", "Kế toán, thực hành tiết kiệm"), paired=True),
    ],
    2023: [K(("Nêu gương trong quản lý tài chính: {công khai từng khoản thu|không để người nộp tiền phải chờ}, vận "
              "động "
              "đồng nghiệp {đọc {few} cuốn sách về Bác|cùng thực hiện}",
              "Góp ý xây dựng văn hóa công sở ở {home}: {đúng giờ|trang phục gọn gàng|ứng xử nhã nhặn} khi làm việc "
              "với người "
              "đến thanh toán"),
             ("Không có sai sót; được đơn vị ghi nhận", "Không có phản ánh về thái độ"),
             ("Nêu gương, văn hóa công sở",), paired=True)],
    2024: [K(("Chuyển {100%|toàn bộ} khoản chi của {home} sang thanh toán qua tài khoản, dùng hóa đơn điện tử",
              "Dùng phần mềm kế toán và chữ ký số, nộp {kk} báo cáo tài chính trực tuyến",
              "Hướng dẫn {n} {cán bộ|giáo viên|người nộp tiền} thanh toán qua mã QR, không dùng tiền mặt"),
             ("Không chi tiền mặt", "{kk}/{kk} báo cáo đúng hạn, không phải điều chỉnh",
              "{pct}% khoản thu qua ngân hàng"),
             ("Chuyển đổi số trong kế toán",), paired=True)],
    2025: [K(("Chi trả đúng hạn các khoản hỗ trợ {hộ nghèo|nông thôn mới|người có công} của {home}, {không để chậm quá "
              "{days} ngày|đối chiếu từng hồ sơ}",
              "Theo dõi, quyết toán kinh phí xây dựng nông thôn mới của {home}, {công khai từng công trình|thanh toán "
              "đúng "
              "khối lượng}"),
             ("{pct}% khoản chi đúng hạn", "Quyết toán đúng hạn, không có sai phạm"),
             ("An sinh xã hội, kế toán", "Xây dựng nông thôn mới"), paired=True)],
    2026: [K(("Bàn giao sổ sách, tài sản, tài chính của {home} sau sắp xếp {đúng hạn|đầy đủ, không thất thoát}, giữ "
              "kỷ cương "
              "tài chính",
              "Chi trả {lương, phụ cấp|các khoản chế độ} qua tài khoản, ký số điện tử {100%|toàn bộ} chứng từ",
              "Đưa {kk} thủ tục thu, nộp của {home} lên dịch vụ công trực tuyến, {đối soát tự động|nhận thanh toán "
              "điện tử}"),
             ("Bàn giao xong trước {dd}/{mm}/{y}", "Không dùng chứng từ giấy", "{pct}% khoản thu nộp trực tuyến"),
             ("Kỷ luật, kỷ cương sau sắp xếp", "Chuyển đổi số trong kế toán"), paired=True)],
}
