"""Bring the translators' files up to date with the code, and compile them for the app.

Run after changing any words the app shows:  python tools/update_translations.py
- `pyside6-lupdate` reads every module and updates `translations/copro_desktop_<language>.ts`
  (the files translators edit, for example in Qt Linguist);
- `pyside6-lrelease` compiles each into `copro_desktop/translations/*.qm`, which ship in the wheel.
A test checks that the .ts files hold every string in the code, so they cannot drift.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "translations"
COMPILED = ROOT / "copro_desktop" / "translations"
LANGUAGES = ("cy",)  # Welsh first; add a code here and run this to start another language


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def modules() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "copro_desktop").rglob("*.py"))


def update(ts_files: list[Path]) -> None:
    subprocess.run(
        [tool("lupdate"), "-locations", "none", "-no-obsolete", *modules(), "-ts", *map(str, ts_files)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def compile_all() -> None:
    COMPILED.mkdir(exist_ok=True)
    for ts in sorted(SOURCES.glob("copro_desktop_*.ts")):
        subprocess.run(
            [tool("lrelease"), str(ts), "-qm", str(COMPILED / ts.with_suffix(".qm").name)],
            check=True,
            capture_output=True,
        )


def main() -> int:
    SOURCES.mkdir(exist_ok=True)
    files = []
    for language in LANGUAGES:
        ts = SOURCES / f"copro_desktop_{language}.ts"
        if not ts.exists():
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
        files.append(ts)
    update(files)
    compile_all()
    for ts in files:
        print("updated", ts.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
