"""Realistic pledge texts for the demo province, written the way members and units write them.

A concrete deed says what will be done, for whom and where, how it is checked, a measurable target
and a time frame, tied to the person's job. Real members write about the same things in their own
words, so a deed is composed from many independent parts, each drawn from its own pool:

* a *kind* of deed for the member's role (``ROLE_DEEDS``: a topic with several wordings, targets
  and the duty it serves); about two deeds in three take up a key point of the year's theme
  (``YEAR_THEMES`` in ``pledges.demo``), the others stay with the person's own duties;
* where and for whom: places built from the demo's villages, communes and streets ("thôn Bút
  Đông", "tổ dân phố số 3", "ngõ 5 phố Lê Lợi"), people's names, classes, wards of a hospital;
* how: 0 to 3 concrete ``STEPS``, a purpose ("để ..."), a scope ("ưu tiên ..."), an occasion,
  with whom ("phối hợp với Chi hội Phụ nữ"), how it is recorded ("có sổ theo dõi");
* the target, a time frame, and a last pass of ``SYNONYMS`` (the same thing in other words).

Two members therefore almost never write near-identical deeds, as in real registrations; copies
show up only where the demo copies on purpose. Vague deeds (the formalism seed 001 complains
about) are composed the same way from the stock formulas members really use.

Templates: ``{name}`` is a slot, a number or a phrase from a pool, drawn once per deed (a place
named twice is the same place); ``{a|b|c}`` picks one alternative (an empty one makes a part
optional). Only the ``random.Random`` given to the public functions supplies randomness.
"""

import random
import re

from tuyengiao.demo.names import FAMILY, person_name
from tuyengiao.demo.places import DISTRICTS, SYLLABLES_A, SYLLABLES_B, VILLAGES
from tuyengiao.screening.normalize import fold

THEME_SHARE = 0.66  # deeds taking up a key point of the year's theme
THEME_YEARS = (2023, 2024, 2025, 2026)

# -- numbers ---------------------------------------------------------------------------------------


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _int(rng, low, high, step=1):
    return str(rng.randrange(low, high + 1, step))


def _part_of(whole: str, rng, low=0.6, high=1.0) -> str:
    value = int(whole.replace(".", ""))
    return str(max(1, min(value, round(value * rng.uniform(low, high)))))


ROMAN = ["I", "II", "III", "IV"]
NUMBERS = {
    "n": lambda rng, d: _int(rng, 5, 40),
    "n2": lambda rng, d: _part_of(d.get("n"), rng),
    "hh": lambda rng, d: _int(rng, 12, 160),
    "hh2": lambda rng, d: _part_of(d.get("hh"), rng, 0.7),
    "few": lambda rng, d: _int(rng, 2, 5),
    "k": lambda rng, d: _int(rng, 2, 8),
    "kk": lambda rng, d: _int(rng, 4, 12),
    "ppl": lambda rng, d: _int(rng, 20, 300),
    "ppl2": lambda rng, d: _part_of(d.get("ppl"), rng, 0.5, 0.9),
    "pct": lambda rng, d: str(rng.choice([70, 75, 80, 80, 85, 90, 90, 95, 95, 98, 100, 100])),
    "pct2": lambda rng, d: str(rng.choice([50, 60, 65, 70, 75, 80])),
    "pct3": lambda rng, d: _int(rng, int(d.get("pct2")) + 5, 100),
    "up": lambda rng, d: _int(rng, 5, 30),
    "down": lambda rng, d: str(rng.choice([10, 15, 20, 25, 30, 40, 50])),
    "m": lambda rng, d: _thousands(rng.randrange(120, 1800, 10)),
    "books": lambda rng, d: _int(rng, 30, 450),
    "mil": lambda rng, d: _int(rng, 2, 60),
    "days": lambda rng, d: _int(rng, 2, 7),
    "mins": lambda rng, d: _int(rng, 15, 45, 5),
    "hours": lambda rng, d: str(rng.choice([4, 8, 24, 48, 72])),
    "hs": lambda rng, d: _int(rng, 4, 35),
    "hs2": lambda rng, d: _part_of(d.get("hs"), rng, 0.6, 0.9),
    "num": lambda rng, d: _int(rng, 1, 12),
    "num2": lambda rng, d: _int(rng, 1, 15),
    "trees": lambda rng, d: _int(rng, 20, 400, 5),
    "tons": lambda rng, d: _int(rng, 2, 30),
    "ha": lambda rng, d: rng.choice(["0,5", "1", "1,5", "2", "2,5", "3", "4", "5", "6", "8", "10", "12"]),
    "m1": lambda rng, d: _int(rng, 1, 9),
    "m2": lambda rng, d: _int(rng, min(int(d.get("m1")) + 2, 12), 12),
    "dd": lambda rng, d: str(rng.choice([10, 15, 20, 25, 28, 30])),
    "mm": lambda rng, d: _int(rng, 3, 11),
    "q": lambda rng, d: rng.choice(ROMAN[:3]),
    "grade": lambda rng, d: _int(rng, int(d.get("grade_from")), int(d.get("grade_to"))),
    "cls": lambda rng, d: f"{d.get('grade')}{rng.choice('ABCDE')}{rng.choice(['', '', '', '1', '2'])}",
    "vname": lambda rng, d: _village_name(rng),
    "vname2": lambda rng, d: _village_name(rng),
    "cname": lambda rng, d: rng.choice(COMMUNES),
    "cname2": lambda rng, d: rng.choice([c for c in COMMUNES if c != d.get("cname")]),
    "man": lambda rng, d: person_name(rng, "male", rng.randint(1950, 1995)),
    "woman": lambda rng, d: person_name(rng, "female", rng.randint(1950, 1995)),
    "old_man": lambda rng, d: person_name(rng, "male", rng.randint(1930, 1952)),
    "old_woman": lambda rng, d: person_name(rng, "female", rng.randint(1930, 1952)),
    "youth": lambda rng, d: person_name(rng, rng.choice(["male", "male", "female"]),
                                        int(d.get("y")) - rng.randint(18, 25)),
    "kid": lambda rng, d: person_name(rng, rng.choice(["male", "female"]), int(d.get("y")) - rng.randint(7, 15)),
    "family": lambda rng, d: rng.choice(FAMILY[:24])[0],
    "lm2": lambda rng, d: _other(rng, d, "lm"),
}
COMMUNES = [name for district in DISTRICTS for _, name in district[4]]
_NAMED_VILLAGES = [v for v in VILLAGES if " " in v]


def _other(rng: random.Random, writer, name: str) -> str:
    """A second draw from the pool of ``name``, different from the first."""
    first = writer.get(name)
    for _ in range(5):
        value = writer.expand(rng.choice(writer.pools[name]))
        if value != first:
            return value
    return value


def _village_name(rng: random.Random) -> str:
    """A village of the demo's list, or one composed as the demo composes place names."""
    if rng.random() < 0.5:
        return rng.choice(_NAMED_VILLAGES)
    first, second = rng.choice(SYLLABLES_A), rng.choice(SYLLABLES_B)
    while second == first:
        second = rng.choice(SYLLABLES_B)
    return f"{first} {second}"


# -- the template expander -------------------------------------------------------------------------

_SPLITS: dict[str, list[str]] = {}


def _alternatives(inner: str) -> list[str]:
    """``a|b|c`` split at the top level (not inside nested braces); memoised: templates are few."""
    found = _SPLITS.get(inner)
    if found is None:
        found, depth, start = [], 0, 0
        for i, char in enumerate(inner):
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
            elif char == "|" and depth == 0:
                found.append(inner[start:i])
                start = i + 1
        found.append(inner[start:])
        _SPLITS[inner] = found
    return found


class _Writer:
    """Expands templates for one deed: slots are drawn once and then reused."""

    def __init__(self, rng: random.Random, pools: dict, values: dict):
        self.rng, self.pools, self.values = rng, pools, dict(values)

    def get(self, name: str) -> str:
        value = self.values.get(name)
        if value is None:
            if name in self.pools:
                value = self.expand(self.rng.choice(self.pools[name]))
            else:
                value = NUMBERS[name](self.rng, self)
            self.values[name] = value
        return value

    def expand(self, text: str) -> str:
        if "{" not in text:
            return text
        out, i = [], 0
        while True:
            j = text.find("{", i)
            if j < 0:
                out.append(text[i:])
                return "".join(out)
            out.append(text[i:j])
            depth, k = 0, j
            while True:
                if text[k] == "{":
                    depth += 1
                elif text[k] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            inner = text[j + 1 : k]
            options = _alternatives(inner)
            out.append(self.expand(self.rng.choice(options)) if len(options) > 1 else self.get(inner))
            i = k + 1


_SPACE_BEFORE = re.compile(r"\s+([,;:.)%])")
_DOUBLE = re.compile(r"([,;])\s*[,;]")


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _DOUBLE.sub(r"\1", text)
    text = text.strip(" ,;")
    return text[:1].upper() + text[1:] if text else text


_KEEP_CAPITAL = {"Bác", "Hội", "Chi", "Đoàn", "Ban", "Tết", "Khoa", "Trạm", "Nhà", "Cổng", "Quỹ", "Tổ", "Đội"}


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in _KEEP_CAPITAL or not first[1:].islower():
        return text
    return text[:1].lower() + text[1:]


# -- shared pools ----------------------------------------------------------------------------------

TF_COMMON = (
    "Năm {y}", "Năm {y}", "Cả năm {y}", "Trong năm {y}", "Từ tháng {m1} đến tháng {m2}/{y}",
    "Từ tháng {m1}/{y} đến hết năm", "Trước ngày {dd}/{mm}/{y}", "Hoàn thành trước {dd}/{mm}/{y}",
    "Quý {q}/{y}", "Quý {q} năm {y}", "Hằng tháng, từ tháng {m1}/{y}", "6 tháng cuối năm {y}",
    "Đến hết ngày 31/12/{y}", "Trong tháng {m1}/{y}", "Từ nay đến cuối năm {y}",
    "Đợt 1 tháng {m1}, đợt 2 tháng {m2}/{y}", "Bắt đầu từ tháng {m1}/{y}, duy trì thường xuyên",
    "Từ {dd}/{m1} đến {dd}/{m2}/{y}", "Hằng quý, tổng kết vào tháng 12/{y}", "Năm {y}, sơ kết vào tháng 6",
    "Tháng {m1} đến tháng {m2} năm {y}", "Đến tháng {m2}/{y}", "Xong trong quý {q}, duy trì đến hết năm {y}",
    "Thực hiện từ tháng {m1}, hoàn thành tháng {m2}/{y}", "Mỗi tháng một lần trong năm {y}",
    "Trước 31/12/{y}", "Từ quý {q}/{y}", "Năm {y} và các năm tiếp theo",
)
TF_FARM = ("Vụ xuân {y}", "Vụ mùa {y}", "Vụ xuân và vụ mùa {y}", "Vụ đông {y}-{y1}", "Từ vụ mùa {y} đến vụ xuân {y1}",
           "Trước vụ mùa {y}", "Suốt vụ xuân {y}")
TF_SCHOOL = (
    "Năm học {y}-{y1}", "Năm học {y}-{y1}", "Học kỳ I năm học {y}-{y1}", "Học kỳ II năm học {y0}-{y}",
    "Từ tháng 9/{y} đến tháng 5/{y1}", "Hằng tuần trong năm học {y}-{y1}", "Dịp hè {y}",
    "Trước khi kết thúc học kỳ I năm học {y}-{y1}", "Từ tháng {m1} đến tháng {m2}/{y}", "Năm {y}",
    "Từ đầu năm học {y}-{y1}", "Cả năm học {y}-{y1}, sơ kết cuối học kỳ I", "Tháng 9 đến tháng 12/{y}",
)
SUBJECTS = ("Toán", "Ngữ văn", "Tiếng Anh", "Vật lý", "Hóa học", "Sinh học", "Lịch sử", "Địa lý", "Tin học",
            "Tiếng Việt", "Khoa học tự nhiên", "Giáo dục công dân", "Công nghệ")
HAMLETS = ("Chùa", "Đình", "Giữa", "Trên", "Dưới", "Ngoài", "Trong", "Đồng", "Chợ", "Mới", "Cầu", "Bến", "Đông",
           "Đoài", "Nam", "Bắc", "Trại", "Vạn")
FIELDS = ("Mả Mới", "Đồng Trũng", "Cửa Đình", "Bãi Sông", "Đồng Cao", "Gò Dài", "Mười Mẫu", "Ao Vuông", "Đồng Chằm",
          "Cầu Đá", "Đồng Sau", "Bờ Đê", "Ruộng Chùa", "Cồn Giữa", "Đồng Bông", "Lòng Chảo", "Ba Gò", "Đồng Nổ")
STREETS = ("Lê Lợi", "Trần Hưng Đạo", "Biên Hòa", "Lê Hoàn", "Trường Chinh", "Lý Thường Kiệt", "Nguyễn Văn Trỗi",
           "Quy Lưu", "Đinh Tiên Hoàng", "Lê Công Thanh", "Châu Cầu", "Nguyễn Viết Xuân", "Hoàng Hoa Thám", "Trần Phú",
           "Lê Chân", "Phan Bội Châu", "Nguyễn Thiện Thuật", "Tô Hiến Thành", "Ngô Quyền", "Bà Triệu", "Lý Thái Tổ",
           "Đinh Công Tráng", "Trần Thị Phúc", "Nguyễn Hữu Tiến", "Minh Khai", "Hai Bà Trưng")
