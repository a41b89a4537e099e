"""Small remembered choices kept in the database, so they travel with the data."""

from sqlalchemy import Engine
from sqlmodel import Field, SQLModel

from copro_desktop.db.session import reading, unit_of_work


class AppSetting(SQLModel, table=True):
    """Small remembered choices, such as the group last open or the projector's text size."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: str


def read_setting(engine: Engine, key: str) -> str | None:
    with reading(engine) as session:
        setting = session.get(AppSetting, key)
        return setting.value if setting else None


def write_setting(engine: Engine, key: str, value: str) -> None:
    with unit_of_work(engine) as session:
        session.merge(AppSetting(key=key, value=value))
