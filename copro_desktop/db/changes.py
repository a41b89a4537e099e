"""Counts the commits that changed something, so a backup is made only when there is something new."""

from sqlalchemy import Engine, event


class ChangeCounter:
    def __init__(self, engine: Engine):
        self.count = 0
        event.listen(engine, "commit", self._committed)

    def _committed(self, connection) -> None:
        # sqlite3 counts rows changed on each connection; a rise since the last commit means a real change.
        record = connection.connection
        total = record.dbapi_connection.total_changes
        if total != record.info.get("copro_changes_seen", 0):
            record.info["copro_changes_seen"] = total
            self.count += 1
