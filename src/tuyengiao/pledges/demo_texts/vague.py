"""Vague deeds: stock phrases that promise nothing one could check at the year's end."""

import random

from tuyengiao.pledges.demo_texts.common import _tidy, _Writer

VAGUE_OPENINGS = (
    "Tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Nghiêm túc học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
    "{Tích cực|Tự giác|Thường xuyên|Chủ động} học tập và làm theo Bác",
    "Thường xuyên tu dưỡng, rèn luyện, học tập và làm theo tư tưởng, đạo đức, phong cách của Bác",
    "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với chuyên đề {của năm|toàn khóa}",
    "Luôn học tập và làm theo lời dạy của Bác",
    "Quyết tâm học tập và làm theo Bác một cách thiết thực, hiệu quả",
    "Gương mẫu học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Chủ động nghiên cứu, học tập các chuyên đề về tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Thực hiện tốt Chỉ thị 05-CT/TW và Kết luận 01-KL/TW của Bộ Chính trị",
    "Không ngừng nâng cao nhận thức về ý nghĩa của việc học tập và làm theo Bác",
    "Bản thân {xin|} hứa {tiếp tục|} học tập và làm theo Bác",
    "Là đảng viên, tôi nguyện {luôn|} học tập và làm theo Bác",
    "Học tập và làm theo Bác {là việc làm thường xuyên|phải trở thành việc làm tự giác} của bản thân",
    "Tự giác học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Đăng ký học tập và làm theo Bác {bằng những việc làm thiết thực|trong mọi lĩnh vực công tác}",
    "Ra sức học tập và làm theo tấm gương đạo đức, phong cách của Người",
    "Nguyện làm theo lời Bác dạy “cần, kiệm, liêm, chính, chí công vô tư”",
    "Học Bác {từ những việc nhỏ nhất|trong từng việc làm}",
    "Tiếp tục nâng cao chất lượng học tập và làm theo Bác",
    "Phát huy kết quả {những năm qua|năm trước}, tiếp tục học tập và làm theo Bác",
    "Thấm nhuần lời dạy của Bác, {nỗ lực|cố gắng} học tập và làm theo",
)
VAGUE_CLAUSES = (
    "rèn luyện phẩm chất chính trị, đạo đức, lối sống", "giữ gìn phẩm chất đạo đức cách mạng cần, kiệm, liêm, chính",
    "nâng cao tinh thần trách nhiệm trong thực hiện nhiệm vụ được giao", "hoàn thành tốt mọi nhiệm vụ được giao",
    "phát huy vai trò tiên phong, gương mẫu của người đảng viên", "giữ gìn đoàn kết nội bộ",
    "thực hiện nghiêm những điều đảng viên không được làm", "thực hiện tốt trách nhiệm nêu gương",
    "đấu tranh với các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống",
    "phòng, chống “tự diễn biến”, “tự chuyển hóa” trong nội bộ",
    "chấp hành nghiêm chủ trương của Đảng, chính sách pháp luật của Nhà nước",
    "không ngừng học tập nâng cao trình độ chuyên môn nghiệp vụ", "tích cực tham gia các phong trào thi đua",
    "sống giản dị, khiêm tốn, gần gũi quần chúng", "đổi mới phong cách, lề lối làm việc", "nói đi đôi với làm",
    "gắn học tập với làm theo", "thực hiện nghiêm nguyên tắc tập trung dân chủ", "có ý thức tổ chức kỷ luật",
    "tích cực tự phê bình và phê bình", "thường xuyên tu dưỡng, rèn luyện bản thân",
    "góp phần xây dựng chi bộ trong sạch vững mạnh",
    "tuyên truyền, vận động gia đình và người thân chấp hành tốt các quy định",
    "gương mẫu trong công việc cũng như trong sinh hoạt", "cần cù, chịu khó, yêu nghề",
    "thực hành tiết kiệm, chống lãng phí",
    "kiên quyết chống chủ nghĩa cá nhân", "giữ vững bản lĩnh chính trị", "đặt lợi ích tập thể lên trên lợi ích cá nhân",
    "tận tụy với công việc", "tôn trọng, lắng nghe ý kiến đồng nghiệp", "thường xuyên học hỏi kinh nghiệm",
    "chủ động, sáng tạo trong công việc", "nâng cao hiệu quả công tác", "thực hiện có hiệu quả các cuộc vận động",
    "giữ gìn uy tín, danh dự của người đảng viên", "nâng cao cảnh giác trước âm mưu, thủ đoạn của các thế lực thù địch",
    "đoàn kết, thương yêu, giúp đỡ lẫn nhau", "làm việc đến nơi đến chốn", "luôn gần gũi, lắng nghe quần chúng",
    "thực hiện tốt quy chế làm việc", "phấn đấu trở thành tấm gương sáng", "không ngừng tự hoàn thiện bản thân",
    "tích cực đóng góp ý kiến xây dựng Đảng", "thực hiện tốt quy định về trách nhiệm nêu gương của cán bộ, đảng viên",
    "giữ mối liên hệ mật thiết với nhân dân", "nâng cao ý thức phục vụ nhân dân", "rèn luyện tác phong khoa học",
    "trung thực, thẳng thắn", "sống có trách nhiệm với gia đình và xã hội", "chí công vô tư",
    "không quan liêu, hách dịch", "nghiêm khắc với bản thân, độ lượng với người khác",
    "tích cực tham gia các hoạt động ở nơi cư trú", "xây dựng gia đình văn hóa, hạnh phúc",
    "nâng cao tinh thần đoàn kết, thống nhất", "phát huy tinh thần tự lực, tự cường",
    "giữ gìn và phát huy truyền thống tốt đẹp của quê hương", "vượt qua mọi khó khăn, thử thách",
    "luôn trung thành với lý tưởng của Đảng", "tuyệt đối tin tưởng vào sự lãnh đạo của Đảng",
    "phát huy dân chủ, giữ nghiêm kỷ cương", "làm tốt công tác dân vận", "không ngừng đổi mới, sáng tạo",
    "thực hiện tốt nhiệm vụ chính trị của {cơ quan|đơn vị|địa phương}", "cố gắng khắc phục những hạn chế của bản thân",
    "học tập suốt đời", "biết lắng nghe, biết chia sẻ", "khiêm tốn học hỏi", "sẵn sàng nhận và hoàn thành nhiệm vụ",
    "thực hiện tốt các phong trào ở {cơ quan|khu dân cư|đơn vị}", "gương mẫu chấp hành mọi chủ trương, đường lối",
    "nâng cao chất lượng công tác chuyên môn", "xây dựng tác phong làm việc chuyên nghiệp", "rèn luyện ý chí phấn đấu",
    "hết lòng vì công việc chung", "sống và làm việc theo Hiến pháp và pháp luật",
)
VAGUE_CLOSINGS = (
    "góp phần xây dựng cơ quan, đơn vị ngày càng vững mạnh", "xứng đáng với niềm tin của nhân dân",
    "xứng đáng là người đảng viên", "góp phần hoàn thành thắng lợi nhiệm vụ chính trị của đơn vị",
    "góp phần xây dựng Đảng bộ trong sạch, vững mạnh", "làm theo Bác mọi lúc, mọi nơi",
    "để xứng đáng với sự tin tưởng của tổ chức", "góp phần thực hiện thắng lợi nghị quyết đại hội",
    "góp phần xây dựng quê hương ngày càng giàu đẹp", "xứng đáng với truyền thống của quê hương",
    "góp phần đưa đất nước vững bước vào kỷ nguyên mới", "không phụ lòng tin của chi bộ",
)
VAGUE_TARGETS = ("", "", "", "", "", "Hoàn thành tốt nhiệm vụ", "Được xếp loại hoàn thành tốt nhiệm vụ trở lên",
                 "Không vi phạm", "Đạt yêu cầu", "Hoàn thành xuất sắc nhiệm vụ", "Được chi bộ đánh giá tốt",
                 "Giữ vững phẩm chất người đảng viên")
