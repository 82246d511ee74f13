"""Collective pledges of a cell, a grassroots unit or a committee: deed tables, lead-ins, phrases."""

from tuyengiao.pledges.demo_texts.common import K

COLLECTIVE_EXTRA = ("được cấp trên ghi nhận", "cao hơn năm {y0}", "không có đơn thư", "duy trì đến hết năm",
                    "làm cơ sở đánh giá, xếp loại cuối năm", "nhân dân đồng tình",
                    "nhân rộng ra các {chi bộ|đơn vị} khác")

COLLECTIVE_WITH = ("phối hợp với Ban công tác Mặt trận và các đoàn thể", "cùng chính quyền và các đoàn thể",
                   "phân công chi ủy viên phụ trách", "giao cho từng tổ đảng thực hiện",
                   "phối hợp với Công đoàn, Đoàn thanh niên")
COLLECTIVE_PROOF = ("đưa vào nghị quyết của chi bộ", "có kế hoạch và sổ theo dõi", "kiểm tra, đánh giá hằng quý",
                    "sơ kết 6 tháng, tổng kết cuối năm", "công khai kết quả trước {nhân dân|cán bộ, đảng viên}",
                    "đánh giá tại hội nghị tổng kết năm", "gắn với đánh giá, xếp loại đảng viên cuối năm")

