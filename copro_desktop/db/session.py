"""One short session per action: every change is committed when it is made.

A session that changes something reads and writes inside one BEGIN IMMEDIATE
transaction, so a read that a write depends on (the last position, the words
before a change) cannot be overtaken by another writer.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlmodel import Session

from copro_desktop.db.engine import writing


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """Read and write in one transaction, committed at the end."""
    with Session(writing(engine), expire_on_commit=False) as session:
        yield session
        session.commit()


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """Only read: a plain transaction that takes no write lock and works on a read-only file."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
