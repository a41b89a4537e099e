"""Words go through Qt's translation; English stays exactly as it was; counts get plural forms."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

import copro_desktop
from copro_desktop.clock import full_date, local_text
from copro_desktop.i18n import COUNTED, translate

PACKAGE = Path(copro_desktop.__file__).parent


def test_untranslated_counts_read_as_english():
    assert translate("Test", "%n backup(s)", None, COUNTED, 1) == "1 backup"
    assert translate("Test", "%n backup(s)", None, COUNTED, 0) == "0 backups"
    assert translate("Test", "%n backup(s) in {folder}", None, COUNTED, 12).format(folder="x") == "12 backups in x"
    assert translate("Test", "%n backup(s)", None, 3) == "3 backups"  # the count fourth works too
    assert translate("Test", "Words (s) with no count") == "Words (s) with no count"


def test_dates_in_full_from_the_locale():
    assert full_date(date(2026, 3, 4)) == "Wednesday 4 March 2026"
    moment = datetime(2026, 3, 4, 12, 5, 9, tzinfo=timezone.utc)
    local = moment.astimezone()
    assert local_text(moment) == f"{full_date(local.date())} at {local:%H:%M}"
    assert local_text(moment, seconds=True) == f"{full_date(local.date())} at {local:%H:%M:%S}"


def _lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_lupdate_gives_every_count_its_plural_forms(tmp_path):
    """pyside6-lupdate reads a name in fourth place as an encoding: such a count gets no plural forms."""
    files = [str(p) for p in sorted(PACKAGE.rglob("*.py"))]
    ts = tmp_path / "all.ts"
    subprocess.run([_lupdate(), *files, "-ts", str(ts)], check=True, capture_output=True, cwd=tmp_path)
    messages = ET.parse(ts).getroot().iter("message")
    singular = [m.findtext("source") for m in messages if "%n" in m.findtext("source") and m.get("numerus") != "yes"]
    assert not singular, f"write these as translate(context, words, None, COUNTED, count): {singular}"


def test_counts_are_written_the_way_lupdate_reads_them():
    """A count such as len(x) or self.n in a translate call makes lupdate drop the words altogether."""
    import ast

    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate"):
                continue
            args = node.args
            literal = len(args) == 4 and isinstance(args[3], ast.Constant) and isinstance(args[3].value, int)
            counted = (
                len(args) == 5 and getattr(args[3], "id", None) == "COUNTED" and isinstance(args[4], ast.Name)
            )
            if node.keywords or (len(args) > 3 and not (literal or counted)):
                wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not wrong, f"write counts as translate(context, words, None, COUNTED, count_name): {wrong}"
