"""Every word a person sees or hears goes through Qt's translation, from one small place.

`translate("Context", "Words with {name}")` marks the words for `pyside6-lupdate` (it finds calls
named `translate`) and looks them up at run time. Put values in with `.format()` after translating,
never inside the words, so a translator sees one sentence with its gaps.

`QT_TRANSLATE_NOOP("Context", "Words")` only marks words kept in tables of labels (rules modules
stay free of Qt); whoever shows them passes them through `translate` with the same context.
(lupdate finds it by Qt's own name, so it keeps that name.)

`install_translations(app)` loads Qt's own translations (dialog buttons) and ours, for the
system's language. Nothing happens at import.
"""

from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent / "translations"


def translate(context: str, text: str, disambiguation: str | None = None, count: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, count)


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
