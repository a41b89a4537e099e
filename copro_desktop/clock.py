"""Times are stored in UTC and shown in local time."""

from datetime import date, datetime, timezone


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(moment: datetime) -> datetime:
    # Older SQLModel releases hand back naive datetimes; what we store is always UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def local_text(stored_utc: datetime) -> str:
    local = as_utc(stored_utc).astimezone()
    return f"{full_date(local.date())} at {local:%H:%M}"


def full_date(day: date) -> str:
    """Dates written in full, as Easy Read asks: "Tuesday 4 March 2026"."""
    return f"{day:%A} {day.day} {day:%B %Y}"
