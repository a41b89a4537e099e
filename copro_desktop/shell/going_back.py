"""File, Go back to a backup…: choose one; what there is now is backed up first; the app then reopens on it."""

import logging

from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine

from copro_desktop.db import backups
from copro_desktop.db.erasure import data_paths_of, finish_pending, has_pending, try_to_fold_log
from copro_desktop.db.problems import Trouble, classify, why_nothing_can_be_saved
from copro_desktop.i18n import translate
from copro_desktop.shell.startup import moment, pick_backup
from copro_desktop.ui.prompts import Prompts

log = logging.getLogger(__name__)


def choose_backup_to_go_back_to(engine: Engine, prompts: Prompts, parent: QWidget) -> "backups.Backup | None":
    """The backup to reopen on, once what there is now is safely kept; None if nothing should happen."""
    title = translate("GoingBack", "Go back to a backup")
    paths = data_paths_of(engine)
    finish_pending(engine)
    if has_pending(engine):
        # Going back now could bring back someone who was removed but is still in a backup.
        prompts.warn(
            parent,
            title,
            translate(
                "GoingBack",
                "Someone you removed is not yet removed from every backup (the disk may be full). "
                "Free some space on the disk, then try again.",
            ),
        )
        return None
    healthy = backups.healthy_backups(paths.backups)
    if not healthy:
        prompts.inform(
            parent,
            title,
            translate(
                "GoingBack",
                "There are no backups yet. Copro Desktop makes one when you close it, and every ten minutes "
                "while you are making changes.",
            ),
        )
        return None
    what_happens = translate(
        "GoingBack", "Your work goes back to how it was then. What you have now is kept as a backup first."
    )
    chosen = pick_backup(paths, prompts, healthy, what_happens, parent=parent)
    if chosen is None or not prompts.confirm(
        parent,
        title,
        translate(
            "GoingBack",
            "Go back to how your work was on {moment}? What you have now is kept as a backup "
            "first, so you can come back to it the same way for the next three months.",
        ).format(moment=moment(chosen)),
        translate("GoingBack", "&Go back"),
    ):
        return None
    try_to_fold_log(engine)
    try:
        backups.make_backup(paths.database, paths.backups, backups.GOING_BACK, thin_after=False)
    except backups.BackupFailed as error:
        log.warning("The backup before going back failed: %r", error.__cause__ or error)
        trouble = classify(error)
        if trouble in (Trouble.DISK_FULL, Trouble.NOT_ALLOWED):
            why = why_nothing_can_be_saved(trouble, paths.backups)
        else:
            why = translate("GoingBack", "the copy did not pass its check")
        prompts.warn(
            parent,
            title,
            translate(
                "GoingBack", "What you have now could not be kept as a backup first, because {why}. Nothing has changed."
            ).format(why=why),
        )
        return None
    return chosen
