"""Start tests/faults/child.py in its own process, optionally without root's power over permissions."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def without_root_powers() -> list[str]:
    """As root, drop the capabilities that ignore file permissions, so a read-only folder is read-only."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return []
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]


def can_lock_out_ourselves() -> bool:
    return os.geteuid() != 0 or shutil.which("setpriv") is not None


def run_child(case: str, folder: Path, *extra: str, limited: bool = False, timeout: float = 120):
    command = [*(without_root_powers() if limited else []), sys.executable, "-m", "tests.faults.child", case]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("COPRO_DATA_DIR", None)
    return subprocess.run(
        [*command, str(folder), *extra], capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env
    )


def result_of(completed) -> dict:
    lines = [line for line in completed.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, f"the child printed no result (code {completed.returncode}): {completed.stderr}"
    return json.loads(lines[-1][len("RESULT "):])
