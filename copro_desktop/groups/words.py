"""How groups' records are said to a person: one place, so every screen says them alike."""

from copro_desktop.clock import full_date
from copro_desktop.groups.rules import MEETING_STATUSES, PERSPECTIVES, MeetingStatus
from copro_desktop.groups.tables import Meeting
from copro_desktop.i18n import translate


def meeting_status(status: str) -> str:
    """"Happening now", in the person's language: the one context for meeting statuses is "GroupRules"."""
    return translate("GroupRules", MEETING_STATUSES[status])


def perspective(key: str) -> str:
    """"Carer or supporter", in the person's language."""
    return translate("GroupRules", PERSPECTIVES[key])


def meeting_line(meeting: Meeting) -> str:
    """"March meeting, Wednesday 4 March 2026 (happening now)", as the meeting choice lists it."""
    if meeting.status == MeetingStatus.PLANNED:
        return translate("Meetings", "{title}, {date}").format(title=meeting.title, date=full_date(meeting.meeting_date))
    return translate("Meetings", "{title}, {date} ({status})").format(
        title=meeting.title, date=full_date(meeting.meeting_date), status=meeting_status(meeting.status).lower()
    )
