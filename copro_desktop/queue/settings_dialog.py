"""The group's choices for turn-taking: how the room sees names, and the soft time limit."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from copro_desktop.i18n import translate
from copro_desktop.queue.commands import change_settings
from copro_desktop.queue.model import QueueModel, spoken_time
from copro_desktop.queue.turns import NAMES_SHOWN
from copro_desktop.ui.forms import add_field, wrapped

LIMITS = (0, 60, 90, 120, 180, 240, 300, 600)  # seconds: none, then the usual choices


class QueueSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, model: QueueModel):
        super().__init__(parent)
        self.setWindowTitle(translate("QueueSettings", "Timer and room display"))
        settings = model.settings
        self.names = QComboBox()
        for key, label in NAMES_SHOWN.items():
            self.names.addItem(translate("QueueTurns", label), str(key))
        self.names.setCurrentIndex(max(0, self.names.findData(settings.names_shown)))
        self.limit = QComboBox()
        for seconds in LIMITS:
            self.limit.addItem(spoken_time(seconds) if seconds else translate("QueueSettings", "No time limit"), seconds)
        if self.limit.findData(settings.time_limit_seconds) < 0:
            self.limit.addItem(spoken_time(settings.time_limit_seconds), settings.time_limit_seconds)
        self.limit.setCurrentIndex(self.limit.findData(settings.time_limit_seconds))
        self.timer = QCheckBox(translate("QueueSettings", "Show the &timer to the room"))
        self.timer.setChecked(settings.timer_on_projector)
        self.sound = QCheckBox(translate("QueueSettings", "Play a &sound when time is up"))
        self.sound.setChecked(settings.sound_at_limit)
        form = QFormLayout()
        add_field(form, translate("QueueSettings", "The room sees people's &names as:"), self.names)
        add_field(form, translate("QueueSettings", "Soft time &limit for each turn:"), self.limit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(translate("QueueSettings", "These are the group's choices. They are kept for its next meetings.")))
        layout.addLayout(form)
        layout.addWidget(self.timer)
        layout.addWidget(self.sound)
        layout.addWidget(
            wrapped(
                translate(
                    "QueueSettings",
                    "At the time limit, the room sees a calm “Time to finish this turn”. Nothing stops the speaker.",
                )
            )
        )
        layout.addWidget(buttons)
        self.names.setFocus()

    def values(self) -> dict:
        return {
            "names_shown": self.names.currentData(),
            "time_limit_seconds": self.limit.currentData(),
            "timer_on_projector": self.timer.isChecked(),
            "sound_at_limit": self.sound.isChecked(),
        }


def edit_queue_settings(parent: QWidget, model: QueueModel) -> None:
    if model.group_id is None or model.settings is None:
        return
    dialog = QueueSettingsDialog(parent, model)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        before = {name: getattr(model.settings, name) for name in dialog.values()}
        changed = {name: value for name, value in dialog.values().items() if before[name] != value}
        if changed:
            model.context.history.push(
                change_settings(model, translate("QueueSettings", "change the timer and room display"), **changed)
            )
