"""Times are stored in UTC and shown in local time, in the person's language (day and month names from QLocale)."""

from datetime import date, datetime, timezone

from copro_desktop.i18n import translate


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(moment: datetime) -> datetime:
    # Older SQLModel releases hand back naive datetimes; what we store is always UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def local_text(stored_utc: datetime, *, seconds: bool = False) -> str:
    """The local day and time, "Wednesday 4 March 2026 at 14:05"; to the second where two can share a minute."""
    from PySide6.QtCore import QLocale, QTime  # here, not at the top: db/ and rules import this module

    local = as_utc(stored_utc).astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss" if seconds else "HH:mm")
    return translate("Clock", "{date} at {time}").format(date=full_date(local.date()), time=time)


def full_date(day: date) -> str:
    """Dates written in full, as Easy Read asks: "Tuesday 4 March 2026"."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
