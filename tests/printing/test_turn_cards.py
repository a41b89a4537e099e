"""The turn-taking cards: 4 cards on one page, words big enough to read across a room, Easy Read sentences."""

from dataclasses import dataclass
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from copro_desktop.printing import turn_cards
from copro_desktop.printing.fonts import BOLD, REGULAR, register_fonts
from copro_desktop.printing.paper import PAPER_SIZES
from copro_desktop.printing.turn_cards import CREDIT, MARGIN, WHEN, build_turn_cards
from copro_desktop.queue.rules import HAND_CARD_WORDS, HAND_KINDS, KIND_RANK, HandKind

PAPERS = sorted(PAPER_SIZES)
CREDIT_WORDS = "Pictures: OpenMoji, CC BY-SA 4.0. Typeface: Atkinson Hyperlegible."
IN_RANK = sorted(HandKind, key=KIND_RANK.__getitem__)


@dataclass
class Chunk:
    text: str
    size: float
    font: str
    x: float
    y: float

    @property
    def width(self) -> float:
        return stringWidth(self.text, BOLD if self.font.endswith("-Bold") else REGULAR, self.size)


@dataclass
class Printed:
    reader: PdfReader
    text: str  # all the words, one space between each
    chunks: list[Chunk]
    pictures: list[tuple[float, float, float, float]]  # x, y, width, height of each picture drawn

    def said(self, words: str) -> list[Chunk]:
        return [chunk for chunk in self.chunks if chunk.text == words]


def read(pdf: bytes) -> Printed:
    register_fonts()
    reader = PdfReader(BytesIO(pdf))
    chunks, pictures, text = [], [], []
    for page in reader.pages:

        def visit_text(chunk, cm, tm, font, size):
            if chunk.strip():
                scaled = size * abs(tm[3]) if tm[3] else size
                name = str(font.get("/BaseFont")) if font else ""
                chunks.append(Chunk(" ".join(chunk.split()), scaled, name, tm[4] + cm[4], tm[5] + cm[5]))

        def visit_operator(operator, arguments, cm, tm):
            if operator == b"Do":
                pictures.append((cm[4], cm[5], cm[0], cm[3]))

        text.append(page.extract_text(visitor_text=visit_text, visitor_operand_before=visit_operator))
    return Printed(reader, " ".join(" ".join(text).split()), chunks, pictures)


@pytest.fixture(scope="module")
def a4() -> Printed:
    return read(build_turn_cards("A4").pdf)


@pytest.mark.parametrize("paper", PAPERS)
def test_one_landscape_page_of_the_chosen_paper(paper):
    cards = build_turn_cards(paper)
    printed = read(cards.pdf)
    assert cards.pages == len(printed.reader.pages) == 1
    box = printed.reader.pages[0].mediabox
    width, height = landscape(PAPER_SIZES[paper])
    assert (float(box.width), float(box.height)) == pytest.approx((width, height), abs=0.5)
    assert cards.left_out == set()


