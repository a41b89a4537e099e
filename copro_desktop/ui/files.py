"""Where a saved file is offered, and saving it so that a full disk never leaves half a file."""

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The person's Documents folder, or their home folder on a laptop that has none; never wherever
    the app was started from."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def write_whole(target: Path, data: bytes) -> None:
    """Write beside the target, then put it in place in one step: the old file, or the whole new one."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