C_VILLAGE = {
    "duty": [
        K(("Phân công mỗi đảng viên phụ trách {few} hộ ở {home}, {nắm tình hình tư tưởng, đời sống|vận động chấp hành "
           "hương ước|phản ánh kịp thời ý kiến của bà con}",
           "Duy trì sinh hoạt chi bộ {home} {đúng ngày {dd} hằng tháng|vào tối mùng {num} hằng tháng}, {mỗi quý một "
           "buổi "
           "sinh hoạt chuyên đề|mời đảng viên cao tuổi dự và góp ý}",
           "Nâng chất lượng sinh hoạt chi bộ {home}: {mỗi buổi bàn một việc cụ thể của {spot}|đảng viên chuẩn bị ý "
           "kiến "
           "trước|ghi biên bản đầy đủ}"),
          ("100% đảng viên được phân công; không có hộ vi phạm pháp luật",
           "{kk}/{kk} buổi đúng lịch; trên {pct2}% đảng "
           "viên dự họp", "Chi bộ được xếp loại hoàn thành tốt nhiệm vụ"),
          ("Cấp ủy chi bộ", "Công tác xây dựng Đảng ở khu dân cư"), paired=True),
        K(("Lãnh đạo {home} giữ danh hiệu khu dân cư an toàn về an ninh trật tự, {hòa giải thành ít nhất {pct}% vụ "
           "việc|"
           "không để đơn thư vượt cấp|duy trì tổ an ninh tự quản tuần tra {k} đêm mỗi tháng}",
           "Kết nạp {1|2} đảng viên mới là {đoàn viên thanh niên|quần chúng ưu tú|hội viên phụ nữ} ở {home}",
           "Lãnh đạo {home} hoàn thành {chỉ tiêu giao quân|các khoản đóng góp theo nghị quyết|chỉ tiêu sản xuất vụ "
           "{xuân|"
           "mùa}} năm {y}"),
          ("Không có vụ việc phức tạp về an ninh trật tự", "Có {1|2} quần chúng được kết nạp",
           "Hoàn thành trước {dd}/{mm}/{y}"),
          ("Chi ủy, Ban công tác Mặt trận", "Công tác phát triển đảng viên", "Cấp ủy chi bộ"), paired=True),
    ],
    2023: [
        K(("Xây dựng tủ sách ở nhà văn hóa {home} với {books} cuốn, {mở cửa tối thứ Bảy|có người trông coi, ghi sổ "
           "mượn}",
           "Lãnh đạo sửa đổi hương ước của {home}, vận động {pct}% đám cưới, đám tang thực hiện nếp sống văn minh",
           "100% gia đình đảng viên ở {home} đạt danh hiệu gia đình văn hóa, {đi đầu bỏ hủ tục|gương mẫu giữ nếp sống "
           "văn "
           "minh}",
           "Duy trì {k} câu lạc bộ {văn nghệ, thể thao|dưỡng sinh, thơ ca} ở {home}, tổ chức ngày hội Đại đoàn kết "
           "toàn dân"),
          ("{books} cuốn; {n} lượt mượn mỗi tháng", "Không có đám cưới, đám tang vi phạm hương ước",
           "Không có đảng viên vi phạm; {home} giữ danh hiệu khu dân cư văn hóa",
           "{ppl} người tham gia sinh hoạt thường xuyên"),
          ("Xây dựng đời sống văn hóa ở khu dân cư", "Nêu gương của đảng viên"), paired=True),
    ],
    2024: [
        K(("Tổ chức {few} buổi đối thoại giữa chi ủy, {headman} với bà con {home}, {trả lời ngay các ý kiến|ghi kiến "
           "nghị "
           "gửi {xã|phường}}",
           "Lập nhóm Zalo của {home} để thông tin cho bà con; vận động {pct}% số hộ thanh toán tiền điện, nước không "
           "dùng "
           "tiền mặt",
           "Phân công đảng viên hướng dẫn bà con {home} nộp hồ sơ trên Cổng dịch vụ công, mỗi đảng viên phụ trách "
           "{few} hộ"),
          ("{100%|Toàn bộ} kiến nghị được trả lời", "{pct}% số hộ tham gia nhóm",
           "{pct}% hộ có người biết nộp hồ sơ trực tuyến"),
          ("Đối thoại với nhân dân", "Chuyển đổi số ở khu dân cư"), paired=True),
    ],
    2025: [
        K(("Lãnh đạo {home} {đạt chuẩn khu dân cư nông thôn mới kiểu mẫu|làm {m} m đường hoa|có {pct}% số hộ phân loại "
           "rác tại nguồn}",
           "Giúp {few} hộ nghèo ở {home} thoát nghèo{, vận động xây {1|2} nhà đại đoàn kết|, mỗi chi ủy viên nhận đỡ "
           "đầu "
           "một hộ}",
           "Vận động bà con {home} hiến đất, góp công làm {m} m {đường bê tông|rãnh thoát nước|đường ra đồng} xây "
           "dựng nông "
           "thôn mới"),
          ("Được {xã|phường} công nhận", "{few} hộ thoát nghèo, không hộ nào tái nghèo",
           "{m} m hoàn thành, không phải bồi thường"),
          ("Xây dựng nông thôn mới, đô thị văn minh", "An sinh xã hội"), paired=True),
    ],
    2026: [
        K(("Lãnh đạo để {pct}% người dân {home} từ 14 tuổi có tài khoản định danh điện tử; mỗi đảng viên hướng dẫn "
           "{few} "
           "hộ làm thủ tục trực tuyến",
           "Sau sắp xếp, {kiện toàn chi ủy|bàn giao hồ sơ, tài sản của {home}}; giữ kỷ cương, tổng hợp kiến nghị của "
           "bà con "
           "gửi chính quyền địa phương hai cấp",
           "Mỗi tháng chi ủy đến {few} hộ ở {home} nghe ý kiến về hoạt động của chính quyền {xã|phường} mới, phản ánh "
           "để "
           "giải quyết dứt điểm",
           "Tổ chức “Bình dân học vụ số” ở {home}: {few} buổi hướng dẫn bà con dùng dịch vụ công trực tuyến, VNeID"),
          ("{pct}% hộ có người dùng được dịch vụ công trực tuyến", "Kiến nghị được chuyển lên trong {days} ngày",
           "Có sổ ghi ý kiến; {pct}% ý kiến có trả lời", "{few} buổi, {ppl} lượt người dự"),
          ("Chuyển đổi số ở khu dân cư", "Kỷ cương sau sắp xếp", "Gần dân, sát dân"), paired=True),
    ],
}
C_COMMUNE = {
    "duty": [
        K(("Lãnh đạo hoàn thành {pct}% chỉ tiêu nghị quyết năm {y} của Đảng bộ {home}",
           "Kiểm tra, giám sát {kk} chi bộ trực thuộc về việc đăng ký và thực hiện làm theo Bác",
           "Tổ chức học tập chuyên đề năm {y} cho {pct}% cán bộ, đảng viên {home}",
           "Kết nạp {kk} đảng viên mới, {chú trọng đoàn viên thanh niên|không để chi bộ nào không kết nạp}"),
          ("{pct}% chỉ tiêu đạt và vượt", "{kk} cuộc kiểm tra, có thông báo kết luận", "Hoàn thành trước {dd}/{mm}/{y}",
           "{kk} đảng viên mới"),
          ("Ban Chấp hành Đảng bộ", "Ủy ban Kiểm tra Đảng ủy", "Công tác tuyên giáo", "Xây dựng Đảng"), paired=True),
    ],
    2023: [K(("Xây dựng “Không gian văn hóa Hồ Chí Minh” tại trụ sở {home} với {books} đầu sách",
              "Chỉ đạo {k} thôn của {home} sửa đổi hương ước; {pct}% đám cưới, đám tang văn minh",
              "Tổ chức {few} hoạt động văn hóa, thể thao của {home} {dịp Tết|dịp 2/9|ngày hội Đại đoàn kết}"),
             ("Khánh thành trước {dd}/{mm}/{y}", "{k} hương ước được công nhận", "{ppl} người tham gia"),
             ("Phát triển văn hóa",), paired=True)],
    2024: [K(("Duy trì “Ngày thứ bảy với dân”: lãnh đạo {home} tiếp dân sáng thứ Bảy {hằng tuần|tuần thứ hai và thứ "
              "tư}",
              "Nâng tỷ lệ hồ sơ trực tuyến của {home} lên {pct}%, hồ sơ trước hạn {pct2}%",
              "Cán bộ, công chức {home} thực hiện nghiêm giờ giấc, không gây phiền hà; kiểm tra đột xuất {few} lần"),
             ("Giải quyết {pct}% kiến nghị trong {days} tuần", "Không có hồ sơ trễ hẹn",
              "Không có phản ánh của người dân"),
             ("Tiếp dân, đối thoại", "Cải cách hành chính", "Kỷ luật, kỷ cương"), paired=True)],
    2025: [K(("Hoàn thành {k} tiêu chí còn thiếu của {home} theo chuẩn nông thôn mới nâng cao",
              "Vận động xây {few} nhà đại đoàn kết cho hộ nghèo {home}",
              "{pct}% hộ ở {home} phân loại rác tại nguồn, không còn điểm rác tự phát"),
             ("{home} được công nhận trong năm", "{few} nhà bàn giao trước {dd}/{mm}/{y}", "Đạt tiêu chí môi trường"),
             ("Xây dựng nông thôn mới", "An sinh xã hội", "Bảo vệ môi trường"), paired=True)],
    2026: [K(("Vận hành chính quyền {home} sau sắp xếp hai cấp: {pct}% thủ tục dịch vụ công trực tuyến toàn trình, trả "
              "kết quả đúng hạn",
              "Giải quyết dứt điểm {kk} kiến nghị tồn đọng của nhân dân {home} trước và sau sáp nhập",
              "Chấn chỉnh kỷ luật, kỷ cương của cán bộ, công chức {home} sau sắp xếp, {kiểm tra đột xuất {few} "
              "lần|công khai "
              "đường dây nóng}",
              "{pct}% người dân {home} có tài khoản định danh điện tử; mở {few} điểm hỗ trợ dịch vụ công ở trụ sở cũ"),
             ("Không có hồ sơ quá hạn", "{kk}/{kk} kiến nghị có kết quả",
              "Không có cán bộ bị kỷ luật; không có phản ánh của người dân", "Đạt chỉ tiêu đã đăng ký"),
             ("Chính quyền địa phương hai cấp", "Gần dân, sát dân", "Kỷ luật, kỷ cương"), paired=True)],
}
C_SCHOOL = {
    "duty": [K(("Nâng tỷ lệ học sinh {khá, giỏi|thi đỗ vào lớp 10 công lập|tốt nghiệp} của {home} lên {pct}%",
                "Không có học sinh bỏ học; bồi dưỡng học sinh giỏi đạt {kk} giải cấp tỉnh",
                "Mỗi đảng viên nhận kèm {few} học sinh {yếu|có hoàn cảnh khó khăn} của {home}"),
               ("Đạt chỉ tiêu đã đăng ký", "Duy trì sĩ số {pct}%", "{pct}% học sinh được kèm tiến bộ"),
               ("Nhiệm vụ chuyên môn của nhà trường", "Đảng viên giáo viên"), paired=True)],
    2023: [K(("Xây dựng thư viện thân thiện và góc sách về Bác tại {home} với {books} cuốn, duy trì giờ đọc sách hằng "
              "tuần",
              "Xây dựng văn hóa ứng xử trong {home}: {pct}% học sinh xếp loại rèn luyện tốt, không có bạo lực học đường"
              ),
             ("{pct}% học sinh có phiếu đọc sách", "Đạt trường học hạnh phúc"), ("Văn hóa đọc, trường học hạnh phúc",),
             paired=True)],
    2024: [K(("Dùng học bạ số, sổ liên lạc điện tử; thu các khoản không dùng tiền mặt tại {home}",
              "Tổ chức {few} hội nghị đối thoại với cha mẹ học sinh {home}, trả lời mọi ý kiến trong {days} ngày"),
             ("{pct}% phụ huynh nộp qua ngân hàng", "Không có đơn thư"), ("Chuyển đổi số", "Đối thoại với phụ huynh"),
             paired=True)],
    2025: [K(("Xây dựng {home} xanh, sạch, đẹp: phân loại rác, trồng {trees} cây",
              "Trao học bổng cho {hs} học sinh nghèo của {home}, {vận động {mil} triệu đồng|tặng {hs} xe đạp}"),
             ("Không có rác thải nhựa trong trường", "Không có học sinh bỏ học vì khó khăn"),
             ("Trường học xanh", "An sinh, khuyến học"), paired=True)],
    2026: [K(("Tuyển sinh trực tuyến {pct}%; học bạ số, ký số cho 100% học sinh {home}",
              "Công khai các khoản thu; giải quyết dứt điểm kiến nghị của phụ huynh {home} trong {hours} giờ",
              "Giữ kỷ cương sau sắp xếp, sáp nhập trường: bố trí đủ giáo viên, không lớp nào thiếu tiết"),
             ("Không có sai sót hồ sơ", "Không có đơn thư về thu chi", "Hoàn thành chương trình đúng tiến độ"),
             ("Chuyển đổi số", "Gần dân", "Kỷ cương sau sắp xếp"), paired=True)],
}
C_HEALTH = {
    "duty": [K(("Rút ngắn thời gian chờ khám tại {home} xuống dưới {mins} phút",
                "Không để xảy ra sai sót chuyên môn tại {home}; {kk} buổi sinh hoạt chuyên môn",
                "Nâng tỷ lệ người bệnh hài lòng tại {home} lên {pct}%"),
               ("Đạt qua khảo sát hằng quý", "Không có sự cố y khoa nghiêm trọng", "Đạt qua khảo sát của Bộ Y tế"),
               ("Chất lượng khám, chữa bệnh",), paired=True)],
    2023: [K(("Thực hiện quy tắc ứng xử tại {home}: không có phản ánh về thái độ",
              "Đặt tủ sách cho người bệnh tại {home} với {books} cuốn"),
             ("{pct}% người bệnh hài lòng", "{n} lượt mượn mỗi tháng"), ("Văn hóa ứng xử, y đức",), paired=True)],
    2024: [K(("Triển khai bệnh án điện tử, thanh toán viện phí không dùng tiền mặt tại {home}",
              "Đối thoại với người bệnh {hằng tháng|hằng quý} tại {home}"),
             ("{pct}% giao dịch không dùng tiền mặt", "Ý kiến được trả lời trong {days} ngày"),
             ("Chuyển đổi số y tế", "Đối thoại"), paired=True)],
    2025: [K(("Phân loại chất thải y tế tại nguồn ở {home}", "Khám miễn phí cho {ppl} người nghèo ở xã {cname}"),
             ("Không vi phạm về môi trường", "{ppl} người được khám, cấp thuốc"),
             ("Bảo vệ môi trường", "An sinh xã hội"),
             paired=True)],
    2026: [K(("{pct}% người bệnh tại {home} làm thủ tục bằng căn cước, VNeID",
              "Phản ánh của người bệnh qua đường dây nóng của {home} được giải quyết dứt điểm trong ngày",
              "Giữ kỷ cương sau sắp xếp trạm y tế xã: cử {few} bác sĩ hỗ trợ xã {cname}"),
             ("Đạt chỉ tiêu", "Không có phản ánh quá hạn", "Trạm y tế xã hoạt động ổn định"),
             ("Chuyển đổi số", "Gần dân", "Kỷ cương sau sắp xếp"), paired=True)],
}
C_OFFICE = {
    "duty": [K(("Hoàn thành {pct}% nhiệm vụ theo chương trình công tác năm {y} của {home}",
                "Duy trì sinh hoạt chuyên đề {hằng quý|6 tháng một lần} về học tập và làm theo Bác tại {home}",
                "Kiểm tra, hướng dẫn {kk} {huyện, xã|đơn vị cơ sở} về lĩnh vực của {home}"),
               ("Không có văn bản tham mưu trễ hạn", "{kk} buổi sinh hoạt chuyên đề", "{kk} cuộc, có kết luận"),
               ("Nhiệm vụ chính trị của cơ quan", "Công tác xây dựng Đảng", "Nhiệm vụ chuyên môn"), paired=True)],
    2023: [K(("Xây dựng văn hóa công sở và tủ sách {home} với {books} cuốn",
              "Cán bộ, đảng viên {home} nêu gương: không vi phạm quy định về văn hóa công sở, giờ giấc"),
             ("{books} cuốn, {kk} buổi giới thiệu sách", "Không có vi phạm"), ("Văn hóa công sở",), paired=True)],
    2024: [K(("{pct}% văn bản của {home} xử lý trên môi trường điện tử",
              "{pct2}% hồ sơ của {home} giải quyết trước hạn; đối thoại với doanh nghiệp {few} lần"),
             ("Không dùng văn bản giấy trong nội bộ", "Không có hồ sơ trễ hẹn"),
             ("Cải cách hành chính",), paired=True)],
    2025: [K(("Công sở không rác thải nhựa tại {home}",
              "Kết nghĩa với thôn {vname} xã {cname} xây dựng nông thôn mới, góp {mil} triệu đồng"),
             ("Rác nhựa giảm {down}%", "Hoàn thành cam kết với thôn"),
             ("Bảo vệ môi trường", "Nông thôn mới"), paired=True)],
    2026: [K(("Đưa {kk} thủ tục của {home} lên dịch vụ công trực tuyến toàn trình",
              "Hỗ trợ nghiệp vụ cho các xã, phường mới sau sắp xếp hai cấp; giải quyết dứt điểm {kk} vướng mắc của cơ "
              "sở",
              "Giữ kỷ luật, kỷ cương, ổn định tổ chức {home} sau sắp xếp, hợp nhất"),
             ("{pct}% hồ sơ trực tuyến", "Không còn vướng mắc tồn đọng", "Không có cán bộ vi phạm kỷ luật"),
             ("Dịch vụ công trực tuyến", "Chính quyền hai cấp", "Kỷ luật, kỷ cương"), paired=True)],
}
C_ENTERPRISE = {
    "duty": [K(("Tăng năng suất lao động của {home} {up}%",
                "Không để xảy ra tai nạn lao động tại {home}; {kk} buổi huấn "
                "luyện an toàn"),
               ("Đạt kế hoạch sản xuất năm {y}", "Không có tai nạn"), ("Sản xuất, kinh doanh", "An toàn lao động"),
               paired=True)],
    2023: [K(("Xây dựng văn hóa doanh nghiệp, tủ sách công nhân {home}",),
             ("{books} cuốn",), ("Văn hóa doanh nghiệp",))],
    2024: [K(("{pct}% hóa đơn điện tử; trả lời kiến nghị của khách hàng trong {hours} giờ",), ("Đạt cam kết",),
             ("Chuyển đổi số",))],
    2025: [K(("Tiết kiệm {down}% điện năng; phân loại chất thải tại {home}",), ("Đạt cam kết",), ("Môi trường",))],
    2026: [K(("{pct}% yêu cầu của khách hàng tiếp nhận trực tuyến, xác thực bằng VNeID",
              "Giải quyết dứt điểm kiến nghị của khách hàng ở các xã mới sau sắp xếp trong {hours} giờ"),
             ("Đạt cam kết", "Không có kiến nghị quá hạn"), ("Dịch vụ trực tuyến", "Gần dân"), paired=True)],
}
C_POLICE = {
    "duty": [K(("Kéo giảm {down}% tội phạm về trật tự xã hội trên địa bàn",
                "Kéo giảm tai nạn giao thông trên cả ba tiêu chí; {kk} đợt cao điểm tuần tra"),
               ("Đạt chỉ tiêu năm {y}",), ("Bảo đảm an ninh, trật tự",))],
    2023: [K(("Học tập và làm theo “Sáu điều Bác Hồ dạy Công an nhân dân”: không có cán bộ vi phạm điều lệnh",),
             ("Không có vi phạm",), ("Văn hóa ứng xử của Công an nhân dân",))],
    2024: [K(("{pct}% hồ sơ đăng ký xe, cư trú tiếp nhận trực tuyến tại {home}",), ("Không có hồ sơ trễ hẹn",),
             ("Cải cách hành chính",))],
    2025: [K(("Xây {1|2} nhà đại đoàn kết, nhận đỡ đầu {few} cháu mồ côi ở xã {cname}",), ("Hoàn thành",),
             ("An sinh xã hội",))],
    2026: [K(("{pct}% công dân đủ điều kiện có tài khoản định danh điện tử mức 2",
              "Giữ kỷ luật, kỷ cương, ổn định tổ chức sau sắp xếp; không có cán bộ vi phạm"),
             ("Đạt chỉ tiêu", "Không có vi phạm"), ("Định danh điện tử", "Kỷ luật, kỷ cương"), paired=True)],
}
C_MILITARY = {
    "duty": [K(("Huấn luyện đạt {pct}% yêu cầu, trên {pct2}% khá, giỏi",
                "Giao quân đủ chỉ tiêu, {pct}% tân binh đạt yêu "
                "cầu"),
               ("Đạt chỉ tiêu", "Giao quân đúng thời gian, đủ chỉ tiêu"),
               ("Huấn luyện, sẵn sàng chiến đấu", "Tuyển quân"),
               paired=True)],
    2023: [K(("Xây dựng tủ sách {home} với {books} cuốn về Bác Hồ, truyền thống quân đội",), ("{books} cuốn",),
             ("Văn hóa đọc trong đơn vị",))],
    2024: [K(("Quản lý quân số, huấn luyện trên phần mềm; không sai lệch số liệu",), ("Đạt",), ("Chuyển đổi số",))],
    2025: [K(("Giúp xã {cname} làm {m} m đường, xây {1|2} nhà đồng đội xây dựng nông thôn mới",), ("Hoàn thành",),
             ("Dân vận",))],
    2026: [K(("Giữ kỷ luật, kỷ cương sau sắp xếp lực lượng, không có quân nhân vi phạm",), ("Đạt",),
             ("Kỷ luật, kỷ cương",))],
}
C_PRESS = {
    "duty": [K(("Đăng, phát {kk}0 tin, bài về gương người tốt, việc tốt và mô hình làm theo Bác",), ("Đạt kế hoạch",),
               ("Tuyên truyền",))],
    2023: [K(("Mở chuyên mục văn hóa đọc, giới thiệu sách về Bác",), ("{kk} kỳ",), ("Văn hóa đọc",))],
    2024: [K(("Chuyển {pct}% sản phẩm lên nền tảng số",), ("Đạt",), ("Chuyển đổi số báo chí",))],
    2025: [K(("{kk} phóng sự về nông thôn mới, phân loại rác",), ("Đạt",), ("Tuyên truyền nông thôn mới",))],
    2026: [K(("{kk} bài về chính quyền địa phương hai cấp, dịch vụ công trực tuyến",), ("Đạt",), ("Tuyên truyền",))],
}
C_UPPER = {
    "duty": [K(("Kiểm tra, giám sát {kk} tổ chức đảng về thực hiện Chỉ thị 05-CT/TW; biểu dương {kk} tập thể, cá nhân "
                "tiêu biểu",
                "Tổ chức hội nghị học tập chuyên đề năm {y} với {kk} điểm cầu, {pct}% đảng viên dự"),
               ("Có thông báo kết luận từng cuộc", "Hoàn thành trước {dd}/{mm}/{y}"),
               ("Ban Thường vụ", "Ban Tuyên giáo và Dân vận"), paired=True)],
    2023: [K(("Chỉ đạo xây dựng {kk} “Không gian văn hóa Hồ Chí Minh” ở cơ sở",), ("Đạt",), ("Văn hóa",))],
    2024: [K(("Chỉ đạo {pct}% cơ quan xử lý văn bản điện tử; tiếp dân định kỳ của người đứng đầu",), ("Đạt",),
             ("Cải cách hành chính",))],
    2025: [K(("Chỉ đạo {kk} xã đạt chuẩn nông thôn mới nâng cao; {pct}% hộ phân loại rác",), ("Đạt",),
             ("Nông thôn mới",))],
    2026: [K(("Chỉ đạo các xã, phường mới vận hành chính quyền địa phương hai cấp; {pct}% hồ sơ trực tuyến",), ("Đạt",),
             ("Chính quyền hai cấp",))],
}
C_GENERAL = {
    "duty": [K(("Tổ chức cho 100% đảng viên đăng ký làm theo Bác trước ngày 15/6/{y}; sinh hoạt chuyên đề hằng quý",),
               ("100% đảng viên đăng ký đúng hạn",), ("Công tác xây dựng Đảng",))],
    2023: [K(("Xây dựng tủ sách với {books} cuốn về Bác",), ("Đạt",), ("Văn hóa đọc",))],
    2024: [K(("{pct}% đảng viên dùng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt",), ("Đạt",),
             ("Chuyển đổi số",))],
    2025: [K(("Giúp {few} hộ nghèo; {pct}% gia đình đảng viên phân loại rác",), ("Đạt",), ("An sinh, môi trường",))],
    2026: [K(("{pct}% đảng viên hướng dẫn được người thân dùng VNeID",), ("Đạt",), ("Định danh điện tử",))],
}
COLLECTIVE_DEEDS = {
    "village": C_VILLAGE, "ward": C_VILLAGE, "commune": C_COMMUNE, "school": C_SCHOOL, "health": C_HEALTH,
    "office": C_OFFICE, "enterprise": C_ENTERPRISE, "police": C_POLICE, "military": C_MILITARY, "press": C_PRESS,
    "upper": C_UPPER, "general": C_GENERAL,
}

