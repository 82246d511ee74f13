"""Who writes: a member's role (``role_of``), a unit's kind, and the places a unit's name gives."""

import re

from tuyengiao.screening.normalize import fold

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
