"""The one shape of every projector view: a heading and blocks of text, drawn large, in pages that fit.

A view says what to show (`heading()` and `blocks()`); this class lays it out at the facilitator's
text size, splits it into pages that fit the screen, and paints it. It never overflows: lines never
overlap and nothing falls off the bottom, whatever the text size or the number of agreements.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QWidget

from copro_desktop.i18n import translate
from copro_desktop.ui.theme import AUDIENCE_ACCENT, AUDIENCE_BASE_POINTS, apply_audience_palette, audience_font


@dataclass(frozen=True)
class Block:
    """A paragraph the room reads. `keep_visible`: the page holding it is the one shown."""

    text: str
    scale: float = 1.0
    bold: bool = False
    accent: bool = False
    centred: bool = False
    keep_visible: bool = False
    name: str = ""  # what to call it on a page where it carries on from the last ("Agreement 5")


@dataclass
class _Piece:
    """The lines `first` to `last` (inclusive) of one block's layout, drawn `top` pixels below the body's top."""

    block: int
    paragraph: "_Paragraph"
    text: str  # the words of those lines, as typed
    first: int
    last: int
    top: float
    accent: bool


@dataclass
class _Paragraph:
    layout: QTextLayout
    text: str
    heights: list[float]  # the pitch of each line: its own height plus a little air
    tops: list[float]  # where each line starts, from the paragraph's top
    key: tuple = ()  # words, font, width and alignment: the same key draws the same


# Relative sizes and spacing, in proportion to the base text size so they grow with it.
HEADING_SCALE = 1.1
PAGE_LABEL_SCALE = 0.55  # small enough to leave the words room at the largest sizes
MARGIN_EMS = 0.45  # around the page, in base line heights
MIN_MARGIN_PX = 24
BLOCK_GAP_EMS = 0.5  # between blocks
LINE_AIR = 0.12  # extra space between wrapped lines, as a share of the line's height


class AudienceView(QWidget):
    """A projector view: subclasses give `heading()` and `blocks()` and call `refresh()` when their data changes."""

    changed = Signal()  # what the room would see may have changed: content, page or size
    pictureChanged = Signal()  # what is drawn did change (a change on another page leaves it as it is)
    heading_scale = HEADING_SCALE
    heading_centred = False

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.points = float(AUDIENCE_BASE_POINTS)
        self.setAccessibleName(title)
        apply_audience_palette(self)
        self._page = 0
        self._pages: list[list[_Piece]] = [[]]
        self._heading: _Paragraph | None = None
        self._width = 0.0
        self._dirty = True
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self._ensure_layout)
        self._settle.start()  # the first layout, once the subclass is ready
        self._margin_px = 0.0
        self._gap_px = 0.0
        self._keep_page_number = True  # after a change of content; after a resize, keep the same words in view
        self._hold_page = False  # the next layout stays on the page shown, whatever is kept in view
        self._anchor: int | None = None
        self._drawn: tuple | None = None  # what the last layout put on the page: the same again needs no paint
        # Laid-out paragraphs from the last layout, keyed by text, font, width and alignment:
        # a change to one agreement lays out only that one again.
        self._laid_out: dict[tuple, _Paragraph] = {}
        self._reusable: dict[tuple, _Paragraph] = {}
        self._options: dict[bool, QTextOption] = {}
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._font_keys: dict[int, str] = {}  # QFont.key() builds a string each call: once per font

    # What subclasses give
    def heading(self) -> str:
        return ""

    def short_heading(self) -> str:
        """Fewer words for the heading, for when the whole of it does not fit (the largest text sizes)."""
        return self.heading()

    def blocks(self) -> list[Block]:
        return []

    def sent(self) -> None:
        """The facilitator has just sent this view to the room: a view that shows a moment takes it now."""

    def refresh(self) -> None:
        """The view's data changed: lay out again, keeping the page number where it still exists."""
        self._invalidate(keep_page_number=True)

    def refresh_in_place(self) -> None:
        """Only words that tick changed (a clock): lay out again on the page the room is reading, even
        if it is not the page with the block kept in view, so paging on with the clock shown still works."""
        self._hold_page = True
        self._invalidate(keep_page_number=True)

    # The facilitator's controls
    def set_points(self, points: float) -> None:
        if float(points) == self.points:
            return  # the projector applies its scale often; the same size changes nothing
        self.points = float(points)
        self._fonts.clear()
        self._font_keys.clear()
        self._invalidate(keep_page_number=False)

    def page_count(self) -> int:
        self._ensure_layout()
        return len(self._pages)

    def page(self) -> int:
        self._ensure_layout()
        return self._page

    def has_next_page(self) -> bool:
        return self.page() < self.page_count() - 1

    def has_previous_page(self) -> bool:
        return self.page() > 0

    def next_page(self) -> None:
        if self.has_next_page():
            self._go_to(self._page + 1)

    def previous_page(self) -> None:
        if self.has_previous_page():
            self._go_to(self._page - 1)

    def page_label(self) -> str:
        count = self.page_count()
        if count <= 1:
            return ""
        if self._goes_on():
            # The last words here stop mid-way (a long agreement at a large size): say so, so no one
            # takes half an agreement for the whole of it.
            words = translate("AudienceView", "Page {page} of {count}. It goes on over the page.")
        else:
            words = translate("AudienceView", "Page {page} of {count}")
        return words.format(page=self._page + 1, count=count)

    def _goes_on(self) -> bool:
        pieces = self._pages[self._page]
        return bool(pieces) and pieces[-1].last < pieces[-1].paragraph.layout.lineCount() - 1

    # What is drawn, for tests and screen readers
    def texts(self) -> list[str]:
        """Everything drawn on the current page, in order: heading, each block (or its part here), page label."""
        self._ensure_layout()
        shown = [self._heading.text] if self._heading else []
        shown += [piece.text for piece in self._pages[self._page]]
        if self.page_label():
            shown.append(self.page_label())
        return shown

    def text_boxes(self) -> list[tuple[str, QRectF]]:
        """Each drawn line's text and where it is drawn, in this widget's coordinates."""
        return [(text, rect) for text, rect, _line, _origin, _accent in self._drawn_lines()]

    # Layout
    def _invalidate(self, keep_page_number: bool) -> None:
        """Lay out again once the current burst of changes is over (a reload sends several signals).

        Anything that asks what is shown before then gets the new layout at once.
        """
        if not self._dirty:
            self._keep_page_number = keep_page_number
            pieces = self._pages[self._page]
            self._anchor = pieces[0].block if pieces else None
            self._dirty = True
            self._settle.start()  # screen readers read the description, so it must catch up without a paint
        self.changed.emit()  # the new layout repaints only if the page on the wall looks different

    def _go_to(self, page: int) -> None:
        self._page = page
        self._describe()
        self._repaint_if_different()
        self.changed.emit()

    def _repaint_if_different(self) -> None:
        """Paint again only when the page looks different: a proposal on page 8 leaves page 1 alone."""
        drawn = (
            self.points,
            self.width(),
            self.height(),
            self._heading.key if self._heading else None,
            tuple(
                (piece.paragraph.key, piece.first, piece.last, piece.top, piece.accent)
                for piece in self._pages[self._page]
            ),
            self.page_label(),
        )
        if drawn != self._drawn:
            self._drawn = drawn
            self.update()  # (after a resize, Qt's own paint may come first and this makes one more: rare)
            self.pictureChanged.emit()

    def _paragraph(self, text: str, font: QFont, width: float, centred: bool = False) -> _Paragraph:
        font_key = self._font_keys.get(id(font))
        if font_key is None:
            font_key = self._font_keys[id(font)] = font.key()
        key = (text, font_key, width, centred)
        paragraph = (
            self._laid_out.get(key) or self._reusable.pop(key, None) or self._lay_out(key, text, font, width, centred)
        )
        self._laid_out[key] = paragraph
        return paragraph

    def _font(self, scale: float, bold: bool = False) -> QFont:
        # Sixty agreements share two or three fonts: make each once per text size.
        if (scale, bold) not in self._fonts:
            self._fonts[scale, bold] = audience_font(self.points * scale, bold)
        return self._fonts[scale, bold]

    def _option(self, centred: bool) -> QTextOption:
        if centred not in self._options:
            option = QTextOption(Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft)
            # Break between words; a word longer than the line (a web address, say) breaks anywhere.
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            self._options[centred] = option
        return self._options[centred]

    def _lay_out(self, key: tuple, text: str, font: QFont, width: float, centred: bool) -> _Paragraph:
        # A line break the group typed stays a line break; one character for one keeps positions the same.
        layout = QTextLayout(text.replace("\n", "\u2028"), font, self)
        layout.setTextOption(self._option(centred))
        layout.setCacheEnabled(True)
        heights, tops = [], []
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            pitch = line.height() * (1 + LINE_AIR)
            tops.append(y)
            heights.append(pitch)
            y += pitch
        layout.endLayout()
        return _Paragraph(layout, text, heights, tops, key)

    def _ensure_layout(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self._reusable, self._laid_out = self._laid_out, {}  # keep only what this layout uses
        base_line = QFontMetricsF(self._font(1.0), self).height()
        # Projectors often cut off the screen's edges, so even small text keeps a fair margin.
        self._margin_px = margin = round(max(MIN_MARGIN_PX, base_line * MARGIN_EMS))
        self._gap_px = gap = base_line * BLOCK_GAP_EMS
        width = self.width() - 2 * margin
        height = self.height() - 2 * margin
        heading = self.heading()
        self._heading = self._fitted_heading(heading, width, height) if heading else None
        body_top = sum(self._heading.heights) + gap if self._heading else 0.0
        blocks = self.blocks()
        paragraphs = [self._fitted(b, width, height - body_top) for b in blocks]
        label_font = self._font(PAGE_LABEL_SCALE)
        room = height - body_top
        # Everything in a column, gaps included, is the least it needs: taller than the page means
        # pages, and pages need room at the bottom for "Page 2 of 3". So one pass, either way.
        if sum(sum(p.heights) for p in paragraphs) + gap * max(0, len(paragraphs) - 1) > room:
            footer = max(
                sum(self._paragraph(words.format(page=888, count=888), label_font, width, True).heights)
                for words in (
                    translate("AudienceView", "Page {page} of {count}"),
                    translate("AudienceView", "Page {page} of {count}. It goes on over the page."),
                )
            )
            room -= footer + gap
        pages = self._paginate(blocks, paragraphs, room, gap, width)
        self._pages = pages
        self._width = width
        self._page = self._choose_page(blocks)
        self._keep_page_number = True
        self._anchor = None
        self._reusable = {}
        self._describe()
        self._repaint_if_different()

    def _fitted_heading(self, heading: str, width: float, height: float) -> _Paragraph | None:
        """The heading in at most a third of the page: smaller first, then cut short with "…".

        A long group name at a large size would otherwise push the words off the screen.
        """
        room = height / 3
        font = self._font(1.0, bold=True)
        # The whole heading, then the short one, each at its own size and then smaller.
        for words in dict.fromkeys([heading, self.short_heading() or heading]):
            for size in (self._font(self.heading_scale, bold=True), font):
                paragraph = self._paragraph(words, size, width, self.heading_centred)
                if sum(paragraph.heights) <= room:
                    return paragraph
        text = words
        while sum(paragraph.heights) > room and text:
            fits = 0
            while fits < len(paragraph.heights) and sum(paragraph.heights[: fits + 1]) <= room:
                fits += 1
            if fits == 0:
                return None  # not even one line fits: the page keeps its room for the words
            line = paragraph.layout.lineAt(fits - 1)
            end = min(line.textStart() + line.textLength(), len(text) - 1)
            text = text[:end].rstrip(" …") + "…"
            paragraph = self._paragraph(text, font, width, self.heading_centred)
            if paragraph.heights and len(paragraph.heights) > fits:
                text = text[:-2].rstrip() + "…"  # the "…" itself wrapped: take one more letter off
                paragraph = self._paragraph(text, font, width, self.heading_centred)
        return paragraph

    def _fitted(self, block: Block, width: float, room: float) -> _Paragraph:
        """A block at its own size; emphasis gives way (down to the base size) rather than split the block."""
        paragraph = self._paragraph(block.text, self._font(block.scale, block.bold), width, block.centred)
        if block.scale > 1 and sum(paragraph.heights) > room:
            paragraph = self._paragraph(block.text, self._font(1.0, block.bold), width, block.centred)
        return paragraph

    def _page_label_paragraph(self) -> _Paragraph | None:
        # Laid out when its page is shown: sixty pages need not lay out sixty labels.
        text = self.page_label()
        return self._paragraph(text, self._font(PAGE_LABEL_SCALE), self._width, True) if text else None

    def _paginate(
        self, blocks: list[Block], paragraphs: list[_Paragraph], room: float, gap: float, width: float
    ) -> list[list[_Piece]]:
        """Whole blocks where they fit; a block taller than a page goes line by line across pages,
        and each page it carries on to starts by saying so ("Agreement 5, continued")."""
        room = max(room, 1.0)
        pages: list[list[_Piece]] = [[]]
        y = 0.0

        def carry_on(index: int, block: Block, next_line: float) -> None:
            nonlocal y
            pages.append([])
            y = 0.0
            label = self._continued(block, width)
            if sum(label.heights) + next_line <= room:  # else the words alone, or nothing would ever fit
                pages[-1].append(_Piece(index, label, label.text, 0, len(label.heights) - 1, 0.0, True))
                y = sum(label.heights)

        for index, (block, paragraph) in enumerate(zip(blocks, paragraphs)):
            total = sum(paragraph.heights)
            if pages[-1]:
                y += gap
            if pages[-1] and y + total > room and total <= room:
                pages.append([])
                y = 0.0
            first = 0
            count = len(paragraph.heights)
            while first < count:
                last = first
                used = paragraph.heights[first]
                if pages[-1] and y + used > room:
                    if first > 0:
                        carry_on(index, block, used)
                    else:
                        pages.append([])  # not even one more line fits here
                        y = 0.0
                while last + 1 < count and y + used + paragraph.heights[last + 1] <= room:
                    last += 1
                    used += paragraph.heights[last]
                pages[-1].append(self._piece(index, block, paragraph, first, last, y))
                y += used
                first = last + 1
                if first < count:
                    carry_on(index, block, paragraph.heights[first])
        return pages

    def _continued(self, block: Block, width: float) -> _Paragraph:
        if block.name:
            words = translate("AudienceView", "{name}, continued").format(name=block.name)
        else:
            words = translate("AudienceView", "Continued")
        return self._paragraph(words, self._font(PAGE_LABEL_SCALE), width)

    @staticmethod
    def _piece(index: int, block: Block, paragraph: _Paragraph, first: int, last: int, top: float) -> _Piece:
        layout = paragraph.layout
        if first == 0 and last == layout.lineCount() - 1:
            text = paragraph.text
        else:
            start = layout.lineAt(first).textStart()
            end_line = layout.lineAt(last)
            text = paragraph.text[start : end_line.textStart() + end_line.textLength()].strip()
        return _Piece(index, paragraph, text, first, last, top, block.accent)

    def _choose_page(self, blocks: list[Block]) -> int:
        held, self._hold_page = self._hold_page, False
        if held:
            return min(self._page, len(self._pages) - 1)
        wanted = next((i for i, b in enumerate(blocks) if b.keep_visible), None)
        if wanted is None and not self._keep_page_number:
            wanted = self._anchor
        if wanted is not None:
            for number, pieces in enumerate(self._pages):
                if any(piece.block == wanted for piece in pieces):
                    return number
        return min(self._page, len(self._pages) - 1)

    def _describe(self) -> None:
        self.setAccessibleDescription("\n".join(self.texts()))

    def _drawn_lines(self):
        """(text, box, line, origin, accent) for every line on the current page, top to bottom."""
        self._ensure_layout()
        margin = self._margin_px
        drawn = []

        def add(paragraph: _Paragraph, first: int, last: int, top: float, accent: bool) -> None:
            for number in range(first, last + 1):
                line = paragraph.layout.lineAt(number)
                # Lines are placed here rather than in the layout, so one layout serves any page.
                origin = QPointF(margin, top + paragraph.tops[number] - paragraph.tops[first] - line.y())
                start, length = line.textStart(), line.textLength()
                box = line.naturalTextRect().translated(origin)
                drawn.append((paragraph.text[start : start + length].strip(), box, line, origin, accent))

        body_top = float(margin)
        if self._heading:
            add(self._heading, 0, len(self._heading.tops) - 1, margin, True)
            body_top += sum(self._heading.heights) + self._gap_px
        for piece in self._pages[self._page]:
            add(piece.paragraph, piece.first, piece.last, body_top + piece.top, piece.accent)
        label = self._page_label_paragraph()
        if label is not None:
            add(label, 0, len(label.tops) - 1, self.height() - margin - sum(label.heights), False)
        return drawn

    # Qt events
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._invalidate(keep_page_number=False)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        accent = QColor(AUDIENCE_ACCENT)
        pen_is_accent = None
        for _text, _box, line, origin, is_accent in self._drawn_lines():
            if is_accent != pen_is_accent:
                painter.setPen(accent if is_accent else text_colour)
                pen_is_accent = is_accent
            line.draw(painter, origin)
        painter.end()

