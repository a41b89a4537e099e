"""Where the app keeps its files. Nothing is created until asked."""

import os
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "COPRO_DATA_DIR"
# The work holds private details (access needs): only its owner may read it.
PRIVATE_FOLDER = 0o700


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "copro.sqlite3"

    def database_side_files(self) -> list[Path]:
        return [self.database.with_name(self.database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def kept_aside(self) -> Path:
        """Files the app would not use (damaged, empty, half made) are moved here, never deleted."""
        return self.root / "kept-aside"

    @property
    def log_file(self) -> Path:
        return self.root / "copro-desktop.log"

    @property
    def lock_file(self) -> Path:
        return self.root / "copro.lock"

    def ensure(self) -> None:
        """Make the folder, private to this user. Raises OSError if it cannot be made."""
        self.root.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        make_private(self.root)


def make_private(path: Path) -> None:
    """Take away other users' access (Linux and macOS; Windows keeps per-user folders private itself).

    Only ever removes permissions: a folder its owner made read-only stays read-only.
    """
    if os.name == "nt":
        return
    try:
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except OSError:  # missing, or not ours to change (a shared folder): the work still opens
        pass


def resolve_data_dir(cli_value: str | None = None) -> DataPaths:
    """--data-dir wins, then COPRO_DATA_DIR, then the platform's usual place."""
    chosen = cli_value or os.environ.get(ENV_VAR)
    if chosen:
        return DataPaths(Path(chosen).expanduser().resolve())
    import platformdirs

    return DataPaths(Path(platformdirs.user_data_dir("copro-desktop", appauthor=False)))
