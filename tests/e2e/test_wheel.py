"""The built wheel carries the fonts and pictures, and finds them once installed elsewhere."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def test_an_installed_wheel_finds_its_resources(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "dist").glob("copro_desktop-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "copro_desktop/resources/fonts/AtkinsonHyperlegible-Regular.ttf",
        "copro_desktop/resources/fonts/OFL.txt",
        "copro_desktop/resources/pictograms/handshake.png",
        "copro_desktop/resources/pictograms/LICENSE-CC-BY-SA-4.0.txt",
        "copro_desktop/db/migrations/versions/0001_first_schema.py",
        "copro_desktop/translations/copro_desktop_cy.qm",
    ):
        assert needed in names

    target = tmp_path / "installed"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stderr
    check = (
        "import copro_desktop, copro_desktop.resources as r; "
        "print(copro_desktop.__file__); print(r.font_path()); print(r.pictogram_path('handshake'))"
    )
    # Run from an empty folder with the installed copy first on the path, away from this checkout.
    result = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    module, font, picture = result.stdout.split()
    for path in (module, font, picture):
        assert path.startswith(str(target)), path
        assert Path(path).exists()
