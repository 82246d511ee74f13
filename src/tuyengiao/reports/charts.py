"""Small charts drawn on the server as inline SVG: no script, nothing fetched, printable.

Each bar is a link to the rows behind it; each chart carries a Vietnamese title and its values as
text, so it reads without colour and on paper.
"""

from dataclasses import dataclass, field

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe


@dataclass
class Part:
    value: float  # a share of the row's whole (0–1) or a count, as the chart's scale says
    css: str  # the colour class: "bar-main", "bar-late", "bar-warn", "bar-ok"
    label: str  # what the part is, for the tooltip ("đúng hạn")


@dataclass
class Bar:
    label: str
    text: str  # the value as written next to the bar ("62/121 · 51%")
    url: str = ""
    parts: list[Part] = field(default_factory=list)


LABEL_WIDTH, BAR_WIDTH, TEXT_WIDTH, ROW = 250, 300, 130, 24


def _clip(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bars(title: str, rows: list[Bar], *, scale: float = 1.0, legend: list[Part] = ()) -> SafeString:
    """Horizontal bars, one row per item; ``scale`` is the value of a full-length bar."""
    height = ROW * len(rows) + (22 if legend else 4)
    width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH
    items = []
    for index, row in enumerate(rows):
        y = index * ROW
        x, segments = LABEL_WIDTH, []
        for part in row.parts:
            length = BAR_WIDTH * max(0.0, min(part.value / scale if scale else 0, 1.0))
            segments.append(format_html(
                '<rect class="{}" x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>',
                part.css, f"{x:.1f}", y + 5, f"{length:.1f}", ROW - 10, part.label, row.text))
            x += length
        body = format_html(
            '<text class="chart-label" x="{}" y="{}">{}</text>'
            '<rect class="bar-track" x="{}" y="{}" width="{}" height="{}"></rect>{}'
            '<text class="chart-value" x="{}" y="{}">{}</text>',
            LABEL_WIDTH - 8, y + ROW - 8, _clip(row.label), LABEL_WIDTH, y + 5, BAR_WIDTH, ROW - 10,
            mark_safe("".join(segments)), LABEL_WIDTH + BAR_WIDTH + 8, y + ROW - 8, row.text)
        items.append(format_html('<a href="{}">{}</a>', row.url, body) if row.url else body)
    keys = ""
    if legend:
        y = ROW * len(rows) + 6
        keys = format_html_join("", '<rect class="{}" x="{}" y="{}" width="12" height="12"></rect>'
                                    '<text class="chart-legend" x="{}" y="{}">{}</text>',
                                ((part.css, LABEL_WIDTH + i * 140, y, LABEL_WIDTH + i * 140 + 16, y + 11, part.label)
                                 for i, part in enumerate(legend)))
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}"><title>{}</title>{}{}</svg>',
        width, height, title, title, mark_safe("".join(items)), keys)


def columns(title: str, groups: list[tuple[str, list[Part], str]], *, scale: float = 1.0,
            legend: list[Part] = ()) -> SafeString:
    """Grouped vertical columns (the years of a trend): ``groups`` = (label, parts, url)."""
    plot, top, width_per = 160, 20, 110
    width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH  # the bar charts' width: the same text size side by side
    items = []
    for index, (label, parts, url) in enumerate(groups):
        x0 = 50 + index * width_per
        bars_ = []
        for j, part in enumerate(parts):
            h = plot * max(0.0, min(part.value / scale if scale else 0, 1.0))
            text = f"{round(100 * part.value)}%" if scale == 1.0 else str(part.value)
            bars_.append(format_html(
                '<rect class="{}" x="{}" y="{}" width="28" height="{}"><title>{} {}: {}</title></rect>'
                '<text class="chart-value" x="{}" y="{}" text-anchor="middle">{}</text>',
                part.css, x0 + j * 32, f"{top + plot - h:.1f}", f"{h:.1f}", part.label, label, text, x0 + j * 32 + 14,
                f"{top - 4 + plot - h:.1f}", text))
        body = format_html('{}<text class="chart-label" x="{}" y="{}" text-anchor="middle">{}</text>',
                           mark_safe("".join(bars_)), x0 + 16 * len(parts), top + plot + 18, label)
        items.append(format_html('<a href="{}">{}</a>', url, body) if url else body)
    axis = format_html('<line class="chart-axis" x1="40" y1="{}" x2="{}" y2="{}"></line>', top + plot, width,
                       top + plot)
    keys = format_html_join("", '<rect class="{}" x="{}" y="{}" width="12" height="12"></rect>'
                                '<text class="chart-legend" x="{}" y="{}">{}</text>',
                            ((p.css, 50 + i * 200, top + plot + 30, 66 + i * 200, top + plot + 41, p.label)
                             for i, p in enumerate(legend)))
    return format_html('<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}">'
                       '<title>{}</title>{}{}{}</svg>', width, top + plot + 50, title, title, axis,
                       mark_safe("".join(items)), keys)