LANDMARKS = ("nhà văn hóa", "cổng làng", "đình làng", "chùa {vname2}", "trường mầm non", "trạm bơm", "cầu {vname2}",
             "ngã ba {vname2}", "nghĩa trang liệt sĩ", "trạm y tế", "chợ {vname2}", "bờ đê", "sân bóng", "ao làng",
             "điếm canh đê", "cống {vname2}", "bến đò", "miếu {vname2}")

RESIDENT_WITH = (
    "phối hợp với Chi hội Phụ nữ {home}", "cùng Chi hội Cựu chiến binh", "phối hợp với Ban công tác Mặt trận",
    "cùng Chi đoàn thanh niên {home}", "phối hợp với {headman}", "cùng các đảng viên trong tổ {num}",
    "có sự hỗ trợ của công an viên", "cùng tổ tự quản {home}", "phối hợp với Chi hội Người cao tuổi",
    "cùng {few} đảng viên được chi bộ phân công", "cùng vợ, con trong gia đình", "nhờ cán bộ {xã|phường} hỗ trợ",
    "phối hợp với Chi hội Nông dân", "cùng Ban thanh tra nhân dân", "cùng đồng chí {man}", "cùng chị {woman}",
)
RESIDENT_PROOF = (
    "có sổ theo dõi từng hộ", "lập danh sách và báo cáo chi bộ hằng quý", "ghi chép vào sổ tay đảng viên",
    "có danh sách hộ ký xác nhận", "chụp ảnh lưu làm minh chứng", "báo cáo kết quả tại buổi sinh hoạt chi bộ tháng 12",
    "kết quả được {headman} xác nhận", "công khai kết quả tại cuộc họp {home} cuối năm",
    "ghi sổ theo dõi, chi ủy kiểm tra {few} tháng một lần", "đưa vào nội dung sinh hoạt chi bộ hằng tháng",
    "lập bảng theo dõi dán ở nhà văn hóa", "báo cáo bằng văn bản với chi ủy", "có xác nhận của Ban công tác Mặt trận",
)
RESIDENT_EXTRA = (
    "được bà con đồng tình", "duy trì đến hết năm", "có {few} hộ điển hình để nhân rộng",
    "không phát sinh trường hợp mới",
    "phấn đấu được {xã|phường} biểu dương", "không có ý kiến phàn nàn", "tăng so với năm {y0}",
    "để bà con trong {spot} làm theo", "nhân rộng ra {nb}", "không để ai bị bỏ lại phía sau",
    "được chi bộ đánh giá cao", "không để bà con phải chờ", "có ảnh, danh sách kèm theo", "làm gương cho đảng viên trẻ",
    "cuối năm tự kiểm điểm trước chi bộ", "được Ban công tác Mặt trận xác nhận", "bà con hài lòng",
)
RESIDENT_SPOT = ("ngõ {num2}", "cụm dân cư số {num2}", "tổ liên gia số {num2}", "xóm {hamlet}", "khu {field}",
                 "xóm {hamlet}", "dãy nhà ven đường trục", "khu vực đầu làng", "khu vực cuối làng")
WARD_SPOT = ("ngõ {num2} phố {street}", "đường {street}", "khu tập thể {vname2}", "dãy phố {street}", "ngách {num2}",
             "tổ liên gia số {num2}", "khu chung cư {vname2}", "ngõ {num2}")
RESIDENT_PREFIX = ("", "", "", "", "", "Bản thân ", "Tôi ", "Trực tiếp ", "Cùng gia đình, ", "Là đảng viên, tôi ")
FARM = (
    "cấy lúa theo phương pháp SRI, giảm lượng giống và phân đạm", "trồng rau an toàn theo hướng VietGAP",
    "nuôi gà thả vườn trên đệm lót sinh học", "ủ rơm rạ và phụ phẩm nông nghiệp làm phân hữu cơ",
    "phòng bệnh dịch tả lợn châu Phi", "ghép cải tạo vườn bưởi, vườn ổi", "trồng nấm rơm trái vụ",
    "nuôi cá kết hợp cấy lúa", "gieo mạ khay, cấy máy", "nuôi bò sinh sản, trồng cỏ làm thức ăn",
    "nuôi ong lấy mật", "trồng dưa lưới trong nhà màng", "phun thuốc bảo vệ thực vật đúng liều, đúng lúc",
    "trồng chuối tiêu hồng", "trồng rau cần sạch", "nuôi lươn không bùn", "làm lúa nếp cái hoa vàng theo hướng hữu cơ",
    "dùng chế phẩm sinh học xử lý chuồng trại", "bón phân cân đối cho lúa", "phòng trừ chuột hại lúa",
)
FARM_MODEL = (
    "lúa - cá", "chuối tiêu hồng", "rau cần sạch", "trồng nấm sò", "nuôi lươn không bùn", "dưa lê luân canh với lúa",
    "nuôi gà ri lai", "vườn cây ăn quả kiểu mẫu", "rau hữu cơ trong nhà lưới", "nuôi cá rô đồng", "trồng sen lấy hạt",
    "nuôi vịt thịt an toàn sinh học",
)


# -- how a deed is carried out: short concrete steps, 0 to 3 of them appended to an action ---------

