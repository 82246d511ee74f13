"""The flags a pledge earns on its own text (too_long, vague, off_theme, off_duty): each fires on a
clear case and stays quiet on a clear negative.

Plain Python: no database (nothing here asks for the ``db`` fixture).
"""

import pytest

from tuyengiao.screening.records import DEFAULT_SETTINGS, Campaign
from tuyengiao.screening.single import screen_pledge
from tests.screening_cases import (CAMPAIGN, CLERK, CONCRETE, CONCRETE_WITH_ONE_STOCK, FARMER, NFD, PHARMACIST,
                                   TEACHER, THEME, VAGUE, assert_well_formed, check, pledge)


# --- too_long ---------------------------------------------------------------------------------------

LONG_DEED = (
    "Trực tiếp hướng dẫn người dân thôn Bút Đông, thôn Phú Gia và thôn Đồng Hóa cài đặt ứng dụng định danh "
    "điện tử, tạo tài khoản trên Cổng dịch vụ công trực tuyến, nộp hồ sơ đăng ký khai sinh, khai tử, kết hôn, "
    "chứng thực bản sao, xác nhận tình trạng hôn nhân và thanh toán lệ phí không dùng tiền mặt; mỗi tuần dành "
    "hai buổi chiều thứ Ba và thứ Năm ngồi tại nhà văn hóa thôn để hướng dẫn trực tiếp những người cao tuổi, "
    "người không có điện thoại thông minh; lập danh sách theo dõi từng hộ đã được hướng dẫn, gọi điện nhắc "
    "những hộ còn vướng mắc, báo cáo kết quả với Chủ tịch Ủy ban nhân dân xã vào ngày cuối cùng của mỗi tháng; "
    "phấn đấu đến hết năm 2025 có ít nhất 600 hồ sơ của người dân trong xã được nộp trực tuyến, không để người "
    "dân phải đi lại nhiều lần, không để hồ sơ nào bị trễ hẹn, tỷ lệ người dân hài lòng đạt trên 95% qua phiếu "
    "khảo sát đặt tại bộ phận một cửa của xã."
)


def test_too_long_one_deed_far_beyond_the_guide():
    assert len(LONG_DEED) > 1.5 * CAMPAIGN.length_guide
    found = check(LONG_DEED, CLERK)
    flag = found["too_long"]
    assert_well_formed(flag)
    assert flag.evidence["guide"] == 400
    assert flag.evidence["deed_chars"] == [len(LONG_DEED)]
    assert flag.evidence["ratio"] == pytest.approx(len(LONG_DEED) / 400, abs=0.01)
    assert "quá dài" in flag.message and f"{len(LONG_DEED):,} ký tự".replace(",", ".") in flag.message
    # The deed is long but concrete and on theme: nothing else to say.
    assert set(found) == {"too_long"}


def test_too_long_many_deeds():
    deeds = [
        "Hướng dẫn 20 hộ dân thôn Bút Đông nộp hồ sơ trực tuyến trong tháng 3/2025.",
        "Tiếp công dân vào sáng thứ Hai hằng tuần tại trụ sở xã, ghi chép đầy đủ ý kiến vào sổ tiếp dân.",
        "Trả kết quả 100% hồ sơ đúng hẹn trong năm 2025, không để người dân phải đi lại nhiều lần.",
        "Niêm yết công khai 45 thủ tục hành chính tại bộ phận một cửa trước ngày 15/2/2025.",
        "Gọi điện hỏi ý kiến 30 người dân sau khi nhận kết quả, mỗi tháng một lần.",
        "Thu phí, lệ phí không dùng tiền mặt với 80% hồ sơ trước tháng 10/2025.",
        "Tổ chức 2 buổi đối thoại với người dân về thủ tục đất đai trong quý II/2025.",
        "Lập sổ theo dõi kiến nghị của người dân, trả lời trong vòng 5 ngày làm việc.",
        "Hỗ trợ 10 người cao tuổi làm thủ tục hưởng trợ cấp tại nhà trong năm 2025.",
        "Cập nhật 2.000 hồ sơ hộ tịch lên cơ sở dữ liệu điện tử trước tháng 12/2025.",
        "Xây dựng nhóm Zalo của thôn để giải đáp thắc mắc về thủ tục cho 150 hộ dân.",
        "Phối hợp với Bưu điện xã trả kết quả tại nhà cho 50 hồ sơ của người khuyết tật trong năm 2025.",
    ]
    # Far more deeds than the guide's two, and longer overall than two deeds of the guide.
    assert sum(map(len, deeds)) > 2 * CAMPAIGN.length_guide
    text = "\n".join(f"{i}. {deed}" for i, deed in enumerate(deeds, 1))
    flag = check(text, CLERK)["too_long"]
    assert_well_formed(flag)
    assert len(flag.evidence["deed_chars"]) == len(deeds)  # numbering removed, one entry per deed
    assert flag.evidence["total_chars"] == sum(flag.evidence["deed_chars"])
    assert f"{len(deeds)} việc" in flag.message


def test_two_deeds_within_the_guide_are_not_too_long():
    text = (
        "1. Hướng dẫn 50 hộ dân thôn Bút Đông cài đặt ứng dụng định danh điện tử và nộp hồ sơ trên Cổng dịch vụ "
        "công trực tuyến; mỗi chiều thứ Năm ngồi tại nhà văn hóa thôn để hỗ trợ người cao tuổi, hoàn thành trước "
        "ngày 30/6/2025.\n"
        "2. Trả kết quả 100% hồ sơ hộ tịch đúng hẹn trong năm 2025; lập sổ theo dõi ý kiến của người dân tại bộ "
        "phận một cửa và trả lời mọi kiến nghị trong vòng 5 ngày làm việc."
    )
    assert all(len(line) < 400 for line in text.splitlines())
    assert "too_long" not in check(text, CLERK)


