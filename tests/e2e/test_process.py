"""The real app as its own process, on a temporary data folder."""

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


def app_env(**extra):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("COPRO_DATA_DIR", None)
    env.update(extra)
    return env


def wait_for_log(log_file, text, process, times=1, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if log_file.exists() and log_file.read_text(encoding="utf-8").count(text) >= times:
            return
        if process.poll() is not None:
            _, errors = process.communicate()
            pytest.fail(f"the app stopped early with code {process.returncode}: {errors}")
        time.sleep(0.1)
    process.kill()
    process.communicate()
    pytest.fail(f"the app did not log {text!r} within {seconds} s")


def start(args, env):
    return subprocess.Popen(
        [sys.executable, "-m", "copro_desktop", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_opens_and_closes_cleanly_twice_on_its_own_data_folder(tmp_path):
    data = tmp_path / "data"
    for run in (1, 2):  # the second start takes the fast path with the schema already in place
        process = start(["--data-dir", str(data)], app_env())
        wait_for_log(data / "copro-desktop.log", "Ready", process, times=run)
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=30)
        assert process.returncode == 0
        assert "Traceback" not in errors
    log = (data / "copro-desktop.log").read_text(encoding="utf-8")
    assert log.count("Closed cleanly") == 2
    assert (data / "copro.sqlite3").exists()


def test_the_environment_variable_chooses_the_folder(tmp_path):
    data = tmp_path / "from-env"
    process = start([], app_env(COPRO_DATA_DIR=str(data)))
    wait_for_log(data / "copro-desktop.log", "Ready", process)
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=30)
    assert process.returncode == 0


def test_version():
    result = subprocess.run(
        [sys.executable, "-m", "copro_desktop", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.strip().startswith("Copro Desktop ")


def test_heavy_modules_wait_until_they_are_needed(tmp_path):
    """Building the main window on an existing database loads no printing, PDF or migration code."""
    script = f"""
import sys
from copro_desktop.paths import DataPaths
from copro_desktop.db.opening import open_database
from PySide6.QtWidgets import QApplication
paths = DataPaths(__import__("pathlib").Path({str(tmp_path / "data")!r}))
open_database(paths).dispose()
for name in [m for m in sys.modules if m.startswith("alembic")]:
    del sys.modules[name]
app = QApplication([])
engine = open_database(paths)
from copro_desktop.shell.main_window import MainWindow
window = MainWindow(engine)
window.show()
app.processEvents()
heavy = [m for m in ("reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "alembic", "copro_desktop.printing.agreements_poster") if m in sys.modules]
print("HEAVY", heavy)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=app_env()
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


def test_a_second_start_on_the_same_folder_brings_the_first_forward_and_a_crash_frees_the_folder(tmp_path):
    data = tmp_path / "data"
    log = data / "copro-desktop.log"
    first = start(["--data-dir", str(data)], app_env())
    try:
        wait_for_log(log, "Ready", first)
        second = start(["--data-dir", str(data)], app_env())
        _, errors = second.communicate(timeout=60)
        assert second.returncode == 0 and "Traceback" not in errors
        wait_for_log(log, "brought that window forward", first)
        wait_for_log(log, "Another start on this folder: coming forward", first)
        assert log.read_text(encoding="utf-8").count("Ready") == 1  # the second never opened the file
    finally:
        first.kill()  # a crash: the lock file and the socket are left behind
        first.communicate(timeout=30)
    third = start(["--data-dir", str(data)], app_env())
    wait_for_log(log, "Ready", third, times=2)
    third.send_signal(signal.SIGTERM)
    _, errors = third.communicate(timeout=30)
    assert third.returncode == 0 and "Traceback" not in errors
