"""Place pools for the deeds: the demo's communes and villages, hamlets, fields, streets, spots."""

import random

from tuyengiao.demo.places import DISTRICTS, SYLLABLES_A, SYLLABLES_B, VILLAGES

COMMUNES = [name for district in DISTRICTS for _, name in district[4]]
_NAMED_VILLAGES = [v for v in VILLAGES if " " in v]


def _village_name(rng: random.Random) -> str:
    """A village of the demo's list, or one composed as the demo composes place names."""
    if rng.random() < 0.5:
        return rng.choice(_NAMED_VILLAGES)
    first, second = rng.choice(SYLLABLES_A), rng.choice(SYLLABLES_B)
    while second == first:
        second = rng.choice(SYLLABLES_B)
    return f"{first} {second}"


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

RESIDENT_SPOT = ("ngõ {num2}", "cụm dân cư số {num2}", "tổ liên gia số {num2}", "xóm {hamlet}", "khu {field}",
                 "xóm {hamlet}", "dãy nhà ven đường trục", "khu vực đầu làng", "khu vực cuối làng")
WARD_SPOT = ("ngõ {num2} phố {street}", "đường {street}", "khu tập thể {vname2}", "dãy phố {street}", "ngách {num2}",
             "tổ liên gia số {num2}", "khu chung cư {vname2}", "ngõ {num2}")
