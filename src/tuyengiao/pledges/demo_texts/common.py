"""Template machinery shared by all tables: slot numbers, the expander, tidying, synonyms, ``K``."""

import random
import re

from tuyengiao.demo.names import FAMILY, person_name
from tuyengiao.pledges.demo_texts.places import COMMUNES, _village_name

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


def _other(rng: random.Random, writer, name: str) -> str:
    """A second draw from the pool of ``name``, different from the first."""
    first = writer.get(name)
    for _ in range(5):
        value = writer.expand(rng.choice(writer.pools[name]))
        if value != first:
            return value
    return value


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
