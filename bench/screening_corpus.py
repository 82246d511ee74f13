"""The synthetic corpus of ``bench/screening.py``: deterministic Vietnamese pledges of a
screened year and its history, with the copy rates of real registers (see ``corpus``)."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

YEAR = 2025
THEME = (Path(__file__).resolve().parents[1] / "data" / "eval" / "theme.txt").read_text(encoding="utf-8")

SYLLABLES = ("an bình hòa phú gia đông tây nam bắc thanh hà minh khai nhân lạc sơn tân hưng phước long thịnh "
             "mỹ quang trung hải vân đức thủy lâm tiến lợi thắng hồng kim ngọc xuân thu hạ phong yên định "
             "vĩnh bảo khánh hiệp thuận hợp tường lộc phúc").split()
VERBS = ["Vận động", "Hướng dẫn", "Tổ chức", "Hỗ trợ", "Tuyên truyền cho", "Giúp đỡ", "Kèm cặp", "Thăm hỏi",
         "Tư vấn cho", "Khám sức khỏe cho", "Dạy kỹ năng sống cho", "Tập huấn kỹ thuật cho", "Đối thoại với",
         "Tiếp nhận ý kiến của", "Phát tờ rơi cho", "Lập danh sách", "Kiểm tra", "Giải quyết hồ sơ cho",
         "Cài đặt ứng dụng cho", "Tặng quà", "Phụ đạo miễn phí cho", "Mở lớp cho", "Đến tận nhà động viên",
         "Kết nối việc làm cho", "Giới thiệu vốn vay cho", "Sửa chữa nhà cho", "Xây nhà vệ sinh cho",
         "Trồng cây cùng", "Dọn vệ sinh cùng", "Nhắn tin nhắc lịch cho"]
OBJECTS = ["hộ dân", "hộ nghèo", "học sinh", "người cao tuổi", "hội viên phụ nữ", "đoàn viên thanh niên", "nông dân",
           "hộ kinh doanh", "người bệnh", "phụ huynh", "công nhân", "gia đình chính sách", "trẻ em", "cử tri",
           "hộ cận nghèo", "khách hàng", "tiểu thương", "cựu chiến binh", "thanh niên", "người lao động",
           "học sinh khuyết tật", "phụ nữ mang thai", "hộ nuôi cá", "thợ xây", "người khuyết tật", "trẻ mồ côi",
           "hộ trồng lúa", "xã viên", "hội viên nông dân", "giáo viên trẻ"]
TOPICS = ["phân loại rác thải tại nguồn", "cài đặt VNeID", "nộp hồ sơ trực tuyến", "phòng chống sốt xuất huyết",
          "trồng rau an toàn", "thanh toán không dùng tiền mặt", "an toàn giao thông", "phòng cháy chữa cháy",
          "chăn nuôi an toàn sinh học", "bảo hiểm y tế", "vay vốn ưu đãi", "hòa giải mâu thuẫn",
          "đọc sách về Bác Hồ", "tiêm chủng đầy đủ", "giữ gìn vệ sinh môi trường", "dịch vụ công trực tuyến",
          "trồng cây xanh", "xây dựng gia đình văn hóa", "phòng chống ma túy", "tiết kiệm điện",
          "dinh dưỡng cho trẻ", "phòng chống đuối nước", "kỹ năng thoát nạn khi cháy", "luật đất đai",
          "chuyển đổi cây trồng", "nuôi ong lấy mật", "làm phân hữu cơ", "sử dụng nước sạch", "bảo vệ rừng",
          "phòng chống bạo lực gia đình", "khởi nghiệp", "an toàn thực phẩm", "học tiếng Anh", "tin học văn phòng"]
TIMES = ["trước ngày {d}/{m}", "trong quý {q}", "hằng tháng", "mỗi tuần {k} buổi", "trước Tết Nguyên đán",
         "trong năm", "vào chiều thứ {w} hằng tuần", "trong tháng {m}", "đến hết năm", "mỗi quý {k} lần",
         "trong học kỳ I", "trước mùa mưa bão", "vào dịp hè", "từ tháng {m} đến tháng 12"]
TARGETS = ["{p}% hộ tham gia", "không để xảy ra vi phạm", "đạt {p}% kế hoạch", "ít nhất {k} buổi",
           "tỷ lệ đạt {p}%", "không có hồ sơ trễ hẹn", "giảm {k}0% so với năm trước", "mỗi hộ {k} lần",
           "hoàn thành đúng hạn", "có biên bản nghiệm thu", "có sổ theo dõi", "báo cáo kết quả với chi bộ"]
STOCK = ["Tích cực", "Không ngừng nâng cao nhận thức,", "Thực hiện tốt nhiệm vụ được giao,", "Gương mẫu,", "Chủ động"]
DUTIES = ["Giáo viên chủ nhiệm", "Cán bộ tín dụng", "Công chức Văn phòng - Thống kê", "Bí thư chi bộ, Trưởng thôn",
          "Y sĩ trạm y tế", "Chi hội trưởng Chi hội Phụ nữ", "Công an xã phụ trách địa bàn", "Công nhân may",
          "Cán bộ khuyến nông", "Kế toán", "Bí thư Chi đoàn"]
# Real writing varies more than five frames: how, for whom exactly and why (each is optional).
MANNERS = ["thường xuyên", "trực tiếp", "kiên trì", "phối hợp với tổ dân vận", "cùng cán bộ chuyên trách", "luân phiên",
           "chủ trì", "định kỳ", "bằng hình thức trực tuyến", "kết hợp trực tiếp và trực tuyến", "tự nguyện",
           "cùng gia đình", "theo phân công của chi bộ", "theo cụm dân cư", "đều đặn", "với sự hỗ trợ của nhà trường"]
WHOM = ["có hoàn cảnh khó khăn", "mới chuyển đến", "sống một mình", "trên 60 tuổi", "chưa có việc làm ổn định",
        "thuộc diện chính sách", "ở xa trung tâm", "đồng bào dân tộc thiểu số", "vừa thoát nghèo", "chưa biết chữ",
        "đang điều trị bệnh mãn tính", "là người dân tộc Khmer", "là lao động tự do", "có con nhỏ", "mới kết hôn",
        "bị ảnh hưởng của bão lũ", "chưa có bảo hiểm", "ở khu tái định cư", "đi làm ăn xa về", "là hộ kinh doanh nhỏ"]
WHY = ["để người dân được hưởng lợi", "góp phần xây dựng nông thôn mới", "nhằm giảm thời gian đi lại của bà con",
       "để làm theo lời Bác dạy", "nhằm nâng cao đời sống", "góp phần giữ vững an ninh trật tự", "để tiết kiệm chi phí",
       "nhằm xây dựng đô thị văn minh", "để không ai bị bỏ lại phía sau", "góp phần bảo vệ sức khỏe cộng đồng",
       "nhằm tăng thu nhập cho bà con", "để trẻ em được đến trường", "góp phần chuyển đổi số ở cơ sở",
       "nhằm giảm rác thải nhựa", "để hồ sơ được giải quyết đúng hẹn", "góp phần phòng ngừa tội phạm"]
TEMPLATES = ["Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tham gia đầy đủ sinh hoạt "
             "chi bộ; vận động gia đình và bà con lối xóm giữ gìn vệ sinh môi trường, xây dựng khu dân cư văn hóa số {k}.",
             "Rèn luyện đạo đức, lối sống trong sáng, giản dị; thực hiện tốt nhiệm vụ được giao, mẫu số {k}."]
KINDS = ["thôn", "xóm", "tổ dân phố", "bản", "khu phố", "ấp"]
DETAILS = ["phối hợp với Mặt trận", "cùng Hội Phụ nữ", "bằng nguồn xã hội hóa", "có sự tham gia của đoàn viên",
           "qua loa truyền thanh", "tại nhà văn hóa", "qua nhóm Zalo", "có ghi chép đầy đủ", "theo kế hoạch của chi bộ",
           "đến từng hộ", "không thu tiền", "bằng ngày công của bà con", "có ảnh minh chứng", "báo cáo hằng quý",
           "kết hợp kiểm tra thực tế", "ưu tiên hộ neo đơn", "mời cán bộ chuyên môn", "lập sổ theo dõi riêng",
           "vào buổi tối", "ngoài giờ hành chính", "tại trụ sở", "tại gia đình", "trên địa bàn phụ trách",
           "theo từng nhóm nhỏ", "với tài liệu song ngữ", "có phần thưởng động viên", "cùng cựu chiến binh",
           "nhân dịp kỷ niệm ngày sinh của Bác", "gắn với phong trào thi đua của ngành", "trong khuôn viên cơ quan"]


def place(rng: random.Random) -> str:
    name = " ".join(rng.choice(SYLLABLES) for _ in range(2))
    return f"{KINDS[rng.randrange(len(KINDS))]} {name.title()}"


class _Blanks(dict):
    """Values for a template's blanks, drawn only for the blanks it has."""

    def __init__(self, rng: random.Random):
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str):
        r = self.rng
        value = {"d": lambda: r.randrange(1, 29), "m": lambda: r.randrange(1, 13),
                 "q": lambda: r.choice(["I", "II", "III", "IV"]), "k": lambda: r.randrange(2, 6),
                 "w": lambda: r.choice(["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"]), "p": lambda: r.randrange(60, 101)}[key]()
        self[key] = value
        return value


