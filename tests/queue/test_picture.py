"""Whose voices are heard, as a picture: the words a screen reader hears, and a layout that never overlaps,
whose bars are as long as the shares and differ by more than colour."""

import math

import pytest
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from copro_desktop.queue.balance import FOLDED, PERSPECTIVE_ORDER, TREND_MEETINGS, Share
from copro_desktop.queue.drawing import (
    PERSPECTIVE_STYLES,
    SEGMENT_LABEL,
    TEXT_KINDS,
    balance_height,
    balance_layout,
    fitting_font,
    paint_balance,
    paint_trend,
    track_colour,
    trend_height,
    trend_layout,
)
from copro_desktop.queue.picture import BalancePicture, TrendPicture
from copro_desktop.queue.picture_words import balance_words, trend_words
from copro_desktop.ui.theme import FAMILY

BAR_KINDS = {"here_bar", "talk_bar", "key_here", "key_talk"}
TREND_BAR_KINDS = {"talk_segment", "people_segment", "legend_swatch", "key_talk_swatch", "key_here_swatch"}

# Ten people: staff are 30% of the room and do 60% of the talking.
ROOM = [
    Share("lived_experience", 4, 8, 240.0, 0.4, 0.24),
    Share("carer", 1, 2, 40.0, 0.1, 0.04),
    Share("professional", 3, 12, 600.0, 0.3, 0.6),
    Share("prefer_not_to_say", 2, 1, 120.0, 0.2, 0.12),
]
# As the room sees it: the lone carer folded into "other perspectives" with one other.
FOLDED_ROOM = [
    Share("lived_experience", 4, 8, 240.0, 0.4, 0.24),
    Share("professional", 3, 12, 600.0, 0.3, 0.6),
    Share(FOLDED, 3, 3, 160.0, 0.3, 0.16),
]
QUIET = [Share("lived_experience", 3, 0, 0.0, 0.75, 0.0), Share("professional", 1, 0, 0.0, 0.25, 0.0)]
FIVE = [
    Share("lived_experience", 3, 9, 240.0, 0.3, 0.24),
    Share("carer", 2, 6, 80.0, 0.2, 0.08),
    Share("professional", 3, 9, 600.0, 0.3, 0.6),
    Share("other", 1, 3, 40.0, 0.1, 0.04),
    Share("prefer_not_to_say", 1, 1, 40.0, 0.1, 0.04),
]
MEETINGS = [("7 Jan", FIVE), ("21 Jan", ROOM), ("4 Feb", QUIET), ("18 Feb", FOLDED_ROOM), ("4 Mar", FIVE)]


