"""Revisit our agreements: step through on the projector and record keep, change or retire."""

import pytest
from PySide6.QtCore import Qt

from copro_desktop.agreements.commands import change_agreement


@pytest.fixture
def panel(window, group, meeting, agreed_agreements, qtbot):
    window.context.open_group(group.id)  # the meeting in progress becomes the current one
    window.open_panel("agreements")
    window.send_to_projector()
    qtbot.waitUntil(lambda: window.projector.isVisible())
    return window.page("agreements")


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_whole_revisit_is_recorded_for_the_meeting_and_shown_on_the_projector(
    qtbot, window, panel, services, group, meeting, agreed_agreements
):
    groups, agreements = services
    assert window.context.meeting_id == meeting.id
    click(qtbot, panel.revisit_button)
    assert panel.pages.currentIndex() == 1
    audience = window.projector.visible_view()
    assert audience.texts()[:2] == ["Revisiting our agreements: 1 of 3", "We listen"]

    click(qtbot, panel.kept_button)
    assert audience.texts()[-1] == "Decided: We kept it"
    click(qtbot, panel.next_button)
    window.prompts.texts.append("We take a break whenever anyone needs one")
    click(qtbot, panel.changed_button)
    assert audience.texts()[1] == "We take a break whenever anyone needs one"
    click(qtbot, panel.next_button)
    assert "3 of 3" in audience.texts()[0]
    click(qtbot, panel.retired_button)
    click(qtbot, panel.finish_button)

    reviews = agreements.reviews(meeting.id)
    assert {agreement_id: r.outcome for agreement_id, r in reviews.items()} == {
        agreed_agreements[0].id: "kept",
        agreed_agreements[1].id: "changed",
        agreed_agreements[2].id: "retired",
    }
    assert [(a.text, a.status) for a in agreements.agreements(group.id)] == [
        ("We listen", "agreed"),
        ("We take a break whenever anyone needs one", "agreed"),
        ("We use plain words", "retired"),
    ]
    assert agreements.revisited_at(meeting.id) is not None
    assert panel.pages.currentIndex() == 0
    assert audience.texts() == [
        "Our agreements",
        "1.  We listen",
        "2.  We take a break whenever anyone needs one",
    ]
    assert "Revisited at “March meeting”" in panel.revisit_state.text()
    history = [h.meeting_title for h in agreements.history(agreed_agreements[1].id)]
    assert history[-1] == "March meeting"


def test_finishing_a_revisit_is_undone_and_redone_like_any_change(qtbot, window, panel, services, meeting):
    _, agreements = services
    click(qtbot, panel.revisit_button)
    for _ in range(3):
        click(qtbot, panel.kept_button)
        if panel.next_button.isEnabled():
            click(qtbot, panel.next_button)
    click(qtbot, panel.finish_button)
    assert agreements.revisited_at(meeting.id) is not None
    assert window.undo_stack.undoText() == "finish revisiting the agreements"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert agreements.revisited_at(meeting.id) is None
    assert panel.revisit_state.text() == "Not yet revisited at “March meeting”."
    assert len(agreements.reviews(meeting.id)) == 3  # the answers stay: only the finish was undone

    window.undo_stack.redo()
    assert agreements.revisited_at(meeting.id) is not None
    assert "Revisited at “March meeting”" in panel.revisit_state.text()


def test_redoing_a_finish_while_the_revisit_is_open_again_closes_it(qtbot, window, panel, services, meeting):
    _, agreements = services
    click(qtbot, panel.revisit_button)
    window.prompts.confirmations.append(True)  # finish with answers missing
    click(qtbot, panel.finish_button)
    window.undo_stack.undo()
    click(qtbot, panel.revisit_button)  # open again, then think better of undoing the finish
    assert panel.pages.currentIndex() == 1
    window.undo_stack.redo()
    assert agreements.revisited_at(meeting.id) is not None
    assert panel.pages.currentIndex() == 0
    assert window.projector.visible_view().texts()[0] == "Our agreements"


def test_opening_the_revisit_again_keeps_an_agreement_retired_by_an_answer(
    qtbot, window, panel, services, meeting, agreed_agreements
):
    _, agreements = services
    click(qtbot, panel.revisit_button)
    click(qtbot, panel.retired_button)  # the first one
    click(qtbot, panel.cancel_revisit_button)
    click(qtbot, panel.revisit_button)
    assert panel.revisit.agreement_ids == [a.id for a in agreed_agreements]
    assert panel.revisit_outcome.text() == "Decided: We retired it."
    click(qtbot, panel.kept_button)  # the group changes its mind
    assert agreements.get(agreed_agreements[0].id).status == "agreed"


