"""A verified backup every ten minutes of a session with changes, and one when the app closes cleanly."""

import logging
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Engine

from copro_desktop.db import backups
from copro_desktop.db.changes import ChangeCounter
from copro_desktop.db.erasure import try_to_fold_log
from copro_desktop.db.problems import Trouble, classify, why_nothing_can_be_saved
from copro_desktop.i18n import translate
from copro_desktop.paths import DataPaths

log = logging.getLogger(__name__)
EVERY_MS = 10 * 60 * 1000


class BackupSchedule(QObject):
    failed = Signal(str)  # plain words: the work itself is still saved

    def __init__(self, engine: Engine, paths: DataPaths, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths
        self.engine = engine
        self.changes = ChangeCounter(engine)
        # The change count the newest backup holds; -1 when the file changed after it (say, before a crash).
        self._backed_up_at = 0 if self._newest_backup_is_current() else -1
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(lambda: self.back_up_if_changed("during"))
        self.timer.start()

    def backed_up_just_now(self) -> None:
        """A backup was made outside the schedule (before going back): it holds every change so far."""
        self._backed_up_at = self.changes.count

    def _newest_backup_is_current(self) -> bool:
        """True if the newest backup was made after the file last changed (opening it changes nothing)."""
        made = backups.list_backups(self.paths.backups)
        if not made or not self.paths.database.exists():
            return bool(made)
        # The -shm file is touched by every open, and an empty -wal holds nothing: neither is a change.
        wal = self.paths.database_side_files()[0]
        changed_files = [self.paths.database, *([wal] if wal.exists() and wal.stat().st_size else [])]
        changed = datetime.fromtimestamp(max(p.stat().st_mtime for p in changed_files), tz=timezone.utc)
        return made[0].made_at >= changed

    def back_up_if_changed(self, reason: str) -> bool:
        """Make a checked backup if anything changed since the last one. True if one was made."""
        count = self.changes.count
        if count == self._backed_up_at:
            return False
        try:
            try_to_fold_log(self.engine)  # so closing later writes nothing newer than this backup
            backups.make_backup(self.paths.database, self.paths.backups, reason=reason)
        except backups.BackupFailed as error:
            log.warning("A backup failed: %r", error.__cause__ or error)
            self.failed.emit(self._explain(classify(error)))
            return False
        self._backed_up_at = count
        return True

    def _explain(self, trouble: Trouble) -> str:
        if trouble in (Trouble.DISK_FULL, Trouble.NOT_ALLOWED):
            why = why_nothing_can_be_saved(trouble, self.paths.backups)
        else:
            why = translate("Backups", "the copy did not pass its check")
        return translate(
            "Backups", "The latest backup could not be made, because {why}. Your work itself is still saved."
        ).format(why=why)
