"""Screenshots of each screen, for looking at what a facilitator and the room see.

Run under a real display (for example Xvfb):  python tools/screenshots.py OUT_FOLDER
It fills a throw-away data folder with a small demo group first.
"""

import sys
import tempfile
from datetime import date
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from copro_desktop.agreements.service import AgreementService
    from copro_desktop.db.opening import open_database
    from copro_desktop.groups.service import GroupService
    from copro_desktop.paths import DataPaths
    from copro_desktop.shell.main_window import MainWindow
    from copro_desktop.ui.prompts import Prompts
    from copro_desktop.ui.theme import apply_facilitator_theme

    app = QApplication(sys.argv[:1])
    apply_facilitator_theme(app)
    engine = open_database(DataPaths(Path(tempfile.mkdtemp())))
    groups, agreements = GroupService(engine), AgreementService(engine)

    def snap(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))
        print("wrote", out / f"{name}.png")

    window = MainWindow(engine, Prompts())
    window.move(0, 0)
    window.show()
    snap("1-welcome")

    group = groups.create_group("Peer support design group", "To design the new peer support service together.")
    for name, perspective, needs in (
        ("Sam", "lived_experience", "Step-free access"),
        ("Ola", "carer", ""),
        ("Priya", "professional", "Large print"),
        ("مريم", "lived_experience", ""),
    ):
        groups.add_member(group.id, name, perspective, needs)
    meeting = groups.plan_meeting(group.id, "March meeting", date(2026, 3, 4), "Community centre")
    groups.set_meeting_status(meeting.id, "in_progress")
    for text in (
        "We listen when someone is speaking, and we do not talk over each other.",
        "Everyone's experience counts the same.",
        "We can take a break at any time, without saying why.",
        "We challenge ideas, not people.",
    ):
        agreement = agreements.propose(group.id, text)
        agreements.change(agreement.id, status="agreed")
    agreements.propose(group.id, "We explain any hard words straight away.")
    window.context.open_group(group.id)
    for key in ("members", "meetings", "agreements"):
        window.open_panel(key)
        snap(f"2-{key}")

    window.send_to_projector()
    window.projector.move(0, 0)
    window.projector.resize(1280, 720)
    window.projector.raise_()
    snap("3-projector-agreements")
    panel = window.page("agreements")
    panel.start_revisit()
    panel.revisit.record("kept")
    window.projector.raise_()
    snap("4-projector-revisit")
    window.projector.hide()  # no window manager under Xvfb to put it behind
    snap("5-revisit-panel")
    panel.revisit.finish()  # not the panel's button: with answers missing it would ask, and wait for a person

    # The extremes: sixty agreements, some long, at the smallest and the largest text.
    for number in range(56):
        words = f"Agreement {number + 5}: we make sure everyone who wants to speak gets a turn" + (
            ", and nobody is rushed or talked over, however long it takes" if number % 4 == 0 else ""
        )
        agreement = agreements.propose(group.id, words)
        agreements.change(agreement.id, status="agreed")
    window.context.open_group(group.id)
    window.open_panel("agreements")
    window.send_to_projector()
    window.projector.move(0, 0)
    window.projector.resize(1280, 720)
    for name, scale in (("6-sixty-smallest", 0.6), ("7-sixty-largest", 2.5)):
        window.projector.set_scale(scale)
        window.projector.raise_()
        snap(name)
    window.projector.next_page()
    window.projector.lower()
    window.raise_()
    window.activateWindow()
    snap("8-main-window-with-live-copy")
    turn_taking(window, groups, group, meeting, snap)
    window.close()
    return 0


def turn_taking(window, groups, group, meeting, snap) -> None:
    """A twenty-person discussion: the panel, the queue and the balance on the projector, at both extremes."""
    from datetime import datetime, timedelta, timezone

    from copro_desktop.queue.model import queue_model
    from copro_desktop.queue.rules import HandKind, Ordering
    from copro_desktop.queue.service import QueueService

    class Clock:
        at = datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)

        def __call__(self):
            return self.at

    clock = Clock()
    queue_model(window.context).now = clock
    perspectives = ["lived_experience", "carer", "professional", "lived_experience", "other", "prefer_not_to_say"]
    for number in range(16):
        groups.add_member(group.id, f"Person {number + 5}", perspectives[number % len(perspectives)])
    for member in groups.members(group.id):
        groups.set_attended(meeting.id, member.id, True)
    service = QueueService(window.engine)
    for weeks in range(6, 0, -1):  # earlier meetings, so the trend has something to show
        past = groups.plan_meeting(group.id, f"Meeting {7 - weeks}", date(2026, 3, 4) - timedelta(weeks=2 * weeks), "Hall")
        groups.set_meeting_status(past.id, "finished")
        for member in groups.members(group.id)[: 12 + weeks]:
            groups.set_attended(past.id, member.id, True)
            hand, _ = service.raise_hand(past.id, HandKind.NEW_POINT, member_id=member.id)
            service.call(past.id, clock.at, hand_id=hand.id)
            speaking = 200 if member.perspective == "professional" else 30 + 10 * weeks
            service.end_turn(past.id, clock.at + timedelta(seconds=speaking))
    window.context.open_group(group.id)
    panel = window.open_panel("queue")
    for name, kind in (
        ("Priya", HandKind.NEW_POINT), ("Sam", HandKind.REPLY), ("Person 7", HandKind.NEW_POINT),
        ("Ola", HandKind.CLARIFYING), ("Person 12", HandKind.NEW_POINT), ("someone", HandKind.NEW_POINT),
        ("Visiting Vic", HandKind.PROCESS), ("Priya", HandKind.NEW_POINT), ("Person 9", HandKind.NEW_POINT),
    ):
        panel.who.setText(name)
        panel.raise_hand(kind)
    panel.next_speaker()
    clock.at += timedelta(seconds=40)
    panel.next_speaker()
    clock.at += timedelta(seconds=95)
    panel.model.tick()
    snap("9-turn-taking-panel")
    panel.set_ordering(Ordering.FAIR)
    panel.look_at.setCurrentIndex(0)
    snap("10-turn-taking-fair")
    panel.model.service.save_settings(group.id, timer_on_projector=True, time_limit_seconds=90)
    panel.model.reload_settings()
    panel.model.tick()
    window.send_to_projector()
    window.projector.move(0, 0)
    window.projector.resize(1280, 720)
    for name, scale in (("11-projector-queue", 1.0), ("12-projector-queue-largest", 2.5)):
        window.projector.set_scale(scale)
        window.projector.raise_()
        snap(name)
    panel.send_balance()
    for name, scale in (("13-projector-balance", 1.0), ("14-projector-balance-largest", 2.5)):
        window.projector.set_scale(scale)
        window.projector.raise_()
        snap(name)
    window.projector.hide()
    panel.look_at.setCurrentIndex(2)
    snap("15-across-meetings")


if __name__ == "__main__":
    raise SystemExit(main())