VAGUE_TIMEFRAMES = ("", "", "Thường xuyên", "Cả năm", "Suốt nhiệm kỳ", "Liên tục", "Trong năm",
                    "Thường xuyên, liên tục",
                    "Trong suốt quá trình công tác")
_VAGUE_JOIN = (", ", ", ", ", ", "; ", ", đồng thời ", ", luôn ", ", không ngừng ")


def vague_deed(rng: random.Random) -> dict:
    """A generic deed of stock phrases: varied wording, nothing measurable, no date."""
    writer = _Writer(rng, {}, {})
    parts = [writer.expand(rng.choice(VAGUE_OPENINGS))]
    clauses = [writer.expand(c) for c in rng.sample(VAGUE_CLAUSES, rng.choice([3, 4, 4, 5, 5, 6, 7]))]
    for i, clause in enumerate(clauses):
        if i == len(clauses) - 1 and len(clauses) > 2 and rng.random() < 0.5:
            parts.append(" và " + clause)
        else:
            parts.append(rng.choice(_VAGUE_JOIN) + clause)
    if rng.random() < 0.6:
        parts.append(", " + rng.choice(VAGUE_CLOSINGS))
    return {"action": _tidy("".join(parts)), "target": rng.choice(VAGUE_TARGETS),
            "timeframe": rng.choice(VAGUE_TIMEFRAMES), "duty": ""}
