"""Whose voices are heard, drawn: where every text and bar of the two pictures goes, and painting them.

Given plain data (`Share`s from balance.py): no database, no service. Pure QPainter.

The layout functions (`balance_layout`, `trend_layout`) say where every text and bar goes, as
`Box(kind, rect, text)`; the painting functions draw exactly those boxes, so tests check the real
layout. Every size comes from the font's metrics, so one function serves a small panel and a
projector at 90 pt. Nothing is told by colour alone: the "Here" bar is an outline, the "Talking" bar
is filled; in the trend each perspective has a pattern as well as a colour, and a key names them.
"""

import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTextLayout, QTextOption

from copro_desktop.queue.balance import FOLDED, PERSPECTIVE_ORDER, TREND_MEETINGS, Share
from copro_desktop.queue.perspective_words import perspective_name
from copro_desktop.i18n import translate
from copro_desktop.queue.picture_words import anyone_spoke, percent


# Sizes, as shares of the font's line height, so they grow with the text.
BAR_HEIGHT = 0.7  # a bar in the balance picture
TALK_BAR_HEIGHT = 1.25  # the trend's thick bar: tall enough to hold a line of text
PEOPLE_BAR_HEIGHT = 0.45  # the trend's thin bar
GAP = 0.35  # between a label and its bar, and between items of a key
SMALL_GAP = 0.12  # between a line and what it labels
ROW_GAP = 0.2  # between the two bars of one group
GROUP_GAP = 0.6  # between groups, and between meetings
MIN_TRACK = 4.0  # the shortest bar track worth drawing beside its labels, in line heights
MIN_POINTS = 6.0  # the smallest text a picture shrinks to when its space is too short

# What each kind of box is, for the painter and the tests.
TEXT_KINDS = frozenset({"message", "key_text", "name", "label", "value", "legend_text", "meeting", "note"})
SEGMENT_LABEL = "segment_label"  # text drawn inside a segment of the trend's thick bar, on a paper chip

# Each perspective in the trend: a colour made from the palette ("accent", "ink", "blend" of the two,
# or "muted" ink) and a pattern, so no two are told apart by colour alone.
PERSPECTIVE_STYLES: dict[str, tuple[str, Qt.BrushStyle]] = {
    "lived_experience": ("accent", Qt.BrushStyle.SolidPattern),
    "carer": ("ink", Qt.BrushStyle.BDiagPattern),
    "professional": ("blend", Qt.BrushStyle.DiagCrossPattern),
    "other": ("ink", Qt.BrushStyle.Dense4Pattern),
    "prefer_not_to_say": ("muted", Qt.BrushStyle.HorPattern),
    FOLDED: ("accent", Qt.BrushStyle.FDiagPattern),
}
_SPARE_STYLES = (
    ("ink", Qt.BrushStyle.VerPattern),
    ("blend", Qt.BrushStyle.CrossPattern),
    ("muted", Qt.BrushStyle.Dense2Pattern),
)


class Box(NamedTuple):
    """One thing drawn: its kind (see TEXT_KINDS and the bar kinds), where, and its words (for a bar
    or swatch in the trend, the perspective it stands for)."""

    kind: str
    rect: QRectF
    text: str


# Measures and the shared pieces of layout


class _Measures:
    def __init__(self, font: QFont):
        self.font = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.fm = QFontMetricsF(font)
        self.bold_fm = QFontMetricsF(self.bold)
        self.line = self.fm.height()
        self.gap = GAP * self.line
        self.small_gap = SMALL_GAP * self.line
        self.pen = max(1.5, self.line / 14)

    def advance(self, text: str, bold: bool = False) -> float:
        return math.ceil((self.bold_fm if bold else self.fm).horizontalAdvance(text)) + 1.0

    def elided(self, text: str, width: float, bold: bool = False) -> str:
        if self.advance(text, bold) <= width:
            return text
        metrics = self.bold_fm if bold else self.fm
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width - 1))


def _text(boxes: list[Box], m: _Measures, kind: str, x: float, y: float, text: str, room: float, bold=False) -> float:
    """A line of text at (x, y), elided to `room`; returns its width (0 when nothing fits)."""
    shown = m.elided(text, room, bold)
    if not shown:
        return 0.0
    width = min(m.advance(shown, bold), room)
    height = m.bold_fm.height() if bold else m.line
    boxes.append(Box(kind, QRectF(x, y, width, height), shown))
    return width


