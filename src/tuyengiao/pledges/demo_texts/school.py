"""Deed table of teachers and school staff (``TEACHER``): their duties and each year's key points."""

from tuyengiao.pledges.demo_texts.common import K, with_steps

TEACHER = {
    "duty": [
        K(("Phụ đạo miễn phí cho {hs} học sinh {chưa đạt|học chậm|hổng kiến thức} môn {subject} {lớp {cls}|khối "
           "{grade}} vào "
           "{chiều thứ Bảy|chiều thứ Ba, thứ Năm|các buổi không có tiết|đầu giờ sáng}",
           "Lập nhóm {“đôi bạn cùng tiến”|học tập} cho {hs} em {học chưa tốt|hổng kiến thức} môn {subject} lớp {cls}, "
           "{kèm thêm {few} buổi mỗi tháng|giao bài và chữa bài hằng tuần}",
           "Kèm riêng em {kid} và {few} bạn lớp {cls} {còn yếu môn {subject}|đọc chưa thông, viết chưa thạo|mất gốc "
           "kiến thức "
           "lớp dưới} {sau giờ học|vào sáng thứ Bảy}"),
          ("{hs2}/{hs} em đạt yêu cầu ở bài kiểm tra cuối học kỳ",
           "Tỷ lệ học sinh đạt điểm trung bình trở lên môn {subject} tăng từ {pct2}% lên {pct3}%",
           "Không có học sinh phải ở lại lớp vì môn {subject}", "Các em được kèm đạt từ {5|6} điểm trở lên"),
          ("Giáo viên bộ môn {subject}", "Giáo viên chủ nhiệm lớp {cls}")),
        K(("Bồi dưỡng đội tuyển học sinh giỏi môn {subject} {cấp huyện|cấp tỉnh} gồm {few} em, {mỗi tuần {few} "
           "buổi|soạn "
           "{kk} chuyên đề nâng cao}",
           "Phát hiện và bồi dưỡng {few} em có năng khiếu môn {subject} ở khối {grade}, {tự soạn tài liệu|cho làm đề "
           "các "
           "năm trước}",
           "Ôn thi cho {hs} học sinh lớp {cls} {thi vào lớp 10|thi tốt nghiệp|thi học sinh giỏi} môn {subject}{, chấm "
           "chữa "
           "từng đề|}"),
          ("Ít nhất {1|2|3} em đạt giải {cấp tỉnh|cấp huyện}", "{few} em dự thi, có {1|2} giải nhất, nhì",
           "Điểm thi trung bình môn {subject} của lớp cao hơn mức chung của tỉnh"),
          ("Giáo viên bồi dưỡng học sinh giỏi", "Giáo viên bộ môn {subject}")),
        K(("Hướng dẫn {few} học sinh làm {đề tài nghiên cứu khoa học kỹ thuật|sản phẩm dự thi sáng tạo thanh thiếu "
           "niên} "
           "{về {subject}|ứng dụng ở địa phương}",
           "Cùng học sinh lớp {cls} làm {few} {mô hình|đồ dùng học tập} môn {subject} từ vật liệu tái chế"),
          ("{1|2} sản phẩm đạt giải {cấp tỉnh|cấp huyện}", "{few} sản phẩm được dùng trong giờ học"),
          ("Giáo viên bộ môn {subject}",), paired=True),
        K(("Thăm gia đình {hs} học sinh {có hoàn cảnh khó khăn|có nguy cơ bỏ học|hay nghỉ học} của lớp {cls}, {phối "
           "hợp với cha mẹ|cùng Ban đại diện cha mẹ học sinh} tìm cách giúp các em",
           "Theo dõi chuyên cần của lớp {cls} từng buổi, gọi điện cho phụ huynh ngay khi học sinh nghỉ không phép",
           "Đến nhà em {kid} lớp {cls} {có bố mẹ đi làm xa|hay nghỉ học|vừa có biến cố gia đình}, {động viên em trở "
           "lại lớp|"
           "bàn với ông bà cách kèm em học}"),
          ("Không có học sinh bỏ học; tỷ lệ chuyên cần đạt {pct}%",
           "Không em nào nghỉ học dài ngày; có sổ ghi chép từng trường hợp", "Em đi học đều, kết quả học tập tiến bộ"),
          ("Giáo viên chủ nhiệm lớp {cls}",)),
        K(("Dạy {few} tiết thao giảng và dự {kk} tiết của đồng nghiệp trong tổ {Toán - Tin|Ngữ văn|Khoa học tự "
           "nhiên|Khoa "
           "học xã hội|Tiếng Anh}, {góp ý bằng phiếu dự giờ|rút kinh nghiệm ngay sau tiết dạy}",
           "Viết {1|2} sáng kiến kinh nghiệm về {dạy học môn {subject}|công tác chủ nhiệm|đổi mới kiểm tra, đánh "
           "giá}, áp "
           "dụng ở lớp {cls}",
           "Dạy {few} chuyên đề cho tổ chuyên môn về {phương pháp dạy học tích cực|dạy học theo dự án|đánh giá năng "
           "lực học "
           "sinh} môn {subject}"),
          ("Các tiết thao giảng xếp loại tốt; {kk} phiếu dự giờ", "Sáng kiến được hội đồng nhà trường công nhận",
           "{few} chuyên đề được tổ áp dụng"),
          ("Tổ trưởng chuyên môn", "Giáo viên cốt cán môn {subject}"), paired=True),
        K(("Kèm {1|2} giáo viên mới về trường {soạn kế hoạch bài dạy|quản lý lớp học|đổi mới phương pháp dạy học}",
           "Giúp đồng chí {{woman}|{man}} mới về tổ {làm quen với chương trình mới|soạn giáo án điện tử|chủ nhiệm lớp "
           "{cls}}, dự "
           "giờ góp ý {few} tiết"),
          ("Giáo viên được kèm có {few} tiết dạy đạt loại tốt", "Đồng chí được giúp hoàn thành tốt nhiệm vụ năm đầu"),
          ("Tổ trưởng chuyên môn", "Giáo viên cốt cán")),
        K(("Dạy {k} chuyên đề kỹ năng sống {phòng chống đuối nước|an toàn giao thông|phòng chống xâm hại|ứng xử trên "
           "mạng "
           "xã hội} cho học sinh lớp {cls}",
           "Tổ chức {few} buổi sinh hoạt dưới cờ về {an toàn giao thông|phòng chống bạo lực học đường|phòng chống ma "
           "túy} "
           "cho học sinh {khối {grade}|toàn trường}",
           "Cùng Liên đội tổ chức {few} hoạt động trải nghiệm cho học sinh lớp {cls}: {thăm di tích ở xã {cname}|làm "
           "kế "
           "hoạch nhỏ|chăm sóc nghĩa trang liệt sĩ}"),
          ("{pct}% học sinh đạt yêu cầu bài thực hành; không có học sinh bị tai nạn",
           "Không có vụ bạo lực học đường; {pct}% học sinh ký cam kết", "{few} hoạt động, {pct}% học sinh tham gia"),
          ("Giáo viên chủ nhiệm, phụ trách giáo dục kỹ năng sống", "Tổng phụ trách Đội"), paired=True),
    ],
    2023: [
        K(("Xây dựng tủ sách lớp {cls} với {books} cuốn do học sinh và phụ huynh góp, {duy trì 15 phút đọc sách đầu "
           "giờ|dành {few} tiết mỗi tháng cho giờ đọc sách}",
           "Hướng dẫn học sinh lớp {cls} đọc {few} cuốn sách về Bác Hồ và viết cảm nhận{, chọn bài hay đọc trước lớp|}",
           "Tổ chức “Ngày hội đọc sách” cho {hs} học sinh khối {grade}, {mỗi em giới thiệu một cuốn sách|trao đổi sách "
           "giữa các lớp}"),
          ("Mỗi em đọc ít nhất {few} cuốn mỗi học kỳ, có phiếu đọc sách",
           "{books} cuốn; {pct}% học sinh có bài cảm nhận",
           "{hs} em tham gia, lớp có thêm {books} cuốn sách"),
          ("Giáo viên chủ nhiệm, phát triển văn hóa đọc", "Phụ trách thư viện")),
        K(("Lồng ghép {kk} câu chuyện về Bác Hồ vào các tiết {Ngữ văn|Giáo dục công dân|sinh hoạt lớp|Lịch sử} của "
           "lớp {cls}",
           "Cho học sinh lớp {cls} {đóng tiểu phẩm|vẽ tranh|kể chuyện} về {Bác Hồ với thiếu nhi|tấm gương người tốt ở "
           "quê "
           "hương} trong {few} tiết sinh hoạt"),
          ("{kk} tiết có lồng ghép; {pct}% học sinh kể lại được ít nhất một câu chuyện",
           "{few} sản phẩm của học sinh được trưng bày"),
          ("Giáo viên môn {subject}",), paired=True),
        K(("Xây dựng văn hóa ứng xử trong lớp {cls}: {nói lời hay, làm việc tốt|không nói tục, chửi bậy|lễ phép với "
           "thầy "
           "cô, người lớn}, ghi nhận bằng {bảng thi đua|sổ theo dõi}",
           "Cùng học sinh lớp {cls} xây dựng “lớp học hạnh phúc”: {không có bắt nạt|các em giúp nhau học tập|mỗi tuần "
           "một "
           "việc tốt}",
           "Gương mẫu {đến lớp đúng giờ, không sử dụng điện thoại trong giờ dạy|không hút thuốc lá trong trường|mặc "
           "trang "
           "phục đúng quy định} để học sinh noi theo{, vận động {few} đồng nghiệp trong tổ cùng thực hiện|}"),
          ("{pct}% học sinh xếp loại rèn luyện tốt; không có học sinh vi phạm nội quy nghiêm trọng",
           "Lớp đạt danh hiệu chi đội mạnh; không có bạo lực học đường", "Không vi phạm quy định trong năm học"),
          ("Giáo viên chủ nhiệm lớp {cls}", "Nêu gương của nhà giáo"), paired=True),
    ],
    2024: [
        K(("Soạn {kk} bài giảng điện tử môn {subject}{, đưa lên kho học liệu của trường|, dùng chung cho tổ chuyên "
           "môn}",
           "Dùng {phần mềm|hệ thống} quản lý học tập để giao bài, chấm bài trực tuyến cho học sinh lớp {cls}",
           "Làm {kk} video bài giảng ngắn môn {subject} cho học sinh lớp {cls} ôn tập ở nhà"),
          ("{kk} bài giảng được tổ chuyên môn thông qua", "{pct}% học sinh nộp bài đúng hạn trên hệ thống",
           "{kk} video, mỗi video có ít nhất {hs} lượt xem"),
          ("Giáo viên môn {subject}, ứng dụng công nghệ thông tin",), paired=True),
        K(("Trao đổi với phụ huynh lớp {cls} qua sổ liên lạc điện tử, trả lời mọi ý kiến trong {hours} giờ",
           "Tổ chức {few} buổi đối thoại với cha mẹ học sinh lớp {cls}, {tiếp thu|giải đáp} ý kiến về {các khoản thu|"
           "việc học thêm|bữa ăn bán trú}",
           "Lắng nghe ý kiến của phụ huynh em {kid} lớp {cls} về {việc em bị bạn bè trêu chọc|kết quả học tập|chỗ "
           "ngồi}, "
           "{giải quyết trong tuần|báo ban giám hiệu khi cần}"),
          ("Mọi ý kiến được trả lời; không có đơn thư", "{pct}% phụ huynh hài lòng qua phiếu khảo sát",
           "Phụ huynh yên tâm, em đi học vui vẻ"),
          ("Giáo viên chủ nhiệm lớp {cls}",), paired=True),
        K(("Thực hiện nghiêm quy định về dạy thêm, học thêm: {không dạy thêm học sinh lớp mình|không ép học sinh học "
           "thêm}, lên lớp đúng giờ",
           "Hướng dẫn phụ huynh lớp {cls} nộp học phí, các khoản thu qua ngân hàng",
           "Chấp hành nghiêm giờ giấc, {không bỏ tiết|không cắt xén chương trình|vào điểm đúng hạn trên phần mềm}"),
          ("Không vi phạm, không có phản ánh của phụ huynh", "{pct}% phụ huynh nộp không dùng tiền mặt",
           "Hoàn thành chương trình đúng kế hoạch"),
          ("Kỷ luật, kỷ cương trong nhà trường",), paired=True),
    ],
    2025: [
        K(("Xây dựng lớp học xanh, sạch: học sinh lớp {cls} phân loại rác, {thu gom giấy vụn, vỏ chai|chăm sóc {kk} "
           "chậu "
           "cây}",
           "Dạy {k} tiết ngoại khóa về bảo vệ môi trường, cho học sinh lớp {cls} thực hành phân loại rác tại nhà",
           "Cùng học sinh lớp {cls} trồng và chăm sóc {trees} cây {ở vườn trường|dọc đường vào trường|ở nghĩa trang "
           "liệt sĩ "
           "xã {cname}}"),
          ("Bán giấy vụn được {mil}0 nghìn đồng giúp bạn khó khăn; lớp đạt danh hiệu lớp học xanh",
           "{pct}% học sinh phân loại rác ở nhà, có xác nhận của phụ huynh",
           "{trees} cây sống tốt, có học sinh chăm sóc"),
          ("Giáo viên chủ nhiệm, giáo dục bảo vệ môi trường",), paired=True),
        K(("Vận động quyên góp {áo ấm|xe đạp|sách vở|học bổng} cho {hs} học sinh nghèo {của trường|lớp {cls}}",
           "Cùng học sinh lớp {cls} nuôi heo đất giúp {1|2} bạn có hoàn cảnh khó khăn",
           "Nhận đỡ đầu em {kid} lớp {cls} {mồ côi|nhà nghèo|bố mẹ ốm đau}: {hỗ trợ tiền học|tặng sách vở, quần "
           "áo|kèm học "
           "miễn phí}"),
          ("Các em được giúp đỡ, không em nào bỏ học", "Trao tặng {mil} triệu đồng trước Tết",
           "Em học hết năm, lên lớp"),
          ("Giáo viên chủ nhiệm, chăm lo học sinh khó khăn",), paired=True),
    ],
    2026: [
        K(("Hướng dẫn {n} phụ huynh lớp {cls} {đăng ký tuyển sinh trực tuyến|cài đặt VNeID để xác thực hồ sơ cho "
           "con|nộp "
           "hồ sơ miễn giảm học phí trên dịch vụ công}",
           "Hoàn thành học bạ số, ký số điện tử {hs} hồ sơ học sinh lớp {cls} đúng hạn{, để phụ huynh tra cứu trực "
           "tuyến|}",
           "Hướng dẫn học sinh lớp {cls} {dùng định danh điện tử khi thi|tra cứu điểm trực tuyến|an toàn trên mạng}{, "
           "nhắc "
           "không chia sẻ mã OTP|}"),
          ("{n2}/{n} phụ huynh làm xong trực tuyến", "{hs}/{hs} học bạ số được ký số, không sai sót",
           "{pct}% học sinh làm được"),
          ("Giáo viên chủ nhiệm, chuyển đổi số trong nhà trường",), paired=True),
        K(("Gần gũi phụ huynh: công khai số điện thoại, giải quyết dứt điểm kiến nghị của phụ huynh lớp {cls} trong "
           "{hours} giờ; {mỗi tháng gặp ít nhất {few} phụ "
           "huynh|đến tận nhà khi học sinh có khó khăn}",
           "Gặp riêng phụ huynh em {kid} lớp {cls} {mỗi tháng một lần|khi em có biểu hiện bất thường}, giải quyết dứt "
           "điểm kiến nghị của gia đình về "
       "{việc em bỏ giờ|mâu thuẫn với bạn|khó khăn trong học tập}"),
          ("Mọi ý kiến được giải quyết dứt điểm; không có đơn thư", "{pct}% phụ huynh hài lòng",
           "Việc của em được giải quyết, phụ huynh yên tâm"),
          ("Giáo viên chủ nhiệm lớp {cls}",)),
        K(("Giữ kỷ cương, chấp hành sự phân công sau sắp xếp, sáp nhập trường: {nhận dạy thêm lớp ở điểm trường "
           "{vname}|dạy thay "
           "đồng nghiệp khi cần}, không để học sinh thiếu tiết",
           "Sau sắp xếp, sáp nhập với trường {vname}, {nhận chủ nhiệm lớp {cls}|dạy liên trường môn {subject}}, {đi "
           "dạy đúng giờ|"
           "bàn giao hồ sơ học sinh đầy đủ}"),
          ("Không lớp nào thiếu tiết; đủ {kk} tiết dạy thay", "Hoàn thành chương trình đúng tiến độ"),
          ("Kỷ luật, kỷ cương sau sắp xếp", "Giáo viên môn {subject}")),
    ],
}
TEACHER = {key: with_steps(kinds, steps) for (key, kinds), steps in zip(TEACHER.items(), [
    ["teaching", "teaching", "teaching", "classroom", "teaching", "teaching", "classroom"],
    ["school_life", "school_life", "classroom"],
    ["school_digital", "classroom", "classroom"],
    ["school_life", "school_life"],
    ["school_digital", "classroom", "classroom"],
])}
