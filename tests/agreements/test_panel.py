"""The Agreements panel driven as a facilitator would, checked in the database and on the projector."""

import pytest
from PySide6.QtCore import Qt

from copro_desktop.agreements.audience import AgreementsAudience
from copro_desktop.agreements.model import TEXT_ROLE
from tests.agreements.panel_steps import choose, propose, shown


@pytest.fixture
def panel(window, group):
    window.context.open_group(group.id)
    window.open_panel("agreements")
    return window.page("agreements")


@pytest.fixture
def projector(window, panel, qtbot):
    window.send_to_projector()
    qtbot.waitUntil(lambda: window.projector.isVisible())
    return window.projector


def stored(services, group):
    _, agreements = services
    return [(a.text, a.status) for a in agreements.agreements(group.id)]








def test_proposing_agreeing_and_the_projector_updating_at_once(qtbot, window, panel, projector, services, group):
    audience = projector.visible_view()
    assert isinstance(audience, AgreementsAudience)
    propose(qtbot, panel, "We listen when someone is speaking")
    assert stored(services, group) == [("We listen when someone is speaking", "proposed")]
    assert "We listen when someone is speaking" not in " ".join(audience.texts())  # only agreed ones are shown
    assert panel.new_text.text() == ""

    choose(panel, "We listen when someone is speaking")
    qtbot.mouseClick(panel.agree_button, Qt.MouseButton.LeftButton)
    assert stored(services, group) == [("We listen when someone is speaking", "agreed")]
    assert audience.texts() == ["Our agreements", "1.  We listen when someone is speaking"]


def test_undo_and_redo_from_the_keyboard_cost_nothing(qtbot, window, panel, projector, services, group):
    propose(qtbot, panel, "We take breaks")
    choose(panel, "We take breaks")
    qtbot.mouseClick(panel.agree_button, Qt.MouseButton.LeftButton)
    window.prompts.texts.append("We take a break whenever anyone needs one")
    qtbot.mouseClick(panel.words_button, Qt.MouseButton.LeftButton)
    assert stored(services, group) == [("We take a break whenever anyone needs one", "agreed")]

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(services, group) == [("We take breaks", "agreed")]
    assert projector.visible_view().texts()[1] == "1.  We take breaks"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(services, group) == [("We take breaks", "proposed")]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(services, group) == []

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    assert stored(services, group) == [("We take a break whenever anyone needs one", "agreed")]
    assert projector.visible_view().texts()[1] == "1.  We take a break whenever anyone needs one"


def test_reorder_and_retire(qtbot, window, panel, projector, services, group):
    for text in ("First", "Second", "Third"):
        propose(qtbot, panel, text)
        choose(panel, text)
        qtbot.mouseClick(panel.agree_button, Qt.MouseButton.LeftButton)
    choose(panel, "Third")
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [t for t, _ in stored(services, group)] == ["Third", "First", "Second"]
    assert projector.visible_view().texts()[1:] == ["1.  Third", "2.  First", "3.  Second"]

    choose(panel, "First")
    qtbot.mouseClick(panel.retire_button, Qt.MouseButton.LeftButton)
    assert ("First", "retired") in stored(services, group)
    assert projector.visible_view().texts()[1:] == ["1.  Third", "2.  Second"]
    assert shown(panel) == ["Third", "Second"]
    panel.show_retired.setChecked(True)
    assert shown(panel) == ["Third", "First", "Second"]


def test_empty_and_huge_text_get_a_plain_message_and_lose_nothing(qtbot, panel, services, group):
    propose(qtbot, panel, "   ")
    assert panel.problem.isVisibleTo(panel)
    assert "Please write the agreement first" in panel.problem.text()
    huge = "word " * 200
    panel.new_text.setText(huge)
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    assert "too long" in panel.problem.text()
    assert panel.new_text.text() == huge  # what was typed is still there to shorten
    assert stored(services, group) == []


def test_emoji_and_right_to_left_text_reach_the_database_and_projector_unchanged(
    qtbot, panel, projector, services, group
):
    text = "نحن نستمع لبعضنا 🙂"
    panel.new_text.setText(text)
    qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    choose(panel, text)
    qtbot.mouseClick(panel.agree_button, Qt.MouseButton.LeftButton)
    assert stored(services, group) == [(text, "agreed")]
    assert projector.visible_view().texts()[1] == f"1.  {text}"


def test_examples_are_hidden_until_asked_for_and_never_added_for_the_group(qtbot, panel, services, group):
    assert not panel.examples.isVisibleTo(panel)
    qtbot.mouseClick(panel.examples_button, Qt.MouseButton.LeftButton)
    assert panel.examples.isVisibleTo(panel)
    assert "We challenge ideas, not people." in panel.examples_text.text()
    assert panel.examples_button.text().replace("&", "") == "Hide example agreements"
    assert stored(services, group) == []


def test_history_shows_each_change_with_its_meeting(qtbot, window, panel, meeting, services, group):
    window.context.choose_meeting(meeting.id)
    propose(qtbot, panel, "We start on time")
    choose(panel, "We start on time")
    qtbot.mouseClick(panel.agree_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.history_button, Qt.MouseButton.LeftButton)
    title, text = window.prompts.last("inform")
    assert title == "History of this agreement"
    assert "at “March meeting”: Proposed: “We start on time”" in text
    assert "at “March meeting”: Agreed" in text


def test_who_proposed_is_optional_and_kept(qtbot, window, panel, services, group):
    groups, agreements = services
    sam = groups.add_member(group.id, "Sam", "lived_experience")
    window.context.membersEdited.emit()
    panel.proposed_by.setCurrentIndex(panel.proposed_by.findData(sam.id))
    propose(qtbot, panel, "We use first names")
    assert agreements.agreements(group.id)[0].proposed_by_id == sam.id


def test_ctrl_z_straight_after_proposing_undoes_the_proposal_not_the_typing(qtbot, window, panel, services, group):
    propose(qtbot, panel, "We listen")
    # The keyboard lands on the new agreement in the list, where Ctrl+Z means "undo the proposal".
    assert panel.view.hasFocus()
    assert panel.view.currentIndex().data(TEXT_ROLE) == "We listen"
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(services, group) == []
    assert panel.new_text.text() == ""


def test_adding_a_member_keeps_the_person_chosen_as_proposer(qtbot, window, panel, services, group):
    groups, _ = services
    sam = groups.add_member(group.id, "Sam", "carer")
    window.context.membersEdited.emit()
    panel.proposed_by.setCurrentIndex(panel.proposed_by.findData(sam.id))
    groups.add_member(group.id, "Priya", "professional")
    window.context.membersEdited.emit()  # as the Members panel does after adding someone
    assert panel.proposed_by.currentData() == sam.id
