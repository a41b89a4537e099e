"""Member, meeting and attendance changes as undoable commands.

Each command checks the words when it is made (so a form can show what to fix and
stay open) and keeps what it needs to put things back exactly. Removing a member or
a meeting is not a command: it asks first and is final, because deleted private
details must really go.
"""

from datetime import date

from copro_desktop.groups import rules
from copro_desktop.groups.service import GroupService
from copro_desktop.ui.undo import Ref, SafeCommand


class _GroupCommand(SafeCommand):
    def __init__(self, groups: GroupService, label: str, on_done):
        super().__init__(label)
        self.groups = groups
        self.on_done = on_done  # refreshes the views that show what changed

    def after(self) -> None:
        self.on_done()


class AddMember(_GroupCommand):
    def __init__(self, groups, on_done, group_id: int, name: str, perspective: str, access_needs: str):
        self.values = (rules.display_name(name), rules.perspective(perspective), rules.access_needs(access_needs))
        super().__init__(groups, f"add {self.values[0]}", on_done)
        self.group_id = group_id
        self.member_id: int | None = None

    def refers_to(self) -> set[Ref]:
        return {("member", self.member_id)} if self.member_id is not None else set()

    creates = refers_to

    def apply(self) -> None:
        self.member_id = self.groups.add_member(self.group_id, *self.values, member_id=self.member_id).id

    def revert(self) -> None:
        # Undo must never quietly undo more than the adding: a removal of someone who took part is asked for.
        self.groups.remove_member(
            self.member_id,
            unless_referenced=f"{self.values[0]} is now part of other saved work (an agreement or who came), "
            "so adding them cannot be undone. To take them out of the group, use Remove member.",
        )


class EditMember(_GroupCommand):
    def __init__(self, groups, on_done, member_id: int, name: str, perspective: str, access_needs: str):
        super().__init__(groups, "change a member's details", on_done)
        self.member_id = member_id
        self.values = (rules.display_name(name), rules.perspective(perspective), rules.access_needs(access_needs))
        self.before: tuple[str, str, str] | None = None

    def refers_to(self) -> set[Ref]:
        return {("member", self.member_id)}

    def apply(self) -> None:
        self.before = self.groups.update_member(self.member_id, *self.values)

    def revert(self) -> None:
        self.groups.update_member(self.member_id, *self.before)


class PlanMeeting(_GroupCommand):
    def __init__(self, groups, on_done, group_id: int, title: str, when: date, venue: str, purpose: str):
        self.values = (rules.meeting_title(title), when, rules.venue(venue), rules.purpose(purpose))
        super().__init__(groups, f"plan “{self.values[0]}”", on_done)
        self.group_id = group_id
        self.meeting_id: int | None = None

    def refers_to(self) -> set[Ref]:
        return {("meeting", self.meeting_id)} if self.meeting_id is not None else set()

    creates = refers_to

    def apply(self) -> None:
        self.meeting_id = self.groups.plan_meeting(self.group_id, *self.values, meeting_id=self.meeting_id).id

    def revert(self) -> None:
        self.groups.remove_meeting(
            self.meeting_id,
            unless_referenced=f"“{self.values[0]}” now holds other saved work (who came, or agreements), "
            "so planning it cannot be undone. To remove it, use Remove meeting.",
        )


class EditMeeting(_GroupCommand):
    def __init__(self, groups, on_done, meeting_id: int, title: str, when: date, venue: str, purpose: str):
        super().__init__(groups, "change a meeting's details", on_done)
        self.meeting_id = meeting_id
        self.values = (rules.meeting_title(title), when, rules.venue(venue), rules.purpose(purpose))
        self.before: tuple | None = None

    def refers_to(self) -> set[Ref]:
        return {("meeting", self.meeting_id)}

    def apply(self) -> None:
        self.before = self.groups.update_meeting(self.meeting_id, *self.values)

    def revert(self) -> None:
        self.groups.update_meeting(self.meeting_id, *self.before)


class SetMeetingStatus(_GroupCommand):
    """Start or finish a meeting. Starting one finishes any other that was happening; undo puts both back."""

    def __init__(self, groups, on_done, meeting_id: int, status: str, label: str):
        super().__init__(groups, label, on_done)
        self.meeting_id = meeting_id
        self.status = status
        self.before: dict[int, str] = {}

    def refers_to(self) -> set[Ref]:
        return {("meeting", meeting_id) for meeting_id in {self.meeting_id, *self.before}}

    def apply(self) -> None:
        self.before = self.groups.change_meeting_status(self.meeting_id, self.status)

    def revert(self) -> None:
        self.groups.restore_meeting_statuses(self.before)


class SetAttended(_GroupCommand):
    def __init__(self, groups, on_done, meeting_id: int, member_id: int, attended: bool, name: str):
        label = f"mark that {name} {'came' if attended else 'did not come'}"
        super().__init__(groups, label, on_done)
        self.meeting_id = meeting_id
        self.member_id = member_id
        self.attended = attended

    def refers_to(self) -> set[Ref]:
        return {("meeting", self.meeting_id), ("member", self.member_id)}

    def apply(self) -> None:
        self.groups.set_attended(self.meeting_id, self.member_id, self.attended)

    def revert(self) -> None:
        self.groups.set_attended(self.meeting_id, self.member_id, not self.attended)
