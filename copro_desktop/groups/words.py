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
    """"March meeting, Wednesday 4 March 2026 (happening now)", as the meeting choice lists it.

    One whole line per status, so a translator sees each as it is said (not a status word lower-cased into it).
    """
    if meeting.status == MeetingStatus.IN_PROGRESS:
        line = translate("Meetings", "{title}, {date} (happening now)")
    elif meeting.status == MeetingStatus.FINISHED:
        line = translate("Meetings", "{title}, {date} (finished)")
    else:
        line = translate("Meetings", "{title}, {date}")
    return line.format(title=meeting.title, date=full_date(meeting.meeting_date))
