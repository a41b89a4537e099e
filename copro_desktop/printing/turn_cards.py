"""Turn-taking cards: one sheet of 4 large cards, one for each kind of raised hand, to cut out and hold up.

The sheet is landscape: 2 cards across, 2 down, with dashed cut lines. Each card has its short word in
very large bold type (as large as the longest word allows across the card, the same on all 4), the kind's
full name under it beside the picture, and one Easy Read sentence saying when to hold the card up.
"""

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from copro_desktop import APP_NAME
from copro_desktop.i18n import QT_TRANSLATE_NOOP, translate
from copro_desktop.printing.document import PrintedDocument
from copro_desktop.printing.fonts import BOLD, REGULAR, drawable, register_fonts
from copro_desktop.printing.paper import PAPER_SIZES
from copro_desktop.queue.rules import HAND_CARD_WORDS, HAND_KINDS, KIND_RANK, HandKind
from copro_desktop.resources import pictogram_path

INK = HexColor("#111111")
CUT_LINE = HexColor("#999999")
MARGIN = 10 * mm  # page edge to the cut lines, top and sides
GRID_BOTTOM = 12 * mm  # the credit line sits below the cards
CREDIT_BASELINE = 7 * mm
CREDIT_POINTS = 10
PADDING = 7 * mm  # cut line to the card's contents
GAP = 5 * mm  # picture to words; big word to the row under it
WORD_MAX_POINTS = 120
PICTURE_MAX = 42 * mm
PICTURE_MIN = 35 * mm
NAME_POINTS = (22, 21, 20)  # the largest at which every full name fits on one line beside the picture
NAME_SPACING = 1.25
NAME_GAP = 3 * mm
SENTENCE_POINTS = (18, 17, 16)  # the largest at which every card's words fit beside the picture
LINE_SPACING = 1.5
# Where the tallest letters reach above the baseline, and the lowest below it, as parts of the type size.
ASCENT = 0.75
DESCENT = 0.25

PICTOGRAMS = {
    HandKind.PROCESS: "pause",
    HandKind.CLARIFYING: "question",
    HandKind.REPLY: "reply",
    HandKind.NEW_POINT: "raised-hand",
}
WHEN = {
    HandKind.PROCESS: QT_TRANSLATE_NOOP("TurnCards", "Hold this up to ask about how we are working, like a break."),
    HandKind.CLARIFYING: QT_TRANSLATE_NOOP("TurnCards", "Hold this up if something is not clear."),
    HandKind.REPLY: QT_TRANSLATE_NOOP("TurnCards", "Hold this up to answer the person speaking."),
    HandKind.NEW_POINT: QT_TRANSLATE_NOOP("TurnCards", "Hold this up to say something new."),
}
CREDIT = QT_TRANSLATE_NOOP("TurnCards", "Pictures: OpenMoji, CC BY-SA 4.0. Typeface: Atkinson Hyperlegible.")


@dataclass
class _Card:
    word: str
    name: str
    sentence: str
    picture: str


def _cards(left_out: set[str]) -> list[_Card]:
    def shown(text: str) -> str:
        words, missing = drawable(text)
        left_out.update(missing)
        return words

    return [
        _Card(
            word=shown(translate("QueueRules", HAND_CARD_WORDS[kind])),
            name=shown(translate("QueueRules", HAND_KINDS[kind])),
            sentence=shown(translate("TurnCards", WHEN[kind])),
            picture=str(pictogram_path(PICTOGRAMS[kind])),
        )
        for kind in sorted(HandKind, key=KIND_RANK.__getitem__)
    ]


@dataclass
class _Layout:
    """Sizes shared by all 4 cards, so they look alike."""

    card_width: float
    card_height: float
    word_points: float
    picture: float
    name_points: float
    sentence_points: float

    @property
    def text_width(self) -> float:
        """Beside the picture."""
        return self.card_width - 2 * PADDING - self.picture - GAP

    def row_top(self, top: float) -> float:
        """Where the picture and the words beside it start, under the big word."""
        return top - PADDING - (ASCENT + DESCENT) * self.word_points - GAP


def _shows_name(card: _Card) -> bool:
    return card.name.casefold() != card.word.casefold()  # said once is enough ("Reply")


