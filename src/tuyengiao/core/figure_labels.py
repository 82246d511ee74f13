"""How figures read in Vietnamese: the labels of their keys, for `tuyengiao stats` and the reports."""

from tuyengiao.core.figures import providers

# Labels of keys later sections commonly use, for sections whose provider gives none.
COMMON_LABELS = {
    "year": "năm", "total": "tổng số", "individual": "Cá nhân", "collective": "Tập thể",
    "expected": "phải đăng ký", "submitted": "đã nộp", "on_time": "đúng hạn", "late": "nộp muộn",
    "missing": "chưa nộp", "drafts": "đang soạn", "pending": "chờ duyệt", "returned": "trả lại",
    "accepted": "đã duyệt", "deeds": "việc đăng ký", "assessed_deeds": "việc đã đánh giá",
    "completed_deeds": "việc hoàn thành", "submitted_rate": "tỷ lệ đã nộp", "completion_rate": "tỷ lệ hoàn thành",
    "pledges": "Đăng ký làm theo Bác",
}


def labeller(name: str):
    """The Vietnamese label of a key of section ``name``: the provider's own, else common words.
    ``label.title`` is the section's title."""
    provider = {p.name: p for p in providers()}.get(name)
    labels = (provider.labels or {}) if provider else {}

    def label(path: str) -> str:
        leaf = path.rsplit(".", 1)[-1]
        return labels.get(path) or labels.get(leaf) or COMMON_LABELS.get(leaf) or leaf

    label.title = (provider.title if provider and provider.title else "") or label(name)
    return label


def flatten(data: dict, prefix: str = "") -> list[tuple[str, object]]:
    items = []
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            items.extend(flatten(value, path + "."))
        else:
            items.append((path, value))
    return items
