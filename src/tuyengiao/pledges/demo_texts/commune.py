"""Deed tables of the commune: office staff (``COMMUNE``), leaders (``LEADER``), ``MASS`` bodies."""

from tuyengiao.pledges.demo_texts.common import K, with_steps

COMMUNE = {
    "duty": [
        K(("Tiếp nhận và trả kết quả hồ sơ tại bộ phận một cửa {home} đúng hẹn, {hướng dẫn một lần đầy đủ|không đòi "
           "thêm "
           "giấy tờ ngoài quy định}",
           "Đăng ký {khai sinh, khai tử|kết hôn|thường trú} cho người dân {home} {trong ngày|ngay khi nhận đủ giấy tờ}",
           "Chứng thực {ppl} bản sao, chữ ký cho người dân {home} {ngay trong buổi|không để người dân chờ quá {mins} "
           "phút}"),
          ("100% hồ sơ đúng hẹn, không có phiếu xin lỗi", "{ppl} hồ sơ được giải quyết, {pct}% trước hạn",
           "Không có phản ánh về thái độ, thời gian chờ"),
          ("Công chức bộ phận một cửa", "Công chức Tư pháp - Hộ tịch")),
        K(("Giải quyết {n} hồ sơ cấp giấy chứng nhận quyền sử dụng đất {tồn đọng|của các hộ} ở {thôn {vname}|các thôn} "
           "của {home}",
           "Đo đạc, xác minh ranh giới cho {n} hộ {có tranh chấp|đề nghị tách thửa} ở thôn {vname}",
           "Kiểm tra trật tự xây dựng ở {k} thôn của {home}, {nhắc nhở ngay các trường hợp xây sai phép|lập biên bản "
           "khi cần}"),
          ("{n2}/{n} hồ sơ hoàn thành", "Không có hồ sơ quá hạn; không khiếu nại",
           "Không có công trình vi phạm mới phát sinh"),
          ("Công chức Địa chính - Xây dựng",), paired=True),
        K(("Chi trả trợ cấp xã hội đúng kỳ cho {ppl} đối tượng của {home}, {rà soát hồ sơ|đến tận nhà người không đi "
           "được}",
           "Quản lý văn bản đi, đến của {home}, {trình xử lý trong ngày|không để sót văn bản}",
           "Lập dự toán, quyết toán ngân sách {home} {đúng hạn|công khai đầy đủ}"),
          ("Không chi trả chậm; {pct}% đối tượng nhận đúng ngày", "{100%|Toàn bộ} văn bản được xử lý đúng hạn",
           "Quyết toán được duyệt, không phải điều chỉnh"),
          ("Công chức Văn hóa - Xã hội", "Công chức Văn phòng - Thống kê"), paired=True),
        K(("Tuyên truyền pháp luật về {đất đai|hộ tịch|hôn nhân và gia đình|an toàn giao thông} cho nhân dân {k} thôn "
           "của {home}",
           "Hòa giải, giải quyết {kk} vụ tranh chấp đất đai, ranh giới ở {home}{, đi thực địa từng vụ|}",
           "Kiểm tra, hướng dẫn {k} thôn của {home} về {vệ sinh an toàn thực phẩm|phòng chống thiên tai|phòng cháy, "
           "chữa cháy}"),
          ("{k} buổi, {ppl} lượt người dự", "{pct}% vụ việc hòa giải thành", "{k} thôn được kiểm tra, có biên bản"),
          ("Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng", "Công chức Văn hóa - Xã hội"), paired=True),
    ],
    2023: [
        K(("Duy trì thư viện {home}: {bổ sung {books} cuốn sách|mở cửa cả thứ Bảy}, tổ chức {few} buổi {ngày hội đọc "
           "sách|"
           "giới thiệu sách về Bác} cho học sinh",
           "Hướng dẫn {k} thôn của {home} {sửa đổi hương ước|xây dựng quy ước về việc cưới, việc tang}",
           "Tổ chức {few} hoạt động văn hóa, thể thao của {home}: {hội thi văn nghệ|giải bóng chuyền|ngày hội Đại "
           "đoàn kết}"),
          ("{books} cuốn; {ppl} lượt bạn đọc", "{k} hương ước được công nhận", "{few} hoạt động, {ppl} người tham gia"),
          ("Công chức Văn hóa - Xã hội", "Phát triển văn hóa ở cơ sở"), paired=True),
    ],
    2024: [
        K(("Số hóa {ppl} sổ, hồ sơ hộ tịch của {home}, {nhập vào cơ sở dữ liệu|phục vụ tra cứu}",
           "Hướng dẫn người dân nộp {ppl} hồ sơ trực tuyến tại bộ phận một cửa {home}",
           "{Tham mưu|Chuẩn bị} {few} hội nghị đối thoại giữa lãnh đạo {home} với nhân dân, {tổng hợp|theo dõi} kiến "
           "nghị sau "
           "đối thoại"),
          ("{ppl} hồ sơ được số hóa, tra cứu được", "Tỷ lệ hồ sơ trực tuyến đạt {pct}%",
           "{100%|Toàn bộ} kiến nghị được trả lời"),
          ("Cải cách hành chính, chuyển đổi số", "Đối thoại với nhân dân"), paired=True),
        K(("Làm việc đúng giờ, {không để người dân chờ|có mặt tại bộ phận một cửa từ 7 giờ 30}",
           "Thực hiện nghiêm quy tắc ứng xử của công chức {home}: {không gây phiền hà|giải thích rõ ràng|không hẹn lại "
           "nhiều lần}"),
          ("Không vi phạm giờ giấc; không có phản ánh", "Không có phản ánh của người dân"),
          ("Kỷ luật, kỷ cương công vụ",)),
    ],
    2025: [
        K(("Hoàn thiện hồ sơ {tiêu chí môi trường|tiêu chí văn hóa|tiêu chí y tế} nông thôn mới nâng cao của {home}",
           "Rà soát, chi trả hỗ trợ cho {hh} hộ {nghèo|cận nghèo} của {home}{, đề xuất hỗ trợ xây {1|2} nhà đại đoàn "
           "kết|}",
           "Hướng dẫn {k} thôn của {home} {thu gom, phân loại rác|làm đường hoa, cây xanh} theo tiêu chí nông thôn mới"
           ),
          ("Hồ sơ được thẩm định đạt", "{hh}/{hh} hộ nhận đủ, đúng hạn", "{k} thôn đạt tiêu chí môi trường"),
          ("Xây dựng nông thôn mới", "An sinh xã hội"), paired=True),
    ],
    2026: [
        K(("Tiếp nhận hồ sơ trực tuyến toàn trình tại {home} sau sáp nhập, {hướng dẫn người dân dùng VNeID khi "
           "nộp|không "
           "yêu cầu bản giấy}",
           "Trực điểm tiếp nhận hồ sơ ở trụ sở {xã|phường} cũ {few} buổi mỗi tuần để người dân không phải đi xa sau "
           "sắp xếp chính quyền địa phương hai cấp",
           "Kết nối dữ liệu hộ tịch của {home} với cơ sở dữ liệu dân cư, {ppl} hồ sơ dùng định danh điện tử"),
          ("{pct}% hồ sơ nộp trực tuyến", "{ppl} hồ sơ tiếp nhận đúng hạn", "Người dân không phải nộp lại giấy tờ đã có"
           ),
          ("Dịch vụ công trực tuyến", "Phục vụ người dân sau sắp xếp"), paired=True),
        K(("Theo dõi, đôn đốc giải quyết dứt điểm {kk} kiến nghị của người dân {home}",
           "Chấp hành nghiêm quy chế làm việc của {home} sau sắp xếp, {hoàn thành việc đúng hạn|không để hồ sơ tồn}",
           "Giữ kỷ cương, nhận thêm nhiệm vụ sau sắp xếp bộ máy, {bàn giao hồ sơ của xã cũ đầy đủ|học nghiệp vụ mới "
           "trong tháng đầu}"),
          ("{kk}/{kk} kiến nghị có trả lời trong hạn", "Không vi phạm; {kk}/{kk} việc được giao đúng hạn",
           "Không có hồ sơ bị thất lạc"),
          ("Giải quyết kiến nghị", "Kỷ luật, kỷ cương sau sắp xếp"), paired=True),
        K(("Hướng dẫn người dân nộp hồ sơ {đất đai|hộ tịch|chứng thực} trực tuyến ngay tại bộ phận một cửa {home}, "
           "{bố trí máy "
           "tính riêng|cán bộ ngồi cùng hướng dẫn}",
           "Gần dân, sát dân: đến tận nhà {n} người già yếu ở thôn {vname} làm thủ tục {chứng thực|cấp giấy tờ|nhận "
           "trợ cấp}",
           "Làm sạch dữ liệu {hộ tịch|đất đai|người có công} của {home} sau sáp nhập, kết nối với định danh điện tử"),
          ("{pct}% hồ sơ nộp trực tuyến", "{n2}/{n} người được giải quyết tại nhà", "{ppl} bản ghi được làm sạch"),
          ("Dịch vụ công trực tuyến", "Gần dân, sát dân"), paired=True),
    ],
}