def _wrapped(boxes: list[Box], m: _Measures, kind: str, text: str, width: float, y: float, x: float = 0.0) -> float:
    """Words wrapped to the width from x, a box per line (a word too long for a line breaks where it must)."""
    layout = QTextLayout(text, m.font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width - 2))  # room for the rounding up of each line's measured width
    layout.endLayout()
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        words = text[line.textStart() : line.textStart() + line.textLength()].strip()
        if words:
            _text(boxes, m, kind, x, y, words, width)
        y += m.line
    return y


class _KeyItem(NamedTuple):
    swatch_kind: str
    swatch_text: str
    swatch_width: float
    swatch_height: float
    text_kind: str
    text: str


def _flow(boxes: list[Box], m: _Measures, items: Sequence[_KeyItem], width: float, y: float) -> float:
    """Key items (a swatch and its words) side by side, onto as many lines as they need."""
    x = 0.0
    line_height = 0.0
    for item in items:
        size = item.swatch_width + m.gap / 2 + m.advance(item.text)
        if x > 0 and x + size > width:
            x, y, line_height = 0.0, y + line_height + m.small_gap, 0.0
        if size > width:
            # Not even alone on a line: its words wrapped beside the swatch, or under it where that is too narrow.
            height = max(m.line, item.swatch_height)
            swatch = QRectF(0.0, y + (height - item.swatch_height) / 2, min(item.swatch_width, width), item.swatch_height)
            boxes.append(Box(item.swatch_kind, swatch, item.swatch_text))
            text_x = item.swatch_width + m.gap / 2
            if width - text_x >= MIN_TRACK * m.line:
                words_end = _wrapped(boxes, m, item.text_kind, item.text, width - text_x, y + (height - m.line) / 2, text_x)
            else:
                words_end = _wrapped(boxes, m, item.text_kind, item.text, width, y + height + m.small_gap)
            y = max(words_end, swatch.bottom()) + m.small_gap
            continue
        height = max(m.line, item.swatch_height)
        swatch_top = y + (height - item.swatch_height) / 2
        boxes.append(Box(item.swatch_kind, QRectF(x, swatch_top, item.swatch_width, item.swatch_height), item.swatch_text))
        text_x = x + item.swatch_width + m.gap / 2
        used = _text(boxes, m, item.text_kind, text_x, y + (height - m.line) / 2, item.text, width - text_x)
        x = text_x + used + m.gap * 1.5
        line_height = max(line_height, height)
    return y + line_height


def _bottom(boxes: Sequence[Box]) -> float:
    return max((box.rect.bottom() for box in boxes), default=0.0)


def _sized(font: QFont, points: float) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(points)
    return sized


def _points(font: QFont) -> float:
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return font.pixelSize() * 72 / 96


_FITTED: dict[tuple, QFont] = {}


def fitting_font(font: QFont, height_of: Callable[[QFont], float], height: float, key: tuple | None = None) -> QFont:
    """The font itself when the picture fits the height; otherwise the largest smaller one that fits
    (never below MIN_POINTS), so a picture is shrunk rather than cut off.

    `key` names the picture's shape (which groups, how wide): the size found last time for that shape
    is tried first, and kept while it fits. New figures after each turn then cost one layout, not a
    search, and the picture does not change size every time someone speaks."""
    if key is None:
        return _fitting(font, height_of, height)
    remembered = (key, font.key(), round(height, 2))
    fitted = _FITTED.get(remembered)
    if fitted is None or height_of(fitted) > height:
        if len(_FITTED) >= _LAID_OUT_KEPT:
            _FITTED.clear()
        fitted = _FITTED[remembered] = _fitting(font, height_of, height)
    return fitted


def _fitting(font: QFont, height_of: Callable[[QFont], float], height: float) -> QFont:
    # A picture's height grows about in step with its text, so a guess from the ratio is close, and a
    # few steps down make it fit: three or four layouts, not the dozen a halving search takes.
    if height <= 0:
        return font
    needed = height_of(font)
    if needed <= height:
        return font
    points = _points(font)
    for _ in range(6):
        points = max(MIN_POINTS, min(points * 0.97, points * height / needed * 0.99))
        sized = _sized(font, points)
        needed = height_of(sized)
        if needed <= height or points <= MIN_POINTS:
            return sized
    return sized


# One meeting: the balance picture


