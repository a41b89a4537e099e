"""Every word a person sees or hears goes through Qt's translation, from one small place.

`translate("Context", "Words with {name}")` marks the words for `pyside6-lupdate` (it finds calls
named `translate`) and looks them up at run time. Put values in with `.format()` after translating,
never inside the words, so a translator sees one sentence with its gaps. Counts:
`translate("Context", "%n backup(s)", None, COUNTED, count)` (see COUNTED).

`QT_TRANSLATE_NOOP("Context", "Words")` only marks words kept in tables of labels (rules modules
stay free of Qt); whoever shows them passes them through `translate` with the same context.
(lupdate finds it by Qt's own name, so it keeps that name.)

`install_translations(app)` loads Qt's own translations (dialog buttons) and ours, for the
system's language. Nothing happens at import.
"""

from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent / "translations"


# The fourth argument where a count comes fifth: translate("Ctx", "%n backup(s)", None, COUNTED, count).
# pyside6-lupdate reads a name in fourth place as Qt 4's encoding, so only a count in fifth place (a plain
# name, no trailing comma) or a literal number in fourth place gets plural forms for the translators.
COUNTED = -1


def translate(
    context: str, text: str, disambiguation: str | None = None, count: int = -1, counted: int = -1
) -> str:
    """With a count, "%n" becomes the number. Where no translation has the words (English), "(s)" becomes
    "" for 1 and "s" otherwise, so "%n backup(s)" reads "1 backup" and "2 backups"."""
    from PySide6.QtCore import QCoreApplication

    count = counted if counted >= 0 else count
    words = QCoreApplication.translate(context, text, disambiguation, count)
    if count >= 0 and "(s)" in text and words == text.replace("%n", str(count)):
        words = words.replace("(s)", "" if count == 1 else "s")
    return words


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks words for the translators without translating them now."""
    return text


def install_translations(app) -> list:
    """Load Qt's and our translations for the system language. Returns the translators, to keep them alive."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    installed = []
    locale = QLocale()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("copro_desktop", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