def fill(rng: random.Random, text: str) -> str:
    return text.format_map(_Blanks(rng))


def details(rng: random.Random) -> str:
    return "".join(f", {detail}" for detail in rng.sample(DETAILS, rng.randrange(0, 3)))


def deed(rng: random.Random, places: list[str]) -> str:
    """One concrete deed at one of the unit's own places (villages, schools, markets are local)."""
    v, o, t, w, g = (rng.randrange(len(x)) for x in (VERBS, OBJECTS, TOPICS, TIMES, TARGETS))
    shape = rng.randrange(5)
    count, where = rng.randrange(5, 400), places[rng.randrange(len(places))]
    if rng.random() < 0.6:
        act = f"{MANNERS[rng.randrange(len(MANNERS))]} {VERBS[v].lower()}"
        act = act[0].upper() + act[1:]
    else:
        act = VERBS[v]
    people = OBJECTS[o] + (f" {WHOM[rng.randrange(len(WHOM))]}" if rng.random() < 0.6 else "")
    if shape == 0:
        text = f"{act} {count} {people} ở {where} về {TOPICS[t]} {fill(rng, TIMES[w])}, {fill(rng, TARGETS[g])}"
    elif shape == 1:
        text = f"{fill(rng, TIMES[w]).capitalize()}, {act.lower()} {people} {where} thực hiện {TOPICS[t]}; {fill(rng, TARGETS[g])}"
    elif shape == 2:
        text = f"Phụ trách {where}: {act.lower()} {count} {people} về {TOPICS[t]}, {fill(rng, TARGETS[g])} {fill(rng, TIMES[w])}"
    elif shape == 3:
        text = f"Về {TOPICS[t]} ở {where}: {act.lower()} {people}{details(rng)}; {fill(rng, TARGETS[g])}"
    else:
        text = f"{fill(rng, TARGETS[g]).capitalize()} trong việc {TOPICS[t]} ở {where}, {act.lower()} {count} {people}"
    text += details(rng)
    if rng.random() < 0.5:
        text += f", {WHY[rng.randrange(len(WHY))]}"
    if rng.random() < 0.15:
        text = f"{STOCK[rng.randrange(len(STOCK))]} {text[0].lower()}{text[1:]}"
    return text + "."