# Laid-out pictures, by what they show, the font and the width: Qt asks a widget's height for its width
# many times per layout pass, and each answer is a whole layout. Kept small; a picture seldom changes.
_LAID_OUT: dict[tuple, list[Box]] = {}
_LAID_OUT_KEPT = 64


def _remembered(kind: str, content: tuple, font: QFont, width: float, lay_out: Callable[[], list[Box]]) -> list[Box]:
    key = (kind, content, font.key(), round(width, 2))
    boxes = _LAID_OUT.get(key)
    if boxes is None:
        if len(_LAID_OUT) >= _LAID_OUT_KEPT:
            _LAID_OUT.clear()
        boxes = _LAID_OUT[key] = lay_out()
    return boxes


def balance_layout(shares: Sequence[Share], font: QFont, width: float) -> list[Box]:
    """Where everything of the balance picture goes (see _balance_layout); the same picture is laid out once."""
    return _remembered("balance", tuple(shares), font, width, lambda: _balance_layout(shares, font, width))


def trend_layout(meetings: Sequence[tuple[str, Sequence[Share]]], font: QFont, width: float) -> list[Box]:
    """Where everything of the trend picture goes (see _trend_layout); the same picture is laid out once."""
    content = tuple((label, tuple(shares)) for label, shares in meetings)
    return _remembered("trend", content, font, width, lambda: _trend_layout(meetings, font, width))


def _balance_layout(shares: Sequence[Share], font: QFont, width: float) -> list[Box]:
    """Where everything of the balance picture goes, in a box `width` wide from (0, 0).

    Kinds: "message", "key_here" and "key_talk" (swatches), "key_text", then for each group a
    "name", and for each of its two bars a "label", a "track" (the whole scale), the bar itself
    ("here_bar" or "talk_bar") and its "value".
    """
    width = max(float(width), 1.0)
    m = _Measures(font)
    boxes: list[Box] = []
    if not shares:
        _wrapped(boxes, m, "message", translate("QueuePicture", "No one is here yet."), width, 0.0)
        return boxes
    bar = BAR_HEIGHT * m.line
    here_word = translate("QueuePicture", "Here")
    talk_word = translate("QueuePicture", "Talking")
    key = [
        _KeyItem("key_here", "", 1.6 * m.line, bar, "key_text", translate("QueuePicture", "Here: people in the room")),
        _KeyItem("key_talk", "", 1.6 * m.line, bar, "key_text", translate("QueuePicture", "Talking: time spent talking")),
    ]
    y = _flow(boxes, m, key, width, 0.0)
    if not anyone_spoke(shares):
        y = _wrapped(boxes, m, "message", translate("QueuePicture", "No one has spoken yet."), width, y + m.small_gap)

    values = [(percent(s.people_share), percent(s.talk_share)) for s in shares]
    label_column = max(m.advance(here_word), m.advance(talk_word)) + m.gap
    widest_value = max([m.advance(percent(1.0))] + [m.advance(v) for pair in values for v in pair])
    value_column = m.gap + widest_value
    track_width = width - label_column - value_column
    beside = track_width >= max(MIN_TRACK * m.line, 0.3 * width)

    for share, (here_value, talk_value) in zip(shares, values, strict=True):
        y += GROUP_GAP * m.line
        _text(boxes, m, "name", 0.0, y, perspective_name(share.perspective), width, bold=True)
        y += m.bold_fm.height() + m.small_gap
        rows = (("here_bar", here_word, share.people_share, here_value), ("talk_bar", talk_word, share.talk_share, talk_value))
        for row, (kind, word, fraction, value) in enumerate(rows):
            if row:
                y += ROW_GAP * m.line
            fraction = min(max(fraction, 0.0), 1.0)
            if beside:
                # Label | track, with the bar from its start | the value just past the bar's end.
                row_height = max(m.line, bar)
                _text(boxes, m, "label", 0.0, y + (row_height - m.line) / 2, word, label_column - m.gap)
                track = QRectF(label_column, y + (row_height - bar) / 2, track_width, bar)
                filled = QRectF(track.left(), track.top(), track.width() * fraction, bar)
                boxes += [Box("track", track, ""), Box(kind, filled, "")]
                value_x = filled.right() + m.gap
                _text(boxes, m, "value", value_x, y + (row_height - m.line) / 2, value, width - value_x)
                y += row_height
            else:
                # Too narrow to put words beside the bar: the label and value on a line above it.
                value_width = m.advance(value)
                if m.advance(word) + m.gap + value_width <= width:
                    _text(boxes, m, "label", 0.0, y, word, width - value_width - m.gap)
                    _text(boxes, m, "value", width - value_width, y, value, value_width)
                    y += m.line
                else:
                    _text(boxes, m, "label", 0.0, y, word, width)
                    y += m.line
                    _text(boxes, m, "value", 0.0, y, value, width)
                    y += m.line
                y += m.small_gap
                track = QRectF(0.0, y, width, bar)
                boxes += [Box("track", track, ""), Box(kind, QRectF(0.0, y, width * fraction, bar), "")]
                y += bar
    return boxes


