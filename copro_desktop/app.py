"""main(): arguments, data folder, database, QApplication, main window."""

import argparse
import logging
import signal
import sys

from copro_desktop import APP_NAME, __version__
from copro_desktop.paths import ENV_VAR, resolve_data_dir

log = logging.getLogger("copro_desktop")


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="copro-desktop", description=f"{APP_NAME}: run co-production meetings.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir", metavar="FOLDER", help=f"where to keep your work (the same as setting {ENV_VAR})"
    )
    return parser.parse_known_args(argv)  # the rest (such as -platform) is for Qt


def main(argv: list[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = resolve_data_dir(args.data_dir)
    paths.ensure()

    from copro_desktop.errors import install_excepthook, set_up_logging

    set_up_logging(paths.log_file)
    log.info("Starting %s %s with data in %s", APP_NAME, __version__, paths.root)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from copro_desktop.shell.prompts import Prompts
    from copro_desktop.shell.startup import open_or_explain
    from copro_desktop.shell.theme import apply_facilitator_theme

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("copro-desktop")
    apply_facilitator_theme(app)
    prompts = Prompts()
    install_excepthook(lambda text: prompts.warn(app.activeWindow(), APP_NAME, text), paths.log_file)

    engine = open_or_explain(paths, prompts)
    if engine is None:
        log.info("Closed without opening the saved work")
        return 2

    from copro_desktop.shell.main_window import MainWindow

    window = MainWindow(engine, prompts)
    window.show()
    _close_cleanly_on_signals(app)
    QTimer.singleShot(3000, lambda: _daily_backup(paths))
    log.info("Ready")
    code = app.exec()
    engine.dispose()
    log.info("Closed cleanly")
    return code


def _close_cleanly_on_signals(app) -> None:
    """Quit through Qt on SIGTERM or Ctrl+C, so the database closes properly."""
    from PySide6.QtCore import QTimer

    for which in (signal.SIGINT, signal.SIGTERM):
        signal.signal(which, lambda *_: app.closeAllWindows())
    # Python runs signal handlers only between bytecodes: wake it now and then.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _daily_backup(paths) -> None:
    from copro_desktop.db import backups

    try:
        if not backups.made_today(paths.backups):
            backups.make_backup(paths.database, paths.backups)
    except Exception:  # a failed backup must not interrupt the meeting; it is logged
        log.exception("The daily backup failed")
