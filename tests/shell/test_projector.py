"""The projector window: separate, large, blankable, and never private."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from copro_desktop.ui.contrast import contrast_ratio
from tests.helpers import texts_of


def open_projector(window, qtbot, group):
    window.context.open_group(group.id)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.projector is not None and window.projector.isVisible())
    return window.projector


def focus(projector, qtbot):
    """As a facilitator clicking on the projector window before pressing its keys."""
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)


def test_f5_opens_a_separate_window_and_escape_closes_it(qtbot, window, group):
    projector = open_projector(window, qtbot, group)
    assert projector.isWindow() and projector is not window
    focus(projector, qtbot)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    assert window.isVisible()


def test_b_blanks_and_brings_it_back(qtbot, window, group, services, agree):
    agree("We listen")
    projector = open_projector(window, qtbot, group)
    window.open_panel("agreements")
    shown = projector.visible_view()
    focus(projector, qtbot)
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.visible_view() is projector.blank
    assert texts_of(projector.visible_view()) == ""
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.visible_view() is shown


def test_text_is_large_and_the_facilitator_can_resize_it(qtbot, window, group, services, agree):
    agree("We listen")
    projector = open_projector(window, qtbot, group)
    window.open_panel("agreements")
    view = projector.visible_view()

    def line_height() -> float:
        text, box = view.text_boxes()[1]
        assert text == "1.  We listen"
        return box.height()

    start, start_height = view.points, line_height()
    assert start >= 20  # at least 32 pt on a 1080-line screen, in proportion on smaller ones
    focus(projector, qtbot)
    qtbot.keyClick(projector, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.points > start and line_height() > start_height
    qtbot.keyClick(projector, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(projector, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.points < start and line_height() < start_height


def test_the_main_window_can_blank_and_close_the_projector_without_leaving_its_keyboard(qtbot, window, group):
    projector = open_projector(window, qtbot, group)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert projector.visible_view() is projector.blank
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not projector.isVisible()


def test_the_chosen_size_is_remembered(qtbot, window, group, engine, prompts):
    from copro_desktop.shell.main_window import MainWindow

    projector = open_projector(window, qtbot, group)
    projector.bigger()
    chosen = projector.scale
    window.close()
    again = MainWindow(engine, prompts)
    qtbot.addWidget(again)
    again.send_to_projector()
    assert again.projector.scale == chosen
    again.close()


def test_projector_colours_are_high_contrast(qtbot, window, group):
    projector = open_projector(window, qtbot, group)
    palette = projector.visible_view().palette()
    text = palette.color(palette.ColorRole.WindowText).name()
    background = palette.color(palette.ColorRole.Window).name()
    assert contrast_ratio(text, background) >= 7


def test_nothing_private_ever_reaches_the_projector(qtbot, window, group, meeting, services, agree):
    groups, _ = services
    secret = "Needs a quiet room after panic attacks"
    sam = groups.add_member(group.id, "Sam", "lived_experience", secret)
    groups.set_attended(meeting.id, sam.id, True)
    agree("We listen", proposed_by_id=sam.id)
    projector = open_projector(window, qtbot, group)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        view = projector.visible_view()
        everything = "\n".join([*view.texts(), view.accessibleDescription()])
        everything += "\n".join(label.text() for label in projector.findChildren(QLabel))
        assert secret not in everything
        assert "Sam" not in everything  # proposers are not named to the room
        assert "Lived experience" not in everything


def test_the_meeting_screen_shows_the_group_and_meeting(qtbot, window, group, meeting):
    projector = open_projector(window, qtbot, group)
    window.open_panel("members")
    qtbot.keyClick(window, Qt.Key.Key_F5)  # browsing alone never changes the projector
    assert projector.visible_view().texts() == [group.name, "March meeting", "Wednesday 4 March 2026"]
    window.context.choose_meeting(None)
    assert projector.visible_view().texts() == [group.name, "March meeting", "Wednesday 4 March 2026"]  # until sent
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert projector.visible_view().texts() == [group.name, "Welcome"]


def bright_pixels(widget, area) -> int:
    image = widget.grab().toImage()
    count = 0
    for x in range(area.left(), area.right(), 2):
        for y in range(area.top(), area.bottom(), 2):
            if image.pixelColor(x, y).lightness() > 200:
                count += 1
    return count


def test_the_agreements_are_really_drawn_light_on_dark(qtbot, window, group, services, agree):
    agree("We listen to each other")
    projector = open_projector(window, qtbot, group)
    window.open_panel("agreements")
    view = projector.visible_view()
    text, box = view.text_boxes()[1]
    assert text == "1.  We listen to each other"
    assert bright_pixels(view, box.toAlignedRect()) > 50
    assert view.grab().toImage().pixelColor(2, 2).lightness() < 20  # the background stays dark


def test_after_many_changes_only_the_current_lines_are_on_screen(qtbot, window, group, services):
    projector = open_projector(window, qtbot, group)
    window.open_panel("agreements")
    panel = window.page("agreements")
    for text in ("One", "Two", "Three"):
        panel.new_text.setText(text)
        panel.propose()
        panel.agree_button.click()
    view = projector.visible_view()
    assert view.texts() == ["Our agreements", "1.  One", "2.  Two", "3.  Three"]
    assert view.findChildren(QLabel) == []  # drawn, not built from labels that could be left behind