def test_undoing_a_second_finish_puts_back_the_first(qtbot, window, panel, services, meeting, monkeypatch):
    from datetime import UTC, datetime

    from copro_desktop.agreements import commands as commands_module

    _, agreements = services
    finishes = iter([datetime(2026, 3, 4, 10, 0, tzinfo=UTC), datetime(2026, 3, 4, 11, 0, tzinfo=UTC)])
    monkeypatch.setattr(commands_module, "utc_now", lambda: next(finishes))
    for _ in range(2):
        click(qtbot, panel.revisit_button)
        window.prompts.confirmations.append(True)  # finish with answers missing
        click(qtbot, panel.finish_button)
    assert agreements.revisited_at(meeting.id).hour == 11
    window.undo_stack.undo()
    assert agreements.revisited_at(meeting.id).hour == 10
    window.undo_stack.undo()
    assert agreements.revisited_at(meeting.id) is None
    window.undo_stack.redo()
    window.undo_stack.redo()  # each finish back at its own time, not the time of the redo
    assert agreements.revisited_at(meeting.id).hour == 11


def test_a_wrong_answer_is_undone_with_ctrl_z(qtbot, window, panel, services, group, meeting, agreed_agreements):
    _, agreements = services
    click(qtbot, panel.revisit_button)
    click(qtbot, panel.retired_button)
    assert agreements.get(agreed_agreements[0].id).status == "retired"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert agreements.get(agreed_agreements[0].id).status == "agreed"
    assert agreements.reviews(meeting.id) == {}
    assert panel.revisit_outcome.text() == "Not answered yet."
    assert "Decided" not in " ".join(window.projector.visible_view().texts())


def test_changing_an_answer_replaces_the_first(qtbot, panel, services, meeting, agreed_agreements):
    _, agreements = services
    click(qtbot, panel.revisit_button)
    click(qtbot, panel.retired_button)
    click(qtbot, panel.kept_button)
    assert agreements.get(agreed_agreements[0].id).status == "agreed"
    assert agreements.reviews(meeting.id)[agreed_agreements[0].id].outcome == "kept"


def test_revisit_needs_a_meeting(qtbot, window, panel, services, meeting):
    window.context.choose_meeting(None)
    click(qtbot, panel.revisit_button)
    title, text = window.prompts.last("inform")
    assert "Start or choose a meeting first" in text
    assert panel.pages.currentIndex() == 0


def test_the_revisit_runs_from_the_keyboard(qtbot, window, panel, services, meeting, agreed_agreements):
    _, agreements = services
    panel.revisit_button.setFocus()
    qtbot.keyClick(panel.revisit_button, Qt.Key.Key_Space)
    # The revisit page is showing and the keyboard is already on its first answer.
    assert panel.pages.currentIndex() == 1
    assert panel.kept_button.hasFocus()
    for _ in range(3):
        qtbot.keyClick(panel.kept_button, Qt.Key.Key_Space)
        qtbot.keyClick(panel.next_button, Qt.Key.Key_Space)
    qtbot.keyClick(panel.finish_button, Qt.Key.Key_Space)
    assert {r.outcome for r in agreements.reviews(meeting.id).values()} == {"kept"}
    assert len(agreements.reviews(meeting.id)) == 3


def test_only_a_revisit_answer_reads_the_answers_again(qtbot, window, panel, services, meeting, agreed_agreements):
    """A change that is not an answer (undoing earlier words, say) updates the screen without re-reading answers."""
    service = panel.model.service
    click(qtbot, panel.revisit_button)
    reads = []
    for name in ("reviews", "review"):
        real = getattr(service, name)
        setattr(service, name, lambda *args, real=real, name=name: reads.append(name) or real(*args))
    window.undo_stack.push(
        change_agreement(panel.model, agreed_agreements[0].id, "change an agreement's words", text="We listen well")
    )
    assert panel.revisit_text.text() == "We listen well"  # the agreement on show follows the change
    assert window.projector.visible_view().texts()[1] == "We listen well"
    assert reads == []
    click(qtbot, panel.kept_button)
    assert reads == ["review"]  # that one answer only
    assert panel.revisit_outcome.text() == "Decided: We kept it."


def test_after_an_answer_the_keyboard_goes_on_not_to_another_answer(qtbot, window, panel, meeting, agreed_agreements):
    click(qtbot, panel.revisit_button)
    window.prompts.texts.append("We listen well")
    qtbot.keyClick(panel.changed_button, Qt.Key.Key_Space)
    assert panel.next_button.hasFocus()
    panel.revisit.go_to(len(agreed_agreements) - 1)
    qtbot.keyClick(panel.retired_button, Qt.Key.Key_Space)
    assert panel.finish_button.hasFocus()  # on the last one there is no Next
