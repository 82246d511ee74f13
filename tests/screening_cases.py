"""Hand-built Vietnamese pledges and helpers shared by the screening engine tests."""

import unicodedata

from tuyengiao.screening.batch import screen_batch
from tuyengiao.screening.records import CODES, INDIVIDUAL, Campaign, Pledge
from tuyengiao.screening.single import screen_pledge

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

THEME = """Chuyên đề năm 2025: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về gần dân, \
trọng dân, vì dân; đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ nhân dân.
Nội dung trọng tâm:
- Gần dân, lắng nghe ý kiến nhân dân; tiếp dân, đối thoại, giải quyết kịp thời kiến nghị, phản ánh của người dân.
- Cải cách thủ tục hành chính, giải quyết hồ sơ đúng hạn; thái độ phục vụ tận tụy, không gây phiền hà cho người dân.
- Chuyển đổi số, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.
- Chăm lo đời sống vật chất, tinh thần của nhân dân; giúp đỡ hộ nghèo, gia đình chính sách, người yếu thế.
- Phát huy dân chủ ở cơ sở; công khai, minh bạch.
"""
CAMPAIGN = Campaign(year=2025, theme=THEME)

# Duties of the members below.
TEACHER = "Giáo viên dạy Toán, chủ nhiệm lớp 9A"
CLERK = "Công chức Văn phòng - Thống kê xã, phụ trách bộ phận một cửa"
PHARMACIST = "Dược sĩ Bệnh viện đa khoa huyện, phụ trách kho thuốc"
FARMER = "Đảng viên, nông dân trồng ngô, nuôi trâu"

VAGUE = "Tích cực học tập, nâng cao nhận thức, thực hiện tốt nhiệm vụ được giao"
CONCRETE = "Hướng dẫn 50 hộ dân thôn Bút Đông nộp hồ sơ trên Cổng dịch vụ công trực tuyến trước ngày 30/6/2025."
CONCRETE_WITH_ONE_STOCK = ("Tích cực hướng dẫn 50 hộ dân thôn Bút Đông nộp hồ sơ trên Cổng dịch vụ công trực tuyến "
                           "trước ngày 30/6/2025.")


def pledge(id, owner, text, year=2025, kind=INDIVIDUAL, unit="U1", duties=""):
    return Pledge(id=id, owner=owner, kind=kind, unit=unit, year=year, text=text, duties=duties)


def check(text, duties="", candidates=(), unit_pledge=None, campaign=CAMPAIGN, owner="m1", kind=INDIVIDUAL):
    """Flags of one 2025 pledge, by code."""
    found = screen_pledge(pledge("p", owner, text, kind=kind, duties=duties), campaign, candidates, unit_pledge)
    codes = [flag.code for flag in found]
    assert len(codes) == len(set(codes)), codes  # one flag per code at most
    return {flag.code: flag for flag in found}


def batch_flags(pledges, campaign=CAMPAIGN):
    result = screen_batch(pledges, campaign)
    return result, {pledge_id: {flag.code: flag for flag in found} for pledge_id, found in result.flags}


def assert_well_formed(flag):
    assert flag.code in CODES
    assert 0 <= flag.score <= 1
    assert flag.message and flag.message[0].isupper() and flag.message.endswith(".")
    assert isinstance(flag.evidence, dict)
    as_dict = flag.as_dict()
    assert set(as_dict) == {"code", "score", "message", "evidence"}
    assert type(as_dict["score"]) is float  # JSON-ready, not a numpy scalar


# --- copies ---------------------------------------------------------------------------------------

# A member's pledge of 2024.
PAST_2024 = (
    "1. Hướng dẫn 40 hộ dân thôn Phú Gia nộp hồ sơ trên Cổng dịch vụ công trực tuyến, thanh toán lệ phí không "
    "dùng tiền mặt trước tháng 10/2024.\n"
    "2. Tổ chức 2 buổi đối thoại với người dân về thủ tục hòa giải tranh chấp đất đai, giải quyết dứt điểm "
    "các kiến nghị trong năm 2024."
)

# The same two deeds, swapped, new numbers and year, old tone placement ("hoà"), NFD encoding.
PAST_REWRITTEN = NFD(
    "1. Tổ chức 3 buổi đối thoại với người dân về thủ tục hoà giải tranh chấp đất đai, giải quyết dứt điểm "
    "các kiến nghị trong năm 2025.\n"
    "2. Hướng dẫn 60 hộ dân thôn Phú Gia nộp hồ sơ trên Cổng dịch vụ công trực tuyến, thanh toán lệ phí không "
    "dùng tiền mặt trước tháng 10/2025."
)

# A different pledge on the same topic (online services, dialogue), by the same member.
SAME_TOPIC = (
    "1. Mở lớp hướng dẫn 25 người cao tuổi thôn Bút Đông sử dụng điện thoại thông minh để đăng ký khai sinh, "
    "khai tử qua mạng trong quý III/2025.\n"
    "2. Lập sổ ghi nhận ý kiến của người dân tại bộ phận một cửa, trả lời mọi thắc mắc trong vòng 3 ngày làm việc."
)

# A stock text that many members paste.
TEMPLATE = ("Gương mẫu chấp hành đường lối của Đảng, chính sách, pháp luật của Nhà nước; tích cực tham gia "
            "các phong trào của thôn; xây dựng gia đình văn hóa tiêu biểu.")

# A commune's collective pledge.
UNIT_PLEDGE = (
    "1. Niêm yết công khai 100% thủ tục hành chính tại bộ phận một cửa và trên trang thông tin điện tử của xã "
    "trước ngày 31/3/2025.\n"
    "2. Tổ chức đối thoại với nhân dân mỗi quý một lần, giải quyết dứt điểm 100% kiến nghị trong năm 2025."
)
