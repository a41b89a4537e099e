"""A meeting in progress with people present, the Turn-taking panel open, and a clock the test moves."""

from datetime import datetime, timedelta, timezone

import pytest

PEOPLE = [
    ("Sam", "lived_experience"),
    ("Priya", "professional"),
    ("Jo", "carer"),
    ("Ahmed", "lived_experience"),
    ("Kate", "professional"),
]


class Clock:
    def __init__(self):
        self.at = datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def people(services, group, meeting):
    groups, _ = services
    members = {name: groups.add_member(group.id, name, perspective) for name, perspective in PEOPLE}
    for member in members.values():
        groups.set_attended(meeting.id, member.id, True)
    return members


@pytest.fixture
def panel(window, group, meeting, people, clock):
    from copro_desktop.queue.model import queue_model

    queue_model(window.context).now = clock
    window.context.open_group(group.id)
    window.navigation.setCurrentRow([feature.key for feature in window.features].index("queue"))
    return window.panels["queue"]
