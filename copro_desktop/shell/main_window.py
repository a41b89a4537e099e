"""The facilitator's main window: group and meeting at the side, one panel at a time, and what the room sees.

It names no feature. Navigation, the Panels menu, the projector's views and the print menu are
built from the features' declarations (see shell/registry.py).
"""

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from copro_desktop import APP_NAME, __version__
from copro_desktop.db.erasure import data_paths_of
from copro_desktop.i18n import translate
from copro_desktop.resources import CREDITS
from copro_desktop.shell import help as help_windows
from copro_desktop.shell import projector as projector_keys
from copro_desktop.shell.going_back import choose_backup_to_go_back_to
from copro_desktop.shell.keys_for_controls import KeysForControls, give_controls_their_keys
from copro_desktop.shell.registry import NUMBERED_PANELS, audience_specs, check, discover, spine
from copro_desktop.shell.room import Room
from copro_desktop.shell.room_copy import RoomCopy
from copro_desktop.ui.accelerators import menus_of
from copro_desktop.ui.declaration import Feature, PrintSpec, Spine, feature_title
from copro_desktop.ui.forms import SAVE_TYPED_KEYS, button, plain, read_only_banner
from copro_desktop.ui.prompts import Prompts
from copro_desktop.ui.undo import WorkHistory

