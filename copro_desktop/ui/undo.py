"""Undo that never breaks: commands that fail say so in plain words, and the history stays true.

Qt's QUndoStack keeps the history. Two things are added here:
- A command whose change can no longer be made (its meeting was removed, the disk is
  full) is taken off the history instead of raising inside Qt; the window is told why.
- Removing a member, meeting or group drops every command that refers to it, because
  removal is final: undo must never try to bring it back.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from copro_desktop.errors import friendly_message
from copro_desktop.i18n import COUNTED, translate
from copro_desktop.text_rules import InvalidInput

log = logging.getLogger(__name__)

Ref = tuple[str, int]  # ("member", 7): something a command refers to


class SafeCommand(QUndoCommand):
    """Subclasses write apply() and revert() and say what they refer to."""

    def __init__(self, label: str):
        super().__init__(label)
        self.history: "WorkHistory | None" = None
        self._quiet = False  # the next undo or redo only re-files the command (see WorkHistory.drop)
        self.problem: str | None = None  # plain words, if the last undo or redo could not be done
        self._done_once = False  # the first redo is the change itself; later ones are "again"

    def refers_to(self) -> set[Ref]:
        return set()

    def creates(self) -> set[Ref]:
        """What applying this command brings into being (a new agreement, member or meeting)."""
        return set()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def after(self) -> None:
        """Refresh views once the change is made (or unmade). Runs even when the change failed."""

    def redo(self) -> None:
        what = "could not be done again" if self._done_once else "could not be done"
        self._run(self.apply, what, again=self._done_once)
        self._done_once = True

    def undo(self) -> None:
        self._run(self.revert, "could not be undone", undoing=True)

    def _run(self, step, what: str, again: bool = False, undoing: bool = False) -> None:
        """`what` is for the log, in English; the person is told in their own language."""
        if self._quiet:
            self._quiet = False
            return
        try:
            self.problem = None
            step()
        except Exception as error:  # noqa: BLE001 - nothing may escape into Qt; the person is told
            label = self.text()
            # The label and message may hold a person's name: the log keeps only the kind of thing.
            log.warning("%s %s: %s", type(self).__name__, what, type(error).__name__)
            self.setObsolete(True)  # Qt then deletes the command, keeping the history consistent
            self.problem = friendly_message(error)
            if self.history is not None:
                if undoing:
                    words = translate("Undo", "“{change}” could not be undone. {problem}")
                elif again:
                    words = translate("Undo", "“{change}” could not be done again. {problem}")
                else:
                    words = translate("Undo", "“{change}” could not be done. {problem}")
                self.history.report(words.format(change=f"{label[:1].upper()}{label[1:]}", problem=self.problem))
        finally:
            self.after()

    def _refile(self) -> "SafeCommand":
        """A fresh copy holding the same state, for putting back on a rebuilt history."""
        copy = type(self).__new__(type(self))
        QUndoCommand.__init__(copy, self.text())
        copy.__dict__.update(self.__dict__)
        return copy


class Change(SafeCommand):
    """A change stated as what to do and how to undo it; afterwards `changed()` tells the views.

    `do()` returns a receipt that `undo(receipt)` needs (a change row's id, an old place),
    or NOTHING when there was nothing to change, which leaves nothing on the history.
    `changed` is the feature's one notification (a model re-reading the rows it touched),
    run after every do, undo and redo, whether or not it worked, so views never go stale.
    """

    NOTHING = object()

    def __init__(
        self,
        label: str,
        do: Callable[[], object],
        undo: Callable[[object], None],
        changed: Callable[[], None],
        refers: set[Ref] = frozenset(),
    ):
        super().__init__(label)
        self._do, self._undo, self._changed = do, undo, changed
        self._refers = set(refers)
        self.receipt: object = None

    def refers_to(self) -> set[Ref]:
        return self._refers | self.creates()

    def apply(self) -> None:
        receipt = self._do()
        if receipt is Change.NOTHING:
            self.setObsolete(True)  # nothing changed: leave nothing on the undo stack
        else:
            self.receipt = receipt

    def revert(self) -> None:
        self._undo(self.receipt)

    def after(self) -> None:
        self._changed()


class WorkHistory(QUndoStack):
    """The undo history of the open group."""

    problem = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._reporting = True

    def push(self, command: QUndoCommand) -> None:
        if isinstance(command, SafeCommand):
            command.history = self
        super().push(command)

    def attempt(self, command: SafeCommand) -> None:
        """Push; if it could not be done, raise InvalidInput with plain words, for a form to show and stay open."""
        self._reporting = False
        try:
            self.push(command)
        finally:
            self._reporting = True
        if command.problem is not None:
            raise InvalidInput(command.problem)

    def report(self, message: str) -> None:
        if self._reporting:
            self.problem.emit(message)

    def drop(self, ref: Ref) -> int:
        """Forget every command that refers to `ref`, keeping the others in order and where they were.

        A dropped command waiting to be redone would have created something (an agreement, say);
        the commands after it that refer to that thing go too, since it can now never exist.
        """
        commands = [self.command(i) for i in range(self.count())]
        done = self.index()
        gone, kept = {ref}, []
        for position, command in enumerate(commands):
            applied = position < done
            if command.refers_to() & gone:
                if not applied:
                    gone |= command.creates()
                continue
            kept.append((command._refile(), applied))
        if len(kept) == len(commands):
            return 0
        self.clear()
        for command, _applied in kept:
            command._quiet = True  # already in the database as it is: pushing must not apply it again
            self.push(command)
        for command, applied in kept:
            command._quiet = not applied  # stepping back over these must not undo them in the database
        self.setIndex(sum(applied for _command, applied in kept))
        for command, _applied in kept:
            command._quiet = False
        return len(commands) - len(kept)


def dropped_words(count: int, who: str = "it") -> str:
    """What the person is told when a removal took changes out of the undo history."""
    if count == 0:
        return ""
    # Whole sentences for the translators: "it" (a meeting, an agreement) or "them" (a person), with plural forms.
    if who == "them":
        words = translate(
            "Undo", "%n earlier change(s) that involved them can no longer be undone or redone.", None, COUNTED, count
        )
    else:
        words = translate(
            "Undo", "%n earlier change(s) that involved it can no longer be undone or redone.", None, COUNTED, count
        )
    return f" {words}"