STEPS = {
    "digital": (
        "đến tận nhà các cụ không đi lại được", "chụp ảnh giấy tờ, điền hồ sơ giúp bà con",
        "hướng dẫn cách đặt mật khẩu và giữ bí mật mã OTP", "nhắc bà con không đọc mã xác thực cho người lạ",
        "ghi các bước ra giấy dán cạnh điện thoại", "nhờ con cháu ở nhà hỗ trợ thêm",
        "làm mẫu trên điện thoại của mình",
        "kiểm tra lại sau một tuần xem bà con còn dùng được không", "lập nhóm Zalo để hỏi đáp khi vướng mắc",
        "cho người chưa có điện thoại thông minh mượn máy ở nhà văn hóa", "ưu tiên người cao tuổi, người khuyết tật",
        "ghi tên từng người vào sổ để theo dõi", "làm buổi hướng dẫn chung tối thứ Bảy tại nhà văn hóa",
        "in mã QR của {xã|phường} dán ở nhà văn hóa", "hỏi lại cán bộ một cửa những trường hợp khó",
        "dạy cách nhận biết trang web, tin nhắn giả mạo", "chờ bà con làm xong từng bước mới sang bước sau",
        "ghi lại các lỗi hay gặp để hỏi công an {xã|phường}", "mượn điện thoại của con cháu để cài giúp",
        "làm lại cho người quên mật khẩu", "chụp màn hình kết quả gửi vào nhóm Zalo",
    ),
    "environment": (
        "phát cho mỗi hộ một bộ thùng đựng rác có nắp", "nhắc nhở các hộ còn đổ rác ra bờ mương",
        "làm mẫu hố ủ rác ngay tại vườn nhà mình", "thu gom vỏ chai, giấy vụn bán lấy tiền gây quỹ",
        "dán bảng hướng dẫn phân loại ở điểm tập kết", "chấm điểm các hộ hằng tháng, biểu dương hộ làm tốt",
        "vận động bà con dùng làn, túi vải khi đi chợ", "trồng hoa ở những chỗ trước đây hay đổ rác",
        "giao mỗi hộ tự quản đoạn đường trước cửa nhà", "cùng đoàn viên thanh niên dọn rác ven đường",
        "đưa việc giữ vệ sinh chung vào hương ước", "hẹn giờ thu gom cố định với tổ thu gom",
        "nhắc trên loa truyền thanh vào sáng Chủ nhật", "tận dụng phân ủ để bón cho vườn rau",
        "làm mẫu trước cửa nhà mình", "thu gom vỏ bao thuốc bảo vệ thực vật về bể chứa",
        "gắn biển tên hộ phụ trách từng đoạn đường", "đổi rác tái chế lấy cây giống cho các hộ",
    ),
    "welfare": (
        "lập danh sách để giúp đúng người, đúng việc", "đến thăm ít nhất mỗi tháng một lần",
        "vận động con cháu ở xa cùng hỗ trợ", "giới thiệu lao động của hộ vào làm ở khu công nghiệp",
        "giúp hộ làm hồ sơ vay vốn ưu đãi", "tặng quà vào dịp Tết và ngày 27/7",
        "cùng Chi hội Phụ nữ nấu cơm giúp khi các cụ ốm", "góp ngày công sửa mái nhà, bếp",
        "theo dõi đến khi hộ ổn định cuộc sống", "đưa các cụ đi khám bệnh khi cần",
        "vận động các nhà hảo tâm trong {home} ủng hộ", "hỏi han để biết hộ cần gì trước khi giúp",
        "cùng hộ lập kế hoạch chăn nuôi, trồng trọt", "nhờ hàng xóm để ý giúp khi vắng nhà",
        "kết nối với Hội Chữ thập đỏ {xã|phường}", "vận động hộ khá giả cho vay vốn không lãi",
        "đưa trẻ nhà hộ đi học đầy đủ", "giúp hộ bán nông sản",
    ),
    "security": (
        "ghi sổ người lạ đến tạm trú", "cùng công an viên kiểm tra các điểm hay tụ tập",
        "nhắc các hộ khóa cổng, cất xe cẩn thận", "báo ngay cho công an khi thấy dấu hiệu bất thường",
        "đưa nội dung phòng chống tệ nạn vào các cuộc họp", "giữ liên lạc với gia đình các thanh niên hay chơi khuya",
        "vận động lắp thêm đèn chiếu sáng ở ngõ tối", "cùng Chi đoàn tuyên truyền phòng chống ma túy",
        "nhắc bà con cảnh giác với các cuộc gọi lừa đảo", "trao đổi với công an phụ trách địa bàn hằng tháng",
        "ghi nhật ký từng ca tuần tra",
    ),
    "culture": (
        "phân công người trông coi", "ghi sổ theo dõi mượn trả", "mời các cụ cao tuổi kể chuyện cho thiếu nhi",
        "tổ chức thi kể chuyện theo sách cho các cháu", "giới thiệu sách mới trên loa truyền thanh",
        "phối hợp với nhà trường động viên học sinh đến đọc", "mời hội viên các chi hội cùng tham gia",
        "giữ gìn các làn điệu dân ca của địa phương", "vận động con cháu đi làm ăn xa về dự",
        "đưa nội dung vào hương ước để bà con cùng thực hiện", "bình xét gia đình văn hóa công khai cuối năm",
        "xin thêm sách của Thư viện tỉnh", "tự bỏ tiền mua thêm {few} bộ truyện thiếu nhi",
        "nhắc nhở nhẹ nhàng những gia đình còn phô trương",
    ),
    "democracy": (
        "ghi đầy đủ vào sổ kiến nghị", "báo cáo chi ủy ngay trong tuần", "hẹn lịch trả lời cụ thể cho bà con",
        "thông báo kết quả giải quyết trong cuộc họp {home}", "đi cùng bà con lên {xã|phường} khi cần",
        "phân loại kiến nghị theo từng lĩnh vực", "đôn đốc cán bộ phụ trách của {xã|phường}",
        "trả lời ngay những việc thuộc thẩm quyền của {home}", "công khai trên bảng tin và nhóm Zalo của {home}",
        "lắng nghe cả những ý kiến trái chiều", "mời người có uy tín trong dòng họ cùng dự",
        "ghi lại số điện thoại của cán bộ phụ trách để bà con liên hệ",
        "chụp ảnh hiện trạng gửi kèm kiến nghị", "hỏi lại ý kiến bà con sau khi được giải quyết",
        "không hứa những việc ngoài thẩm quyền", "báo ngay những việc gấp cho Chủ tịch {xã|phường}",
    ),
    "party": (
        "chuẩn bị ý kiến bằng văn bản trước mỗi buổi", "báo cáo chi ủy tình hình các hộ được phân công",
        "gặp gỡ, trao đổi trực tiếp ít nhất mỗi tháng một lần", "giới thiệu tài liệu cho quần chúng tự học",
        "giao việc cụ thể để quần chúng rèn luyện", "nhận xét bằng văn bản gửi chi bộ", "đóng đảng phí đầy đủ, đúng kỳ",
        "nhận thêm việc khi chi bộ phân công", "góp ý thẳng thắn trong sinh hoạt chi bộ",
        "đọc trước nghị quyết của {xã|phường} để góp ý", "ghi sổ tay những việc đã làm",
    ),
    "farming": (
        "mời cán bộ khuyến nông về hướng dẫn", "cho các hộ xem ruộng mẫu của gia đình",
        "cung ứng giống tốt với giá gốc", "nhắc lịch phun thuốc, bón phân qua nhóm Zalo",
        "ghi chép năng suất từng hộ để so sánh", "liên hệ thương lái bao tiêu sản phẩm",
        "cho mượn máy móc của gia đình",
        "hướng dẫn ghi nhật ký đồng ruộng", "chia sẻ kinh nghiệm phòng trừ sâu bệnh", "thăm đồng cùng bà con mỗi tuần",
        "làm dịch vụ làm đất với giá ưu đãi cho hộ khó khăn",
    ),
    "education": (
        "mượn phòng ở nhà văn hóa làm lớp học", "chấm bài, nhận xét cho từng cháu",
        "trao đổi với cha mẹ các cháu hằng tháng",
        "tặng vở, bút cho các cháu có hoàn cảnh khó khăn", "phối hợp với giáo viên chủ nhiệm theo dõi kết quả",
        "khen thưởng các cháu tiến bộ vào cuối kỳ", "nhắc các cháu về nhà đúng giờ",
        "kể chuyện về các tấm gương học giỏi của làng", "ghi tên từng cháu vào sổ theo dõi",
        "mời sinh viên của {home} về dạy giúp dịp hè",
    ),
    "works": (
        "vận động các hộ hiến đất, tháo dỡ tường rào", "góp ngày công đổ bê tông",
        "công khai kinh phí đóng góp trên bảng tin",
        "giám sát chất lượng cùng Ban giám sát đầu tư cộng đồng", "phân công các hộ chăm sóc sau khi làm xong",
        "xin thêm xi măng hỗ trợ của {xã|phường}", "vận động con em đi làm ăn xa ủng hộ kinh phí",
        "làm xong trước mùa mưa",
        "bàn với các hộ ven đường trước khi làm", "dùng quỹ của {home} trả tiền điện, thay bóng hỏng",
        "mời các hộ ký biên bản đồng thuận",
    ),
    "health": (
        "nhắc lịch qua loa truyền thanh", "đưa các cụ đi bằng xe của gia đình", "ghi tên người tham gia vào sổ",
        "phối hợp với y tế thôn kiểm tra lại", "lật úp dụng cụ chứa nước quanh nhà",
        "tặng quà cho người tham gia lần đầu",
        "vận động người trong dòng họ cùng làm",
    ),
    "economy": (
        "dạy nghề miễn phí trong ba tháng đầu", "trả công theo sản phẩm, thanh toán đúng hẹn",
        "ưu tiên nhận lao động nữ",
        "đóng bảo hiểm cho người làm lâu dài", "liên kết với công ty để có đơn hàng ổn định",
        "cho người làm mang nguyên liệu về nhà làm lúc nông nhàn", "mua sắm thêm máy móc",
    ),
    "reorg": (
        "lập biên bản bàn giao có chữ ký các bên", "rà soát lại từng hồ sơ trước khi bàn giao",
        "thông báo địa chỉ, số điện thoại liên hệ mới cho bà con", "giải đáp thắc mắc ngay tại cuộc họp",
        "nhận thêm việc mà không đòi hỏi", "báo cáo chi ủy những việc còn vướng", "giữ nền nếp sinh hoạt như trước",
        "cập nhật danh sách hộ theo địa giới mới",
        "sắp xếp lại tủ hồ sơ theo đơn vị mới", "giới thiệu cán bộ phụ trách mới với bà con",
        "giữ liên lạc với đảng viên của đơn vị cũ", "chuyển sinh hoạt đảng đúng hạn",
    ),
}
STEPS.update({
    "teaching": (
        "chuẩn bị phiếu bài tập theo từng mức độ", "kiểm tra miệng đầu mỗi buổi", "chia nhóm theo năng lực",
        "trao đổi với phụ huynh qua sổ liên lạc", "khen ngợi kịp thời khi các em tiến bộ",
        "soạn đề ôn tập riêng cho từng nhóm",
        "dùng trò chơi học tập cho các em hứng thú", "nhờ học sinh khá kèm bạn", "chấm, chữa bài chi tiết",
        "ghi nhận xét vào vở từng em", "cho các em làm bài kiểm tra thử", "phối hợp với giáo viên chủ nhiệm",
        "theo dõi tiến bộ của từng em trong sổ riêng", "tặng sách tham khảo cho em có hoàn cảnh khó khăn",
        "gọi điện cho phụ huynh khi các em vắng buổi", "dạy lại phần kiến thức các em còn hổng",
    ),
    "classroom": (
        "họp phụ huynh đầu năm để thống nhất cách phối hợp", "thăm nhà các em vào cuối tuần",
        "lập nhóm Zalo lớp để trao đổi",
        "bố trí chỗ ngồi phù hợp cho từng em", "giao việc cho ban cán sự lớp", "tổ chức sinh hoạt lớp theo chủ đề",
        "nêu gương những em tiến bộ trước lớp", "trao đổi riêng với những em có khó khăn",
        "phối hợp với Tổng phụ trách Đội",
        "ghi sổ theo dõi nề nếp hằng tuần", "mời phụ huynh dự một tiết sinh hoạt lớp",
        "cùng các em làm bản nội quy lớp",
    ),
    "school_digital": (
        "hướng dẫn từng bước trong buổi họp phụ huynh", "làm video hướng dẫn ngắn gửi nhóm lớp",
        "hỗ trợ phụ huynh không có điện thoại thông minh ngay tại trường", "kiểm tra lại hồ sơ trước khi nộp",
        "nhờ giáo viên Tin học hỗ trợ những trường hợp khó", "lập danh sách phụ huynh đã làm xong",
        "nhắc lịch trên nhóm Zalo lớp", "trả lời thắc mắc của phụ huynh ngay trong ngày",
        "dùng chung mẫu bài giảng trong tổ",
        "lưu bài giảng lên kho học liệu của trường",
    ),
    "school_life": (
        "cho các em tự chọn sách", "tổ chức thi kể chuyện cuối tháng", "trưng bày bài cảm nhận hay ở góc lớp",
        "phối hợp với thư viện trường luân chuyển sách", "mời cựu học sinh về nói chuyện",
        "gắn với bài học môn {subject}",
        "khen thưởng các em tích cực", "phân công học sinh trực nhật theo tuần",
        "cùng phụ huynh góp chậu cây, thùng rác",
        "thu gom giấy vụn vào cuối mỗi tháng", "đưa vào tiêu chí thi đua của lớp",
    ),
    "clinic": (
        "giải thích rõ cho người bệnh và người nhà trước khi làm thủ thuật", "ghi đầy đủ vào hồ sơ bệnh án",
        "báo bác sĩ ngay khi có dấu hiệu bất thường", "kiểm tra chéo với đồng nghiệp trước khi thực hiện",
        "hướng dẫn người nhà cách chăm sóc tại giường", "ưu tiên người cao tuổi, trẻ em, người khuyết tật",
        "nhắc lịch tái khám qua điện thoại", "phát tờ hướng dẫn chế độ ăn cho người bệnh",
        "trực đúng giờ, bàn giao ca đầy đủ",
        "cập nhật quy trình mới của Bộ Y tế", "tham gia sinh hoạt chuyên môn của khoa hằng tuần",
        "lấy ý kiến người bệnh trước khi ra viện", "đo huyết áp, đường máu miễn phí",
        "phối hợp với trạm y tế xã theo dõi sau khi ra viện",
    ),
    "office": (
        "lập sổ theo dõi từng việc được giao", "trao đổi trước với các phòng liên quan",
        "xin ý kiến lãnh đạo phòng đúng quy trình",
        "rà soát kỹ số liệu trước khi trình", "lưu đầy đủ hồ sơ trên hệ thống", "báo cáo ngay khi có vướng mắc",
        "đi thực tế cơ sở trước khi tham mưu", "tổng hợp ý kiến của các xã, phường",
        "đối chiếu với văn bản mới của trung ương",
        "soạn sẵn mẫu để các đơn vị dùng chung", "hướng dẫn qua điện thoại cho cơ sở",
        "tự kiểm tra lại thể thức trước khi trình",
    ),
    "onestop": (
        "hướng dẫn một lần đầy đủ bằng phiếu hướng dẫn", "nhắn tin báo kết quả cho người dân",
        "niêm yết công khai thủ tục, lệ phí",
        "không yêu cầu nộp thêm giấy tờ ngoài quy định", "ưu tiên người cao tuổi, người khuyết tật",
        "trả kết quả qua bưu điện khi người dân cần",
        "cập nhật hồ sơ lên phần mềm một cửa trong ngày", "xin lỗi bằng văn bản nếu trễ hẹn",
        "tiếp nhận cả ngoài giờ khi người dân đi làm xa về",
        "đến tận nhà người già yếu để làm thủ tục", "ghi số điện thoại để người dân hỏi lại",
    ),
    "police": (
        "ghi nhật ký từng ca tuần tra", "phối hợp với công an xã sở tại", "lập biên bản đúng quy định",
        "xử lý vi phạm công khai, đúng pháp luật", "tuyên truyền nhắc nhở trước khi xử lý",
        "ứng xử đúng mực với người vi phạm",
        "báo cáo chỉ huy kết quả hằng tuần", "tiếp nhận tin báo cả ngoài giờ hành chính",
        "phối hợp với nhà trường, khu dân cư",
        "cập nhật dữ liệu lên hệ thống ngay trong ngày", "đến tận nhà người dân không đi lại được",
    ),
    "army": (
        "kèm riêng chiến sĩ còn yếu", "ôn luyện vào giờ nghỉ", "kiểm tra, đánh giá sau mỗi bài",
        "ghi sổ theo dõi kết quả",
        "nêu gương trước chiến sĩ", "trao đổi với gia đình chiến sĩ", "giữ nghiêm điều lệnh trong sinh hoạt",
        "phối hợp với xã trước khi giúp dân", "tự mang dụng cụ, lương thực khi giúp dân",
        "báo cáo chỉ huy kết quả hằng tuần",
    ),
    "factory": (
        "ghi nhật ký vận hành từng ca", "kiểm tra an toàn đầu ca", "hướng dẫn công nhân mới",
        "báo ngay cho quản đốc khi có sự cố",
        "đề xuất sửa chữa nhỏ trước khi hỏng nặng", "tiết kiệm vật tư, điện năng", "giữ vệ sinh nơi làm việc",
        "đo đếm kết quả để so sánh với năm trước", "trao đổi kinh nghiệm trong tổ",
        "làm thử trên một dây chuyền trước khi nhân rộng",
    ),
    "accounting": (
        "đối chiếu số liệu với kho bạc hằng tháng", "lưu chứng từ đầy đủ, đúng quy định",
        "công khai trên bảng tin của cơ quan",
        "trả lời ngay thắc mắc của cán bộ, người dân", "dùng phần mềm kế toán và chữ ký số",
        "báo cáo thủ trưởng đơn vị hằng quý",
        "rà soát từng khoản chi trước khi thanh toán", "lập bảng so sánh với cùng kỳ",
    ),
    "leadership": (
        "giao việc bằng văn bản, rõ người, rõ hạn", "kiểm tra kết quả tại giao ban hằng tuần",
        "công khai kết quả trước cán bộ",
        "trực tiếp xuống thôn, tổ dân phố", "nghe ý kiến của người dân trước khi quyết định",
        "phân công rõ người theo dõi",
        "báo cáo Ban Thường vụ hằng quý", "xử lý nghiêm cán bộ chậm trễ",
    ),
    "association": (
        "họp chi hội để thống nhất cách làm", "phân công hội viên nòng cốt phụ trách",
        "công khai danh sách trong buổi sinh hoạt",
        "phối hợp với Mặt trận và các đoàn thể", "biểu dương hội viên làm tốt", "báo cáo Đảng ủy kết quả hằng quý",
        "mời cán bộ ngân hàng chính sách hướng dẫn", "thăm hỏi hội viên khó khăn",
    ),
    "media": (
        "đi thực tế cơ sở ít nhất {few} chuyến", "ghi hình, phỏng vấn trực tiếp người dân",
        "kiểm tra kỹ thông tin trước khi đăng",
        "phối hợp với Ban Tuyên giáo và Dân vận", "làm phiên bản ngắn cho nền tảng số", "lấy ý kiến góp ý của bạn đọc",
    ),
})

# -- why: a purpose clause ("để ...") per family of steps ------------------------------------------

