"""The Turn-taking feature, declared once: the shell builds its navigation, projector views and print from this."""

from copro_desktop.i18n import QT_TRANSLATE_NOOP
from copro_desktop.ui.declaration import AudienceSpec, Feature, PrintSpec


def _panel(context):
    from copro_desktop.queue.panel import QueuePanel

    return QueuePanel(context)


def _queue_view(context):
    from copro_desktop.queue.audience import QueueAudience
    from copro_desktop.queue.model import queue_model

    return QueueAudience(queue_model(context))


def _balance_view(context):
    from copro_desktop.queue.balance_audience import BalanceAudience
    from copro_desktop.queue.voices import voices

    return BalanceAudience(voices(context))


def _cards(_context, paper: str):
    from copro_desktop.printing.turn_cards import build_turn_cards  # ReportLab loads here

    return build_turn_cards(paper)


FEATURE = Feature(
    key="queue",
    title=QT_TRANSLATE_NOOP("Features", "Turn-taking"),
    order=40,
    make_panel=_panel,
    audience=AudienceSpec("queue", QT_TRANSLATE_NOOP("Features", "Turn-taking"), _queue_view),
    more_audiences=(
        AudienceSpec("queue-balance", QT_TRANSLATE_NOOP("Features", "Whose voices are heard"), _balance_view),
    ),
    prints=(
        PrintSpec(
            "turn-cards",
            QT_TRANSLATE_NOOP("Features", "&Turn-taking cards…"),
            QT_TRANSLATE_NOOP("Features", "Turn-taking cards"),
            _cards,
        ),
    ),
    help=QT_TRANSLATE_NOOP(
        "Features",
        "A fair queue of who speaks next, with a timer for each turn. Type a name to raise a hand; press N for the "
        "next speaker. See each perspective's share of the talking beside its share of the room.",
    ),
)
