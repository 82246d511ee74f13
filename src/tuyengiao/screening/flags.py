"""Flags as a reviewer reads them: a score, a Vietnamese message that says why, the evidence."""

from __future__ import annotations

from tuyengiao.screening.records import COLLECTIVE, Campaign, Flag

PHRASES_SHOWN = 6
TOPICS_SHOWN = 4
ORDINALS = ["thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ tám", "thứ chín"]


def vn_int(value: int) -> str:
    return f"{int(value):,}".replace(",", ".")


def vn_decimal(value: float, places: int = 1) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def percent(value: float) -> str:
    return f"{round(100 * value)}%"


def ordinal(number: int) -> str:
    """Deed number (0-based) in words: "việc thứ hai"."""
    return f"việc {ORDINALS[number]}" if number < len(ORDINALS) else f"việc thứ {number + 1}"


def quoted(items: list[str]) -> str:
    return ", ".join(f"“{item}”" for item in items)


def listing(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def too_long(deed_chars: list[int], campaign: Campaign, factor: float) -> Flag | None:
    guide, most = campaign.length_guide, campaign.max_deeds
    total = sum(deed_chars)
    longest = max(range(len(deed_chars)), key=deed_chars.__getitem__, default=None)
    if longest is None or guide <= 0:
        return None
    deed_ratio = deed_chars[longest] / guide
    total_ratio = total / (guide * max(most, 1))
    # Far more deeds than the guide allows, and longer overall than the guide's deeds together.
    too_many = len(deed_chars) > 2 * max(most, 1) and total_ratio > 1
    if max(deed_ratio, total_ratio) < factor and not too_many:
        return None
    ratio = max(deed_ratio, total_ratio, len(deed_chars) / (2 * max(most, 1)) if too_many else 0)
    evidence = {"guide": guide, "max_deeds": most, "deed_chars": deed_chars, "total_chars": total,
                "ratio": round(ratio, 2)}
    if deed_ratio >= factor and deed_ratio >= total_ratio and len(deed_chars) == 1:
        message = (f"Bản đăng ký quá dài: {vn_int(deed_chars[longest])} ký tự, gấp {vn_decimal(deed_ratio)} lần "
                   f"độ dài khuyến nghị ({vn_int(guide)} ký tự mỗi việc).")
    elif deed_ratio >= factor and deed_ratio >= total_ratio:
        message = (f"Bản đăng ký quá dài: {ordinal(longest)} có {vn_int(deed_chars[longest])} ký tự, gấp "
                   f"{vn_decimal(deed_ratio)} lần độ dài khuyến nghị ({vn_int(guide)} ký tự mỗi việc).")
    elif total_ratio >= factor:
        message = (f"Bản đăng ký quá dài: {len(deed_chars)} việc, tổng cộng {vn_int(total)} ký tự, gấp "
                   f"{vn_decimal(total_ratio)} lần mức khuyến nghị ({most} việc, mỗi việc {vn_int(guide)} ký tự).")
    else:
        message = (f"Bản đăng ký quá dài: {len(deed_chars)} việc trong khi hướng dẫn là tối đa {most} việc; "
                   f"tổng cộng {vn_int(total)} ký tự, vượt mức khuyến nghị {vn_int(guide * most)} ký tự.")
    return Flag("too_long", round(min(1.0, ratio / (2 * factor)), 2), message, evidence)


def vague(deeds: list[dict], score: float, total_deeds: int) -> Flag:
    """``deeds``: for each vague deed, {"deed", "text", "phrases", "missing"}."""
    parts = []
    for item in deeds:
        where = f"{ordinal(item['deed'])} " if total_deeds > 1 else ""
        phrases = quoted(item["phrases"][:PHRASES_SHOWN]) + ("…" if len(item["phrases"]) > PHRASES_SHOWN else "")
        parts.append(f"{where}dùng cụm từ chung chung {phrases} nhưng không nêu {listing(item['missing'])}")
    message = "Nội dung chung chung, thiếu cụ thể: " + "; ".join(parts) + "."
    message = message[:1].upper() + message[1:]
    return Flag("vague", round(score, 2), message, {"deeds": deeds})


def off_theme(pledge_topics: list[str], theme_topics: list[str], score: float, shared_words: int) -> Flag:
    about = f"nội dung thuộc lĩnh vực {listing(pledge_topics)}, " if pledge_topics else ""
    shown = theme_topics[:TOPICS_SHOWN]
    more = ", …" if len(theme_topics) > TOPICS_SHOWN else ""
    message = (f"Chưa gắn với chuyên đề năm: {about}không đề cập nội dung trọng tâm nào của chuyên đề"
               + (f" ({', '.join(shown)}{more})." if shown else "."))
    return Flag("off_theme", round(score, 2), message,
                {"pledge_topics": pledge_topics, "theme_topics": theme_topics, "shared_words": shared_words})


def off_duty(duties: str, pledge_topics: list[str], duty_topics: list[str], score: float, shared_words: int) -> Flag:
    message = f"Chưa sát với chức trách, nhiệm vụ “{duties}”: nội dung thuộc lĩnh vực {listing(pledge_topics)}"
    message += (f", còn chức trách thuộc lĩnh vực {listing(duty_topics)}." if duty_topics
                else ", không có nội dung nào chung với chức trách.")
    return Flag("off_duty", round(score, 2), message,
                {"duties": duties, "pledge_topics": pledge_topics, "duty_topics": duty_topics,
                 "shared_words": shared_words})


def _match(match: dict) -> dict:
    keys = ("id", "owner", "kind", "unit", "year", "text")
    return {key: match[key] for key in keys if key in match}


def _copy_evidence(match: dict, text: str) -> dict:
    evidence = {"match": _match(match), "similarity": match["similarity"], "jaccard": match["jaccard"],
                "containment": match["containment"], "text": text}
    if match.get("deed") is not None and match["deed"] >= 0:
        evidence["deed"] = match["deed"]
        evidence["deed_share"] = match["deed_share"]
    return evidence


def copied_past(match: dict, text: str, total_deeds: int) -> Flag:
    whose = "của chính tập thể này" if match.get("kind") == COLLECTIVE else "của chính người này"
    if match["jaccard"] >= match["similarity"] or total_deeds <= 1:
        message = (f"Gần trùng ({percent(match['similarity'])}) với bản đăng ký năm {match['year']} {whose} "
                   f"(mã {match['id']}): có dấu hiệu sao chép từ năm trước.")
    else:
        message = (f"{ordinal(match['deed']).capitalize()} lặp lại {percent(match['deed_share'])} nội dung bản "
                   f"đăng ký năm {match['year']} {whose} (mã {match['id']}): có dấu hiệu sao chép từ năm trước.")
    return Flag("copied_past", round(match["similarity"], 2), message, _copy_evidence(match, text))


def copied_peer(match: dict, text: str, cluster: dict | None) -> Flag:
    who = "tập thể" if match.get("kind") == COLLECTIVE else "cá nhân"
    message = (f"Gần trùng ({percent(match['similarity'])}) với bản đăng ký năm {match['year']} của {who} "
               f"khác ({match['owner']}, mã {match['id']})")
    evidence = _copy_evidence(match, text)
    if cluster and cluster.get("size", 0) > 2:
        message += (f"; cùng nhóm {vn_int(cluster['size'])} bản đăng ký gần giống nhau của "
                    f"{vn_int(cluster['owners'])} chủ thể")
    if cluster:
        evidence["cluster"] = cluster
    return Flag("copied_peer", round(match["similarity"], 2), message + ".", evidence)


def overlap(match: dict, text: str) -> Flag:
    share = max(match["containment"], match.get("deed_share") or 0.0)
    message = (f"Lặp lại bản đăng ký tập thể của đơn vị (mã {match['id']}): {percent(share)} nội dung "
               f"{'một việc ' if match['containment'] < share else ''}của bản đăng ký cá nhân có trong bản "
               f"của tập thể; việc đăng ký của cá nhân và tập thể đang chồng chéo.")
    return Flag("overlap", round(match["similarity"], 2), message, _copy_evidence(match, text))