# A collective pledge often reads like a member's deed led by the unit ("Chi bộ phân công đảng viên ...").
COLLECTIVE_LEAD = {
    "village": ("Chi bộ lãnh đạo ", "Chi bộ phân công đảng viên ", "Lãnh đạo ", "Chỉ đạo các chi hội ",
                "Phân công chi ủy viên ", "Chi bộ chỉ đạo ", "Chi bộ cùng Ban công tác Mặt trận "),
    "commune": ("Chỉ đạo cán bộ, công chức ", "Lãnh đạo ", "Đảng ủy chỉ đạo ", "Phân công cấp ủy viên ",
                "Chỉ đạo bộ phận một cửa "),
    "teacher": ("Chỉ đạo giáo viên ", "Chi bộ phân công đảng viên ", "Nhà trường chỉ đạo ", "Lãnh đạo "),
    "health": ("Chỉ đạo các khoa ", "Chi bộ phân công đảng viên ", "Lãnh đạo ", "Chỉ đạo bác sĩ, điều dưỡng "),
    "civil": ("Chỉ đạo chuyên viên ", "Chi bộ phân công đảng viên ", "Lãnh đạo ", "Cơ quan chỉ đạo "),
    "enterprise": ("Chỉ đạo các phân xưởng ", "Lãnh đạo ", "Chi bộ phân công đảng viên "),
    "police": ("Chỉ đạo cán bộ, chiến sĩ ", "Lãnh đạo ", "Chi bộ phân công đảng viên "),
    "soldier": ("Chỉ đạo cán bộ, chiến sĩ ", "Lãnh đạo đơn vị ", "Chi bộ phân công đảng viên "),
    "press": ("Chỉ đạo phóng viên ", "Lãnh đạo ", "Chi bộ phân công đảng viên "),
}
