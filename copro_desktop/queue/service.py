"""Turn-taking over SQLite: hands, turns, moves and the meeting's ordering. No Qt.

Every action is stored when it happens, and returns what its undo needs. Times come in from the
caller (`now`), so a test can run a whole meeting on a clock it controls.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, func, insert
from sqlmodel import Session, col, select

from copro_desktop.clock import as_utc
from copro_desktop.db.engine import writing
from copro_desktop.db.session import reading, unit_of_work
from copro_desktop.groups.rules import MeetingStatus
from copro_desktop.groups.tables import Attendance, Meeting, Member
from copro_desktop.queue.rules import Hand, HandKind, Move, Ordering, Spoken
from copro_desktop.queue.tables import QueueGroupSetting, QueueHand, QueueMeeting, QueueMove, QueueTurn
from copro_desktop.queue.turns import GO_ROUND_KIND, HandState, TurnState, elapsed, person_key

# A turn that is not over: at most one per meeting.
OPEN_STATES = (TurnState.SPEAKING, TurnState.PAUSED, TurnState.INTERRUPTED)


@dataclass(frozen=True)
class TurnRow:
    """A turn as the views need it: a plain copy."""

    id: int
    person: str
    kind: str
    state: str
    seconds: float
    counted_at: datetime | None
    started_at: datetime
    perspective: str

    def elapsed(self, now: datetime) -> float:
        return elapsed(self.state, self.seconds, self.counted_at, now)


@dataclass
class QueueFacts:
    """Everything the queue is worked out from, for one meeting, read in one go."""

    ordering: Ordering = Ordering.IN_ORDER
    round_number: int = 0
    hands: list[Hand] = field(default_factory=list)  # waiting, oldest first
    spoken: dict[str, Spoken] = field(default_factory=dict)
    present: list[tuple[str, str]] = field(default_factory=list)  # (person, perspective), in round order
    round_done: set[str] = field(default_factory=set)
    moves: list[Move] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # person -> the name the facilitator sees
    perspectives: dict[str, str] = field(default_factory=dict)  # person -> perspective, for everyone who took part
    numbers: dict[str, int] = field(default_factory=dict)  # person -> their number, for a group shown by numbers
    current: TurnRow | None = None


@dataclass(frozen=True)
class Ended:
    """A turn that an action ended, as it was before: so undo can put it back."""

    turn_id: int
    state: str
    seconds: float
    counted_at: datetime | None


@dataclass(frozen=True)
class Called:
    """What calling the next speaker did."""

    turn_id: int
    hand_id: int | None
    ended: Ended | None


_ORDERING_SQL = "SELECT ordering, round_number FROM queue_meeting WHERE meeting_id = ?"
_MEMBERS_SQL = "SELECT id, display_name, perspective FROM member WHERE group_id = ? ORDER BY id"
_CAME_SQL = "SELECT member_id FROM attendance WHERE meeting_id = ?"
_GUESTS_SQL = (
    "SELECT guest_name, max(perspective) FROM queue_hand WHERE meeting_id = ? AND guest_name IS NOT NULL "
    "GROUP BY lower(guest_name) ORDER BY min(id)"
)
_WAITING_SQL = (
    "SELECT id, member_id, guest_name, perspective, kind FROM queue_hand WHERE meeting_id = ? AND state = ? ORDER BY id"
)
_SPOKEN_SQL = (
    "SELECT member_id, guest_name, someone, count(*), sum(seconds), max(perspective) FROM queue_turn "
    "WHERE meeting_id = ? AND state != ? GROUP BY member_id, guest_name, someone"
)
_ROUND_SQL = (  # only the round's own turns and passes: a process point in a round is not the person's turn
    "SELECT member_id, guest_name, someone FROM queue_turn WHERE meeting_id = ? AND round_number = ? AND kind = ?"
)
_MOVES_SQL = "SELECT subject, anchor, after FROM queue_move WHERE meeting_id = ? ORDER BY id"
_CURRENT_SQL = (
    "SELECT id, member_id, guest_name, someone, kind, state, seconds, counted_at, started_at, perspective "
    "FROM queue_turn WHERE meeting_id = ? AND state IN (?, ?, ?) ORDER BY id DESC LIMIT 1"
)


def _stored_time(value) -> datetime | None:
    """A time as SQLite keeps it (text, in UTC), as a datetime."""
    if value is None:
        return None
    return as_utc(value if isinstance(value, datetime) else datetime.fromisoformat(value))


class QueueService:
    def __init__(self, engine: Engine):
        self.engine = engine

    # Reading
    def facts(self, meeting_id: int, group_id: int, turns_from: QueueFacts | None = None) -> QueueFacts:
        """Read after every action, so it is plain SQL on one connection: building the same statements
        through the ORM each time cost four times the queries themselves.

        `turns_from`: facts read earlier, whose turns still stand (the action raised, withdrew or moved a
        hand, or changed the ordering): the turns, which grow all meeting, are then not read again.
        """
        facts = QueueFacts()
        with self.engine.connect() as connection:
            def rows(sql: str, *values):
                return connection.exec_driver_sql(sql, values).all()

            for ordering, round_number in rows(_ORDERING_SQL, meeting_id):
                facts.ordering, facts.round_number = Ordering(ordering), round_number
            members = rows(_MEMBERS_SQL, group_id)
            for number, (member_id, name, _perspective) in enumerate(members, start=1):
                facts.names[f"member:{member_id}"] = name
                facts.numbers[f"member:{member_id}"] = number
            came = {member_id for (member_id,) in rows(_CAME_SQL, meeting_id)}
            # The round goes by name, not by the order people were added: a list typed in one perspective
            # at a time would otherwise show the room everyone's perspective by where they come.
            by_name = sorted((member for member in members if member[0] in came), key=lambda m: (m[1].casefold(), m[0]))
            facts.present = [(f"member:{m}", perspective) for m, _name, perspective in by_name]
            facts.perspectives = dict(facts.present)
            present = {person for person, _ in facts.present}
            # Only the guests (for their names and places in the room) and the hands still up: a long
            # meeting has hundreds of hands already called, and they matter only as turns.
            for guest_name, perspective in rows(_GUESTS_SQL, meeting_id):
                person = person_key(None, guest_name, None)
                self._meet(facts, person, guest_name, len(members))
                if person not in present:
                    present.add(person)  # a guest with a hand up is in the room, and in a go-round
                    facts.present.append((person, perspective))
                facts.perspectives.setdefault(person, perspective)
            for hand_id, member_id, guest_name, perspective, kind in rows(_WAITING_SQL, meeting_id, HandState.WAITING):
                person = person_key(member_id, guest_name, hand_id)
                facts.perspectives.setdefault(person, perspective)
                facts.hands.append(Hand(hand_id, person, HandKind(kind), hand_id, perspective))
            facts.moves = [Move(subject, anchor, bool(after)) for subject, anchor, after in rows(_MOVES_SQL, meeting_id)]
            if turns_from is not None and turns_from.round_number == facts.round_number:
                facts.spoken, facts.round_done, facts.current = turns_from.spoken, turns_from.round_done, turns_from.current
                for person, perspective in turns_from.perspectives.items():
                    facts.perspectives.setdefault(person, perspective)
                return facts
            for member_id, guest_name, someone, turns, seconds, perspective in rows(
                _SPOKEN_SQL, meeting_id, TurnState.PASSED
            ):
                person = person_key(member_id, guest_name, someone)
                facts.spoken[person] = Spoken(turns, seconds or 0.0)
                facts.perspectives.setdefault(person, perspective)
            if facts.round_number:
                facts.round_done = {
                    person_key(*row) for row in rows(_ROUND_SQL, meeting_id, facts.round_number, GO_ROUND_KIND)
                }
            for turn_id, member_id, guest_name, someone, kind, state, seconds, counted_at, started_at, perspective in rows(
                _CURRENT_SQL, meeting_id, *OPEN_STATES
            ):
                facts.current = TurnRow(
                    turn_id,
                    person_key(member_id, guest_name, someone),
                    kind,
                    state,
                    seconds,
                    _stored_time(counted_at),
                    _stored_time(started_at),
                    perspective,
                )
        return facts

    @staticmethod
    def _meet(facts: QueueFacts, person: str, guest_name: str | None, members: int) -> None:
        if guest_name is not None and person not in facts.names:
            facts.names[person] = guest_name
            facts.numbers[person] = members + sum(1 for key in facts.numbers if key.startswith("guest:")) + 1

    def turn(self, turn_id: int) -> TurnRow | None:
        with reading(self.engine) as session:
            turn = session.get(QueueTurn, turn_id)
            return _row(turn) if turn is not None else None

    def turns(self, meeting_id: int) -> list[QueueTurn]:
        """Every turn and pass of a meeting, in the order they were taken: for export."""
        with reading(self.engine) as session:
            query = select(QueueTurn).where(QueueTurn.meeting_id == meeting_id).order_by(col(QueueTurn.id))
            return list(session.exec(query))

    # Hands
    def raise_hand(
        self,
        meeting_id: int,
        kind: HandKind,
        *,
        member_id: int | None = None,
        guest_name: str | None = None,
        perspective: str | None = None,
        hand_id: int | None = None,
        raised_at: datetime | None = None,
    ) -> tuple[QueueHand, bool]:
        """A member's hand takes their perspective; a guest's or someone's is as given (or not said).
        A member not yet marked as here is marked now: their hand says they came. Returns the hand and
        whether it marked them. Redo passes the id and time back in, so the hand comes back where it was."""
        ticked_in = False
        with unit_of_work(self.engine) as session:
            if member_id is not None and perspective is None:
                perspective = session.get_one(Member, member_id).perspective
            if member_id is not None and session.get(Attendance, (meeting_id, member_id)) is None:
                session.add(Attendance(meeting_id=meeting_id, member_id=member_id))
                ticked_in = True
            if guest_name is not None:
                # One guest, one spelling: "vic" typed later is the "Vic" already here, so their turns add up.
                known = session.exec(
                    select(QueueHand.guest_name)
                    .where(QueueHand.meeting_id == meeting_id, col(QueueHand.guest_name).is_not(None))
                    .distinct()
                ).all()
                guest_name = next((name for name in known if name.casefold() == guest_name.casefold()), guest_name)
            hand = QueueHand(
                id=hand_id,
                meeting_id=meeting_id,
                member_id=member_id,
                guest_name=guest_name,
                perspective=perspective or "prefer_not_to_say",
                kind=kind,
            )
            if raised_at is not None:
                hand.raised_at = raised_at
            session.add(hand)
        return hand, ticked_in

    def lower_hand(self, hand_id: int, ticked_in: bool = False) -> None:
        """Undo a raised hand: it goes, with any move that named it, and the mark that they came if it made one."""
        with unit_of_work(self.engine) as session:
            hand = session.get(QueueHand, hand_id)
            if hand is not None:
                self._forget_moves(session, hand.meeting_id, f"hand:{hand_id}")
                if ticked_in and hand.member_id is not None:
                    came = session.get(Attendance, (hand.meeting_id, hand.member_id))
                    if came is not None:
                        session.delete(came)
                session.delete(hand)

    def set_hand_state(self, hand_id: int, state: HandState) -> str:
        """Withdraw a hand (or put it back); returns the state before."""
        with unit_of_work(self.engine) as session:
            hand = session.get_one(QueueHand, hand_id)
            before, hand.state = hand.state, state
            return before

    # Turns
    def call(
        self,
        meeting_id: int,
        now: datetime,
        *,
        hand_id: int | None = None,
        person: tuple[int | None, str | None, str] | None = None,
        round_number: int | None = None,
        passed: bool = False,
        turn_id: int | None = None,
    ) -> Called:
        """The next speaker: from a raised hand, or (in a go-round) a person, who may pass.

        The turn before is ended first. `person` is (member id, guest name, perspective) for a go-round place.
        Plain SQL in one transaction: this is the meeting's most frequent action.
        """
        with writing(self.engine).begin() as connection:
            ended = _end_open_sql(connection, meeting_id, now)
            if hand_id is not None:
                member_id, guest_name, perspective, kind = connection.exec_driver_sql(
                    "SELECT member_id, guest_name, perspective, kind FROM queue_hand WHERE id = ?", (hand_id,)
                ).one()
                connection.exec_driver_sql("UPDATE queue_hand SET state = ? WHERE id = ?", (HandState.CALLED, hand_id))
                someone = hand_id if member_id is None and guest_name is None else None
            else:
                assert person is not None
                (member_id, guest_name, perspective), kind, someone = person, GO_ROUND_KIND, None
            state = TurnState.PASSED if passed else TurnState.SPEAKING
            new_id = connection.execute(
                insert(QueueTurn.__table__).values(
                    id=turn_id,
                    meeting_id=meeting_id,
                    hand_id=hand_id,
                    member_id=member_id,
                    guest_name=guest_name,
                    someone=someone,
                    perspective=perspective,
                    kind=kind,
                    round_number=round_number,
                    state=state,
                    started_at=now,
                    seconds=0.0,
                    counted_at=None if passed else now,
                )
            ).inserted_primary_key[0]
            return Called(new_id, hand_id, ended)

    def uncall(self, called: Called) -> None:
        """Undo a call: the turn goes, its hand is raised again, and the turn before carries on."""
        with unit_of_work(self.engine) as session:
            turn = session.get(QueueTurn, called.turn_id)
            if turn is not None:
                session.delete(turn)
            if called.hand_id is not None:
                hand = session.get(QueueHand, called.hand_id)
                if hand is not None:
                    hand.state = HandState.WAITING
            if called.ended is not None:
                self._restore(session, called.ended)

    @staticmethod
    def _restore(session: Session, before: Ended) -> None:
        turn = session.get(QueueTurn, before.turn_id)
        if turn is None:
            return
        # Exactly as it was: undoing a Next pressed by mistake, the speaker was talking all along.
        turn.state, turn.seconds, turn.counted_at = before.state, before.seconds, before.counted_at

    def pass_turn(self, turn_id: int) -> Ended:
        """The person just called in a go-round passes: their turn is recorded as a pass, with no time."""
        with unit_of_work(self.engine) as session:
            turn = session.get_one(QueueTurn, turn_id)
            before = Ended(turn.id, turn.state, turn.seconds, turn.counted_at)
            turn.state, turn.seconds, turn.counted_at = TurnState.PASSED, 0.0, None
            return before

    def end_turn(self, meeting_id: int, now: datetime) -> Ended | None:
        with writing(self.engine).begin() as connection:
            return _end_open_sql(connection, meeting_id, now)

    def restore_turn(self, before: Ended) -> None:
        """Undo an end, a pause or a resume: the turn as it was."""
        with unit_of_work(self.engine) as session:
            self._restore(session, before)

    def set_running(self, turn_id: int, running: bool, now: datetime) -> Ended:
        """Pause or resume (an interrupted turn resumes too). Returns the turn as it was."""
        with unit_of_work(self.engine) as session:
            turn = session.get_one(QueueTurn, turn_id)
            before = Ended(turn.id, turn.state, turn.seconds, turn.counted_at)
            turn.seconds = elapsed(turn.state, turn.seconds, turn.counted_at, now)
            turn.state = TurnState.SPEAKING if running else TurnState.PAUSED
            turn.counted_at = now if running else None
            return before

    def checkpoint(self, turn_id: int, now: datetime) -> None:
        """Write down the running turn's time so far: after a crash, only the seconds since are lost."""
        with unit_of_work(self.engine) as session:
            turn = session.get(QueueTurn, turn_id)
            if turn is not None and turn.state == TurnState.SPEAKING:
                turn.seconds = elapsed(turn.state, turn.seconds, turn.counted_at, now)
                turn.counted_at = now

    def interrupt_running(self, meeting_id: int) -> TurnRow | None:
        """A turn still running when the meeting is opened was cut off (the app stopped without
        ending it): keep the time last written down, and mark it, for the facilitator to resume or end."""
        with unit_of_work(self.engine) as session:
            turn = session.exec(
                select(QueueTurn).where(QueueTurn.meeting_id == meeting_id, QueueTurn.state == TurnState.SPEAKING)
            ).first()
            if turn is None:
                return None
            turn.state, turn.counted_at = TurnState.INTERRUPTED, None
            return _row(turn)

    def pause_running(self, meeting_id: int, now: datetime) -> None:
        """Leaving the meeting, or quitting the app, pauses its turn, with the time so far."""
        with unit_of_work(self.engine) as session:
            turn = session.exec(
                select(QueueTurn).where(QueueTurn.meeting_id == meeting_id, QueueTurn.state == TurnState.SPEAKING)
            ).first()
            if turn is not None:
                turn.seconds = elapsed(turn.state, turn.seconds, turn.counted_at, now)
                turn.state, turn.counted_at = TurnState.PAUSED, None

    # Ordering and moves
    def set_ordering(self, meeting_id: int, ordering: Ordering) -> tuple[str, int, list[tuple]]:
        """Returns the ordering, round and round moves before. Choosing a go-round starts a new round,
        and the moves made in the last round are let go: a new round starts in the room's order."""
        with unit_of_work(self.engine) as session:
            state = session.get(QueueMeeting, meeting_id) or QueueMeeting(meeting_id=meeting_id)
            before = (state.ordering, state.round_number, [])
            if ordering == Ordering.GO_ROUND and state.ordering != Ordering.GO_ROUND:
                state.round_number += 1
                for move in session.exec(select(QueueMove).where(QueueMove.meeting_id == meeting_id)):
                    if move.subject.startswith("round:") or move.anchor.startswith("round:"):
                        before[2].append((move.id, move.subject, move.anchor, move.after))
                        session.delete(move)
            state.ordering = ordering
            session.add(state)
            return before

    def restore_ordering(self, meeting_id: int, before: tuple[str, int, list[tuple]]) -> None:
        with unit_of_work(self.engine) as session:
            state = session.get(QueueMeeting, meeting_id) or QueueMeeting(meeting_id=meeting_id)
            state.ordering, state.round_number, moves = before
            session.add(state)
            for move_id, subject, anchor, after in moves:
                session.add(QueueMove(id=move_id, meeting_id=meeting_id, subject=subject, anchor=anchor, after=after))

    def add_move(self, meeting_id: int, subject: str, anchor: str, after: bool, move_id: int | None = None) -> int:
        with unit_of_work(self.engine) as session:
            move = QueueMove(id=move_id, meeting_id=meeting_id, subject=subject, anchor=anchor, after=after)
            session.add(move)
            session.flush()
            return move.id

    def remove_move(self, move_id: int) -> None:
        with unit_of_work(self.engine) as session:
            move = session.get(QueueMove, move_id)
            if move is not None:
                session.delete(move)

    @staticmethod
    def _forget_moves(session: Session, meeting_id: int, key: str) -> None:
        for move in session.exec(select(QueueMove).where(QueueMove.meeting_id == meeting_id)):
            if key in (move.subject, move.anchor):
                session.delete(move)

    # The group's choices
    def settings(self, group_id: int) -> QueueGroupSetting:
        with reading(self.engine) as session:
            return session.get(QueueGroupSetting, group_id) or QueueGroupSetting(group_id=group_id)

    def save_settings(self, group_id: int, **values) -> QueueGroupSetting:
        """Change some of the group's choices; returns them as they were before."""
        with unit_of_work(self.engine) as session:
            setting = session.get(QueueGroupSetting, group_id) or QueueGroupSetting(group_id=group_id)
            before = QueueGroupSetting.model_validate(setting.model_dump())
            for name, value in values.items():
                setattr(setting, name, value)
            session.add(setting)
            return before

    # Across meetings
    def recent_meetings(self, group_id: int, count: int) -> list[Meeting]:
        """The group's last meetings that have begun, oldest first: the trend reads left to right."""
        with reading(self.engine) as session:
            query = (
                select(Meeting)
                .where(Meeting.group_id == group_id, Meeting.status != MeetingStatus.PLANNED)
                .order_by(col(Meeting.meeting_date).desc(), col(Meeting.id).desc())
                .limit(count)
            )
            return list(reversed(session.exec(query).all()))

    def talk_by_perspective(self, meeting_ids: Iterable[int]) -> dict[int, dict[str, Spoken]]:
        """For each meeting: each perspective's turns and seconds (passes are not talk)."""
        ids = list(meeting_ids)
        result: dict[int, dict[str, Spoken]] = {meeting_id: {} for meeting_id in ids}
        if not ids:
            return result
        with reading(self.engine) as session:
            rows = session.exec(
                select(QueueTurn.meeting_id, QueueTurn.perspective, func.count(), func.sum(QueueTurn.seconds))
                .where(col(QueueTurn.meeting_id).in_(ids), QueueTurn.state != TurnState.PASSED)
                .group_by(QueueTurn.meeting_id, QueueTurn.perspective)
            ).all()
        for meeting_id, perspective, turns, seconds in rows:
            result[meeting_id][perspective] = Spoken(turns, seconds or 0.0)
        return result

    def present_by_perspective(self, meeting_ids: Iterable[int]) -> dict[int, dict[str, int]]:
        """For each meeting: how many members of each perspective came (guests who spoke are added by the caller)."""
        ids = list(meeting_ids)
        result: dict[int, dict[str, int]] = {meeting_id: {} for meeting_id in ids}
        if not ids:
            return result
        with reading(self.engine) as session:
            rows = session.exec(
                select(Attendance.meeting_id, Member.perspective, func.count())
                .join(Member, col(Member.id) == col(Attendance.member_id))
                .where(col(Attendance.meeting_id).in_(ids))
                .group_by(Attendance.meeting_id, Member.perspective)
            ).all()
        for meeting_id, perspective, people in rows:
            result[meeting_id][perspective] = people
        return result


def _end_open_sql(connection, meeting_id: int, now: datetime) -> Ended | None:
    """End the meeting's open turn, if any, inside the caller's transaction; returns it as it was."""
    found = connection.exec_driver_sql(
        "SELECT id, state, seconds, counted_at FROM queue_turn WHERE meeting_id = ? AND state IN (?, ?, ?)",
        (meeting_id, *OPEN_STATES),
    ).first()
    if found is None:
        return None
    turn_id, state, seconds, counted_at = found
    before = Ended(turn_id, state, seconds, _stored_time(counted_at))
    spoken = elapsed(state, seconds, before.counted_at, now)
    connection.exec_driver_sql(
        "UPDATE queue_turn SET state = ?, seconds = ?, counted_at = NULL WHERE id = ?",
        (TurnState.ENDED, spoken, turn_id),
    )
    return before


def _row(turn: QueueTurn) -> TurnRow:
    return TurnRow(
        turn.id,
        person_key(turn.member_id, turn.guest_name, turn.someone),
        turn.kind,
        turn.state,
        turn.seconds,
        as_utc(turn.counted_at) if turn.counted_at else None,
        as_utc(turn.started_at),
        turn.perspective,
    )