def _name_height(card: _Card, layout: _Layout) -> float:
    if not _shows_name(card):
        return 0.0
    lines = simpleSplit(card.name, BOLD, layout.name_points, layout.text_width)
    return len(lines) * layout.name_points * NAME_SPACING + NAME_GAP


def _layout(cards: list[_Card], card_width: float, card_height: float) -> _Layout:
    room = card_width - 2 * PADDING
    widest = max((stringWidth(card.word, BOLD, 1) for card in cards if card.word), default=1)
    word_points = float(min(WORD_MAX_POINTS, int(room / widest)))  # the longest word fills the card's width
    row_height = card_height - 2 * PADDING - (ASCENT + DESCENT) * word_points - GAP
    layout = _Layout(card_width, card_height, word_points, max(PICTURE_MIN, min(PICTURE_MAX, row_height)), 0, 0)
    names = [card.name for card in cards if _shows_name(card)]
    layout.name_points = NAME_POINTS[-1]  # wraps onto 2 lines if even this is too wide
    for points in NAME_POINTS:
        if all(stringWidth(name, BOLD, points) <= layout.text_width for name in names):
            layout.name_points = points
            break
    layout.sentence_points = SENTENCE_POINTS[-1]
    for points in SENTENCE_POINTS:
        layout.sentence_points = points
        tallest = max(
            _name_height(card, layout)
            + len(simpleSplit(card.sentence, REGULAR, points, layout.text_width)) * points * LINE_SPACING
            for card in cards
        )
        if tallest <= row_height:
            break
    return layout


def _draw_card(canvas: Canvas, card: _Card, left: float, top: float, layout: _Layout) -> None:
    inner_left = left + PADDING
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, layout.word_points)
    canvas.drawString(inner_left, top - PADDING - ASCENT * layout.word_points, card.word)

    row_top = layout.row_top(top)
    canvas.drawImage(card.picture, inner_left, row_top - layout.picture, layout.picture, layout.picture)

    text_left = inner_left + layout.picture + GAP
    line_top = row_top
    if _shows_name(card):
        canvas.setFont(BOLD, layout.name_points)
        for line in simpleSplit(card.name, BOLD, layout.name_points, layout.text_width):
            canvas.drawString(text_left, line_top - ASCENT * layout.name_points, line)
            line_top -= layout.name_points * NAME_SPACING
        line_top -= NAME_GAP
    points = layout.sentence_points
    canvas.setFont(REGULAR, points)
    for line in simpleSplit(card.sentence, REGULAR, points, layout.text_width):
        canvas.drawString(text_left, line_top - ASCENT * points, line)
        line_top -= points * LINE_SPACING


def build_turn_cards(paper: str = "A4") -> PrintedDocument:
    register_fonts()
    left_out: set[str] = set()
    cards = _cards(left_out)
    credit, missing = drawable(translate("TurnCards", CREDIT))
    left_out.update(missing)

    page_width, page_height = landscape(PAPER_SIZES[paper])
    card_width = (page_width - 2 * MARGIN) / 2
    card_height = (page_height - MARGIN - GRID_BOTTOM) / 2
    layout = _layout(cards, card_width, card_height)

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(page_width, page_height), pageCompression=1)
    canvas.setTitle(translate("TurnCards", "Turn-taking cards"))
    canvas.setAuthor(APP_NAME)  # a name: never translated
    canvas.setFillColor(white)
    canvas.rect(0, 0, page_width, page_height, stroke=0, fill=1)

    top = page_height - MARGIN
    for index, card in enumerate(cards):
        row, column = divmod(index, 2)
        _draw_card(canvas, card, MARGIN + column * card_width, top - row * card_height, layout)

    canvas.saveState()
    canvas.setStrokeColor(CUT_LINE)
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 3)
    canvas.rect(MARGIN, GRID_BOTTOM, 2 * card_width, 2 * card_height, stroke=1, fill=0)
    canvas.line(MARGIN + card_width, GRID_BOTTOM, MARGIN + card_width, top)
    canvas.line(MARGIN, GRID_BOTTOM + card_height, page_width - MARGIN, GRID_BOTTOM + card_height)
    canvas.restoreState()

    canvas.setFillColor(INK)
    canvas.setFont(REGULAR, CREDIT_POINTS)
    canvas.drawString(MARGIN, CREDIT_BASELINE, credit)
    canvas.showPage()
    canvas.save()
    return PrintedDocument(buffer.getvalue(), 1, left_out)
