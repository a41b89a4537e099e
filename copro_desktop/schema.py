"""Every table the app stores, gathered onto one metadata: for tests that compare it with the migrations.

It sits above every feature (db/ imports none), and finds each feature's `tables` module itself,
so a new feature's tables are gathered without a line here.
"""

import importlib
import importlib.util
import pkgutil

from sqlalchemy import MetaData
from sqlmodel import SQLModel

import copro_desktop


def all_tables() -> MetaData:
    importlib.import_module("copro_desktop.db.settings")
    importlib.import_module("copro_desktop.db.erasure")
    for package in pkgutil.iter_modules(copro_desktop.__path__):
        if package.ispkg and importlib.util.find_spec(f"copro_desktop.{package.name}.tables") is not None:
            importlib.import_module(f"copro_desktop.{package.name}.tables")
    return SQLModel.metadata
