"""The agreements list tells its views exactly what changed, and the panel acts on what the facilitator sees.

Driven through the real panel; checked in the database, in the list and in the model's own signals.
"""

import pytest
from PySide6.QtCore import Qt

from copro_desktop.agreements.model import TEXT_ROLE
from tests.agreements.panel_steps import choose, propose, shown

REDO = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def panel(window, group):
    window.context.open_group(group.id)
    return window.open_panel("agreements")


@pytest.fixture
def resets(panel):
    """Every whole-model reset from here on (there should be none for a single change)."""
    seen = []
    panel.model.modelAboutToBeReset.connect(lambda: seen.append("model"))
    panel.visible.modelAboutToBeReset.connect(lambda: seen.append("list"))
    return seen


def click(qtbot, widget):
    assert widget.isEnabled(), f"{widget.text()} is greyed out"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)








def stored(services, group):
    return [(a.text, a.status) for a in services[1].agreements(group.id)]


def current_text(panel):
    return panel.view.currentIndex().data(TEXT_ROLE)


def on_the_row(panel, text):
    """The keyboard is in the list, on this agreement, and it is the one selected."""
    selected = panel.view.selectionModel().selectedRows()
    return panel.view.hasFocus() and current_text(panel) == text and [i.data(TEXT_ROLE) for i in selected] == [text]


def test_the_model_passes_qts_own_checks_through_every_kind_of_change(qtbot, qtmodeltester, window, panel):
    for text in ("We listen", "We take breaks", "We start on time"):
        propose(qtbot, panel, text)
    qtmodeltester.check(panel.model)  # and keeps checking every signal below
    qtmodeltester.check(panel.visible)
    choose(panel, "We take breaks")
    click(qtbot, panel.agree_button)
    click(qtbot, panel.up_button)
    click(qtbot, panel.retire_button)
    window.prompts.texts.append("We listen to each other")
    choose(panel, "We listen")
    click(qtbot, panel.words_button)
    panel.show_retired.setChecked(True)
    for _ in range(4):
        window.undo_stack.undo()
    for _ in range(4):
        window.undo_stack.redo()
    panel.show_retired.setChecked(False)
    assert shown(panel) == ["We listen to each other", "We start on time"]


def test_no_single_change_resets_the_list(qtbot, window, panel, resets, services, group):
    propose(qtbot, panel, "We listen")
    propose(qtbot, panel, "We take breaks")
    choose(panel, "We take breaks")
    click(qtbot, panel.agree_button)
    window.prompts.texts.append("We take a break when anyone asks")
    click(qtbot, panel.words_button)
    click(qtbot, panel.up_button)
    click(qtbot, panel.retire_button)
    for _ in range(6):
        window.undo_stack.undo()
    assert stored(services, group) == []
    for _ in range(6):
        window.undo_stack.redo()
    assert stored(services, group) == [("We take a break when anyone asks", "retired"), ("We listen", "proposed")]
    assert resets == []
    assert [a.text for a in panel.model.items] == [t for t, _ in stored(services, group)]


def test_a_proposal_arrives_as_one_inserted_row_and_a_status_as_one_changed_row(qtbot, panel, services, group):
    propose(qtbot, panel, "We listen")
    inserted, changed = [], []
    panel.model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    panel.model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    propose(qtbot, panel, "We take breaks")
    assert inserted == [(1, 1)]
    assert changed == []
    choose(panel, "We listen")
    click(qtbot, panel.agree_button)
    assert changed == [(0, 0)]
    assert stored(services, group) == [("We listen", "agreed"), ("We take breaks", "proposed")]


def test_undoing_a_proposal_removes_just_its_row(qtbot, window, panel):
    propose(qtbot, panel, "We listen")
    propose(qtbot, panel, "We take breaks")
    removed = []
    panel.model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    window.undo_stack.undo()
    assert removed == [(1, 1)]
    assert shown(panel) == ["We listen"]