def test_length_guide_comes_from_the_campaign():
    text = CONCRETE + " Mỗi thứ Năm ngồi tại nhà văn hóa thôn để hỗ trợ người cao tuổi."
    assert "too_long" not in check(text, CLERK)
    short_guide = Campaign(year=2025, theme=THEME, length_guide=60)
    assert "too_long" in check(text, CLERK, campaign=short_guide)


# --- vague ------------------------------------------------------------------------------------------

def test_vague_stock_phrases_and_nothing_to_check():
    found = check(VAGUE, CLERK)
    flag = found["vague"]
    assert_well_formed(flag)
    [deed] = flag.evidence["deeds"]
    assert deed["deed"] == 0 and deed["text"] == VAGUE
    # The phrases are quoted as written, in the order they appear.
    assert deed["phrases"][:4] == ["Tích cực", "nâng cao nhận thức", "thực hiện tốt", "nhiệm vụ được giao"]
    assert {"số lượng cụ thể", "thời hạn"} <= set(deed["missing"])
    for phrase in deed["phrases"]:
        assert f"“{phrase}”" in flag.message
    assert "chung chung" in flag.message
    # A purely generic pledge is not judged for theme or duties: "vague" says it all.
    assert set(found) == {"vague"}


def test_vague_whatever_the_spelling():
    found = check(NFD(VAGUE.upper()), CLERK)
    assert set(found) == {"vague"}
    assert len(found["vague"].evidence["deeds"][0]["phrases"]) == 4


def test_concrete_deed_is_not_vague():
    assert check(CONCRETE, CLERK) == {}


def test_concrete_deed_with_one_stock_phrase_is_not_vague():
    assert "vague" not in check(CONCRETE_WITH_ONE_STOCK, CLERK)
    # ... and opening with a stock phrase, a time frame alone is enough to check it at year end.
    assert "vague" not in check("Gương mẫu đi làm đúng giờ, không nghỉ buổi nào không có lý do trong năm 2025.",
                                CLERK)


def test_vague_names_the_vague_deed_of_two():
    text = f"1. {CONCRETE}\n2. {VAGUE}."
    flag = check(text, CLERK)["vague"]
    [deed] = flag.evidence["deeds"]
    assert deed["deed"] == 1
    assert deed["text"].startswith("Tích cực học tập")
    assert "việc thứ hai" in flag.message


def test_stock_phrases_are_a_setting():
    from dataclasses import replace

    only_other = replace(DEFAULT_SETTINGS, stock_phrases=("quyết tâm phấn đấu",))
    p = pledge("p", "m1", VAGUE, duties=CLERK)
    assert screen_pledge(p, CAMPAIGN, settings=only_other) == []
    p2 = pledge("p", "m1", "Quyết tâm phấn đấu", duties=CLERK)
    assert [f.code for f in screen_pledge(p2, CAMPAIGN, settings=only_other)] == ["vague"]


# --- off_theme and off_duty -------------------------------------------------------------------------

def test_off_theme_on_duty():
    # A farmer's own field: fine for his duties, nothing of the theme's key points.
    found = check("Trồng 2 ha quế trên đất đồi của gia đình, nuôi thêm 3 con trâu sinh sản trong năm 2025.", FARMER)
    assert set(found) == {"off_theme"}
    flag = found["off_theme"]
    assert_well_formed(flag)
    assert "nông nghiệp" in flag.evidence["pledge_topics"]
    assert flag.evidence["theme_topics"]  # what the theme is about, to show the reviewer
    assert "chuyên đề" in flag.message


def test_on_theme_is_not_off_theme():
    found = check("Tổ chức 2 buổi họp phụ huynh lớp 9A mỗi học kỳ để lắng nghe ý kiến, công khai các khoản thu "
                  "trong năm học 2025–2026.", TEACHER)
    assert found == {}


def test_off_duty_on_theme():
    # On the theme (online public services for residents), but a maths teacher's job it is not.
    text = ("Hướng dẫn 30 hộ dân thôn Bút Đông cài đặt ứng dụng định danh điện tử và nộp hồ sơ dịch vụ công "
            "trực tuyến trước tháng 9/2025.")
    found = check(text, TEACHER)
    assert set(found) == {"off_duty"}
    flag = found["off_duty"]
    assert_well_formed(flag)
    assert flag.evidence["duties"] == TEACHER
    assert "giáo dục" in flag.evidence["duty_topics"]
    assert TEACHER in flag.message
    # The same deed from the one-stop-shop clerk is her job.
    assert check(text, CLERK) == {}
    # Without duties there is nothing to compare with.
    assert check(text, "") == {}


def test_off_theme_and_off_duty():
    found = check("Trồng 200 cây keo trên đồi của gia đình trước tháng 10/2025.", PHARMACIST)
    assert set(found) == {"off_theme", "off_duty"}
    assert "y tế" in found["off_duty"].evidence["duty_topics"]


def test_on_duty_close_to_the_duties_wording():
    found = check("Cấp phát thuốc đúng hẹn, hướng dẫn tận tình cách dùng thuốc cho 100% người bệnh ra viện "
                  "trong năm 2025.", PHARMACIST)
    assert found == {}
