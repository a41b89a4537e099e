"""The shared projector view: pages that fit, nothing overlapping, light text really drawn on black."""

import pytest
from PySide6.QtWidgets import QLabel

from copro_desktop.ui.audience import AudienceView, Block
from copro_desktop.ui.theme import AUDIENCE_BASE_POINTS, SCALE_STEPS
from tests.helpers import assert_fits, squeezed


class Lines(AudienceView):
    """The smallest real view: a heading and whatever blocks a test gives it."""

    def __init__(self, blocks: list[Block], heading: str = "Our agreements"):
        super().__init__("Test view")
        self.shown = blocks
        self.title_text = heading

    def heading(self) -> str:
        return self.title_text

    def blocks(self) -> list[Block]:
        return self.shown


def points_for(height: int, scale: float) -> float:
    """As the projector works it out: 32 pt on a 1080-line screen, in proportion, times the chosen scale."""
    return AUDIENCE_BASE_POINTS * max(height, 480) / 1080 * scale


@pytest.fixture
def make_view(qtbot):
    def make(blocks, width=1280, height=720, scale=1.0, heading="Our agreements"):
        view = Lines(blocks, heading)
        qtbot.addWidget(view)
        view.resize(width, height)
        view.set_points(points_for(height, scale))
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def all_pages(view) -> list[list[tuple[str, object]]]:
    while view.has_previous_page():
        view.previous_page()
    pages = [view.text_boxes()]
    while view.has_next_page():
        view.next_page()
        pages.append(view.text_boxes())
    return pages



def test_a_few_lines_fit_on_one_page_with_no_page_label(make_view):
    view = make_view([Block("1.  We listen"), Block("2.  We take breaks")], scale=SCALE_STEPS[0])
    assert view.page_count() == 1
    assert view.page_label() == ""
    assert view.texts() == ["Our agreements", "1.  We listen", "2.  We take breaks"]
    assert_fits(view)


def test_a_block_taller_than_a_page_is_split_by_lines_and_nothing_is_lost(make_view):
    words = " ".join(f"word{n}" for n in range(400))
    view = make_view([Block(words)], scale=SCALE_STEPS[-1])
    assert view.page_count() > 1
    drawn = ""
    for boxes in all_pages(view):
        assert_fits(view)
        # The heading and page label come on every page, and "Continued" on each page it carries on to.
        drawn += "".join(text for text, _ in boxes[1:-1] if text != "Continued")
    assert squeezed(drawn) == squeezed(words)


def test_the_page_label_sits_at_the_bottom_below_everything_else(make_view):
    view = make_view([Block(f"{n}. An agreement") for n in range(1, 80)])
    assert view.page_count() > 1
    assert view.texts()[-1] == view.page_label() == f"Page 1 of {view.page_count()}"
    label_box = view.text_boxes()[-1][1]
    assert all(box.bottom() <= label_box.top() for _, box in view.text_boxes()[:-1])
    assert label_box.bottom() > view.height() * 0.8
    view.next_page()
    assert view.page_label() == f"Page 2 of {view.page_count()}"


def test_the_block_to_keep_in_view_decides_the_page(make_view):
    blocks = [Block(f"{n}. An agreement") for n in range(1, 80)]
    blocks[70] = Block("The one we are talking about", keep_visible=True)
    view = make_view(blocks)
    assert "The one we are talking about" in view.texts()
    view.previous_page()
    view.shown = list(blocks)  # new data arrives: the kept block comes back into view
    view.refresh()
    assert "The one we are talking about" in view.texts()


def test_a_change_keeps_the_page_and_a_resize_keeps_the_same_words_in_view(make_view):
    view = make_view([Block(f"{n}. An agreement") for n in range(1, 80)])
    view.next_page()
    first_shown = view.texts()[1]
    view.shown = [*view.shown, Block("80. One more")]
    view.refresh()
    assert view.page() == 1
    view.resize(1366, 768)
    assert first_shown in view.texts()
    assert_fits(view)


def test_page_turns_stop_at_the_ends(make_view):
    view = make_view([Block(f"{n}. An agreement") for n in range(1, 80)])
    view.previous_page()
    assert view.page() == 0 and not view.has_previous_page()
    for _ in range(view.page_count() + 3):
        view.next_page()
    assert view.page() == view.page_count() - 1 and not view.has_next_page()


def test_every_change_the_room_would_see_is_announced(make_view, qtbot):
    view = make_view([Block(f"{n}. An agreement") for n in range(1, 80)])
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.next_page()
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.set_points(40)
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.refresh()
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.resize(800, 600)