def test_with_retired_hidden_move_up_jumps_over_a_hidden_one(qtbot, panel, services, group):
    for text in ("First", "Old rule", "Third"):
        propose(qtbot, panel, text)
    choose(panel, "Old rule")
    click(qtbot, panel.retire_button)
    assert shown(panel) == ["First", "Third"]

    choose(panel, "Third")
    click(qtbot, panel.up_button)
    assert shown(panel) == ["Third", "First"]  # one press, one visible step
    assert [t for t, _ in stored(services, group)] == ["Third", "First", "Old rule"]
    assert on_the_row(panel, "Third")
    assert not panel.up_button.isEnabled()  # at the top of what is shown
    click(qtbot, panel.down_button)
    assert shown(panel) == ["First", "Third"]
    assert not panel.down_button.isEnabled()


def test_bring_back_and_history_act_on_the_agreement_selected_in_view(qtbot, window, panel, services, group):
    for text in ("We listen", "Old rule", "We take breaks"):
        propose(qtbot, panel, text)
    choose(panel, "Old rule")
    click(qtbot, panel.retire_button)
    # The retired one went out of view; the keyboard is on the one that took its place, not on a hidden row.
    assert on_the_row(panel, "We take breaks")
    assert not panel.bring_back_button.isEnabled()
    click(qtbot, panel.history_button)
    _, text = window.prompts.last("inform")
    assert "“We take breaks”" in text and "Old rule" not in text

    panel.show_retired.setChecked(True)
    choose(panel, "Old rule")
    click(qtbot, panel.bring_back_button)
    assert ("Old rule", "proposed") in stored(services, group)
    assert on_the_row(panel, "Old rule")
    click(qtbot, panel.history_button)
    _, text = window.prompts.last("inform")
    assert "Retired" in text and "Brought back" in text


def test_after_each_action_the_keyboard_is_on_the_agreement_acted_on(qtbot, window, panel):
    for text in ("We listen", "We take breaks"):
        propose(qtbot, panel, text)
        assert on_the_row(panel, text)
    choose(panel, "We listen")
    click(qtbot, panel.agree_button)
    assert on_the_row(panel, "We listen")
    window.prompts.texts.append("We listen to each other")
    click(qtbot, panel.words_button)
    assert on_the_row(panel, "We listen to each other")
    click(qtbot, panel.down_button)
    assert on_the_row(panel, "We listen to each other")
    assert shown(panel) == ["We take breaks", "We listen to each other"]
    panel.show_retired.setChecked(True)
    click(qtbot, panel.retire_button)
    assert on_the_row(panel, "We listen to each other")
    assert not panel.show_retired.hasFocus()


def test_a_problem_message_goes_after_the_next_success(qtbot, window, panel):
    propose(qtbot, panel, "   ")
    assert panel.problem.isVisibleTo(panel)
    propose(qtbot, panel, "We listen")
    assert not panel.problem.isVisibleTo(panel)

    propose(qtbot, panel, "   ")
    assert panel.problem.isVisibleTo(panel)
    choose(panel, "We listen")
    click(qtbot, panel.agree_button)  # any later success clears it, not only a proposal
    assert not panel.problem.isVisibleTo(panel)


def test_an_agreement_moved_out_of_sight_is_scrolled_into_view(qtbot, window, panel, services, group):
    _, agreements = services
    for n in range(1, 31):
        agreements.propose(group.id, f"Agreement {n}: we listen to each other")
    window.context.open_group(group.id)
    window.resize(1000, 600)
    qtbot.waitExposed(window)
    choose(panel, "Agreement 1: we listen to each other")
    panel.view.scrollToTop()
    for _ in range(29):
        click(qtbot, panel.down_button)
    assert shown(panel)[-1] == current_text(panel) == "Agreement 1: we listen to each other"
    where = panel.view.visualRect(panel.view.currentIndex())
    assert panel.view.viewport().rect().contains(where), "the moved agreement is out of sight"
