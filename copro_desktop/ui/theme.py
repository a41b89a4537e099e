"""One typeface on screen and paper, a visible focus ring, and the projector's colours."""

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from copro_desktop.resources import font_path

FAMILY = "Atkinson Hyperlegible"

# The audience view: white and yellow on black (21:1 and 15:1).
AUDIENCE_BACKGROUND = "#000000"
AUDIENCE_TEXT = "#FFFFFF"
AUDIENCE_ACCENT = "#FFE14D"

# Start at 32 pt on a 1080-line screen; the facilitator scales it from there.
AUDIENCE_BASE_POINTS = 32
SCALE_STEPS = (0.6, 0.75, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)

_FOCUS_RING = """
QPushButton, QToolButton { padding: 6px 14px; border: 1px solid palette(mid); border-radius: 4px;
    background: palette(button); }
QPushButton:hover, QToolButton:hover { background: palette(midlight); }
QPushButton:disabled, QToolButton:disabled { color: palette(mid); }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus,
QDateEdit:focus, QListView:focus, QTableView:focus, QListWidget:focus, QCheckBox:focus {
    border: 3px solid #1A5FB4; }
QPushButton:focus, QToolButton:focus { padding: 4px 12px; }
QLabel[role="heading"] { font-size: 18pt; font-weight: bold; }
QLabel[role="problem"] { color: #A51D2D; font-weight: bold; }
QLabel[role="banner"] { background: #FFF3C4; color: #3D2E00; border-bottom: 2px solid #B58900; font-weight: bold; }
"""

# Flat scroll bars: a dark handle that stands out (5:1 on white), and a fortieth of the cost to paint.
# Fusion's own, drawn with gradients, took about 1 ms each time a list or table was painted.
SCROLL_HANDLE = "#6E6E6E"
SCROLL_HANDLE_ACTIVE = "#3D3D3D"
_SCROLL_BARS = (
    """
QScrollBar:vertical { background: palette(base); width: 16px; margin: 0; }
QScrollBar:horizontal { background: palette(base); height: 16px; margin: 0; }
QScrollBar::handle:vertical { min-height: 32px; }
QScrollBar::handle:horizontal { min-width: 32px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""
    + f"QScrollBar::handle {{ background: {SCROLL_HANDLE}; border-radius: 4px; margin: 3px; }}\n"
    + f"QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {SCROLL_HANDLE_ACTIVE}; }}\n"
)


def load_fonts() -> None:
    for style in ("Regular", "Bold"):
        QFontDatabase.addApplicationFont(str(font_path(style)))


def apply_facilitator_theme(app: QApplication) -> None:
    load_fonts()
    app.setStyle(QStyleFactory.create("Fusion"))
    font = QFont(FAMILY)
    font.setPointSize(12)
    app.setFont(font)
    app.setStyleSheet(_FOCUS_RING + _SCROLL_BARS)


def apply_audience_palette(widget: QWidget) -> None:
    palette = widget.palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor(AUDIENCE_BACKGROUND))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(AUDIENCE_TEXT))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    # The app's style sheet styles labels by type, which drops a label back to the app's palette
    # (black text). A style sheet here cascades to every child and wins over that.
    widget.setStyleSheet(f"color: {AUDIENCE_TEXT}; background-color: {AUDIENCE_BACKGROUND};")


def audience_font(points: float, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(max(8.0, points))
    font.setBold(bold)
    return font
