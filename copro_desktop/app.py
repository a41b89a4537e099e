"""main(): arguments, data folder, one copy per folder, database, QApplication, main window."""

import argparse
import logging
import signal
import sys

from copro_desktop import APP_NAME, __version__
from copro_desktop.paths import ENV_VAR, make_private, resolve_data_dir

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

    from copro_desktop.errors import install_excepthook, set_up_logging

    log_file = set_up_logging(paths)  # None where the folder cannot be written
    log.info("Starting %s %s with data in %s", APP_NAME, __version__, paths.root)

    from PySide6.QtWidgets import QApplication

    from copro_desktop.i18n import install_translations, translate
    from copro_desktop.ui.prompts import Prompts
    from copro_desktop.shell.single_instance import Outcome, SingleInstance
    from copro_desktop.shell.startup import go_back, open_or_explain
    from copro_desktop.ui.theme import apply_facilitator_theme

    app = QApplication([sys.argv[0], *qt_args])
    # Before any window or message; kept here so the translators live as long as the app.
    translators = install_translations(app)  # noqa: F841
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("copro-desktop")
    apply_facilitator_theme(app)
    prompts = Prompts()
    install_excepthook(lambda text: prompts.warn(app.activeWindow(), APP_NAME, text), log_file)

    # One copy per data folder, taken before the file is opened, so two copies never migrate it at once.
    guard = SingleInstance(paths.root)
    outcome = guard.acquire()
    if outcome is Outcome.BROUGHT_FORWARD:
        log.info("Copro Desktop is already open with this work: brought that window forward")
        return 0
    if outcome is Outcome.NOT_ANSWERING:
        log.warning("Another copy holds the lock but did not answer")
        prompts.warn(
            None,
            APP_NAME,
            translate(
                "App",
                "Copro Desktop is already open with this work, but that window is not answering yet. "
                "Wait a moment and look for it (it may be on another screen), or close it and start again.",
            ),
        )
        return 1

    if outcome is Outcome.ACQUIRED:
        make_private(paths.lock_file)
    opened = open_or_explain(paths, prompts)
    if opened is None:
        log.info("Closed without opening the saved work")
        guard.release()
        return 2

    _close_cleanly_on_signals(app)
    while True:
        code, going_back_to = _run_window(app, guard, paths, prompts, opened)
        opened.engine.dispose()
        if going_back_to is None:
            break
        opened = go_back(paths, going_back_to, prompts)
        if opened is None:
            break
    guard.release()
    log.info("Closed cleanly")
    return code


def _run_window(app, guard, paths, prompts, opened):
    """Show the work until the window closes. Returns the exit code and any backup chosen to go back to."""
    from copro_desktop.shell.backup_schedule import BackupSchedule
    from copro_desktop.shell.main_window import MainWindow

    schedule = None if opened.read_only_reason else BackupSchedule(opened.engine, paths)
    window = MainWindow(opened.engine, prompts, opened.read_only_reason, schedule)
    if opened.notice:
        window.context.report(opened.notice)
    guard.comeForward.connect(window.come_forward)
    window.show()
    log.info("Ready%s", " (read-only)" if opened.read_only_reason else "")
    code = app.exec()
    guard.comeForward.disconnect(window.come_forward)
    return code, window.going_back_to


def _close_cleanly_on_signals(app) -> None:
    """Quit through Qt on SIGTERM or Ctrl+C, so the database closes properly."""
    from PySide6.QtCore import QTimer

    for which in (signal.SIGINT, signal.SIGTERM):
        signal.signal(which, lambda *_: app.closeAllWindows())
    # Python runs signal handlers only between bytecodes: wake it now and then.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
