"""The room sees what the facilitator sends, and the main window always shows what that is."""

from PySide6.QtCore import Qt


def agree(services, group, text):
    _, agreements = services
    agreement = agreements.propose(group.id, text)
    agreements.change(agreement.id, status="agreed")
    return agreement


def send(window, qtbot, key):
    window.open_panel(key)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.projector is not None and window.projector.isVisible())
    return window.projector


def test_browsing_panels_never_changes_what_the_room_sees(qtbot, window, group, meeting, services):
    agree(services, group, "We listen")
    window.context.open_group(group.id)
    projector = send(window, qtbot, "agreements")
    seen = projector.shown_view().texts()
    for key in ("members", "meetings", "agreements", "members"):
        window.open_panel(key)
        assert projector.shown_view().texts() == seen
        assert window.room_copy.caption.text() == "The room sees: Our agreements."


def test_f5_sends_the_panel_that_is_open_and_its_button_does_the_same(qtbot, window, group, meeting):
    window.context.open_group(group.id)
    projector = send(window, qtbot, "members")
    assert projector.shown_view().texts()[0] == group.name
    window.open_panel("agreements")
    frame = window.panel_stack.currentWidget()
    button = next(b for b in frame.findChildren(type(window.new_group_button)) if b.property("feature") == "agreements")
    assert button.accessibleDescription() == "Shows the room the Agreements view"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert projector.shown_view().texts()[0] == "Our agreements"
    assert window.room_copy.caption.text() == "The room sees: Our agreements."


def test_b_blanks_from_the_main_window_and_the_copy_says_so(qtbot, window, group):
    window.context.open_group(group.id)
    projector = send(window, qtbot, "agreements")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_B)
    assert projector.shown_view() is None and projector.visible_view() is projector.blank
    assert window.room_copy.caption.text() == "The room sees a blank screen. Press Ctrl+B to show it again."
    qtbot.keyClick(window.navigation, Qt.Key.Key_B)
    assert projector.shown_view() is projector.views["agreements"]


def test_typing_b_in_a_text_box_types_it_and_leaves_the_projector_alone(qtbot, window, group):
    window.context.open_group(group.id)
    projector = send(window, qtbot, "agreements")
    panel = window.page("agreements")
    panel.new_text.setFocus()
    qtbot.keyClicks(panel.new_text, "Be kind")
    assert panel.new_text.text() == "Be kind"
    assert projector.shown_view() is projector.views["agreements"]


def test_the_live_copy_is_drawn_from_the_room_and_goes_dark_when_blanked(qtbot, window, group, services):
    agree(services, group, "We listen to each other")
    window.context.open_group(group.id)
    projector = send(window, qtbot, "agreements")
    screen = window.room_copy.screen_copy

    def bright(widget) -> int:
        """Light pixels inside the copy's black picture: the room's words."""
        image = widget.grab().toImage()
        frame = widget.picture_area()
        return sum(
            image.pixelColor(x, y).lightness() > 120
            for x in range(frame.left() + 1, frame.right() - 1)
            for y in range(frame.top() + 1, frame.bottom() - 1)
        )

    shown = bright(screen)  # white words on the black copy
    assert shown > 20
    window.room.toggle_blank()
    assert bright(screen) == 0


def test_when_the_projector_is_closed_the_copy_says_how_to_open_it(qtbot, window, group):
    window.context.open_group(group.id)
    assert window.room_copy.caption.text() == "The projector is closed. Press F5 to show this panel to the room."
    assert not window.blank_action.isEnabled() and not window.next_page_action.isEnabled()
    send(window, qtbot, "agreements")
    assert window.blank_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.room_copy.caption.text().startswith("The projector is closed")


def test_switching_group_blanks_the_room(qtbot, window, group, services):
    groups, _ = services
    other = groups.create_group("Housing panel", "")
    agree(services, group, "We listen")
    window.context.open_group(group.id)
    projector = send(window, qtbot, "agreements")
    window.context.open_group(other.id)
    assert projector.shown_view() is None


