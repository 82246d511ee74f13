"""Residents' own duties in villages (thôn, xóm) and town wards (tổ dân phố): the ``R_*`` kinds."""

from tuyengiao.pledges.demo_texts.common import K
from tuyengiao.pledges.demo_texts.phrases import TF_COMMON, TF_FARM

R_FARM = K(
    ("{Nhận kèm|Hướng dẫn|Cầm tay chỉ việc cho|Chia sẻ kinh nghiệm với} {n} hộ {ở {spot}|trong {home}|có ruộng ở cánh "
     "đồng {field}} {kỹ thuật|cách} {farm}{, tổ chức {k} buổi thực hành tại ruộng|, cho mượn {máy cày|máy phun thuốc|"
     "máy cấy|máy tuốt lúa} khi cần|, in tờ hướng dẫn phát tận tay|, mời cán bộ khuyến nông về nói chuyện|}",
     "Giúp hộ {ông {man}|bà {woman}} và {few} hộ {trẻ mới ra ở riêng|có ruộng bỏ hoang|còn khó khăn} ở {spot} {kỹ "
     "thuật|"
     "cách} {farm}",
     "Làm mô hình {farm_model} trên {ha} ha {của gia đình|nhận thầu của hợp tác xã} ở cánh đồng {field}, {mở cửa cho "
     "bà "
     "con {home} đến học cách làm|tổ chức {k} buổi tham quan cho hội viên|chia sẻ giống cho các hộ làm theo}",
     "{Chuyển|Vận động {n} hộ chuyển} {ha} ha {ruộng trũng|đất cấy lúa kém hiệu quả|đất bãi} ở cánh đồng {field} sang "
     "{farm_model}"),
    ("{n2}/{n} hộ áp dụng, năng suất tăng {up}% so với {vụ trước|năm {y0}}",
     "Ít nhất {n2} hộ làm theo{, không hộ nào bị mất trắng|}; thu nhập mỗi sào tăng {up}%",
     "{n2} hộ nắm được kỹ thuật, {giảm {down}% chi phí phân bón|không phải phun thuốc quá {few} lần mỗi vụ}",
     "{ha} ha cho lãi cao hơn cấy lúa {up}%, có {few} hộ làm theo"),
    ("Đảng viên làm nông nghiệp, giúp bà con phát triển sản xuất", "Sản xuất nông nghiệp, làm kinh tế giỏi",
     "Hội viên Hội Nông dân, tổ hợp tác sản xuất"),
    TF_FARM + TF_COMMON[:8],
    steps="farming",
)
R_MEDIATE = K(
    ("Tham gia tổ hòa giải {home}, {cùng {headman}|cùng Chi hội Cựu chiến binh|cùng Ban công tác Mặt trận|} hòa giải "
     "{mâu thuẫn về ranh giới đất, lối đi chung|mâu thuẫn gia đình, hàng xóm|các tranh chấp nhỏ giữa các hộ|va chạm do "
     "chăn thả gia súc|mâu thuẫn về thoát nước thải} {ngay từ khi mới phát sinh|trong vòng {days} ngày kể từ khi nắm "
     "được|trước khi bà con gửi đơn lên {xã|phường}}",
     "Nắm tình hình {k} {cụm dân cư|tổ liên gia|ngõ} được phân công ở {home}, kịp thời hòa giải {mâu thuẫn trong nhân "
     "dân|các vụ va chạm, xích mích|tranh chấp ranh giới}{, nhất là ở {spot}|}, không để đơn thư vượt cấp",
     "Đến tận nhà thuyết phục các bên trong {các|những} vụ {tranh chấp đất đai|mâu thuẫn gia đình|xích mích hàng xóm|"
     "tranh chấp lối đi} ở {spot}, {hòa giải theo Luật Hòa giải ở cơ sở|mời người có uy tín trong dòng họ cùng hòa "
     "giải}",
     "Hòa giải dứt điểm vụ tranh chấp {lối đi chung|ranh giới đất|rãnh thoát nước|tường rào} giữa hộ ông {man} và hộ "
     "bà "
     "{woman} ở {spot}{, cùng tổ hòa giải {home}|}"),
    ("{100% vụ việc được hòa giải tại cơ sở|Hòa giải thành ít nhất {pct}% số vụ}; không có đơn thư vượt cấp",
     "Không để xảy ra khiếu kiện đông người; mỗi vụ có biên bản hòa giải",
     "Hòa giải thành {pct}% vụ việc, không vụ nào kéo dài quá {days} tuần",
     "Hai bên ký biên bản hòa giải thành, không gửi đơn lên {xã|phường}"),
    ("Thành viên tổ hòa giải ở khu dân cư", "Giữ gìn đoàn kết, hòa giải mâu thuẫn trong nhân dân"),
    steps="democracy",
)
R_PATROL = K(
    ("{Cùng|Tham gia} tổ an ninh tự quản {home} tuần tra {ban đêm|vào tối thứ Bảy và Chủ nhật|các tuyến đường trục|khu "
     "vực {lm}|đoạn từ {lm} đến {lm2}} {mỗi tháng {k} đêm|{k} buổi mỗi tháng|vào các dịp lễ, Tết}",
     "Nắm tình hình {người tạm trú, người ở nơi khác đến|thanh niên hay tụ tập ở {lm}|người sau cai nghiện|các đối "
     "tượng "
     "có tiền án} ở {home}, kịp thời báo tin cho công an {xã|phường} {qua đường dây nóng|qua nhóm Zalo của tổ an ninh|"
     "trực tiếp}",
     "Trực {điếm canh|chốt} ở {lm} {vào ban đêm|các đêm cuối tuần} cùng {few} đảng viên, {nhắc nhở thanh niên về "
     "sớm|ghi "
     "sổ người lạ ra vào|kiểm tra nhà văn hóa, kho hợp tác xã}"),
    ("{Không để xảy ra|Không có} {vụ trộm cắp|vụ việc phức tạp về an ninh trật tự|tệ nạn xã hội} ở {home}",
     "Cung cấp ít nhất {few} tin báo có giá trị cho công an; {home} giữ danh hiệu khu dân cư an toàn về an ninh trật "
     "tự",
     "{kk} đêm tuần tra có ghi sổ; không có vụ trộm cắp tài sản"),
    ("Tham gia giữ gìn an ninh trật tự ở khu dân cư", "Thành viên tổ an ninh tự quản"),
    steps="security",
)
R_PLEDGE = K(
    ("Vận động {n} {thanh niên|hộ} ở {spot} {không sử dụng, tàng trữ pháo nổ dịp Tết|ký cam kết không tham gia đánh "
     "bạc, tệ nạn xã hội|lắp khóa chống trộm, đèn chiếu sáng trước cổng nhà|không nghe theo lời rủ rê vay tiền qua "
     "mạng}",
     "Đến từng nhà {nhắc|vận động} {n} hộ ở {spot} {cảnh giác với lừa đảo qua điện thoại|không cho người lạ thuê nhà "
     "khi "
     "chưa khai báo tạm trú|giữ xe cẩn thận, khóa cổng ban đêm}"),
    ("{n2}/{n} {hộ|người} ký cam kết; không có vi phạm", "{n2} hộ thực hiện; không có vụ việc phức tạp",
     "Không có ai ở {spot} bị lừa đảo mất tiền"),
    ("Tham gia giữ gìn an ninh trật tự ở khu dân cư",),
    steps="security",
)
R_FUND = K(
    (
        "{Vận động|Cùng Chi hội Khuyến học vận động} con cháu, dòng họ ở {home} đóng góp quỹ khuyến học{, trao thưởng "
        "cho học sinh giỏi và học sinh nghèo vượt khó|, tổ chức lễ tuyên dương vào dịp khai giảng|}",
        "Vận động dòng họ {family} ở {home} {lập|duy trì} quỹ khuyến học{ với {mil} triệu đồng|}, trao thưởng {cho "
        "con cháu đỗ đại học|cho học sinh giỏi|cho các cháu vượt khó}",
        "Đóng góp {mil} triệu đồng vào quỹ khuyến học {home} và vận động {n} gia đình {có con đi làm ăn xa|khá giả} "
        "cùng ủng hộ",
    ),
    (
        'Quỹ đạt {mil} triệu đồng, trao thưởng cho {hs} cháu',
        'Quỹ tăng {up}% so với năm {y0}; {hs} cháu được thưởng',
        '{hs} cháu được khen thưởng{, có {1|2} cháu đỗ đại học|}',
        '{n2} gia đình ủng hộ, quỹ có thêm {mil} triệu đồng',
    ),
    ("Ban Khuyến học của khu dân cư", "Chi hội Khuyến học, dòng họ hiếu học"),
    steps="education",
)
R_TUTOR = K(
    ("Kèm {hs} cháu học sinh {của|ở} {spot} ôn tập {môn Toán, Tiếng Việt|tiếng Anh|để thi vào lớp 10|môn Ngữ văn} {vào "
     "buổi tối|vào chiều thứ Bảy, Chủ nhật|trong dịp hè}{ tại nhà|}",
     "{Mở|Duy trì} lớp tiếng Anh miễn phí cho {hs} em thiếu nhi {ở|của} {home} tại nhà văn hóa, {mỗi tuần {few} "
     "buổi|vào tối thứ Sáu}",
     "Kèm riêng cháu {kid} {ở {spot}|con hộ {ông {man}|bà {woman}}} {đọc, viết|môn Toán|môn Tiếng Anh} vào {buổi tối|"
     "cuối tuần|dịp hè}"),
    ("{hs2}/{hs} cháu tiến bộ, không cháu nào bỏ học", "{hs2} em {thi đỗ vào lớp 10|được lên lớp với điểm khá trở lên}",
     "Cháu lên lớp, điểm {môn Toán|môn Tiếng Việt} từ {5|6} lên {7|8}"),
    ("Đảng viên nghỉ hưu, tham gia công tác khuyến học", "Giáo viên nghỉ hưu sinh hoạt tại nơi cư trú"),
    steps="education",
)
R_HELMET = K(
    (
        "Vận động {n} thanh niên và học sinh ở {home} {đội mũ bảo hiểm khi đi xe máy, xe đạp điện|không đi xe máy khi "
        "chưa đủ tuổi|không lạng lách, đua xe}{ trên đoạn {lm} - {lm2}|}",
        "Cùng Chi đoàn đứng ở {lm} {giờ tan học|sáng thứ Hai} nhắc học sinh {đội mũ bảo hiểm|đi đúng phần đường}{, "
        "ghi tên em vi phạm báo nhà trường|}",
        "Nói chuyện về an toàn giao thông với {n} em học sinh {home} trong buổi sinh hoạt hè{ tại {lm}|}, {phát mũ "
        "bảo hiểm cho {few} em nhà nghèo|cho các em ký cam kết}",
    ),
    (
        '{n2}/{n} {em|thanh niên} ký cam kết; không có tai nạn giao thông nghiêm trọng',
        'Không có em nào vi phạm bị công an nhắc nhở',
        '{pct}% học sinh đội mũ bảo hiểm',
        '{few} mũ bảo hiểm được tặng; các em ký cam kết đầy đủ',
    ),
    ("Tuyên truyền an toàn giao thông ở khu dân cư", "Đoàn viên, tham gia đội thanh niên tình nguyện"),
    steps="education",
)
R_CLEAR = K(
    (
        "{Cùng Chi đoàn|Cùng các hộ ven đường} phát quang {m} m {hành lang đường giao thông|cây che khuất tầm "
        "nhìn|bụi rậm hai bên đường} {đoạn từ {lm} đến {lm2}|ở các ngã ba trong {home}|trên đường trục {home}}",
        "Vận động {n} hộ ven đường {home} {tự cắt tỉa cây, dời vật liệu xây dựng|thu dọn rơm rạ phơi trên đường}{ "
        "đoạn từ {lm} đến {lm2}|}",
        "Tham gia dọn hành lang an toàn giao thông {đoạn từ {lm} đến {lm2}|ở {spot}} cùng đoàn viên {vào sáng Chủ "
        "nhật|dịp ra quân đầu năm}",
    ),
    (
        'Phát quang {m} m, đề nghị {xã|phường} lắp {few} gương cầu lồi ở điểm khuất',
        '{m} m đường thông thoáng',
        '{n2}/{n} hộ thực hiện, đường thông thoáng',
        'Không còn vật cản trên đường {home}',
    ),
    ("Đoàn viên, tham gia đội thanh niên tình nguyện",),
    steps="works",
)
R_RECRUIT = K(
    (
        "Vận động {few} thanh niên trong độ tuổi ở {home} {sẵn sàng lên đường nhập ngũ|tham gia khám tuyển nghĩa vụ "
        "quân sự}, động viên gia đình có con đi bộ đội",
        'Đến nhà động viên {thanh niên|em} {youth} {ở {spot}|} và gia đình {chuẩn bị nhập ngũ|đi khám tuyển đúng lịch}',
        "Nói chuyện truyền thống bộ đội với {few} thanh niên {home} chuẩn bị khám tuyển, {kể về những năm ở chiến "
        "trường|giải đáp chế độ, chính sách khi nhập ngũ}",
    ),
    (
        "{100% thanh niên trúng tuyển lên đường đúng thời gian|Không có thanh niên trốn tránh khám tuyển}; {home} "
        "hoàn thành chỉ tiêu giao quân",
        'Em lên đường nhập ngũ đúng ngày giao quân',
        '{few} thanh niên đi khám tuyển đúng lịch',
    ),
    ("Hội viên Hội Cựu chiến binh, vận động thanh niên thực hiện nghĩa vụ quân sự",),
    steps="party",
)
R_SOLDIER_FAMILY = K(
    (
        "Cùng Chi hội Cựu chiến binh thăm {few} gia đình có con {đang tại ngũ|chuẩn bị nhập ngũ} ở {home}, trong đó "
        "có gia đình {ông {man}|bà {woman}}, {tặng quà|nói chuyện truyền thống|giúp ngày công khi neo người}",
        'Tặng quà, {động viên|giúp ngày công} {few} gia đình quân nhân đang tại ngũ ở {home} dịp {Tết|22/12}',
        "Thăm hỏi gia đình {ông {man}|bà {woman}} ở {spot} có con {đang tại ngũ|vừa nhập ngũ}, {giúp thu hoạch "
        "lúa|động viên gia đình yên tâm}",
    ),
    (
        '{few} gia đình được thăm hỏi{, tặng quà trị giá {mil}00 nghìn đồng|}',
        'Gia đình quân nhân được quan tâm đầy đủ, không ai bị bỏ sót',
        '{kk} lần thăm hỏi, có ghi chép',
    ),
    ("Hội viên Hội Cựu chiến binh",),
    steps="welfare",
)
R_JOBS = K(
    ("Mở rộng {xưởng mây tre đan|cơ sở chế biến nông sản|xưởng may gia công|cơ sở làm bánh đa nem|xưởng mộc} của gia "
     "đình ở {spot}, nhận {n} lao động {nữ|trung tuổi|lúc nông nhàn} ở {home} vào làm{, dạy nghề miễn phí|}",
     "Truyền nghề {mây giang đan|thêu ren|làm nón lá|đan lát|may công nghiệp} cho {n} lao động nữ {ở|của} {home}{, bao "
     "tiêu toàn bộ sản phẩm|, trong đó có chị {woman}|}"),
    ("{n2} lao động có việc làm thường xuyên, thu nhập {3,5|4|4,5|5|6} triệu đồng/người/tháng",
     "{n2}/{n} người làm được sản phẩm đạt chất lượng{, có thu nhập ổn định|}"),
    ("Làm kinh tế hộ gia đình, tạo việc làm cho lao động địa phương",),
    steps="economy",
)
R_BLOOD = K(
    (
        "Hiến máu tình nguyện và vận động {n} người {ở {spot}|trong dòng họ {family}|trong chi hội} cùng tham gia "
        "ngày hội hiến máu của {xã|phường}",
        "Vận động {n} đoàn viên, thanh niên {home} đăng ký hiến máu {đợt tháng {m1}|vào dịp Chủ nhật đỏ}, {đưa đón "
        "các em đến điểm hiến máu|tặng quà cho người hiến lần đầu}",
        "Hiến máu {1|2} lần trong năm{ tại điểm hiến máu của {xã|phường}|}, {vận động vợ, con cùng tham gia|rủ {few} "
        "người bạn cùng đi}",
    ),
    (
        '{n2} người đăng ký hiến máu{, bản thân hiến ít nhất 1 lần|}',
        '{n2} đơn vị máu',
        'Hiến đủ {1|2} lần; {few} người thân cùng tham gia',
    ),
    ("Đảng viên sinh hoạt tại nơi cư trú, tham gia công tác xã hội",),
    steps="health",
)
R_HYGIENE = K(
    (
        "Cùng y tế thôn vận động {hh} hộ ở {spot} {diệt bọ gậy, phòng sốt xuất huyết|đưa người cao tuổi đi khám sàng "
        "lọc tăng huyết áp|đưa trẻ đi tiêm vắc xin đủ mũi|khơi thông cống rãnh quanh nhà}",
        'Cùng tổ vệ sinh {home} phát quang bụi rậm, khơi thông cống rãnh ở {spot}{, phun thuốc diệt muỗi|}',
        "Đưa {n} người cao tuổi ở {spot} đi khám sàng lọc {tăng huyết áp, tiểu đường|mắt} tại trạm y tế{, nhắc uống "
        "thuốc đều|}",
    ),
    (
        '{hh2}/{hh} hộ thực hiện; không có ổ dịch',
        '{pct}% trẻ được tiêm đủ mũi; không có ca sốt xuất huyết',
        '{n2}/{n} cụ được khám, {few} cụ được theo dõi điều trị',
        '{spot} sạch sẽ, không có ca sốt xuất huyết',
    ),
    ("Đảng viên sinh hoạt tại nơi cư trú, phối hợp với y tế thôn",),
    steps="health",
)
R_MEETINGS = K(
    (
        "Dự đầy đủ {kk} buổi sinh hoạt chi bộ {home}, {mỗi buổi đóng góp ít nhất một ý kiến|phản ánh tâm tư của bà "
        "con trong tổ được phân công|chuẩn bị trước ý kiến về việc của {spot}}",
        "Chuẩn bị và trình bày {few} ý kiến về {đường sá, thủy lợi|an ninh, trật tự|vệ sinh môi trường} của {spot} "
        "tại sinh hoạt chi bộ {home}",
        "Nhận làm báo cáo viên {few} buổi sinh hoạt chuyên đề của chi bộ {home} về {chuyên đề năm {y}|tấm gương Bác "
        "Hồ|nghị quyết của {xã|phường}}",
    ),
    (
        '{kk}/{kk} buổi, không vắng mặt không có lý do',
        'Dự đủ {kk} buổi, có {few} ý kiến được đưa vào nghị quyết',
        '{few} buổi, chi bộ đánh giá đạt yêu cầu',
    ),
    ("Đảng viên sinh hoạt tại chi bộ khu dân cư",),
    steps="party",
)
R_WATCH = K(
    ("Nhận phụ trách {few} {hộ|cụm dân cư|nhóm hộ} ở {nb}, {nắm tình hình tư tưởng, đời sống|theo dõi việc chấp hành "
     "hương ước}, báo cáo chi bộ hằng tháng",
     "Nhận phụ trách nhóm hộ ở {spot} (có hộ ông {man}, hộ bà {woman}), {nắm tình hình đời sống|vận động chấp hành "
     "hương ước|giải thích chủ trương mới của {xã|phường}}"),
    ("{few} hộ được phụ trách không vi phạm pháp luật, chấp hành tốt hương ước",
     "Các hộ được phụ trách không có đơn thư, không vi phạm"),
    ("Chi ủy viên, phụ trách tổ đảng", "Đảng viên được chi bộ phân công phụ trách hộ"),
    steps="party",
)
R_RECRUIT_PARTY = K(
    ("Giới thiệu {1|2} quần chúng ưu tú ở {home} {để chi bộ bồi dưỡng, xem xét kết nạp Đảng|đi học lớp nhận thức về "
     "Đảng}",
     "Giúp đỡ quần chúng {youth} ở {spot} {phấn đấu vào Đảng|học lớp cảm tình Đảng}, {gặp gỡ hằng tháng|giao việc cụ "
     "thể "
     "để thử thách}"),
    ("{1|2} quần chúng được kết nạp hoặc đủ điều kiện xem xét kết nạp", "Quần chúng được chi bộ xem xét kết nạp"),
    ("Đảng viên sinh hoạt tại chi bộ khu dân cư",),
    steps="party",
)
R_CANAL = K(
    (
        "{Cùng bà con|Vận động các hộ} {ở {home}|có ruộng ở cánh đồng {field}} nạo vét {m} m {kênh mương nội "
        "đồng|mương tưới|kênh tiêu} {từ {lm} ra cánh đồng {field}|ở cánh đồng {field}}{, khơi thông dòng chảy|} trước "
        "vụ {xuân|mùa}",
        "Vận hành trạm bơm {vname2} {đúng lịch|kịp thời} tưới tiêu cho {ha} ha cánh đồng {field}{, báo hỏng hóc ngay "
        "cho hợp tác xã|}",
        'Cùng tổ thủy nông {khơi thông|kè} {m} m bờ kênh ở cánh đồng {field}, {dọn bèo, rác|đắp lại chỗ sạt lở}',
    ),
    (
        '{m} m kênh được nạo vét, {ha} ha lúa đủ nước tưới',
        'Không để ruộng nào ở cánh đồng {field} bị úng hoặc thiếu nước',
        '{ha} ha được tưới tiêu chủ động',
        'Trạm bơm vận hành an toàn, không để lúa chết khô',
    ),
    ("Sản xuất nông nghiệp, tham gia tổ thủy nông",),
    TF_FARM,
    steps="works",
)
R_STORY = K(
    (
        "Kể chuyện {truyền thống|về Bác Hồ|về những năm chiến đấu} cho {ppl} {thiếu nhi|đoàn viên thanh niên|học "
        "sinh} ở {home} vào {dịp 22/12|dịp 27/7|các buổi sinh hoạt hè|ngày khai giảng}{ tại {lm}|}",
        "Nói chuyện với {ppl} đoàn viên {home} về {truyền thống chiến đấu của quê hương|những kỷ niệm được gặp "
        "Bác|gương liệt sĩ {man}} {tại {lm}|trong buổi sinh hoạt chi đoàn}",
    ),
    (
        '{few} buổi, mỗi buổi ít nhất {n} em tham dự',
        '{few} buổi kể chuyện, có {n} em viết cảm nhận',
        '{few} buổi nói chuyện, chi đoàn ghi nhận',
    ),
    ("Hội viên Hội Cựu chiến binh, giáo dục truyền thống cho thế hệ trẻ",),
    steps="culture",
)
R_MEMORIAL = K(
    (
        "Cùng Chi hội Cựu chiến binh {dọn vệ sinh, thắp hương|chăm sóc} {nhà bia ghi tên liệt sĩ|đài tưởng niệm|nghĩa "
        "trang liệt sĩ} của {home} vào {ngày rằm, mùng một|dịp 27/7|trước Tết}{, thăm gia đình liệt sĩ {man}|}",
        "Nhận chăm sóc {few} phần mộ liệt sĩ ở nghĩa trang {home}, {thắp hương vào ngày rằm|báo tin cho thân nhân ở "
        "xa}",
    ),
    (
        '{kk} lần trong năm, có sổ ghi chép',
        'Nhà bia luôn sạch đẹp, không để cỏ mọc',
        '{few} phần mộ luôn sạch đẹp',
    ),
    ("Hội viên Hội Cựu chiến binh",),
    steps="culture",
)
R_FOOD = K(
    (
        "Hướng dẫn {n} hộ kinh doanh ăn uống ở {spot} {thực hiện an toàn thực phẩm|dùng thực phẩm có nguồn gốc rõ "
        "ràng|che đậy thức ăn, rửa tay đúng cách}, {cùng phường kiểm tra {few} đợt|ký cam kết với tổ dân phố}",
        "Gia đình tôi kinh doanh ăn uống đúng quy định an toàn thực phẩm: {nhập hàng có hóa đơn|lưu mẫu thức ăn|không "
        "dùng phụ gia không rõ nguồn gốc}, vận động {n} hộ cùng dãy phố {street} làm theo",
    ),
    (
        '{n2}/{n} hộ ký cam kết; không có vụ ngộ độc thực phẩm',
        'Không vi phạm an toàn thực phẩm; {n2} hộ làm theo',
    ),
    ("Kinh doanh dịch vụ, tham gia tổ tự quản khu phố",),
    steps="health",
)
R_FIRE = K(
    (
        "Vận động {n} hộ kinh doanh ở {spot} {trang bị bình chữa cháy|kiểm tra đường điện, phòng cháy|mở lối thoát "
        "nạn thứ hai}{, hướng dẫn cách dùng bình chữa cháy|}",
        "Cùng tổ liên gia {spot} {kiểm tra đường điện của {n} hộ|lắp chuông báo cháy chung}, {hướng dẫn dùng bình "
        "chữa cháy|diễn tập thoát nạn {1|2} lần}",
    ),
    (
        '{n2} hộ có bình chữa cháy; không để xảy ra cháy nổ',
        'Tổ liên gia diễn tập ít nhất {1|2} lần, không xảy ra cháy',
    ),
    ("Tham gia tổ liên gia an toàn phòng cháy, chữa cháy",),
    steps="security",
)

R_DUTY_COMMON = [R_MEDIATE, R_PATROL, R_PLEDGE, R_FUND, R_TUTOR, R_HELMET, R_CLEAR, R_RECRUIT, R_SOLDIER_FAMILY, R_JOBS,
                 R_BLOOD, R_HYGIENE, R_MEETINGS, R_WATCH, R_RECRUIT_PARTY, R_STORY, R_MEMORIAL]
