"""One copy of the app per data folder: a second start brings the first forward; a crash frees the folder."""

import os
import queue
import subprocess
import sys
import threading

import pytest

from copro_desktop.shell.single_instance import Outcome, SingleInstance

# A real copy of the app, as far as the folder is concerned. "serve" runs an event loop (bounded),
# "hang" holds the lock but never runs one, like a frozen copy.
CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from copro_desktop.shell.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
print(instance.acquire().value, flush=True)
if instance.holds_lock and sys.argv[2] == "serve":
    instance.comeForward.connect(lambda: print("asked to come forward", flush=True))
    QTimer.singleShot(0, lambda: print("READY", flush=True))
    QTimer.singleShot(15000, app.quit)
    app.exec()
elif instance.holds_lock and sys.argv[2] == "hang":
    print("READY", flush=True)
    time.sleep(15)
"""


class Child:
    """A child process whose output lines can be awaited with a time limit."""

    def __init__(self, folder, mode="once"):
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), mode], stdout=subprocess.PIPE, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def next_line(self, timeout=10.0) -> str:
        return self.lines.get(timeout=timeout)

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.reader.join(timeout=5)  # it ends at end of output, then the pipe can be closed
        self.process.stdout.close()


@pytest.fixture
def children():
    started = []
    yield lambda *args: started.append(Child(*args)) or started[-1]
    for child in started:
        child.stop()


def test_second_copy_in_same_process_brings_first_forward(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire() == Outcome.ACQUIRED
    assert (tmp_path / "copro.lock").exists()
    with qtbot.waitSignal(first.comeForward, timeout=5000):
        assert second.acquire() == Outcome.BROUGHT_FORWARD
    assert not second.holds_lock
    first.release()
    first.release()  # safe twice
    assert second.acquire() == Outcome.ACQUIRED
    second.release()


def test_two_processes_then_crash_frees_the_folder(qtbot, tmp_path, children):
    a = children(tmp_path, "serve")
    assert a.next_line() == "acquired"
    assert a.next_line() == "READY"

    b = children(tmp_path)
    assert b.next_line() == "brought_forward"
    assert a.next_line() == "asked to come forward"

    a.stop()  # SIGKILL on POSIX: no clean-up, the lock file (and socket file) stay behind
    assert (tmp_path / "copro.lock").exists()

    c = children(tmp_path, "serve")
    assert c.next_line() == "acquired"  # QLockFile saw the PID was gone
    assert c.next_line() == "READY"
    # C listens again despite A's leftover socket: a later copy (this test) reaches it.
    assert SingleInstance(tmp_path).acquire() == Outcome.BROUGHT_FORWARD
    qtbot.waitUntil(lambda: _has_line(c, "asked to come forward"), timeout=5000)


def _has_line(child, text):
    try:
        return child.lines.get_nowait() == text
    except queue.Empty:
        return False


def test_frozen_copy_is_reported_not_answering(qtbot, tmp_path, children):
    frozen = children(tmp_path, "hang")
    assert frozen.next_line() == "acquired"
    assert frozen.next_line() == "READY"
    later = SingleInstance(tmp_path, answer_timeout_ms=500)
    assert later.acquire() == Outcome.NOT_ANSWERING
    assert not later.holds_lock


# Tests often run as root, where chmod stops nothing; a path through a regular file cannot be
# created by anyone, which is what a read-only or forbidden folder looks like to the app.
@pytest.mark.parametrize("where", ["parent_is_a_file", "folder_is_a_file", "read_only"])
def test_folder_that_cannot_be_written_gives_cannot_lock(qtbot, tmp_path, where):
    (tmp_path / "a-file").write_text("not a folder")
    folder = {
        "parent_is_a_file": tmp_path / "a-file" / "data",
        "folder_is_a_file": tmp_path / "a-file",
        "read_only": tmp_path / "read-only",
    }[where]
    if where == "read_only":
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            pytest.skip("root can write anywhere")
        folder.mkdir(mode=0o500)
    instance = SingleInstance(folder)
    try:
        assert instance.acquire() == Outcome.CANNOT_LOCK
        assert not instance.holds_lock
    finally:
        instance.release()
        if where == "read_only":
            folder.chmod(0o700)