PURPOSES = {
    "digital": ("để bà con tự làm thủ tục tại nhà", "để người già không phải đi lại",
                "để không ai đứng ngoài chuyển đổi số",
                "để bà con quen dần với việc làm thủ tục trên mạng", "để giảm giấy tờ khi đi làm thủ tục",
                "để con cháu đi làm xa vẫn giúp được ông bà", "cho bà con đỡ tốn thời gian, tiền bạc"),
    "environment": ("để {home} sạch, đẹp hơn", "để giảm lượng rác phải chở đi chôn lấp",
                    "cho con cháu có môi trường trong lành",
                    "để không còn cảnh rác ven đường", "để tiết kiệm tiền phân bón", "để giữ nguồn nước sạch"),
    "welfare": ("để hộ sớm ổn định cuộc sống", "để không ai bị bỏ lại phía sau", "cho các cụ vui, khỏe",
                "để hộ có sinh kế lâu dài", "để bà con thấy được sự quan tâm của chi bộ"),
    "security": ("để bà con yên tâm làm ăn", "để {home} bình yên", "để kịp thời ngăn chặn vụ việc từ sớm",
                 "để thanh niên tránh xa tệ nạn"),
    "culture": ("để giữ nếp sống đẹp của {home}", "cho các cháu thêm yêu quê hương",
                "để bà con có nơi sinh hoạt lành mạnh",
                "để lớp trẻ biết và giữ truyền thống", "để bỏ dần những hủ tục tốn kém"),
    "democracy": ("để bà con được biết, được bàn, được kiểm tra", "để việc của dân không bị chậm",
                  "để giữ lòng tin của bà con",
                  "để không phát sinh đơn thư", "để mọi ý kiến đều được lắng nghe"),
    "party": ("để chi bộ nắm chắc tình hình", "để nghị quyết sát với thực tế",
              "để xứng đáng với sự tin tưởng của chi bộ",
              "để bà con tin theo"),
    "farming": ("để bà con giảm chi phí, tăng thu nhập", "để không bỏ ruộng hoang", "để nông sản bán được giá",
                "để sản xuất an toàn cho người làm và người ăn"),
    "education": ("để các cháu học tốt hơn", "để không cháu nào bỏ học", "để các cháu an toàn khi đến trường",
                  "để khuyến khích con cháu chăm học"),
    "works": ("để bà con đi lại thuận tiện", "để {home} sớm đạt chuẩn kiểu mẫu", "để công trình bền, đẹp",
              "để cảnh quan {home} khang trang"),
    "health": ("để phát hiện bệnh sớm", "để phòng dịch từ sớm", "để bà con khỏe mạnh", "để giữ an toàn cho cộng đồng"),
    "economy": ("để chị em có việc làm gần nhà", "để giữ nghề của làng", "để lao động không phải đi làm xa"),
    "reorg": ("để bộ máy mới chạy ngay, không gián đoạn", "để bà con không bị ảnh hưởng sau sắp xếp",
              "để không thất lạc giấy tờ của dân", "để đoàn kết, thống nhất trong chi bộ mới"),
    "teaching": ("để các em tự tin hơn trong học tập", "để không em nào bị hổng kiến thức",
                 "để nâng chất lượng môn {subject}",
                 "để các em yêu thích môn học"),
    "classroom": ("để phụ huynh yên tâm", "để các em đến lớp vui vẻ", "để nhà trường và gia đình cùng giáo dục các em",
                  "để lớp đoàn kết, nề nếp"),
    "school_digital": ("để phụ huynh không phải đến trường nhiều lần", "để quản lý học sinh chính xác, nhanh",
                       "để giảm giấy tờ cho giáo viên", "để học sinh học được cả ở nhà"),
    "school_life": ("để hình thành thói quen đọc sách cho học sinh", "để các em biết bảo vệ môi trường",
                    "để các em biết yêu thương, chia sẻ"),
    "clinic": ("để người bệnh hài lòng", "để không xảy ra sai sót", "để người bệnh được chăm sóc chu đáo",
               "để giảm thời gian nằm viện", "để người dân tin tưởng y tế cơ sở"),
    "office": ("để văn bản sát thực tế", "để cơ sở dễ thực hiện", "để không phải sửa đi sửa lại",
               "để người dân, doanh nghiệp được phục vụ tốt hơn", "để lãnh đạo có số liệu chỉ đạo kịp thời"),
    "onestop": ("để người dân không phải đi lại nhiều lần", "để không có hồ sơ trễ hẹn", "để người dân hài lòng",
                "để thủ tục công khai, minh bạch"),
    "police": ("để giữ bình yên cho nhân dân", "để người dân tin tưởng lực lượng công an", "để giảm tai nạn, tội phạm"),
    "army": ("để đơn vị luôn sẵn sàng chiến đấu", "để giữ hình ảnh Bộ đội Cụ Hồ", "để chiến sĩ yên tâm công tác"),
    "factory": ("để tiết kiệm chi phí sản xuất", "để người lao động làm việc an toàn", "để sản phẩm đạt chất lượng"),
    "accounting": ("để tài chính công khai, minh bạch", "để không có sai sót phải xuất toán", "để tiết kiệm ngân sách"),
    "leadership": ("để nghị quyết đi vào cuộc sống", "để cán bộ làm đúng, làm đủ", "để dân tin, dân theo"),
    "association": ("để hội viên cùng nhau phát triển", "để thu hút thêm hội viên",
                    "để hội thật sự là chỗ dựa của hội viên"),
    "media": ("để lan tỏa gương người tốt, việc tốt", "để người dân hiểu đúng chủ trương", "để tin bài gần với cơ sở"),
}
OCCASIONS_VILLAGE = ("", "", "", "", "", "Vào các buổi tối", "Vào cuối tuần", "Sau giờ làm đồng", "Lúc nông nhàn",
                     "Vào sáng Chủ nhật", "Trong dịp hè", "Trước các dịp lễ, Tết", "Ngoài giờ làm ăn của gia đình")
OCCASIONS_WARD = ("", "", "", "", "", "Vào các buổi tối", "Vào cuối tuần", "Sau giờ làm việc", "Vào sáng Chủ nhật",
                  "Trong dịp hè", "Trước các dịp lễ, Tết", "Ngoài giờ đi làm")
OCCASIONS_WORK = ("", "", "", "", "", "Trong các đợt cao điểm", "Ngoài giờ hành chính khi cần",
                  "Bên cạnh việc chuyên môn",
                  "Cùng với nhiệm vụ được giao", "Ngay từ đầu năm", "Trong cả năm công tác")
# families of deeds that an occasion ("vào các buổi tối ...") fits
OCCASION_FAMILIES = {"digital", "environment", "welfare", "security", "culture", "farming", "education", "works",
                     "health",
                     "economy", "teaching", "classroom", "school_digital", "school_life", "clinic", "onestop", "police",
                     "army", "factory", "association", "media"}
# how widely, in what order: "ưu tiên ...", "làm điểm ở ... trước"
SCOPES = {
    "resident": ("trước hết làm ở {spot}, sau đó nhân rộng", "ưu tiên hộ neo đơn, hộ có người khuyết tật",
                 "ưu tiên các hộ ở {spot}", "chia làm {few} đợt", "mỗi đợt {few} hộ", "làm điểm ở {spot} trước",
                 "bắt đầu từ các gia đình đảng viên", "bắt đầu từ gia đình mình và {few} hộ liền kề",
                 "đi đến từng ngõ", "làm cả ngày nghỉ khi cần", "ưu tiên người già yếu, người ở một mình",
                 "không bỏ sót hộ nào ở {spot}", "bắt đầu từ {spot} là nơi còn khó khăn nhất"),
    "school": ("ưu tiên các em có hoàn cảnh khó khăn", "trước hết ở lớp {cls}, sau đó chia sẻ với tổ",
               "chia làm {few} nhóm",
               "bắt đầu từ đầu học kỳ", "ưu tiên học sinh ở xa trường", "làm thử ở lớp {cls} trước"),
    "work": ("làm thí điểm ở {few} xã trước", "ưu tiên các xã mới sáp nhập", "chia theo từng lĩnh vực",
             "bắt đầu từ những việc tồn đọng lâu nhất", "ưu tiên việc của người dân, doanh nghiệp",
             "làm xong việc cũ mới nhận việc mới",
             "chia nhỏ theo từng tháng"),
    "clinic": ("ưu tiên người cao tuổi, trẻ em", "làm điểm ở {home} trước", "chia theo ca trực",
               "ưu tiên người bệnh nặng",
               "bắt đầu từ những người bệnh điều trị dài ngày"),
    "unit": ("ưu tiên những việc gấp trước", "làm thử ở {home} trước rồi nhân rộng", "chia việc theo từng tuần",
             "bắt đầu từ những việc còn tồn", "phân công rõ từng người trong tổ", "làm cả ngoài giờ khi cần",
             "có kế hoạch riêng cho từng tháng"),
    "commune": ("ưu tiên người già, người khuyết tật", "làm điểm ở thôn {vname}", "chia theo từng thôn",
                "ưu tiên hồ sơ tồn đọng", "bắt đầu từ các thôn xa trụ sở"),
}
SCOPE_OF = {"village": "resident", "ward": "resident", "general": "resident", "teacher": "school", "health": "clinic",
            "commune": "commune", "civil": "work", "leader": "commune", "mass": "resident", "police": "unit",
            "soldier": "unit", "enterprise": "unit", "press": "unit", "finance": "unit"}

# -- wording: the same thing said in different words, as different people write it -----------------

SYNONYMS = {
    "bà con": ("bà con", "người dân", "nhân dân", "bà con nhân dân"),
    "hướng dẫn": ("hướng dẫn", "chỉ dẫn"),
    "vận động": ("vận động", "tuyên truyền, vận động", "động viên", "thuyết phục"),
    "theo dõi": ("theo dõi", "bám sát", "đôn đốc, theo dõi"),
    "phối hợp với": ("phối hợp với", "cùng với", "kết hợp với"),
    "người cao tuổi": ("người cao tuổi", "các cụ cao tuổi", "người già"),
    "trên điện thoại": ("trên điện thoại", "bằng điện thoại thông minh", "qua điện thoại"),
    "báo cáo chi bộ": ("báo cáo chi bộ", "báo cáo với chi ủy", "báo cáo lại chi bộ"),
    "người bệnh": ("người bệnh", "bệnh nhân"),
    "đúng hạn": ("đúng hạn", "đúng thời hạn", "đúng hẹn"),
    "giúp đỡ": ("giúp đỡ", "hỗ trợ", "giúp"),
    "kịp thời": ("kịp thời", "nhanh chóng"),
    "đồng nghiệp": ("đồng nghiệp", "đồng chí, đồng nghiệp"),
    "hằng tháng": ("hằng tháng", "mỗi tháng", "hàng tháng"),
    "cụ thể": ("cụ thể", "rõ ràng"),
    "nắm tình hình": ("nắm tình hình", "nắm bắt tình hình", "nắm chắc tình hình"),
    "thăm hỏi": ("thăm hỏi", "thăm hỏi, động viên", "đến thăm"),
    "sinh hoạt chi bộ": ("sinh hoạt chi bộ", "họp chi bộ"),
    "hộ gia đình": ("hộ gia đình", "gia đình", "hộ"),
    "làm thủ tục": ("làm thủ tục", "làm giấy tờ", "giải quyết thủ tục"),
    "đến tận nhà": ("đến tận nhà", "tới từng nhà", "đến từng gia đình"),
    "kiểm tra lại": ("kiểm tra lại", "rà lại", "xem lại"),
    "lập danh sách": ("lập danh sách", "ghi danh sách", "thống kê danh sách"),
    "tự làm được": ("tự làm được", "tự thực hiện được", "làm được một mình"),
    "ưu tiên": ("ưu tiên", "trước hết là"),
    "bắt đầu từ": ("bắt đầu từ", "khởi đầu từ", "trước tiên từ"),
    "duy trì đến hết năm": ("duy trì đến hết năm", "giữ đều đến cuối năm", "duy trì cả năm"),
    "không phát sinh": ("không phát sinh", "không để phát sinh"),
    "được trả lời": ("được trả lời", "có câu trả lời", "được phản hồi"),
    "vào cuối tuần": ("vào cuối tuần", "ngày thứ Bảy, Chủ nhật", "những ngày nghỉ"),
    "cùng gia đình": ("cùng gia đình", "cùng người nhà"),
    "tại cuộc họp": ("tại cuộc họp", "trong cuộc họp", "ở buổi họp"),
    "không thất lạc": ("không thất lạc", "không để mất", "không để thất lạc"),
    "người dân": ("người dân", "nhân dân", "bà con"),
    "thông báo": ("thông báo", "thông tin"),
    "mỗi buổi": ("mỗi buổi", "từng buổi"),
    "tặng quà": ("tặng quà", "trao quà", "tặng quà, động viên"),
    "ghi chép": ("ghi chép", "ghi lại"),
    "sổ theo dõi": ("sổ theo dõi", "sổ ghi chép", "sổ tay theo dõi"),
    "trao đổi": ("trao đổi", "bàn bạc", "trao đổi, bàn bạc"),
    "đồng tình": ("đồng tình", "ủng hộ", "đồng thuận"),
    "nhân rộng": ("nhân rộng", "mở rộng"),
    "tuyên truyền": ("tuyên truyền", "phổ biến", "tuyên truyền, phổ biến"),
    "chụp ảnh": ("chụp ảnh", "chụp hình"),
    "nhắc nhở": ("nhắc nhở", "nhắc", "góp ý, nhắc nhở"),
    "gia đình chính sách": ("gia đình chính sách", "gia đình có công", "gia đình người có công"),
    "đúng quy định": ("đúng quy định", "theo đúng quy định", "đúng quy trình"),
    "hằng tuần": ("hằng tuần", "mỗi tuần", "hàng tuần"),
    "vào các buổi tối": ("vào các buổi tối", "buổi tối", "vào buổi tối sau giờ làm"),
    "các hộ": ("các hộ", "các gia đình", "từng hộ"),
    "ở khu vực": ("ở khu vực", "tại khu vực", "quanh khu vực"),
    "trong các buổi họp": ("trong các buổi họp", "tại các cuộc họp", "trong những lần họp"),
    "lắng nghe": ("lắng nghe", "nghe", "chịu khó nghe"),
    "phụ huynh": ("phụ huynh", "cha mẹ học sinh", "gia đình học sinh"),
    "cán bộ phụ trách": ("cán bộ phụ trách", "người phụ trách", "cán bộ được giao"),
    "đối thoại với": ("đối thoại với", "đối thoại trực tiếp với", "gặp gỡ, đối thoại với"),
    "ghi đầy đủ": ("ghi đầy đủ", "ghi chép đầy đủ", "ghi lại đầy đủ"),
    "câu hỏi": ("câu hỏi", "thắc mắc"),
    "nhận phụ trách": ("nhận phụ trách", "được phân công phụ trách", "nhận theo dõi"),
    "giải thích": ("giải thích", "giải thích rõ", "nói rõ"),
    "rà soát": ("rà soát", "kiểm tra, rà soát", "soát lại"),
    "điều chỉnh": ("điều chỉnh", "sửa lại", "chỉnh sửa"),
    "cập nhật": ("cập nhật", "bổ sung, cập nhật"),
    "ông bà, cha mẹ": ("ông bà, cha mẹ", "người lớn tuổi trong nhà", "ông bà, bố mẹ"),
    "bao tiêu": ("bao tiêu", "thu mua"),
    "giảm chi phí": ("giảm chi phí", "bớt chi phí", "tiết kiệm chi phí"),
    "báo kết quả": ("báo kết quả", "thông báo kết quả", "mang kết quả"),
    "những việc": ("những việc", "các việc", "mọi việc"),
    "hội nghị": ("hội nghị", "buổi họp", "cuộc họp"),
    "bức xúc": ("bức xúc", "nổi cộm", "cấp bách"),
    "nhóm Zalo": ("nhóm Zalo", "nhóm Zalo chung", "nhóm trên Zalo"),
    "mỗi tháng": ("mỗi tháng", "hằng tháng", "từng tháng"),
    "kiểm tra": ("kiểm tra", "rà soát"),
    "làm mô hình": ("làm mô hình", "xây dựng mô hình", "làm thí điểm mô hình"),
    "người thân": ("người thân", "họ hàng", "anh em, họ hàng"),
    "gặp gỡ": ("gặp gỡ", "gặp"),
    "động viên": ("động viên", "khích lệ"),
    "đúng giờ": ("đúng giờ", "đúng giờ giấc"),
    "ngay trong ngày": ("ngay trong ngày", "trong ngày"),
    "xã mới": ("xã mới", "xã sau sáp nhập"),
    "phường mới": ("phường mới", "phường sau sáp nhập"),
    "chính quyền mới": ("chính quyền mới", "chính quyền cơ sở mới"),
    "ứng dụng VNeID": ("ứng dụng VNeID", "VNeID", "ứng dụng định danh VNeID"),
    "Cổng dịch vụ công": ("Cổng dịch vụ công", "Cổng dịch vụ công quốc gia", "cổng dịch vụ công của tỉnh"),
    "các cháu": ("các cháu", "các em"),
    "thiếu nhi": ("thiếu nhi", "các cháu thiếu nhi", "trẻ em"),
    "sau sáp nhập": ("sau sáp nhập", "sau khi sáp nhập"),
    "số liệu": ("số liệu", "số liệu thống kê"),
    "lãnh đạo phòng": ("lãnh đạo phòng", "trưởng phòng"),
    "đúng quy trình": ("đúng quy trình", "theo đúng quy trình"),
    "tiếp nhận": ("tiếp nhận", "nhận"),
    "hộ nghèo": ("hộ nghèo", "gia đình nghèo"),
}
_SYNONYM = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, SYNONYMS), key=len, reverse=True)) + r")(?!\w)")


