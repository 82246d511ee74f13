"""Key points of each year's theme for residents, and their tables ``VILLAGE`` and ``WARD``."""

from tuyengiao.pledges.demo_texts.common import K, with_steps
from tuyengiao.pledges.demo_texts.village import R_CANAL, R_DUTY_COMMON, R_FARM, R_FIRE, R_FOOD

# Key points of the year's theme, per year, for residents.
R_T2023 = with_steps([
    K(("{Quyên góp|Vận động con cháu, dòng họ ủng hộ|Vận động {n} hộ ở {spot} góp} {books} cuốn sách cho tủ sách {nhà "
       "văn hóa {home}|cộng đồng {home}|đặt ở {lm}}, {mở cửa cho thiếu nhi đọc vào {tối thứ Bảy|chiều Chủ nhật|các "
       "buổi "
       "tối dịp hè}|cử người trông coi, cho mượn về nhà}",
       "Phụ trách tủ sách ở {nhà văn hóa {home}|{lm}}: {ghi sổ mượn trả|xin thêm sách của Thư viện tỉnh|sắp xếp theo "
       "chủ "
       "đề}, mở cửa {mỗi tuần {few} buổi|vào tối thứ Bảy, Chủ nhật}{, nhờ chị {woman} trông coi|}",
       "Biến góc nhà {của gia đình|văn hóa {home}} thành góc đọc sách cho {hs} cháu ở {spot}, {đặt {books} cuốn|mượn "
       "sách "
       "luân chuyển của thư viện {xã|phường}}"),
      ("Tủ sách có thêm {books} cuốn; {n} lượt mượn mỗi tháng", "Mỗi tháng mở cửa {kk} buổi, sổ ghi {n} lượt đọc",
       "{books} cuốn được ghi sổ; thiếu nhi đến đọc đều đặn", "Ít nhất {hs} cháu đọc thường xuyên"),
      ("Phát triển văn hóa đọc ở khu dân cư", "Phụ trách tủ sách cộng đồng")),
    K(("Đọc {few} cuốn sách về Bác Hồ {rồi kể lại|và giới thiệu} cho {các cháu ở {spot}|hội viên chi hội} {vào các "
       "buổi "
       "sinh hoạt hè|dịp 19/5|vào tối cuối tuần}",
       "Tổ chức {few} buổi {đọc sách|kể chuyện theo sách} cho thiếu nhi {home} tại {lm}, {mỗi buổi giới thiệu một cuốn|"
       "cho các cháu kể lại}",
       "Giới thiệu {few} cuốn sách hay về {Bác Hồ|quê hương Hà Nam|gương người tốt} trong các buổi họp {chi hội|{home}}"
       ),
      ("{few} buổi, ít nhất {n} em tham gia mỗi buổi", "{few} cuốn, {kk} buổi kể chuyện",
       "Có {n} người mượn đọc sau mỗi buổi giới thiệu"),
      ("Phát triển văn hóa đọc ở khu dân cư",)),
    K(("{Duy trì|Thành lập} câu lạc bộ {dưỡng sinh|thơ ca|hát chèo|dân vũ|bóng chuyền hơi|cầu lông|cờ tướng} của "
       "{home}, "
       "sinh hoạt {mỗi tuần {few} buổi|vào tối thứ Ba, thứ Năm|tại {lm}}",
       "Làm chủ nhiệm câu lạc bộ {thơ|chèo|dưỡng sinh} {home} với {n} hội viên, {tổ chức giao lưu với {nb}|in tập thơ "
       "của "
       "câu lạc bộ|dự liên hoan của {xã|phường}}",
       "Vận động {n} chị em ở {spot} tập {dân vũ|dưỡng sinh|aerobic} buổi tối ở {lm}{, tự góp tiền mua loa|}"),
      ("{n} hội viên sinh hoạt thường xuyên", "Câu lạc bộ có {n} thành viên, dự {1|2} cuộc giao lưu của xã",
       "Nhóm tập duy trì đều, {n2} người tham gia"),
      ("Xây dựng đời sống văn hóa ở khu dân cư", "Hội viên Hội Người cao tuổi")),
    K(("Tham gia đội văn nghệ {home}, dàn dựng {few} tiết mục {chèo, dân ca|về quê hương, về Bác Hồ|múa sạp, dân vũ} "
       "{dự "
       "hội diễn của {xã|phường}|biểu diễn ngày hội Đại đoàn kết 18/11|mừng Đảng, mừng Xuân}",
       "Tập luyện cho đội văn nghệ thiếu nhi {home} {few} tiết mục biểu diễn {đêm Trung thu|ngày 1/6|dịp khai giảng}",
       "Sáng tác {few} bài thơ, bài hát về {quê hương {home}|Bác Hồ|người tốt việc tốt} cho đội văn nghệ {home}"),
      ("{few} tiết mục, {đạt giải ở hội diễn|được biểu diễn ở {few} thôn}", "{n} cháu tham gia, biểu diễn thành công",
       "{few} tác phẩm được biểu diễn hoặc đăng trên loa truyền thanh"),
      ("Văn nghệ quần chúng ở khu dân cư",)),
    K(("Vận động {hh} hộ ở {home} thực hiện {việc cưới, việc tang văn minh|nếp sống văn minh trong việc cưới, việc "
       "tang}: {không mổ lợn mời cả làng|không rải vàng mã trên đường|không để đám tang kéo dài quá 48 giờ|không bật "
       "loa "
       "quá 22 giờ|không ép bà con đi phúng viếng, mừng cưới}",
       "Gia đình tôi {tổ chức đám cưới cho con|làm lễ mừng thọ cho bố mẹ|làm giỗ} gọn nhẹ, {không mời quá {n} "
       "mâm|không phô "
       "trương|không dùng loa thùng}, vận động {n} hộ trong {spot} cùng làm",
       "Tham gia ban lễ tang {home}, {hướng dẫn gia đình tang chủ|vận động các gia đình} {hỏa táng|không rải vàng "
       "mã|rút "
       "ngắn thời gian để tang}{ như gia đình ông {man}|}"),
      ("{pct}% đám cưới, đám tang ở {home} thực hiện đúng hương ước",
       "{hh2} hộ ký cam kết, không có đám nào vi phạm quy ước", "Các đám tang ở {home} đều gọn nhẹ, đúng quy ước"),
      ("Giữ gìn thuần phong mỹ tục, thực hiện nếp sống văn minh", "Chi ủy viên, Trưởng ban công tác Mặt trận")),
    K(("Vận động {hh} hộ {ở|của} {home} đăng ký {danh hiệu Gia đình văn hóa|xây dựng gia đình văn hóa, hạnh phúc}, "
       "{giữ "
       "gìn hương ước|bỏ các hủ tục|không có bạo lực gia đình}",
       "Giữ gia đình {không có bạo lực, con cháu chăm ngoan|đạt danh hiệu gia đình văn hóa {5|10} năm liền}, nhận "
       "giúp {few} "
       "gia đình ở {spot} {hòa thuận trở lại|đạt chuẩn gia đình văn hóa}",
       "Làm {tổ trưởng|thành viên} câu lạc bộ “Gia đình hạnh phúc” {home}, {sinh hoạt {few} lần mỗi quý|tư vấn cho "
       "các cặp vợ "
       "chồng trẻ}"),
      ("{pct}% số hộ đạt Gia đình văn hóa; {home} giữ danh hiệu khu dân cư văn hóa",
       "{few} gia đình được giúp đạt chuẩn", "Không có bạo lực gia đình ở {home}"),
      ("Xây dựng môi trường văn hóa ở khu dân cư",)),
    K(("{Sửa|Bổ sung} hương ước của {home} theo hướng {bỏ hủ tục|xây dựng nếp sống văn minh|giữ gìn cảnh quan}, {lấy ý "
       "kiến {hh} hộ|đưa ra cuộc họp toàn dân thông qua}",
       "Cùng {headman} soạn thảo quy ước {về việc cưới, việc tang|giữ vệ sinh|về lễ hội làng} của {home}, {lấy ý kiến "
       "từng "
       "cụm dân cư|gửi {xã|phường} thẩm định}"),
      ("Hương ước được {xã|phường} công nhận; {hh2}/{hh} hộ ký cam kết thực hiện",
       "Quy ước được thông qua, {pct}% hộ đồng ý"),
      ("Xây dựng môi trường văn hóa ở khu dân cư",)),
    K(("{Sưu tầm|Ghi chép} {k} câu chuyện về {các liệt sĩ của quê hương|Bác Hồ với Hà Nam|truyền thống của làng|nghề "
       "truyền thống của {home}} {để kể cho con cháu ở {home}|in thành tập sách nhỏ của {home}}",
       "Cùng các cụ cao tuổi {home} {viết lại lịch sử chi bộ|ghi lại sự tích đình làng|sưu tầm ảnh xưa của làng}{, in "
       "{few} "
       "bản tặng nhà văn hóa|}"),
      ("{k} câu chuyện, {được đọc ở buổi sinh hoạt hè|có bản in gửi nhà văn hóa}",
       "Hoàn thành bản thảo, giới thiệu tại cuộc họp {home}"),
      ("Giáo dục truyền thống, giữ gìn văn hóa",)),
    K(("Gương mẫu {không uống rượu bia khi điều khiển xe|bỏ hẳn thuốc lá|giữ nếp nhà sáng, xanh, sạch, đẹp|không nói "
       "tục, "
       "chửi bậy}, vận động {n} {đảng viên|hội viên|hộ} ở {spot} cùng thực hiện",
       "Nêu gương trong gia đình: {con cháu không ai vi phạm pháp luật|đóng góp đầy đủ, đúng hạn|đi đầu làm đường, làm "
       "nhà văn hóa}, giúp {few} gia đình ở {spot} làm theo"),
      ("{n2}/{n} người thực hiện, có danh sách theo dõi", "Gia đình không có ai vi phạm; {few} gia đình làm theo"),
      ("Nêu gương của người đảng viên ở nơi cư trú",)),
], ["culture"] * 9)
R_T2024 = with_steps([
    K(("Hướng dẫn {n} hộ ở {spot} {nộp hồ sơ|làm thủ tục} {đăng ký khai sinh|đăng ký thường trú|xin trích lục hộ tịch|"
       "chứng thực bản sao|xin cấp giấy xác nhận} trên Cổng dịch vụ công{, không phải lên {xã|phường} nhiều lần|}",
       "Giúp hộ {ông {man}|bà {woman}} ở {spot} nộp hồ sơ {đăng ký khai sinh cho cháu|xin hỗ trợ|đăng ký thường trú} "
       "trên "
       "Cổng dịch vụ công, {hướng dẫn cách tra cứu kết quả|rồi dạy cả nhà tự làm}",
       "Làm “người hướng dẫn” dịch vụ công của {home}: {trực ở nhà văn hóa tối thứ Bảy|nhận hỏi qua điện thoại}, giúp "
       "bà "
       "con {nộp hồ sơ|tra cứu kết quả} trực tuyến"),
      ("{n2}/{n} hộ nộp được hồ sơ trực tuyến", "{n} người tự tra cứu được kết quả hồ sơ",
       "Hồ sơ được giải quyết đúng hẹn, gia đình không phải lên {xã|phường}"),
      ("Cải cách hành chính, chuyển đổi số ở khu dân cư",)),
    K(("{Cùng|Phối hợp với} Chi đoàn thanh niên mở {few} buổi hướng dẫn {bà con|người cao tuổi|hội viên phụ nữ} ở "
       "{home} "
       "dùng điện thoại thông minh {tra cứu hồ sơ|nộp hồ sơ trực tuyến|cài đặt ứng dụng ngân hàng}{ tại {lm}|}",
       "Dạy {n} {người cao tuổi|chị em phụ nữ} ở {spot} dùng điện thoại thông minh: {gọi video, đọc tin chính "
       "thống|tra "
       "cứu thông tin của {xã|phường}|nhận biết tin giả}"),
      ("{few} buổi, {n} người thực hành được", "{n} người tự làm được trên điện thoại"),
      ("Chuyển đổi số ở khu dân cư",)),
    K(("Tập hợp {ý kiến, kiến nghị|phản ánh} của {bà con|cử tri} ở {spot} {về đường giao thông, thủy lợi|về môi "
       "trường, "
       "rác thải|về chính sách hỗ trợ|về điện chiếu sáng} gửi {Đảng ủy, Ủy ban nhân dân|hội nghị đối thoại của} "
       "{xã|phường}",
       "Dự đầy đủ {few} buổi tiếp xúc cử tri và đối thoại với {xã|phường}, {trực tiếp|thay mặt bà con} nêu {few} kiến "
       "nghị của {home}{, theo dõi đến khi có trả lời|}",
       "Chuyển kiến nghị của hộ {ông {man}|bà {woman}} về {ranh giới đất|chế độ người có công|đường thoát nước} lên "
       "{xã|"
       "phường}, {đi cùng gia đình gặp cán bộ phụ trách|theo dõi đến khi có văn bản trả lời}"),
      ("{100% kiến nghị được chuyển lên trong {days} ngày|Mọi kiến nghị đều có trả lời bằng văn bản}",
       "Có sổ ghi kiến nghị; {pct}% được trả lời trong năm",
       "Kiến nghị được giải quyết, gia đình không phải đi lại nhiều"),
      ("Tiếp xúc, đối thoại, phản ánh kiến nghị của nhân dân", "Chi ủy viên, Trưởng ban công tác Mặt trận")),
    K(("Vận động {hh} hộ ở {spot} {trả tiền điện, nước|đóng bảo hiểm y tế|nộp các khoản đóng góp|mua hàng ở chợ} qua "
       "ứng dụng ngân hàng, không dùng tiền mặt{, hướng dẫn cách quét mã QR|}",
       "Cùng ngân hàng {tổ chức {few} buổi|làm {few} đợt} mở tài khoản tại {lm} cho bà con {home}{, nhất là người cao "
       "tuổi|}",
       "Giúp {n} hộ kinh doanh ở {spot} {treo mã QR thanh toán|bán hàng qua mạng|nộp thuế điện tử}"),
      ("{pct}% số hộ thanh toán không dùng tiền mặt", "{hh2}/{hh} hộ có tài khoản ngân hàng",
       "{n2}/{n} hộ kinh doanh nhận tiền qua mã QR"),
      ("Chuyển đổi số ở khu dân cư",)),
    K(("{Lập|Quản lý} nhóm Zalo {của {home}|của chi bộ {home}|của {spot}}, đăng {thông báo của {xã|phường}, lịch tiêm "
       "chủng|lịch cắt điện, lịch họp|chính sách mới} {để bà con nắm kịp thời|thay cho loa truyền thanh}",
       "Đọc tin trên loa truyền thanh {home} {mỗi tuần {few} buổi|sáng thứ Hai, thứ Năm}, đăng lại lên nhóm Zalo {của "
       "{home}|của chi bộ} cho người đi làm xa"),
      ("{hh2} hộ tham gia nhóm; mỗi tuần ít nhất {few} tin", "{pct}% số hộ có người theo dõi nhóm",
       "Bà con nắm kịp thời các thông báo, không có thắc mắc vì thiếu thông tin"),
      ("Thông tin, tuyên truyền ở khu dân cư",)),
    K(("Công khai {các khoản đóng góp xây dựng nhà văn hóa|thu chi quỹ của {home}|danh sách hộ được hỗ trợ|kinh phí "
       "làm "
       "đường} {tại bảng tin ở {lm}|trong cuộc họp} {hằng quý|6 tháng một lần}, {không để bà con thắc mắc|giải đáp "
       "ngay ý "
       "kiến của bà con}",
       "Làm thành viên Ban thanh tra nhân dân {home}, {giám sát việc làm đường|giám sát bình xét hộ nghèo|giám sát thu "
       "chi quỹ}{, báo cáo trước cuộc họp toàn dân|}"),
      ("{kk} lần công khai, không có đơn thư", "Không có sai phạm; bà con đồng tình với kết quả giám sát"),
      ("Thực hiện dân chủ ở cơ sở",)),
    K(("Gương mẫu chấp hành {quy chế dân chủ ở cơ sở|nội quy họp {home}|quy ước của {home}}: {đi họp đúng giờ|không "
       "vắng "
       "họp không lý do|đóng góp đúng hạn}, vận động {n} hộ ở {spot} cùng thực hiện",
       "Đi họp {chi bộ|{home}} đúng giờ, {tắt điện thoại khi họp|chuẩn bị ý kiến trước}, nhắc {few} đảng viên trong tổ "
       "cùng thực hiện"),
      ("{n2}/{n} hộ dự họp đầy đủ; không có thắc mắc kéo dài", "Không vắng họp; các buổi họp bắt đầu đúng giờ"),
      ("Kỷ cương, nền nếp ở khu dân cư",)),
], ["digital", "digital", "democracy", "digital", "digital", "democracy", "party"])
R_T2025 = with_steps([
    K(("Vận động {hh} hộ {ở|của} {spot} phân loại rác {hữu cơ, vô cơ|tại nguồn|thành ba loại}, {ủ rác hữu cơ làm phân "
       "bón|dùng thùng ủ rác tại hộ|bán phế liệu gây quỹ chi hội|đổ rác đúng giờ, đúng điểm}",
       "Làm {hố|thùng} ủ rác hữu cơ tại gia đình và hướng dẫn {hh} hộ ở {spot} làm theo, {dùng phân ủ bón rau|giảm rác "
       "phải chở đi|tận dụng {lá cây, rơm rạ|rau củ thừa}}",
       "Cùng Chi hội Phụ nữ {home} làm mô hình “{Ngôi nhà xanh|Đổi rác lấy quà|Tuyến phố không rác}” ở {spot}, {hh} hộ "
       "tham gia"),
      ("{hh2}/{hh} hộ phân loại rác; lượng rác chở đi chôn lấp giảm {down}%",
       "{pct}% hộ có hố ủ hoặc thùng ủ rác hữu cơ", "Mô hình duy trì đều, {hh2} hộ làm theo"),
      ("Bảo vệ môi trường, phân loại rác tại nguồn", "Tổ tự quản vệ sinh môi trường")),
    K(("{Phối hợp với Chi hội Phụ nữ|Cùng tổ vệ sinh|Cùng Chi đoàn} ra quân thu gom rác {ven đường, bờ mương|ở điểm "
       "tập "
       "kết|quanh {lm}|dọc đoạn từ {lm} đến {lm2}} của {home} {vào sáng Chủ nhật cuối tháng|hằng tuần}",
       "Xóa {few} điểm đổ rác tự phát ở {spot}{, cắm biển nhắc nhở|, trồng hoa thay thế|, nhờ các hộ gần đó trông coi}",
       "Vớt bèo, rác và khơi thông {m} m {mương tiêu|ao làng|kênh {vname2}} ở {home} cùng {n} đoàn viên, hội viên"),
      ("Thu gom {tons} tấn rác, {home} không còn điểm rác tự phát", "{kk} đợt ra quân, mỗi đợt {n} người tham gia",
       "Không còn điểm rác tồn đọng ở {spot}"),
      ("Bảo vệ môi trường ở khu dân cư",)),
    K(("Xây dựng nông thôn mới: vận động {few} hộ ở {spot} hiến {đất|tường rào|cây cối} mở rộng {ngõ|đường trục|đường "
       "ra đồng}, {cùng bà con "
       "góp {days} ngày công|gia đình tôi hiến {n} m² đất}",
       "Góp {days} ngày công và {mil} triệu đồng cùng bà con làm {m} m {đường bê tông|rãnh thoát nước|đường ra cánh "
       "đồng "
       "{field}} {đoạn từ {lm} đến {lm2}|ở {nb}} theo tiêu chí nông thôn mới",
       "Làm thành viên Ban giám sát đầu tư cộng đồng, giám sát công trình nông thôn mới {đường {home}|nhà văn hóa "
       "{home}|kênh cánh đồng "
       "{field}}{, ghi nhật ký giám sát|}"),
      ("{m} m đường bê tông rộng {3|3,5|4} m hoàn thành", "{few} hộ hiến {n} m² đất, không phải bồi thường",
       "Công trình đúng thiết kế, không có sai phạm"),
      ("Xây dựng nông thôn mới kiểu mẫu", "Vận động nhân dân góp công, góp đất")),
    K(("{Trồng|Cùng Chi hội Phụ nữ trồng} {m} m đường hoa {mười giờ|giấy|cúc tần|dâm bụt} {ven đường {home}|đoạn "
       "từ {lm} "
       "đến {lm2}}, phân công {few} hộ chăm sóc",
       "Nhận chăm sóc {m} m đường hoa {trước cửa nhà|ở {spot}} {tưới nước, làm cỏ|thay cây chết}{, vận động {few} hộ "
       "bên "
       "cạnh cùng làm|}"),
      ("{m} m đường hoa xanh tốt đến cuối năm", "Đường hoa được chấm đạt tuyến đường kiểu mẫu",
       "Không có đoạn nào bị bỏ hoang"),
      ("Xây dựng cảnh quan nông thôn mới, đô thị văn minh",)),
    K(("{Trồng|Vận động bà con trồng} {trees} cây {bóng mát|sấu, bằng lăng|ăn quả|phượng, bàng} {trên đường|quanh {lm}|"
       "ven bờ kênh} của {home}",
       "Ủng hộ {few} cây giống và cùng đoàn viên trồng cây ở {lm}{ dịp Tết trồng cây|}, nhận chăm sóc {few} cây"),
      ("{trees} cây, tỷ lệ sống trên {pct}%", "Cây sống và phát triển tốt, có người chăm sóc"),
      ("Xây dựng cảnh quan nông thôn mới, đô thị văn minh",)),
    K(("Giúp {few} hộ {nghèo|cận nghèo|có hoàn cảnh khó khăn} ở {spot} {con giống|cây giống, phân bón|vốn không lãi} "
       "{và hướng dẫn cách chăm sóc|để phát triển sản xuất}",
       "Nhận đỡ đầu hộ {nghèo|cận nghèo} {ông {man}|bà {woman}} ở {nb}{, mỗi tháng đến thăm, tìm việc làm cho lao "
       "động của "
       "hộ|, cùng Chi hội Phụ nữ giúp hộ vay vốn ưu đãi|, cho {1|2} con lợn giống}",
       "Cho hộ {ông {man}|bà {woman}} mượn {mil} triệu đồng không lấy lãi để {mua bò giống|làm chuồng trại|mua máy may}"
       ),
      ("{1|2} hộ thoát nghèo {vào cuối năm|bền vững}", "Hộ được giúp có thu nhập thêm {3|5|8|10} triệu đồng/năm",
       "Hộ có nguồn thu ổn định, trả lại vốn đúng hẹn"),
      ("Chăm lo an sinh xã hội, giúp đỡ hộ nghèo",)),
    K(("Góp {days} ngày công cùng Chi hội Cựu chiến binh sửa nhà {cho hộ nghèo|cho gia đình chính sách} {ông {man}|bà "
       "{woman}} ở {spot}",
       "Vận động {mil} triệu đồng và {n} ngày công xây nhà đại đoàn kết cho hộ {ông {man}|bà {woman}} ở {home}"),
      ("Sửa xong nhà trước mùa mưa bão", "Nhà được bàn giao trước {dd}/{mm}/{y}"),
      ("Chăm lo an sinh xã hội, giúp đỡ hộ nghèo",)),
    K(("Thăm hỏi, giúp đỡ {few} người cao tuổi sống một mình ở {home}, trong đó có {cụ {old_man}|cụ bà {old_woman}}, "
       "{mỗi "
       "tháng ít nhất một lần|đưa đi khám bệnh khi cần|làm giúp việc đồng áng}",
       "Nhận chăm sóc cụ {old_man} ở {spot} {neo đơn|con cháu ở xa}: {đưa đi lĩnh lương hưu|mua thuốc|dọn dẹp nhà cửa} "
       "{hằng tháng|khi cụ cần}",
       "Cùng Chi hội Người cao tuổi tổ chức mừng thọ cho {n} cụ ở {home}{, tặng quà các cụ neo đơn|}"),
      ("{few} cụ được thăm ít nhất {kk} lần, có sổ ghi chép",
       "Cụ được chăm sóc chu đáo, không để ốm đau mà không ai hay",
       "{n} cụ được mừng thọ, không ai bị bỏ sót"),
      ("Chăm lo người cao tuổi, gia đình chính sách",)),
    K(("Cùng bà con {home} {lắp|góp tiền lắp} {n} bóng đèn {năng lượng mặt trời|chiếu sáng} trên {đường trục|các "
       "ngõ|đoạn "
       "từ {lm} đến {lm2}}, {mỗi hộ góp {mil}0 nghìn đồng|xin thêm kinh phí của {xã|phường}}",
       "Tự lắp {few} bóng đèn chiếu sáng trước cửa nhà và ở {spot}, trả tiền điện hằng tháng"),
      ("{m} m đường có đèn, không còn ngõ tối", "{spot} có đèn sáng suốt đêm"),
      ("Xây dựng nông thôn mới, đô thị văn minh",)),
    K(("Cùng Chi hội Phụ nữ {home} duy trì {“Tổ phụ nữ tự quản vệ sinh môi trường”|“Con đường không rác”|“Ngõ xanh, "
       "sạch, "
       "đẹp”} ở {spot}, {quét dọn vào sáng Chủ nhật|phân công từng hộ}",
       "Vận động {hh} hộ ở {spot} làm {hàng rào xanh|bồn hoa trước cổng|vườn mẫu} đạt chuẩn khu dân cư nông thôn mới "
       "kiểu mẫu",
       "Cùng bà con cải tạo {ao làng|bãi đất trống|khu vực {lm}} thành {vườn hoa|sân chơi cho trẻ em|khu tập thể dục}"),
      ("Tuyến đường sạch đẹp, không còn rác", "{hh2}/{hh} hộ đạt chuẩn vườn mẫu",
       "Công trình hoàn thành, bà con sử dụng"),
      ("Xây dựng nông thôn mới kiểu mẫu", "Bảo vệ môi trường"), paired=True),
    K(("Vận động {n} hộ khá giả ở {home} giúp đỡ hộ nghèo {con giống|vốn|việc làm}, {nhận đỡ đầu từng hộ|lập quỹ xoay "
       "vòng}",
       "Rà soát, bình xét hộ nghèo ở {spot} công khai, đúng người; {giúp hộ làm hồ sơ hưởng chính sách|đề xuất hỗ trợ "
       "kịp "
       "thời}",
       "Vận động {mil} triệu đồng cho quỹ “Vì người nghèo” của {home}, {tặng quà {few} hộ dịp Tết|hỗ trợ học phí cho "
       "con hộ "
       "nghèo}"),
      ("{few} hộ nghèo được giúp, {1|2} hộ thoát nghèo", "Bình xét đúng quy trình, không có khiếu nại",
       "Quỹ đạt {mil} triệu đồng"),
      ("An sinh xã hội, giúp đỡ hộ nghèo",), paired=True),
], ["environment", "environment", "works", "works", "works", "welfare", "welfare", "welfare", "works",
    "environment", "welfare"])
