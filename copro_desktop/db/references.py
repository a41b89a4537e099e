"""Whether any saved record still points at a row, found from the schema's own foreign keys.

db/ imports no feature: the links are read from SQLite, so a new table that refers to a
member or a meeting is covered without changing this code.
"""

from sqlalchemy import Connection


def is_referenced(connection: Connection, table: str, row_id: int) -> bool:
    """Asked inside the transaction that acts on the answer, so nothing can slip in between."""
    tables = [row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
    for other in tables:
        for link in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{other}")'):
            target, column = link[2], link[3]
            if target == table and connection.exec_driver_sql(
                f'SELECT 1 FROM "{other}" WHERE "{column}" = ? LIMIT 1', (row_id,)
            ).first():
                return True
    return False