def _reword(rng: random.Random, text: str, rate: float = 0.5) -> str:
    """Swap some common phrases for their synonyms (each occurrence with probability ``rate``),
    never so that a word is written twice in a row ("cùng cùng", "rõ rõ")."""
    def swap(match):
        phrase = match.group(1)
        if rng.random() >= rate:
            return phrase
        before = text[: match.start()].rsplit(None, 1)[-1:] or [""]
        after = text[match.end():].split(None, 1)[:1] or [""]
        options = [o for o in SYNONYMS[phrase]
                   if o.split()[0] != before[0].strip(",;:") and o.split()[-1] != after[0].strip(",;:")]
        return rng.choice(options) if options else phrase
    return _SYNONYM.sub(swap, text)


def K(actions, targets, duties, tf=None, steps=None, paired=False):
    """One kind of deed (one topic): action templates, target templates, the duty it serves, its
    time frames if they differ from the role's, and which ``STEPS`` it may be carried out by.
    Templates: one string or a tuple of them. ``paired``: target i goes with action i (otherwise
    any target goes with any action); targets may also be given per action as a tuple of tuples."""
    def many(value):
        return (value,) if isinstance(value, str) else tuple(value)
    acts = many(actions)
    if paired:
        targets = tuple((t,) for t in many(targets))
    targets = tuple(many(t) for t in targets) if isinstance(targets, tuple) and isinstance(targets[0], tuple) \
        else many(targets)
    assert not isinstance(targets[0], tuple) or len(targets) == len(acts), acts[0]
    return acts, targets, many(duties), tf, steps


def with_steps(kinds: list, keys: list) -> list:
    """``kinds`` with the steps ``keys`` (one per kind, in order)."""
    assert len(kinds) == len(keys)
    return [kind[:4] + (key,) for kind, key in zip(kinds, keys)]


# -- residents: villages (thôn, xóm) and town wards (tổ dân phố) -----------------------------------

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
R_DUTY_COMMON = [R_MEDIATE, R_PATROL, R_PLEDGE, R_FUND, R_TUTOR, R_HELMET, R_CLEAR, R_RECRUIT, R_SOLDIER_FAMILY, R_JOBS,
                 R_BLOOD, R_HYGIENE, R_MEETINGS, R_WATCH, R_RECRUIT_PARTY, R_STORY, R_MEMORIAL]
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


# -- schools ---------------------------------------------------------------------------------------

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

# -- health ----------------------------------------------------------------------------------------

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

# -- offices: provincial and district departments --------------------------------------------------

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

# -- the commune office: civil servants of the commune ---------------------------------------------

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

# -- smaller roles ---------------------------------------------------------------------------------

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

ENTERPRISE = {
    "duty": [
        K(("Đề xuất {few} sáng kiến {cải tiến quy trình|giảm tiêu hao {điện năng|vật tư|nhiên liệu}} tại {home}",
           "Bảo dưỡng {kk} {thiết bị|máy} của {home} đúng lịch, {không để dừng máy ngoài kế hoạch|ghi nhật ký vận "
           "hành}",
           "Kèm cặp {few} công nhân mới của {home} {vận hành máy|đọc bản vẽ|làm đúng quy trình}"),
          ("{few} sáng kiến được công nhận, làm lợi {mil}0 triệu đồng", "Thời gian dừng máy giảm {down}%",
           "Công nhân mới làm được việc sau {few} tháng"),
          ("Kỹ sư {home}", "Công nhân vận hành", "Tổ trưởng sản xuất"), paired=True),
        K(("Thực hiện đúng quy trình an toàn lao động tại {home}, {nhắc nhở {n} công nhân mang đủ bảo hộ|kiểm tra an "
           "toàn "
           "đầu ca}",
           "Giảm tỷ lệ {hàng lỗi|sản phẩm phải làm lại} của {home} {xuống dưới {1|2}%|{down}% so với năm {y0}}",
           "Chăm sóc {n} khách hàng {lớn|ở các xã} của {home}, {thu tiền đúng hạn|giải quyết phản ánh trong ngày}"),
          ("Không để xảy ra tai nạn lao động", "Tỷ lệ lỗi giảm {down}%", "Không có nợ quá hạn, không có khiếu nại"),
          ("Tổ trưởng sản xuất", "Quản đốc {home}", "Nhân viên kinh doanh"), paired=True),
    ],
    2023: [K(("Xây dựng tủ sách cho công nhân {home} với {books} cuốn, {mở cửa giờ nghỉ trưa|cho mượn về nhà}",
              "Xây dựng văn hóa doanh nghiệp ở {home}: {giữ vệ sinh nơi làm việc|ứng xử lịch sự với khách hàng}"),
             ("{n} lượt mượn mỗi tháng", "Không có phản ánh của khách hàng"), ("Văn hóa doanh nghiệp",), paired=True)],
    2024: [K(("Tiếp nhận, trả lời kiến nghị của khách hàng trong {hours} giờ, {qua tổng đài|qua ứng dụng} của {home}",
              "Chuyển {pct}% hóa đơn, thanh toán của khách hàng sang điện tử"),
             ("{pct}% kiến nghị được trả lời đúng hạn", "Không thu tiền mặt tại nhà khách hàng"),
             ("Chăm sóc khách hàng", "Chuyển đổi số"), paired=True)],
    2025: [K(("Tiết kiệm {điện|nước|nhiên liệu} tại {home}: {tắt thiết bị khi không dùng|thay {n} đèn LED}",
              "Phân loại, thu gom chất thải sản xuất của {home} đúng quy định, bảo vệ môi trường"),
             ("Giảm {down}% so với năm {y0}", "Không bị nhắc nhở về môi trường"),
             ("Tiết kiệm năng lượng", "Bảo vệ môi trường trong sản xuất"), paired=True)],
    2026: [K(("Hướng dẫn khách hàng đăng ký {cấp điện mới|lắp đặt nước|dịch vụ} trực tuyến, xác thực bằng VNeID",
              "Giải quyết dứt điểm kiến nghị của khách hàng ở các xã mới sau sắp xếp chính quyền địa phương hai cấp "
              "trong "
              "{hours} giờ"),
             ("{pct}% yêu cầu tiếp nhận trực tuyến", "Không có kiến nghị quá hạn"),
             ("Dịch vụ trực tuyến cho khách hàng", "Gần dân"), paired=True)],
}

PRESS = {
    "duty": [
        K(("Viết {kk} tin, bài về {gương người tốt, việc tốt|mô hình học tập và làm theo Bác} ở {xã {cname}|các huyện}",
           "Thực hiện {few} phóng sự về {gương điển hình|sản xuất giỏi|người có uy tín} ở xã {cname} phát trên sóng "
           "truyền hình"),
          ("{kk} tin, bài được đăng, phát", "{few} phóng sự, {1|2} tác phẩm dự giải báo chí"),
          ("Phóng viên {home}",), paired=True),
    ],
    2023: [K(("Mở chuyên mục giới thiệu sách về Bác trên {báo điện tử|sóng phát thanh}{, mỗi tháng {1|2} kỳ|}",),
             ("{kk} kỳ phát sóng",), ("Biên tập viên {home}",))],
    2024: [K(("Làm {kk} video ngắn, podcast về {thủ tục hành chính|chuyển đổi số} đăng trên nền tảng số của báo",),
             ("{kk} sản phẩm, mỗi sản phẩm trên {few} nghìn lượt xem",), ("Phóng viên, chuyển đổi số báo chí",))],
    2025: [K(("Thực hiện {kk} phóng sự về {phân loại rác|nhà đại đoàn kết|thôn kiểu mẫu} ở xã {cname}",),
             ("{kk} phóng sự được phát",), ("Phóng viên {home}",))],
    2026: [K(("Viết {kk} bài về hoạt động của chính quyền địa phương hai cấp, dịch vụ công trực tuyến ở xã {cname}",),
             ("{kk} bài, phản ánh cả vướng mắc của người dân",), ("Phóng viên {home}",))],
}

GENERAL = {
    "duty": [
        K(("Dự đầy đủ {kk} buổi sinh hoạt chi bộ, {chuẩn bị ý kiến trước mỗi buổi|phát biểu ít nhất {few} lần}",
           "Đọc và ghi chép {kk} bài viết về tấm gương Bác Hồ, {chia sẻ tại sinh hoạt chi bộ|giới thiệu với đồng "
           "nghiệp}",
           "Nhận giúp {few} hộ khó khăn ở thôn {vname} về {cây giống|kỹ thuật chăn nuôi|việc làm}",
           "Hiến máu tình nguyện {1|2} lần và vận động {n} người thân, đồng nghiệp cùng tham gia"),
          ("{kk}/{kk} buổi, không vắng mặt", "{kk} bài ghi chép, {few} lần chia sẻ", "{few} hộ có thu nhập ổn định",
           "{n2} người tham gia hiến máu"),
          ("Đảng viên",), paired=True),
    ],
    2023: [K(("Đọc {few} cuốn sách về Bác Hồ, viết {kk} trang cảm nhận và giới thiệu tại sinh hoạt chi bộ",
              "Gia đình thực hiện nếp sống văn minh: {tổ chức việc cưới gọn nhẹ|không mời cỗ linh đình}, vận động {n} "
              "hộ "
              "ở thôn {vname} cùng làm"),
             ("{few} cuốn; ít nhất {1|2} lần giới thiệu", "{n2}/{n} hộ thực hiện"),
             ("Phát triển văn hóa đọc", "Nếp sống văn minh"), paired=True)],
    2024: [K(("Hướng dẫn {n} người {trong gia đình, dòng họ|hàng xóm} dùng dịch vụ công trực tuyến, thanh toán qua "
              "ngân "
              "hàng",),
             ("{n2}/{n} người làm được",), ("Chuyển đổi số",))],
    2025: [K(("Phân loại rác tại gia đình và vận động {n} hộ hàng xóm ở thôn {vname} cùng làm",
              "Giúp {1|2} hộ nghèo ở thôn {vname} {con giống|ngày công sửa nhà|vốn không lãi}"),
             ("{n2}/{n} hộ phân loại rác", "Hộ được giúp thoát nghèo"),
             ("Bảo vệ môi trường", "An sinh xã hội"), paired=True)],
    2026: [K(("Hướng dẫn {n} người cao tuổi ở thôn {vname} kích hoạt định danh điện tử, dùng VNeID",
              "Ghi lại kiến nghị của bà con thôn {vname} gửi chính quyền xã mới, theo dõi đến khi giải quyết dứt điểm"),
             ("{n2}/{n} người kích hoạt thành công", "Mọi kiến nghị có trả lời"),
             ("Định danh điện tử", "Gần dân, sát dân"), paired=True)],
}

