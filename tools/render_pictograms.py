"""Render the bundled OpenMoji SVG pictograms to PNG for print.

ReportLab draws PNG but not SVG, and print code must not depend on Qt, so
the PNGs are made once here with QtSvg and committed beside their SVGs.
Run: python tools/render_pictograms.py
"""

import os
import sys
from pathlib import Path

PIXELS = 512


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv)  # noqa: F841 - QtSvg needs a GUI application
    folder = Path(__file__).resolve().parents[1] / "resources" / "pictograms"
    for svg in sorted(folder.glob("*.svg")):
        image = QImage(PIXELS, PIXELS, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        QSvgRenderer(str(svg)).render(painter)
        painter.end()
        image.save(str(svg.with_suffix(".png")))
        print("wrote", svg.with_suffix(".png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
