"""What a group, a member and a meeting may hold. No Qt, no SQL."""

from enum import StrEnum

from copro_desktop.i18n import QT_TRANSLATE_NOOP
from copro_desktop.text_rules import clean_text

# Labels are kept in English, marked for the translators; whoever shows one passes it through
# translate("GroupRules", label).

PERSPECTIVES = {
    "lived_experience": QT_TRANSLATE_NOOP("GroupRules", "Lived experience"),
    "carer": QT_TRANSLATE_NOOP("GroupRules", "Carer or supporter"),
    "professional": QT_TRANSLATE_NOOP("GroupRules", "Professional or staff"),
    "other": QT_TRANSLATE_NOOP("GroupRules", "Other"),
    "prefer_not_to_say": QT_TRANSLATE_NOOP("GroupRules", "Prefer not to say"),
}



class MeetingStatus(StrEnum):
    """Equal to the stored strings, so no migration is needed."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"


MEETING_STATUSES = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("GroupRules", "Planned"),
    MeetingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("GroupRules", "Happening now"),
    MeetingStatus.FINISHED: QT_TRANSLATE_NOOP("GroupRules", "Finished"),
}


def can_start(status: str | None) -> bool:
    return status is not None and status != MeetingStatus.IN_PROGRESS


def can_finish(status: str | None) -> bool:
    return status == MeetingStatus.IN_PROGRESS

GROUP_NAME_LIMIT = 120
PURPOSE_LIMIT = 2000
DISPLAY_NAME_LIMIT = 60
ACCESS_NEEDS_LIMIT = 2000
TITLE_LIMIT = 150
VENUE_LIMIT = 200

# `what` names the box in the messages of text_rules ("Please write the purpose first."): marked for translators.


def group_name(value: str) -> str:
    what = QT_TRANSLATE_NOOP("TextRules", "group's name")
    return clean_text(value, what=what, limit=GROUP_NAME_LIMIT, multiline=False)


def purpose(value: str) -> str:
    what = QT_TRANSLATE_NOOP("TextRules", "purpose")
    return clean_text(value, what=what, limit=PURPOSE_LIMIT, multiline=True, required=False)


def display_name(value: str) -> str:
    what = QT_TRANSLATE_NOOP("TextRules", "name")
    return clean_text(value, what=what, limit=DISPLAY_NAME_LIMIT, multiline=False)


def perspective(value: str) -> str:
    if value not in PERSPECTIVES:
        raise ValueError(f"Unknown perspective {value!r}")
    return value


def access_needs(value: str) -> str:
    what = QT_TRANSLATE_NOOP("TextRules", "access needs")
    return clean_text(value, what=what, limit=ACCESS_NEEDS_LIMIT, multiline=True, required=False)


def meeting_title(value: str) -> str:
    what = QT_TRANSLATE_NOOP("TextRules", "meeting's title")
    return clean_text(value, what=what, limit=TITLE_LIMIT, multiline=False)


def venue(value: str) -> str:
    what = QT_TRANSLATE_NOOP("TextRules", "venue")
    return clean_text(value, what=what, limit=VENUE_LIMIT, multiline=False, required=False)