ROLE_DEEDS = {
    "village": VILLAGE, "ward": WARD, "teacher": TEACHER, "health": HEALTH, "civil": CIVIL, "commune": COMMUNE,
    "finance": FINANCE, "leader": LEADER, "mass": MASS, "police": POLICE, "soldier": SOLDIER,
    "enterprise": ENTERPRISE, "press": PRESS, "general": GENERAL,
}

# Key points of the theme any member can take up at work or where they live ("sinh hoạt hai chiều").
WORKPLACE = {
    2023: with_steps([
        K(("Đọc {few} cuốn sách {về Bác Hồ|về lịch sử địa phương|về kỹ năng làm việc} trong năm, {giới thiệu lại ở "
           "buổi sinh "
           "hoạt chi bộ|viết cảm nhận gửi chi đoàn|tặng lại tủ sách của {home}}",
           "Góp {few} cuốn sách cho tủ sách của {home}, {mỗi quý giới thiệu một cuốn|vận động đồng nghiệp cùng góp}",
           "Tham gia cuộc thi {viết về tấm gương làm theo Bác|tìm hiểu về Chủ tịch Hồ Chí Minh} do {Ban Tuyên giáo và "
           "Dân "
           "vận|Công đoàn|Đoàn thanh niên} tổ chức{, vận động {few} đồng nghiệp cùng dự thi|}"),
          ("{few} cuốn, {1|2} lần giới thiệu", "Tủ sách có thêm {few} cuốn, {kk} lượt mượn", "Có bài dự thi đạt yêu cầu"
           ),
          ("Phát triển văn hóa đọc", "Đảng viên"), paired=True),
        K(("Nêu gương {đi làm đúng giờ|không sử dụng rượu bia trong ngày làm việc|giữ gìn nơi làm việc gọn gàng|không "
           "hút "
           "thuốc lá nơi công sở}, nhắc {few} đồng nghiệp cùng thực hiện",
           "Gia đình tôi ở thôn {vname} {tổ chức việc cưới, việc tang gọn nhẹ|giữ danh hiệu gia đình văn hóa|không để "
           "con "
           "cháu vi phạm pháp luật}, vận động {few} hộ hàng xóm cùng làm",
           "Thực hiện văn hóa ứng xử {với đồng nghiệp|với người đến làm việc}: {nói năng nhã nhặn|giải thích rõ "
           "ràng|không "
           "hách dịch, gây khó dễ}"),
          ("Không vi phạm; được chi bộ ghi nhận", "Gia đình đạt danh hiệu gia đình văn hóa; {few} hộ làm theo",
           "Không có phản ánh về thái độ"),
          ("Nêu gương của đảng viên", "Văn hóa công sở"), paired=True),
        K(("Tham gia {đội văn nghệ|câu lạc bộ thể thao|câu lạc bộ thơ} của {home}, {tập luyện {few} buổi mỗi tháng|dự "
           "hội "
           "diễn của ngành|biểu diễn dịp 2/9}",
           "Tham gia sinh hoạt văn hóa ở nơi cư trú thôn {vname}: {đội văn nghệ|câu lạc bộ dưỡng sinh|ngày hội Đại "
           "đoàn "
           "kết}, {góp {few} tiết mục|góp kinh phí tổ chức}"),
          ("Tham gia đủ các buổi tập, {few} tiết mục", "Được thôn ghi nhận"),
          ("Xây dựng môi trường văn hóa",), paired=True),
    ], ["culture", "culture", "culture"]),
    2024: with_steps([
        K(("Dùng thành thạo {phần mềm quản lý văn bản|chữ ký số|hệ thống họp trực tuyến}, {xử lý văn bản trên môi "
           "trường "
           "mạng|không in văn bản nội bộ}",
           "Tự học và hướng dẫn {few} đồng nghiệp lớn tuổi dùng {chữ ký số|phần mềm quản lý|ứng dụng ngân hàng}",
           "Thanh toán {tiền điện, nước|học phí cho con|các khoản đóng góp} qua ngân hàng, hướng dẫn {n} người thân ở "
           "thôn "
           "{vname} cùng làm"),
          ("{pct}% văn bản xử lý trên mạng", "{few} đồng nghiệp sử dụng được", "{n2}/{n} người thân làm được"),
          ("Chuyển đổi số", "Đảng viên"), paired=True),
        K(("Chấp hành giờ giấc, {không đi muộn về sớm|không làm việc riêng trong giờ}, {hoàn thành việc đúng hạn|báo "
           "cáo khi "
           "chậm tiến độ}",
           "Không {uống rượu bia trong giờ làm việc|dùng điện thoại vào việc riêng khi làm nhiệm vụ}, nhắc {few} đồng "
           "nghiệp cùng thực hiện"),
          ("Không vi phạm kỷ luật lao động", "Không vi phạm; được đơn vị ghi nhận"), ("Kỷ luật, kỷ cương công vụ",),
          paired=True),
        K(("Tiếp nhận, trả lời ý kiến của {người dân|khách hàng|đồng nghiệp} về công việc của mình trong {days} ngày",
           "Dự hội nghị đối thoại ở nơi cư trú thôn {vname}, nêu {few} kiến nghị của bà con, theo dõi đến khi có trả "
           "lời"),
          ("Mọi ý kiến được trả lời đúng hạn", "{few} kiến nghị có trả lời"), ("Đối thoại, giải quyết kiến nghị",),
          paired=True),
    ], ["digital", "party", "democracy"]),
    2025: with_steps([
        K(("Không dùng {chai nhựa|túi ni lông|cốc nhựa} dùng một lần ở {home}, {mang bình nước riêng|vận động đồng "
           "nghiệp "
           "cùng làm}",
           "Phân loại rác tại gia đình ở thôn {vname}, vận động {few} hộ hàng xóm cùng làm",
           "Tham gia {few} buổi ra quân vệ sinh môi trường {của {home}|ở nơi cư trú}, {trồng cây|dọn rác ven đường}"),
          ("Rác nhựa giảm {down}%", "{few} hộ làm theo", "{few} buổi, có xác nhận"),
          ("Bảo vệ môi trường",), paired=True),
        K(("Ủng hộ {1|2} ngày lương vào Quỹ Vì người nghèo, nhận giúp {1|2} hộ nghèo ở xã {cname}",
           "Đóng góp {mil} triệu đồng và {days} ngày công xây nhà đại đoàn kết cho hộ nghèo ở thôn {vname}",
           "Thăm, tặng quà {few} gia đình chính sách ở xã {cname} dịp 27/7"),
          ("Hộ được giúp thoát nghèo", "Nhà bàn giao trước {dd}/{mm}/{y}", "{few} gia đình được thăm hỏi"),
          ("An sinh xã hội",), paired=True),
        K(("Tại nơi cư trú thôn {vname}, góp {days} ngày công và {mil} triệu đồng làm {đường bê tông|đường hoa|rãnh "
           "thoát "
           "nước} xây dựng nông thôn mới",
           "Cùng {home} về thôn {vname} xã {cname} giúp xây dựng nông thôn mới kiểu mẫu: {làm đường hoa|trồng cây|dọn "
           "vệ "
           "sinh}"),
          ("Công trình hoàn thành đúng hạn", "{few} đợt, có xác nhận của thôn"),
          ("Xây dựng nông thôn mới",), paired=True),
        K(("Trồng {few} cây xanh ở {home} hoặc ở thôn {vname}, {nhận chăm sóc đến khi cây sống|vận động đồng nghiệp "
           "cùng "
           "trồng}",
           "Tiết kiệm điện, nước ở {home}: {tắt điện khi ra khỏi phòng|dùng nước tiết kiệm}, nhắc {few} đồng nghiệp "
           "cùng làm"),
          ("{few} cây sống, phát triển tốt", "Điện, nước giảm {down}% so với năm {y0}"),
          ("Bảo vệ môi trường",), paired=True),
        K(("Cùng công đoàn {home} thăm, tặng quà {few} đồng nghiệp {ốm đau|có hoàn cảnh khó khăn}",
           "Nhận đỡ đầu {1|2} cháu {mồ côi|nhà nghèo} ở xã {cname}, {hỗ trợ {few} trăm nghìn đồng mỗi tháng|tặng sách "
           "vở đầu "
           "năm học}"),
          ("{few} đồng nghiệp được giúp kịp thời", "Cháu đi học đầy đủ"), ("An sinh xã hội",), paired=True),
    ], ["environment", "welfare", "works", "environment", "welfare"]),
    2026: with_steps([
        K(("Hướng dẫn {n} người thân, hàng xóm ở thôn {vname} kích hoạt định danh điện tử mức 2, dùng VNeID",
           "Dùng ứng dụng VNeID thay giấy tờ khi làm thủ tục, hướng dẫn {few} đồng nghiệp tích hợp {giấy phép lái "
           "xe|thẻ "
           "bảo hiểm y tế} vào VNeID",
           "Tham gia tổ công nghệ số cộng đồng ở nơi cư trú thôn {vname}, {few} buổi hướng dẫn bà con dùng dịch vụ "
           "công "
           "trực tuyến"),
          ("{n2}/{n} người kích hoạt thành công", "{few} đồng nghiệp làm được", "{few} buổi, {n} người được hướng dẫn"),
          ("Định danh điện tử, dịch vụ công trực tuyến",), paired=True),
        K(("Giữ kỷ luật, kỷ cương sau sắp xếp {home}: {nhận việc mới đúng hạn|không đùn đẩy, né tránh|hoàn thành bàn "
           "giao}",
           "Chủ động học nghiệp vụ mới sau sắp xếp bộ máy, {hoàn thành {few} việc được giao thêm|không để việc gián "
           "đoạn}",
           "Giữ đoàn kết với đồng nghiệp sau sắp xếp, hợp nhất đơn vị: {chia sẻ kinh nghiệm|giúp đồng chí mới làm quen "
           "việc}"),
          ("Không vi phạm; việc được giao đúng hạn", "{few}/{few} việc hoàn thành", "Đơn vị đoàn kết, ổn định"),
          ("Kỷ luật, kỷ cương sau sắp xếp tổ chức bộ máy",), paired=True),
        K(("Tại nơi cư trú thôn {vname}, gặp gỡ bà con, ghi {few} kiến nghị gửi chính quyền địa phương hai cấp, theo "
           "dõi "
           "đến khi giải quyết dứt điểm",
           "Trả lời điện thoại, tin nhắn của người dân về việc của {home} trong ngày, giải quyết dứt điểm kiến nghị "
           "thuộc "
           "trách nhiệm của mình"),
          ("{few} kiến nghị có trả lời", "Không có kiến nghị quá hạn"), ("Gần dân, sát dân",), paired=True),
        K(("Cùng chi đoàn {home} tham gia “Bình dân học vụ số” ở xã {cname}: {few} buổi hướng dẫn bà con {cài "
           "VNeID|nộp hồ "
           "sơ trực tuyến|thanh toán trực tuyến}",
           "Nhận giúp {few} gia đình {người có công|cao tuổi|khó khăn} ở thôn {vname} làm thủ tục dịch vụ công trực "
           "tuyến "
           "{đến khi tự làm được|trong năm}",
           "Dùng dịch vụ công trực tuyến cho mọi thủ tục của gia đình mình, {chia sẻ kinh nghiệm trên nhóm Zalo của "
           "{home}|"
           "hướng dẫn {few} người quen làm theo}"),
          ("{few} buổi, {n} người được hướng dẫn", "{few} gia đình làm được thủ tục trực tuyến",
           "Không nộp hồ sơ giấy; {few} người làm theo"),
          ("Dịch vụ công trực tuyến",), paired=True),
        K(("Sau sắp xếp, chủ động {làm quen địa bàn mới|học quy trình mới|nhận thêm việc} ở {home}, {không than phiền, "
           "đùn đẩy|giữ nghiêm giờ giấc}",
           "Giữ kỷ cương công vụ sau sắp xếp bộ máy: {không uống rượu bia trong giờ làm việc|không đi muộn, về "
           "sớm|trả lời "
           "văn bản đúng hạn}, {tự ghi sổ theo dõi|nhắc {few} đồng nghiệp cùng làm}"),
          ("Hoàn thành việc được giao đúng hạn", "Không vi phạm kỷ luật, kỷ cương"),
          ("Kỷ luật, kỷ cương sau sắp xếp tổ chức bộ máy",), paired=True),
        K(("Nghe và giải quyết dứt điểm kiến nghị của {người dân|khách hàng|người đến làm việc} với {home} trong "
           "{days} ngày, "
           "{ghi sổ theo dõi|báo cáo lãnh đạo khi vượt thẩm quyền}",
           "Tham gia tiếp xúc cử tri ở xã {cname}, {ghi lại|tổng hợp} {few} kiến nghị liên quan đến {home}, trả lời "
           "bằng văn "
           "bản"),
          ("Không có kiến nghị quá hạn", "{few}/{few} kiến nghị được trả lời"), ("Gần dân, sát dân",), paired=True),
    ], ["digital", "reorg", "democracy", "digital", "reorg", "democracy"]),
}
# Share of theme deeds a role takes from WORKPLACE rather than its own kinds.
WORKPLACE_SHARE = {"teacher": 0.15, "health": 0.2, "civil": 0.25, "commune": 0.2, "finance": 0.4, "leader": 0.25,
                   "mass": 0.3, "police": 0.35, "soldier": 0.4, "enterprise": 0.45, "press": 0.5}


