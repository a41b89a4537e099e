"""What the room sees: which view the facilitator has sent to the projector, and nothing they did not send.

Browsing panels never changes the projector. Views are built on first send, each on the same model
its panel watches, so the two cannot disagree.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from copro_desktop.i18n import translate
from copro_desktop.db.settings import read_setting, write_setting
from copro_desktop.shell.projector import ProjectorWindow
from copro_desktop.ui.audience import AudienceView
from copro_desktop.ui.declaration import AudienceSpec

PROJECTOR_SCALE_KEY = "projector_scale"


class Room(QObject):
    changed = Signal()  # what the room sees changed: another view, blanked, a page, the words, closed
    pictureChanged = Signal()  # the view on the wall drew something different

    def __init__(self, context, specs: dict[str, AudienceSpec], window: QWidget):  # the spine's context
        super().__init__(window)
        self.context = context
        self.specs = specs
        self.window = window
        self.projector: ProjectorWindow | None = None

    def _ensure_projector(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.window)  # its own top-level window, owned by the main one
            saved = read_setting(self.context.engine, PROJECTOR_SCALE_KEY)
            self.projector.set_scale(float(saved) if saved else 1.0)
            if self.context.can_change:
                self.projector.scaleChanged.connect(self._remember_scale)
            self.projector.shownChanged.connect(self.changed)
            self.projector.shownPictureChanged.connect(self.pictureChanged)
        return self.projector

    def _remember_scale(self, scale: float) -> None:
        write_setting(self.context.engine, PROJECTOR_SCALE_KEY, f"{scale:.2f}")

    def view(self, key: str) -> AudienceView:
        """The view of this key, built on first use and kept, so sending it again is instant."""
        projector = self._ensure_projector()
        if key not in projector.views:
            projector.add_view(key, self.specs[key].make(self.context))
        return projector.views[key]

    # What the facilitator does
    def send(self, key: str) -> None:
        """Show this view to the room, opening the projector if it is closed."""
        self.view(key).sent()
        projector = self._ensure_projector()
        projector.show_view(key)
        projector.present(beside=self.window)
        self.window.activateWindow()  # the facilitator keeps typing here; the room watches there

    def toggle_blank(self) -> None:
        if self.is_open():
            self.projector.toggle_blank()

    def blank(self) -> None:
        if self.is_open():
            self.projector.set_blanked(True)

    def next_page(self) -> None:
        if self.is_open():
            self.projector.next_page()

    def previous_page(self) -> None:
        if self.is_open():
            self.projector.previous_page()

    def bigger(self) -> None:
        if self.is_open():
            self.projector.bigger()

    def smaller(self) -> None:
        if self.is_open():
            self.projector.smaller()

    def close(self) -> None:
        if self.projector is not None:
            self.projector.close()

    # What the room sees
    def is_open(self) -> bool:
        return self.projector is not None and self.projector.isVisible()

    def shown_view(self) -> AudienceView | None:
        """The view on the wall now; None when the projector is closed or blanked."""
        return self.projector.shown_view() if self.is_open() else None

    def shown_key(self) -> str | None:
        view = self.shown_view()
        return self.projector.current_key if view is not None else None

    def description(self) -> str:
        """In words, for the live copy's caption and screen readers."""
        if not self.is_open():
            return translate("Room", "The projector is closed. Press F5 to show this panel to the room.")
        view = self.shown_view()
        if view is None:
            return translate("Room", "The room sees a blank screen. Press Ctrl+B to show it again.")
        # What the view shows now ("Revisiting our agreements: 2 of 7"), else the view's name.
        title = view.heading() or translate("Features", self.specs[self.projector.current_key].title)
        if view.page_count() > 1:
            return translate("Room", "The room sees: {view}, page {page} of {count}.").format(
                view=title, page=view.page() + 1, count=view.page_count()
            )
        return translate("Room", "The room sees: {view}.").format(view=title)
