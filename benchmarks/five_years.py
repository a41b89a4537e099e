"""A five-year group (a meeting a fortnight) of the parts that exist so far, for benchmarks."""

import random
from datetime import date, timedelta
from pathlib import Path

from copro_desktop.agreements.service import AgreementService
from copro_desktop.db.opening import open_database
from copro_desktop.groups.service import GroupService
from copro_desktop.paths import DataPaths

MEETINGS = 130
MEMBERS = 40
AGREEMENTS = 60


def seed(folder: Path, meetings: int = MEETINGS) -> DataPaths:
    """The five-year group; fewer meetings only for a quick check that a benchmark runs."""
    paths = DataPaths(folder)
    engine = open_database(paths)
    groups, agreements = GroupService(engine), AgreementService(engine)
    rng = random.Random(5)
    group = groups.create_group("Five-year group", "A group that has met every fortnight for five years.")
    members = [
        groups.add_member(group.id, f"Member {n}", rng.choice(["lived_experience", "carer", "professional"]))
        for n in range(MEMBERS)
    ]
    ids = []
    for n in range(AGREEMENTS):
        agreement = agreements.propose(group.id, f"Agreement {n}: we treat each other as equals, every time.")
        agreements.change(agreement.id, status="agreed")
        ids.append(agreement.id)
    start = date(2021, 1, 5)
    for n in range(meetings):
        meeting = groups.plan_meeting(group.id, f"Meeting {n + 1}", start + timedelta(days=14 * n), "Community centre")
        for member in rng.sample(members, 25):
            groups.set_attended(meeting.id, member.id, True)
        for agreement_id in rng.sample(ids, 10):
            if agreements.get(agreement_id).status == "agreed":
                agreements.record_review(meeting.id, agreement_id, "kept")
        agreements.mark_revisited(meeting.id)
    groups.set_meeting_status(meeting.id, "in_progress")
    engine.dispose()
    return paths
