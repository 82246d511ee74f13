"""Vietnamese personal names with realistic frequencies (Red River delta flavour).

Family-name shares follow the usual surveys (Nguyễn about 38%, Trần 11%, Lê 9.5% ...); older
people mostly carry the middle names Văn / Thị, younger ones a wider choice; a few people have
two middle names ("Nguyễn Thị Thu Hà").
"""

import random
from itertools import accumulate

FAMILY = [
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 40), ("Vũ", 39), ("Đỗ", 22),
    ("Bùi", 20), ("Đặng", 21), ("Ngô", 13), ("Phan", 12), ("Đinh", 11), ("Trịnh", 10), ("Đào", 9),
    ("Dương", 9), ("Lương", 6), ("Mai", 6), ("Tạ", 5), ("Lại", 5), ("Hồ", 5), ("Cao", 5), ("Đoàn", 5),
    ("Chu", 4), ("Lưu", 4), ("Trương", 4), ("Khúc", 3), ("Tô", 3), ("Vương", 3), ("Kiều", 2), ("Lý", 3),
    ("Nghiêm", 2), ("Hà", 3), ("Tống", 2), ("Quách", 1), ("Triệu", 2), ("Thân", 1),
]

MIDDLE_MALE_OLD = [("Văn", 70), ("Đức", 8), ("Đình", 6), ("Quang", 4), ("Xuân", 4), ("Hữu", 4), ("Công", 4)]
MIDDLE_MALE_YOUNG = [
    ("Văn", 22), ("Đức", 12), ("Minh", 12), ("Quang", 7), ("Hữu", 5), ("Công", 5), ("Xuân", 4), ("Thanh", 5),
    ("Mạnh", 4), ("Tiến", 4), ("Ngọc", 3), ("Hoàng", 4), ("Trung", 3), ("Duy", 4), ("Tuấn", 3), ("Thế", 3),
    ("Đình", 4), ("Huy", 3), ("Anh", 2), ("Việt", 2), ("Thành", 2),
]
MIDDLE_FEMALE_OLD = [("Thị", 88), ("Thu", 3), ("Ngọc", 2), ("Thanh", 3), ("Kim", 2), ("Minh", 2)]
MIDDLE_FEMALE_YOUNG = [
    ("Thị", 40), ("Thu", 8), ("Thanh", 7), ("Ngọc", 7), ("Minh", 5), ("Hồng", 4), ("Phương", 4), ("Thúy", 3),
    ("Bích", 2), ("Kim", 3), ("Mai", 3), ("Diệu", 2), ("Khánh", 3), ("Hải", 2), ("Hoài", 2), ("Quỳnh", 2),
    ("Lan", 2), ("Vân", 2),
]
# Second middle names of women ("Nguyễn Thị Thu Hà"), used after "Thị" now and then.
MIDDLE_FEMALE_SECOND = ["Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Phương", "Kim", "Bích", "Thúy", "Hải"]

GIVEN_MALE = [
    ("An", 4), ("Anh", 6), ("Bình", 5), ("Cường", 6), ("Chiến", 4), ("Chung", 3), ("Dũng", 7), ("Duy", 3),
    ("Đạt", 4), ("Định", 3), ("Đông", 3), ("Đức", 6), ("Giang", 3), ("Hải", 7), ("Hiếu", 4), ("Hiển", 2),
    ("Hòa", 4), ("Hoàng", 4), ("Hợp", 2), ("Hùng", 8), ("Huy", 5), ("Hưng", 6), ("Khải", 2), ("Khánh", 4),
    ("Khoa", 3), ("Kiên", 3), ("Lâm", 3), ("Long", 6), ("Lực", 2), ("Mạnh", 5), ("Minh", 8), ("Nam", 7),
    ("Nghĩa", 4), ("Ngọc", 3), ("Phong", 4), ("Phúc", 3), ("Quang", 5), ("Quân", 4), ("Quyết", 3),
    ("Sơn", 7), ("Tài", 3), ("Tâm", 3), ("Thắng", 6), ("Thành", 7), ("Thịnh", 4), ("Thanh", 4),
    ("Tiến", 5), ("Toàn", 4), ("Trung", 6), ("Trường", 4), ("Tuấn", 8), ("Tùng", 5), ("Việt", 4),
    ("Vinh", 4), ("Bằng", 2), ("Cảnh", 2), ("Dương", 3), ("Hậu", 2), ("Lợi", 2), ("Thuận", 3), ("Tú", 3),
]
GIVEN_FEMALE = [
    ("An", 3), ("Anh", 6), ("Chi", 4), ("Dung", 5), ("Duyên", 4), ("Giang", 4), ("Hà", 7), ("Hạnh", 5),
    ("Hằng", 6), ("Hiền", 6), ("Hoa", 6), ("Hồng", 5), ("Huệ", 4), ("Hương", 8), ("Huyền", 6), ("Lan", 6),
    ("Liên", 4), ("Linh", 7), ("Loan", 4), ("Lụa", 2), ("Lý", 2), ("Mai", 6), ("Minh", 3), ("Nga", 6),
    ("Ngọc", 5), ("Nhàn", 3), ("Nhung", 5), ("Oanh", 4), ("Phương", 6), ("Quyên", 3), ("Quỳnh", 4),
    ("Tâm", 3), ("Thảo", 7), ("Thắm", 3), ("Thanh", 5), ("Thủy", 7), ("Thúy", 5), ("Thu", 4), ("Trang", 7),
    ("Tuyết", 3), ("Vân", 5), ("Xuân", 3), ("Yến", 5), ("Hậu", 2), ("Nụ", 1), ("Ánh", 3), ("Lệ", 2),
]


class _Table:
    def __init__(self, pairs):
        self.values = [value for value, _ in pairs]
        self.cum = list(accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.values, cum_weights=self.cum)[0]


_FAMILY = _Table(FAMILY)
_MIDDLE = {
    ("male", True): _Table(MIDDLE_MALE_OLD),
    ("male", False): _Table(MIDDLE_MALE_YOUNG),
    ("female", True): _Table(MIDDLE_FEMALE_OLD),
    ("female", False): _Table(MIDDLE_FEMALE_YOUNG),
}
_GIVEN = {"male": _Table(GIVEN_MALE), "female": _Table(GIVEN_FEMALE)}


def person_name(rng: random.Random, gender: str, birth_year: int) -> str:
    """A full name: family, middle (one or two), given; never "Văn" for a woman or "Thị" for a man."""
    old = birth_year < 1975
    family = _FAMILY.pick(rng)
    middle = _MIDDLE[(gender, old)].pick(rng)
    given = _GIVEN[gender].pick(rng)
    while given == middle:
        given = _GIVEN[gender].pick(rng)
    words = [family, middle]
    if gender == "female" and middle == "Thị" and not old and rng.random() < 0.18:
        second = rng.choice(MIDDLE_FEMALE_SECOND)
        if second != given:
            words.append(second)
    words.append(given)
    return " ".join(words)
