"""Windows that fit the facilitator's screen: the smallest we design for is a 1366 x 768 laptop."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SMALLEST_SCREEN = QSize(1366, 768)
# Room for the desktop's own panel or task bar.
ROOM_FOR_THE_DESKTOP = QSize(60, 60)
# On X11 the title bar's size arrives from the window manager only after the window is shown,
# so until it is known, allow for a generous one (openbox's is 25 pixels, GNOME's up to 37).
UNKNOWN_FRAME = QSize(8, 40)


def largest_frame(window: QWidget) -> QSize:
    """The most a window may take, title bar included: what its screen has free, and never more
    than the smallest screen allows, so what is tried on a big screen also works on a laptop."""
    allowed = SMALLEST_SCREEN - ROOM_FOR_THE_DESKTOP
    screen = window.screen()
    if screen is not None:
        allowed = allowed.boundedTo(screen.availableGeometry().size() - ROOM_FOR_THE_DESKTOP)
    return allowed


def fit_on_screen(window: QWidget) -> None:
    """Shrink a shown window whose frame is larger than allowed, and bring it fully on to its screen.

    Call once the window is shown: only then are the window manager's title bar and borders known.
    """
    frame, inside = window.frameGeometry(), window.geometry()
    borders = frame.size() - inside.size()
    if borders.height() <= 0:
        borders = UNKNOWN_FRAME
        frame.setSize(inside.size() + borders)
    allowed = largest_frame(window)
    if frame.width() > allowed.width() or frame.height() > allowed.height():
        window.resize(inside.size().boundedTo(allowed - borders))
    screen = window.screen()
    if screen is not None:
        area = screen.availableGeometry()
        frame = window.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() - frame.width())
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height())
        window.move(max(x, area.x()), max(y, area.y()))
