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
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
