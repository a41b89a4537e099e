"""The actions benchmark runs and reports every action. It never judges a time: that is the benchmark's job."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.actions import ACTIONS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_actions_benchmark_prints_a_row_for_every_action(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "actions.py"), "--quick"],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    )
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ") and not line.startswith("| Action")]
    assert [row.split("|")[1].strip() for row in rows] == list(ACTIONS)
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert all(float(number) >= 0 for number in cells[1:6])  # medians, 95th percentiles and the ratio
        assert cells[6] in ("yes", "no")
