"""Member, meeting and attendance changes as undoable commands.

Each command checks the words when it is made (so a form can show what to fix and
stay open) and keeps what it needs to put things back exactly. Afterwards it calls
`changed(ids)` with the ids of the members or meetings it touched, so the page updates
those rows only. Removing a member or a meeting is not a command: it asks first and is
final, because deleted private details must really go.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from copro_desktop.groups import rules
from copro_desktop.groups.service import GroupService
from copro_desktop.i18n import translate
from copro_desktop.ui.undo import Change, Ref

Changed = Callable[[list[int]], None]


@dataclass
class _Made:
    """The id of what a command added. Shared, not copied, when the history re-files the command."""

    id: int | None = None


class AddMember(Change):
    def __init__(self, groups: GroupService, changed: Changed, group_id: int, name: str, perspective: str,
                 access_needs: str):
        values = (rules.display_name(name), rules.perspective(perspective), rules.access_needs(access_needs))
        made = _Made()

        def do() -> None:
            # Redo passes the same id back in, so later commands on the history still find them.
            made.id = groups.add_member(group_id, *values, member_id=made.id).id

        def undo(_receipt) -> None:
            # Undo must never quietly undo more than the adding: a removal of someone who took part is asked for.
            groups.remove_member(
                made.id,
                unless_referenced=translate(
                    "GroupCommands",
                    "{name} is now part of other saved work (an agreement or who came), "
                    "so adding them cannot be undone. To take them out of the group, use Remove member.",
                ).format(name=values[0]),
            )

        label = translate("GroupCommands", "add {name}").format(name=values[0])
        super().__init__(label, do, undo, lambda: changed([made.id] if made.id else []))
        self.made = made

    @property
    def member_id(self) -> int | None:
        return self.made.id

    def creates(self) -> set[Ref]:
        return {("member", self.made.id)} if self.made.id is not None else set()


def edit_group(groups: GroupService, changed: Callable[[], None], group_id: int, name: str, purpose: str) -> Change:
    values = (rules.group_name(name), rules.purpose(purpose))
    return Change(
        translate("GroupCommands", "change the group's details"),
        lambda: groups.update_group(group_id, *values),  # returns the details as they were
        lambda before: groups.update_group(group_id, *before),
        changed,
    )


def edit_member(groups: GroupService, changed: Changed, member_id: int, name: str, perspective: str,
                access_needs: str) -> Change:
    values = (rules.display_name(name), rules.perspective(perspective), rules.access_needs(access_needs))
    return Change(
        translate("GroupCommands", "change a member's details"),
        lambda: groups.update_member(member_id, *values),  # returns the details as they were
        lambda before: groups.update_member(member_id, *before),
        lambda: changed([member_id]),
        {("member", member_id)},
    )


class PlanMeeting(Change):
    def __init__(self, groups: GroupService, changed: Changed, group_id: int, title: str, when: date, venue: str,
                 purpose: str):
        values = (rules.meeting_title(title), when, rules.venue(venue), rules.purpose(purpose))
        made = _Made()

        def do() -> None:
            made.id = groups.plan_meeting(group_id, *values, meeting_id=made.id).id

        def undo(_receipt) -> None:
            groups.remove_meeting(
                made.id,
                unless_referenced=translate(
                    "GroupCommands",
                    "“{title}” now holds other saved work (who came, or agreements), "
                    "so planning it cannot be undone. To remove it, use Remove meeting.",
                ).format(title=values[0]),
            )

        label = translate("GroupCommands", "plan “{title}”").format(title=values[0])
        super().__init__(label, do, undo, lambda: changed([made.id] if made.id else []))
        self.made = made

    @property
    def meeting_id(self) -> int | None:
        return self.made.id

    def creates(self) -> set[Ref]:
        return {("meeting", self.made.id)} if self.made.id is not None else set()


def edit_meeting(groups: GroupService, changed: Changed, meeting_id: int, title: str, when: date, venue: str,
                 purpose: str) -> Change:
    values = (rules.meeting_title(title), when, rules.venue(venue), rules.purpose(purpose))
    return Change(
        translate("GroupCommands", "change a meeting's details"),
        lambda: groups.update_meeting(meeting_id, *values),  # returns the details as they were
        lambda before: groups.update_meeting(meeting_id, *before),
        lambda: changed([meeting_id]),
        {("meeting", meeting_id)},
    )


class SetMeetingStatus(Change):
    """Start or finish a meeting. Starting one finishes any other that was happening; undo puts both back."""

    def __init__(self, groups: GroupService, changed: Changed, meeting_id: int, status: str, label: str):
        before: dict[int, str] = {}  # the meetings it changed, as they were: shared with a re-filed copy

        def do() -> dict[int, str]:
            before.clear()
            before.update(groups.change_meeting_status(meeting_id, status))
            return dict(before)

        super().__init__(label, do, groups.restore_meeting_statuses, lambda: changed([meeting_id, *before]))
        self.meeting_id = meeting_id
        self.before = before

    def refers_to(self) -> set[Ref]:
        return {("meeting", meeting_id) for meeting_id in {self.meeting_id, *self.before}}


def set_attended(groups: GroupService, changed: Changed, meeting_id: int, member_id: int, attended: bool,
                 name: str) -> Change:
    if attended:
        label = translate("GroupCommands", "mark that {name} came").format(name=name)
    else:
        label = translate("GroupCommands", "mark that {name} did not come").format(name=name)
    return Change(
        label,
        lambda: groups.set_attended(meeting_id, member_id, attended),
        lambda _receipt: groups.set_attended(meeting_id, member_id, not attended),
        lambda: changed([]),  # no meeting or member row changes: only who came
        {("meeting", meeting_id), ("member", member_id)},
    )