COMMUNE = {key: with_steps(kinds, steps) for (key, kinds), steps in zip(COMMUNE.items(), [
    ["onestop", "office", "office", "democracy"],
    ["culture"],
    ["onestop", "party"],
    ["welfare"],
    ["onestop", "reorg", "onestop"],
])}

LEADER = {
    "duty": [
        K(("Trực tiếp tiếp công dân {ngày {dd} hằng tháng|sáng thứ Năm hằng tuần} tại trụ sở {home}, {chỉ đạo giải "
           "quyết "
           "ngay các vụ việc đủ điều kiện|giao việc bằng văn bản}",
           "Đi cơ sở {ít nhất {few} ngày mỗi tháng|mỗi tuần {1|2} buổi}, {nắm tình hình ở {k} thôn|làm việc với {kk} "
           "chi bộ}",
           "Chủ trì {kk} buổi giao ban {tháng|quý} của {home}, {giao việc rõ người, rõ hạn|kiểm tra kết quả việc đã "
           "giao}"),
          ("{pct}% vụ việc được giải quyết trong tháng", "{kk} buổi đi cơ sở có biên bản",
           "{kk}/{kk} việc giao hoàn thành đúng hạn"),
          ("Người đứng đầu, tiếp công dân định kỳ", "Người đứng đầu"), paired=True),
        K(("Trực tiếp chỉ đạo giải quyết vụ {tranh chấp đất đai|khiếu nại kéo dài|ô nhiễm môi trường} ở thôn {vname}",
           "Phụ trách chi bộ thôn {vname}, dự sinh hoạt chi bộ {hằng tháng|ít nhất {few} lần mỗi quý}"),
          ("Vụ việc được giải quyết dứt điểm, không tái khiếu", "Chi bộ được xếp loại hoàn thành tốt nhiệm vụ"),
          ("Người đứng đầu",), paired=True),
        K(("Dự sinh hoạt chi bộ thôn {vname} {ít nhất {few} lần mỗi quý|theo phân công}, {nghe ý kiến đảng viên|giải "
           "đáp "
           "thắc mắc của bà con}",
           "Đối thoại với {đoàn viên thanh niên|hội viên phụ nữ|cựu chiến binh} của {home} {1|2} lần trong năm, {trả "
           "lời "
           "ngay tại hội nghị|giao bộ phận giải quyết sau đối thoại}"),
          ("Chi bộ nắm được chủ trương, không có thắc mắc kéo dài", "Mọi ý kiến có trả lời"),
          ("Người đứng đầu", "Đối thoại với nhân dân"), paired=True),
    ],
    2023: [K(("Nêu gương: {không dùng xe công vào việc riêng|tổ chức việc hiếu, hỷ gọn nhẹ|công khai tài sản đúng quy "
              "định}, {đăng ký trước chi bộ|cam kết trước cơ quan}",
              "Chỉ đạo xây dựng {không gian văn hóa đọc|tủ sách} tại trụ sở {home} với {books} cuốn về Bác"),
             ("Không vi phạm; được chi bộ đánh giá", "{books} cuốn, {kk} buổi giới thiệu sách"),
             ("Nêu gương của người đứng đầu",), paired=True)],
    2024: [K(("Chủ trì {few} hội nghị đối thoại với nhân dân {home}, {giải quyết dứt điểm kiến nghị|công khai kết quả}",
              "Chỉ đạo cắt giảm {down}% thời gian giải quyết thủ tục hành chính tại {home}"),
             ("{pct}% kiến nghị được giải quyết", "Tỷ lệ hồ sơ trước hạn đạt {pct}%"),
             ("Đối thoại với nhân dân", "Cải cách hành chính"), paired=True)],
    2025: [K(("Trực tiếp phụ trách thôn {vname} xây dựng nông thôn mới kiểu mẫu, {xuống thôn mỗi tháng {1|2} lần|vận "
              "động "
              "hiến đất làm đường}",
              "Chỉ đạo {home} giúp {few} hộ nghèo, {xây {1|2} nhà đại đoàn kết|không để hộ nào thiếu đói}"),
             ("Thôn đạt chuẩn kiểu mẫu", "{few} hộ thoát nghèo"),
             ("Xây dựng nông thôn mới", "An sinh xã hội"), paired=True)],
    2026: [K(("Chỉ đạo vận hành {home} sau sắp xếp theo mô hình chính quyền địa phương hai cấp, {tiếp dân tại trụ sở "
              "cũ {few} "
              "buổi mỗi tháng|không để gián đoạn việc giải quyết hồ sơ}",
              "Chủ trì giải quyết dứt điểm {kk} kiến nghị tồn đọng của nhân dân {home}, gần dân, sát dân",
              "Chỉ đạo nâng tỷ lệ hồ sơ dịch vụ công trực tuyến của {home} lên {pct}%, {kiểm tra hằng tuần|công khai "
              "kết quả}"),
             ("Không có hồ sơ quá hạn", "{kk}/{kk} kiến nghị có kết quả", "Đạt {pct}% hồ sơ trực tuyến"),
             ("Kỷ cương sau sắp xếp", "Người đứng đầu"), paired=True),
           K(("Trực tiếp kiểm tra đột xuất {few} lần việc tiếp nhận hồ sơ tại bộ phận một cửa {home} sau sắp xếp, {xử "
              "lý nghiêm "
              "cán bộ gây phiền hà|biểu dương cán bộ làm tốt}",
              "Giữ kỷ luật, kỷ cương trong bộ máy {home} sau sáp nhập: {giao việc rõ người, rõ hạn|công khai kết quả "
              "từng tháng}"),
             ("Không có phản ánh về thái độ cán bộ", "{kk}/{kk} việc đúng hạn"),
             ("Kỷ cương sau sắp xếp",), paired=True)],
}

