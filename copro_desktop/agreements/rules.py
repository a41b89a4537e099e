"""The life of an agreement, as plain rules. No Qt, no SQL."""

from enum import StrEnum

from copro_desktop.text_rules import InvalidInput, clean_text

# Short enough to read from the back of the room.
TEXT_LIMIT = 300


# StrEnum: each member equals the string stored in the database, so no migration is needed.
class Status(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    RETIRED = "retired"


class ChangeKind(StrEnum):
    PROPOSED = "proposed"
    EDITED = "edited"
    AGREED = "agreed"
    RETIRED = "retired"
    BROUGHT_BACK = "brought_back"


class Outcome(StrEnum):
    KEPT = "kept"
    CHANGED = "changed"
    RETIRED = "retired"


STATUS_LABELS = {Status.PROPOSED: "Proposed", Status.AGREED: "Agreed", Status.RETIRED: "Retired"}

# Which status can follow which. A retired agreement can be brought back as a proposal.
_NEXT = {
    Status.PROPOSED: {Status.AGREED, Status.RETIRED},
    Status.AGREED: {Status.RETIRED},
    Status.RETIRED: {Status.PROPOSED},
}

OUTCOME_LABELS = {Outcome.KEPT: "We kept it", Outcome.CHANGED: "We changed it", Outcome.RETIRED: "We retired it"}

CHANGE_LABELS = {
    ChangeKind.PROPOSED: "Proposed",
    ChangeKind.EDITED: "Words changed",
    ChangeKind.AGREED: "Agreed",
    ChangeKind.RETIRED: "Retired",
    ChangeKind.BROUGHT_BACK: "Brought back",
}


def agreement_text(value: str) -> str:
    return clean_text(value, what="agreement", limit=TEXT_LIMIT, multiline=True)


def allowed(status: str | None) -> set[Status]:
    """The statuses an agreement with this status may move to (none for no agreement)."""
    return set(_NEXT.get(status, set())) if status is not None else set()


def check_transition(current: str, wanted: str) -> None:
    if wanted not in allowed(current):
        raise InvalidInput(
            f"An agreement that is {STATUS_LABELS[current].lower()} cannot be marked "
            f"{STATUS_LABELS[wanted].lower()}."
        )


def can_edit(status: str | None) -> bool:
    return status is not None and status != Status.RETIRED


def change_kind(status_before: str, status_after: str) -> ChangeKind:
    if status_before == status_after:
        return ChangeKind.EDITED
    if status_before == Status.RETIRED:
        return ChangeKind.BROUGHT_BACK
    return ChangeKind(status_after)


def moved(order: list[int], item: int, to_index: int) -> list[int]:
    """The order with one item moved to a new place (clamped to the ends)."""
    rest = [x for x in order if x != item]
    to_index = max(0, min(to_index, len(rest)))
    return rest[:to_index] + [item] + rest[to_index:]


def check_outcome(outcome: str, new_text: str | None) -> str | None:
    if outcome not in OUTCOME_LABELS:
        raise ValueError(f"Unknown outcome {outcome!r}")
    if outcome == Outcome.CHANGED:
        return agreement_text(new_text or "")
    return None


EXAMPLES = (
    # Prompts for a group that is stuck. The group writes its own; these are never added for them.
    "We listen when someone is speaking.",
    "Everyone's experience counts the same.",
    "What is said here about people stays here.",
    "We can take a break at any time.",
    "We say if we do not understand, and we explain without jargon.",
    "We challenge ideas, not people.",
    "No one has to speak, and everyone gets the chance to.",
    "We start and finish on time.",
)
