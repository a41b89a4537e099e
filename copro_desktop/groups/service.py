"""Groups, members, meetings and attendance over SQLite. No Qt."""

from datetime import date

from sqlalchemy import Engine
from sqlmodel import col, select

from copro_desktop.db.erasure import Erased, erase_row
from copro_desktop.db.session import reading, unit_of_work
from copro_desktop.db.settings import read_setting, write_setting
from copro_desktop.groups import rules
from copro_desktop.groups.tables import Attendance, Group, Meeting, Member
from copro_desktop.i18n import QT_TRANSLATE_NOOP

LAST_GROUP_KEY = "last_group_id"
# Plain words for the person (errors.friendly_message shows them), marked for the translators.
_MEMBER_GONE = QT_TRANSLATE_NOOP("GroupRules", "That member has been removed.")
_MEETING_GONE = QT_TRANSLATE_NOOP("GroupRules", "That meeting has been removed.")


def _existing(session, table, record_id: int, gone: str):
    record = session.get(table, record_id)
    if record is None:
        raise LookupError(gone)
    return record


class GroupService:
    def __init__(self, engine: Engine):
        self.engine = engine

    # Groups
    def create_group(self, name: str, purpose: str = "") -> Group:
        group = Group(name=rules.group_name(name), purpose=rules.purpose(purpose))
        with unit_of_work(self.engine) as session:
            session.add(group)
        return group

    def update_group(self, group_id: int, name: str, purpose: str) -> tuple[str, str]:
        """Change the group's name and purpose. Returns them as they were, read in the same transaction, for undo."""
        with unit_of_work(self.engine) as session:
            group = session.get_one(Group, group_id)
            before = (group.name, group.purpose)
            group.name = rules.group_name(name)
            group.purpose = rules.purpose(purpose)
        return before

    def remove_group(self, group_id: int) -> Erased:
        """Final: the group with its members, meetings and agreements, everywhere."""
        return erase_row(self.engine, Group.__tablename__, group_id)

    def groups(self) -> list[Group]:
        with reading(self.engine) as session:
            return list(session.exec(select(Group).order_by(col(Group.name))))

    def group(self, group_id: int) -> Group | None:
        with reading(self.engine) as session:
            return session.get(Group, group_id)

    def remember_group(self, group_id: int) -> None:
        if read_setting(self.engine, LAST_GROUP_KEY) != str(group_id):  # opening the app is not a change
            write_setting(self.engine, LAST_GROUP_KEY, str(group_id))

    def last_group(self) -> Group | None:
        remembered = read_setting(self.engine, LAST_GROUP_KEY)
        with reading(self.engine) as session:
            chosen = session.get(Group, int(remembered)) if remembered else None
            return chosen or session.exec(select(Group).order_by(col(Group.id))).first()

    # Members
    def add_member(
        self,
        group_id: int,
        display_name: str,
        perspective: str,
        access_needs: str = "",
        *,
        member_id: int | None = None,
    ) -> Member:
        """Add a member. Redo passes the id back in, so later commands on the history still find them."""
        member = Member(
            id=member_id,
            group_id=group_id,
            display_name=rules.display_name(display_name),
            perspective=rules.perspective(perspective),
            access_needs=rules.access_needs(access_needs),
        )
        with unit_of_work(self.engine) as session:
            session.add(member)
        return member

    def update_member(
        self, member_id: int, display_name: str, perspective: str, access_needs: str
    ) -> tuple[str, str, str]:
        """Change a member's details. Returns them as they were, read in the same transaction, for undo."""
        with unit_of_work(self.engine) as session:
            member = _existing(session, Member, member_id, _MEMBER_GONE)
            before = (member.display_name, member.perspective, member.access_needs)
            member.display_name = rules.display_name(display_name)
            member.perspective = rules.perspective(perspective)
            member.access_needs = rules.access_needs(access_needs)
        return before

    def remove_member(self, member_id: int, *, unless_referenced: str | None = None) -> Erased:
        """Final: the member, their access needs and attendance go from the file, its log and every backup.

        unless_referenced: for undoing an addition; refuse with these words if they took part since.
        """
        return erase_row(self.engine, Member.__tablename__, member_id, unless_referenced=unless_referenced)

    def member(self, member_id: int) -> Member | None:
        with reading(self.engine) as session:
            return session.get(Member, member_id)

    def members(self, group_id: int) -> list[Member]:
        with reading(self.engine) as session:
            query = select(Member).where(Member.group_id == group_id).order_by(col(Member.display_name))
            return list(session.exec(query))

    # Meetings
    def plan_meeting(
        self,
        group_id: int,
        title: str,
        meeting_date: date,
        venue: str = "",
        purpose: str = "",
        *,
        meeting_id: int | None = None,
    ) -> Meeting:
        meeting = Meeting(
            id=meeting_id,
            group_id=group_id,
            title=rules.meeting_title(title),
            meeting_date=meeting_date,
            venue=rules.venue(venue),
            purpose=rules.purpose(purpose),
        )
        with unit_of_work(self.engine) as session:
            session.add(meeting)
        return meeting

    def update_meeting(self, meeting_id: int, title: str, meeting_date: date, venue: str, purpose: str) -> tuple:
        """Change a meeting's details. Returns them as they were, read in the same transaction, for undo."""
        with unit_of_work(self.engine) as session:
            meeting = _existing(session, Meeting, meeting_id, _MEETING_GONE)
            before = (meeting.title, meeting.meeting_date, meeting.venue, meeting.purpose)
            meeting.title = rules.meeting_title(title)
            meeting.meeting_date = meeting_date
            meeting.venue = rules.venue(venue)
            meeting.purpose = rules.purpose(purpose)
        return before

    def set_meeting_status(self, meeting_id: int, status: str) -> Meeting:
        self.change_meeting_status(meeting_id, status)
        return self.meeting(meeting_id)

    def change_meeting_status(self, meeting_id: int, status: str) -> dict[int, str]:
        """Start, finish or re-plan a meeting. Returns the statuses it changed, as they were, for undo."""
        if status not in rules.MEETING_STATUSES:
            raise ValueError(f"Unknown meeting status {status!r}")
        with unit_of_work(self.engine) as session:
            meeting = _existing(session, Meeting, meeting_id, _MEETING_GONE)
            changed = [meeting]
            if status == rules.MeetingStatus.IN_PROGRESS:
                # Only one meeting of a group happens at a time.
                happening = Meeting.status == rules.MeetingStatus.IN_PROGRESS
                others = select(Meeting).where(Meeting.group_id == meeting.group_id, happening)
                changed += [other for other in session.exec(others) if other.id != meeting_id]
            new = {other.id: rules.MeetingStatus.FINISHED for other in changed[1:]} | {meeting_id: status}
            before = {m.id: m.status for m in changed if m.status != new[m.id]}
            for record in changed:
                record.status = new[record.id]
        return before

    def restore_meeting_statuses(self, statuses: dict[int, str]) -> None:
        with unit_of_work(self.engine) as session:
            for meeting_id, status in statuses.items():
                meeting = session.get(Meeting, meeting_id)
                if meeting is not None and meeting.status != status:
                    meeting.status = status

    def meetings(self, group_id: int) -> list[Meeting]:
        with reading(self.engine) as session:
            query = (
                select(Meeting)
                .where(Meeting.group_id == group_id)
                .order_by(col(Meeting.meeting_date).desc(), col(Meeting.id).desc())
            )
            return list(session.exec(query))

    def meeting(self, meeting_id: int) -> Meeting | None:
        with reading(self.engine) as session:
            return session.get(Meeting, meeting_id)

    def current_meeting(self, group_id: int) -> Meeting | None:
        with reading(self.engine) as session:
            happening = Meeting.status == rules.MeetingStatus.IN_PROGRESS
            query = select(Meeting).where(Meeting.group_id == group_id, happening)
            return session.exec(query).first()

    def remove_meeting(self, meeting_id: int, *, unless_referenced: str | None = None) -> Erased:
        """Final, like removing a member: gone from the file, its log and every backup."""
        return erase_row(self.engine, Meeting.__tablename__, meeting_id, unless_referenced=unless_referenced)

    # Attendance
    def set_attended(self, meeting_id: int, member_id: int, attended: bool) -> None:
        with unit_of_work(self.engine) as session:
            existing = session.get(Attendance, (meeting_id, member_id))
            if attended and existing is None:
                session.add(Attendance(meeting_id=meeting_id, member_id=member_id))
            elif not attended and existing is not None:
                session.delete(existing)

    def attendees(self, meeting_id: int) -> set[int]:
        with reading(self.engine) as session:
            query = select(Attendance.member_id).where(Attendance.meeting_id == meeting_id)
            return set(session.exec(query))
