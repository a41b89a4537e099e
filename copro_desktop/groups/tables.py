"""The spine: groups, members, meetings and who attended."""

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from copro_desktop.clock import utc_now


class Group(SQLModel, table=True):
    __tablename__ = "working_group"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    purpose: str = ""
    created_at: datetime = Field(default_factory=utc_now)


class Member(SQLModel, table=True):
    __tablename__ = "member"

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="working_group.id", ondelete="CASCADE", index=True)
    display_name: str
    perspective: str = "prefer_not_to_say"
    # Private: never on the projector, never printed.
    access_needs: str = ""
    created_at: datetime = Field(default_factory=utc_now)


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="working_group.id", ondelete="CASCADE", index=True)
    title: str
    meeting_date: date
    venue: str = ""
    purpose: str = ""
    status: str = "planned"
    created_at: datetime = Field(default_factory=utc_now)


class Attendance(SQLModel, table=True):
    __tablename__ = "attendance"

    meeting_id: int = Field(foreign_key="meeting.id", ondelete="CASCADE", primary_key=True)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE", primary_key=True)
