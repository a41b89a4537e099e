"""Where the app keeps its files. Nothing is created until asked."""

import os
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "COPRO_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "copro.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def kept_aside(self) -> Path:
        return self.root / "damaged"

    @property
    def log_file(self) -> Path:
        return self.root / "copro-desktop.log"

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)


def resolve_data_dir(cli_value: str | None = None) -> DataPaths:
    """--data-dir wins, then COPRO_DATA_DIR, then the platform's usual place."""
    chosen = cli_value or os.environ.get(ENV_VAR)
    if chosen:
        return DataPaths(Path(chosen).expanduser().resolve())
    import platformdirs

    return DataPaths(Path(platformdirs.user_data_dir("copro-desktop", appauthor=False)))