def balance_shape(shares: Sequence[Share], width: float) -> tuple:
    """What decides the balance picture's size: its groups and its width (not their figures)."""
    return ("balance", tuple(share.perspective for share in shares), width)


def balance_height(shares: Sequence[Share], font: QFont, width: float) -> float:
    return _bottom(balance_layout(shares, font, width))


def _mix(one: QColor, other: QColor, amount: float) -> QColor:
    """`amount` of the way from one colour to the other."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * amount,
        one.greenF() + (other.greenF() - one.greenF()) * amount,
        one.blueF() + (other.blueF() - one.blueF()) * amount,
    )


def _paint_text(painter: QPainter, m: _Measures, box: Box, ink: QColor) -> None:
    painter.setFont(m.bold if box.kind == "name" else m.font)
    painter.setPen(ink)
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
    painter.drawText(box.rect, align, box.text)


def _paint_outline(painter: QPainter, rect: QRectF, ink: QColor, width: float) -> None:
    if rect.width() <= 0 or rect.height() <= 0:
        return
    if rect.width() <= 2 * width:  # too thin for an outline and a hollow: a sliver of ink
        painter.fillRect(rect, ink)
        return
    painter.setPen(QPen(ink, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap, Qt.PenJoinStyle.MiterJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))


def _paint_filled(painter: QPainter, rect: QRectF, fill: QBrush | QColor, ink: QColor, width: float) -> None:
    if rect.width() <= 0 or rect.height() <= 0:
        return
    painter.fillRect(rect, fill)
    if rect.width() > 2 * width:
        painter.setPen(QPen(ink, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap, Qt.PenJoinStyle.MiterJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))


def track_colour(ink: QColor, paper: QColor) -> QColor:
    """The faint band behind a bar that shows the whole scale."""
    return _mix(paper, ink, 0.15)


def paint_balance(
    painter: QPainter,
    rect: QRectF,
    shares: Sequence[Share],
    font: QFont,
    ink: QColor,
    paper: QColor,
    accent: QColor,
) -> None:
    """Draw the balance picture inside `rect` (shrinking the text only if it would not fit its height).
    The "Here" bar is an outline in `ink`; the "Talking" bar is filled in `accent`."""
    rect = QRectF(rect)
    font = fitting_font(
        font, lambda f: balance_height(shares, f, rect.width()), rect.height(), balance_shape(shares, rect.width())
    )
    m = _Measures(font)
    band = track_colour(ink, paper)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.translate(rect.topLeft())
    for box in balance_layout(shares, font, rect.width()):
        if box.kind in TEXT_KINDS:
            _paint_text(painter, m, box, ink)
        elif box.kind == "track":
            painter.fillRect(box.rect, band)
        elif box.kind in ("here_bar", "key_here"):
            _paint_outline(painter, box.rect, ink, m.pen)
        elif box.kind in ("talk_bar", "key_talk"):
            _paint_filled(painter, box.rect, accent, ink, max(1.0, m.pen / 2))
    painter.restore()


# Meeting by meeting: the trend picture


def _perspectives(meetings: Sequence[tuple[str, Sequence[Share]]]) -> list[str]:
    seen = {share.perspective for _label, shares in meetings for share in shares}
    known = [p for p in (*PERSPECTIVE_ORDER, FOLDED) if p in seen]
    return known + sorted(seen - set(known))


def perspective_style(perspective: str) -> tuple[str, Qt.BrushStyle]:
    """The colour (as a palette recipe) and the pattern a perspective has in the trend."""
    if perspective in PERSPECTIVE_STYLES:
        return PERSPECTIVE_STYLES[perspective]
    return _SPARE_STYLES[sum(map(ord, perspective)) % len(_SPARE_STYLES)]


def perspective_colour(perspective: str, ink: QColor, paper: QColor, accent: QColor) -> QColor:
    recipe, _pattern = perspective_style(perspective)
    return {
        "accent": accent,
        "ink": ink,
        "blend": _mix(accent, ink, 0.45),
        "muted": _mix(ink, paper, 0.4),
    }[recipe]


def perspective_brush(perspective: str, ink: QColor, paper: QColor, accent: QColor, line: float) -> QBrush:
    """The brush a perspective's segments are filled with: a palette colour and its pattern, the
    pattern's lines as thick and as far apart as the text is large (Qt draws its own patterns a pixel
    wide whatever the size, which a room 8 m away sees as a grey)."""
    _recipe, pattern = perspective_style(perspective)
    colour = perspective_colour(perspective, ink, paper, accent)
    scale = max(1, round(line / 16))
    if scale == 1 or pattern == Qt.BrushStyle.SolidPattern:
        return QBrush(colour, pattern)
    return QBrush(_pattern_tile(colour.rgba(), pattern, scale))


_TILES: dict[tuple[int, Qt.BrushStyle, int], QImage] = {}


def _pattern_tile(rgba: int, pattern: Qt.BrushStyle, scale: int) -> QImage:
    """One repeat of a pattern, `scale` times Qt's own (8 pixels), drawn as lines `scale` wide."""
    key = (rgba, pattern, scale)
    if key in _TILES:
        return _TILES[key]
    size = 8 * scale
    tile = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = QColor.fromRgba(rgba)
    painter.setPen(QPen(colour, scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    s = float(size)
    rising = [((-s, s), (s, -s)), ((0, s), (s, 0)), ((0, 2 * s), (2 * s, 0))]  # / and its neighbours, so tiles join
    falling = [((-s, 0), (s, 2 * s)), ((0, 0), (s, s)), ((0, -s), (2 * s, s))]
    lines = {
        Qt.BrushStyle.BDiagPattern: rising,
        Qt.BrushStyle.FDiagPattern: falling,
        Qt.BrushStyle.DiagCrossPattern: rising + falling,
        Qt.BrushStyle.HorPattern: [((0, s / 2), (s, s / 2))],
        Qt.BrushStyle.VerPattern: [((s / 2, 0), (s / 2, s))],
        Qt.BrushStyle.CrossPattern: [((0, s / 2), (s, s / 2)), ((s / 2, 0), (s / 2, s))],
    }.get(pattern)
    if lines is not None:
        for (x1, y1), (x2, y2) in lines:
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    else:  # the dotted ones: a dot, bigger the denser Qt's pattern
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        radius = s * (0.3 if pattern in (Qt.BrushStyle.Dense1Pattern, Qt.BrushStyle.Dense2Pattern) else 0.2)
        painter.drawEllipse(QPointF(s / 2, s / 2), radius, radius)
    painter.end()
    _TILES[key] = tile
    return tile


def _segments(boxes, kind, track: QRectF, shares: Sequence[Share], fractions: Sequence[float]) -> list[QRectF]:
    rects = []
    start = 0.0
    for share, fraction in zip(shares, fractions, strict=True):
        end = min(1.0, start + max(0.0, fraction))
        segment = QRectF(track.left() + track.width() * start, track.top(), track.width() * (end - start), track.height())
        if segment.width() > 0:
            boxes.append(Box(kind, segment, share.perspective))
        rects.append(segment)
        start = end
    return rects


def _trend_layout(meetings: Sequence[tuple[str, Sequence[Share]]], font: QFont, width: float) -> list[Box]:
    """Where everything of the trend picture goes, in a box `width` wide from (0, 0).

    Kinds: "message"; the legend ("legend_swatch" with the perspective as its text, "legend_text");
    the bar key ("key_talk_swatch", "key_here_swatch", "key_text"); then for each meeting its
    "meeting" label, a "talk_track" with "talk_segment"s (text: the perspective) and
    "segment_label"s inside them, or a "note" when no one spoke, and a thinner "people_track" with
    "people_segment"s.
    """
    width = max(float(width), 1.0)
    m = _Measures(font)
    boxes: list[Box] = []
    shown = list(meetings)[-TREND_MEETINGS:]
    if not shown:
        _wrapped(boxes, m, "message", translate("QueuePicture", "No meetings to show yet."), width, 0.0)
        return boxes
    talk_height = TALK_BAR_HEIGHT * m.line
    people_height = PEOPLE_BAR_HEIGHT * m.line
    swatch = 1.6 * m.line
    legend = [
        _KeyItem("legend_swatch", p, swatch, 0.8 * m.line, "legend_text", perspective_name(p)) for p in _perspectives(shown)
    ]
    y = _flow(boxes, m, legend, width, 0.0)
    bar_key = [
        _KeyItem("key_talk_swatch", "", swatch, 0.8 * m.line, "key_text", translate("QueuePicture", "Talking (thick bar)")),
        _KeyItem("key_here_swatch", "", swatch, 0.35 * m.line, "key_text", translate("QueuePicture", "Here (thin bar)")),
    ]
    y = _flow(boxes, m, bar_key, width, y + m.small_gap)

    label_column = min(max(m.advance(label) for label, _shares in shown) + m.gap, 0.35 * width)
    beside = width - label_column >= MIN_TRACK * m.line
    bar_left = label_column if beside else 0.0
    bar_width = width - bar_left
    pad = 0.2 * m.line
    for label, shares in shown:
        y += GROUP_GAP * m.line
        if beside:
            _text(boxes, m, "meeting", 0.0, y + (talk_height - m.line) / 2, label, label_column - m.gap)
        else:
            _text(boxes, m, "meeting", 0.0, y, label, width)
            y += m.line + m.small_gap
        talk_track = QRectF(bar_left, y, bar_width, talk_height)
        boxes.append(Box("talk_track", talk_track, ""))
        if anyone_spoke(shares):
            segments = _segments(boxes, "talk_segment", talk_track, shares, [s.talk_share for s in shares])
            for share, segment in zip(shares, segments, strict=True):
                words = percent(share.talk_share)
                chip_width = m.advance(words) + 2 * pad
                if segment.width() >= chip_width + 2 * m.pen and segment.height() >= m.line + 2 * m.pen:
                    chip = QRectF(segment.center().x() - chip_width / 2, segment.center().y() - m.line / 2, chip_width, m.line)
                    boxes.append(Box(SEGMENT_LABEL, chip, words))
        else:
            room = bar_width - 2 * pad
            words = m.elided(translate("QueuePicture", "No one spoke"), room)
            if words and talk_height >= m.line:
                boxes.append(Box("note", QRectF(bar_left + pad, y + (talk_height - m.line) / 2, m.advance(words), m.line), words))
        y += talk_height + m.small_gap
        people_track = QRectF(bar_left, y, bar_width, people_height)
        boxes.append(Box("people_track", people_track, ""))
        _segments(boxes, "people_segment", people_track, shares, [s.people_share for s in shares])
        y += people_height
    return boxes


def trend_height(meetings: Sequence[tuple[str, Sequence[Share]]], font: QFont, width: float) -> float:
    return _bottom(trend_layout(meetings, font, width))


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    meetings: Sequence[tuple[str, Sequence[Share]]],
    font: QFont,
    ink: QColor,
    paper: QColor,
    accent: QColor,
) -> None:
    """Draw the trend picture inside `rect` (shrinking the text only if it would not fit its height)."""
    rect = QRectF(rect)
    shape = ("trend", len(meetings), tuple(_perspectives(meetings)), rect.width())
    font = fitting_font(font, lambda f: trend_height(meetings, f, rect.width()), rect.height(), shape)
    m = _Measures(font)
    thin = max(1.0, m.pen / 2)
    band = track_colour(ink, paper)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.translate(rect.topLeft())
    boxes = trend_layout(meetings, font, rect.width())
    for box in boxes:
        if box.kind in TEXT_KINDS:
            _paint_text(painter, m, box, ink)
        elif box.kind in ("talk_track", "people_track"):
            painter.fillRect(box.rect, band)
        elif box.kind in ("talk_segment", "people_segment", "legend_swatch"):
            painter.fillRect(box.rect, paper)
            painter.setBrushOrigin(box.rect.topLeft())  # every segment's pattern starts at its top, even a thin one
            _paint_filled(painter, box.rect, perspective_brush(box.text, ink, paper, accent, m.line), ink, thin)
        elif box.kind in ("key_talk_swatch", "key_here_swatch"):
            _paint_outline(painter, box.rect, ink, thin)
        elif box.kind == SEGMENT_LABEL:
            painter.fillRect(box.rect, paper)
            _paint_outline(painter, box.rect, ink, thin)
            painter.setFont(m.font)
            painter.setPen(ink)
            painter.drawText(box.rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, box.text)
    painter.restore()
