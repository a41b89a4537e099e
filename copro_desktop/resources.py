"""Find bundled files (fonts, pictograms) in a wheel or a source checkout."""

from functools import cache
from pathlib import Path

from copro_desktop.i18n import QT_TRANSLATE_NOOP

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    # A wheel carries resources/ inside the package; a source checkout (also an
    # editable install) keeps it at the top of the repository.
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("The app's bundled files (fonts and pictures) are missing. Please reinstall Copro Desktop.")


def font_path(style: str = "Regular") -> Path:
    return resources_dir() / "fonts" / f"AtkinsonHyperlegible-{style}.ttf"


def pictogram_path(name: str, suffix: str = ".png") -> Path:
    return resources_dir() / "pictograms" / f"{name}{suffix}"


# Shown translated (context "Credits") where they are shown.
CREDITS = (
    QT_TRANSLATE_NOOP(
        "Credits", "Typeface: Atkinson Hyperlegible, by the Braille Institute of America, SIL Open Font License 1.1."
    ),
    QT_TRANSLATE_NOOP("Credits", "Pictures: OpenMoji, the open-source emoji and icon project, licensed CC BY-SA 4.0."),
)