# -- collective pledges (tập thể): a cell, a grassroots unit, an upper committee -------------------

STEPS.update({
    "cell_lead": (
        "đưa vào nghị quyết chi bộ từng quý", "phân công chi ủy viên phụ trách từng cụm dân cư",
        "giao cho Ban công tác Mặt trận và các chi hội phối hợp", "kiểm tra, đôn đốc tại sinh hoạt chi bộ hằng tháng",
        "biểu dương đảng viên, hộ làm tốt vào cuối năm", "gắn với đánh giá, xếp loại đảng viên",
        "công khai kết quả trước nhân dân tại hội nghị cuối năm", "mỗi đảng viên đăng ký một việc cụ thể",
        "vận động con em đi làm ăn xa ủng hộ", "lồng ghép vào các cuộc họp {home}",
        "phân công đảng viên trẻ làm nòng cốt",
        "mời đảng viên cao tuổi góp ý", "lập sổ theo dõi ở nhà văn hóa", "báo cáo Đảng ủy {xã|phường} kết quả 6 tháng",
    ),
    "unit_lead": (
        "ban hành kế hoạch thực hiện ngay trong quý I", "giao chỉ tiêu cụ thể cho từng chi bộ, bộ phận",
        "kiểm tra, giám sát định kỳ 6 tháng", "sơ kết 6 tháng, tổng kết cuối năm", "gắn với thi đua, khen thưởng",
        "phân công cấp ủy viên phụ trách", "công khai kết quả trên trang thông tin của đơn vị",
        "đưa vào đánh giá, xếp loại tổ chức đảng cuối năm", "biểu dương tập thể, cá nhân tiêu biểu",
        "lấy ý kiến người dân, khách hàng về kết quả", "người đứng đầu trực tiếp chỉ đạo",
        "bố trí kinh phí từ nguồn tự chủ",
        "phối hợp với Công đoàn, Đoàn thanh niên", "định kỳ báo cáo cấp ủy cấp trên",
    ),
})
COLLECTIVE_EXTRA = ("được cấp trên ghi nhận", "cao hơn năm {y0}", "không có đơn thư", "duy trì đến hết năm",
                    "làm cơ sở đánh giá, xếp loại cuối năm", "nhân dân đồng tình",
                    "nhân rộng ra các {chi bộ|đơn vị} khác")

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


# -- who writes: pools per role --------------------------------------------------------------------

OFFICE_WITH = ("phối hợp với các phòng chuyên môn", "cùng bộ phận một cửa", "phối hợp với Văn phòng",
               "cùng các chuyên viên trong phòng", "phối hợp với Ủy ban nhân dân các xã", "cùng Chi đoàn cơ quan")
OFFICE_PROOF = ("theo dõi trên phần mềm quản lý văn bản", "có sổ theo dõi hồ sơ", "báo cáo lãnh đạo phòng hằng tháng",
                "tổng hợp vào báo cáo quý", "lưu đầy đủ hồ sơ, minh chứng", "báo cáo chi bộ hằng quý")
UNIT_WITH = ("cùng các đồng chí trong chi bộ", "phối hợp với Chi đoàn thanh niên", "cùng Công đoàn bộ phận",
             "phối hợp với lãnh đạo đơn vị", "cùng các đảng viên trẻ")
UNIT_PROOF = ("có sổ theo dõi", "báo cáo chi bộ hằng quý", "có biên bản, hình ảnh minh chứng",
              "ghi vào sổ tay đảng viên",
              "báo cáo kết quả tại sinh hoạt chi bộ cuối năm", "được chi ủy kiểm tra {few} tháng một lần")
GENERIC_PREFIX = ("", "", "", "", "", "Bản thân ", "Tôi ", "Trực tiếp ", "Chủ động ")
TEACHER_EXTRA = ("được tổ chuyên môn ghi nhận", "phụ huynh đồng tình", "không để em nào bị bỏ lại phía sau",
                 "duy trì đến cuối năm học", "có {few} em tiến bộ rõ rệt", "làm cơ sở nhân rộng trong tổ",
                 "kết quả ghi vào hồ sơ thi đua", "cao hơn năm học trước")
HEALTH_EXTRA = ("không có phản ánh của người bệnh", "được khoa ghi nhận", "cao hơn năm {y0}", "duy trì đến hết năm",
                "làm cơ sở nhân rộng trong bệnh viện", "kết quả báo cáo tại giao ban")
OFFICE_EXTRA = ("được lãnh đạo đánh giá tốt", "không phải làm lại", "cao hơn năm {y0}", "làm cơ sở xếp loại cuối năm",
                "các đơn vị phản hồi tích cực", "duy trì đến hết năm")
COMMUNE_EXTRA = ("người dân không phải đi lại nhiều lần", "không có phản ánh", "cao hơn năm {y0}",
                 "được Chủ tịch Ủy ban nhân dân ghi nhận", "duy trì đến hết năm")
UNIT_EXTRA = ("được đơn vị ghi nhận", "cao hơn năm {y0}", "duy trì đến hết năm", "không có sai sót",
              "làm cơ sở đánh giá cuối năm")
COLLECTIVE_WITH = ("phối hợp với Ban công tác Mặt trận và các đoàn thể", "cùng chính quyền và các đoàn thể",
                   "phân công chi ủy viên phụ trách", "giao cho từng tổ đảng thực hiện",
                   "phối hợp với Công đoàn, Đoàn thanh niên")
COLLECTIVE_PROOF = ("đưa vào nghị quyết của chi bộ", "có kế hoạch và sổ theo dõi", "kiểm tra, đánh giá hằng quý",
                    "sơ kết 6 tháng, tổng kết cuối năm", "công khai kết quả trước {nhân dân|cán bộ, đảng viên}",
                    "đánh giá tại hội nghị tổng kết năm", "gắn với đánh giá, xếp loại đảng viên cuối năm")

# Pools of template phrases per role (each a tuple; an entry drawn once per deed). "home" is the member's own
# place (taken from the cell's name when known); "prefix" and "occasion" open an action ("Tôi ...", "Vào cuối
# tuần, ..."); "with", "proof" and "extra" are appended to the action or the target; "steps_key" and "scope"
# name (as a one-element tuple) the role's default ``STEPS`` family and its ``SCOPES``.
_BASE = {"tf": TF_COMMON, "farm": FARM, "farm_model": FARM_MODEL, "subject": SUBJECTS, "with": UNIT_WITH,
         "proof": UNIT_PROOF, "prefix": GENERIC_PREFIX, "extra": UNIT_EXTRA, "spot": RESIDENT_SPOT, "lm": LANDMARKS,
         "field": FIELDS, "hamlet": HAMLETS, "street": STREETS, "steps_key": ("party",), "oldunit": ("thôn cũ",),
         "occasion": OCCASIONS_WORK}
POOLS = {
    "village": {"home": ("thôn {vname}", "thôn {vname}", "thôn {vname}", "xóm {num}", "xóm {vname}"),
                "nb": ("xóm {num2}", "đội {num2}", "xóm {vname2}", "thôn {vname2}", "khu {vname2}"),
                "with": RESIDENT_WITH, "proof": RESIDENT_PROOF, "tf": TF_COMMON + TF_FARM[:2], "spot": RESIDENT_SPOT,
                "lm": LANDMARKS, "field": FIELDS, "hamlet": HAMLETS, "street": STREETS, "extra": RESIDENT_EXTRA,
                "prefix": RESIDENT_PREFIX, "oldunit": ("thôn cũ", "xóm cũ"), "occasion": OCCASIONS_VILLAGE},
    "ward": {"home": ("tổ dân phố số {num}", "tổ dân phố {vname}", "tổ dân phố số {num}", "khu phố {vname}"),
             "nb": ("tổ dân phố số {num2}", "ngõ {num2} phố {street}", "tổ {num2}", "khu tập thể {vname2}"),
             "with": RESIDENT_WITH, "proof": RESIDENT_PROOF, "spot": WARD_SPOT, "lm": LANDMARKS, "field": FIELDS,
             "hamlet": HAMLETS, "street": STREETS, "extra": RESIDENT_EXTRA, "prefix": RESIDENT_PREFIX,
             "oldunit": ("tổ dân phố cũ", "khu phố cũ"), "occasion": OCCASIONS_WARD},
    "teacher": {"home": ("nhà trường", "trường"), "tf": TF_SCHOOL, "extra": TEACHER_EXTRA, "steps_key": ("teaching",),
                "with": ("phối hợp với giáo viên chủ nhiệm", "cùng Ban đại diện cha mẹ học sinh lớp {cls}",
                         "phối hợp với Liên đội", "cùng tổ chuyên môn", "phối hợp với Đoàn trường",
                         "cùng Tổng phụ trách Đội"),
                "proof": ("có sổ theo dõi", "ghi vào sổ chủ nhiệm", "báo cáo tổ chuyên môn hằng tháng",
                          "lưu bài kiểm tra đầu kỳ và cuối kỳ để so sánh",
                          "có nhận xét của phụ huynh trong sổ liên lạc",
                          "đánh giá tại họp hội đồng sư phạm cuối học kỳ")},
    "health": {"home": ("khoa", "Khoa Nội", "Khoa Khám bệnh", "Khoa Ngoại", "trạm y tế"), "extra": HEALTH_EXTRA,
               "patients": PATIENTS,
               "steps_key": ("clinic",),
               "with": ("cùng điều dưỡng trưởng khoa", "phối hợp với trạm y tế xã {cname}", "cùng Chi đoàn bệnh viện",
                        "phối hợp với Hội Chữ thập đỏ", "cùng các bác sĩ trẻ trong khoa"),
               "proof": ("ghi vào sổ theo dõi", "có danh sách người bệnh", "báo cáo giao ban khoa hằng tuần",
                         "lưu phiếu khảo sát", "tổng hợp trên phần mềm quản lý bệnh viện")},
    "civil": {"home": ("phòng", "cơ quan", "đơn vị", "phòng chuyên môn"), "with": OFFICE_WITH, "proof": OFFICE_PROOF,
              "extra": OFFICE_EXTRA, "steps_key": ("office",), "sector": SECTORS},
    "commune": {"home": ("xã {cname}",), "extra": COMMUNE_EXTRA, "steps_key": ("onestop",),
                "with": ("phối hợp với công chức Tư pháp - Hộ tịch", "cùng Văn phòng Đảng ủy",
                         "phối hợp với các trưởng thôn", "cùng Đoàn Thanh niên {home}", "phối hợp với công an {home}"),
                "proof": ("có sổ theo dõi hồ sơ", "cập nhật trên phần mềm một cửa điện tử",
                          "báo cáo Chủ tịch Ủy ban nhân dân hằng tháng", "niêm yết công khai tại trụ sở",
                          "tổng hợp vào báo cáo quý")},
    "finance": {"home": ("đơn vị", "cơ quan"), "with": OFFICE_WITH, "proof": OFFICE_PROOF,
                "steps_key": ("accounting",)},
    "leader": {"home": ("xã {cname}",), "with": OFFICE_WITH, "proof": OFFICE_PROOF, "steps_key": ("leadership",)},
    "mass": {"home": ("xã {cname}",), "steps_key": ("association",)},
    "police": {"home": ("đơn vị", "công an xã {cname}", "đội"), "steps_key": ("police",)},
    "soldier": {"home": ("đơn vị", "đại đội", "trung đội"), "steps_key": ("army",)},
    "enterprise": {"home": ("phân xưởng", "tổ sản xuất", "đơn vị"), "steps_key": ("factory",)},
    "press": {"home": ("Ban Thời sự", "Ban Chuyên đề", "ban"), "steps_key": ("media",)},
    "general": {"home": ("thôn {vname}",), "with": RESIDENT_WITH, "proof": RESIDENT_PROOF, "extra": RESIDENT_EXTRA,
                "prefix": RESIDENT_PREFIX, "headman": ("trưởng thôn",), "nb": ("xóm {num2}", "thôn {vname2}"),
                "steps_key": ("party",), "occasion": OCCASIONS_VILLAGE},
}
COLLECTIVE_POOLS = {"with": COLLECTIVE_WITH, "proof": COLLECTIVE_PROOF, "extra": COLLECTIVE_EXTRA, "prefix": ("",),
                    "occasion": ("",), "steps_key": ("unit_lead",)}
_MERGED: dict = {}


def _pools(role: str, collective: bool = False) -> dict:
    key = (role, collective)
    found = _MERGED.get(key)
    if found is None:
        scope = {"scope": (SCOPE_OF[role],)} if role in SCOPE_OF else {}
        found = _MERGED[key] = {**_BASE, **scope, **POOLS.get(role, POOLS["general"]),
                                **(COLLECTIVE_POOLS if collective else {})}
    return found


# -- places from unit names ------------------------------------------------------------------------

_UNIT_PREFIX = re.compile(r"^(?:Chi bộ|Đảng bộ|Đảng ủy)\s+", re.IGNORECASE)
_RESIDENTIAL = re.compile(r"^(thôn|xóm|tổ dân phố|khu phố)\s+(.+)$", re.IGNORECASE)
_COMMUNE = re.compile(r"\b(xã|phường|thị trấn)\s+(.+)$")


