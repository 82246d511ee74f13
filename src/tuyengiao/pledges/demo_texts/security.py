"""Deed tables of the armed forces: police officers (``POLICE``) and soldiers (``SOLDIER``)."""

from tuyengiao.pledges.demo_texts.common import K

POLICE = {
    "duty": [
        K(("Tuần tra, kiểm soát {đảm bảo trật tự an toàn giao thông|phòng chống tội phạm} {ở cổng trường giờ tan "
           "học|trên "
           "tuyến {quốc lộ 1A|quốc lộ 21B|đường tỉnh 494}|ở địa bàn xã {cname}} {mỗi tuần {few} buổi|{kk} ca mỗi "
           "tháng}",
           "Xác minh, giải quyết {kk} tin báo, tố giác về tội phạm {đúng thời hạn|trong {days} ngày}",
           "Nắm tình hình {k} thôn của xã {cname}, {lập hồ sơ quản lý đối tượng|vận động {few} đối tượng ra đầu thú}"),
          ("Không để xảy ra tai nạn nghiêm trọng; {kk}/{kk} ca tuần tra", "{pct}% tin báo được giải quyết đúng hạn",
           "Không để phát sinh điểm phức tạp về an ninh trật tự"),
          ("Cán bộ {home}",), paired=True),
        K(("Kiểm tra phòng cháy, chữa cháy tại {kk} {cơ sở kinh doanh|nhà trọ|chợ} ở xã {cname}, {hướng dẫn khắc "
           "phục|lập "
           "biên bản}",
           "Tuyên truyền pháp luật cho {ppl} người dân xã {cname} về {phòng chống ma túy|an toàn giao thông|phòng "
           "chống lừa "
           "đảo qua mạng}",
           "Xây dựng mô hình {“Tổ liên gia an toàn phòng cháy”|“Camera an ninh”|“Cổng trường an toàn giao thông”} ở "
           "xã {cname}"),
          ("Không để xảy ra cháy lớn; {pct}% kiến nghị được khắc phục", "{few} buổi, {ppl} người dự",
           "Mô hình duy trì, được xã ghi nhận"),
          ("Phòng cháy, chữa cháy", "Cán bộ {home}"), paired=True),
    ],
    2023: [K(("Học tập, làm theo “Sáu điều Bác Hồ dạy Công an nhân dân”: {xưng hô lễ phép|không gây phiền hà} khi làm "
              "việc với nhân dân ở {home}",
              "Góp {few} cuốn sách cho tủ sách của {home}, đọc {few} cuốn về Bác mỗi quý"),
             ("Không có phản ánh của nhân dân", "{books} cuốn; {kk} buổi giới thiệu sách"),
             ("Văn hóa ứng xử của người chiến sĩ", "Phát triển văn hóa đọc"), paired=True)],
    2024: [K(("Hướng dẫn người dân đăng ký xe, {đăng ký cư trú|cấp căn cước} trực tuyến tại {home}, {giảm đi lại|trả "
              "kết "
              "quả qua bưu điện}",
              "Tiếp nhận tin báo của người dân qua {ứng dụng|đường dây nóng}, phản hồi trong {hours} giờ"),
             ("{pct}% hồ sơ nộp trực tuyến", "{pct}% tin báo được phản hồi đúng hạn"),
             ("Cải cách hành chính trong công an",), paired=True)],
    2025: [K(("Nhận đỡ đầu {1|2} {cháu mồ côi|hộ nghèo} ở xã {cname}, {mỗi tháng hỗ trợ {few} trăm nghìn đồng|thăm hỏi "
              "dịp lễ, Tết}",
              "Cùng đơn vị góp {days} ngày công xây nhà đại đoàn kết cho hộ nghèo ở xã {cname}"),
             ("Cháu được đỡ đầu đi học đầy đủ", "Nhà bàn giao trước {dd}/{mm}/{y}"),
             ("An sinh xã hội",), paired=True)],
    2026: [K(("Hướng dẫn {ppl} người dân xã {cname} kích hoạt tài khoản định danh điện tử mức 2, {làm sạch dữ liệu dân "
              "cư|tích hợp giấy tờ vào VNeID}",
              "Giữ kỷ luật, kỷ cương sau sắp xếp lại công an các cấp, {về địa bàn xã {cname}|nhận thêm nhiệm vụ} "
              "{đúng hạn|không để gián đoạn công việc}",
              "Gần dân: tiếp nhận, giải quyết dứt điểm kiến nghị của người dân xã {cname} về {cư trú|định danh điện "
              "tử|an "
              "ninh trật tự} trong {days} ngày"),
             ("{ppl2} tài khoản được kích hoạt", "Hoàn thành bàn giao trước {dd}/{mm}/{y}",
              "Không có kiến nghị quá hạn"),
             ("Định danh điện tử, dữ liệu dân cư", "Kỷ luật, kỷ cương sau sắp xếp", "Gần dân"), paired=True)],
}

