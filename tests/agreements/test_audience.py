"""The agreements on the projector never overflow: any number, any length, any language, any text size."""

import re

import pytest
from PySide6.QtWidgets import QLabel

from copro_desktop.agreements.audience import AgreementsAudience
from copro_desktop.agreements.model import AgreementRow, agreements_model
from copro_desktop.agreements.revisit import revisit_presenter
from copro_desktop.groups.context import GroupContext
from copro_desktop.ui.theme import AUDIENCE_BASE_POINTS, SCALE_STEPS
from tests.fakes import FakePrompts
from tests.helpers import assert_fits, squeezed

SIZES = [(1280, 720), (1366, 768)]
LONG = (
    "We listen when someone is speaking, we give everyone the time they need to finish, "
    "and we do not talk over each other, even when we feel strongly or disagree with what is said."
)
UNBROKEN = "a" * 200
ARABIC = "نحن نستمع لبعضنا البعض ونحترم كل الآراء 🙂"
HEBREW = "אנחנו מקשיבים זה לזה ומכבדים כל דעה 👍"


def sixty_agreements() -> list[str]:
    texts = []
    for n in range(1, 61):
        if n % 7 == 0:
            texts.append(LONG)
        elif n % 13 == 0:
            texts.append(f"We keep to time 🕒 and take breaks ☕ when we need them ({n})")
        else:
            texts.append(f"Agreement number {n}: we treat each other with respect")
    texts[9] = UNBROKEN
    texts[20] = ARABIC
    texts[21] = HEBREW
    texts[30] = "We write things down\nand read them back"
    return texts


def agree(services, group, text):
    _, agreements = services
    agreement = agreements.propose(group.id, text)
    agreements.change(agreement.id, status="agreed")
    return agreement


@pytest.fixture
def context(engine, group):
    context = GroupContext(engine, FakePrompts())
    context.open_group(group.id)
    return context


@pytest.fixture
def show(qtbot, context):
    """The agreements view as the projector shows it, at a window size and one of the facilitator's text sizes."""

    def make(width=1280, height=720, scale=1.0):
        model = agreements_model(context)
        model.load_group(context.group_id)
        view = AgreementsAudience(model, revisit_presenter(context))
        qtbot.addWidget(view)
        view.resize(width, height)
        view.set_points(AUDIENCE_BASE_POINTS * height / 1080 * scale)  # as the projector works it out
        view.show()
        qtbot.waitExposed(view)
        return view

    return make



@pytest.mark.parametrize("width, height", SIZES)
@pytest.mark.parametrize("scale", SCALE_STEPS)
def test_sixty_agreements_fit_at_every_text_size(show, services, group, width, height, scale):
    texts = sixty_agreements()
    for text in texts:
        agree(services, group, text)
    view = show(width, height, scale)
    count = view.page_count()
    drawn = []
    for number in range(1, count + 1):
        assert view.page() == number - 1
        assert_fits(view)
        if count > 1:
            assert view.page_label().startswith(f"Page {number} of {count}")  # "…It goes on over the page."
            assert view.texts()[-1] == view.page_label()
        assert view.texts()[0] == "Our agreements"
        body = view.texts()[1 : -1 if count > 1 else None]  # the heading and page label come on every page
        if body and not body[0][:1].isdigit():  # it starts part-way through an agreement: which one, said
            assert re.fullmatch(r"Agreement \d+, continued", body[0]), body[0]
            body = body[1:]
        drawn += body
        view.next_page()
    everything = squeezed("".join(drawn))
    for number, text in enumerate(texts, start=1):
        assert squeezed(f"{number}.  {text}") in everything, f"agreement {number} is never shown"


def test_a_few_agreements_at_the_smallest_size_are_one_page_with_no_page_label(show, services, group):
    for text in ("We listen", "We take breaks", "We use plain words"):
        agree(services, group, text)
    view = show(scale=SCALE_STEPS[0])
    assert view.page_count() == 1
    assert view.page_label() == ""
    assert view.texts() == ["Our agreements", "1.  We listen", "2.  We take breaks", "3.  We use plain words"]


