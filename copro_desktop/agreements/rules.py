"""The life of an agreement, as plain rules. No Qt, no SQL."""

from enum import StrEnum

from copro_desktop.i18n import QT_TRANSLATE_NOOP, translate
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


# Labels are marked for the translators here and translated where shown, with the context "AgreementRules".
STATUS_LABELS = {
    Status.PROPOSED: QT_TRANSLATE_NOOP("AgreementRules", "Proposed"),
    Status.AGREED: QT_TRANSLATE_NOOP("AgreementRules", "Agreed"),
    Status.RETIRED: QT_TRANSLATE_NOOP("AgreementRules", "Retired"),
}

# Which status can follow which. A retired agreement can be brought back as a proposal.
_NEXT = {
    Status.PROPOSED: {Status.AGREED, Status.RETIRED},
    Status.AGREED: {Status.RETIRED},
    Status.RETIRED: {Status.PROPOSED},
}

OUTCOME_LABELS = {
    Outcome.KEPT: QT_TRANSLATE_NOOP("AgreementRules", "We kept it"),
    Outcome.CHANGED: QT_TRANSLATE_NOOP("AgreementRules", "We changed it"),
    Outcome.RETIRED: QT_TRANSLATE_NOOP("AgreementRules", "We retired it"),
}

CHANGE_LABELS = {
    ChangeKind.PROPOSED: QT_TRANSLATE_NOOP("AgreementRules", "Proposed"),
    ChangeKind.EDITED: QT_TRANSLATE_NOOP("AgreementRules", "Words changed"),
    ChangeKind.AGREED: QT_TRANSLATE_NOOP("AgreementRules", "Agreed"),
    ChangeKind.RETIRED: QT_TRANSLATE_NOOP("AgreementRules", "Retired"),
    ChangeKind.BROUGHT_BACK: QT_TRANSLATE_NOOP("AgreementRules", "Brought back"),
}


def status_label(status: str) -> str:
    return translate("AgreementRules", STATUS_LABELS[status])


def outcome_label(outcome: str) -> str:
    return translate("AgreementRules", OUTCOME_LABELS[outcome])


def change_label(kind: str) -> str:
    return translate("AgreementRules", CHANGE_LABELS[kind])


def examples() -> list[str]:
    return [translate("AgreementRules", example) for example in EXAMPLES]


def agreement_text(value: str) -> str:
    return clean_text(value, what=QT_TRANSLATE_NOOP("TextRules", "agreement"), limit=TEXT_LIMIT, multiline=True)


def allowed(status: str | None) -> set[Status]:
    """The statuses an agreement with this status may move to (none for no agreement)."""
    return set(_NEXT.get(status, set())) if status is not None else set()


def check_transition(current: str, wanted: str) -> None:
    if wanted not in allowed(current):
        raise InvalidInput(
            translate("AgreementRules", "This change cannot be made: from “{current}” to “{wanted}”.").format(
                current=status_label(current), wanted=status_label(wanted)
            )
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
    QT_TRANSLATE_NOOP("AgreementRules", "We listen when someone is speaking."),
    QT_TRANSLATE_NOOP("AgreementRules", "Everyone's experience counts the same."),
    QT_TRANSLATE_NOOP("AgreementRules", "What is said here about people stays here."),
    QT_TRANSLATE_NOOP("AgreementRules", "We can take a break at any time."),
    QT_TRANSLATE_NOOP("AgreementRules", "We say if we do not understand, and we explain without jargon."),
    QT_TRANSLATE_NOOP("AgreementRules", "We challenge ideas, not people."),
    QT_TRANSLATE_NOOP("AgreementRules", "No one has to speak, and everyone gets the chance to."),
    QT_TRANSLATE_NOOP("AgreementRules", "We start and finish on time."),
)