@pytest.fixture
def english(qapp):
    """Numbers as a British English locale writes them, whatever the machine's own language."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def font(points: float) -> QFont:
    chosen = QFont(FAMILY)
    chosen.setPointSizeF(points)
    return chosen


# Words


def test_one_plain_sentence_per_perspective(english):
    assert balance_words(ROOM) == [
        "Lived experience: 4 of 10 people here (40%), 24% of the talking, 8 turns.",
        "Carer or supporter: 1 of 10 people here (10%), 4% of the talking, 2 turns.",
        "Professional or staff: 3 of 10 people here (30%), 60% of the talking, 12 turns.",
        "Prefer not to say: 2 of 10 people here (20%), 12% of the talking, 1 turn.",
    ]


def test_the_folded_group_is_named_as_the_room_sees_it(english):
    assert balance_words(FOLDED_ROOM)[-1] == "Other perspectives: 3 of 10 people here (30%), 16% of the talking, 3 turns."


def test_when_no_one_has_spoken_it_is_said_once(english):
    words = balance_words(QUIET)
    assert words == [
        "No one has spoken yet.",
        "Lived experience: 3 of 4 people here (75%).",
        "Professional or staff: 1 of 4 people here (25%).",
    ]
    assert not any("talking" in sentence for sentence in words)


def test_an_empty_room_and_rounding(english):
    assert balance_words([]) == ["No one is here yet."]
    [third, two_thirds] = balance_words([Share("carer", 1, 1, 10, 1 / 3, 0.005), Share("other", 2, 1, 10, 2 / 3, 0.995)])
    assert "(33%), 1% of the talking" in third and "(67%), 100% of the talking" in two_thirds  # halves round up


def test_the_locale_formats_the_numbers(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        [sentence] = balance_words([Share("carer", 1234, 5, 60, 1.0, 1.0)])
    finally:
        QLocale.setDefault(before)
    assert "1.234 of 1.234 people" in sentence


def test_trend_words_say_each_meeting_in_a_shorter_sentence(english):
    words = trend_words([("4 Mar", ROOM[2:]), ("18 Mar", QUIET)])
    assert words == [
        "4 Mar: Professional or staff 30% here, 60% talking; Prefer not to say 20% here, 12% talking.",
        "18 Mar: no one spoke; Lived experience 75% here; Professional or staff 25% here.",
    ]
    assert trend_words([]) == ["No meetings to show yet."]
    many = [(f"Meeting {n}", ROOM) for n in range(TREND_MEETINGS + 3)]
    assert len(trend_words(many)) == TREND_MEETINGS and trend_words(many)[-1].startswith(f"Meeting {TREND_MEETINGS + 2}:")


# The widgets: what a screen reader hears, and that it can reach them


def test_balance_picture_tells_a_screen_reader_what_it_shows(qtbot, english):
    picture = BalancePicture()
    qtbot.addWidget(picture)
    assert picture.accessibleName() == "Whose voices are heard"
    assert picture.accessibleDescription() == "No one is here yet."
    picture.set_shares(ROOM)
    assert picture.accessibleDescription() == " ".join(balance_words(ROOM))
    assert "Professional or staff: 3 of 10 people here (30%), 60% of the talking, 12 turns." in picture.accessibleDescription()
    assert picture.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_trend_picture_tells_a_screen_reader_what_it_shows(qtbot, english):
    picture = TrendPicture()
    qtbot.addWidget(picture)
    assert picture.accessibleName() == "Whose voices are heard, meeting by meeting"
    picture.set_meetings(MEETINGS)
    assert picture.accessibleDescription() == " ".join(trend_words(MEETINGS))
    assert "4 Feb: no one spoke;" in picture.accessibleDescription()
    assert picture.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_keyboard_reaches_the_picture(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    button, picture = QPushButton("Next speaker"), BalancePicture()
    column = QVBoxLayout(window)
    column.addWidget(button)
    column.addWidget(picture)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    qtbot.waitUntil(picture.hasFocus)


# The layout: nothing overlaps, at any width and text size


def check_no_overlap(boxes, width, bar_kinds, inside_allowed=()):
    """Everything within the width; no two lines of text overlap; no text lies on a bar or swatch."""
    for box in boxes:
        assert box.rect.left() >= 0 and box.rect.right() <= width + 1e-6, f"{box} leaves the width {width}"
        assert box.rect.top() >= 0
    texts = [box for box in boxes if box.kind in TEXT_KINDS]
    assert texts, "nothing written"
    for i, one in enumerate(texts):
        for other in texts[i + 1 :]:
            assert not one.rect.intersects(other.rect), f"{one} overlaps {other}"
        for bar in boxes:
            if bar.kind in bar_kinds and (one.kind, bar.kind) not in inside_allowed:
                assert not one.rect.intersects(bar.rect), f"{one} lies on {bar}"


SIZES = [(300, 10), (300, 80), (1366, 10), (1366, 80)]


@pytest.mark.parametrize(("width", "points"), SIZES)
@pytest.mark.parametrize("shares", [ROOM, FOLDED_ROOM, QUIET, FIVE, []], ids=["room", "folded", "quiet", "five", "empty"])
def test_the_balance_picture_never_overlaps(qapp, width, points, shares):
    chosen = font(points)
    boxes = balance_layout(shares, chosen, width)
    check_no_overlap(boxes, width, BAR_KINDS | {"track"}, inside_allowed={("value", "track")})
    line = QFontMetricsF_height(chosen)
    assert all(box.rect.height() >= line - 1e-6 for box in boxes if box.kind in TEXT_KINDS)  # whole lines, not squashed
    assert balance_height(shares, chosen, width) == pytest.approx(max(box.rect.bottom() for box in boxes))
    # Every group named, with both bars, in the order given
    assert [box.kind for box in boxes].count("here_bar") == len(shares)
    assert [box.kind for box in boxes].count("talk_bar") == len(shares)
    # And it paints what it laid out, onto an image just tall enough
    image = paint_to_image(shares, chosen, width)
    assert not image.isNull()


def QFontMetricsF_height(chosen: QFont) -> float:  # noqa: N802 - says what it measures
    from PySide6.QtGui import QFontMetricsF

    return QFontMetricsF(chosen).height()


def test_long_names_are_elided_not_overlapping(qapp):
    long_name = [Share(FOLDED, 2, 1, 1, 1.0, 1.0)]  # "Other perspectives" is wider than 300 px at 40 points
    boxes = balance_layout(long_name, font(40), 300)
    [name] = [box for box in boxes if box.kind == "name"]
    assert name.text.endswith("…") and name.rect.right() <= 300
    check_no_overlap(boxes, 300, BAR_KINDS | {"track"}, inside_allowed={("value", "track")})


@pytest.mark.parametrize(("width", "points"), SIZES)
def test_the_trend_picture_never_overlaps(qapp, width, points):
    boxes = trend_layout(MEETINGS, font(points), width)
    labels = [box for box in boxes if box.kind == SEGMENT_LABEL]
    check_no_overlap([box for box in boxes if box.kind != SEGMENT_LABEL], width, TREND_BAR_KINDS | {"people_track"})
    segments = [box for box in boxes if box.kind == "talk_segment"]
    for label in labels:  # a percentage drawn inside a segment lies wholly inside one
        assert any(segment.rect.contains(label.rect) for segment in segments), f"{label} is not inside its segment"
    for label in labels:
        for other in boxes:
            if other.kind in TEXT_KINDS:
                assert not label.rect.intersects(other.rect)
    assert trend_height(MEETINGS, font(points), width) == pytest.approx(max(box.rect.bottom() for box in boxes))
    assert [box.kind for box in boxes].count("meeting") == len(MEETINGS)
    assert [box.kind for box in boxes].count("talk_track") == len(MEETINGS)
    assert [box.kind for box in boxes].count("note") == 1  # the meeting where no one spoke says so


def test_segment_labels_appear_where_there_is_room(qapp):
    boxes = trend_layout([("4 Mar", FIVE)], font(12), 1366)
    assert {box.text for box in boxes if box.kind == SEGMENT_LABEL} >= {"60%", "24%"}


# Bars as long as the shares, on one scale


def test_bars_are_as_long_as_the_shares_on_one_scale(qapp):
    boxes = balance_layout(ROOM, font(14), 1000)
    tracks = [box.rect for box in boxes if box.kind == "track"]
    assert len({(round(t.left(), 6), round(t.width(), 6)) for t in tracks}) == 1  # every bar on the same scale
    track = tracks[0]
    here = [box.rect for box in boxes if box.kind == "here_bar"]
    talk = [box.rect for box in boxes if box.kind == "talk_bar"]
    for share, here_bar, talk_bar in zip(ROOM, here, talk, strict=True):
        assert here_bar.left() == pytest.approx(track.left()) and talk_bar.left() == pytest.approx(track.left())
        assert here_bar.width() == pytest.approx(share.people_share * track.width())
        assert talk_bar.width() == pytest.approx(share.talk_share * track.width())
    staff = ROOM.index(next(s for s in ROOM if s.perspective == "professional"))
    assert here[staff].width() / track.width() == pytest.approx(0.3)
    assert talk[staff].width() == pytest.approx(2 * here[staff].width())  # 30% here, 60% talking: twice as long
    values = [box.text for box in boxes if box.kind == "value"]
    assert values[2 * staff : 2 * staff + 2] == ["30%", "60%"]


def test_trend_segments_are_as_long_as_the_shares(qapp):
    boxes = trend_layout([("4 Mar", FIVE)], font(12), 1000)
    [talk_track] = [box.rect for box in boxes if box.kind == "talk_track"]
    [people_track] = [box.rect for box in boxes if box.kind == "people_track"]
    assert talk_track.left() == people_track.left() and talk_track.width() == people_track.width()
    assert people_track.height() < talk_track.height()
    talk = [box for box in boxes if box.kind == "talk_segment"]
    people = [box for box in boxes if box.kind == "people_segment"]
    assert [box.text for box in talk] == [share.perspective for share in FIVE]  # in the usual order
    for share, talk_box, people_box in zip(FIVE, talk, people, strict=True):
        assert talk_box.rect.width() == pytest.approx(share.talk_share * talk_track.width())
        assert people_box.rect.width() == pytest.approx(share.people_share * people_track.width())
    assert talk[-1].rect.right() == pytest.approx(talk_track.right())


# More than colour


def paint_to_image(shares, chosen, width, ink="#000000", paper="#FFFFFF", accent="#000000") -> QImage:
    height = math.ceil(balance_height(shares, chosen, width)) + 1
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(paper))
    painter = QPainter(image)
    paint_balance(painter, QRectF(0, 0, width, height), shares, chosen, QColor(ink), QColor(paper), QColor(accent))
    painter.end()
    return image


def test_here_and_talking_bars_differ_by_more_than_colour(qapp):
    """Painted with the accent the same as the ink: the "Here" bar is still hollow, the "Talking" bar still solid."""
    chosen = font(14)
    shares = [Share("professional", 3, 12, 600, 0.5, 0.5), Share("lived_experience", 3, 3, 600, 0.5, 0.5)]
    image = paint_to_image(shares, chosen, 800)
    boxes = balance_layout(shares, chosen, 800)
    band = track_colour(QColor("#000000"), QColor("#FFFFFF"))
    for hollow_kind, solid_kind in (("here_bar", "talk_bar"), ("key_here", "key_talk")):
        hollow = next(box.rect for box in boxes if box.kind == hollow_kind)
        solid = next(box.rect for box in boxes if box.kind == solid_kind)
        centre = image.pixelColor(hollow.center().toPoint())
        assert centre != QColor("#000000"), f"the {hollow_kind} is filled"
        assert image.pixelColor(int(hollow.left()) + 1, int(hollow.center().y())) == QColor("#000000")  # its outline
        assert image.pixelColor(solid.center().toPoint()) == QColor("#000000"), f"the {solid_kind} is hollow"
        if hollow_kind == "here_bar":
            assert centre.name() == band.name()  # the scale shows through the hollow bar


def test_every_perspective_has_its_own_pattern(qapp):
    patterns = [PERSPECTIVE_STYLES[p][1] for p in (*PERSPECTIVE_ORDER, FOLDED)]
    assert len(set(patterns)) == len(patterns)
    boxes = trend_layout(MEETINGS, font(12), 1000)
    legend = [box.text for box in boxes if box.kind == "legend_swatch"]
    assert legend == [*PERSPECTIVE_ORDER, FOLDED]  # a key for every perspective drawn, in the usual order
    assert len([box for box in boxes if box.kind == "legend_text"]) == len(legend)


def test_trend_paints_patterns_that_tell_groups_apart_without_colour(qapp):
    """Everything in one colour: two perspectives' segments still look different."""
    chosen = font(30)
    meetings = [("4 Mar", [Share("lived_experience", 2, 1, 60, 0.5, 0.5), Share("carer", 2, 1, 60, 0.5, 0.5)])]
    width = 1000
    height = math.ceil(trend_height(meetings, chosen, width)) + 1
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    black = QColor("#000000")
    paint_trend(painter, QRectF(0, 0, width, height), meetings, chosen, black, QColor("#FFFFFF"), black)
    painter.end()
    boxes = trend_layout(meetings, chosen, width)
    segments = [box.rect for box in boxes if box.kind == "talk_segment"]
    chips = [box.rect.adjusted(-2, -2, 2, 2) for box in boxes if box.kind == SEGMENT_LABEL]

    def darkness(rect: QRectF) -> float:
        """The share of dark pixels in the segment, leaving out its percentage's paper chip."""
        inner = rect.adjusted(6, 6, -6, -6)
        points = [(inner.left() + inner.width() * i / 40, inner.top() + inner.height() * j / 10) for i in range(41) for j in range(11)]
        points = [(int(x), int(y)) for x, y in points if not any(chip.contains(x, y) for chip in chips)]
        return sum(image.pixelColor(x, y).lightnessF() < 0.5 for x, y in points) / len(points)

    solid, hatched = darkness(segments[0]), darkness(segments[1])
    assert solid > 0.95 and 0.05 < hatched < 0.8