def test_it_draws_itself_without_child_labels_and_reads_the_page_to_screen_readers(make_view, qtbot):
    view = make_view([Block("1.  We listen"), Block("<b>2.</b> &amp; as typed")])
    assert view.findChildren(QLabel) == []
    assert view.accessibleName() == "Test view"
    expected = "Our agreements\n1.  We listen\n<b>2.</b> &amp; as typed"
    qtbot.waitUntil(lambda: view.accessibleDescription() == expected)
    view.shown = [Block("1.  We listen"), Block("2.  We take breaks")]
    view.refresh()  # no one asks what is shown: the description still catches up
    qtbot.waitUntil(lambda: view.accessibleDescription().endswith("2.  We take breaks"))


def light_pixels(image, box) -> int:
    rect = box.toAlignedRect()
    return sum(
        1
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom(), 2)
        if image.pixelColor(x, y).lightness() > 120
    )


def test_text_is_really_drawn_light_on_black(make_view):
    view = make_view([Block("1.  We listen to each other"), Block("Decided: We kept it", accent=True)])
    image = view.grab().toImage()
    for text, box in view.text_boxes():
        assert light_pixels(image, box) > 10, f"{text!r} is not drawn light"
    assert image.pixelColor(2, 2).lightness() < 20  # the background stays black
    assert image.pixelColor(view.width() - 3, view.height() - 3).lightness() < 20


def test_a_line_break_the_group_typed_stays_and_the_words_stay_as_typed(make_view):
    view = make_view([Block("First line\nSecond line")])
    lines = [text for text, _ in view.text_boxes()]
    assert lines == ["Our agreements", "First line", "Second line"]
    assert view.texts()[1] == "First line\nSecond line"


def test_emphasis_gives_way_before_a_block_is_split(make_view):
    words = " ".join(["together"] * 60)
    plain = make_view([Block(words, bold=True)], width=800, height=600)
    emphasised = make_view([Block(words, scale=1.4, bold=True, keep_visible=True)], width=800, height=600)
    assert plain.page_count() == 1  # it fits at the facilitator's size…
    assert emphasised.page_count() == 1  # …so it is shown whole at that size, not split at a bigger one
    assert [box.height() for _, box in emphasised.text_boxes()] == [box.height() for _, box in plain.text_boxes()]
    emphasised.shown = [Block("Short", scale=1.4, bold=True)]
    emphasised.refresh()
    assert emphasised.text_boxes()[1][1].height() > plain.text_boxes()[1][1].height()  # room enough: emphasised


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (1920, 1080)])
def test_a_long_heading_never_pushes_the_words_off_the_screen(qtbot, size):
    class LongHeading(AudienceView):
        def heading(self):
            return "The Riverside and Harbour Lane peer support, recovery college and drop-in design group " * 2

        def blocks(self):
            return [Block("March meeting"), Block("Wednesday 4 March 2026")]

    view = LongHeading("Test")
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    for scale in SCALE_STEPS:
        view.set_points(AUDIENCE_BASE_POINTS * size[1] / 1080 * scale)
        for _ in range(view.page_count()):
            assert_fits(view)
            view.next_page()


def test_a_change_the_room_cannot_see_draws_nothing_again_and_one_it_can_see_does(make_view, qtbot):
    from tests.helpers import PaintCounter

    view = make_view([Block(f"{n}.  We listen to each other, every time") for n in range(1, 41)])
    assert view.page_count() > 2 and view.page() == 0
    qtbot.wait(50)  # the first paint is over
    paints = PaintCounter()
    view.installEventFilter(paints)
    pictures = []
    view.pictureChanged.connect(lambda: pictures.append(True))

    view.shown[-1] = Block("40.  We take a break whenever anyone needs one")  # on the last page
    view.refresh()
    qtbot.wait(50)
    assert (pictures, paints.count) == ([], 0)
    assert "40.  We take a break whenever anyone needs one" in [t for page in all_pages(view) for t, _ in page]

    while view.has_previous_page():
        view.previous_page()
    qtbot.wait(50)  # the page turns are painted
    pictures.clear()
    paints.count = 0
    view.shown[0] = Block("1.  We listen, and we say when we have not understood")  # on the page shown
    view.refresh()
    qtbot.waitUntil(lambda: paints.count > 0)
    assert pictures == [True]
    assert view.texts()[1] == "1.  We listen, and we say when we have not understood"


def test_a_page_that_stops_mid_way_through_a_block_says_it_goes_on(make_view):
    words = " ".join(f"word{n}" for n in range(400))
    view = make_view([Block("1.  We listen"), Block(words)], scale=SCALE_STEPS[-1])
    labels = []
    while True:
        labels.append(view.page_label())
        assert_fits(view)
        if not view.has_next_page():
            break
        view.next_page()
    count = view.page_count()
    assert count > 2
    assert labels[-1] == f"Page {count} of {count}"  # the end of the agreement: nothing goes on
    # Page 1 ends with the first lines of the long one, so it goes on too; every page but the last does.
    assert labels[:-1] == [f"Page {n} of {count}. It goes on over the page." for n in range(1, count)]
