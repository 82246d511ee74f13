"""How a unit is named in the header of a Party document (Hướng dẫn 36-HD/VPTW).

The left header block names the superior Party organisation ("ĐẢNG BỘ TỈNH THANH HÓA") above the
issuing body ("ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH"); a document symbol names the issuer in
short ("BC/ĐUK"); the place line names the province. All of these are defaults the person
generating a report can change, and the editable template can rearrange.
"""

from tuyengiao.org.models import Unit, UnitKind

# "Tỉnh ủy Thanh Hóa" is the committee; its Party organisation is "Đảng bộ tỉnh Thanh Hóa".
COMMITTEE_TO_ORGANISATION = [
    ("Tỉnh ủy ", "Đảng bộ tỉnh "),
    ("Thành ủy ", "Đảng bộ thành phố "),
    ("Huyện ủy ", "Đảng bộ huyện "),
    ("Thị ủy ", "Đảng bộ thị xã "),
    ("Quận ủy ", "Đảng bộ quận "),
    ("Đảng ủy ", "Đảng bộ "),
]

SYMBOLS = {
    UnitKind.PROVINCE: "TU", UnitKind.DISTRICT: "HU", UnitKind.BLOC: "ĐUK", UnitKind.MILITARY: "ĐUQS",
    UnitKind.POLICE: "ĐUCA", UnitKind.COMMUNE: "ĐU", UnitKind.AGENCY: "ĐU", UnitKind.BASE_CELL: "CB",
    UnitKind.CELL: "CB", UnitKind.OTHER: "ĐU",
}

# Who signs on behalf of whom: a committee with a standing board, a grassroots committee, a cell.
SIGNING_BODY = {
    UnitKind.PROVINCE: "BAN THƯỜNG VỤ", UnitKind.DISTRICT: "BAN THƯỜNG VỤ", UnitKind.BLOC: "BAN THƯỜNG VỤ",
    UnitKind.MILITARY: "BAN THƯỜNG VỤ", UnitKind.POLICE: "BAN THƯỜNG VỤ", UnitKind.COMMUNE: "ĐẢNG ỦY",
    UnitKind.AGENCY: "ĐẢNG ỦY", UnitKind.BASE_CELL: "CHI BỘ", UnitKind.CELL: "CHI BỘ", UnitKind.OTHER: "ĐẢNG ỦY",
}

PLACE_PREFIXES = ("Tỉnh ủy ", "Thành ủy ", "Đảng bộ tỉnh ", "Đảng bộ thành phố ")


def upper(text: str) -> str:
    return text.upper()


def organisation_name(unit: Unit) -> str:
    """The Party organisation a committee leads: "Tỉnh ủy Hà Nam" → "Đảng bộ tỉnh Hà Nam"."""
    for committee, organisation in COMMITTEE_TO_ORGANISATION:
        if unit.name.startswith(committee):
            return organisation + unit.name[len(committee):]
    return unit.name


def superior_body(unit: Unit) -> str:
    """The line above the issuer: the parent's Party organisation, none for a top-level unit."""
    return upper(organisation_name(unit.parent)) if unit.parent_id else ""


def place(unit: Unit) -> str:
    """The place name of the date line: the province of the top-level ancestor."""
    root = unit.ancestors()[0] if unit.parent_id else unit
    for prefix in PLACE_PREFIXES:
        if root.name.startswith(prefix):
            return root.name[len(prefix):]
    return root.name


def symbol(unit: Unit) -> str:
    return SYMBOLS.get(unit.kind, "ĐU")


def signing_body(unit: Unit) -> str:
    return SIGNING_BODY.get(unit.kind, "BAN THƯỜNG VỤ")
