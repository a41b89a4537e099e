"""A meeting's turns saved as a spreadsheet file: names only when asked, never run as formulas."""

import csv
import io

from PySide6.QtCore import Qt

from tests.queue.panel_steps import press, raise_hand


def read(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def run_a_short_discussion(qtbot, panel, clock):
    raise_hand(qtbot, panel, "Priya", "reply")
    raise_hand(qtbot, panel, "=SUM(A1)")  # a guest whose "name" a spreadsheet would run
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(42)
    press(qtbot, panel, Qt.Key.Key_N)
    clock.advance(8)
    press(qtbot, panel, Qt.Key.Key_E)


def test_turns_are_saved_without_names_unless_asked(qtbot, window, panel, prompts, clock, tmp_path):
    run_a_short_discussion(qtbot, panel, clock)
    target = tmp_path / "turns.csv"
    prompts.choices.append("without")
    prompts.save_paths.append(str(target))
    press(qtbot, panel, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    rows = read(target)
    assert rows[0] == ["Start", "Seconds", "Kind", "Perspective", "Spoke or passed"]
    assert [row[1:] for row in rows[1:]] == [
        ["42", "Reply", "Professional or staff", "Spoke"],
        ["8", "New point", "Prefer not to say", "Spoke"],
    ]
    assert "Priya" not in target.read_text(encoding="utf-8-sig")

    named = tmp_path / "named.csv"
    prompts.choices.append("with")
    prompts.save_paths.append(str(named))
    press(qtbot, panel, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    rows = read(named)
    assert rows[0][-1] == "Name"
    assert [row[-1] for row in rows[1:]] == ["Priya", "'=SUM(A1)"]


def test_a_file_that_cannot_be_written_is_said_plainly_and_nothing_half_written_is_left(
    qtbot, window, panel, prompts, clock, tmp_path
):
    run_a_short_discussion(qtbot, panel, clock)
    missing = tmp_path / "no such folder" / "turns.csv"
    prompts.choices.append("without")
    prompts.save_paths.append(str(missing))
    panel.export()
    title, words = prompts.shown[-1][1], prompts.shown[-1][2]
    assert title == "Save the turns" and words.startswith("The file was not saved.")
    assert not missing.parent.exists()


def test_escape_on_the_names_question_saves_nothing(qtbot, window, panel, prompts, clock):
    run_a_short_discussion(qtbot, panel, clock)
    panel.export()  # the fake answers as Escape does: the safe choice
    assert prompts.offered == ["without", "with", "cancel"]
    assert not any(kind == "save_path" for kind, _, _ in prompts.shown)