R_T2026 = with_steps([
    K(("Hướng dẫn {n} {người cao tuổi|người dân|hộ} ở {spot} {cài đặt và kích hoạt tài khoản định danh điện tử mức "
       "2|dùng "
       "ứng dụng VNeID thay giấy tờ|tích hợp thẻ bảo hiểm y tế, giấy phép lái xe vào VNeID}",
       "Giúp {cụ {old_man}|cụ bà {old_woman}|hộ ông {man}} và {few} người cao tuổi ở {spot} kích hoạt {định danh điện "
       "tử "
       "mức 2|ứng dụng VNeID} trên điện thoại của con cháu{, ghi lại cách dùng ra giấy|}",
       "Ngồi trực tại {lm} {tối thứ Bảy|sáng Chủ nhật} {few} buổi mỗi tháng để giúp bà con {home} {kích hoạt "
       "VNeID|cập nhật "
       "thông tin trên VNeID|khắc phục lỗi đăng nhập VNeID}"),
      ("{n2}/{n} người kích hoạt thành công", "{pct}% người từ 14 tuổi trở lên ở {spot} có tài khoản định danh điện tử",
       "Các cụ dùng được VNeID khi đi khám bệnh, nhận lương hưu", "Mỗi buổi giúp được {few} đến {n} người"),
      ("Định danh điện tử, chuyển đổi số ở khu dân cư",)),
    K(("Cùng công an {xã|phường} đến từng nhà rà soát {hh} hộ ở {spot} còn {thiếu|sai} thông tin dân cư, hướng dẫn "
       "{điều chỉnh|cập nhật} thông tin trên tài khoản định danh điện tử{, nhất là địa chỉ mới sau sáp nhập|}",
       "Thông báo cho {hh} hộ ở {spot} lịch {cấp căn cước, làm định danh điện tử lưu động|làm định danh điện tử mức "
       "2} của công an {xã|phường}, {đưa "
       "người già, người bệnh đến làm|báo danh sách người chưa làm}",
       "Lập danh sách người ở {spot} {chưa có tài khoản định danh điện tử|chưa kích hoạt định danh điện tử mức 2|đi "
       "làm ăn xa, chưa có định danh điện tử} gửi công an {xã|"
       "phường}, {nhắc gia đình liên hệ|theo dõi đến khi làm xong}"),
      ("{hh2}/{hh} hộ được cập nhật đúng thông tin", "Không còn hộ sai thông tin dân cư ở {spot}",
       "Danh sách đầy đủ, {pct}% người trong danh sách đã làm xong"),
      ("Định danh điện tử, dữ liệu dân cư",)),
    K(("Giúp bà con {spot} làm thủ tục {khai sinh, khai tử|cấp đổi giấy tờ theo địa chỉ mới|xin xác nhận cư trú|đăng "
       "ký "
       "kết hôn} trên Cổng dịch vụ công sau khi {sáp nhập xã|chính quyền hai cấp đi vào hoạt động}, {không phải đi xa "
       "lên "
       "trụ sở mới|đỡ phải đi lại nhiều lần}",
       "{Mở|Cùng Chi đoàn mở} {few} buổi “Bình dân học vụ số” tại {nhà văn hóa {home}|{lm}}, dạy bà con {nộp hồ sơ "
       "trực "
       "tuyến|thanh toán trực tuyến|tra cứu kết quả hồ sơ|nhận biết tin nhắn lừa đảo} trên điện thoại",
       "Nộp hộ hồ sơ trực tuyến cho {few} gia đình {không có điện thoại thông minh|có người già yếu} ở {spot}, {nhận "
       "kết "
       "quả qua bưu điện|báo kết quả tận nhà}"),
      ("{n} hồ sơ nộp trực tuyến thành công", "{n} người tự làm được thủ tục trực tuyến",
       "Các gia đình nhận kết quả đúng hẹn, không phải lên trụ sở mới"),
      ("Dịch vụ công trực tuyến ở khu dân cư", "Đoàn viên, tổ công nghệ số cộng đồng")),
    K(("{Mỗi tháng|Hằng tháng} đến {gặp|thăm} ít nhất {few} hộ ở {spot}, {nghe|ghi lại} {tâm tư, nguyện vọng|kiến "
       "nghị} "
       "của bà con {gửi chi bộ và Ủy ban nhân dân {xã|phường}|phản ánh với chính quyền mới}{, theo dõi đến khi được "
       "giải "
       "quyết dứt điểm|}",
       "Theo dõi kiến nghị của bà con {spot} về {đất đai, ranh giới|đường điện, nước sạch|chế độ chính sách|{lm} "
       "xuống cấp} "
       "đã gửi {chính quyền {xã|phường} mới|cấp trên}, đôn đốc đến khi có trả lời",
       "Gần dân, sát dân: đi cùng hộ {ông {man}|bà {woman}} lên {xã|phường} mới {hỏi việc cấp giấy chứng nhận đất|hỏi "
       "chế độ trợ cấp|gửi "
       "đơn kiến nghị}, {theo dõi đến khi có kết quả|báo lại cho chi bộ}"),
      ("100% kiến nghị được chuyển lên trong {days} ngày; {pct}% được giải quyết dứt điểm",
       "Có sổ ghi kiến nghị; không có kiến nghị quá hạn chưa trả lời", "Việc của gia đình được giải quyết dứt điểm"),
      ("Gần dân, sát dân, phản ánh kiến nghị của nhân dân", "Chi ủy viên, phụ trách tổ đảng")),
    K(("Hướng dẫn {n} {người hưởng lương hưu, trợ cấp|người có công, người cao tuổi} ở {spot} mở tài khoản {nhận lương "
       "hưu, trợ cấp|nhận tiền chính sách} qua ngân hàng{, đi cùng các cụ ra ngân hàng|}",
       "Giúp {cụ {old_man}|cụ bà {old_woman}} và {few} cụ ở {spot} {rút tiền ở cây ATM|kiểm tra tiền lương hưu trên "
       "ứng dụng "
       "ngân hàng|đăng nhập VNeID xem thông tin bảo hiểm} sau khi chuyển sang nhận qua tài khoản"),
      ("{n2}/{n} người nhận tiền qua tài khoản, không còn nhận tiền mặt", "Các cụ tự rút được tiền, không bị mất tiền"),
      ("Chuyển đổi số, an sinh xã hội ở khu dân cư",)),
    K(("Giữ kỷ cương, gương mẫu chấp hành {quy chế làm việc|sự phân công} của chi bộ {home} sau sắp xếp {lại thôn, tổ "
       "dân "
       "phố|đơn vị hành chính}: {dự họp đúng giờ|hoàn thành việc được giao đúng hạn|nhận thêm phụ trách {spot}}{, "
       "không để bà "
       "con phải chờ|}",
       "Sau sắp xếp {ghép thôn|sáp nhập tổ dân phố}, nhận phụ trách {spot}, {đi từng nhà làm quen|nắm lại danh sách "
       "hộ} và báo "
       "cáo chi bộ{ trong tháng đầu|}",
       "Giữ kỷ cương sau sắp xếp lại chi bộ {home}: {chuyển sinh hoạt đúng hạn|nhận nhiệm vụ mới|giữ đoàn kết với "
       "đảng viên {nb}}"),
      ("Không vắng họp không có lý do; {kk}/{kk} việc được giao hoàn thành đúng hạn",
       "Nắm đủ {hh} hộ, báo cáo chi bộ đúng hạn", "Không có đảng viên nào bỏ sinh hoạt sau sắp xếp"),
      ("Kỷ luật, kỷ cương sau sắp xếp tổ chức bộ máy",)),
    K(("Cùng chi ủy rà soát, bàn giao {hồ sơ|sổ sách, tài sản|sổ hộ, danh sách đảng viên} của {{oldunit}|xóm "
       "{hamlet}} sau sắp xếp, công khai cho bà con {home} biết",
       "Kiểm kê tài sản của nhà văn hóa {oldunit} {vname2} ({bàn ghế, loa đài|tủ sách, ti vi}) để bàn giao "
       "cho {home} sau sắp xếp"),
      ("Bàn giao xong trước {dd}/{mm}/{y}, không thất lạc hồ sơ", "Biên bản kiểm kê đầy đủ, không thất thoát"),
      ("Kỷ luật, kỷ cương sau sắp xếp tổ chức bộ máy",)),
    K(("Giải thích cho {hh} hộ ở {spot} về chính quyền địa phương hai cấp: {địa chỉ mới sau sáp nhập|nơi làm thủ tục "
       "của xã mới|số điện thoại đường dây "
       "nóng của {xã|phường} mới}, {phát tờ thông tin tận nhà|đọc trên loa truyền thanh {home}}",
       "Ghi lại và trả lời {n} câu hỏi của bà con {spot} về chính quyền địa phương hai cấp: {đổi giấy tờ sau sáp "
       "nhập|nơi nộp hồ sơ đất đai|cán bộ phụ "
       "trách {home}} trong các buổi họp"),
      ("{hh2}/{hh} hộ nắm được, không ai phải đi nhầm nơi làm thủ tục", "Mọi câu hỏi đều được trả lời"),
      ("Gần dân, chính quyền địa phương hai cấp",)),
    K(("Tham gia tổ công nghệ số cộng đồng {home}: {few} tối mỗi tháng trực ở {lm} giúp bà con {đăng ký tài khoản "
       "dịch vụ "
       "công|nộp hồ sơ trực tuyến|thanh toán phí, lệ phí trực tuyến}",
       "Nhận “kèm” {few} hộ ở {spot} {chưa biết dùng điện thoại thông minh|có người già sống một mình} cho đến khi tự "
       "làm "
       "được thủ tục trên dịch vụ công trực tuyến",
       "Vận động {hh} hộ ở {spot} {cài ứng dụng của {xã|phường} mới|theo dõi trang thông tin điện tử của {xã|phường}} "
       "để "
       "nhận thông báo của chính quyền địa phương hai cấp"),
      ("{n} lượt bà con được giúp, {pct}% làm xong ngay trong buổi", "{few}/{few} hộ tự làm được",
       "{hh2}/{hh} hộ nhận được thông báo trên điện thoại"),
      ("Tổ công nghệ số cộng đồng", "Dịch vụ công trực tuyến ở khu dân cư"), paired=True),
    K(("Cùng Ban công tác Mặt trận tổ chức {1|2} hội nghị để bà con {home} đối thoại với lãnh đạo {xã|phường} mới, "
       "{ghi "
       "đầy đủ kiến nghị|chuẩn bị trước câu hỏi của từng cụm dân cư}",
       "Làm “cầu nối” giữa bà con {spot} và cán bộ của chính quyền địa phương hai cấp phụ trách địa bàn: {đưa số điện "
       "thoại cán bộ đến từng "
       "hộ|hẹn cán bộ về gặp bà con {few} lần}",
       "Nắm và phản ánh {kịp thời|trong ngày} những việc bức xúc của bà con {spot} như {ngập úng|đèn đường hỏng|đường "
       "xuống cấp|rác tồn đọng} với chính quyền địa phương hai cấp"),
      ("Mọi kiến nghị được trả lời, {pct}% giải quyết dứt điểm", "{hh} hộ có số điện thoại của cán bộ phụ trách",
       "Việc bức xúc được xử lý trong {days} ngày"),
      ("Gần dân, sát dân", "Chi ủy viên, Trưởng ban công tác Mặt trận"), paired=True),
    K(("Vận động {n} thanh niên ở {spot} làm “trợ lý số” cho ông bà, cha mẹ: {cài VNeID|nộp hồ sơ trực tuyến|thanh "
       "toán "
       "không dùng tiền mặt}",
       "Giúp {few} hộ kinh doanh ở {spot} {kê khai thuế trực tuyến|đăng ký hộ kinh doanh trực tuyến|dùng hóa đơn điện "
       "tử} sau khi chuyển về {xã|phường} mới"),
      ("{n2}/{n} thanh niên giúp được gia đình mình", "{few}/{few} hộ làm xong trực tuyến"),
      ("Chuyển đổi số ở khu dân cư",), paired=True),
], ["digital", "digital", "digital", "democracy", "digital", "reorg", "reorg", "democracy", "digital", "democracy",
    "digital"])

