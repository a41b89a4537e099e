"""Small remembered choices kept in the database, so they travel with the data."""

from sqlalchemy import Engine

from copro_desktop.db.session import reading, unit_of_work
from copro_desktop.groups.tables import AppSetting


def read_setting(engine: Engine, key: str) -> str | None:
    with reading(engine) as session:
        setting = session.get(AppSetting, key)
        return setting.value if setting else None


def write_setting(engine: Engine, key: str, value: str) -> None:
    with unit_of_work(engine) as session:
        session.merge(AppSetting(key=key, value=value))
