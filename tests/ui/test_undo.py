"""The one undo path: a Change says what to do and undo, and the views are told after every step."""

from copro_desktop.ui.undo import Change, WorkHistory


def make(log, fail_undo=False, nothing=False):
    state = {"value": 0}

    def do():
        if nothing:
            return Change.NOTHING
        before, state["value"] = state["value"], state["value"] + 1
        return before

    def undo(before):
        if fail_undo:
            raise OSError("disk gone")
        state["value"] = before

    return state, Change("add one", do, undo, lambda: log.append(state["value"]), {("meeting", 3)})


def test_do_undo_redo_each_tell_the_views(qapp):
    history, log = WorkHistory(), []
    state, command = make(log)
    history.push(command)
    history.undo()
    history.redo()
    assert state["value"] == 1
    assert log == [1, 0, 1]  # after the change, the undo and the redo
    assert command.refers_to() == {("meeting", 3)}


def test_nothing_to_change_leaves_nothing_to_undo(qapp):
    history, log = WorkHistory(), []
    _, command = make(log, nothing=True)
    history.push(command)
    assert history.count() == 0
    assert log == [0]  # the views were still told (nothing changed, so they show the same)


def test_a_failed_undo_is_told_and_the_views_still_catch_up(qapp):
    history, log, problems = WorkHistory(), [], []
    history.problem.connect(problems.append)
    _, command = make(log, fail_undo=True)
    history.push(command)
    history.undo()
    assert history.count() == 0
    assert problems and problems[0].startswith("“Add one” could not be undone.")
    assert log == [1, 1]