def test_with_nothing_agreed_the_room_is_told_so(show):
    view = show()
    assert view.texts() == [
        "Our agreements",
        "We have not agreed anything yet. The group writes its agreements together.",
    ]


def test_a_long_agreement_being_revisited_is_on_the_page_shown_at_the_largest_size(
    show, services, group, meeting, context
):
    for n in range(1, 6):
        agree(services, group, f"Agreement {n}")
    long_one = agree(services, group, LONG + " We say so when it happens, kindly, and then we carry on together.")
    view = show(scale=SCALE_STEPS[-1])
    revisit = revisit_presenter(context)
    assert revisit.start(meeting.id)
    revisit.go_to(revisit.agreement_ids.index(long_one.id))
    assert view.texts()[0] == "Revisiting our agreements: 6 of 6"
    assert view.page_count() > 1  # it is longer than one screen at this size
    shown = view.texts()[1]
    assert len(shown) > 20 and long_one.text.startswith(shown)  # the room sees it from its start
    assert_fits(view)


def test_at_the_largest_size_the_revisit_keeps_its_count_and_shows_the_decision(
    show, services, group, meeting, context
):
    from copro_desktop.agreements.commands import record_review

    for n in range(1, 11):
        agree(services, group, f"Agreement {n}")
    long_one = agree(services, group, LONG + " We say so when it happens, kindly, and then we carry on together.")
    view = show(1024, 600, scale=SCALE_STEPS[-1])  # a small projector, the largest text
    revisit = revisit_presenter(context)
    assert revisit.start(meeting.id)
    revisit.go_to(revisit.agreement_ids.index(long_one.id))
    for width in range(1024, 500, -40):  # narrower and narrower, as a window can be made
        view.resize(width, 600)
        heading = view.texts()[0]
        assert heading.endswith("11 of 11") and "…" not in heading, width
    assert_fits(view)
    context.history.push(
        record_review(revisit.model, meeting.id, long_one.id, "kept", None, revisit._reviewed)
    )
    assert "Decided: We kept it" in view.texts()  # on the page the room is shown
    assert "Do we keep it, change it, or retire it?" not in view.texts()
    assert_fits(view)


def test_adding_an_agreement_keeps_the_page_and_makes_no_child_widgets(show, services, group, context):
    for n in range(1, 61):
        agree(services, group, f"Agreement number {n}: we treat each other with respect")
    view = show()
    view.next_page()
    view.next_page()
    model = agreements_model(context)
    model.touched([agree(services, group, "One more, agreed just now").id])
    assert view.page() == 2
    assert view.findChildren(QLabel) == []
    view.next_page()
    while view.has_next_page():
        view.next_page()
    assert view.texts()[-2] == "61.  One more, agreed just now"


def test_a_row_inserted_in_the_model_reaches_the_room(show, services, group, context):
    agree(services, group, "We listen")
    view = show()
    model = agreements_model(context)
    _, agreements = services
    added = agreements.propose(group.id, "We take breaks")
    agreements.change(added.id, status="agreed")
    # As a model that reports one row at a time does it, without a reset.
    model.beginInsertRows(model.index(0).parent(), len(model.items), len(model.items))
    model.items.append(AgreementRow.of(agreements.get(added.id)))
    model.endInsertRows()
    assert view.texts() == ["Our agreements", "1.  We listen", "2.  We take breaks"]


def test_the_agreements_are_drawn_light_on_black(show, services, group):
    for text in ("We listen to each other", ARABIC):
        agree(services, group, text)
    view = show()
    image = view.grab().toImage()
    for text, box in view.text_boxes():
        rect = box.toAlignedRect()
        light = sum(
            1
            for x in range(rect.left(), rect.right(), 2)
            for y in range(rect.top(), rect.bottom(), 2)
            if image.pixelColor(x, y).lightness() > 120
        )
        assert light > 10, f"{text!r} is not drawn light"
    assert image.pixelColor(2, 2).lightness() < 20