VILLAGE = {
    "duty": R_DUTY_COMMON + [R_FARM, R_FARM, R_FARM, R_CANAL],
    2023: R_T2023, 2024: R_T2024, 2025: R_T2025, 2026: R_T2026,
}
WARD = {
    "duty": R_DUTY_COMMON + [R_FOOD, R_FOOD, R_FIRE],
    2023: R_T2023, 2024: R_T2024,
    2025: R_T2025 + [K(
        ("Vận động {n} hộ mặt phố ở {spot} {không lấn chiếm vỉa hè để bán hàng|để xe đúng nơi quy định|tháo dỡ biển "
         "quảng cáo sai quy định}",
         "Cùng tổ tự quản {home} {giữ vỉa hè thông thoáng|trồng cây, đặt chậu hoa trước cửa} trên {đường {street}|dãy "
         "phố "
         "{street}}, {kiểm tra {kk} lần mỗi tháng|nhắc nhở ngay khi có vi phạm}"),
        ("{n2}/{n} hộ ký cam kết; {home} đạt chuẩn văn minh đô thị",
         "Không còn điểm lấn chiếm vỉa hè trên tuyến phố được phân công"),
        ("Xây dựng đô thị văn minh, trật tự đô thị",), steps="works")],
    2026: R_T2026,
}
