"""Every table the app stores, gathered onto one metadata for migrations."""

from sqlmodel import SQLModel

from copro_desktop.agreements import tables as _agreements  # noqa: F401 - registers tables
from copro_desktop.db import erasure as _erasure  # noqa: F401 - registers pending_erasure
from copro_desktop.groups import tables as _groups  # noqa: F401 - registers tables

metadata = SQLModel.metadata
