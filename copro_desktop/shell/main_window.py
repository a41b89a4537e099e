"""The facilitator's main window: group and meeting at the side, one page at a time, a projector beside."""

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from copro_desktop import APP_NAME, __version__
from copro_desktop.agreements.audience import AgreementsAudience
from copro_desktop.agreements.model import agreements_model
from copro_desktop.agreements.panel import AgreementsPanel
from copro_desktop.agreements.revisit import revisit_presenter
from copro_desktop.clock import full_date
from copro_desktop.db import backups
from copro_desktop.db.erasure import data_paths_of, finish_pending, has_pending, try_to_fold_log
from copro_desktop.db.problems import Trouble, classify, why_nothing_can_be_saved
from copro_desktop.db.settings import read_setting, write_setting
from copro_desktop.groups.dialogs import GroupDialog
from copro_desktop.groups.meetings_page import MeetingsPage
from copro_desktop.groups.members_page import MembersPage
from copro_desktop.groups.rules import MEETING_STATUSES
from copro_desktop.groups.welcome import WelcomePage
from copro_desktop.resources import CREDITS
from copro_desktop.groups.context import GroupContext
from copro_desktop.ui.forms import button, plain, read_only_banner
from copro_desktop.shell.projector import MeetingAudience, ProjectorWindow
from copro_desktop.ui.prompts import Prompts
from copro_desktop.shell.startup import moment, pick_backup
from copro_desktop.ui.undo import WorkHistory

if TYPE_CHECKING:
    from copro_desktop.shell.backup_schedule import BackupSchedule

PROJECTOR_SCALE_KEY = "projector_scale"
log = logging.getLogger(__name__)


@dataclass
class Page:
    key: str
    title: str
    widget: QWidget
    audience_key: str  # which projector view goes with this page


