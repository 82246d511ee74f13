"""Pools of template phrases per role (``POOLS``), merged with the shared ones by ``_pools``."""

from tuyengiao.pledges.demo_texts.civil import SECTORS
from tuyengiao.pledges.demo_texts.collective import COLLECTIVE_EXTRA, COLLECTIVE_PROOF, COLLECTIVE_WITH
from tuyengiao.pledges.demo_texts.health import PATIENTS
from tuyengiao.pledges.demo_texts.phrases import (
    COMMUNE_EXTRA, FARM, FARM_MODEL, GENERIC_PREFIX, HEALTH_EXTRA, OFFICE_EXTRA, OFFICE_PROOF, OFFICE_WITH,
    RESIDENT_EXTRA, RESIDENT_PREFIX, RESIDENT_PROOF, RESIDENT_WITH, SUBJECTS, TEACHER_EXTRA, TF_COMMON, TF_FARM,
    TF_SCHOOL, UNIT_EXTRA, UNIT_PROOF, UNIT_WITH,
)
from tuyengiao.pledges.demo_texts.places import FIELDS, HAMLETS, LANDMARKS, RESIDENT_SPOT, STREETS, WARD_SPOT
from tuyengiao.pledges.demo_texts.steps import OCCASIONS_VILLAGE, OCCASIONS_WARD, OCCASIONS_WORK, SCOPE_OF

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
