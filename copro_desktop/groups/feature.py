"""The group's members and meetings, declared once. Both send the room only the group's and meeting's names."""

from copro_desktop.i18n import QT_TRANSLATE_NOOP
from copro_desktop.ui.declaration import AudienceSpec, Feature, Spine


def _members(context):
    from copro_desktop.groups.members_page import MembersPage

    return MembersPage(context)


def _meetings(context):
    from copro_desktop.groups.meetings_page import MeetingsPage

    return MeetingsPage(context)


def _meeting_card(context):
    from copro_desktop.groups.audience import MeetingAudience

    return MeetingAudience(context)


MEETING_CARD = AudienceSpec("meeting", QT_TRANSLATE_NOOP("Features", "Group and meeting names"), _meeting_card)

FEATURES = (
    Feature(
        key="members",
        title=QT_TRANSLATE_NOOP("Features", "Members"),
        order=20,
        make_panel=_members,
        audience=MEETING_CARD,
        help=QT_TRANSLATE_NOOP(
            "Features",
            "Who is in the group and their perspective. Access needs are private: never shown to the room.",
        ),
    ),
    Feature(
        key="meetings",
        title=QT_TRANSLATE_NOOP("Features", "Meetings"),
        order=30,
        make_panel=_meetings,
        audience=MEETING_CARD,
        help=QT_TRANSLATE_NOOP("Features", "Plan, start and finish meetings, and record who came."),
    ),
)


def _context(engine, prompts, history, read_only_reason, parent):
    from copro_desktop.groups.context import GroupContext

    return GroupContext(engine, prompts, history, read_only_reason, parent)


def _welcome(context):
    from copro_desktop.groups.welcome import WelcomePage

    return WelcomePage(context.groups, can_create=context.can_change)


def _new_group(parent, context) -> int | None:
    from copro_desktop.groups.dialogs import GroupDialog

    dialog = GroupDialog(parent)
    dialog.save = lambda: context.groups.create_group(dialog.name.text(), dialog.purpose.toPlainText())
    return dialog.saved.id if dialog.exec() else None


def _meeting_choices(context):
    from copro_desktop.groups.models import meeting_choices

    return meeting_choices(context)


SPINE = Spine(
    make_context=_context,
    make_welcome=_welcome,
    new_group=_new_group,
    meeting_choices=_meeting_choices,
    after_group_created="members",
)
