"""Cold start to an interactive main window, against a bare PySide6 window, in the same run.

Run:  python benchmarks/startup.py [--runs 7]
Each sample is a fresh process (interpreter start to exit, timed from outside), quitting as soon as
the event loop has run once with the window shown. Prints medians, the ratio and peak memory.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

APP = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def _exec_once(*_):
    QTimer.singleShot(0, QApplication.instance().quit)  # quit after the first turn of the loop: the window is up
    return _exec()
QApplication.exec = _exec_once
from copro_desktop.app import main
main(["--data-dir", sys.argv[1]])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def sample(code: str, *args: str) -> tuple[float, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    seconds = time.perf_counter() - started
    peak_mib = int(result.stdout.strip().splitlines()[-1]) / 1024
    return seconds, peak_mib


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.five_years import seed

    folder = Path(tempfile.mkdtemp()) / "five-years"
    seed(folder)
    sample(APP, str(folder))  # warm the file cache for both, as a second start would be
    sample(BARE)
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(sample(BARE))
        app.append(sample(APP, str(folder)))
    bare_s = statistics.median(s for s, _ in bare)
    app_s = statistics.median(s for s, _ in app)
    report = {
        "runs": args.runs,
        "bare_window_seconds": round(bare_s, 3),
        "app_five_years_seconds": round(app_s, 3),
        "ratio": round(app_s / bare_s, 2),
        "budget_ratio": 3.0,
        "bare_peak_mib": round(max(m for _, m in bare), 1),
        "app_peak_mib": round(max(m for _, m in app), 1),
        "budget_peak_mib": 150,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
