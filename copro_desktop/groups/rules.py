"""What a group, a member and a meeting may hold. No Qt, no SQL."""

from enum import StrEnum

from copro_desktop.text_rules import clean_text

PERSPECTIVES = {
    "lived_experience": "Lived experience",
    "carer": "Carer or supporter",
    "professional": "Professional or staff",
    "other": "Other",
    "prefer_not_to_say": "Prefer not to say",
}



class MeetingStatus(StrEnum):
    """Equal to the stored strings, so no migration is needed."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"


MEETING_STATUSES = {
    MeetingStatus.PLANNED: "Planned",
    MeetingStatus.IN_PROGRESS: "Happening now",
    MeetingStatus.FINISHED: "Finished",
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


def group_name(value: str) -> str:
    return clean_text(value, what="group's name", limit=GROUP_NAME_LIMIT, multiline=False)


def purpose(value: str) -> str:
    return clean_text(value, what="purpose", limit=PURPOSE_LIMIT, multiline=True, required=False)


def display_name(value: str) -> str:
    return clean_text(value, what="name", limit=DISPLAY_NAME_LIMIT, multiline=False)


def perspective(value: str) -> str:
    if value not in PERSPECTIVES:
        raise ValueError(f"Unknown perspective {value!r}")
    return value


def access_needs(value: str) -> str:
    return clean_text(value, what="access needs", limit=ACCESS_NEEDS_LIMIT, multiline=True, required=False)


def meeting_title(value: str) -> str:
    return clean_text(value, what="meeting's title", limit=TITLE_LIMIT, multiline=False)


def venue(value: str) -> str:
    return clean_text(value, what="venue", limit=VENUE_LIMIT, multiline=False, required=False)
