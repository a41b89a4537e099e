"""The life of an agreement, as plain rules. No Qt, no SQL."""

from copro_desktop.text_rules import InvalidInput, clean_text

# Short enough to read from the back of the room.
TEXT_LIMIT = 300

STATUS_LABELS = {"proposed": "Proposed", "agreed": "Agreed", "retired": "Retired"}

# Which status can follow which. A retired agreement can be brought back as a proposal.
_NEXT = {
    "proposed": {"agreed", "retired"},
    "agreed": {"retired"},
    "retired": {"proposed"},
}

OUTCOME_LABELS = {"kept": "We kept it", "changed": "We changed it", "retired": "We retired it"}

CHANGE_LABELS = {
    "proposed": "Proposed",
    "edited": "Words changed",
    "agreed": "Agreed",
    "retired": "Retired",
    "brought_back": "Brought back",
}


def agreement_text(value: str) -> str:
    return clean_text(value, what="agreement", limit=TEXT_LIMIT, multiline=True)


def check_transition(current: str, wanted: str) -> None:
    if wanted not in _NEXT.get(current, set()):
        raise InvalidInput(
            f"An agreement that is {STATUS_LABELS[current].lower()} cannot be marked "
            f"{STATUS_LABELS[wanted].lower()}."
        )


def can_edit(status: str) -> bool:
    return status != "retired"


def change_kind(status_before: str, status_after: str) -> str:
    if status_before == status_after:
        return "edited"
    if status_before == "retired":
        return "brought_back"
    return status_after


def moved(order: list[int], item: int, to_index: int) -> list[int]:
    """The order with one item moved to a new place (clamped to the ends)."""
    rest = [x for x in order if x != item]
    to_index = max(0, min(to_index, len(rest)))
    return rest[:to_index] + [item] + rest[to_index:]


def check_outcome(outcome: str, new_text: str | None) -> str | None:
    if outcome not in OUTCOME_LABELS:
        raise ValueError(f"Unknown outcome {outcome!r}")
    if outcome == "changed":
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