# Too little room: smaller text, never cut off


def test_a_picture_too_tall_for_its_space_shrinks_its_text_to_fit(qapp):
    big = font(60)
    needed = balance_height(FIVE, big, 1920)
    assert needed > 1000
    fitted = fitting_font(big, lambda f: balance_height(FIVE, f, 1920), 1000)
    assert fitted.pointSizeF() < 60 and balance_height(FIVE, fitted, 1920) <= 1000
    assert fitting_font(big, lambda f: balance_height(FIVE, f, 1920), needed + 1) is big


def test_widgets_ask_for_the_height_their_text_needs_and_keep_everything_inside(qtbot):
    for picture, data in ((BalancePicture(), FIVE), (TrendPicture(), MEETINGS)):
        qtbot.addWidget(picture)
        (picture.set_shares if isinstance(picture, BalancePicture) else picture.set_meetings)(data)
        picture.setFont(font(10))
        small = picture.heightForWidth(600)
        picture.setFont(font(40))
        assert picture.heightForWidth(600) > 2 * small
        assert picture.hasHeightForWidth() and picture.sizeHint().height() == picture.heightForWidth(picture.sizeHint().width())
        picture.resize(600, 400)  # far shorter than 40 pt needs
        picture.show()
        qtbot.waitExposed(picture)
        inside = QRectF(picture.rect())
        boxes = picture.layout_boxes()
        assert boxes and all(inside.contains(box.rect) for box in boxes)
        assert not picture.grab().isNull()