if TYPE_CHECKING:
    from copro_desktop.db import backups
    from copro_desktop.shell.backup_schedule import BackupSchedule

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        engine: Engine,
        prompts: Prompts | None = None,
        read_only_reason: str | None = None,
        backup_schedule: "BackupSchedule | None" = None,
        features: list[Feature] | None = None,
        spine_declared: Spine | None = None,
    ):
        super().__init__()
        self.backup_schedule = backup_schedule
        self.going_back_to: "backups.Backup | None" = None  # set when the person chose to go back
        self.engine = engine
        self.prompts = prompts or Prompts()
        self.features = features if features is not None else discover()
        self.spine = spine_declared or spine()
        check(self.features)
        self.setWindowTitle(APP_NAME)
        screen = self.screen().availableGeometry()
        # Fits a 1366×768 laptop, title bar and panel included.
        self.resize(min(1200, screen.width() - 40), min(700, screen.height() - 60))
        self.undo_stack = WorkHistory(self)
        # Queued: the message box opens after the undo or redo has finished, never inside it.
        self.undo_stack.problem.connect(self._undo_problem, Qt.ConnectionType.QueuedConnection)
        self.context = self.spine.make_context(engine, self.prompts, self.undo_stack, read_only_reason, self)
        self.groups = self.context.groups
        self.context.notice.connect(lambda message: self.statusBar().showMessage(message, 20_000))
        if backup_schedule is not None:
            backup_schedule.failed.connect(self.context.report)
        self.room = Room(self.context, audience_specs(self.features), self)
        self.context.sendRequested.connect(self.room.send)  # a panel's own view, sent by its own button
        self.panels: dict[str, QWidget] = {feature.key: feature.make_panel(self.context) for feature in self.features}
        self._keys_for_controls = KeysForControls(self)
        for panel in self.panels.values():
            give_controls_their_keys(panel, self._keys_for_controls)

        self.welcome = self.spine.make_welcome(self.context)
        self.welcome.groupCreated.connect(self._group_created)
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
        self.room.changed.connect(self._update_projector_actions)

        last = self.groups.last_group()
        self.context.open_group(last.id if last else None)

    # Building
    def _build_workspace(self) -> QWidget:
        self.group_choice = QComboBox()
        self.group_choice.setAccessibleName(translate("MainWindow", "Group"))
        self.group_choice.activated.connect(self._group_chosen)
        self.meeting_choice = QComboBox()
        self.meeting_choice.setAccessibleName(translate("MainWindow", "Meeting"))
        self.meeting_choice.setModel(self.spine.meeting_choices(self.context))  # it keeps up row by row
        # The side is narrow: the whole line ("…, Wednesday 4 March 2026 (happening now)") on hover.
        self.meeting_choice.currentTextChanged.connect(self.meeting_choice.setToolTip)
        self.meeting_choice.activated.connect(self._meeting_chosen)
        self.new_group_button = button(translate("MainWindow", "Ne&w group…"), self.new_group)
        self.new_group_button.setEnabled(self.context.can_change)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(translate("MainWindow", "Panels"))
        for feature in self.features:
            self.navigation.addItem(feature_title(feature))
        self.navigation.currentRowChanged.connect(self._show_panel)
        group_label = QLabel(translate("MainWindow", "&Group:"))
        group_label.setBuddy(self.group_choice)
        meeting_label = QLabel(translate("MainWindow", "&Meeting:"))
        meeting_label.setBuddy(self.meeting_choice)
        panels_label = QLabel(translate("MainWindow", "&Panels:"))
        panels_label.setBuddy(self.navigation)
        self.room_copy = RoomCopy(self.room)

        side = QWidget()
        side.setFixedWidth(270)  # room for a readable live copy of the projector
        side_layout = QVBoxLayout(side)
        for widget in (group_label, self.group_choice, self.new_group_button, meeting_label, self.meeting_choice,
                       panels_label):
            side_layout.addWidget(widget)
        side_layout.addWidget(self.navigation, stretch=1)
        side_layout.addWidget(self.room_copy)
        self.panel_stack = QStackedWidget()
        for feature in self.features:
            self.panel_stack.addWidget(self._frame(feature))

        workspace = QWidget()
        layout = QHBoxLayout(workspace)
        layout.addWidget(side)
        layout.addWidget(self.panel_stack, stretch=1)
        return workspace

    def _frame(self, feature: Feature) -> QWidget:
        """The panel, with its own button to send its view to the room (after the panel: Tab reaches the panel first)."""
        frame = QWidget()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panels[feature.key], stretch=1)
        if feature.audience is not None:
            send = button(translate("MainWindow", "Show on projector (F5)"), self.send_to_projector)
            send.setAccessibleDescription(
                translate("MainWindow", "Shows the room the {panel} view").format(panel=feature_title(feature))
            )
            send.setProperty("feature", feature.key)
            row = QHBoxLayout()
            row.addStretch()
            row.addWidget(send)
            layout.addLayout(row)
        return frame

    def _action(self, label: str, slot, shortcuts=(), menu: QMenu | None = None) -> QAction:
        action = QAction(label, self)
        action.triggered.connect(lambda _checked=False: slot())
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self._action(translate("MainWindow", "Ne&w group…"), self.new_group, (), file_menu).setEnabled(self.context.can_change)
        self._action(translate("MainWindow", "Go &back to a backup…"), self.go_back_to_backup, (), file_menu).setEnabled(self.context.can_change)
        self.print_actions: list[QAction] = []
        print_menu = file_menu.addMenu(translate("MainWindow", "&Print"))
        for feature in self.features:
            for spec in feature.prints:
                action = self._action(translate("Features", spec.label), lambda s=spec: self.print_document(s),
                                      [spec.shortcut] if spec.shortcut else (), print_menu)
                self.print_actions.append(action)
        file_menu.addSeparator()
        self._action(translate("MainWindow", "&Quit"), self.close, ("Ctrl+Q",), file_menu)

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        panels_menu = bar.addMenu(translate("MainWindow", "Pa&nels"))
        for row, feature in enumerate(self.features):
            number = row + 1
            keys = [feature.shortcut] if feature.shortcut else ([f"Ctrl+{number}"] if number <= NUMBERED_PANELS else [])
            title = feature_title(feature)
            label = f"&{number} {title}" if number <= NUMBERED_PANELS else title
            self._action(label, lambda r=row: self._go_to_panel(r), keys, panels_menu)

        projector_menu = bar.addMenu(translate("MainWindow", "Pro&jector"))
        self.send_action = self._action(translate("MainWindow", "&Show this panel on the projector"), self.send_to_projector, ("F5",),
                                        projector_menu)
        self.blank_action = self._action(translate("MainWindow", "&Blank or unblank the projector"), self.room.toggle_blank,
                                         projector_keys.BLANK_KEYS, projector_menu)
        self.next_page_action = self._action(translate("MainWindow", "&Next page on the projector"), self.room.next_page,
                                             projector_keys.NEXT_PAGE_KEYS, projector_menu)
        self.previous_page_action = self._action(translate("MainWindow", "&Previous page on the projector"), self.room.previous_page,
                                                 projector_keys.PREVIOUS_PAGE_KEYS, projector_menu)
        self.bigger_action = self._action(translate("MainWindow", "&Larger text on the projector"), self.room.bigger,
                                          projector_keys.BIGGER_KEYS, projector_menu)
        self.smaller_action = self._action(translate("MainWindow", "S&maller text on the projector"), self.room.smaller,
                                           projector_keys.SMALLER_KEYS, projector_menu)
        self.close_projector_action = self._action(translate("MainWindow", "&Close the projector"), self.room.close, ("Shift+F5",),
                                                   projector_menu)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self._action(translate("MainWindow", "&Keyboard shortcuts"), self.show_shortcuts, ("F1",), help_menu)
        self._action(translate("MainWindow", "&Where my work is kept"), self.show_where_work_is_kept, (), help_menu)
        self._action(translate("MainWindow", "About the &panels"), self.about_panels, (), help_menu)
        self._action(translate("MainWindow", "&About {app}").format(app=APP_NAME), self.about, (), help_menu)

        toolbar = QToolBar(translate("MainWindow", "Main actions"))
        toolbar.setObjectName("main-actions")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.blank_action, self.undo_action, self.redo_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        # Undo and Redo change their text ("Undo retire an agreement"): keep the spoken name in step.
        # A bound method, not a lambda, so Qt disconnects it when the window goes.
        for action in toolbar.actions():
            action.changed.connect(self._name_toolbar_buttons)
        self._name_toolbar_buttons()
        self._update_projector_actions()

    def _name_toolbar_buttons(self) -> None:
        for action in self.toolbar.actions():
            self.toolbar.widgetForAction(action).setAccessibleName(plain(action.iconText()))

    def _update_projector_actions(self) -> None:
        """Only what can act is enabled: a key that cannot act passes to the control that has focus."""
        has_group = self.context.group is not None
        feature = self.current_feature()
        self.send_action.setEnabled(has_group and feature is not None and feature.audience is not None)
        is_open = self.room.is_open()
        view = self.room.shown_view()
        for action in (self.blank_action, self.bigger_action, self.smaller_action, self.close_projector_action):
            action.setEnabled(is_open)
        # While the room's view has pages, Page Down and Page Up belong to it, even on its last or first
        # page (they then do nothing, rather than moving the laptop's list); otherwise they pass on.
        paged = view is not None and view.page_count() > 1
        self.next_page_action.setEnabled(paged)
        self.previous_page_action.setEnabled(paged)
        for action in self.print_actions:
            action.setEnabled(has_group)

    # Groups and meetings
    def _group_created(self, group_id: int) -> None:
        self.context.open_group(group_id)
        self.open_panel(self.spine.after_group_created)

    def new_group(self) -> None:
        if not self.context.can_change:
            return
        created = self.spine.new_group(self, self.context)
        if created is not None:
            self._group_created(created)

    def _group_chosen(self, index: int) -> None:
        group_id = self.group_choice.itemData(index)
        if group_id != self.context.group_id:
            self.context.open_group(group_id)

    def _group_changed(self) -> None:
        self.undo_stack.clear()  # undo never reaches into another group
        has_group = self.context.group is not None
        # Another group's words must not appear on the wall because the facilitator switched here.
        self.room.blank()
        self.screens.setCurrentIndex(1 if has_group else 0)
        self._load_groups()
        self._meeting_changed()
        if has_group and self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        if not has_group:
            self.room.close()
        self._update_projector_actions()

    def _load_groups(self) -> None:
        groups = self.groups.groups()
        listed = [self.group_choice.itemData(row) for row in range(self.group_choice.count())]
        if listed == [group.id for group in groups]:
            for row, group in enumerate(groups):  # a rename changes one line, and the choice stays put
                if self.group_choice.itemText(row) != group.name:
                    self.group_choice.setItemText(row, group.name)
        else:
            self.group_choice.clear()
            for group in groups:
                self.group_choice.addItem(group.name, group.id)
        self.group_choice.setCurrentIndex(self.group_choice.findData(self.context.group_id))
        group = self.context.group
        self.setWindowTitle(
            translate("MainWindow", "{group}: {app}").format(group=group.name, app=APP_NAME) if group else APP_NAME
        )

    def _meeting_chosen(self, index: int) -> None:
        self.context.choose_meeting(self.meeting_choice.itemData(index))

    def _meeting_changed(self) -> None:
        self.meeting_choice.setCurrentIndex(max(0, self.meeting_choice.findData(self.context.meeting_id)))

    # Panels
    def _row_of(self, key: str) -> int:
        return next(row for row, feature in enumerate(self.features) if feature.key == key)

    def page(self, key: str) -> QWidget:
        return self.panels[key]

    def open_panel(self, key: str) -> QWidget:
        """Go to a panel, as choosing it in the navigation does, and return it."""
        self.navigation.setCurrentRow(self._row_of(key))
        return self.panels[key]

    def current_feature(self) -> Feature | None:
        row = self.navigation.currentRow()
        return self.features[row] if 0 <= row < len(self.features) else None

    def current_panel(self) -> QWidget | None:
        feature = self.current_feature()
        return self.panels[feature.key] if feature is not None else None

    def _go_to_panel(self, row: int) -> None:
        """Ctrl+number: the panel, with the keyboard in it (its own choice of where, or its first control),
        so its keys act at once rather than on the group choice left behind."""
        self.navigation.setCurrentRow(row)
        panel = self.panels[self.features[row].key]
        target = panel.focusProxy() or next(
            (w for w in panel.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()),
            None,
        )
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_panel(self, row: int) -> None:
        """Only the laptop's screen changes: the room keeps seeing what was sent."""
        if row >= 0:
            self.panel_stack.setCurrentIndex(row)
            self._update_projector_actions()

    # The room
    @property
    def projector(self):
        return self.room.projector

    def send_to_projector(self) -> None:
        """F5: the room sees the current panel's audience view."""
        feature = self.current_feature()
        if self.context.group is None or feature is None or feature.audience is None:
            return
        self.room.send(feature.audience.key)

    def toggle_blank(self) -> None:
        self.room.toggle_blank()

    # Print, help and about
    def print_document(self, spec: PrintSpec) -> None:
        group = self.context.group
        if group is None:
            return
        from copro_desktop.shell.print_preview import PrintPreview  # ReportLab and QtPdf load on first use

        preview = PrintPreview(
            self,
            translate("MainWindow", "Print: {document}, {group}").format(
                document=translate("Features", spec.name), group=group.name
            ),
            translate("MainWindow", "{document} - {group}.pdf").format(
                document=translate("Features", spec.name), group=group.name
            ),
            lambda paper: spec.build(self.context, paper),
            self.prompts,
        )
        preview.open()

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """Every shortcut in the app, read from the actions and buttons themselves."""
        rows = help_windows.menu_shortcuts(menus_of(self))
        # Undo and Redo name the change they would undo ("Undo retire an agreement"): list them by their keys' job.
        plain_names = {plain(self.undo_action.text()): translate("MainWindow", "Undo"),
                       plain(self.redo_action.text()): translate("MainWindow", "Redo")}  # fmt: skip
        rows = [(where, plain_names.get(what, what), keys) for where, what, keys in rows]
        for feature in self.features:
            rows += help_windows.panel_shortcuts(feature_title(feature), self.panels[feature.key])
        in_projector = translate("MainWindow", "In the projector window")
        rows += [
            (in_projector, translate("Projector", name), help_windows.keys_text(keys))
            for name, keys, _method in projector_keys.ROOM_KEYS
        ]
        rows.append((
            translate("MainWindow", "In a window for typing"),
            translate("MainWindow", "Save what is typed"),
            help_windows.keys_text(SAVE_TYPED_KEYS[:1]),
        ))
        return rows

    def show_shortcuts(self) -> None:
        help_windows.ShortcutsDialog(self.shortcut_rows(), self).open()

    def show_where_work_is_kept(self) -> None:
        help_windows.WhereWorkIsKeptDialog(data_paths_of(self.engine).root, self).open()

    def about_panels(self) -> None:
        """What each panel is for, in the words its feature declared."""
        self.prompts.inform(
            self,
            translate("MainWindow", "About the panels"),
            "\n\n".join(
                f"{feature_title(feature)}: {translate('Features', feature.help)}" for feature in self.features if feature.help
            ),
        )

    def _undo_problem(self, message: str) -> None:
        self.prompts.warn(self, translate("MainWindow", "That could not be done"), message)

    def about(self) -> None:
        self.prompts.inform(
            self,
            translate("MainWindow", "About {app}").format(app=APP_NAME),
            translate(
                "MainWindow",
                "{app} {version}\n\nFor running co-production meetings: people with lived experience, "
                "carers and staff designing services together as equals.",
            ).format(app=APP_NAME, version=__version__)
            + "\n\n"
            + "\n".join(translate("Credits", credit) for credit in CREDITS),
        )

    def go_back_to_backup(self) -> None:
        """Choose a backup; what there is now is backed up first, then the app reopens on the chosen one."""
        if not self.context.can_change:
            return
        chosen = choose_backup_to_go_back_to(self.engine, self.prompts, self)
        if chosen is None:
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
        self.room.close()
        if self.backup_schedule is not None:
            self.backup_schedule.failed.disconnect(self.context.report)
            self.backup_schedule.failed.connect(self._backup_failed_on_closing)
            self.backup_schedule.back_up_if_changed("on-closing")
        super().closeEvent(event)

    def _backup_failed_on_closing(self, message: str) -> None:
        self.prompts.warn(self, translate("MainWindow", "Backup"), message)