@pytest.mark.parametrize("paper", PAPERS)
def test_each_short_word_is_very_large_and_fills_its_card(paper):
    printed = read(build_turn_cards(paper).pdf)
    card_width = (landscape(PAPER_SIZES[paper])[0] - 2 * MARGIN) / 2
    sizes = set()
    for kind in HandKind:
        (word,) = printed.said(HAND_CARD_WORDS[kind])
        assert word.size >= 60, (kind, word.size)
        assert "Bold" in word.font
        sizes.add(word.size)
    assert len(sizes) == 1  # the same size on every card
    # As large as fits: the longest word nearly fills the card's width, and no word runs over its card.
    longest = max((chunk for chunk in printed.chunks if chunk.size in sizes), key=lambda chunk: chunk.width)
    assert longest.width >= 0.85 * card_width
    for chunk in printed.chunks:
        column = int((chunk.x - MARGIN) // card_width)
        assert chunk.x + chunk.width <= MARGIN + (column + 1) * card_width - 3 * mm, chunk


@pytest.mark.parametrize("paper", PAPERS)
def test_the_cards_come_in_rank_order_left_to_right_then_down(paper):
    printed = read(build_turn_cards(paper).pdf)
    words = [printed.said(HAND_CARD_WORDS[kind])[0] for kind in HandKind]
    words.sort(key=lambda chunk: (-round(chunk.y), chunk.x))
    assert [chunk.text for chunk in words] == [HAND_CARD_WORDS[kind] for kind in IN_RANK]


def test_each_full_kind_name_is_printed_under_its_word_at_heading_size(a4):
    for kind in HandKind:
        assert HAND_KINDS[kind] in a4.text
        named = a4.said(HAND_KINDS[kind])
        word = a4.said(HAND_CARD_WORDS[kind])[0]
        if named and named[0] is not word:
            assert 20 <= named[0].size <= 24
            assert named[0].y < word.y  # under it
            assert abs(named[0].x - word.x) < 80 * mm  # on the same card


@pytest.mark.parametrize("paper", PAPERS)
def test_every_sentence_is_easy_read(paper):
    printed = read(build_turn_cards(paper).pdf)
    for kind in HandKind:
        sentence = WHEN[kind]
        assert len(sentence.split()) <= 15, sentence
        assert sentence.count(".") == 1 and sentence.endswith(".")  # one sentence
        assert sentence in printed.text
    small = [chunk for chunk in printed.chunks if chunk.size < 16]
    assert [chunk.text for chunk in small] == [CREDIT_WORDS]  # only the picture credit is small print


def test_the_credit_line_is_there_in_small_print_at_the_bottom(a4):
    assert CREDIT == CREDIT_WORDS
    (credit,) = a4.said(CREDIT_WORDS)
    assert 8 <= credit.size <= 12
    assert credit.y < min(chunk.y for chunk in a4.chunks if chunk is not credit)


def test_the_bundled_typeface_only(a4):
    fonts = {chunk.font.split("+")[-1] for chunk in a4.chunks}
    assert fonts == {"AtkinsonHyperlegible-Bold", "AtkinsonHyperlegible-Regular"}


@pytest.mark.parametrize("paper", PAPERS)
def test_four_pictures_each_beside_its_words_and_large(paper):
    printed = read(build_turn_cards(paper).pdf)
    assert len(printed.pictures) == 4
    assert len(printed.reader.pages[0]["/Resources"]["/XObject"]) == 4  # 4 different pictures
    for x, y, width, height in printed.pictures:
        assert width >= 35 * mm and height >= 35 * mm
        # Some words start beside the picture, to its right, on the same card.
        beside = [chunk for chunk in printed.chunks if x + width < chunk.x < x + width + 10 * mm]
        assert any(y <= chunk.y <= y + height for chunk in beside)


def test_the_words_come_from_the_queue_rules(monkeypatch):
    monkeypatch.setitem(HAND_CARD_WORDS, HandKind.CLARIFYING, "Unclear")
    monkeypatch.setitem(HAND_KINDS, HandKind.NEW_POINT, "Something new to say")
    monkeypatch.setitem(WHEN, HandKind.REPLY, "Hold this up to say something back.")
    printed = read(build_turn_cards().pdf)
    assert printed.said("Unclear") and printed.said("Unclear")[0].size >= 60
    assert not printed.said("Question")
    assert "Something new to say" in printed.text and "New point" not in printed.text
    assert "Hold this up to say something back." in printed.text


def test_a_longer_word_makes_every_word_smaller_so_that_it_still_fits(monkeypatch):
    usual = read(build_turn_cards().pdf).said("Process")[0].size
    monkeypatch.setitem(HAND_CARD_WORDS, HandKind.NEW_POINT, "Somethingmore")
    printed = read(build_turn_cards().pdf)
    (longer,) = printed.said("Somethingmore")
    assert longer.size < usual
    assert {printed.said(HAND_CARD_WORDS[kind])[0].size for kind in HandKind} == {longer.size}
    card_width = (landscape(PAPER_SIZES["A4"])[0] - 2 * MARGIN) / 2
    assert longer.x + longer.width <= MARGIN + 2 * card_width - 3 * mm


def test_characters_the_typeface_lacks_are_left_out_and_reported(monkeypatch):
    monkeypatch.setitem(HAND_CARD_WORDS, HandKind.REPLY, "Reply 💬")
    cards = build_turn_cards()
    assert cards.left_out == {"💬"}
    assert read(cards.pdf).said("Reply")


def test_the_cards_are_in_the_print_menu_and_preview(qtbot, window, group):
    from copro_desktop.shell.print_preview import PrintPreview
    from copro_desktop.ui.forms import plain

    window.context.open_group(group.id)
    cards = next(a for a in window.print_actions if plain(a.text()) == "Turn-taking cards…")
    cards.trigger()
    preview = window.findChild(PrintPreview)
    qtbot.addWidget(preview)
    assert preview.windowTitle() == f"Print: Turn-taking cards, {group.name}"
    assert preview.document.pageCount() == 1
    preview.close()