def test_page_down_from_the_main_window_turns_the_projector_page(qtbot, window, group, services):
    for number in range(40):
        agree(services, group, f"Agreement number {number} about how we work together in every meeting")
    window.context.open_group(group.id)
    projector = send(window, qtbot, "agreements")
    view = projector.shown_view()
    assert view.page_count() > 1
    assert window.next_page_action.isEnabled() and window.previous_page_action.isEnabled()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_PageDown)
    assert view.page() == 1
    assert "page 2 of" in window.room_copy.caption.text()
    qtbot.keyClick(window.navigation, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.navigation, Qt.Key.Key_PageUp)  # on the first page: nothing moves on the laptop either
    assert view.page() == 0
    assert window.current_feature().key == "agreements"
    for _ in range(view.page_count() + 1):
        qtbot.keyClick(window.navigation, Qt.Key.Key_PageDown)
    assert view.page() == view.page_count() - 1
    assert window.current_feature().key == "agreements"


def test_enter_presses_the_focused_button_in_the_main_window(qtbot, window, group):
    window.context.open_group(group.id)
    window.open_panel("agreements")
    send_button = next(
        b for b in window.panel_stack.currentWidget().findChildren(type(window.new_group_button))
        if b.property("feature") == "agreements"
    )
    send_button.setFocus()
    qtbot.keyClick(send_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.projector is not None and window.projector.isVisible())
    assert window.room.shown_key() == "agreements"


def test_the_text_size_keys_are_the_same_in_both_windows(qtbot, window, group):
    window.context.open_group(group.id)
    projector = send(window, qtbot, "agreements")
    start = projector.scale
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert projector.scale > start
    qtbot.keyClick(window.navigation, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert projector.scale == start
    main_keys = {k.toString() for k in window.bigger_action.shortcuts() + window.smaller_action.shortcuts()}
    room_keys = {k.toString() for a in projector.key_actions if "text" in a.text() for k in a.shortcuts()}
    assert main_keys == room_keys == {"Ctrl++", "Ctrl+=", "Ctrl+-"}


def test_during_a_revisit_the_copy_names_what_the_room_really_sees(qtbot, window, group, meeting, services):
    agree(services, group, "We listen")
    agree(services, group, "We take breaks")
    window.context.open_group(group.id)
    send(window, qtbot, "agreements")
    window.page("agreements").revisit_button.click()
    assert window.room_copy.caption.text() == "The room sees: Revisiting our agreements: 1 of 2."


def test_finishing_a_revisit_with_answers_missing_asks_first_and_the_safe_answer_keeps_it_open(
    qtbot, window, group, meeting, services
):
    agree(services, group, "We listen")
    agree(services, group, "We take breaks")
    window.context.open_group(group.id)
    panel = window.open_panel("agreements")
    panel.revisit_button.click()
    panel.kept_button.click()
    panel.finish_button.click()  # the fake answers with the safe choice: do not finish
    title, text = window.prompts.last("confirm")
    assert text.startswith("Only 1 of 2 agreements have an answer.")
    assert panel.pages.currentIndex() == 1 and panel.revisit.active
    assert services[1].revisited_at(meeting.id) is None
    window.prompts.confirmations.append(True)
    panel.finish_button.click()
    assert panel.pages.currentIndex() == 0
    assert services[1].revisited_at(meeting.id) is not None


def test_inside_a_panel_list_b_and_page_down_stay_with_the_list(qtbot, window, group, services):
    groups, _ = services
    for name in ("Ada", "Bea", "Cal"):
        groups.add_member(group.id, name, "carer")
    window.context.open_group(group.id)
    projector = send(window, qtbot, "agreements")
    members = window.open_panel("members")
    members.table.setFocus()
    members.table.choose_row(0)
    qtbot.keyClick(members.table, Qt.Key.Key_B)
    assert projector.shown_view() is projector.views["agreements"]  # the room was not blanked
    assert members.table.currentIndex().data() == "Bea"  # the table jumped to Bea
    qtbot.keyClick(members.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert projector.shown_view() is None  # Ctrl+B always reaches the room


def test_new_words_on_the_wall_are_drawn_again_in_the_live_copy(qtbot, window, group, services):
    from copro_desktop.agreements.commands import change_agreement
    from copro_desktop.agreements.model import agreements_model
    from tests.helpers import PaintCounter

    listen = agree(services, group, "We listen")
    window.context.open_group(group.id)
    send(window, qtbot, "agreements")
    qtbot.wait(50)
    paints = PaintCounter()
    window.room_copy.screen_copy.installEventFilter(paints)
    caption = window.room_copy.caption.text()
    window.undo_stack.push(change_agreement(agreements_model(window.context), listen.id, "change", text="We listen well"))
    qtbot.waitUntil(lambda: paints.count > 0)  # the caption is the same: only the picture says it changed
    assert window.room_copy.caption.text() == caption
    assert window.projector.shown_view().texts()[1] == "1.  We listen well"