SOLDIER = {
    "duty": [
        K(("Huấn luyện {n} chiến sĩ {mới|của {home}} đạt yêu cầu {bắn súng|điều lệnh|thể lực}, {mỗi tuần ôn luyện "
           "{few} "
           "buổi|kèm riêng chiến sĩ yếu}",
           "Bảo quản {vũ khí, trang bị|xe máy, khí tài} của {home} đúng quy định, {kiểm tra {kk} lần mỗi tháng|không "
           "để hư "
           "hỏng}",
           "Duy trì nền nếp chính quy ở {home}: {kiểm tra nội vụ hằng ngày|giữ nghiêm chế độ trực}, {few} lần kiểm "
           "tra đột "
           "xuất mỗi tháng"),
          ("{pct}% đạt yêu cầu, trên {pct2}% khá, giỏi", "Không có vũ khí, trang bị hư hỏng, mất mát",
           "Không có quân nhân vi phạm kỷ luật"),
          ("Cán bộ {home}", "Chỉ huy, huấn luyện chiến sĩ"), paired=True),
        K(("Tham gia {days} ngày công giúp nhân dân xã {cname} {thu hoạch lúa|khắc phục hậu quả mưa bão|làm đường giao "
           "thông}",
           "Huấn luyện {n} dân quân xã {cname}{, tổ chức diễn tập phòng thủ|}",
           "Tham gia tuyển quân ở xã {cname}: {tuyên truyền Luật Nghĩa vụ quân sự|thăm gia đình thanh niên trúng tuyển}"
           ),
          ("{days} ngày công, có xác nhận của xã", "{pct}% dân quân đạt yêu cầu", "Xã giao quân đủ chỉ tiêu"),
          ("Dân vận, giúp dân", "Huấn luyện dân quân tự vệ"), paired=True),
    ],
    2023: [K(("Xây dựng tủ sách {home} với {books} cuốn về Bác Hồ, về truyền thống quân đội{, mỗi tháng {1|2} buổi "
              "giới "
              "thiệu sách|}",
              "Tổ chức {few} buổi sinh hoạt văn hóa cho chiến sĩ {home}: {thi kể chuyện về Bác|văn nghệ|đọc thơ}"),
             ("{pct}% chiến sĩ đọc ít nhất {few} cuốn", "{few} buổi, {pct}% chiến sĩ tham gia"),
             ("Phát triển văn hóa đọc trong đơn vị",), paired=True)],
    2024: [K(("Dùng phần mềm quản lý quân số, huấn luyện của {home}, {cập nhật hằng ngày|không sai lệch số liệu}",),
             ("Số liệu đúng, báo cáo đúng hạn",), ("Chuyển đổi số trong đơn vị",))],
    2025: [K(("Cùng {home} giúp xã {cname} {làm {m} m đường|xây {1|2} nhà đồng đội|trồng {trees} cây} xây dựng nông "
              "thôn mới",
              "Thăm, tặng quà {few} gia đình chính sách ở xã {cname}"),
             ("Hoàn thành, có biên bản bàn giao", "{few} gia đình được thăm hỏi"),
             ("Dân vận, xây dựng nông thôn mới",), paired=True)],
    2026: [K(("Giữ nghiêm kỷ luật, kỷ cương sau sắp xếp lực lượng: {nhận nhiệm vụ mới đúng hạn|bàn giao vũ khí, hồ sơ "
              "đầy đủ}",
              "Đưa {kk} nội dung quản lý của {home} lên phần mềm, {ký số báo cáo|giảm giấy tờ} theo yêu cầu chuyển "
              "đổi số",
              "Phối hợp với chính quyền xã {cname} sau sắp xếp hai cấp, {huấn luyện dân quân|giúp dân} {few} đợt"),
             ("Không vi phạm kỷ luật", "{kk}/{kk} nội dung vận hành trên phần mềm", "{few} đợt, có xác nhận của xã"),
             ("Kỷ luật, kỷ cương sau sắp xếp", "Chuyển đổi số", "Dân vận"), paired=True)],
}