class MainWindow(QMainWindow):
    def __init__(
        self,
        engine: Engine,
        prompts: Prompts | None = None,
        read_only_reason: str | None = None,
        backup_schedule: "BackupSchedule | None" = None,
    ):
        super().__init__()
        self.backup_schedule = backup_schedule
        self.going_back_to: "backups.Backup | None" = None  # set when the person chose to go back
        self.engine = engine
        self.prompts = prompts or Prompts()
        self.setWindowTitle(APP_NAME)
        screen = self.screen().availableGeometry()
        # Fits a 1366×768 laptop, title bar and panel included.
        self.resize(min(1200, screen.width() - 40), min(780, screen.height() - 60))
        self.undo_stack = WorkHistory(self)
        # Queued: the message box opens after the undo or redo has finished, never inside it.
        self.undo_stack.problem.connect(self._undo_problem, Qt.ConnectionType.QueuedConnection)
        self.context = GroupContext(engine, self.prompts, self.undo_stack, read_only_reason, self)
        self.groups = self.context.groups
        self.context.notice.connect(lambda message: self.statusBar().showMessage(message, 20_000))
        if backup_schedule is not None:
            backup_schedule.failed.connect(self.context.report)
        self.agreements = agreements_model(self.context)
        self.revisit = revisit_presenter(self.context)
        self.projector: ProjectorWindow | None = None

        self.welcome = WelcomePage(self.groups, can_create=self.context.can_change)
        self.welcome.groupCreated.connect(self._group_created)
        self.pages = [
            Page("agreements", "Agreements", AgreementsPanel(self.context), "agreements"),
            Page("members", "Members", MembersPage(self.context), "meeting"),
            Page("meetings", "Meetings", MeetingsPage(self.context), "meeting"),
        ]
        self.screens = QStackedWidget()
        welcome_holder = QWidget()
        QHBoxLayout(welcome_holder).addWidget(self.welcome, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.screens.addWidget(welcome_holder)
        self.screens.addWidget(self._build_workspace())
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        if read_only_reason is not None:
            central_layout.addWidget(read_only_banner(read_only_reason))
        central_layout.addWidget(self.screens, stretch=1)
        self.setCentralWidget(central)
        self._build_actions()

        self.context.groupChanged.connect(self._group_changed)
        self.context.groupsEdited.connect(self._load_groups)
        self.context.meetingChanged.connect(self._meeting_changed)
        self.context.meetingsEdited.connect(self._load_meetings)

        last = self.groups.last_group()
        self.context.open_group(last.id if last else None)

    # Building
    def _build_workspace(self) -> QWidget:
        self.group_choice = QComboBox()
        self.group_choice.setAccessibleName("Group")
        self.group_choice.activated.connect(self._group_chosen)
        self.meeting_choice = QComboBox()
        self.meeting_choice.setAccessibleName("Meeting")
        self.meeting_choice.activated.connect(self._meeting_chosen)
        self.new_group_button = button("New &group…", self.new_group)
        self.new_group_button.setEnabled(self.context.can_change)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName("Panels")
        for page in self.pages:
            self.navigation.addItem(page.title)
        self.navigation.currentRowChanged.connect(self._show_page)
        group_label = QLabel("&Group:")
        group_label.setBuddy(self.group_choice)
        meeting_label = QLabel("&Meeting:")
        meeting_label.setBuddy(self.meeting_choice)
        panels_label = QLabel("&Panels:")
        panels_label.setBuddy(self.navigation)

        side = QWidget()
        side.setMaximumWidth(300)
        side_layout = QVBoxLayout(side)
        for widget in (group_label, self.group_choice, self.new_group_button, meeting_label, self.meeting_choice,
                       panels_label, self.navigation):
            side_layout.addWidget(widget)
        self.page_stack = QStackedWidget()
        for page in self.pages:
            self.page_stack.addWidget(page.widget)

        workspace = QWidget()
        layout = QHBoxLayout(workspace)
        layout.addWidget(side)
        layout.addWidget(self.page_stack, stretch=1)
        return workspace

    def _action(self, label: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(label, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action("New &group…", self.new_group, None, file_menu).setEnabled(self.context.can_change)
        self._action("Go &back to a backup…", self.go_back_to_backup, None, file_menu).setEnabled(
            self.context.can_change
        )
        self.print_action = self._action("&Print agreements…", self.print_agreements, "Ctrl+P", file_menu)
        file_menu.addSeparator()
        self._action("&Quit", self.close, "Ctrl+Q", file_menu)

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu("&Panels")
        for number, page in enumerate(self.pages, start=1):
            self._action(f"&{number} {page.title}", lambda row=number - 1: self.navigation.setCurrentRow(row),
                         f"Ctrl+{number}", view_menu)

        projector_menu = bar.addMenu("P&rojector")
        self.show_projector_action = self._action("&Show on projector", self.show_projector, "F5", projector_menu)
        self._action("&Blank or unblank the projector", self.toggle_blank, "Ctrl+B", projector_menu)
        self._action("&Larger text on the projector", lambda: self._projector_do("bigger"), "Ctrl+Shift+=",
                     projector_menu)
        self._action("S&maller text on the projector", lambda: self._projector_do("smaller"), "Ctrl+Shift+-",
                     projector_menu)
        self._action("&Close the projector", self.close_projector, "Shift+F5", projector_menu)

        help_menu = bar.addMenu("&Help")
        self._action("&About Copro Desktop", self.about, None, help_menu)

        toolbar = QToolBar("Main actions")
        toolbar.setObjectName("main-actions")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.show_projector_action, self.print_action, self.undo_action, self.redo_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        # Undo and Redo change their text ("Undo retire an agreement"): keep the spoken name in step.
        # A bound method, not a lambda, so Qt disconnects it when the window goes.
        for action in toolbar.actions():
            action.changed.connect(self._name_toolbar_buttons)
        self._name_toolbar_buttons()

    def _name_toolbar_buttons(self) -> None:
        for action in self.toolbar.actions():
            self.toolbar.widgetForAction(action).setAccessibleName(plain(action.iconText()))

    # Groups and meetings
    def _group_created(self, group_id: int) -> None:
        self.context.open_group(group_id)
        self.navigation.setCurrentRow(self._row_of("members"))

    def new_group(self) -> None:
        if not self.context.can_change:
            return
        dialog = GroupDialog(self)
        dialog.save = lambda: self.groups.create_group(dialog.name.text(), dialog.purpose.toPlainText())
        if dialog.exec():
            self._group_created(dialog.saved.id)

    def _group_chosen(self, index: int) -> None:
        group_id = self.group_choice.itemData(index)
        if group_id != self.context.group_id:
            self.context.open_group(group_id)

    def _group_changed(self) -> None:
        self.undo_stack.clear()  # undo never reaches into another group
        has_group = self.context.group is not None
        self.screens.setCurrentIndex(1 if has_group else 0)
        self.show_projector_action.setEnabled(has_group)
        self.print_action.setEnabled(has_group)
        self._load_groups()
        self._load_meetings()
        if has_group and self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        if not has_group:
            self.close_projector()

    def _load_groups(self) -> None:
        self.group_choice.clear()
        for group in self.groups.groups():
            self.group_choice.addItem(group.name, group.id)
        self.group_choice.setCurrentIndex(self.group_choice.findData(self.context.group_id))
        group = self.context.group
        self.setWindowTitle(f"{group.name}: {APP_NAME}" if group else APP_NAME)
        self._refresh_meeting_audience()

    def _load_meetings(self) -> None:
        self.meeting_choice.clear()
        self.meeting_choice.addItem("No meeting chosen", None)
        if self.context.group_id is not None:
            for meeting in self.groups.meetings(self.context.group_id):
                status = "" if meeting.status == "planned" else f" ({MEETING_STATUSES[meeting.status].lower()})"
                self.meeting_choice.addItem(f"{meeting.title}, {full_date(meeting.meeting_date)}{status}", meeting.id)
        self.meeting_choice.setCurrentIndex(max(0, self.meeting_choice.findData(self.context.meeting_id)))

    def _meeting_chosen(self, index: int) -> None:
        self.context.choose_meeting(self.meeting_choice.itemData(index))

    def _meeting_changed(self) -> None:
        self.meeting_choice.setCurrentIndex(max(0, self.meeting_choice.findData(self.context.meeting_id)))
        self._refresh_meeting_audience()

    # Pages
    def _row_of(self, key: str) -> int:
        return next(i for i, page in enumerate(self.pages) if page.key == key)

    def page(self, key: str) -> QWidget:
        return self.pages[self._row_of(key)].widget

    def open_panel(self, key: str) -> QWidget:
        """Go to a panel, as choosing it in the navigation does, and return it."""
        self.navigation.setCurrentRow(self._row_of(key))
        return self.page(key)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.page_stack.setCurrentIndex(row)
        if self.projector is not None:
            self.projector.show_view(self.pages[row].audience_key)

    # Projector
    def _ensure_projector(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self)  # its own top-level window, owned by this one
            self.projector.add_view("agreements", AgreementsAudience(self.agreements, self.revisit))
            self.meeting_audience = MeetingAudience(self.context)
            self.projector.add_view("meeting", self.meeting_audience)
            saved = read_setting(self.engine, PROJECTOR_SCALE_KEY)
            self.projector.set_scale(float(saved) if saved else 1.0)
            if self.context.can_change:
                self.projector.scaleChanged.connect(
                    lambda s: write_setting(self.engine, PROJECTOR_SCALE_KEY, f"{s:.2f}")
                )
            self._refresh_meeting_audience()
        return self.projector

    def show_projector(self) -> None:
        if self.context.group is None:
            return
        projector = self._ensure_projector()
        row = max(0, self.navigation.currentRow())
        projector.show_view(self.pages[row].audience_key)
        projector.present(beside=self)
        self.activateWindow()  # the facilitator keeps typing here; the room watches there

    def _projector_do(self, what: str) -> None:
        if self.projector is not None and self.projector.isVisible():
            getattr(self.projector, what)()

    def toggle_blank(self) -> None:
        self._projector_do("toggle_blank")

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()

    def _refresh_meeting_audience(self) -> None:
        if self.projector is None:
            return
        group = self.context.group
        meeting = self.context.meeting
        line = f"{meeting.title}\n{full_date(meeting.meeting_date)}" if meeting else "Welcome"
        self.meeting_audience.show_meeting(group.name if group else "", line)

    # Print and about
    def print_agreements(self) -> None:
        if self.context.group is None:
            return
        from copro_desktop.shell.print_preview import show_agreements_poster  # ReportLab and QtPdf load on first use

        show_agreements_poster(self, self.agreements.service, self.context.group, self.prompts)

    def _undo_problem(self, message: str) -> None:
        self.prompts.warn(self, "That could not be done", message)

    def about(self) -> None:
        self.prompts.inform(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nFor running co-production meetings: people with lived experience, "
            "carers and staff designing services together as equals.\n\n" + "\n".join(CREDITS),
        )

    def go_back_to_backup(self) -> None:
        """Choose a backup; what there is now is backed up first, then the app reopens on the chosen one."""
        if not self.context.can_change:
            return
        paths = data_paths_of(self.engine)
        finish_pending(self.engine)
        if has_pending(self.engine):
            # Going back now could bring back someone who was removed but is still in a backup.
            self.prompts.warn(
                self,
                "Go back to a backup",
                "Someone you removed is not yet removed from every backup (the disk may be full). "
                "Free some space on the disk, then try again.",
            )
            return
        healthy = backups.healthy_backups(paths.backups)
        if not healthy:
            self.prompts.inform(
                self,
                "Go back to a backup",
                "There are no backups yet. Copro Desktop makes one when you close it, and every ten minutes "
                "while you are making changes.",
            )
            return
        what_happens = "Your work goes back to how it was then. What you have now is kept as a backup first."
        chosen = pick_backup(paths, self.prompts, healthy, what_happens, parent=self)
        if chosen is None or not self.prompts.confirm(
            self,
            "Go back to a backup",
            f"Go back to how your work was on {moment(chosen)}? What you have now is kept as a backup "
            "first, so you can come back to it the same way for the next three months.",
            "&Go back",
        ):
            return
        try_to_fold_log(self.engine)
        try:
            backups.make_backup(paths.database, paths.backups, backups.GOING_BACK, thin_after=False)
        except backups.BackupFailed as error:
            log.warning("The backup before going back failed: %r", error.__cause__ or error)
            trouble = classify(error)
            if trouble in (Trouble.DISK_FULL, Trouble.NOT_ALLOWED):
                why = why_nothing_can_be_saved(trouble, paths.backups)
            else:
                why = "the copy did not pass its check"
            self.prompts.warn(
                self,
                "Go back to a backup",
                f"What you have now could not be kept as a backup first, because {why}. Nothing has changed.",
            )
            return
        if self.backup_schedule is not None:
            self.backup_schedule.backed_up_just_now()
        self.going_back_to = chosen
        self.close()  # the app opens the chosen backup in a new window

    def come_forward(self) -> None:
        """Another start of the app on this folder asked for this window instead."""
        log.info("Another start on this folder: coming forward")
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event) -> None:
        self.close_projector()
        if self.backup_schedule is not None:
            self.backup_schedule.failed.disconnect(self.context.report)
            self.backup_schedule.failed.connect(self._backup_failed_on_closing)
            self.backup_schedule.back_up_if_changed("on-closing")
        super().closeEvent(event)

    def _backup_failed_on_closing(self, message: str) -> None:
        self.prompts.warn(self, "Backup", message)
