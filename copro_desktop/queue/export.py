"""A meeting's turns as a spreadsheet file (CSV): start, duration, kind, perspective; names only if asked."""

import csv
import io
import re
from pathlib import Path

from PySide6.QtWidgets import QWidget

from copro_desktop.clock import as_utc
from copro_desktop.errors import friendly_message
from copro_desktop.i18n import translate
from copro_desktop.queue.model import QueueModel
from copro_desktop.queue.perspective_words import perspective_name
from copro_desktop.queue.rules import HAND_KINDS
from copro_desktop.queue.turns import TurnState, person_key
from copro_desktop.ui.files import documents_folder, write_whole

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A spreadsheet must read a name as words, never run it as a formula."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _outcome(state: str) -> str:
    if state == TurnState.PASSED:
        return translate("QueueExport", "Passed")
    if state == TurnState.SPEAKING:
        return translate("QueueExport", "Still speaking")
    return translate("QueueExport", "Spoke")


def turns_csv(model: QueueModel, with_names: bool) -> bytes:
    """The meeting's turns and passes, oldest first, in local time. UTF-8 with a byte-order mark,
    so spreadsheet programs read accents and other alphabets rightly."""
    out = io.StringIO()
    writer = csv.writer(out)
    header = [
        translate("QueueExport", "Start"),
        translate("QueueExport", "Seconds"),
        translate("QueueExport", "Kind"),
        translate("QueueExport", "Perspective"),
        translate("QueueExport", "Spoke or passed"),
    ]
    if with_names:
        header.append(translate("QueueExport", "Name"))
    writer.writerow(header)
    for turn in model.service.turns(model.meeting_id):
        kind = HAND_KINDS.get(turn.kind)
        row = [
            as_utc(turn.started_at).astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            str(int(round(turn.seconds))),
            translate("QueueRules", kind) if kind else translate("QueueExport", "Turn in the round"),
            perspective_name(turn.perspective),
            _outcome(turn.state),
        ]
        if with_names:
            row.append(_cell(model.name_of(person_key(turn.member_id, turn.guest_name, turn.someone))))
        writer.writerow(row)
    return out.getvalue().encode("utf-8-sig")


def export_turns(parent: QWidget, model: QueueModel) -> None:
    prompts = model.context.prompts
    title = translate("QueueExport", "Save the turns")
    meeting = model.context.meeting
    if meeting is None:
        prompts.inform(parent, title, translate("QueueExport", "Start or choose a meeting first."))
        return
    choice = prompts.choose(
        parent,
        title,
        translate(
            "QueueExport",
            "The file lists each turn: when it started, how long it was, its kind and the speaker's perspective. "
            "Add people's names too? A file with names says who spoke and for how long: keep it private. "
            "Even without names, someone who was there may tell who spoke from the times.",
        ),
        [
            ("without", translate("QueueExport", "&Without names")),
            ("with", translate("QueueExport", "With &names")),
            ("cancel", translate("QueueExport", "Cancel")),
        ],
        "cancel",
    )
    if choice not in ("without", "with"):
        return
    named = translate("QueueExport", "Turns with names, {meeting}, {date}.csv")
    unnamed = translate("QueueExport", "Turns, {meeting}, {date}.csv")
    suggested = (named if choice == "with" else unnamed).format(
        meeting=re.sub(r'[<>:"/\\|?*]', "-", meeting.title), date=meeting.meeting_date.isoformat()
    )  # without the characters a file name may not hold on Windows
    path = prompts.save_path(
        parent, title, str(documents_folder() / suggested), translate("QueueExport", "Spreadsheet files (*.csv)")
    )
    if not path:
        return
    target = Path(path) if path.lower().endswith(".csv") else Path(path + ".csv")
    try:
        write_whole(target, turns_csv(model, with_names=choice == "with"))
    except OSError as error:
        prompts.warn(
            parent, title, translate("QueueExport", "The file was not saved. {why}").format(why=friendly_message(error))
        )
        return
    prompts.inform(parent, title, translate("QueueExport", "Saved as {file}.").format(file=target))
