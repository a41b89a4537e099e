"""The test helpers themselves: a dialog that never comes fails the test instead of hanging it."""

from PySide6.QtWidgets import QDialog, QMessageBox

from tests.helpers import DialogNeverOpened, StrayDialogWatch, stop_waiting, when_dialog_opens


def test_waiting_for_a_dialog_that_never_opens_fails_and_closes_the_one_in_the_way(qtbot):
    other = QDialog()
    other.setWindowTitle("Something else")
    qtbot.addWidget(other)
    with qtbot.captureExceptions() as raised:
        when_dialog_opens(QMessageBox, lambda box: box.accept(), deadline_ms=200)
        other.exec()  # without the deadline this would wait for ever
    [(kind, error, _)] = raised
    assert kind is DialogNeverOpened
    assert str(error) == "No QMessageBox opened within 0.2 seconds; closed “Something else” (QDialog) instead"
    assert stop_waiting() == []


def test_a_wait_still_looking_at_the_end_of_a_test_is_reported(qtbot):
    when_dialog_opens(QMessageBox, lambda box: box.accept())
    assert stop_waiting() == ["QMessageBox"]


def test_a_modal_window_nobody_answers_is_closed_and_named(qtbot):
    forgotten = QMessageBox(QMessageBox.Icon.Warning, "Nobody answers this", "Waiting")
    qtbot.addWidget(forgotten)
    watch = StrayDialogWatch(seconds=0.5)
    forgotten.exec()  # without the watch this would wait for ever
    assert watch.stop() == ["“Nobody answers this” (QMessageBox)"]