def pledge_text(rng: random.Random, places: list[str]) -> str:
    return "\n".join(deed(rng, places) for _ in range(1 + int(rng.random() < 0.6)))


def edit(rng: random.Random, text: str) -> str:
    """What a copier does: a new number, NFD or old tone marks sometimes."""
    words = text.split(" ")
    for _ in range(rng.randrange(1, 3)):
        i = rng.randrange(len(words))
        if words[i].isdigit():
            words[i] = str(rng.randrange(5, 400))
    text = " ".join(words)
    roll = rng.random()
    if roll < 0.1:
        text = unicodedata.normalize("NFD", text)
    elif roll < 0.2:
        text = text.replace("hòa", "hoà").replace("khỏe", "khoẻ")
    return text


def corpus(n: int, history_years: int = 3, seed: int = 7):
    """(pledges, screened count): n owners with a pledge per year, units of 30 members with one
    collective pledge a year; each unit has its own 4 places that its pledges name. In the
    screened year: 25% copy their own last pledge, 2% copy a colleague's (same unit, this year or
    last), 0.3% share one of a few template texts (big clusters), 3% copy their unit's pledge."""
    from tuyengiao.screening.records import Pledge

    rng = random.Random(seed)
    units = max(1, n // 30)
    places = [[place(rng) for _ in range(4)] for _ in range(units)]
    pledges: list = []
    last: dict[int, str] = {}
    for year in range(YEAR - history_years, YEAR + 1):
        collective_text = {}
        for u in range(units):
            text = pledge_text(rng, places[u])
            collective_text[u] = text
            pledges.append(Pledge(f"{year}-U{u}", f"U{u}", "collective", f"U{u}", year, text, ""))
        for m in range(n):
            roll = rng.random() if year == YEAR else 1.0
            unit = m % units
            colleague = unit + units * rng.randrange(max(1, (n - unit + units - 1) // units))
            if roll < 0.25 and m in last:
                text = edit(rng, last[m])
            elif roll < 0.27 and colleague != m and colleague in last:
                text = edit(rng, last[colleague])
            elif roll < 0.273:
                text = TEMPLATES[rng.randrange(len(TEMPLATES))].format(k=rng.randrange(3))
            elif roll < 0.303:
                text = edit(rng, collective_text[unit])
            else:
                text = pledge_text(rng, places[unit])
            last[m] = text
            duties = DUTIES[m % len(DUTIES)] if m % 10 < 3 else ""
            pledges.append(Pledge(f"{year}-{m}", f"m{m}", "individual", f"U{unit}", year, text, duties))
    screened = sum(1 for p in pledges if p.year == YEAR)
    return pledges, screened
