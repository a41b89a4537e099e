"""Nothing private ever reaches the wall: every registered audience view, with private data present."""

from PySide6.QtWidgets import QWidget

from copro_desktop.shell.registry import audience_specs, discover

SECRET_NEEDS = "Needs a quiet room after panic attacks"


def _everything_said(view: QWidget) -> str:
    """Drawn words and every accessible name and description, of the view and all inside it."""
    said = list(view.texts())
    for widget in [view, *view.findChildren(QWidget)]:
        said += [widget.accessibleName(), widget.accessibleDescription()]
    return "\n".join(said)


def test_no_audience_view_shows_access_needs_perspectives_or_who_proposed(qtbot, window, group, meeting, services):
    groups, agreements = services
    sam = groups.add_member(group.id, "Samira Quayle", "lived_experience", SECRET_NEEDS)
    groups.set_attended(meeting.id, sam.id, True)
    proposal = agreements.propose(group.id, "We listen", proposed_by_id=sam.id, meeting_id=meeting.id)
    agreements.change(proposal.id, status="agreed")
    window.context.open_group(group.id)
    window.context.choose_meeting(meeting.id)

    specs = audience_specs(discover())
    assert set(specs) == {"agreements", "meeting", "queue", "queue-balance"}
    for key in specs:
        view = window.room.view(key)
        window.room.send(key)
        for page in range(view.page_count()):
            said = _everything_said(view)
            assert SECRET_NEEDS not in said, key
            assert "Samira" not in said and "Quayle" not in said, key  # proposers are never named to the room
            assert "Lived experience" not in said, key
            view.next_page()
    # and the room really was shown something: the test looked at real views
    assert "We listen" in _everything_said(window.room.view("agreements"))
    assert group.name in _everything_said(window.room.view("meeting"))
    # Samira is the only one here: the room's balance folds her perspective into "other perspectives".
    assert "Other perspectives" in _everything_said(window.room.view("queue-balance"))