def _unit_values(role: str, unit_name: str) -> dict:
    """Template values a unit's name gives: where the member lives or works, school grades."""
    values: dict = {}
    rest = _UNIT_PREFIX.sub("", " ".join((unit_name or "").split()))
    if not rest:
        return values
    residential = _RESIDENTIAL.match(rest)
    commune = _COMMUNE.search(rest)
    if role in ("village", "ward", "general"):
        if residential:
            values["home"] = f"{residential.group(1).lower()} {residential.group(2)}"
    elif role in ("commune", "leader", "mass", "finance"):
        if commune:
            values["home"] = f"{commune.group(1)} {commune.group(2)}"
    elif role == "police" and residential:
        values["home"] = f"{residential.group(1).lower()} {residential.group(2)}"
    elif role == "police" and rest.startswith("Cơ quan") and commune:
        values["home"] = f"công an {commune.group(1)} {commune.group(2)}"
    elif role == "soldier" and rest.startswith("Cơ quan") and commune:
        values["home"] = f"Ban Chỉ huy Quân sự {commune.group(1)} {commune.group(2)}"
    elif role in ("health", "civil", "police", "soldier", "enterprise", "press") and not residential:
        if not rest.startswith("Cơ quan"):
            values["home"] = rest
    if role == "teacher":
        folded = fold(rest)
        grades = ((1, 5) if "tieu hoc" in folded else (6, 9) if "thcs" in folded else
                  (10, 12) if ("thpt" in folded or "gdtx" in folded) else None)
        if grades:
            values["grade_from"], values["grade_to"] = str(grades[0]), str(grades[1])
            values["home"] = rest
    return values


def _collective_kind(unit_name: str) -> str:
    text = fold(unit_name or "")
    if not text:
        return "general"
    if text.startswith(("huyen uy", "thanh uy", "thi uy", "tinh uy")) or any(
            w in text for w in ("dang uy khoi", "dang uy quan su tinh", "dang uy cong an tinh")):
        return "upper"
    if any(w in text for w in ("cong an", "canh sat", "doi an ninh", "doi tuan tra", "doi dang ky xe", "doi trong an",
                               "hinh su", "chua chay", "phong chay")):
        return "police"
    if any(w in text for w in ("quan su", "tieu doan", "dai doi", "trung doan")):
        return "military"
    if any(w in text for w in ("phat thanh", "truyen hinh", "ban thoi su", "ban chuyen de", "ban bien tap")):
        return "press"
    if any(w in text for w in ("truong ", "giao duc")):
        return "school"
    if any(w in text for w in ("benh vien", "trung tam y te", "tram y te", "khoa ")):
        return "health"
    if any(w in text for w in ("cong ty", "xi nghiep", "phan xuong", "agribank", "chi nhanh", "quan ly dien")):
        return "enterprise"
    if re.search(r"\b(thon|xom)\b", text):
        return "village"
    if "to dan pho" in text or "khu pho" in text:
        return "ward"
    if re.search(r"\b(xa|phuong|thi tran)\b", text):
        return "commune"
    if any(w in text for w in ("so ", "phong", "van phong", "chi cuc", "thanh tra", "kho bac", "thue", "bao hiem",
                               "co quan", "trung tam", "ban quan ly", "bao tang", "thu vien")):
        return "office"
    return "general"


def role_of(position: str, unit_name: str = "") -> str:
    """The kind of work a member does, from the position and the name of the cell."""
    pos, unit = fold(position or ""), fold(unit_name or "")
    text = f"{pos} | {unit}"

    def has(*words):
        return any(word in text for word in words)

    if has("cong an", "canh sat", "doi an ninh", "doi tuan tra", "doi dang ky xe", "doi trong an", "hinh su",
           "chua chay", "phong chay") or pos.startswith(
            ("can bo doi", "can bo phong", "can bo tram", "chien si doi", "chien si phong", "chien si tram")):
        return "police"
    if has("quan su", "tieu doan", "dai doi", "trung doan", "tro ly", "si quan", "quan nhan", "chinh uy", "chien si",
           "dan quan"):
        return "soldier"
    if has("phong vien", "bien tap", "truyen hinh", "phat thanh", "ban thoi su", "ban chuyen de"):
        return "press"
    if "ke toan" in pos or "thu quy" in pos:
        return "finance"
    if has("giao vien", "hieu truong", "truong thpt", "truong thcs", "truong tieu hoc", "mam non",
           "to truong chuyen mon",
           "tong phu trach doi", "thu vien - thiet bi", "truong chinh tri", "cao dang", "gdtx", "giang vien"):
        return "teacher"
    if has("bac si", "y si", "dieu duong", "duoc si", "ho ly", "ho sinh", "benh vien", "tram y te", "trung tam y te",
           "khoa kham", "khoa noi", "khoa ngoai", "khoa nhi", "khoa san", "so sinh", "hoi suc", "xet nghiem",
           "kiem soat benh tat", "truong khoa"):
        return "health"
    if has("cong ty", "doanh nghiep", "cong nhan", "quan doc", "ky su", "phan xuong", "xi nghiep",
           "nhan vien kinh doanh", "cong doan bo phan", "dien luc", "quan ly dien", "agribank", "chi nhanh"):
        return "enterprise"
    if re.search(r"\b(thon|xom)\b", unit) or has("truong thon", "truong xom"):
        return "village"
    if has("to dan pho", "khu pho"):
        return "ward"
    commune_office = re.search(r"\bco quan (xa|phuong|thi tran)\b", unit) is not None
    if commune_office and (pos.startswith(("bi thu dang uy", "pho bi thu")) or "chu tich ubnd" in pos
                           or "chu tich uy ban nhan dan" in pos):
        return "leader"
    if has("chu tich hoi", "mttq", "mat tran", "bi thu doan", "hoi lien hiep phu nu"):
        return "mass"
    if commune_office or has("cong chuc", "van phong dang uy", "nhan vien hop dong"):
        return "commune"
    if has("chuyen vien", "van thu", "luu tru", "giam doc", "truong phong", "chanh ", "thanh tra", "so ", "phong ",
           "van phong", "uy ban", "chi cuc", "kho bac", "bao hiem", "thue", "bao tang", "thu vien"):
        return "civil"
    return "general"


# -- composing a deed ------------------------------------------------------------------------------


def _theme_year(year: int) -> int:
    # as pledges.demo does: a year without its own theme gets the latest one
    return year if year in THEME_YEARS else max(THEME_YEARS)


def _steps(rng: random.Random, writer: "_Writer", key: str | None, has_colon: bool = False) -> str:
    pool = STEPS.get(key) if key else None
    if not pool:
        return ""
    count = rng.choices((0, 1, 2, 3), (5, 35, 42, 18))[0]
    if not count:
        return ""
    chosen = [writer.expand(step) for step in rng.sample(pool, count)]
    if count == 1:
        return ", " + chosen[0]
    last = " và " if rng.random() < 0.4 else ", "
    return (", " if has_colon else rng.choice((": ", ", "))) + ", ".join(chosen[:-1]) + last + chosen[-1]


_JOINT = ("Cùng", "Phối", "Giúp", "Gia")
# actions that open with their own frame take no lead-in ("Tôi ...", "Chi bộ lãnh đạo ...")
_FRAMED = ("Gần dân", "Gần gũi", "Giữ kỷ", "Sau sắp xếp", "Sau khi", "Xây dựng nông thôn mới:", "Gương mẫu",
           "Nêu gương", "Tại nơi cư trú", "Gia đình tôi", "Là ", "Bản thân", "Mỗi tháng", "Hằng tháng",
           "Nhận đỡ đầu", "Nhận chăm sóc")


def _compose(rng: random.Random, kind, pools: dict, values: dict, village_like: bool = False) -> dict:
    """One deed of ``kind``: an action (lead-in, wording, scope, steps, purpose, partner, record),
    its target, a time frame and the duty it serves, reworded at the end."""
    actions, targets, duties, timeframes, steps = kind
    writer = _Writer(rng, pools, values)
    if village_like and "headman" not in writer.values:
        home = writer.get("home")
        writer.values["headman"] = ("trưởng xóm" if home.startswith("xóm") else "tổ trưởng tổ dân phố"
                                    if home.startswith(("tổ", "khu")) else "trưởng thôn")
    index = rng.randrange(len(actions))
    # targets given per action (a tuple for each action) belong to it; otherwise any target fits any action
    chosen = targets[index] if isinstance(targets[0], tuple) else targets
    target_template = rng.choice(chosen)
    family = steps or pools["steps_key"][0]
    action = writer.expand(actions[index])
    joint = action.startswith(_JOINT)  # already says with whom: no "cùng ..." in front of it
    if "prefix" in pools and not joint and not action.startswith(_FRAMED):
        prefix = writer.expand(rng.choice(pools["prefix"]))
        if prefix:
            action = prefix + _lower_first(action)
            joint = True
    scope = pools.get("scope")
    if scope and family in OCCASION_FAMILIES and rng.random() < 0.4:
        action += ", " + writer.expand(rng.choice(SCOPES[scope[0]]))
    action += _steps(rng, writer, family, ":" in action)
    if family in PURPOSES and rng.random() < 0.45:
        action += ", " + writer.expand(rng.choice(PURPOSES[family]))
    occasion = writer.expand(rng.choice(pools["occasion"])) if family in OCCASION_FAMILIES else ""
    roll = rng.random() if len(action) < 300 else 1.0  # a long action takes no partner clause
    if occasion:
        action = f"{occasion}, {_lower_first(action)}"
        if roll < 0.3:
            action = f"{action}, {writer.expand(rng.choice(pools['with']))}"
    elif roll < 0.2 and not joint:
        action = f"{writer.expand(rng.choice(pools['with']))}, {_lower_first(action)}"
    elif roll < 0.38:
        action = f"{action}, {writer.expand(rng.choice(pools['with']))}"
    target = writer.expand(target_template)
    roll = rng.random() if len(action) < 340 else 0.4  # a long action keeps its record for the target
    if roll < 0.3:
        action = f"{action}; {writer.expand(rng.choice(pools['proof']))}"
    elif roll < 0.5:
        target = f"{target}; {writer.expand(rng.choice(pools['proof']))}"
    if "extra" in pools and rng.random() < 0.45:
        target = f"{target}, {writer.expand(rng.choice(pools['extra']))}"
    timeframe = writer.expand(rng.choice(timeframes or pools["tf"]))
    duty = writer.expand(rng.choice(duties))
    return {"action": _tidy(_reword(rng, action, 0.6)), "target": _tidy(_reword(rng, target, 0.4)),
            "timeframe": _tidy(timeframe), "duty": _tidy(duty)}


def _year_values(year: int) -> dict:
    return {"y": str(year), "y0": str(year - 1), "y1": str(year + 1), "grade_from": "6", "grade_to": "9"}


def concrete_deed(rng: random.Random, role: str, year: int, *, theme_year: int | None = None,
                  unit_name: str = "") -> dict:
    """One concrete deed of a member with this role: about two in three take up a key point of the
    theme of ``theme_year`` (default: ``year``), the others stay with the member's duties."""
    table = ROLE_DEEDS.get(role, GENERAL)
    key = _theme_year(theme_year or year)
    themed = table.get(key)
    if themed and rng.random() < THEME_SHARE:
        shared = WORKPLACE_SHARE.get(role, 0.0)
        kind = rng.choice(WORKPLACE[key] if rng.random() < shared else themed)
    else:
        kind = rng.choice(table["duty"])
    values = _year_values(year) | _unit_values(role, unit_name)
    return _compose(rng, kind, _pools(role), values, village_like=role in ("village", "ward"))


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
COLLECTIVE_REUSE = 0.6
_PERSONAL = re.compile(r"\b(tôi|Tôi|gia đình mình|nhà mình|Gia đình tôi)\b")
_COLLECTIVE_ROLE = {"village": "village", "ward": "ward", "commune": "commune", "school": "teacher", "health": "health",
                    "office": "civil", "enterprise": "enterprise", "police": "police", "military": "soldier",
                    "press": "press"}


def collective_deed(rng: random.Random, year: int, unit_name: str = "") -> dict:
    """One deed of a collective pledge; ``unit_name`` (the unit registering) picks what it is about."""
    kind_of_unit = _collective_kind(unit_name)
    role = _COLLECTIVE_ROLE.get(kind_of_unit, "general")
    key = _theme_year(year)
    values = _year_values(year) | _unit_values(role, unit_name)
    village_like = role in ("village", "ward")
    lead = COLLECTIVE_LEAD.get("village" if village_like else role)
    if lead and rng.random() < COLLECTIVE_REUSE:
        table = ROLE_DEEDS[role]
        kind = rng.choice(table[key] if rng.random() < THEME_SHARE else table["duty"])
        pools = {**_pools(role), "prefix": lead, "with": COLLECTIVE_WITH, "proof": COLLECTIVE_PROOF,
                 "extra": COLLECTIVE_EXTRA}
        for _ in range(4):  # a member's own deed ("Gia đình tôi ...") does not fit a unit
            deed = _compose(rng, kind, pools, values, village_like=village_like)
            if not _PERSONAL.search(deed["action"]):
                return deed
            kind = rng.choice(table["duty"])
    table = COLLECTIVE_DEEDS[kind_of_unit]
    themed = table.get(key)
    kind = rng.choice(themed) if themed and rng.random() < THEME_SHARE else rng.choice(table["duty"])
    pools = _pools(role, collective=True)
    if village_like:
        kind = kind[:4] + (kind[4] or "cell_lead",)
    return _compose(rng, kind, pools, values, village_like=village_like)


# -- vague deeds: stock phrases, nothing to check at year end --------------------------------------

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