MASS = {
    "duty": [
        K(("Vận động {ppl} hội viên {của|ở} {home} {tham gia tổ tiết kiệm|vay vốn ưu đãi phát triển sản xuất}, {theo "
           "dõi "
           "trả nợ đúng hạn|không để nợ quá hạn}",
           "Phát triển {n} hội viên mới ở {home}{, thành lập {1|2} chi hội|}",
           "Xây dựng mô hình {“Tổ phụ nữ tự quản”|“Thanh niên khởi nghiệp”|“Cựu chiến binh làm kinh tế giỏi”|“Nông dân "
           "sản xuất giỏi”} ở {k} thôn của {home}"),
          ("Dư nợ {mil}0 triệu đồng, không nợ quá hạn", "{n} hội viên mới, {pct}% hội viên đóng hội phí đúng hạn",
           "{k} mô hình, mỗi mô hình ít nhất {n} thành viên"),
          ("Chủ tịch Hội", "Công tác đoàn thể", "Công tác hội, đoàn thể"), paired=True),
        K(("Tổ chức {few} lớp tập huấn {kỹ thuật chăn nuôi|trồng trọt|kỹ năng khởi nghiệp} cho hội viên {home}",
           "Giám sát, phản biện {k} công trình, chính sách ở {home}{, báo cáo Mặt trận|}"),
          ("{ppl} lượt hội viên dự", "{k} cuộc giám sát, có kiến nghị"), ("Công tác hội", "Giám sát, phản biện xã hội"),
          paired=True),
    ],
    2023: [K(("Tổ chức {few} buổi giao lưu văn nghệ, kể chuyện về Bác cho hội viên {home}",
              "Vận động hội viên {home} xây dựng gia đình văn hóa, bỏ hủ tục trong việc cưới, việc tang"),
             ("{few} buổi, {ppl} lượt hội viên", "{pct}% gia đình hội viên đạt gia đình văn hóa"),
             ("Văn hóa, văn nghệ trong hội viên",), paired=True)],
    2024: [K(("Lập nhóm hướng dẫn hội viên {home} {dùng dịch vụ công trực tuyến|thanh toán không dùng tiền mặt}",
              "Tập hợp {kk} kiến nghị của hội viên gửi {Đảng ủy|Ủy ban nhân dân} {home}, theo dõi đến khi trả lời"),
             ("{ppl2} hội viên làm được trên điện thoại", "{kk}/{kk} kiến nghị có trả lời"),
             ("Chuyển đổi số", "Phản ánh kiến nghị"), paired=True)],
    2025: [K(("Vận động hội viên {home} {phân loại rác tại nguồn|trồng {m} m đường hoa|làm {k} tuyến đường tự quản}",
              "Vận động xây {1|2} nhà đại đoàn kết cho hội viên nghèo {home}, {góp {days} ngày công|góp {mil} triệu "
              "đồng}"),
             ("{pct}% hội viên thực hiện", "Bàn giao nhà trước {dd}/{mm}/{y}"),
             ("Bảo vệ môi trường", "An sinh xã hội"), paired=True)],
    2026: [K(("Thành lập {k} tổ công nghệ số cộng đồng của {home}, {hướng dẫn {ppl} người kích hoạt VNeID|giúp người "
              "dân "
              "nộp hồ sơ dịch vụ công trực tuyến}",
              "Sau sắp xếp, hợp nhất các hội, {bàn giao hồ sơ hội viên đúng hạn|rà soát lại danh sách hội viên}, giữ "
              "kỷ "
              "cương, không để hội viên mất sinh hoạt",
              "Tập hợp kiến nghị của hội viên {home} gửi chính quyền địa phương hai cấp, theo dõi đến khi giải quyết "
              "dứt điểm"),
             ("{ppl2} người được hướng dẫn", "Danh sách hội viên chuẩn hóa xong trước {dd}/{mm}/{y}",
              "{kk}/{kk} kiến nghị có kết quả"),
             ("Chuyển đổi số", "Kỷ cương sau sắp xếp", "Gần dân"), paired=True)],
}
